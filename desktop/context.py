"""The application context: what the window and the features share, built once in app.py (or by
`build_context` for a window made without app.py, as tests do) and handed to each explicitly.

It holds the settings, the user database, the theme manager, discreet mode, the background-task
runner, and — once loaded — the knowledge base, the page builder and the page extras. Its signals
are how features hear about each other; only the owner of a state emits it:

    page_shown(href, title)   the window showed a page (HOME_HREF and "" for the start page)
    language_changed()        interface or content language changed (the window)
    content_reloaded()        a knowledge base arrived or replaced the previous one (the window)
    status_message(str, int)  a feature has something to tell the user in the status bar
    status_cleared(object)    take that message away if still shown (None: whatever is shown)
    present_requested(str)    a request to present a case (the case editor); the trainer presents it

`assessments` (desktop/assessment_windows.py) keeps the open guided-assessment windows and says
`opened(window)`; the field kit works with them through it.

Themes say `themes.changed`, discreet mode `discreet.toggled` and `discreet.covering`."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop import i18n, paths
from desktop.assessment_windows import OpenAssessments
from desktop.discreet import DiscreetMode
from desktop.i18n import Language
from desktop.settings import Settings
from desktop.shell.page_extras import PageExtras
from desktop.tasks import TaskRunner
from desktop.themes import ThemeManager, parse_theme
from desktop.userdata.database import DB_FILENAME, NewerDatabaseError, UserDatabase

if TYPE_CHECKING:
    from content.model import KnowledgeBase
    from content.pages import Page, PageBuilder

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
            "AppContext",
            "Your bookmarks, notes and assessments could not be opened (%1). Nothing was changed in "
            "that file. This session uses a temporary store that is not kept when you close Prepoznaj.",
        ).replace("%1", str(exc))
        return UserDatabase.open(fallback), message
    if db.notice is not None:
        return db, translate(
            "AppContext",
            "The file with your bookmarks, notes and assessments was damaged. It was kept as %1 and a "
            "new one was started.",
        ).replace("%1", str(db.notice.moved_to))
    return db, ""


class AppContext(QObject):
    page_shown = Signal(str, str)
    language_changed = Signal()
    content_reloaded = Signal()
    status_message = Signal(str, int)
    status_cleared = Signal(object)  # str | None
    present_requested = Signal(str)  # a request: present this case on the room's screen (heard by the trainer)

    def __init__(
        self,
        settings: Settings,
        user_db: UserDatabase,
        themes: ThemeManager,
        discreet: DiscreetMode,
        runner: TaskRunner,
        db_message: str = "",
    ) -> None:
        super().__init__()
        self.settings = settings
        self.user_db = user_db
        self.db_message = db_message  # told to the user once the window is up
        self.themes = themes
        self.discreet = discreet
        self.runner = runner
        self.assessments = OpenAssessments(self)  # the open guided-assessment windows
        # One language for the interface and the content; the content can be read in the other
        # language for a while (View ▸ Content in …): `lang` is the language of the content shown.
        self.language: Language = i18n.initial_language(settings.language, settings.content_language)
        self.lang = self.language.content_lang
        self.kb: KnowledgeBase | None = None
        self._pages: PageBuilder | None = None
        self.extras = PageExtras(lambda: self.kb)
        self.current_href = ""
        self.current_title = ""
        self._closed = False
        self.page_shown.connect(self._remember_page)

    # -- content ------------------------------------------------------------------------
    def set_knowledge_base(self, kb: KnowledgeBase) -> None:
        if self.kb is not kb:
            self._pages = None
        self.kb = kb

    @property
    def pages(self) -> PageBuilder | None:
        """Builds pages of the loaded knowledge base (made by the warm-up task, or here if a page
        is wanted before that finished)."""
        if self._pages is None and self.kb is not None:
            from content.pages import PageBuilder

            self._pages = PageBuilder(self.kb)
        return self._pages

    def adopt_pages(self, kb: KnowledgeBase, pages: PageBuilder) -> None:
        if kb is self.kb and self._pages is None:
            self._pages = pages

    def decorate(self, page: Page) -> str:
        """The page's HTML as shown and printed: glossary terms explained, "Cited by" added."""
        return self.extras.decorate(page, self.lang)

    def display_title(self, href: str) -> str:
        """The title of a kb: page as the reader sees it (language and script), for menus and lists."""
        pages = self.pages
        if pages is None or self.kb is None:
            return href
        from content.render import KbLink  # imported by the start-up warm-up long before a click

        target = KbLink.parse(href).target
        doc = self.kb.document(target, self.lang)
        if doc is not None:
            return i18n.script_text(doc.title, doc.lang)
        return i18n.script_text(pages.title_of(href, self.lang), self.lang)

    def _remember_page(self, href: str, title: str) -> None:
        self.current_href, self.current_title = href, title

    # -- telling the user ---------------------------------------------------------------
    def notify(self, text: str, timeout_ms: int = 0) -> None:
        self.status_message.emit(text, timeout_ms)

    def clear_notice(self, text: str | None = None) -> None:
        """Take `text` off the status bar if it is still shown (None: whatever is shown)."""
        self.status_cleared.emit(text)

    # -- closing ------------------------------------------------------------------------
    def close(self) -> None:
        """Stop background work and close the user database (the features have saved by now)."""
        if self._closed:
            return
        self._closed = True
        self.runner.shutdown()
        self.user_db.close()
        # The context outlives the window's widgets: nothing it says may reach them any more
        # (a feature may have connected a lambda, which Qt does not disconnect on destruction).
        self.themes.detach()
        for source in (self, self.themes, self.discreet, self.runner, self.assessments):
            source.blockSignals(True)


def build_context(settings: Settings | None = None) -> AppContext:
    """Everything the features share, for a window about to be built."""
    settings = settings or Settings()
    user_db, db_message = open_user_database()
    themes = ThemeManager(parse_theme(settings.theme))
    return AppContext(settings, user_db, themes, DiscreetMode(), TaskRunner(), db_message)
