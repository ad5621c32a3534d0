"""The review screen: every question on the current path with its answer, section by section,
answers kept from questions that are now skipped, and what remains to check. Any answer can be
changed from here (double-click, Enter or "Change answer")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.assessment.session import Session
from content.fieldkit_answers import card_label, decision_text
from desktop.i18n import local_text, script_text

NODE_ROLE = Qt.ItemDataRole.UserRole
CARD_PREFIX = "card:"  # a row of the worker's answers on the card


class ReviewPage(QWidget):
    change_requested = Signal(str)  # node id
    card_requested = Signal(str)  # a worker's answer on the card (question id)
    outcome_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("reviewTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.remains_title = QLabel(self)
        bold = QFont(self.remains_title.font())
        bold.setBold(True)
        self.remains_title.setFont(bold)
        self.remains = QListWidget(self)
        self.remains.setObjectName("remainsList")
        self.remains.setWordWrap(True)
        self.remains.itemActivated.connect(self._activated_remains)

        self.change_button = QPushButton(self)
        self.change_button.setObjectName("changeAnswer")
        self.change_button.clicked.connect(self._change_current)
        self.outcome_button = QPushButton(self)
        self.outcome_button.setObjectName("showOutcome")
        self.outcome_button.setDefault(True)
        self.outcome_button.clicked.connect(self.outcome_requested)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.remains_title)
        lower_layout.addWidget(self.remains)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        buttons.addWidget(self.outcome_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Review your answers"))
        self.intro.setText(
            self.tr("Double-click a question, or select it and press Enter, to change its answer. Nothing is lost.")
        )
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Answer")])
        self.remains_title.setText(self.tr("What remains to check"))
        self.change_button.setText(self.tr("&Change answer"))
        self.outcome_button.setText(self.tr("Show the &outcome"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def answer_text(self, answer: str | None) -> str:
        return {
            "yes": self.tr("Yes"),
            "no": self.tr("No"),
            "unknown": self.tr("Not known"),
        }.get(answer or "", self.tr("— not answered"))

    # -- showing ------------------------------------------------------------------------
    def show_session(self, session: Session, lang: str) -> None:
        self.tree.clear()
        on_path = set(session.path())
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for progress in session.progress():
            section = progress.section
            top = QTreeWidgetItem(self.tree)
            top.setText(0, local_text(section.title, lang))
            bold = QFont(top.font(0))
            bold.setBold(True)
            top.setFont(0, bold)
            if progress.skipped:
                top.setText(1, self.tr("skipped"))
                top.setForeground(0, muted)
                top.setForeground(1, muted)
                continue
            top.setText(
                1, self.tr("%1 of %2").replace("%1", str(progress.answered)).replace("%2", str(progress.on_path))
            )
            for node_id in section.node_ids:
                node = session.node(node_id)
                if node_id not in on_path or not node.is_question:
                    continue
                child = QTreeWidgetItem(top)
                child.setText(0, local_text(node.text, lang))
                child.setToolTip(0, local_text(node.text, lang))
                child.setText(1, self.answer_text(session.answers.get(node_id)))
                child.setData(0, NODE_ROLE, node_id)
            top.setExpanded(True)
        kept = session.not_counted()
        if kept:
            top = QTreeWidgetItem(self.tree)
            top.setText(0, self.tr("Kept but not counted (an earlier answer skips these questions)"))
            top.setForeground(0, muted)
            for node_id in kept:
                child = QTreeWidgetItem(top)
                child.setText(0, local_text(session.node(node_id).text, lang))
                child.setText(1, self.answer_text(session.answers.get(node_id)))
                child.setForeground(0, muted)
                child.setForeground(1, muted)
                child.setData(0, NODE_ROLE, node_id)
            top.setExpanded(False)
        self._show_card(session, lang)
        self._show_remains(session, lang)
        self._update_buttons()
        # Rows are measured before the stretched column has its final width: measure again
        # once laid out, so that long questions wrap instead of being cut off.
        QTimer.singleShot(0, self.tree, self.tree.doItemsLayout)  # not after the page is gone

    def _show_card(self, session: Session, lang: str) -> None:
        """The worker's own answers on the card, each with its provenance and the inspector's decision."""
        card = session.card
        answers = card.ordered() if card is not None else []
        if card is None or not answers:
            return
        top = QTreeWidgetItem(self.tree)
        top.setText(0, script_text(card_label("heading", lang), lang))
        bold = QFont(top.font(0))
        bold.setBold(True)
        top.setFont(0, bold)
        undecided = len(card.undecided())
        top.setText(1, self.tr("%1 not yet confirmed").replace("%1", str(undecided)) if undecided else "")
        for answer in answers:
            record = card.record(answer)
            child = QTreeWidgetItem(top)
            child.setText(0, script_text(f"{record.question.get(lang)}\n{record.provenance.get(lang)}", lang))
            child.setToolTip(0, self.tr("What the worker reads, in English: %1").replace("%1", record.back_translation))
            child.setText(1, script_text(f"{card_label(answer.answer, lang)} → {decision_text(answer, lang)}", lang))
            child.setData(0, NODE_ROLE, CARD_PREFIX + answer.question_id)
        top.setExpanded(True)

    def _show_remains(self, session: Session, lang: str) -> None:
        self.remains.clear()
        for node_id in session.unknowns():
            item = QListWidgetItem(self.tr("Not known: %1").replace("%1", local_text(session.node(node_id).text, lang)))
            item.setData(NODE_ROLE, node_id)
            self.remains.addItem(item)
        for node_id in session.pending():
            text = local_text(session.node(node_id).text, lang)
            item = QListWidgetItem(self.tr("Not answered: %1").replace("%1", text))
            item.setData(NODE_ROLE, node_id)
            self.remains.addItem(item)
        if self.remains.count() == 0:
            done = QListWidgetItem(self.tr("Nothing: every question on this path has a yes or no answer."))
            done.setFlags(Qt.ItemFlag.NoItemFlags)
            self.remains.addItem(done)

    def card_items(self) -> list[QTreeWidgetItem]:
        """The rows of the worker's answers on the card, in card order."""
        found: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                child = top.child(j) if top is not None else None
                if child is not None and str(child.data(0, NODE_ROLE) or "").startswith(CARD_PREFIX):
                    found.append(child)
        return found

    def question_items(self) -> list[QTreeWidgetItem]:
        """Every question row, in order (tests and keyboard users)."""
        found: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and not str(child.data(0, NODE_ROLE) or "").startswith(CARD_PREFIX):
                    found.append(child)
        return found

    # -- actions ------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.change_button.setEnabled(item is not None and bool(item.data(0, NODE_ROLE)))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        node_id = item.data(0, NODE_ROLE)
        if node_id and str(node_id).startswith(CARD_PREFIX):
            self.card_requested.emit(str(node_id).removeprefix(CARD_PREFIX))
        elif node_id:
            self.change_requested.emit(str(node_id))

    def _activated_remains(self, item: QListWidgetItem) -> None:
        node_id = item.data(NODE_ROLE)
        if node_id:
            self.change_requested.emit(str(node_id))

    def _change_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._activated(item)
