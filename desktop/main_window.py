"""The main window: navigation and search on the left, the article view on the right."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, paths
from desktop.article_view import ArticleView
from desktop.assessment.controller import Assessments
from desktop.case_editor.feature import CaseEditors
from desktop.comforts import Comforts
from desktop.desk.controller import tool_tip
from desktop.fieldkit.feature import FieldKitFeature
from desktop.history import NavigationHistory
from desktop.home import home_html, not_found_html
from desktop.i18n import Language
from desktop.navigation import NavigationTree
from desktop.packs.feature import Packs
from desktop.search_panel import SearchPanel
from desktop.search_tools import SearchTools
from desktop.settings import Settings
from desktop.startup import StartupWorker, WarmUpWorker
from desktop.trainer.mode import Trainer
from desktop.window_geometry import first_geometry, navigation_width

if TYPE_CHECKING:  # the window is on screen before Markdown, YAML or Whoosh are imported
    from content.model import KnowledgeBase, LoadResult, Problem
    from content.pages import PageBuilder
    from content.render import KbLink
    from desktop.startup import WarmUp
    from search_index.service import OpenedIndex

HOME_HREF = "app:home"
# The warm-up (page renderer, stemmers) waits this long after `ready`: it would otherwise compete
# for the interpreter with the window's first paint and a first query (they took 3 times longer).
WARM_UP_DELAY_MS = 400
CHANGES_HREF = "kb:changes"  # the generated page "What changed in this edition" (content/changes.py)


def _parse_kb_link(href: str) -> KbLink:
    from content.render import KbLink  # imported by the start-up warm-up long before a click

    return KbLink.parse(href)


class MainWindow(QMainWindow):
    ready = Signal()  # content shown and search usable
    # Content shown and the index on disk verified for this content: the window can be used and
    # search follows within moments (the engine is still loading). `--exit-when-ready` waits for it.
    usable = Signal()
    page_shown = Signal(str, str)  # href (HOME_HREF for the start page), title as shown ("" when none)
    language_changed = Signal()  # the interface language or the content language changed

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.kb: KnowledgeBase | None = None
        self._pages: PageBuilder | None = None
        self.problems: list[Problem] = []
        self.opened_index: OpenedIndex | None = None
        self.history = NavigationHistory()
        # One language for the interface and the content; the content can be read in the other
        # language for a while (View ▸ Content in …), which is not remembered.
        self.language = i18n.initial_language(self.settings.language, self.settings.content_language)
        if i18n.current() is not self.language:
            i18n.install(self.language)
        self._content_override = ""
        self.lang = self.language.content_lang  # the language of the content shown: "en" or "sr"
        self._page_title = ""
        self._content_ready = False
        self._search_ready = False
        self._index_verified = False
        self._usable_sent = False
        self._worker: StartupWorker | None = None
        self._warm_worker: WarmUpWorker | None = None
        self._after_reload: Callable[[], None] | None = None

        self.view = ArticleView(self)
        self.nav = NavigationTree(self)
        self.search = SearchPanel(self)
        self.search.set_language(self.lang)
        self.search.set_cyrillic(self.language.cyrillic)
        self._build_layout()
        self._build_actions()
        self._build_status_bar()
        self.retranslate()
        self._connect()
        self.comforts = Comforts(self)  # desk, print/PDF, themes, discreet mode, keyboard, About
        self.assessments = Assessments(self)  # guided assessment: menu, toolbar, windows, saved list
        self.trainer = Trainer(self)  # trainer mode: presentation, presenter view, live assessment, self-test
        self.fieldkit = FieldKitFeature(self)  # worker card, the worker's answers, field-kit printing
        self.search_tools = SearchTools(self)  # find in page, search words marked on opened hits
        self.packs = Packs(self)  # File ▸ Import Pack…, Export My Content as Pack…, Manage Packs…
        self.case_editor = CaseEditors(self)  # Trainer ▸ New Case…, Edit Case…
        self.page_shown.connect(self.comforts.page_shown)
        self._restore_state()
        self.view.show_html(self._loading_html())
        self._update_title("")

    # -- construction -------------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QWidget(self)
        left.setObjectName("leftPane")
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.nav, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 900])
        self.setCentralWidget(self.splitter)

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_back = self._action("", QKeySequence.StandardKey.Back, sp.SP_ArrowBack)
        self.act_forward = self._action("", QKeySequence.StandardKey.Forward, sp.SP_ArrowForward)
        self.act_home = self._action("", "Alt+Home", sp.SP_DirHomeIcon)
        self.act_zoom_in = self._action("", QKeySequence.StandardKey.ZoomIn)
        self.act_zoom_out = self._action("", QKeySequence.StandardKey.ZoomOut)
        self.act_zoom_reset = self._action("", "Ctrl+0")
        self.act_find = self._action("", "Ctrl+K")
        self.act_quit = self._action("", QKeySequence.StandardKey.Quit)
        self.act_problems = self._action("")
        self.act_changes = self._action("")
        self.act_changes.setObjectName("whatChanged")
        self.act_about = self._action("")
        # Each language named in itself, as language menus do: never translated.
        self.language_group = QActionGroup(self)
        self.language_actions: dict[Language, QAction] = {}
        for language in Language:
            act = self._action(language.native_name)
            act.setObjectName(f"language_{language.value}")
            act.setCheckable(True)
            act.setChecked(language is self.language)
            act.setData(language.value)
            self.language_group.addAction(act)
            self.language_actions[language] = act
        self.act_lang_en = self.language_actions[Language.ENGLISH]
        self.act_lang_sr = self.language_actions[Language.SERBIAN_LATIN]
        self.act_other_content = self._action("")
        self.act_other_content.setObjectName("otherContentLanguage")
        self.act_other_content.setCheckable(True)
        self.act_back.setEnabled(False)
        self.act_forward.setEnabled(False)

        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.file_menu.addAction(self.act_quit)
        self.go_menu = menu.addMenu("")
        for act in (self.act_back, self.act_forward, self.act_home, self.act_find):
            self.go_menu.addAction(act)
        self.view_menu = menu.addMenu("")
        for act in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu.addAction(self.act_other_content)
        self.help_menu = menu.addMenu("")
        self.help_menu.addAction(self.act_changes)
        self.help_menu.addAction(self.act_problems)
        self.help_menu.addAction(self.act_about)

        toolbar = QToolBar(self)
        toolbar.setObjectName("navigationToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.act_back, self.act_forward, self.act_home):
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.act_zoom_out)
        toolbar.addAction(self.act_zoom_in)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        # Room for everyone's buttons on a 1024-pixel screen, in the longer Serbian words too: the
        # arrows and the house need no words, the type size is A− / A+ (the tool tips say it all).
        for act in (self.act_back, self.act_forward, self.act_home):
            button = toolbar.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.act_zoom_out.setIconText("A−")
        self.act_zoom_in.setIconText("A+")

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("indexProgress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.problems_button = QPushButton(self)
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setFlat(True)
        self.problems_button.hide()
        self.version_label = QLabel(self)
        self.version_label.setObjectName("contentVersion")
        bar.addPermanentWidget(self.problems_button)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.version_label)

    def retranslate(self) -> None:
        """The window's own texts, in the interface language (the panels and the controllers that
        add menus set theirs themselves): when built and after every change of language."""
        for action, text in (
            (self.act_back, self.tr("&Back")),
            (self.act_forward, self.tr("&Forward")),
            (self.act_home, self.tr("&Home")),
            (self.act_zoom_in, self.tr("Zoom &In")),
            (self.act_zoom_out, self.tr("Zoom &Out")),
            (self.act_zoom_reset, self.tr("&Reset Zoom")),
            (self.act_find, self.tr("&Search")),
            (self.act_quit, self.tr("&Quit")),
            (self.act_changes, self.tr("&What Changed in This Edition")),
            (self.act_problems, self.tr("Content &Problems…")),
            (self.act_about, self.tr("&About Prepoznaj")),
        ):
            action.setText(text)
        for action in (self.act_back, self.act_forward, self.act_home, self.act_zoom_out, self.act_zoom_in):
            action.setToolTip(tool_tip(action))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self.language.content_lang == "en":
            self.act_other_content.setText(self.tr("Content in &Serbian"))
            self.act_other_content.setToolTip(
                self.tr("Show the articles in Serbian where they are translated; the interface stays in English")
            )
        else:
            self.act_other_content.setText(self.tr("Content in &English"))
            self.act_other_content.setToolTip(
                self.tr("Show the English originals of the articles; the interface stays in Serbian")
            )
        self.act_other_content.setStatusTip(self.act_other_content.toolTip())
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.progress.setFormat(self.tr("Indexing %p%"))
        self._show_content_status()
        self._update_title(self._page_title)

    def _show_content_status(self) -> None:
        if self.kb is None:
            self.version_label.setText(self.tr("Loading content…"))
            return
        self.version_label.setText(self.tr("Content %1").replace("%1", self.kb.version))
        if self.problems:
            self.problems_button.setText(self.tr("⚠ %n content problem(s)", "", len(self.problems)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.act_back.triggered.connect(lambda: self.go_back())  # not the `checked` flag as steps
        self.act_forward.triggered.connect(lambda: self.go_forward())
        self.act_home.triggered.connect(lambda: self.open_href(HOME_HREF))
        self.act_zoom_in.triggered.connect(self.view.zoom_in)
        self.act_zoom_out.triggered.connect(self.view.zoom_out)
        self.act_zoom_reset.triggered.connect(self.view.reset_zoom)
        self.act_find.triggered.connect(self.focus_search)
        self.act_quit.triggered.connect(self.close)
        self.act_problems.triggered.connect(self.show_problems)
        self.act_changes.triggered.connect(lambda: self.open_href(CHANGES_HREF))
        self.act_about.triggered.connect(self.show_about)
        for language, act in self.language_actions.items():
            act.triggered.connect(lambda _checked=False, chosen=language: self.set_language(chosen))
        self.act_other_content.toggled.connect(self._on_other_content)
        self.problems_button.clicked.connect(self.show_problems)
        self.view.kb_link_activated.connect(self.open_href)
        self.view.zoom_changed.connect(self._on_zoom)
        self.nav.open_requested.connect(self.open_href)
        self.search.open_requested.connect(self.open_href)
        self.search.results_shown.connect(lambda shown: self.nav.setVisible(not shown))

    def _restore_state(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: fit the screen we open on (a 1024x768 projector laptop included).
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                first = first_geometry(screen.availableGeometry())
                self.setGeometry(first)
                left = navigation_width(first.width())
                self.splitter.setSizes([left, first.width() - left])
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.view.set_zoom(self.settings.zoom)

    # -- start-up -----------------------------------------------------------------------
    def start_loading(self, worker: StartupWorker | None = None) -> None:
        """Read content and prepare search in a worker thread; the window stays responsive.
        `worker`: one the app started before building the window (desktop/app.py)."""
        if worker is None:
            worker = StartupWorker(paths.index_dir(), cache_dir=paths.cache_dir())
        worker.content_loaded.connect(self._on_content_loaded)
        worker.index_progress.connect(self._on_index_progress)
        worker.index_ready.connect(self._on_index_ready)
        worker.index_verified.connect(self._on_index_verified)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        handlers: dict[str, Callable[..., None]] = {
            "content_loaded": self._on_content_loaded,
            "index_progress": self._on_index_progress,
            "index_ready": self._on_index_ready,
            "index_verified": self._on_index_verified,
            "failed": self._on_failed,
        }
        for signal, args in worker.listen():  # what it did before this window listened
            handlers[signal](*args)
        if not worker.isRunning() and not worker.isFinished():
            worker.start()

    def reload_content(self, then: Callable[[], None] | None = None) -> None:
        """Read the knowledge base again (a pack installed or removed, a case saved): the tree, the
        page shown and search follow; `ready` is emitted again once search has the new content.
        `then` runs once the new content is in the window."""
        old = self._worker
        if old is not None and old.isRunning():
            old.requestInterruption()
            old.wait(30000)
        self._content_ready = self._search_ready = False
        if self._warm_worker is not None and not self._warm_worker.isRunning():
            self._warm_worker = None
        self._after_reload = then
        self.start_loading(StartupWorker(paths.index_dir(), cache_dir=paths.cache_dir()))

    @property
    def pages(self) -> PageBuilder | None:
        """Builds pages of the loaded knowledge base (made by the start-up worker's warm-up, or
        here if a page is wanted before that finished)."""
        if self._pages is None and self.kb is not None:
            from content.pages import PageBuilder

            self._pages = PageBuilder(self.kb)
        return self._pages

    def _on_warmed_up(self, warm: WarmUp) -> None:
        if warm.kb is self.kb:
            if self._pages is None:
                self._pages = warm.pages
            self.comforts.desk.adopt_extras(warm.kb, warm.backlinks, warm.marker)

    def _on_content_loaded(self, loaded: LoadResult) -> None:
        if self.kb is not loaded.kb:
            self._pages = None
        self.kb = loaded.kb
        self.problems = loaded.problems
        self.nav.populate(loaded.kb, self.lang)
        self._show_content_status()
        if self.problems:
            self.problems_button.show()
            self.statusBar().showMessage(
                self.tr("Some content files are broken and were skipped: %1").replace(
                    "%1", self.problems[0].format(loaded.kb.root.parent)
                ),
                15000,
            )
        self._content_ready = True
        if self.history.current is None:
            self.open_href(HOME_HREF)
        else:
            self._reload_current()
        then, self._after_reload = self._after_reload, None
        if then is not None:
            then()
        self._maybe_ready()

    def _on_index_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(done < total)
        self.search.show_preparing(done, total)

    def _on_index_ready(self, opened: OpenedIndex) -> None:
        self.opened_index = opened
        self.progress.hide()
        self.search.set_index(opened.index)
        self.search.status.setVisible(bool(self.search.field.text().strip()))
        if opened.message:
            self.statusBar().showMessage(self._index_repair_message(opened), 15000)
        self._search_ready = True
        self._maybe_ready()

    def _index_repair_message(self, opened: OpenedIndex) -> str:
        if opened.state_found.value == "locked":
            return self.tr(
                "The search index was left locked by an interrupted update. It has been rebuilt; search works as usual."
            )
        return self.tr("The search index was damaged. It has been rebuilt; search works as usual.")

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        QMessageBox.warning(self, self.tr("Prepoznaj"), message)

    def _on_index_verified(self) -> None:
        self._index_verified = True
        self._maybe_usable()

    def _maybe_usable(self) -> None:
        if not self._usable_sent and self._content_ready and (self._index_verified or self._search_ready):
            self._usable_sent = True
            self.usable.emit()

    def _maybe_ready(self) -> None:
        self._maybe_usable()
        if self._content_ready and self._search_ready:
            self.ready.emit()
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)  # after the first paint and whoever waited for `ready`

    def _warm_up(self) -> None:
        if self.kb is None or self._warm_worker is not None or not self.isVisible():
            return
        worker = WarmUpWorker(self.kb)
        worker.warmed_up.connect(self._on_warmed_up)
        self._warm_worker = worker
        worker.start()

    def is_ready(self) -> bool:
        """Content shown and search open (again, after a reload of the content)."""
        return self._content_ready and self._search_ready

    # -- navigation ---------------------------------------------------------------------
    def open_href(self, href: str, record: bool = True, scroll: int = 0) -> None:
        if record:
            self.history.remember_scroll(self.view.verticalScrollBar().value())
        link = _parse_kb_link(href) if href.startswith("kb:") else None
        current = self.history.current.href if self.history.current else ""
        same_page = link is not None and current.partition("#")[0] == f"kb:{link.target}"
        if record:
            self.history.visit(href)
        if same_page and link is not None and link.anchor:
            self.view.scrollToAnchor(link.anchor)
        else:
            self._render(href, scroll)
        self._update_history_actions()

    def _render(self, href: str, scroll: int = 0) -> None:
        if href == HOME_HREF or self.kb is None or self.pages is None:  # the start page needs no Markdown
            html = home_html(self.kb, self.lang) if self.kb else self._loading_html()
            self.view.show_html(html, scroll=scroll)
            self._update_title("")
            self.page_shown.emit(HOME_HREF, "")
            return
        link = _parse_kb_link(href)
        page = self.pages.page(href, self.lang, cyrillic=i18n.current().cyrillic)
        if page is None:
            self.view.show_html(not_found_html(href))
            self._update_title(self.tr("Not found"))
            self.page_shown.emit(href, "")
            return
        # In Cyrillic the Serbian text is transliterated; an English page (or an English part of a
        # Serbian page, marked lang="en" by the content) stays as written.
        html = i18n.script_html(self.comforts.decorate(page), self.lang)
        self.view.show_html(html, anchor=link.anchor, scroll=scroll)
        self.nav.select_href(href)
        title = i18n.script_text(page.title, page.lang)
        self._update_title(title)
        self.page_shown.emit(href, title)

    def display_title(self, href: str) -> str:
        """The title of a kb: page as the reader sees it (language and script), for menus and lists."""
        pages = self.pages
        if pages is None or self.kb is None:
            return href
        target = _parse_kb_link(href).target
        doc = self.kb.document(target, self.lang)
        if doc is not None:
            return i18n.script_text(doc.title, doc.lang)
        return i18n.script_text(pages.title_of(href, self.lang), self.lang)

    def _reload_current(self) -> None:
        if self.history.current is not None:
            self._render(self.history.current.href, self.view.verticalScrollBar().value())

    def go_back(self, steps: int = 1) -> None:
        self.history.remember_scroll(self.view.verticalScrollBar().value())
        visit = self.history.back(steps)
        if visit is not None:
            self._render(visit.href, visit.scroll)
        self._update_history_actions()

    def go_forward(self, steps: int = 1) -> None:
        self.history.remember_scroll(self.view.verticalScrollBar().value())
        visit = self.history.forward(steps)
        if visit is not None:
            self._render(visit.href, visit.scroll)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.act_back.setEnabled(self.history.can_go_back())
        self.act_forward.setEnabled(self.history.can_go_forward())

    def focus_search(self) -> None:
        self.search.field.setFocus()
        self.search.field.selectAll()

    def set_language(self, language: Language) -> None:
        """Interface and content in `language`, at once, without a restart; remembered."""
        self.settings.language = language.value
        self.language_actions[language].setChecked(True)
        if language is self.language and i18n.current() is language and not self._content_override:
            return
        self.language = language
        self._content_override = ""
        i18n.install(language)
        # Every open window sets its texts now rather than on the next turn of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.retranslate()
        self._content_language_changed()

    def set_content_language(self, lang: str) -> None:
        """Show the content in `lang` ("en" or "sr") while the interface keeps its language (View ▸
        Content in …); the interface's own content language ends the detour. Not remembered."""
        override = "" if lang == self.language.content_lang else lang
        if override == self._content_override:
            return
        self._content_override = override
        self._content_language_changed()

    def _on_other_content(self, checked: bool) -> None:
        other = "sr" if self.language.content_lang == "en" else "en"
        self.set_content_language(other if checked else self.language.content_lang)

    def _content_language_changed(self) -> None:
        self.lang = self._content_override or self.language.content_lang
        self.act_other_content.blockSignals(True)
        self.act_other_content.setChecked(bool(self._content_override))
        self.act_other_content.blockSignals(False)
        self.search.set_language(self.lang)
        self.search.set_cyrillic(self.language.cyrillic)
        if self.kb is not None:
            self.nav.populate(self.kb, self.lang)
        if self.history.current is not None:
            self._reload_current()
        elif self.kb is None:
            self.view.show_html(self._loading_html())
        self.language_changed.emit()

    def _on_zoom(self, step: int) -> None:
        self.settings.zoom = step

    def _update_title(self, page_title: str) -> None:
        self._page_title = page_title
        app = self.tr("Prepoznaj")
        comforts = getattr(self, "comforts", None)
        if comforts is None or not comforts.discreet.active:  # discreet mode keeps its neutral name
            QGuiApplication.setApplicationDisplayName(app)  # Qt adds it to every window's title
        self.setWindowTitle(f"{page_title} — {app}" if page_title else app)

    # -- dialogs ------------------------------------------------------------------------
    def show_problems(self) -> None:
        if not self.problems:
            QMessageBox.information(self, self.tr("Content problems"), self.tr("The knowledge base has no problems."))
            return
        base = self.kb.root.parent if self.kb else None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Content problems"))
        box.setText(
            self.tr(
                "%n content file problem(s) were found. "
                "The affected entries were skipped; everything else is available.",
                "",
                len(self.problems),
            )
        )
        box.setDetailedText("\n".join(p.format(base) for p in self.problems))
        box.exec()

    def show_about(self) -> None:
        self.comforts.show_about()

    def _loading_html(self) -> str:
        title, loading = self.tr("Prepoznaj"), self.tr("Loading the knowledge base…")
        return f"<h1>{escape(title)}</h1><p>{escape(loading)}</p>"

    # -- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.comforts.shutdown()  # uncover discreet mode and save the note before saving state
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.zoom = self.view.zoom
        self.settings.sync()
        for worker in (self._worker, self._warm_worker):
            if worker is not None and worker.isRunning():
                worker.requestInterruption()
                worker.wait(10000)
        if self.opened_index is not None:
            self.opened_index.index.close()
            self.opened_index = None
        super().closeEvent(event)
