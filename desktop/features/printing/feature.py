"""Printing: print, print preview and PDF export of the page shown, with its glossary notes and
"Cited by" as on screen, and a footer naming the page, the content edition and the print date.

The PDF is written by a task of the context's runner (laid out, painted and put in place off the
GUI thread, see desktop/ui/paged_print.py): the window stays responsive, the status bar counts the
pages, and closing the window cancels the export without leaving a partial file. Printing and the
preview are dialogs and stay on the GUI thread.

QtPrintSupport (desktop/features/printing/output.py) is imported when first used: the window is
shown without it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop import i18n
from desktop.feature import Contribution, Feature

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.feature import Shell
    from desktop.features.printing.output import PrintJob
    from desktop.tasks import TaskHandle


class Printing(Feature):
    name = "printing"

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        self.window = shell.main_window
        self.act_print = QAction(self.window)
        self.act_print.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.act_preview = QAction(self.window)
        self.act_preview.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.act_pdf = QAction(self.window)
        self.act_pdf.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.act_print.triggered.connect(self.print_page)
        self.act_preview.triggered.connect(self.preview_page)
        self.act_pdf.triggered.connect(self.export_pdf_dialog)
        self.retranslate()
        self._on_page_shown("", "")
        context.page_shown.connect(self._on_page_shown)

    def contribution(self) -> Contribution:
        return Contribution(
            sections={
                "file.print": [self.act_print, self.act_preview, self.act_pdf],
                "toolbar.print": [self.act_print],
            }
        )

    def retranslate(self) -> None:
        self.act_print.setText(self.tr("&Print…"))
        self.act_preview.setText(self.tr("Print Pre&view…"))
        self.act_pdf.setText(self.tr("Export as P&DF…"))

    def _on_page_shown(self, href: str, title: str) -> None:
        is_page = href.startswith("kb:") and bool(title)
        for action in (self.act_print, self.act_preview, self.act_pdf):
            action.setEnabled(is_page)

    def print_job(self) -> PrintJob | None:
        from desktop.features.printing.output import PrintJob

        ctx = self.context
        href = ctx.current_href
        if ctx.pages is None or ctx.kb is None or not href.startswith("kb:"):
            return None
        page = ctx.pages.page(href, ctx.lang)
        if page is None:
            return None
        target = href[3:].partition("#")[0]
        doc = ctx.kb.document(target, ctx.lang)
        reviewed = doc.reviewed.isoformat() if doc is not None and doc.reviewed is not None else ""
        return PrintJob(
            title=i18n.script_text(page.title, page.lang),
            html=i18n.script_html(ctx.decorate(page), ctx.lang),
            address=href.partition("#")[0],
            content_version=ctx.kb.version,
            reviewed=reviewed,
            printed_on=date.today().isoformat(),
        )

    def print_page(self) -> None:
        from desktop.features.printing.output import PrintError, print_with_dialog

        job = self.print_job()
        if job is None:
            return
        try:
            pages = print_with_dialog(job, self.window)
        except PrintError as exc:
            QMessageBox.warning(self.window, self.tr("Print"), str(exc))
            return
        if pages:
            self.context.notify(self.tr("Sent %n page(s) to the printer.", "", pages), 8000)

    def preview_page(self) -> None:
        from desktop.features.printing.output import preview

        job = self.print_job()
        if job is not None:
            preview(job, self.window)

    def export_pdf_dialog(self) -> TaskHandle | None:
        """File ▸ Export as PDF: asks where, then writes the PDF in the background."""
        job = self.print_job()
        if job is None:
            return None
        # Imported on first use: Qt sets up each class's enums when Python first touches it.
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = Path(folder or Path.home()) / f"{job.address[3:] or 'prepoznaj'}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export as PDF"), str(default), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        return self.export_pdf(job, target)

    def export_pdf(self, job: PrintJob, target: Path) -> TaskHandle:
        from desktop.ui.paged_print import export_pdf_task, page_label

        shown: list[str] = []  # the progress line on the status bar, taken off on failure

        def progress(done: int, total: int) -> None:
            shown[:] = [f"{target.name} — {page_label(done, total)}"]
            self.context.notify(shown[0])

        def saved(pages: int) -> None:
            self.context.notify(self.tr("Saved %n page(s) to %1", "", pages).replace("%1", str(target)), 10000)

        def failed(message: str) -> None:
            for text in shown:
                self.context.clear_notice(text)
            QMessageBox.warning(self.window, self.tr("Export as PDF"), message)

        return export_pdf_task(self.context.runner, job.paged(), target, saved=saved, failed=failed, progress=progress)
