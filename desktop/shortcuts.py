"""The keyboard shortcuts list (Help ▸ Keyboard Shortcuts), generated from the window's actual
menus and actions, so it cannot drift from what the keys really do."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # the menu path, e.g. "Go" or "Go ▸ Recently Opened"
    action: str
    keys: str  # native text, alternatives separated by ", "


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty())


def collect_shortcuts(window: QMainWindow, include_unbound: bool = True) -> list[ShortcutEntry]:
    """Every action in the menus (in menu order), then window actions that are in no menu."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {plain(action.text())}")
                continue
            seen.add(id(action))
            keys = _keys(action)
            if keys or include_unbound:
                entries.append(ShortcutEntry(path, plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(top.text()))
    for action in window.actions():
        if id(action) in seen or not _keys(action):
            continue
        entries.append(ShortcutEntry(translate("Shortcuts", "Window"), plain(action.text()), _keys(action)))
    return entries


def fixed_keys() -> list[ShortcutEntry]:
    """Keys that belong to lists and fields rather than to actions."""
    group = translate("Shortcuts", "In lists and fields")
    return [
        ShortcutEntry(group, translate("Shortcuts", "Move between controls"), "Tab, Shift+Tab"),
        ShortcutEntry(
            group, translate("Shortcuts", "From the search field into the results"), translate("Shortcuts", "Down")
        ),
        ShortcutEntry(
            group, translate("Shortcuts", "Open the selected result, bookmark, history entry or note"), "Enter"
        ),
        ShortcutEntry(group, translate("Shortcuts", "Clear the search"), "Esc"),
        ShortcutEntry(group, translate("Shortcuts", "Rename a bookmark or folder"), "F2"),
        ShortcutEntry(group, translate("Shortcuts", "Delete a bookmark or folder"), "Del"),
        ShortcutEntry(
            group,
            translate("Shortcuts", "More commands for the selected item"),
            translate("Shortcuts", "Menu key, Shift+F10"),
        ),
        ShortcutEntry(
            group,
            translate("Shortcuts", "Move through the links of an article"),
            translate("Shortcuts", "Tab in the article"),
        ),
        ShortcutEntry(
            group, translate("Shortcuts", "Open the focused link"), translate("Shortcuts", "Enter in the article")
        ),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.window_ = window
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.entries: list[ShortcutEntry] = []
        self.filter.textChanged.connect(self._fill)
        self.resize(620, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.entries = collect_shortcuts(self.window_) + fixed_keys()
        self._fill(self.filter.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, text: str) -> None:
        needle = text.strip().casefold()
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            if needle and needle not in f"{entry.group} {entry.action} {entry.keys}".casefold():
                continue
            group = groups.get(entry.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [entry.group, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                group.setExpanded(True)
                groups[entry.group] = group
            QTreeWidgetItem(group, [entry.action, entry.keys or "—"])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def rows(self) -> list[tuple[str, str, str]]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None:
                    found.append((group.text(0), child.text(0), child.text(1)))
        return found
