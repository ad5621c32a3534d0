"""The desk: bookmarks, history, recently opened pages, personal notes, back/forward drop-down
menus, and the status-bar line saying where a hovered link leads (a glossary term: what it means).

It hears which page is shown from the context (`page_shown`) and contributes its docks, menus and
actions to the window like every feature."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.feature import Contribution, Feature, Pane
from desktop.features.desk.bookmarks import AddBookmarkDialog, BookmarksPanel
from desktop.features.desk.history_panel import HistoryPanel
from desktop.features.desk.notes_panel import NotesPanel
from desktop.features.desk.store import Bookmark, DeskStore, Folder, page_key
from desktop.i18n import script_text
from desktop.ui.menus import escape_mnemonic, tool_tip

if TYPE_CHECKING:
    from content.backlinks import Backlinks
    from content.glossary_marks import GlossaryMarker
    from desktop.context import AppContext
    from desktop.feature import Shell

MENU_HISTORY_ITEMS = 20
RECENT_ITEMS = 12
REMOVE = 2  # the bookmark editor's result when "Remove Bookmark" was pressed


class Desk(Feature):
    name = "desk"

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        window = shell.main_window
        self.window = window
        self.store = DeskStore(context.user_db)
        self.current_href = ""
        self.current_title = ""
        self._last_recorded = ""
        self._link_message = ""

        self.bookmarks_panel = BookmarksPanel(self.store, window)
        self.history_panel = HistoryPanel(self.store, window)
        self.notes_panel = NotesPanel(self.store, window)
        area = Qt.DockWidgetArea
        self.bookmarks_dock = self._dock("bookmarksDock", self.bookmarks_panel)
        self.history_dock = self._dock("historyDock", self.history_panel)
        self.notes_dock = self._dock("notesDock", self.notes_panel)
        self._panes = (
            Pane(self.bookmarks_dock, area.LeftDockWidgetArea),
            Pane(self.history_dock, area.LeftDockWidgetArea, tab_with=self.bookmarks_dock),
            Pane(self.notes_dock, area.RightDockWidgetArea),
        )

        self._build_actions()
        self._build_menus()
        self.retranslate()
        self._connect()

    # -- construction -------------------------------------------------------------------
    def _dock(self, name: str, panel: QWidget) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        dock.setWidget(panel)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        return dock

    def contribution(self) -> Contribution:
        return Contribution(
            sections={
                "file.export": [self.act_export_notes],
                "go.history": [self.recent_menu, self.act_show_history, self.act_clear_history],
                "view.panels": [self.panels_menu],
                "toolbar.desk": [self.act_add_bookmark, self.act_note],
            },
            menus={"bookmarks": self.bookmarks_menu, "notes": self.notes_menu},
            panes=self._panes,
            focus_chain=[
                self.notes_panel.editor,
                self.notes_panel.search,
                self.notes_panel.list,
                self.notes_panel.export_button,
                self.bookmarks_panel.tree,
                self.bookmarks_panel.new_folder_button,
                self.bookmarks_panel.delete_button,
                self.history_panel.filter,
                self.history_panel.tree,
                self.history_panel.clear_button,
            ],
        )

    def focus_regions(self) -> list[tuple[QWidget, QWidget]]:
        notes = self.notes_panel
        note_target = notes.editor if notes.editor.isEnabled() else notes.search
        return [
            (self.bookmarks_dock, self.bookmarks_panel.tree),
            (self.history_dock, self.history_panel.tree),
            (self.notes_dock, note_target),
        ]

    def assembled(self) -> None:
        """Back and forward buttons get drop-down lists of where they lead."""
        for name, menu in (("back", self.back_menu), ("forward", self.forward_menu)):
            button = self.shell.toolbar.widgetForAction(self.shell.navigation_action(name))
            if isinstance(button, QToolButton):
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.act_add_bookmark = self._action("", "Ctrl+D", self.add_bookmark)
        self.act_show_bookmarks = self._action("", "Ctrl+Shift+B", self.show_bookmarks)
        self.act_show_history = self._action("", "Ctrl+H", self.show_history)
        self.act_note = self._action("", "Ctrl+Shift+N", self.show_note)
        self.act_search_notes = self._action("", "Ctrl+Shift+F", self.search_notes)
        self.act_export_notes = self._action("", None, self.export_notes)
        self.act_clear_history = self._action("", None, self.history_panel.confirm_clear)
        self.act_add_bookmark.setEnabled(False)

    def retranslate(self) -> None:
        """Dock titles, actions and menus in the interface language (the panels set their own texts)."""
        for dock, title in (
            (self.bookmarks_dock, self.tr("Bookmarks")),
            (self.history_dock, self.tr("History")),
            (self.notes_dock, self.tr("My Notes")),
        ):
            dock.setWindowTitle(title)
            dock.setAccessibleName(title)
        for action, text in (
            (self.act_add_bookmark, self.tr("&Add Bookmark…")),
            (self.act_show_bookmarks, self.tr("Show &Bookmarks")),
            (self.act_show_history, self.tr("Show Histor&y")),
            (self.act_note, self.tr("&Note on This Page")),
            (self.act_search_notes, self.tr("&Search My Notes")),
            (self.act_export_notes, self.tr("&Export My Notes…")),
            (self.act_clear_history, self.tr("&Clear History…")),
        ):
            action.setText(text)
        # Shorter on the toolbar (room for the longer Serbian words on a small screen).
        self.act_add_bookmark.setIconText(self.tr("Bookmark"))
        self.act_note.setIconText(self.tr("Note"))
        for action in (self.act_add_bookmark, self.act_note):
            action.setToolTip(tool_tip(action))
        self.recent_menu.setTitle(self.tr("&Recently Opened"))
        self.bookmarks_menu.setTitle(self.tr("&Bookmarks"))
        self.notes_menu.setTitle(self.tr("&Notes"))
        self.panels_menu.setTitle(self.tr("&Panels"))

    def _build_menus(self) -> None:
        window = self.window
        self.back_menu = QMenu(window)
        self.back_menu.setObjectName("backMenu")
        self.back_menu.aboutToShow.connect(lambda: self._fill_history_menu(self.back_menu, back=True))
        self.forward_menu = QMenu(window)
        self.forward_menu.setObjectName("forwardMenu")
        self.forward_menu.aboutToShow.connect(lambda: self._fill_history_menu(self.forward_menu, back=False))
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.bookmarks_menu = QMenu(window)
        self.bookmarks_menu.setObjectName("bookmarksMenu")
        self.bookmarks_menu.aboutToShow.connect(self._fill_bookmarks_menu)
        self._fill_bookmarks_menu()
        self.notes_menu = QMenu(window)
        self.notes_menu.setObjectName("notesMenu")
        for action in (self.act_note, self.act_search_notes, self.act_export_notes):
            self.notes_menu.addAction(action)
        self.panels_menu = QMenu(window)
        self.panels_menu.setObjectName("panelsMenu")
        for dock in (self.bookmarks_dock, self.history_dock, self.notes_dock):
            self.panels_menu.addAction(dock.toggleViewAction())

    def _connect(self) -> None:
        for panel in (self.bookmarks_panel, self.history_panel, self.notes_panel):
            panel.open_requested.connect(self.shell.open_href)
        self.bookmarks_panel.changed.connect(self._fill_bookmarks_menu)
        self.shell.view.highlighted.connect(self._link_highlighted)
        self.context.page_shown.connect(self._on_page_shown)
        self.context.discreet.covering.connect(self.flush)

    # -- pages --------------------------------------------------------------------------
    @property
    def backlinks(self) -> Backlinks | None:
        return self.context.extras.backlinks

    @property
    def marker(self) -> GlossaryMarker | None:
        return self.context.extras.marker

    def _on_page_shown(self, href: str, title: str) -> None:
        if href or title:
            self.page_shown(href, title)

    def page_shown(self, href: str, title: str) -> None:
        """The window shows a page (new, or the same one again after a language or theme change)."""
        self.current_href, self.current_title = href, title
        is_page = href.startswith("kb:") and bool(title)
        self.act_add_bookmark.setEnabled(is_page)
        self.act_note.setEnabled(True)
        self.notes_panel.set_page(href if is_page else "", title)
        if is_page and page_key(href) != self._last_recorded:
            self._last_recorded = page_key(href)
            # Written once the page is painted: the disk write (fsync) never delays the page.
            visit = (page_key(href), title, self.context.lang, datetime.now(UTC))
            QTimer.singleShot(0, lambda: self._record(*visit))

    def _record(self, href: str, title: str, lang: str, at: datetime) -> None:
        try:
            self.store.record_visit(href, title, lang, at)
        except sqlite3.ProgrammingError:  # the window closed in between and the database with it
            return
        self.history_panel.mark_stale()

    def title_for(self, href: str) -> str:
        if not href.startswith("kb:"):
            return self.tr("Home")
        return self.context.display_title(href)

    # -- bookmarks ----------------------------------------------------------------------
    def add_bookmark(self) -> None:
        href = page_key(self.current_href)
        if not href.startswith("kb:"):
            return
        existing = self.store.bookmarks_for(href)
        if existing:
            self._edit_bookmark(existing[0])
            return
        dialog = AddBookmarkDialog(
            self.store, self.current_title, self.window, self.bookmarks_panel.selected_folder_id()
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.store.add_bookmark(href, dialog.name.text(), dialog.folder_id())
            self._bookmarks_changed()
            self.context.notify(self.tr("Bookmarked “%1”.").replace("%1", dialog.name.text().strip()), 5000)

    def _edit_bookmark(self, bookmark: Bookmark) -> None:
        from PySide6.QtWidgets import QDialogButtonBox  # with the dialog (desktop/features/desk/bookmarks.py)

        dialog = AddBookmarkDialog(self.store, bookmark.title, self.window, bookmark.folder_id)
        dialog.setWindowTitle(self.tr("Edit bookmark"))
        remove = QPushButton(self.tr("&Remove Bookmark"), dialog)
        remove.setObjectName("removeBookmarkButton")
        remove.setAutoDefault(False)
        dialog.buttons.addButton(remove, QDialogButtonBox.ButtonRole.DestructiveRole)
        remove.clicked.connect(lambda: dialog.done(REMOVE))
        result = dialog.exec()
        if result == REMOVE:
            for duplicate in self.store.bookmarks_for(bookmark.href):
                self.store.delete_bookmark(duplicate.id)
            self.context.notify(self.tr("Bookmark removed."), 5000)
        elif result == QDialog.DialogCode.Accepted:
            self.store.rename_bookmark(bookmark.id, dialog.name.text())
            self.store.move_bookmark(bookmark.id, dialog.folder_id())
        else:
            return
        self._bookmarks_changed()

    def _bookmarks_changed(self) -> None:
        self.bookmarks_panel.refresh()
        self._fill_bookmarks_menu()

    def show_bookmarks(self) -> None:
        self._show_dock(self.bookmarks_dock, self.bookmarks_panel.tree)

    def _fill_bookmarks_menu(self) -> None:
        menu = self.bookmarks_menu
        menu.clear()
        menu.addAction(self.act_add_bookmark)
        menu.addAction(self.act_show_bookmarks)
        bookmarks = self.store.bookmarks()
        if not bookmarks:
            return
        menu.addSeparator()
        folders = self.store.folders()
        submenus: dict[int, QMenu] = {}

        def submenu_for(folder: Folder) -> QMenu:
            if folder.id in submenus:
                return submenus[folder.id]
            parent_folder = next((f for f in folders if f.id == folder.parent_id), None)
            parent_menu = submenu_for(parent_folder) if parent_folder is not None else menu
            sub = parent_menu.addMenu(escape_mnemonic(folder.name))
            submenus[folder.id] = sub
            return sub

        for folder in folders:
            submenu_for(folder)
        for bookmark in bookmarks:
            holder = next((f for f in folders if f.id == bookmark.folder_id), None)
            target = submenu_for(holder) if holder is not None else menu
            action = target.addAction(escape_mnemonic(bookmark.title))
            action.setData(bookmark.href)
            action.triggered.connect(lambda _checked=False, href=bookmark.href: self.shell.open_href(href))

    # -- history ------------------------------------------------------------------------
    def _fill_history_menu(self, menu: QMenu, back: bool) -> None:
        menu.clear()
        history = self.shell.history
        visits = history.back_items() if back else history.forward_items()
        for steps, visit in enumerate(visits[:MENU_HISTORY_ITEMS], start=1):
            action = menu.addAction(escape_mnemonic(self.title_for(visit.href)))
            action.setData(visit.href)
            if back:
                action.triggered.connect(lambda _checked=False, n=steps: self.shell.go_back(n))
            else:
                action.triggered.connect(lambda _checked=False, n=steps: self.shell.go_forward(n))

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.store.recent(RECENT_ITEMS)
        if not recent:
            empty = menu.addAction(self.tr("No pages opened yet"))
            empty.setEnabled(False)
            return
        for number, visit in enumerate(recent, start=1):
            title = self.title_for(visit.href)
            prefix = f"&{number} " if number < 10 else ""
            action = menu.addAction(prefix + escape_mnemonic(title))
            action.setData(visit.href)
            action.triggered.connect(lambda _checked=False, href=visit.href: self.shell.open_href(href))

    def show_history(self) -> None:
        self.history_panel.refresh()
        self._show_dock(self.history_dock, self.history_panel.filter)

    # -- notes --------------------------------------------------------------------------
    def show_note(self) -> None:
        target = self.notes_panel.editor if self.notes_panel.editor.isEnabled() else self.notes_panel.search
        self._show_dock(self.notes_dock, target)

    def search_notes(self) -> None:
        self._show_dock(self.notes_dock, self.notes_panel.search)
        self.notes_panel.search.selectAll()

    def export_notes(self) -> None:
        self.notes_panel.flush()
        if not self.store.notes():
            QMessageBox.information(self.window, self.tr("Export notes"), self.tr("There are no notes to export yet."))
            return
        self.notes_panel.search.clear()
        self.notes_panel.export_dialog()

    # -- shared -------------------------------------------------------------------------
    def _show_dock(self, dock: QDockWidget, focus: QWidget) -> None:
        dock.show()
        dock.raise_()
        focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _link_highlighted(self, url: QUrl) -> None:
        """Hovering or tabbing to a link says where it goes (a glossary term: what it means)."""
        href = url.toString()
        if not href:
            self.context.clear_notice(self._link_message)  # leaves other messages alone
            return
        lang = self.context.lang
        note = self.marker.note_for_href(href, lang) if self.marker is not None else None
        if note is not None:
            # The term's other-language name stays as written; the rest follows the reader's script.
            self._link_message = (
                f"{script_text(note.term, lang)} — {note.other_lang}: {note.other_term} — "
                f"{script_text(note.definition, lang)}"
            )
        elif href.startswith("kb:"):
            self._link_message = "→ " + self.title_for(href)
        else:
            self._link_message = href
        self.context.notify(self._link_message)

    def flush(self) -> None:
        self.notes_panel.flush()

    def shutdown(self) -> None:
        self.flush()
