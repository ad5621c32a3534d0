"""File ▸ Import Pack…, Export My Content as Pack…, Manage Packs…: the window's hooks for content
packs. After an install or a removal the knowledge base is read again (tree, page and search)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.packs.dialogs import ExportPackDialog, ImportPackDialog, ManagePacksDialog

if TYPE_CHECKING:
    from content.packs.api import PackReport
    from desktop.main_window import MainWindow


def user_content_dir() -> Path:
    from content.user_content import default_user_dir

    return default_user_dir()


class Packs(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_import = QAction(window)
        self.act_import.setObjectName("actImportPack")
        self.act_export = QAction(window)
        self.act_export.setObjectName("actExportPack")
        self.act_manage = QAction(window)
        self.act_manage.setObjectName("actManagePacks")
        self.act_import.triggered.connect(lambda: self.import_pack())
        self.act_export.triggered.connect(lambda: self.export_pack())
        self.act_manage.triggered.connect(lambda: self.manage_packs())
        menu = window.file_menu
        before = window.act_quit
        for action in (self.act_import, self.act_export, self.act_manage):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self.dialog: ImportPackDialog | ManagePacksDialog | ExportPackDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("&Import Pack…"))
        self.act_export.setText(self.tr("Export My &Content as Pack…"))
        self.act_manage.setText(self.tr("Manage Pac&ks…"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    # -- import -------------------------------------------------------------------------
    def import_pack(self, path: Path | None = None) -> ImportPackDialog | None:
        """Check the pack (asking for the file when none is given) and show what it would do."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import Pack"), str(Path.home()), self.tr("Content packs (*.zip)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        from content.packs.api import inspect

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = inspect(path, user_content_dir())
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog = ImportPackDialog(report, user_content_dir(), self.window.lang, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.installed.connect(self._on_installed)
        self._show(dialog)
        return dialog

    def _on_installed(self, report: PackReport) -> None:
        title = report.manifest.title if report.manifest else report.source.name
        self.window.statusBar().showMessage(self.tr("Pack “%1” installed.").replace("%1", title), 10000)
        self.window.reload_content()

    # -- manage -------------------------------------------------------------------------
    def manage_packs(self) -> ManagePacksDialog:
        dialog = ManagePacksDialog(user_content_dir(), self.window.lang, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.removed.connect(self._on_removed)
        self._show(dialog)
        return dialog

    def _on_removed(self, pack_id: str) -> None:
        self.window.statusBar().showMessage(self.tr("Pack “%1” removed.").replace("%1", pack_id), 10000)
        self.window.reload_content()

    # -- export -------------------------------------------------------------------------
    def export_pack(self) -> ExportPackDialog | None:
        folder = user_content_dir()
        own = [*folder.glob("guidance/*/*.md"), *folder.glob("cases/*.md")]
        if not own:
            QMessageBox.information(
                self.window,
                self.tr("Export My Content as Pack"),
                self.tr("You have no cases or articles of your own yet. Write one with Trainer ▸ New Case…."),
            )
            return None
        dialog = ExportPackDialog(folder, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_exported)
        self._show(dialog)
        return dialog

    def _on_exported(self, report: PackReport) -> None:
        self.window.statusBar().showMessage(self.tr("Pack saved as %1.").replace("%1", str(report.source)), 15000)

    def _show(self, dialog: ImportPackDialog | ManagePacksDialog | ExportPackDialog) -> None:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()
