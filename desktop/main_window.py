"""The main window (the shell): navigation and search on the left, the article view on the right;
the features (desktop/features/) add their actions, menus and panes through one interface
(desktop/feature.py), assembled here in the declared order (desktop/ui/menus.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
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

from desktop import i18n
from desktop.context import AppContext, build_context
from desktop.feature import Contribution, Feature, Features
from desktop.i18n import Language
from desktop.settings import Settings
from desktop.shell.article_view import ArticleView
from desktop.shell.assembly import assemble, focus_next_pane
from desktop.shell.history import NavigationHistory
from desktop.shell.home import home_html, not_found_html
from desktop.shell.loading import ContentLoading
from desktop.shell.navigation import NavigationTree
from desktop.shell.search_panel import SearchPanel
from desktop.shell.window_geometry import first_geometry, navigation_width
from desktop.themes import arrow_icon
from desktop.ui.menus import tool_tip

if TYPE_CHECKING:  # the window is on screen before Markdown, YAML or Whoosh are imported
    from content.model import KnowledgeBase, LoadResult, Problem
    from content.pages import PageBuilder
    from content.render import KbLink
    from desktop.startup import StartupWorker
    from search_index.service import OpenedIndex

HOME_HREF = "app:home"
# The warm-up (page renderer, stemmers) waits this long after `ready`: it would otherwise compete
# for the interpreter with the window's first paint and a first query (they took 3 times longer).
CHANGES_HREF = "kb:changes"  # the generated page "What changed in this edition" (content/changes.py)


def _parse_kb_link(href: str) -> KbLink:
    from content.render import KbLink  # imported by the start-up warm-up long before a click

    return KbLink.parse(href)


class MainWindow(QMainWindow):
    ready = Signal()  # content shown and search usable
    # Content shown and the index on disk verified for this content: the window can be used and
    # search follows within moments (the engine is still loading). `--exit-when-ready` waits for it.
    usable = Signal()
    page_shown = Signal(str, str)  # the context's page_shown, repeated for whoever holds the window
    language_changed = Signal()  # the context's language_changed, repeated

    def __init__(
        self,
        settings: Settings | None = None,
        context: AppContext | None = None,
        features: Sequence[type[Feature]] | None = None,
    ) -> None:
        """`context` and `features` come from desktop/app.py; a window made without them (as
        tests do) builds its own context and gets the features of desktop/features/."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context or build_context(settings)
        self.settings = self.context.settings
        self.problems: list[Problem] = []
        self.opened_index: OpenedIndex | None = None
        self._history = NavigationHistory()
        if i18n.current() is not self.language:
            i18n.install(self.language)
        self._content_override = ""
        self._page_title = ""
        self.loading = ContentLoading(self.context, self.isVisible, self)

        self._view = ArticleView(self)
        self.nav = NavigationTree(self)
        self._search = SearchPanel(self)
        self.search.set_language(self.lang)
        self.search.set_cyrillic(self.language.cyrillic)
        self._build_layout()
        self._build_actions()
        self._build_status_bar()
        self.retranslate()
        self._connect()
        if features is None:
            from desktop.features import FEATURES

            features = FEATURES
        self.features = Features([feature(self.context, self) for feature in features])
        self._assemble()
        self._restore_state()
        self.view.show_html(self._loading_html())
        self._update_title("")
        if self.context.db_message:
            message = self.context.db_message
            QTimer.singleShot(0, lambda: QMessageBox.warning(self, self.tr("Prepoznaj"), message))

    # -- the shell as features see it (desktop.feature.Shell) ----------------------------
    @property
    def main_window(self) -> QMainWindow:
        return self

    @property
    def view(self) -> ArticleView:
        return self._view

    @property
    def search(self) -> SearchPanel:
        return self._search

    @property
    def history(self) -> NavigationHistory:
        return self._history

    @property
    def toolbar(self) -> QToolBar:
        return self._toolbar

    def navigation_action(self, name: str) -> QAction:
        return {"back": self.act_back, "forward": self.act_forward, "home": self.act_home}[name]

    # -- shared state, kept in the context ------------------------------------------------
    @property
    def kb(self) -> KnowledgeBase | None:
        return self.context.kb

    @kb.setter
    def kb(self, kb: KnowledgeBase) -> None:
        self.context.set_knowledge_base(kb)

    @property
    def language(self) -> Language:
        return self.context.language

    @property
    def lang(self) -> str:
        """The language of the content shown: "en" or "sr"."""
        return self.context.lang

    @property
    def startup_worker(self) -> StartupWorker | None:
        """The worker reading the content and preparing search (None before start_loading)."""
        return self.loading.worker

    def is_warmed_up(self) -> bool:
        """The renderer, "Cited by" and glossary marks were prepared off the GUI thread."""
        return self.loading.is_warmed_up()

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
        self.act_shortcuts = self._action("", QKeySequence.StandardKey.HelpContents)
        # F6 moves between the panes (as in browsers and Zeal); Tab moves within one.
        self.act_next_pane = self._action("", "F6")
        self.act_previous_pane = self._action("", "Shift+F6")
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

        self.file_menu = QMenu(self)
        self.go_menu = QMenu(self)
        self.view_menu = QMenu(self)
        self.help_menu = QMenu(self)
        self.language_menu = QMenu(self)
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(list(self.language_actions.values()))

        toolbar = QToolBar(self)
        toolbar.setObjectName("navigationToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        self._toolbar = toolbar
        self.act_zoom_out.setIconText("A−")
        self.act_zoom_in.setIconText("A+")

    def _own_contribution(self) -> Contribution:
        """The window's own entries in the shared menus and the toolbar."""
        return Contribution(
            sections={
                "file.quit": [self.act_quit],
                "go.navigate": [self.act_back, self.act_forward, self.act_home, self.act_find],
                "go.panes": [self.act_next_pane, self.act_previous_pane],
                "view.zoom": [self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset],
                "view.language": [self.language_menu, self.act_other_content],
                "help.guides": [self.act_shortcuts],
                "help.about": [self.act_changes, self.act_problems, self.act_about],
                "toolbar.navigate": [self.act_back, self.act_forward, self.act_home],
                "toolbar.zoom": [self.act_zoom_out, self.act_zoom_in],
            }
        )

    def _assemble(self) -> None:
        """Menus, toolbar and panes from the window's own contribution and the features', in the
        declared order (desktop/ui/menus.py)."""
        contributions = [self._own_contribution()] + [feature.contribution() for feature in self.features]
        shared = {"file": self.file_menu, "go": self.go_menu, "view": self.view_menu, "help": self.help_menu}
        tab_chain = [self.search.field, self.search.results, self.nav, self.view]
        assemble(self, shared, self.toolbar, contributions, tab_chain)
        # Room for everyone's buttons on a 1024-pixel screen, in the longer Serbian words too: the
        # arrows and the house need no words, the type size is A− / A+ (the tool tips say it all).
        for act in (self.act_back, self.act_forward, self.act_home):
            button = self.toolbar.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for feature in self.features:
            feature.assembled()

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
            (self.act_shortcuts, self.tr("&Keyboard Shortcuts")),
            (self.act_next_pane, self.tr("Ne&xt Pane")),
            (self.act_previous_pane, self.tr("Previous Pan&e")),
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
        self._name_controls()

    def _name_controls(self) -> None:
        self.progress.setAccessibleName(self.tr("Search index progress"))
        self.problems_button.setAccessibleName(self.tr("Content problems"))
        self.version_label.setAccessibleName(self.tr("Content version"))
        self.toolbar.setAccessibleName(self.tr("Navigation toolbar"))
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        self.splitter.setAccessibleName(self.tr("Contents and article"))

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
        self.act_shortcuts.triggered.connect(self.show_shortcuts)
        self.act_next_pane.triggered.connect(lambda: self.cycle_pane(1))
        self.act_previous_pane.triggered.connect(lambda: self.cycle_pane(-1))
        for language, act in self.language_actions.items():
            act.triggered.connect(lambda _checked=False, chosen=language: self.set_language(chosen))
        self.act_other_content.toggled.connect(self._on_other_content)
        self.problems_button.clicked.connect(self.show_problems)
        self.view.kb_link_activated.connect(self.open_href)
        self.view.zoom_changed.connect(self._on_zoom)
        self.nav.open_requested.connect(self.open_href)
        self.search.open_requested.connect(self.open_href)
        self.search.results_shown.connect(lambda shown: self.nav.setVisible(not shown))
        loading = self.loading
        loading.content_loaded.connect(self._on_content_loaded)
        loading.index_progress.connect(self._on_index_progress)
        loading.index_ready.connect(self._on_index_ready)
        loading.failed.connect(self._on_failed)
        loading.usable.connect(self.usable)
        loading.ready.connect(self.ready)
        ctx = self.context
        ctx.page_shown.connect(self.page_shown)
        ctx.language_changed.connect(self.language_changed)
        ctx.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        ctx.status_cleared.connect(self._clear_status)
        ctx.themes.changed.connect(self._on_theme_changed)  # the first time when the theme is applied
        self.view.document().setDefaultStyleSheet(ctx.themes.article_css())

    def _clear_status(self, text: str | None) -> None:
        bar = self.statusBar()
        if text is None or bar.currentMessage() == text:  # leave other messages alone
            bar.clearMessage()

    def _on_theme_changed(self, _effective: str) -> None:
        palette = QApplication.palette()
        self.act_back.setIcon(arrow_icon(palette, pointing_left=True))
        self.act_forward.setIcon(arrow_icon(palette, pointing_left=False))
        self.view.document().setDefaultStyleSheet(self.context.themes.article_css())
        self.reload_current()  # the default style sheet applies when the HTML is set

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

    # -- start-up and reloads (desktop/shell/loading.py) -----------------------------------
    def start_loading(self, worker: StartupWorker | None = None) -> None:
        """Read content and prepare search in a worker thread; the window stays responsive.
        `worker`: one the app started before building the window (desktop/app.py)."""
        self.loading.start(worker)

    def reload_content(self, then: Callable[[], None] | None = None) -> None:
        """Read the knowledge base again (a pack installed or removed, a case saved): the tree, the
        page shown and search follow; `ready` is emitted again once search has the new content.
        `then` runs once the new content is in the window."""
        self.loading.reload(then)

    def is_ready(self) -> bool:
        """Content shown and search open (again, after a reload of the content)."""
        return self.loading.is_ready()

    @property
    def pages(self) -> PageBuilder | None:
        """Builds pages of the loaded knowledge base (made by the warm-up task, or on first use)."""
        return self.context.pages

    def _on_content_loaded(self, loaded: LoadResult) -> None:
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
        if self.history.current is None:
            self.open_href(HOME_HREF)
        else:
            self.reload_current()

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

    def _index_repair_message(self, opened: OpenedIndex) -> str:
        if opened.state_found.value == "locked":
            return self.tr(
                "The search index was left locked by an interrupted update. It has been rebuilt; search works as usual."
            )
        return self.tr("The search index was damaged. It has been rebuilt; search works as usual.")

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        QMessageBox.warning(self, self.tr("Prepoznaj"), message)

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
            self.context.page_shown.emit(HOME_HREF, "")
            return
        link = _parse_kb_link(href)
        page = self.pages.page(href, self.lang, cyrillic=i18n.current().cyrillic)
        if page is None:
            self.view.show_html(not_found_html(href))
            self._update_title(self.tr("Not found"))
            self.context.page_shown.emit(href, "")
            return
        # In Cyrillic the Serbian text is transliterated; an English page (or an English part of a
        # Serbian page, marked lang="en" by the content) stays as written.
        html = i18n.script_html(self.context.decorate(page), self.lang)
        self.view.show_html(html, anchor=link.anchor, scroll=scroll)
        self.nav.select_href(href)
        title = i18n.script_text(page.title, page.lang)
        self._update_title(title)
        self.context.page_shown.emit(href, title)

    def display_title(self, href: str) -> str:
        """The title of a kb: page as the reader sees it (language and script), for menus and lists."""
        return self.context.display_title(href)

    def reload_current(self) -> None:
        """Show the current page again (after a change of language, theme or content)."""
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
        self.context.language = language
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
        self.context.lang = self._content_override or self.language.content_lang
        self.act_other_content.blockSignals(True)
        self.act_other_content.setChecked(bool(self._content_override))
        self.act_other_content.blockSignals(False)
        self.search.set_language(self.lang)
        self.search.set_cyrillic(self.language.cyrillic)
        if self.kb is not None:
            self.nav.populate(self.kb, self.lang)
        if self.history.current is not None:
            self.reload_current()
        elif self.kb is None:
            self.view.show_html(self._loading_html())
        self.context.language_changed.emit()

    def _on_zoom(self, step: int) -> None:
        self.settings.zoom = step

    def _update_title(self, page_title: str) -> None:
        self._page_title = page_title
        app = self.tr("Prepoznaj")
        if not self.context.discreet.active:  # discreet mode keeps its neutral name
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
        from desktop.about import AboutDialog

        AboutDialog(self.kb, self.context.themes.article_css(), self).exec()

    def show_shortcuts(self) -> None:
        from desktop.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    # -- keyboard -------------------------------------------------------------------------
    def panes(self) -> list[tuple[QWidget, QWidget]]:
        """(region, widget to focus) in F6 order; only what is visible."""
        listing = self.search.results if self.search.results.isVisible() else self.nav
        regions: list[tuple[QWidget, QWidget]] = [
            (self.search.field, self.search.field),
            (listing, listing),
            (self.view, self.view),
        ]
        for feature in self.features:
            regions += feature.focus_regions()
        return [(region, target) for region, target in regions if region.isVisible() and target.isVisible()]

    def cycle_pane(self, step: int) -> None:
        focus_next_pane(self.panes(), step)

    def _loading_html(self) -> str:
        title, loading = self.tr("Prepoznaj"), self.tr("Loading the knowledge base…")
        return f"<h1>{escape(title)}</h1><p>{escape(loading)}</p>"

    # -- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # The features in the reverse of their order: own windows closed, then discreet mode
        # uncovered and the note saved, before the window saves its state.
        for feature in reversed(list(self.features)):
            feature.shutdown()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.zoom = self.view.zoom
        self.settings.sync()
        self.context.close()  # background tasks stopped at once, the user database closed
        if self.opened_index is not None:
            self.opened_index.index.close()
            self.opened_index = None
        super().closeEvent(event)
