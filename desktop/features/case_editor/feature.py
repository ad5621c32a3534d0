"""Trainer ▸ New Case…, Edit Case…: open the case editor; a saved case is read into the app at once
(tree, search, self-test), and "Present now" presents it once it is there."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop import paths
from desktop.feature import Contribution, Feature
from desktop.i18n import script_text

if TYPE_CHECKING:  # the editor (and the content checks it uses) loads on first use, not at start-up
    from desktop.context import AppContext
    from desktop.feature import Shell
    from desktop.features.case_editor.editor import CaseEditor


class CaseEditors(Feature):
    name = "case_editor"

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        self.window = shell.main_window
        self.editors: list[CaseEditor] = []
        self.act_new = QAction(self.window)
        self.act_new.setObjectName("actNewCase")
        self.act_edit = QAction(self.window)
        self.act_edit.setObjectName("actEditCase")
        self.act_new.triggered.connect(lambda: self.new_case())
        self.act_edit.triggered.connect(lambda: self.choose_case())
        self.retranslate()

    def contribution(self) -> Contribution:
        return Contribution(sections={"trainer.cases": [self.act_new, self.act_edit]})

    def retranslate(self) -> None:
        self.act_new.setText(self.tr("&New Case…"))
        self.act_edit.setText(self.tr("&Edit Case…"))

    def _kb_ready(self) -> bool:
        if self.context.kb is None:
            QMessageBox.information(
                self.window,
                self.tr("Case Editor"),
                self.tr("The knowledge base is still loading. Try again in a moment."),
            )
            return False
        return True

    def new_case(self) -> CaseEditor | None:
        return self.open_editor(None)

    def own_cases(self) -> list[tuple[str, Path]]:
        """The user's own cases (title as shown, file), by title."""
        kb = self.context.kb
        if kb is None:
            return []
        found = []
        for case_id in kb.cases:
            case = kb.case(case_id, "en")
            if case is not None and case.origin.kind == "user":
                found.append((script_text(case.title, case.lang), case.path))
        return sorted(found)

    def choose_case(self) -> CaseEditor | None:
        if not self._kb_ready():
            return None
        cases = self.own_cases()
        if not cases:
            QMessageBox.information(
                self.window,
                self.tr("Edit Case"),
                self.tr("You have no cases of your own yet. Start one with Trainer ▸ New Case…."),
            )
            return None
        labels = [f"{title} ({path.name})" for title, path in cases]
        chosen, ok = QInputDialog.getItem(self.window, self.tr("Edit Case"), self.tr("Your cases:"), labels, 0, False)
        if not ok:
            return None
        return self.open_editor(cases[labels.index(chosen)][1])

    def open_editor(self, target: Path | None) -> CaseEditor | None:
        if not self._kb_ready():
            return None
        for editor in self.editors:  # one window per file
            if editor.target == target and target is not None:
                editor.raise_()
                return editor
        from desktop.features.case_editor.editor import CaseEditor

        kb = self.context.kb
        assert kb is not None
        editor = CaseEditor(kb, paths.user_content_dir(), self.context.lang, target, self.window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_saved)
        editor.present_requested.connect(self._present)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: CaseEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _on_saved(self, path: Path) -> None:
        self.context.notify(self.tr("Case saved: %1").replace("%1", str(path)), 10000)
        self.shell.reload_content(self._update_editors)

    def _update_editors(self) -> None:
        kb = self.context.kb
        if kb is not None:
            for editor in self.editors:
                editor.kb = kb

    def _present(self, case_id: str) -> None:
        # The save above reloads the content; present once the case is in it.
        def present() -> None:
            self._update_editors()
            self.context.present_requested.emit(case_id)

        self.shell.reload_content(present)
