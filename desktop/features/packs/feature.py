"""File ▸ Import Pack…, Export My Content as Pack…, Manage Packs…: the window's hooks for content
packs. After an install or a removal the knowledge base is read again (tree, page and search)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop import paths
from desktop.feature import Contribution, Feature

if TYPE_CHECKING:
    from content.packs.api import PackReport
    from desktop.context import AppContext
    from desktop.feature import Shell
    from desktop.features.packs.dialogs import ExportPackDialog, ImportPackDialog, ManagePacksDialog
    from desktop.tasks import TaskHandle


class Packs(Feature):
    name = "packs"
    dialog_opened = Signal(object)  # an import, manage or export dialog, just shown

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        self.window = shell.main_window
        self.act_import = QAction(self.window)
        self.act_import.setObjectName("actImportPack")
        self.act_export = QAction(self.window)
        self.act_export.setObjectName("actExportPack")
        self.act_manage = QAction(self.window)
        self.act_manage.setObjectName("actManagePacks")
        self.act_import.triggered.connect(lambda: self.import_pack())
        self.act_export.triggered.connect(lambda: self.export_pack())
        self.act_manage.triggered.connect(lambda: self.manage_packs())
        self.dialog: ImportPackDialog | ManagePacksDialog | ExportPackDialog | None = None
        self.retranslate()

    def contribution(self) -> Contribution:
        return Contribution(sections={"file.packs": [self.act_import, self.act_export, self.act_manage]})

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("&Import Pack…"))
        self.act_export.setText(self.tr("Export My &Content as Pack…"))
        self.act_manage.setText(self.tr("Manage Pac&ks…"))

    # -- import -------------------------------------------------------------------------
    def import_pack(self, path: Path | None = None) -> TaskHandle | None:
        """Check the pack (asking for the file when none is given) in the background, then show
        what it would do (`dialog_opened`); None when the reader chose no file."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog  # on first use, as the dialogs

            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import Pack"), str(Path.home()), self.tr("Content packs (*.zip)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        from content.packs.api import inspect

        user_dir = paths.user_content_dir()
        checking = self.tr("Checking the pack %1…").replace("%1", path.name)
        self.context.notify(checking)

        def checked(report: PackReport) -> None:
            from desktop.features.packs.dialogs import ImportPackDialog  # the dialogs load when first opened

            self.context.clear_notice(checking)
            dialog = ImportPackDialog(report, user_dir, self.context.lang, self.window, self.context.runner)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.installed.connect(self._on_installed)
            self._show(dialog)

        def failed(exc: BaseException) -> None:
            self.context.clear_notice(checking)
            message = self.tr("The pack %1 could not be read: %2").replace("%1", str(path)).replace("%2", str(exc))
            QMessageBox.warning(self.window, self.tr("Import Pack"), message)

        return self.context.runner.run("pack-check", lambda _token: inspect(path, user_dir), checked, failed)

    def _on_installed(self, report: PackReport) -> None:
        title = report.manifest.title if report.manifest else report.source.name
        self.context.notify(self.tr("Pack “%1” installed.").replace("%1", title), 10000)
        self.shell.reload_content()

    # -- manage -------------------------------------------------------------------------
    def manage_packs(self) -> ManagePacksDialog:
        from desktop.features.packs.dialogs import ManagePacksDialog

        dialog = ManagePacksDialog(paths.user_content_dir(), self.context.lang, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.removed.connect(self._on_removed)
        self._show(dialog)
        return dialog

    def _on_removed(self, pack_id: str) -> None:
        self.context.notify(self.tr("Pack “%1” removed.").replace("%1", pack_id), 10000)
        self.shell.reload_content()

    # -- export -------------------------------------------------------------------------
    def export_pack(self) -> ExportPackDialog | None:
        folder = paths.user_content_dir()
        own = [*folder.glob("guidance/*/*.md"), *folder.glob("cases/*.md")]
        if not own:
            QMessageBox.information(
                self.window,
                self.tr("Export My Content as Pack"),
                self.tr("You have no cases or articles of your own yet. Write one with Trainer ▸ New Case…."),
            )
            return None
        from desktop.features.packs.dialogs import ExportPackDialog

        dialog = ExportPackDialog(folder, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_exported)
        self._show(dialog)
        return dialog

    def _on_exported(self, report: PackReport) -> None:
        self.context.notify(self.tr("Pack saved as %1.").replace("%1", str(report.source)), 15000)

    def _show(self, dialog: ImportPackDialog | ManagePacksDialog | ExportPackDialog) -> None:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()
        self.dialog_opened.emit(dialog)
