"""One question at a time: the question, three answers (yes / no / not known), what a "yes"
records, and the help with a link to the guidance behind the question."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from content.assessment.report import link_title
from content.assessment.session import Session
from content.assessment.wording import STRENGTH
from content.render import KbLink, MarkdownRenderer
from desktop.i18n import local_text, script_html

ANSWER_ORDER = ("yes", "no", "unknown")


class QuestionPage(QWidget):
    answered = Signal(str, str)  # node id, answer
    link_activated = Signal(str)  # kb: address

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPage")
        self.node_id = ""
        self._renderer = MarkdownRenderer()

        self.section_label = QLabel(self)
        self.section_label.setObjectName("questionSection")
        self.number_label = QLabel(self)
        self.number_label.setObjectName("questionNumber")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.question = QLabel(self)
        self.question.setObjectName("questionText")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.question.setFont(font)

        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(10)
        for answer in ANSWER_ORDER:
            button = QPushButton(self)
            button.setObjectName(f"answer_{answer}")
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.setMinimumWidth(150)
            button.clicked.connect(lambda _checked=False, a=answer: self._answer(a))
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
        row.addStretch(1)

        self.records = QLabel(self)
        self.records.setObjectName("questionRecords")
        self.records.setWordWrap(True)
        self.records.setTextFormat(Qt.TextFormat.RichText)

        self.help_title = QLabel(self)
        self.help_title.setObjectName("helpTitle")
        bold = QFont(self.help_title.font())
        bold.setBold(True)
        self.help_title.setFont(bold)
        self.help = QTextBrowser(self)
        self.help.setObjectName("questionHelp")
        self.help.setOpenLinks(False)
        # Read as part of the page, not as an empty box below a short text.
        self.help.setFrameShape(QFrame.Shape.NoFrame)
        self.help.viewport().setAutoFillBackground(False)
        self.help.setStyleSheet("QTextBrowser#questionHelp { background: transparent; }")
        self.help.anchorClicked.connect(self._on_link)

        top = QHBoxLayout()
        top.addWidget(self.section_label, 1)
        top.addWidget(self.number_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.records)
        layout.addSpacing(6)
        layout.addWidget(self.help_title)
        layout.addWidget(self.help, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.buttons["yes"].setText(self.tr("&Yes"))
        self.buttons["no"].setText(self.tr("&No"))
        self.buttons["unknown"].setText(self.tr("Not &known"))
        self.buttons["unknown"].setToolTip(self.tr("Listed at the end as something that remains to check"))
        self.help_title.setText(self.tr("How to check it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------
    def show_node(self, session: Session, node_id: str, lang: str, css: str) -> None:
        self.node_id = node_id
        node = session.node(node_id)
        section = session.tree.section_of(node_id)
        self.section_label.setText(local_text(section.title, lang))
        number, total = session.question_number(node_id)
        self.number_label.setText(
            self.tr("Question %1 of %2 on this path").replace("%1", str(number)).replace("%2", str(total))
            if number
            else ""
        )
        self.question.setText(local_text(node.text, lang))
        answer = session.answers.get(node_id)
        self.group.setExclusive(False)  # lets every button be unchecked when there is no answer yet
        for key, button in self.buttons.items():
            button.setChecked(key == answer)
            button.setEnabled(node.is_question)
        self.group.setExclusive(True)
        self.records.setText(script_html(self._records_html(session, node_id, lang), lang))
        help_html = self._renderer.render(node.help.get(lang)).html
        if node.link:
            doc = session.kb.document(KbLink.parse(node.link).target, lang)
            # An English original in Serbian help stays as written in Cyrillic.
            other = f' lang="{doc.lang}"' if doc is not None and doc.lang != lang else ""
            title = f"<span{other}>{escape(link_title(session.kb, node.link, lang))}</span>"
            more = escape(self.tr("Read more: %1")).replace("%1", title)
            help_html += f'<p><a href="{escape(node.link)}">{more}</a></p>'
        self.help.document().setDefaultStyleSheet(css)
        self.help.setHtml(script_html(help_html, lang))
        self.buttons[answer or "yes"].setFocus()

    def _records_html(self, session: Session, node_id: str, lang: str) -> str:
        node = session.node(node_id)
        items = node.branch("yes").record
        if not items:
            only = self.tr("This question only decides which questions come next.")
            return f"<i>{escape(only)}</i>"
        kb = session.kb
        shown = []
        for item in items:
            indicator = kb.indicators.get(item)
            strength = f" ({STRENGTH[indicator.strength].get(lang)})" if indicator else ""
            shown.append(escape(kb.label_of(item, lang) + strength))
        records = self.tr("“Yes” records:")
        return f"<b>{escape(records)}</b> " + "; ".join(shown)

    # -- answering ----------------------------------------------------------------------
    def answer(self, answer: str) -> None:
        """Answer as if the button had been clicked (keyboard and tests)."""
        self.buttons[answer].click()

    def _answer(self, answer: str) -> None:
        if self.node_id:
            self.answered.emit(self.node_id, answer)

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("kb:"):
            self.link_activated.emit(text)
