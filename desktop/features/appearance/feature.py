"""What makes the app pleasant to keep open all day, installed into the main window in one call:
the desk (bookmarks, history, notes, "Cited by", glossary terms), print and PDF, themes,
discreet mode, keyboard navigation between panes, the shortcuts list and the About box."""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QStyleFactory, QToolTip, QWidget

from desktop import i18n, paths
from desktop.desk.controller import Desk, menu_of
from desktop.discreet import DISCREET_KEY, DiscreetMode, limits_text
from desktop.themes import Theme, ThemeManager, arrow_icon, parse_theme
from desktop.userdata.database import DB_FILENAME, NewerDatabaseError, UserDatabase

if TYPE_CHECKING:
    from content.pages import Page
    from desktop.main_window import MainWindow
    from desktop.printing import PrintJob

# Printing (QtPrintSupport), the About box and the shortcuts list are imported when first used:
# none of them is needed to show the window.


translate = QCoreApplication.translate


def open_user_database() -> tuple[UserDatabase, str]:
    """The user database, and a message for the user when something was wrong with it. Never
    fails: when the file cannot be used, a temporary one keeps the session working."""
    path = paths.data_dir() / DB_FILENAME
    try:
        db = UserDatabase.open(path)
    except (NewerDatabaseError, sqlite3.Error, OSError) as exc:
        fallback = Path(tempfile.mkdtemp(prefix="prepoznaj-")) / DB_FILENAME
        message = translate(
            "Comforts",
            "Your bookmarks, notes and assessments could not be opened (%1). Nothing was changed in "
            "that file. This session uses a temporary store that is not kept when you close Prepoznaj.",
        ).replace("%1", str(exc))
        return UserDatabase.open(fallback), message
    if db.notice is not None:
        return db, translate(
            "Comforts",
            "The file with your bookmarks, notes and assessments was damaged. It was kept as %1 and a "
            "new one was started.",
        ).replace("%1", str(db.notice.moved_to))
    return db, ""


