"""Trainer mode: the Trainer menu and toolbar button, the presentation on the room's screen with
the presenter view on the trainer's, the live assessment with the room, and the self-test."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle, QWidget

from desktop.feature import Contribution, Feature
from desktop.features.trainer.kinds import LIVE, PRESENT, SELF_TEST
from desktop.features.trainer.screens import audience_screen, presenter_screen, screen_label, screens
from desktop.features.trainer.settings import TrainerSettings
from desktop.i18n import script_html, script_text, uses_cyrillic
from desktop.ui.windows import bring_to_front, show_full_screen

if TYPE_CHECKING:  # the windows, Markdown and the engine are imported when first used
    from content.model import Case
    from content.presentation import Deck
    from desktop.context import AppContext
    from desktop.feature import Shell
    from desktop.features.trainer.audience import AudienceWindow
    from desktop.features.trainer.chooser import CaseChooser
    from desktop.features.trainer.live import LiveAssessmentWindow
    from desktop.features.trainer.presenter import PresenterWindow
    from desktop.features.trainer.selftest_window import SelfTestWindow
    from desktop.features.trainer.slides import PresentationController
    from desktop.features.trainer.store import TrainerStore

PRESENT_KEY = "F5"
PRESENT_CASE_KEY = "Shift+F5"


def deck_in_script(deck: Deck) -> Deck:
    """A Serbian deck in Cyrillic when that script is chosen (titles and slides; the trainer notes
    are Markdown, shown through the presenter view, which does the same)."""
    from dataclasses import replace

    if not uses_cyrillic(deck.lang):
        return deck
    lang = deck.lang
    slides = tuple(
        replace(
            slide,
            title=script_text(slide.title, lang),
            units=tuple(
                replace(u, html=script_html(u.html, lang), heading=script_text(u.heading, lang)) for u in slide.units
            ),
        )
        for slide in deck.slides
    )
    return replace(deck, title=script_text(deck.title, lang), slides=slides)


class Trainer(Feature):
    name = "trainer"

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        self.window = shell.main_window
        self.settings = TrainerSettings()
        self._store: TrainerStore | None = None  # made when first used (not at start-up)
        self.controller: PresentationController | None = None
        self.audience: AudienceWindow | None = None
        self.presenter: PresenterWindow | None = None
        self.windows: list[QWidget] = []  # self-tests and live assessments
        self.chooser: CaseChooser | None = None
        self._hidden_for_discreet: list[QWidget] = []
        self._build_actions()
        self.retranslate()
        context.page_shown.connect(self._on_page_shown)
        context.language_changed.connect(self._on_language_changed)
        context.present_requested.connect(self.present)
        context.discreet.toggled.connect(self._on_discreet)

    # -- actions ------------------------------------------------------------------------
    @property
    def store(self) -> TrainerStore:
        """Self-test and live results in the user database (the module is loaded when first used)."""
        if self._store is None:
            from desktop.features.trainer.store import TrainerStore

            self._store = TrainerStore(self.context.user_db)
        return self._store

    def _build_actions(self) -> None:
        w = self.window
        self.act_present = QAction(w)
        self.act_present.setObjectName("actPresent")
        self.act_present.setShortcut(QKeySequence(PRESENT_KEY))
        self.act_present.setIcon(w.style().standardIcon(QStyle.StandardPixmap.SP_DesktopIcon))
        self.act_present.triggered.connect(lambda: self.present_current())
        self.act_present_case = QAction(w)
        self.act_present_case.setShortcut(QKeySequence(PRESENT_CASE_KEY))
        self.act_present_case.triggered.connect(lambda: self.choose(PRESENT))
        self.act_live = QAction(w)
        self.act_live.triggered.connect(lambda: self.choose(LIVE))
        self.act_self_test = QAction(w)
        self.act_self_test.setObjectName("actSelfTest")
        self.act_self_test.triggered.connect(lambda: self.choose(SELF_TEST))
        self.act_presenter_view = QAction(w)
        self.act_presenter_view.setCheckable(True)
        self.act_presenter_view.setChecked(self.settings.presenter_view)
        self.act_presenter_view.toggled.connect(self._set_presenter_view)
        self.act_contrast = QAction(w)
        self.act_contrast.setCheckable(True)
        self.act_contrast.setChecked(self.settings.high_contrast)
        self.act_contrast.toggled.connect(self._set_contrast)

        # Filled from its sections when the window is assembled (desktop/ui/menus.py), so that
        # the case editor's entries come first.
        self.menu = QMenu(w)
        self.menu.setObjectName("trainerMenu")
        self.screen_menu = QMenu(self.menu)
        self.screen_menu.setObjectName("trainerScreenMenu")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self._fill_screen_menu()

    def contribution(self) -> Contribution:
        return Contribution(
            sections={
                "toolbar.trainer": [self.act_present],
                "trainer.present": [self.act_present, self.act_present_case, self.act_live, self.act_self_test],
                "trainer.screens": [self.screen_menu, self.act_presenter_view, self.act_contrast],
            },
            menus={"trainer": self.menu},
        )

    def retranslate(self) -> None:
        self.act_present.setIconText(self.tr("Present"))
        self.act_present.setToolTip(
            self.tr("Show this case or article on the projector, one step at a time (F5); Esc ends")
        )
        self.act_present_case.setText(self.tr("Present a &Case…"))
        self.act_live.setText(self.tr("&Live Assessment with the Room…"))
        self.act_self_test.setText(self.tr("&Self-Test on a Case…"))
        self.act_presenter_view.setText(self.tr("Presenter &View on the Other Screen"))
        self.act_contrast.setText(self.tr("&High-Contrast Slides"))
        self.menu.setTitle(self.tr("&Trainer"))
        self.screen_menu.setTitle(self.tr("&Room's Screen"))
        self._fill_screen_menu()
        self._on_page_shown("", "")

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        entries = [(self.tr("&Automatic (another screen when there is one)"), "")]
        entries += [(screen_label(s, n), s.name()) for n, s in enumerate(screens(), start=1)]
        for text, name in entries:
            action = self.screen_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(name == self.settings.screen_name)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self._set_screen(n))
            group.addAction(action)

    def _set_screen(self, name: str) -> None:
        self.settings.screen_name = name

    def _set_presenter_view(self, on: bool) -> None:
        self.settings.presenter_view = on

    def _set_contrast(self, on: bool) -> None:
        self.settings.high_contrast = on
        if self.audience is not None:
            self.audience.set_high_contrast(on)

    # -- what to present ----------------------------------------------------------------
    def current_target(self) -> str:
        """The case or article shown in the main window, or ""."""
        current = self.shell.history.current
        kb = self.context.kb
        if current is None or kb is None or not current.href.startswith("kb:"):
            return ""
        target = current.href[3:].partition("#")[0].strip("/")
        return target if target in kb.cases or target in kb.articles else ""

    def _on_page_shown(self, _href: str, _title: str) -> None:
        target = self.current_target()
        self.act_present.setText(self.tr("&Present This Page") if target else self.tr("&Present…"))

    def _ready(self) -> bool:
        if self.context.kb is None or self.context.pages is None:
            QMessageBox.information(
                self.window,
                self.tr("Prepoznaj"),
                self.tr("The knowledge base is still loading. Try again in a moment."),
            )
            return False
        return True

    def present_current(self) -> PresentationController | None:
        target = self.current_target()
        if not target:
            self.choose(PRESENT)
            return None
        return self.present(target)

    def choose(self, action: str) -> CaseChooser | None:
        if not self._ready():
            return None
        from desktop.features.trainer.chooser import CaseChooser

        kb = self.context.kb
        assert kb is not None
        if self.chooser is not None:
            self.chooser.close()
        chooser = CaseChooser(kb, self.context.lang, self.settings, action, self.window)
        target = self.current_target()
        if target in kb.cases:
            chooser.select_case(target)
        chooser.chosen.connect(self._on_chosen)
        self.chooser = chooser
        chooser.show()
        return chooser

    def _on_chosen(self, action: str, case_id: str) -> None:
        self.act_presenter_view.setChecked(self.settings.presenter_view)
        self.act_contrast.setChecked(self.settings.high_contrast)
        if action == PRESENT:
            self.present(case_id)
        elif action == LIVE:
            self.live_assessment(case_id)
        else:
            self.self_test(case_id)

    def _case(self, case_id: str) -> Case | None:
        kb = self.context.kb
        return kb.case(case_id, self.context.lang) if kb is not None else None

    def deck(self, doc_id: str) -> Deck | None:
        """The slides of a case or an article in the content language, in the reader's script."""
        from content.presentation import article_deck, case_deck

        kb, pages, lang = self.context.kb, self.context.pages, self.context.lang
        if kb is None or pages is None:
            return None
        case = kb.case(doc_id, lang) if doc_id in kb.cases else None
        if case is not None:
            return deck_in_script(case_deck(kb, case, lambda text: pages.render_markdown(text, case.lang)))
        article = kb.article(doc_id, lang)
        if article is not None:
            return deck_in_script(article_deck(article, lambda text: pages.render_markdown(text, article.lang)))
        return None

    # -- presenting ---------------------------------------------------------------------
    def present(self, doc_id: str) -> PresentationController | None:
        if not self._ready():
            return None
        deck = self.deck(doc_id)
        if deck is None:
            return None
        from desktop.features.trainer.audience import AudienceWindow
        from desktop.features.trainer.presenter import PresenterWindow
        from desktop.features.trainer.slides import PresentationController

        self.stop_presentation()
        kb, pages = self.context.kb, self.context.pages
        assert kb is not None and pages is not None
        controller = PresentationController(kb, deck, self)
        controller.show_timer = self.settings.show_timer
        audience = AudienceWindow(controller, self.settings.high_contrast, self.window)
        room = audience_screen(self.settings.screen_name, self.window)
        show_full_screen(audience, room)
        presenter: PresenterWindow | None = None
        trainer_screen = presenter_screen(room, self.window) if self.settings.presenter_view else None
        if trainer_screen is not None:
            presenter = PresenterWindow(controller, audience, pages, self.window, trainer_screen.geometry().size())
            show_full_screen(presenter, trainer_screen)
        controller.finished.connect(lambda: self._presentation_ended(controller))
        self.controller, self.audience, self.presenter = controller, audience, presenter
        (presenter or audience).setFocus()
        return controller

    def stop_presentation(self) -> None:
        if self.controller is not None:
            self.controller.stop()

    def _presentation_ended(self, controller: PresentationController) -> None:
        if controller is not self.controller:
            return
        self.settings.show_timer = controller.show_timer
        self.controller = self.audience = self.presenter = None

    # -- self-test and live assessment --------------------------------------------------
    def self_test(self, case_id: str) -> SelfTestWindow | None:
        if not self._ready():
            return None
        case = self._case(case_id)
        pages = self.context.pages
        if case is None or pages is None:
            return None
        from desktop.features.trainer.selftest_window import SelfTestWindow

        css = self.context.themes.article_css()
        win = SelfTestWindow(pages, case, self.store, css, self.window)
        win.link_activated.connect(self._open_link)
        self._keep(win)
        win.show()
        return win

    def live_assessment(self, case_id: str) -> LiveAssessmentWindow | None:
        if not self._ready():
            return None
        kb, pages = self.context.kb, self.context.pages
        case = self._case(case_id)
        if case is None or kb is None or pages is None:
            return None
        if kb.rules is None or not kb.trees:
            QMessageBox.warning(
                self.window,
                self.tr("Assessment not available"),
                self.tr(
                    "The assessment rules or the decision tree could not be read, so the assessment cannot run. "
                    "See Help ▸ Content Problems for the file and line to fix."
                ),
            )
            return None
        from desktop.features.trainer.live import LiveAssessmentWindow

        tree = kb.trees.get("labour-exploitation") or next(iter(kb.trees.values()))
        room = audience_screen(self.settings.screen_name, self.window)
        win = LiveAssessmentWindow(
            pages,
            case,
            tree,
            self.store,
            css=self.context.themes.article_css(),
            high_contrast=self.settings.high_contrast,
            screen_size=room.geometry().size(),
            parent=self.window,
        )
        win.link_activated.connect(self._open_link)
        self._keep(win)
        show_full_screen(win, room)
        return win

    def _keep(self, win: QWidget) -> None:
        self.windows.append(win)
        win.destroyed.connect(lambda _obj=None, w=win: self.windows.remove(w) if w in self.windows else None)

    def _open_link(self, href: str) -> None:
        self.shell.open_href(href)
        bring_to_front(self.window)

    # -- following the main window ------------------------------------------------------
    def _on_language_changed(self) -> None:
        """The content follows the language: the presentation goes on at the same place in the
        other language's version (or script); the self-tests and live assessments follow too."""
        controller = self.controller
        if controller is not None and not controller.ended:
            deck = self.deck(controller.deck.doc_id)
            if deck is not None:
                controller.set_deck(deck)
        for win in list(self.windows):
            case = self._case(getattr(getattr(win, "case", None), "id", ""))
            if case is not None and hasattr(win, "set_case"):
                win.set_case(case)
        if self.chooser is not None:
            self.chooser.set_language(self.context.lang)

    def _on_discreet(self, active: bool) -> None:
        if active:
            shown = [w for w in (self.audience, self.presenter, *self.windows) if w is not None and w.isVisible()]
            self._hidden_for_discreet = shown
            for win in shown:
                win.hide()
        else:
            for win in self._hidden_for_discreet:
                if win in (self.audience, self.presenter, *self.windows):
                    win.show()
            self._hidden_for_discreet = []

    def shutdown(self) -> None:
        self.stop_presentation()
        for win in list(self.windows):
            win.close()
        self.settings.sync()
