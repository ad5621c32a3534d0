"""The list of saved assessments: resume one at the step where it was left, duplicate it (a
second worker in the same situation), or delete it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.assessment.store import AssessmentStore, SavedAssessment, readable_time

ID_ROLE = Qt.ItemDataRole.UserRole


class SavedAssessmentsDialog(QDialog):
    resume_requested = Signal(int)
    new_requested = Signal()

    def __init__(
        self, store: AssessmentStore, outcome_label: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("savedAssessments")
        self.store = store
        self._outcome_label = outcome_label
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("savedTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda _item: self.resume_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.resume_button = QPushButton(self)
        self.resume_button.setObjectName("resumeAssessment")
        self.resume_button.setDefault(True)
        self.resume_button.clicked.connect(self.resume_selected)
        self.duplicate_button = QPushButton(self)
        self.duplicate_button.setObjectName("duplicateAssessment")
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteAssessment")
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newAssessmentFromList")
        self.new_button.clicked.connect(self.new_requested)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.resume_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(900, 460)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Saved assessments"))
        self.intro.setText(
            self.tr("Assessments are saved as you answer. Open one to continue at the step where you left it.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case reference"), self.tr("Outcome so far"), self.tr("Answers"), self.tr("Last changed"),
             self.tr("Started")]
        )  # fmt: skip
        self.empty.setText(self.tr("No saved assessments yet."))
        self.resume_button.setText(self.tr("&Open"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.new_button.setText(self.tr("&New assessment"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():  # else show_saved() reloads it when it opens
                self.reload()
        super().changeEvent(event)

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.selected_id()
        saved = self.store.list()
        self.table.setRowCount(len(saved))
        for row, item in enumerate(saved):
            self._fill_row(row, item)
            if item.id == current:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and saved:
            self.table.selectRow(0)
        self.table.setVisible(bool(saved))
        self.empty.setVisible(not saved)
        self._update_buttons()

    def _fill_row(self, row: int, item: SavedAssessment) -> None:
        cells = [
            item.case_reference or self.tr("(no case reference)"),
            self._outcome_label(item.outcome) if item.outcome else self.tr("—"),
            str(item.answered),
            readable_time(item.updated_at),
            readable_time(item.created_at),
        ]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(ID_ROLE, item.id)
            if column == 1:  # the outcome: the rule set and version it was computed with, as written
                cell.setToolTip(f"{item.rule_set} {item.rules_version}")
            self.table.setItem(row, column, cell)

    def rows(self) -> list[list[str]]:
        """The table as the user sees it (tests)."""
        result = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(self.table.columnCount())]
            result.append([c.text() if c is not None else "" for c in cells])
        return result

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        return int(cell.data(ID_ROLE)) if cell is not None else None

    def select_id(self, assessment_id: int) -> None:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.data(ID_ROLE) == assessment_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.resume_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)

    def resume_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.resume_requested.emit(chosen)

    def duplicate_selected(self) -> int | None:
        chosen = self.selected_id()
        if chosen is None:
            return None
        new_id = self.store.duplicate(chosen, self.tr("(copy)"))
        self.reload(select=new_id)
        return new_id

    def confirm_delete(self, item_text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete assessment"),
            self.tr("Delete the assessment “%1” and all its answers? This cannot be undone.").replace("%1", item_text),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> bool:
        chosen = self.selected_id()
        if chosen is None:
            return False
        row = self.table.currentRow()
        cell = self.table.item(row, 0)
        if not self.confirm_delete(cell.text() if cell is not None else str(chosen)):
            return False
        self.store.delete(chosen)
        self.reload()
        return True