class Comforts(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._shut = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._original = (app.style().name(), app.palette(), app.styleSheet())
        self.user_db, db_message = open_user_database()
        self.desk = Desk(window, self.user_db)
        self.themes = ThemeManager(parse_theme(window.settings.theme), self)
        self.themes.changed.connect(self._on_theme_changed)
        self.themes.apply()
        window.view.document().setDefaultStyleSheet(self.themes.article_css())
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self.discreet = DiscreetMode(window, self.act_discreet)
        self.discreet.covering.connect(self.desk.flush)
        self._set_focus_order()
        self.page_shown("", "")
        if db_message:
            QTimer.singleShot(0, lambda: QMessageBox.warning(window, self.tr("Prepoznaj"), db_message))

    # -- actions and menus ----------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.act_print = self._action("", QKeySequence.StandardKey.Print)
        self.act_preview = self._action("", "Ctrl+Shift+P")
        self.act_pdf = self._action("", "Ctrl+Shift+E")
        self.act_print.triggered.connect(self.print_page)
        self.act_preview.triggered.connect(self.preview_page)
        self.act_pdf.triggered.connect(self.export_pdf_dialog)
        self.act_discreet = self._action("", DISCREET_KEY)
        w.addAction(self.act_discreet)  # works while the menu bar is hidden
        self.act_discreet_help = self._action("")
        self.act_discreet_help.triggered.connect(self.explain_discreet)
        self.act_shortcuts = self._action("", QKeySequence.StandardKey.HelpContents)
        self.act_shortcuts.triggered.connect(self.show_shortcuts)
        # F6 moves between the panes (as in browsers and Zeal); Tab moves within one.
        self.act_next_pane = self._action("", "F6")
        self.act_previous_pane = self._action("", "Shift+F6")
        self.act_next_pane.triggered.connect(lambda: self.cycle_pane(1))
        self.act_previous_pane.triggered.connect(lambda: self.cycle_pane(-1))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[Theme, QAction] = {}
        for theme in Theme:
            action = self._action("")
            action.setCheckable(True)
            action.setChecked(theme == self.themes.theme)
            action.setData(theme.value)
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action

    def retranslate(self) -> None:
        """The texts of the actions and menus added to the window, in the interface language."""
        for action, text in (
            (self.act_print, self.tr("&Print…")),
            (self.act_preview, self.tr("Print Pre&view…")),
            (self.act_pdf, self.tr("Export as P&DF…")),
            (self.act_discreet, self.tr("&Discreet Mode")),
            (self.act_discreet_help, self.tr("About Discreet &Mode…")),
            (self.act_shortcuts, self.tr("&Keyboard Shortcuts")),
            (self.act_next_pane, self.tr("Ne&xt Pane")),
            (self.act_previous_pane, self.tr("Previous Pan&e")),
            (self.theme_actions[Theme.SYSTEM], self.tr("Follow the &System")),
            (self.theme_actions[Theme.LIGHT], self.tr("&Light")),
            (self.theme_actions[Theme.DARK], self.tr("&Dark")),
            (self.theme_actions[Theme.HIGH_CONTRAST], self.tr("&High Contrast")),
        ):
            action.setText(text)
        self.act_discreet.setToolTip(self.tr("Cover the window with a plain screen (F12 again to return). Not a lock."))
        self.act_discreet.setStatusTip(self.act_discreet.toolTip())
        self.theme_menu.setTitle(self.tr("&Theme"))
        self._name_controls()

    def event(self, event: QEvent) -> bool:
        # The window passes LanguageChange on to its children, this controller included.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def _build_menus(self) -> None:
        w = self.window
        file_menu = menu_of(w.act_quit)
        if file_menu is not None:
            before = w.act_quit
            for action in (self.act_print, self.act_preview, self.act_pdf, self.desk.act_export_notes):
                file_menu.insertAction(before, action)
            file_menu.insertSeparator(before)
        go_menu = menu_of(w.act_home)
        if go_menu is not None:
            go_menu.addSeparator()
            for action in (self.act_next_pane, self.act_previous_pane):
                go_menu.addAction(action)
        self.theme_menu = QMenu(w)
        self.theme_menu.setObjectName("themeMenu")
        for action in self.theme_actions.values():
            self.theme_menu.addAction(action)
        view_menu = menu_of(w.act_zoom_in)
        if view_menu is not None:
            view_menu.addMenu(self.theme_menu)
            view_menu.addSeparator()
            view_menu.addAction(self.act_discreet)
        help_menu = menu_of(w.act_about)
        if help_menu is not None:
            existing = help_menu.actions()
            if existing:
                help_menu.insertAction(existing[0], self.act_shortcuts)
                help_menu.insertAction(existing[0], self.act_discreet_help)
                help_menu.insertSeparator(existing[0])
            else:
                help_menu.addAction(self.act_shortcuts)
                help_menu.addAction(self.act_discreet_help)
        w.toolbar.addAction(self.act_print)

    # -- the page shown -------------------------------------------------------------------
    def decorate(self, page: Page) -> str:
        return self.desk.decorate(page, self.window.lang)

    def page_shown(self, href: str, title: str) -> None:
        is_page = href.startswith("kb:") and bool(title)
        for action in (self.act_print, self.act_preview, self.act_pdf):
            action.setEnabled(is_page)
        if href or title:
            self.desk.page_shown(href, title)

    # -- printing -------------------------------------------------------------------------
    def print_job(self) -> PrintJob | None:
        from desktop.printing import PrintJob

        w = self.window
        href = self.desk.current_href
        if w.pages is None or w.kb is None or not href.startswith("kb:"):
            return None
        page = w.pages.page(href, w.lang)
        if page is None:
            return None
        target = href[3:].partition("#")[0]
        doc = w.kb.document(target, w.lang)
        reviewed = doc.reviewed.isoformat() if doc is not None and doc.reviewed is not None else ""
        return PrintJob(
            title=i18n.script_text(page.title, page.lang),
            html=i18n.script_html(self.decorate(page), w.lang),
            address=href.partition("#")[0],
            content_version=w.kb.version,
            reviewed=reviewed,
            printed_on=date.today().isoformat(),
        )

    def print_page(self) -> None:
        from desktop.printing import PrintError, print_with_dialog

        job = self.print_job()
        if job is None:
            return
        try:
            pages = print_with_dialog(job, self.window)
        except PrintError as exc:
            QMessageBox.warning(self.window, self.tr("Print"), str(exc))
            return
        if pages:
            self.window.statusBar().showMessage(self.tr("Sent %n page(s) to the printer.", "", pages), 8000)

    def preview_page(self) -> None:
        from desktop.printing import preview

        job = self.print_job()
        if job is not None:
            preview(job, self.window)

    def export_pdf_dialog(self) -> None:
        from desktop.printing import PrintError, export_pdf

        job = self.print_job()
        if job is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = Path(folder or Path.home()) / f"{job.address[3:] or 'prepoznaj'}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export as PDF"), str(default), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = export_pdf(job, target)
        except (PrintError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, self.tr("Export as PDF"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(
            self.tr("Saved %n page(s) to %1", "", pages).replace("%1", str(target)), 10000
        )

    # -- themes ---------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.window.settings.theme = theme.value
        self.theme_actions[theme].setChecked(True)
        self.themes.set_theme(theme)

    def _on_theme_changed(self, _effective: str) -> None:
        palette = QApplication.palette()
        self.window.act_back.setIcon(arrow_icon(palette, pointing_left=True))
        self.window.act_forward.setIcon(arrow_icon(palette, pointing_left=False))
        self.window.view.document().setDefaultStyleSheet(self.themes.article_css())
        self.window._reload_current()  # the default style sheet applies when the HTML is set

    # -- keyboard -------------------------------------------------------------------------
    def panes(self) -> list[tuple[QWidget, QWidget]]:
        """(region, widget to focus) in F6 order; only what is visible."""
        w, d = self.window, self.desk
        listing = w.search.results if w.search.results.isVisible() else w.nav
        regions: list[tuple[QWidget, QWidget]] = [
            (w.search.field, w.search.field),
            (listing, listing),
            (w.view, w.view),
        ]
        note_target = d.notes_panel.editor if d.notes_panel.editor.isEnabled() else d.notes_panel.search
        regions += [
            (d.bookmarks_dock, d.bookmarks_panel.tree),
            (d.history_dock, d.history_panel.tree),
            (d.notes_dock, note_target),
        ]
        return [(region, target) for region, target in regions if region.isVisible() and target.isVisible()]

    def cycle_pane(self, step: int) -> None:
        panes = self.panes()
        if not panes:
            return
        focus = QApplication.focusWidget()
        index = next(
            (i for i, (region, _t) in enumerate(panes) if focus is region or (focus and region.isAncestorOf(focus))),
            -1,
        )
        target = panes[(index + step) % len(panes)][1] if index >= 0 else panes[0][1]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _name_controls(self) -> None:
        w = self.window
        w.progress.setAccessibleName(self.tr("Search index progress"))
        w.problems_button.setAccessibleName(self.tr("Content problems"))
        w.version_label.setAccessibleName(self.tr("Content version"))
        w.toolbar.setAccessibleName(self.tr("Navigation toolbar"))
        w.menuBar().setAccessibleName(self.tr("Menu bar"))
        w.splitter.setAccessibleName(self.tr("Contents and article"))

    def _set_focus_order(self) -> None:
        w, d = self.window, self.desk
        chain: list[QWidget] = [
            w.search.field,
            w.search.results,
            w.nav,
            w.view,
            d.notes_panel.editor,
            d.notes_panel.search,
            d.notes_panel.list,
            d.notes_panel.export_button,
            d.bookmarks_panel.tree,
            d.bookmarks_panel.new_folder_button,
            d.bookmarks_panel.delete_button,
            d.history_panel.filter,
            d.history_panel.tree,
            d.history_panel.clear_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- dialogs --------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from desktop.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.window).exec()

    def explain_discreet(self) -> None:
        QMessageBox.information(self.window, self.tr("Discreet mode"), limits_text())

    def show_about(self) -> None:
        from desktop.about import AboutDialog

        AboutDialog(self.window.kb, self.themes.article_css(), self.window).exec()

    # -- closing --------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Before the window saves its state: uncover, save the note, close the database."""
        if self._shut:
            return
        self._shut = True
        self.discreet.set_active(False)
        self.desk.flush()
        self.user_db.close()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            name, palette, sheet = self._original
            if app.style().name().lower() != name.lower():
                style = QStyleFactory.create(name)
                if style is not None:
                    app.setStyle(style)
            app.setPalette(palette)
            QToolTip.setPalette(palette)
            app.setStyleSheet(sheet)
