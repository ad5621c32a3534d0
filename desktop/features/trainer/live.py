"""The guided assessment with the room, on the projector: the trainer asks each question of the
decision tree about a case, the room answers, and at the end the app sets the room's outcome
beside the case's expected outcome and shows the trace — why the engine decided what it did.

The questions are the wizard's own page (desktop/ui/question_page.py) and the reasoning
is the assessment engine's (content/assessment/); this window only makes them large and keeps the
case's findings at hand."""

from __future__ import annotations

import sqlite3
from html import escape

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from content.assessment.model import DecisionTree
from content.assessment.session import OUTCOME, REVIEW, Session
from content.assessment.trace import trace_entries
from content.model import Case
from content.outcomes import outcome_label
from content.pages import PageBuilder
from content.selftest import RoomComparison, compare_with_case
from desktop.features.trainer.slide_view import HIGH_CONTRAST, STANDARD, body_px_for, slide_css
from desktop.features.trainer.store import TrainerStore, Versions
from desktop.i18n import script_html, script_text
from desktop.ui.question_page import QuestionPage


class LiveAssessmentWindow(QWidget):
    link_activated = Signal(str)
    closed = Signal()

    def __init__(
        self,
        pages: PageBuilder,
        case: Case,
        tree: DecisionTree,
        store: TrainerStore,
        *,
        css: str,
        high_contrast: bool = False,
        screen_size: QSize | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("liveAssessmentWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pages = pages
        self.kb = pages.kb
        self.case = case
        self.tree = tree
        self.store = store
        self.css = css
        self.colours = HIGH_CONTRAST if high_contrast else STANDARD
        self.session = Session(self.kb, tree)
        self.comparison: RoomComparison | None = None
        self._saved_for: tuple[str, ...] | None = None
        primary = QGuiApplication.primaryScreen()
        size = screen_size or (primary.geometry().size() if primary is not None else QSize(1280, 800))
        self._px = body_px_for(size)  # the type of the screen it will be shown on
        self._dpi = primary.logicalDotsPerInch() if primary is not None else 96.0
        self._build()
        self.retranslate()
        self.go_to(self.session.first_step())

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        font = QFont(self.font())
        # In points, not pixels: the question page scales its own fonts from pointSizeF().
        font.setPointSizeF(self._px * 72.0 / max(1.0, self._dpi))
        self.setFont(font)  # every child made below inherits the large type

        self.heading = QLabel(self)
        self.heading.setObjectName("liveHeading")
        small = QFont(font)
        small.setPointSizeF(max(15, round(self._px * 0.7)) * 72.0 / max(1.0, self._dpi))
        self.heading.setFont(small)
        self.heading.setWordWrap(True)

        self.question_page = QuestionPage(self)
        self.question_page.answered.connect(self.answer)
        self.question_page.link_activated.connect(self.link_activated)
        self.result_view = QTextBrowser(self)
        self.result_view.setObjectName("liveResult")
        self.result_view.setOpenLinks(False)
        self.result_view.document().setDefaultStyleSheet(slide_css(self._px * 0.85, self.colours))
        self.result_view.setStyleSheet(
            f"QTextBrowser#liveResult {{ background-color: {self.colours.background}; border: 0px; }}"
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.question_page)
        self.stack.addWidget(self.result_view)

        self.findings = QTextBrowser(self)
        self.findings.setObjectName("liveFindings")
        self.findings.setOpenLinks(False)
        self.findings.document().setDefaultStyleSheet(slide_css(self._px * 0.7, self.colours))
        self._show_findings()
        self.findings.hide()
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.stack)
        split.addWidget(self.findings)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        small_buttons = QFont(font)
        small_buttons.setPointSizeF(max(14, round(self._px * 0.7)) * 72.0 / max(1.0, self._dpi))
        self.back_button = self._button("liveBack", self.go_back, small_buttons)
        self.forward_button = self._button("liveForward", self.go_forward, small_buttons)
        self.findings_button = self._button("liveFindingsButton", self.toggle_findings, small_buttons)
        self.result_button = self._button("liveResultButton", self.show_result, small_buttons)
        self.end_button = self._button("liveEnd", self.close, small_buttons)
        self.status = QLabel(self)
        self.status.setObjectName("liveStatus")
        self.status.setFont(small)
        row = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.findings_button, self.result_button):
            row.addWidget(button)
        row.addWidget(self.status, 1)
        row.addWidget(self.end_button)

        layout = QVBoxLayout(self)
        margin = max(10, round(self._px * 0.6))
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        for keys, slot in (
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.go_back),
            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.go_forward),
            ((Qt.Key.Key_F,), self.toggle_findings),
            ((Qt.Key.Key_Escape,), self.close),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
        for key, answer in ((Qt.Key.Key_Y, "yes"), (Qt.Key.Key_N, "no"), (Qt.Key.Key_K, "unknown")):
            QShortcut(QKeySequence(key), self, lambda a=answer: self._answer_key(a))
        self._update_findings_button()

    def _button(self, name: str, slot: object, font: QFont) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFont(font)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        title = script_text(self.case.title, self.case.lang)
        self.setWindowTitle(self.tr("Live assessment: %1 — Prepoznaj").replace("%1", title))
        self.heading.setText(self.tr("Live assessment with the room · %1").replace("%1", title))
        self.back_button.setText(self.tr("◀ Back"))
        self.forward_button.setText(self.tr("Forward ▶"))
        self.result_button.setText(self.tr("Result"))
        self.end_button.setText(self.tr("End (Esc)"))
        self._update_findings_button()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_step()
        super().changeEvent(event)

    def set_case(self, case: Case) -> None:
        """The same case in the content language now chosen; the room's answers are kept."""
        self.case = case
        self.retranslate()
        self._show_findings()
        self._show_step()

    def _show_step(self) -> None:
        if self.stack.currentWidget() is self.result_view:
            self.show_result()
        else:
            self.go_to(self.session.position or self.session.first_step())

    def _show_findings(self) -> None:
        step = self.case.step("findings")
        html = f"<h1>{escape(step.heading)}</h1>{self.pages.render_markdown(step.body, self.case.lang)}" if step else ""
        self.findings.setHtml(script_html(html, self.case.lang))

    # -- moving -------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.case.lang

    def go_to(self, step: str) -> None:
        if step in (REVIEW, OUTCOME):
            self.show_result()
            return
        self.session.position = step
        self.question_page.show_node(self.session, step, self.lang, self.css)
        self.stack.setCurrentWidget(self.question_page)
        self.back_button.setEnabled(self.session.previous_step(step) is not None)
        self.forward_button.setEnabled(True)
        answered = sum(1 for n in self.session.questions_on_path() if n in self.session.answers)
        self.status.setText(
            self.tr("%1 of %2 questions answered")
            .replace("%1", str(answered))
            .replace("%2", str(len(self.session.questions_on_path())))
        )

    def answer(self, node_id: str, answer: str) -> None:
        self.session.set_answer(node_id, answer)
        self.go_to(self.session.next_step(node_id))

    def _answer_key(self, answer: str) -> None:
        if self.stack.currentWidget() is self.question_page:
            self.question_page.answer(answer)

    def go_back(self) -> None:
        if self.stack.currentWidget() is self.result_view:
            bar = self.result_view.verticalScrollBar()
            if bar.value() > bar.minimum():  # a clicker reads the result page by page
                bar.setValue(bar.value() - bar.pageStep())
                return
            questions = self.session.path()
            if questions:
                self.go_to(questions[-1])
            return
        previous = self.session.previous_step()
        if previous is not None:
            self.go_to(previous)

    def go_forward(self) -> None:
        if self.stack.currentWidget() is self.result_view:
            bar = self.result_view.verticalScrollBar()
            bar.setValue(bar.value() + bar.pageStep())
            return
        self.go_to(self.session.next_step())

    def toggle_findings(self) -> None:
        self.findings.setVisible(not self.findings.isVisible())
        self._update_findings_button()

    def _update_findings_button(self) -> None:
        self.findings_button.setText(
            self.tr("Hide the findings (F)") if self.findings.isVisible() else self.tr("Show the findings (F)")
        )

    # -- the result ---------------------------------------------------------------------
    def show_result(self) -> RoomComparison:
        session = self.session
        session.position = OUTCOME
        result = session.result()
        recorded = session.recorded()
        comparison = compare_with_case(self.kb, self.case, recorded, result.outcome)
        self.comparison = comparison
        self.result_view.setHtml(script_html(self.result_html(comparison), self.lang))
        self.stack.setCurrentWidget(self.result_view)
        self.back_button.setEnabled(True)
        self.forward_button.setEnabled(True)  # reads on down the result
        self.status.setText("")
        if self._saved_for != recorded:
            self._saved_for = recorded
            rules = self.kb.rules
            try:
                self.store.save_live(
                    self.case.id,
                    recorded,
                    comparison,
                    self.lang,
                    Versions(self.kb.version, rules.version if rules else ""),
                )
            except sqlite3.Error as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Prepoznaj"),
                    self.tr("The result could not be saved (%1).").replace("%1", str(exc)),
                )
        return comparison

    def result_html(self, comparison: RoomComparison) -> str:
        kb, lang = self.kb, self.lang
        room = outcome_label(kb, comparison.room_outcome, lang)
        expected = outcome_label(kb, comparison.expected_outcome, lang)
        title = self.tr("The room’s outcome: %1").replace("%1", room)
        parts = [f'<p class="title">{escape(title)}</p>']
        if comparison.same_outcome:
            verdict = self.tr("✓ The same as the case’s expected outcome.")
        elif comparison.seriousness < 0:
            verdict = self.tr("✗ The case expects “%1”: the room’s outcome is more serious.").replace("%1", expected)
        else:
            verdict = self.tr("✗ The case expects “%1”: the room’s outcome is less serious.").replace("%1", expected)
        parts.append(f"<p><b>{escape(verdict)}</b></p>")
        unknowns = len(self.session.unknowns())
        pending = len(self.session.pending())
        if unknowns or pending:
            parts.append(
                "<p>"
                + escape(
                    self.tr(
                        "Answered “not known”: %1 · not answered: %2 — the outcome may change when they are checked."
                    )
                    .replace("%1", str(unknowns))
                    .replace("%2", str(pending))
                )
                + "</p>"
            )
        for title, ids in (
            (self.tr("Recorded by the room, not by the case"), comparison.room_only),
            (self.tr("In the case, not recorded by the room"), comparison.case_only),
            (self.tr("Recorded by both"), comparison.shared),
        ):
            if ids:
                items = "".join(f"<li>{escape(kb.label_of(i, lang))}</li>" for i in ids)
                parts.append(f'<p class="sub">{escape(title)}</p><ul>{items}</ul>')
        why = self.tr("Why: the trace")
        parts.append(f'<p class="sub">{escape(why)}</p><ul>')
        for entry in trace_entries(kb, self.session.result()):
            text = escape(entry.text.get(lang))
            parts.append(f"<li>{'<b>' + text + '</b>' if entry.positive else text}</li>")
        parts.append("</ul>")
        return "\n".join(parts)

    def result_text(self) -> str:
        return self.result_view.toPlainText()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
