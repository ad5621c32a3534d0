"""The field kit in the main window:

- Assessment ▸ Hand to the Worker… (Ctrl+Shift+W): the worker card, full screen, for the open
  guided assessment or a new one. Every answer is saved the moment it is given. While the worker has
  the laptop, the app's other windows are hidden; the inspector takes the screen back with
  Ctrl+Alt+Shift+I (Assessment ▸ Take the Screen Back, listed in Help ▸ Keyboard Shortcuts and never
  shown on the worker's screen), then decides on each answer.
- Assessment ▸ The Worker's Answers…: confirm or change each of the worker's answers.
- Field Kit ▸ the rights leaflet (A4, folded A5), the question sheet, the sector checklists: print or
  PDF."""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from desktop.feature import Contribution, Feature
from desktop.features.field_kit.keys import HAND_KEY, INSPECTOR_KEY

# The field kit's data, store and screens are imported when first used: the main window is shown
# without them (no YAML or Markdown before the window paints).
if TYPE_CHECKING:
    from content.fieldkit_answers import WorkerCard
    from content.fieldkit_model import FieldKit
    from desktop.assessment_windows import AssessmentWindow
    from desktop.context import AppContext
    from desktop.feature import Shell
    from desktop.features.field_kit.print_dialog import FieldKitPrintDialog
    from desktop.features.field_kit.review import WorkerAnswersDialog
    from desktop.features.field_kit.store import WorkerCardStore
    from desktop.features.field_kit.worker_card import WorkerCardScreen

log = logging.getLogger(__name__)


