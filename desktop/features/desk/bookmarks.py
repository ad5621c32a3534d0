"""Bookmarks: the "Add bookmark" dialog and the panel that lists bookmarks in folders.

Everything works from the keyboard: Enter opens, F2 renames, Delete deletes, the context-menu
key (or Shift+F10) offers the rest, including moving to another folder."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.features.desk.store import DeskStore, Folder

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "folder" | "bookmark"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
HREF_ROLE = Qt.ItemDataRole.UserRole + 3


def folder_label(store: DeskStore, folder: Folder) -> str:
    return " / ".join(f.name for f in store.folder_path(folder.id))


class AddBookmarkDialog(QDialog):
    """Name and folder for a new bookmark; a new folder can be made on the spot."""

    def __init__(self, store: DeskStore, title: str, parent: QWidget | None = None, folder_id: int | None = None):
        # Imported when the dialog is first opened: Qt sets up each class's enums on its first use
        # (QDialogButtonBox alone is some 5 ms), which the window's start need not pay.
        from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout

        super().__init__(parent)
        self.store = store
        self.setObjectName("addBookmarkDialog")
        self.name = QLineEdit(title, self)
        self.name.setObjectName("bookmarkName")
        self.name.selectAll()
        self.folder = QComboBox(self)
        self.folder.setObjectName("bookmarkFolder")
        self.new_folder = QPushButton(self)
        self.new_folder.setObjectName("newFolderButton")
        self.new_folder.setAutoDefault(False)
        self.new_folder.clicked.connect(self._make_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.new_folder)
        form = QFormLayout()
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)  # a row holding a layout gets no buddy by itself
        form.addRow(self.folder_label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._fill_folders(folder_id)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add bookmark"))
        self.name.setAccessibleName(self.tr("Bookmark name"))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.new_folder.setText(self.tr("New &Folder…"))
        self.new_folder.setAccessibleName(self.tr("New folder"))
        self.name_label.setText(self.tr("&Name:"))
        self.folder_label.setText(self.tr("F&older:"))
        self.folder.setItemText(0, self.tr("Bookmarks (no folder)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_folders(self, select: int | None) -> None:
        self.folder.clear()
        self.folder.addItem(self.tr("Bookmarks (no folder)"), None)
        folders = sorted(self.store.folders(), key=lambda f: folder_label(self.store, f).casefold())
        for folder in folders:
            self.folder.addItem(folder_label(self.store, folder), folder.id)
        index = self.folder.findData(select) if select is not None else 0
        self.folder.setCurrentIndex(max(0, index))

    def _make_folder(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New folder"), self.tr("Folder name:"))
        if ok and name.strip():
            folder = self.store.add_folder(name, self.folder_id())
            self._fill_folders(folder.id)

    def folder_id(self) -> int | None:
        data = self.folder.currentData()
        return int(data) if data is not None else None

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus()
            return
        self.accept()


class BookmarksPanel(QWidget):
    open_requested = Signal(str)
    changed = Signal()  # bookmarks or folders were added, renamed, moved or deleted

    def __init__(self, store: DeskStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("bookmarksPanel")
        self.tree = _BookmarkTree(self)
        self.tree.setObjectName("bookmarksTree")
        self.tree.setHeaderHidden(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemActivated.connect(self._activated)
        self.tree.key_pressed.connect(self._key)
        self.new_folder_button = QPushButton(self)
        self.new_folder_button.setObjectName("bookmarksNewFolder")
        self.new_folder_button.clicked.connect(self.new_folder)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("bookmarksDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_folder_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("Bookmarks"))
        self.new_folder_button.setText(self.tr("New folder"))
        self.new_folder_button.setAccessibleName(self.tr("New bookmark folder"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected bookmark or folder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- contents -----------------------------------------------------------------------
    def refresh(self) -> None:
        expanded = self._expanded_folders()
        selected = self._selected_key()
        self.tree.clear()
        folder_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        page_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        items: dict[int, QTreeWidgetItem] = {}
        folders = self.store.folders()
        pending = list(folders)
        while pending:  # parents before children, whatever the order in the table
            progressed = False
            for folder in list(pending):
                if folder.parent_id is None or folder.parent_id in items:
                    parent = items.get(folder.parent_id) if folder.parent_id is not None else None
                    item = QTreeWidgetItem(parent if parent is not None else self.tree, [folder.name])
                    item.setIcon(0, folder_icon)
                    item.setData(0, KIND_ROLE, "folder")
                    item.setData(0, ID_ROLE, folder.id)
                    items[folder.id] = item
                    pending.remove(folder)
                    progressed = True
            if not progressed:  # a loop in the table: show the rest at the top level
                for folder in pending:
                    items[folder.id] = QTreeWidgetItem(self.tree, [folder.name])
                break
        for bookmark in self.store.bookmarks():
            parent = items.get(bookmark.folder_id) if bookmark.folder_id is not None else None
            item = QTreeWidgetItem(parent if parent is not None else self.tree, [bookmark.title])
            item.setIcon(0, page_icon)
            item.setToolTip(0, f"{bookmark.title}\n{bookmark.href}")
            item.setData(0, KIND_ROLE, "bookmark")
            item.setData(0, ID_ROLE, bookmark.id)
            item.setData(0, HREF_ROLE, bookmark.href)
        for item in items.values():
            item.setExpanded(item.data(0, ID_ROLE) in expanded or not expanded)
        self._select_key(selected)

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        pending = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            if item is None:
                continue
            found.append(item)
            pending.extend(item.child(i) for i in range(item.childCount()))
        return found

    def bookmark_items(self) -> list[QTreeWidgetItem]:
        return [i for i in self._all_items() if i.data(0, KIND_ROLE) == "bookmark"]

    def folder_items(self) -> list[QTreeWidgetItem]:
        return [i for i in self._all_items() if i.data(0, KIND_ROLE) == "folder"]

    def _expanded_folders(self) -> set[int]:
        return {int(i.data(0, ID_ROLE)) for i in self.folder_items() if i.isExpanded()}

    def _selected_key(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) is None:
            return None
        return str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE))

    def _select_key(self, key: tuple[str, int] | None) -> None:
        for item in self._all_items():
            if key is not None and (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) == key:
                self.tree.setCurrentItem(item)
                return
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def selected_folder_id(self) -> int | None:
        """The folder that is selected, or the folder of the selected bookmark."""
        item = self.tree.currentItem()
        while item is not None and item.data(0, KIND_ROLE) != "folder":
            item = item.parent()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    # -- actions ------------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        href = item.data(0, HREF_ROLE)
        if href:
            self.open_requested.emit(str(href))

    def _key(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2:
            self.rename_selected()
        elif event.matches(QKeySequence.StandardKey.Delete):
            self.delete_selected()

    def new_folder(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New folder"), self.tr("Folder name:"))
        if ok and name.strip():
            folder = self.store.add_folder(name, self.selected_folder_id())
            self.refresh()
            self._select_key(("folder", folder.id))
            self.changed.emit()

    def rename_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        kind, item_id = str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE))
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"), text=item.text(0))
        if not ok or not name.strip():
            return
        if kind == "folder":
            self.store.rename_folder(item_id, name)
        else:
            self.store.rename_bookmark(item_id, name)
        self.refresh()
        self.changed.emit()

    def delete_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        kind, item_id = str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE))
        if kind == "folder":
            count = _count_bookmarks(item)
            answer = QMessageBox.question(
                self,
                self.tr("Delete folder"),
                self.tr("Delete the folder “%1” and the %n bookmark(s) in it?", "", count).replace("%1", item.text(0)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.store.delete_folder(item_id)
        else:
            self.store.delete_bookmark(item_id)
        self.refresh()
        self.changed.emit()

    def move_selected(self, folder_id: int | None) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        kind, item_id = str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE))
        try:
            if kind == "folder":
                self.store.move_folder(item_id, folder_id)
            else:
                self.store.move_bookmark(item_id, folder_id)
        except ValueError:
            QMessageBox.information(self, self.tr("Move"), self.tr("A folder cannot be moved into itself."))
            return
        self.refresh()
        self._select_key((kind, item_id))
        self.changed.emit()

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.build_context_menu()
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def build_context_menu(self) -> QMenu:
        menu = QMenu(self)
        item = self.tree.currentItem()
        if item is not None and item.data(0, KIND_ROLE) == "bookmark":
            open_action = menu.addAction(self.tr("&Open"))
            open_action.triggered.connect(lambda: self._activated(item))
        menu.addAction(self.tr("New &Folder…")).triggered.connect(self.new_folder)
        if item is not None:
            rename = menu.addAction(self.tr("&Rename…"))
            rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
            rename.triggered.connect(self.rename_selected)
            move = menu.addMenu(self.tr("&Move to"))
            top = QAction(self.tr("Bookmarks (no folder)"), move)
            top.triggered.connect(lambda: self.move_selected(None))
            move.addAction(top)
            for folder in sorted(self.store.folders(), key=lambda f: folder_label(self.store, f).casefold()):
                target = QAction(folder_label(self.store, folder), move)
                target.triggered.connect(lambda _checked=False, fid=folder.id: self.move_selected(fid))
                move.addAction(target)
            delete = menu.addAction(self.tr("&Delete"))
            delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            delete.triggered.connect(self.delete_selected)
        return menu


class _BookmarkTree(QTreeWidget):
    key_pressed = Signal(QKeyEvent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2 or event.matches(QKeySequence.StandardKey.Delete):
            self.key_pressed.emit(event)
            return
        super().keyPressEvent(event)


def _count_bookmarks(item: QTreeWidgetItem) -> int:
    count = 0
    for i in range(item.childCount()):
        child = item.child(i)
        if child is None:
            continue
        count += 1 if child.data(0, KIND_ROLE) == "bookmark" else _count_bookmarks(child)
    return count
