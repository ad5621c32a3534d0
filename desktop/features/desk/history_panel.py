"""The history panel: every page opened, grouped by day, newest first, with a filter and a way
to clear it (an inspector may not want a list of what they looked up)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.features.desk.store import DeskStore, VisitRecord

HREF_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_LIMIT = 1000


class HistoryPanel(QWidget):
    open_requested = Signal(str)
    cleared = Signal()

    def __init__(self, store: DeskStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("historyPanel")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("historyFilter")
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel(self)
        self.empty.setObjectName("historyEmpty")
        self.empty.setWordWrap(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearHistoryButton")
        self.clear_button.clicked.connect(self.confirm_clear)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.filter.returnPressed.connect(self._open_first)
        self._stale = True
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter history…"))
        self.filter.setAccessibleName(self.tr("Filter history"))
        self.tree.setAccessibleName(self.tr("History"))
        self.clear_button.setText(self.tr("Clear history…"))
        self.clear_button.setAccessibleName(self.tr("Clear history"))
        self._show_empty_text()
        self.mark_stale()  # "Today", "Yesterday": now if shown, else when next shown

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_empty_text(self) -> None:
        if self.filter.text().strip():
            self.empty.setText(self.tr("No page in the history matches."))
        else:
            self.empty.setText(self.tr("No pages opened yet."))

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def mark_stale(self) -> None:
        """A page was opened: refresh now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        visits = self.store.history(SHOWN_LIMIT, self.filter.text())
        self.tree.clear()
        today = datetime.now().astimezone().date()
        groups: dict[date, QTreeWidgetItem] = {}
        for visit in visits:
            local = visit.visited_at.astimezone()
            day = local.date()
            group = groups.get(day)
            if group is None:
                group = QTreeWidgetItem(self.tree, [self._day_label(day, today)])
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[day] = group
            self._visit_item(group, visit, local)
        self.empty.setVisible(not visits)
        self._show_empty_text()

    def _visit_item(self, group: QTreeWidgetItem, visit: VisitRecord, local: datetime) -> None:
        item = QTreeWidgetItem(group, [f"{local:%H:%M}  {visit.title}"])
        item.setData(0, HREF_ROLE, visit.href)
        item.setToolTip(0, f"{visit.title}\n{local:%Y-%m-%d %H:%M}")

    def _day_label(self, day: date, today: date) -> str:
        if day == today:
            return self.tr("Today")
        if day == today - timedelta(days=1):
            return self.tr("Yesterday")
        return day.isoformat()

    def visit_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                found.extend(c for c in (group.child(j) for j in range(group.childCount())) if c is not None)
        return found

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        href = item.data(0, HREF_ROLE)
        if href:
            self.open_requested.emit(str(href))

    def _open_first(self) -> None:
        self._timer.stop()
        self.refresh()
        items = self.visit_items()
        if items:
            self._activated(items[0])

    def confirm_clear(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clear history"),
            self.tr(
                "Delete the list of every page opened? Bookmarks and notes are kept. "
                "Back and Forward still work in this window until it is closed."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.clear_history()
            self.refresh()
            self.cleared.emit()