class FieldKitFeature(Feature):
    name = "field_kit"

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        self.window = shell.main_window
        self._store: WorkerCardStore | None = None
        self._kit: FieldKit | None = None
        self.card: WorkerCardScreen | None = None
        self.card_window: AssessmentWindow | None = None  # the assessment the card's answers go to
        self.unsaved: list[tuple[str, str, str]] = []  # answers the database refused (kept, shown on release)
        self._hidden: list[QWidget] = []
        self.review: WorkerAnswersDialog | None = None
        self.print_dialog: FieldKitPrintDialog | None = None
        self._build()
        self.retranslate()
        context.assessments.opened.connect(self._on_assessment_opened)

    # -- actions and menus --------------------------------------------------------------
    def _build(self) -> None:
        w = self.window
        self.act_hand = QAction(w)
        self.act_hand.setObjectName("actHandToWorker")
        self.act_hand.setShortcut(QKeySequence(HAND_KEY))
        self.act_hand.triggered.connect(lambda: self.hand_to_worker())
        self.act_take_back = QAction(w)
        self.act_take_back.setObjectName("actTakeScreenBack")
        self.act_take_back.setShortcut(QKeySequence(INSPECTOR_KEY))
        self.act_take_back.triggered.connect(self.take_back)
        self.act_answers = QAction(w)
        self.act_answers.setObjectName("actWorkerAnswers")
        self.act_answers.triggered.connect(lambda: self.show_answers())
        self.menu = QMenu(w)
        self.menu.setObjectName("fieldKitMenu")
        self.act_leaflet = QAction(w)
        self.act_leaflet.setObjectName("actFieldKitLeaflet")
        self.act_leaflet.triggered.connect(lambda: self.open_print("leaflet", "a4"))
        self.act_leaflet_a5 = QAction(w)
        self.act_leaflet_a5.setObjectName("actFieldKitLeafletA5")
        self.act_leaflet_a5.triggered.connect(lambda: self.open_print("leaflet", "a5-folded"))
        self.act_questions = QAction(w)
        self.act_questions.setObjectName("actFieldKitQuestions")
        self.act_questions.triggered.connect(lambda: self.open_print("questions"))
        self.act_checklist = QAction(w)
        self.act_checklist.setObjectName("actFieldKitChecklist")
        self.act_checklist.triggered.connect(lambda: self.open_print("checklist"))
        for action in (self.act_leaflet, self.act_leaflet_a5, self.act_questions, self.act_checklist):
            self.menu.addAction(action)

    def contribution(self) -> Contribution:
        return Contribution(
            sections={"assessment.worker": [self.act_hand, self.act_answers, self.act_take_back]},
            menus={"field_kit": self.menu},
        )

    def retranslate(self) -> None:
        self.act_hand.setText(self.tr("&Hand to the Worker…"))
        self.act_hand.setToolTip(
            self.tr("Let the worker answer yes/no questions alone, in their own language, on the full screen")
        )
        self.act_take_back.setText(self.tr("&Take the Screen Back from the Worker"))
        self.act_take_back.setToolTip(self.tr("Ends the worker card; the worker's screen does not show this key"))
        self.act_answers.setText(self.tr("The &Worker's Answers…"))
        self.act_answers.setToolTip(self.tr("Confirm or change each answer the worker gave on the card"))
        self.menu.setTitle(self.tr("Field &Kit"))
        self.act_leaflet.setText(self.tr("Rights &Leaflet (A4)…"))
        self.act_leaflet_a5.setText(self.tr("Rights Leaflet, &Folded A5…"))
        self.act_questions.setText(self.tr("&Question Sheet for an Interpreter…"))
        self.act_checklist.setText(self.tr("Sector &Checklist…"))

    # -- the field kit ------------------------------------------------------------------
    @property
    def store(self) -> WorkerCardStore:
        if self._store is None:
            from desktop.features.field_kit.store import WorkerCardStore

            self._store = WorkerCardStore(self.context.user_db)
        return self._store

    def load_kit(self) -> FieldKit | None:
        from content.fieldkit_model import load_fieldkit

        kb = self.context.kb
        if kb is None:
            return None
        if self._kit is None or self._kit.root.parent != kb.root:
            self._kit = load_fieldkit(kb.root).kit
        return self._kit

    def kit(self) -> FieldKit | None:
        """The field kit of the loaded knowledge base, or None after telling the user why not."""
        kb = self.context.kb
        if kb is None:
            QMessageBox.information(
                self.window,
                self.tr("Prepoznaj"),
                self.tr("The knowledge base is still loading. Try again in a moment."),
            )
            return None
        kit = self.load_kit()
        if kit is None or not kit.languages:
            QMessageBox.warning(
                self.window,
                self.tr("Field kit not available"),
                self.tr("The field kit could not be read. See Help › Content Problems for the file and line to fix."),
            )
            return None
        return kit

    # -- the worker card ----------------------------------------------------------------
    def active_assessment(self) -> AssessmentWindow | None:
        """The assessment window the inspector used last (the active one first), if any is open."""
        windows = self.context.assessments.windows()
        active = QApplication.activeWindow()
        for win in windows:
            if isinstance(win, QWidget) and win is active:
                return win
        return windows[-1] if windows else None

    def hand_to_worker(self) -> WorkerCardScreen | None:
        from content.fieldkit_model import confirmed_phones
        from desktop.features.field_kit.worker_card import WorkerCardScreen

        if self.card is not None:
            self.card.showFullScreen()
            return self.card
        kit = self.kit()
        if kit is None:
            return None
        target = self.active_assessment() or self.context.assessments.new()
        if target is None:
            return None
        try:
            assessment_id = target.saved_id()
            earlier = self.store.load(assessment_id)
        except sqlite3.Error as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Prepoznaj"),
                self.tr("The assessment could not be saved (%1).").replace("%1", str(exc)),
            )
            return None
        kb = self.context.kb
        assert kb is not None
        card = WorkerCardScreen(kit, confirmed_phones(kb), {a.question_id: a.answer for a in earlier})
        card.answered.connect(lambda qid, lang, answer: self._save(assessment_id, qid, lang, answer))
        card.released.connect(self._on_released)
        self.card, self.card_window = card, target
        # The worker sees nothing of the inspector's: the app's other windows are hidden until the
        # inspector takes the screen back.
        self._hidden = [
            w for w in (self.window, *self.context.assessments.windows()) if isinstance(w, QWidget) and w.isVisible()
        ]
        # The whole screen the inspector is working on, even where no window manager makes a window
        # full screen (the geometry first, then the full-screen state).
        screen = self.window.screen()
        if screen is not None:
            card.setGeometry(screen.geometry())
        card.showFullScreen()
        for widget in self._hidden:
            widget.hide()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns that it cannot raise windows
            card.raise_()
        card.activateWindow()
        card.show_chooser()
        return card

    def _save(self, assessment_id: int, question_id: str, lang: str, answer: str) -> None:
        """Each answer the moment it is given; one the database refuses is kept and named on release."""
        try:
            self.store.save_answer(assessment_id, question_id, lang, answer)
        except sqlite3.Error as exc:
            log.warning("worker card answer not saved: %s", exc)
            self.unsaved.append((question_id, lang, answer))

    def take_back(self) -> None:
        if self.card is not None:
            self.card.release()

    def _on_released(self) -> None:
        card, target = self.card, self.card_window
        self.card, self.card_window = None, None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if card is not None:
            card.deleteLater()
        if self.unsaved:
            QMessageBox.warning(
                self.window,
                self.tr("Prepoznaj"),
                self.tr(
                    "%n answer(s) of the worker's could not be saved; ask those questions again.", "", len(self.unsaved)
                ),
            )
            self.unsaved = []
        if target is not None and target in self.context.assessments.windows():
            answers = self._attach(target)
            if answers is not None and answers.answers:  # the inspector decides on each answer next
                self.show_answers(target)

    # -- the inspector's decisions ------------------------------------------------------
    def _on_assessment_opened(self, win: AssessmentWindow) -> None:
        win.card_answers_requested.connect(lambda qid, w=win: self.show_answers(w, qid))
        if win.assessment_id is not None and self.store.load(win.assessment_id):
            self._attach(win)

    def _attach(self, win: AssessmentWindow) -> WorkerCard | None:
        from content.fieldkit_answers import WorkerCard

        kit = self.load_kit()
        if kit is None or win.assessment_id is None:
            return None
        card = WorkerCard(kit, self.store.load(win.assessment_id))
        win.attach_card(card)
        return card

    def show_answers(self, win: AssessmentWindow | None = None, question_id: str = "") -> WorkerAnswersDialog | None:
        from desktop.features.field_kit.review import WorkerAnswersDialog

        win = win or self.active_assessment()
        card = self._attach(win) if win is not None else None
        if win is None or card is None or not card.answers:
            QMessageBox.information(
                self.window,
                self.tr("The Worker's Answers"),
                self.tr(
                    "The open assessment has no answers from the worker card. Use Assessment › Hand to the Worker."
                ),
            )
            return None
        assessment_id = win.saved_id()
        parent = win if isinstance(win, QWidget) else self.window  # the assessment window, in the app

        def decide(qid: str, decision: str | None, inspector_answer: str | None) -> bool:
            try:
                self.store.decide(assessment_id, qid, decision, inspector_answer)
            except (sqlite3.Error, KeyError) as exc:
                message = self.tr("The decision could not be saved (%1).").replace("%1", str(exc))
                QMessageBox.warning(parent, self.tr("Prepoznaj"), message)
                return False
            fresh = self._attach(win)
            if self.review is not None and fresh is not None:
                self.review.show_card(fresh)
            return True

        if self.review is not None:
            self.review.close()
            self.review.deleteLater()
        dialog = WorkerAnswersDialog(card, decide, lambda: self.context.lang, parent)
        # The dialog belongs to its assessment window and goes when that window is closed.
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget_review(d))
        self.review = dialog
        if question_id:
            self.review.select_question(question_id)
        self.review.show()
        return self.review

    def _forget_review(self, dialog: WorkerAnswersDialog) -> None:
        if self.review is dialog:
            self.review = None

    # -- printing -----------------------------------------------------------------------
    def open_print(self, what: str, layout: str = "a4") -> FieldKitPrintDialog | None:
        from desktop.features.field_kit.print_dialog import FieldKitPrintDialog

        kit = self.kit()
        kb = self.context.kb
        if kit is None or kb is None:
            return None
        if self.print_dialog is None:
            self.print_dialog = FieldKitPrintDialog(kb, kit, self.context.lang, self.context.runner, self.window)
        self.print_dialog.choose(what, layout)
        self.print_dialog.show()
        return self.print_dialog
