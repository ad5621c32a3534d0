"""The guided assessment: the Assessment menu and the toolbar buttons ("New assessment", "Saved
assessments"), the assessment windows, and the list of saved assessments. Answers go to the user
database of the application context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from desktop.discreet import DISCREET_KEY
from desktop.feature import Contribution, Feature
from desktop.features.assessment.store import AssessmentStore
from desktop.i18n import script_text
from desktop.ui.windows import bring_to_front

if TYPE_CHECKING:
    from content.assessment.model import DecisionTree
    from desktop.context import AppContext
    from desktop.feature import Shell
    from desktop.features.assessment.saved_dialog import SavedAssessmentsDialog
    from desktop.features.assessment.store import SavedAssessment
    from desktop.features.assessment.wizard import AssessmentWindow

# The wizard and the saved-assessments list are imported when first opened: the main window is
# shown without them.


class Assessments(Feature):
    name = "assessment"

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        self.window = shell.main_window
        self.store = AssessmentStore(context.user_db)
        self.windows: list[AssessmentWindow] = []
        self.dialog: SavedAssessmentsDialog | None = None
        self._hidden_for_discreet: list[AssessmentWindow] = []
        self._build_actions()
        self.retranslate()
        context.language_changed.connect(self._refresh_all)
        context.discreet.toggled.connect(self._on_discreet)
        context.themes.changed.connect(lambda _theme: self._refresh_all())

    # -- actions ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        self.act_new = QAction(w)
        self.act_new.setObjectName("actNewAssessment")
        self.act_new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.act_new.setIcon(w.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.act_new.triggered.connect(lambda: self.new_assessment())
        self.act_saved = QAction(w)
        self.act_saved.setObjectName("actSavedAssessments")
        self.act_saved.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.act_saved.setIcon(w.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.act_saved.triggered.connect(lambda: self.show_saved())

        self.menu = QMenu(w)
        self.menu.setObjectName("assessmentMenu")
        self.menu.addAction(self.act_new)
        self.menu.addAction(self.act_saved)

    def contribution(self) -> Contribution:
        return Contribution(sections={"toolbar.assessment": [self.act_new, self.act_saved]}, menus=[self.menu])

    def retranslate(self) -> None:
        self.act_new.setText(self.tr("&New Assessment…"))
        self.act_new.setIconText(self.tr("New assessment"))
        self.act_new.setToolTip(
            self.tr("Start a guided assessment: labour-law violation, exploitation or trafficking?")
        )
        self.act_saved.setText(self.tr("&Saved Assessments…"))
        self.act_saved.setIconText(self.tr("Saved assessments"))
        self.act_saved.setToolTip(self.tr("Resume, duplicate or delete a saved assessment"))
        self.menu.setTitle(self.tr("&Assessment"))

    # -- opening ------------------------------------------------------------------------
    def _tree(self, tree_id: str | None = None) -> DecisionTree | None:
        """The decision tree to use, or None after telling the user why there is none."""
        kb = self.context.kb
        if kb is None:
            QMessageBox.information(
                self.window,
                self.tr("Prepoznaj"),
                self.tr("The knowledge base is still loading. Try again in a moment."),
            )
            return None
        if kb.rules is None or not kb.trees or (tree_id is not None and tree_id not in kb.trees):
            QMessageBox.warning(
                self.window,
                self.tr("Assessment not available"),
                self.tr(
                    "The assessment rules or the decision tree could not be read, so the assessment cannot run. "
                    "See Help › Content Problems for the file and line to fix."
                ),
            )
            return None
        if tree_id is not None:
            return kb.trees[tree_id]
        return kb.trees.get("labour-exploitation") or next(iter(kb.trees.values()))

    def new_assessment(self) -> AssessmentWindow | None:
        tree = self._tree()
        if tree is None:
            return None
        return self._open(tree, None)

    def resume(self, assessment_id: int) -> AssessmentWindow | None:
        for existing in self.windows:
            if existing.assessment_id == assessment_id:
                bring_to_front(existing)
                return existing
        saved = self.store.load(assessment_id)
        if saved is None:
            return None
        tree = self._tree(saved.tree_id)
        if tree is None:
            return None
        return self._open(tree, saved)

    def _open(self, tree: DecisionTree, saved: SavedAssessment | None) -> AssessmentWindow:
        from desktop.features.assessment.wizard import AssessmentWindow

        kb = self.context.kb
        assert kb is not None
        context = self.context
        win = AssessmentWindow(
            kb,
            tree,
            self.store,
            lang=lambda: context.lang,
            css=context.themes.article_css,
            saved=saved,
            parent=self.window,
        )
        win.link_activated.connect(self._open_link)
        win.changed.connect(self._refresh_dialog)
        win.closed.connect(lambda: self._forget(win))
        discreet = QShortcut(DISCREET_KEY, win)
        discreet.activated.connect(self.context.discreet.toggle)
        self.windows.append(win)
        bring_to_front(win)
        return win

    def _forget(self, win: AssessmentWindow) -> None:
        if win in self.windows:
            self.windows.remove(win)
        self._refresh_dialog()

    def _open_link(self, href: str) -> None:
        self.shell.open_href(href)
        bring_to_front(self.window)

    # -- the list of saved assessments --------------------------------------------------
    def show_saved(self) -> SavedAssessmentsDialog:
        if self.dialog is None:
            from desktop.features.assessment.saved_dialog import SavedAssessmentsDialog

            self.dialog = SavedAssessmentsDialog(self.store, self._outcome_label, self.window)
            self.dialog.resume_requested.connect(self._resume_from_list)
            self.dialog.new_requested.connect(self._new_from_list)
        self.dialog.reload()
        bring_to_front(self.dialog)
        return self.dialog

    def _outcome_label(self, outcome: str) -> str:
        from content.outcomes import outcome_label

        kb, lang = self.context.kb, self.context.lang
        return script_text(outcome_label(kb, outcome, lang), lang) if kb is not None else outcome

    def _resume_from_list(self, assessment_id: int) -> None:
        if self.resume(assessment_id) is not None and self.dialog is not None:
            self.dialog.hide()

    def _new_from_list(self) -> None:
        if self.new_assessment() is not None and self.dialog is not None:
            self.dialog.hide()

    def _refresh_dialog(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reload()

    # -- following the main window ------------------------------------------------------
    def _refresh_all(self) -> None:
        for win in self.windows:
            win.refresh()
        self._refresh_dialog()

    def _on_discreet(self, active: bool) -> None:
        if active:
            self._hidden_for_discreet = [w for w in self.windows if w.isVisible()]
            for win in self._hidden_for_discreet:
                win.hide()
            if self.dialog is not None:
                self.dialog.hide()
            bring_to_front(self.window)
        else:
            for win in self._hidden_for_discreet:
                if win in self.windows:
                    win.show()
            self._hidden_for_discreet = []

    def shutdown(self) -> None:
        for win in list(self.windows):
            win.close()  # saves a case reference still being typed
        if self.dialog is not None:
            self.dialog.close()
