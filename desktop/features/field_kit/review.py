"""The inspector's review of the worker's answers: each answer with its provenance ("the worker's
own answer, in Nepali, via the card"), what the worker read and its English back-translation, and
the inspector's decision. Nothing of the worker's counts until the inspector confirms it or puts an
answer in its place; each decision is saved the moment it is made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.fieldkit_answers import CardAnswer, WorkerCard, card_label, decision_text
from desktop.features.field_kit.worker_card import script_font
from desktop.i18n import script_text

QUESTION_ROLE = Qt.ItemDataRole.UserRole

# decide(question id, decision or None, inspector's answer or None) -> saved?
Decide = Callable[[str, str | None, str | None], bool]


class WorkerAnswersDialog(QDialog):
    decided = Signal()

    def __init__(
        self, card: WorkerCard, decide: Decide, lang: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workerAnswersDialog")
        self.card = card
        self._decide = decide
        self._lang = lang
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("workerAnswers")
        self.table.setColumnCount(4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.confirm())
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirmWorkerAnswer")
        self.confirm_button.clicked.connect(self.confirm)
        self.change_buttons: dict[str, QPushButton] = {}
        for answer in ("yes", "no", "unknown"):
            button = QPushButton(self)
            button.setObjectName(f"changeWorkerAnswer_{answer}")
            button.clicked.connect(lambda _checked=False, a=answer: self.change(a))
            self.change_buttons[answer] = button
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undecideWorkerAnswer")
        self.undo_button.clicked.connect(self.undecide)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        for button in self.change_buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(1100, 560)

    @property
    def lang(self) -> str:
        return self._lang()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The Worker's Answers"))
        self.intro.setText(
            self.tr(
                "The worker answered these questions alone, on the card. No answer counts by itself: confirm "
                "each one, or put your own answer in its place after talking with the worker. Only confirmed "
                "and changed answers go into the assessment."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("What the worker read"), self.tr("The worker's answer"), self.tr("You")]
        )
        self.confirm_button.setText(self.tr("&Confirm"))
        self.change_buttons["yes"].setText(self.tr("Change to &Yes"))
        self.change_buttons["no"].setText(self.tr("Change to &No"))
        self.change_buttons["unknown"].setText(self.tr("Change to Not &Known"))
        self.undo_button.setText(self.tr("&Undecided"))
        self.close_button.setText(self.tr("Close"))
        self.show_card(self.card)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Rows are measured for the column widths of the moment: measure again at the final width,
        # so that wrapped text is neither cut off nor padded out.
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------
    def show_card(self, card: WorkerCard) -> None:
        self.card = card
        lang = self.lang
        row_before = self.table.currentRow()
        answers = card.ordered()
        self.table.setRowCount(len(answers))
        for row, answer in enumerate(answers):
            record = card.record(answer)
            question = QTableWidgetItem(script_text(record.question.get(lang), lang))
            question.setData(QUESTION_ROLE, answer.question_id)
            shown = QTableWidgetItem(f"{record.shown}\n({record.back_translation})")
            shown.setFont(script_font(card.kit.languages[answer.lang].script, self.font().pointSizeF()))
            shown.setToolTip(self.tr("What the worker reads, in English: %1").replace("%1", record.back_translation))
            given = QTableWidgetItem(
                script_text(f"{card_label(answer.answer, lang)}\n{record.provenance.get(lang)}", lang)
            )
            decision = QTableWidgetItem(script_text(decision_text(answer, lang), lang))
            for column, item in enumerate((question, shown, given, decision)):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if answers:
            self.table.selectRow(min(max(row_before, 0), len(answers) - 1))
        self._update_buttons()

    def current(self) -> CardAnswer | None:
        row = self.table.currentRow()
        answers = self.card.ordered()
        return answers[row] if 0 <= row < len(answers) else None

    def select_question(self, question_id: str) -> None:
        for row, answer in enumerate(self.card.ordered()):
            if answer.question_id == question_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        answer = self.current()
        for button in (self.confirm_button, self.undo_button, *self.change_buttons.values()):
            button.setEnabled(answer is not None)
        if answer is not None:
            self.confirm_button.setEnabled(answer.answer != "declined")  # nothing to confirm

    # -- deciding -----------------------------------------------------------------------
    def _apply(self, decision: str | None, inspector_answer: str | None) -> None:
        answer = self.current()
        if answer is None:
            return
        if self._decide(answer.question_id, decision, inspector_answer):
            self.decided.emit()
            row = self.table.currentRow()
            if decision is not None and row + 1 < self.table.rowCount():
                self.table.selectRow(row + 1)  # on to the next answer

    def confirm(self) -> None:
        answer = self.current()
        if answer is not None and answer.answer != "declined":
            self._apply("confirmed", None)

    def change(self, inspector_answer: str) -> None:
        self._apply("changed", inspector_answer)

    def undecide(self) -> None:
        self._apply(None, None)
