"""The guided assessment: the Assessment menu and the toolbar buttons ("New assessment", "Saved
assessments"), the setting of the rule set for new assessments (a submenu of the Assessment menu),
the assessment windows, and the list of saved assessments. Answers go to the user database of
the application context."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from desktop.discreet import DISCREET_KEY
from desktop.feature import Contribution, Feature
from desktop.i18n import local_text, script_text
from desktop.ui.windows import bring_to_front

if TYPE_CHECKING:
    from content.assessment.model import DecisionTree, Rules
    from desktop.context import AppContext
    from desktop.feature import Shell
    from desktop.features.assessment.saved_dialog import SavedAssessmentsDialog
    from desktop.features.assessment.store import AssessmentStore, SavedAssessment
    from desktop.features.assessment.wizard import AssessmentWindow

# The wizard and the saved-assessments list are imported when first opened: the main window is
# shown without them.


class Assessments(Feature):
    name = "assessment"

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        self.window = shell.main_window
        self._store: AssessmentStore | None = None  # made when first used (not at start-up)
        context.assessments.provide(self.new_assessment)
        self.dialog: SavedAssessmentsDialog | None = None
        self._hidden_for_discreet: list[AssessmentWindow] = []
        self._build_actions()
        self.retranslate()
        context.language_changed.connect(self._refresh_all)
        context.discreet.toggled.connect(self._on_discreet)
        context.themes.changed.connect(lambda _theme: self._refresh_all())

    @property
    def store(self) -> AssessmentStore:
        """Saved assessments in the user database (the module is loaded when first used)."""
        if self._store is None:
            from desktop.features.assessment.store import AssessmentStore

            self._store = AssessmentStore(self.context.user_db)
        return self._store

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

        # Filled from its sections when the window is assembled (desktop/ui/menus.py); the field
        # kit adds its own section.
        self.menu = QMenu(w)
        self.menu.setObjectName("assessmentMenu")
        # The setting: which rule set new assessments use. Filled from the content (rules.yaml) each
        # time it opens, since the content loads after the menu is built.
        self.rule_set_menu = QMenu(self.menu)
        self.rule_set_menu.setObjectName("ruleSetMenu")
        self.rule_set_menu.aboutToShow.connect(self.fill_rule_set_menu)
        self.rule_set_group = QActionGroup(self)
        self.rule_set_group.setExclusive(True)
        self.rule_set_actions: dict[str, QAction] = {}

    @property
    def windows(self) -> list[AssessmentWindow]:
        """The open assessment windows, oldest first (kept by the context's `assessments`)."""
        return cast("list[AssessmentWindow]", self.context.assessments.windows())  # only this feature adds

    def contribution(self) -> Contribution:
        return Contribution(
            sections={
                "toolbar.assessment": [self.act_new, self.act_saved],
                "assessment.assess": [self.act_new, self.act_saved],
                "assessment.rules": [self.rule_set_menu],
            },
            menus={"assessment": self.menu},
        )

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
        self.rule_set_menu.setTitle(self.tr("&Rule Set for New Assessments"))
        self.rule_set_menu.setToolTip(
            self.tr("Saved assessments keep the rule set they were started with; this choice applies to new ones.")
        )
        self.fill_rule_set_menu()

    # -- the rule set for new assessments -----------------------------------------------
    def chosen_rules(self) -> Rules | None:
        """The rule set new assessments use: the one chosen in the menu, else the content's default."""
        kb = self.context.kb
        if kb is None:
            return None
        return kb.rule_sets.get(self.context.settings.assessment_rule_set) or kb.rules

    def fill_rule_set_menu(self) -> None:
        kb, lang = self.context.kb, self.context.lang
        for action in self.rule_set_actions.values():
            self.rule_set_group.removeAction(action)
            self.rule_set_menu.removeAction(action)
            action.deleteLater()
        self.rule_set_actions = {}
        chosen = self.chosen_rules()
        if kb is None or chosen is None:
            waiting = self.rule_set_menu.addAction(self.tr("(the content is still loading)"))
            waiting.setEnabled(False)
            self.rule_set_actions[""] = waiting
            return
        for rules in kb.rule_sets.values():
            name = local_text(rules.label, lang) or rules.id
            text = self.tr("%1 (default)").replace("%1", name) if rules.default else name
            action = QAction(f"{text} · {rules.version}", self.rule_set_menu)
            action.setObjectName(f"ruleSet-{rules.id}")
            action.setCheckable(True)
            action.setChecked(rules.id == chosen.id)
            if rules.validation is not None:
                action.setStatusTip(local_text(rules.validation.summary, lang))
                action.setToolTip(local_text(rules.validation.summary, lang))
            action.triggered.connect(lambda _checked=False, rule_set=rules.id: self.choose_rule_set(rule_set))
            self.rule_set_group.addAction(action)
            self.rule_set_menu.addAction(action)
            self.rule_set_actions[rules.id] = action

    def choose_rule_set(self, rule_set: str) -> None:
        """Use this rule set for new assessments (saved ones keep theirs)."""
        kb = self.context.kb
        default = kb.rules.id if kb is not None and kb.rules is not None else ""
        # The default is stored as "", so that a later change of the content's default is followed.
        self.context.settings.assessment_rule_set = "" if rule_set == default else rule_set
        for name, action in self.rule_set_actions.items():
            action.setChecked(name == rule_set)

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
        return self._open(tree, None, self.chosen_rules())

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

    def _open(self, tree: DecisionTree, saved: SavedAssessment | None, rules: Rules | None = None) -> AssessmentWindow:
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
            rules=rules,
            runner=context.runner,
            parent=self.window,
        )
        win.link_activated.connect(self._open_link)
        win.changed.connect(self._refresh_dialog)
        win.closed.connect(lambda: self._forget(win))
        discreet = QShortcut(DISCREET_KEY, win)
        discreet.activated.connect(self.context.discreet.toggle)
        self.context.assessments.add(win)
        bring_to_front(win)
        return win

    def _forget(self, win: AssessmentWindow) -> None:
        self.context.assessments.remove(win)
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
        self.fill_rule_set_menu()
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
