"""Paper and PDF for any HTML the app shows: an article, a case, an assessment record.

QTextDocument.print_() draws no per-page text, so the pages are painted here: the document is laid
out at the printer's resolution with the body area as its page size, and each page is drawn
clipped, with a running header (the title) and a footer (what the caller says, and "Page n of N").
Paper is white whatever the screen theme, so the light article CSS is used.

`export_pdf` may run on a worker thread (the features run it through the task runner): Qt allows
a QPainter on a QPrinter, and a QTextDocument created and laid out in that thread, off the GUI
thread ("Thread-Support in Qt Modules": painting in threads; rich text is reentrant). It builds
its own QTextDocument from plain data (`PagedDocument`) and shares no Qt object with the GUI.
Printing through the system dialog and the preview stay on the GUI thread: they are dialogs."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from desktop.tasks import CancelToken, TaskHandle, TaskRunner
from desktop.themes import Theme, article_css

translate = QCoreApplication.translate


class PrintError(RuntimeError):
    """The printer or the PDF file could not be opened or written."""


@dataclass(frozen=True)
class PagedDocument:
    title: str  # document name and running header
    html: str
    footer: str  # left of the page number on every page
    point_size: float = 10.5
    margins_mm: tuple[float, float, float, float] = (18, 16, 18, 16)  # left, top, right, bottom
    extra_css: str = ""  # after the light article CSS


def page_label(number: int, total: int) -> str:
    return translate("Printing", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))


def build_document(paged: PagedDocument) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(article_css(Theme.LIGHT) + "\n" + paged.extra_css)
    font = QFont()
    font.setPointSizeF(paged.point_size)
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, paged.title)
    doc.setHtml(paged.html)
    return doc


def configure(printer: QPrinter, paged: PagedDocument) -> None:
    printer.setDocName(paged.title)
    printer.setCreator("Prepoznaj")
    margins = QMarginsF(*paged.margins_mm)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    printer.setPageLayout(QPageLayout(a4, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter))


def paint(paged: PagedDocument, printer: QPrinter, token: CancelToken | None = None) -> int:
    """Lays out and paints every page on `printer`; returns the number of pages. With a `token`
    (a task): stops between pages when cancelled (`Cancelled`) and reports each page painted."""
    doc = build_document(paged)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(translate("Printing", "The printer could not be opened."))
    try:
        return _paint_pages(doc, paged, printer, painter, token)
    finally:
        painter.end()


def _paint_pages(
    doc: QTextDocument, paged: PagedDocument, printer: QPrinter, painter: QPainter, token: CancelToken | None
) -> int:
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    width, height = page.width(), page.height()
    small = QFont()
    small.setPointSizeF(8)
    metrics = QFontMetricsF(small, printer)
    band = metrics.height() * 2.2  # header and footer each take two lines of small type
    body = QRectF(0, band, width, height - 2 * band)
    doc.documentLayout().setPaintDevice(printer)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    total = max(1, doc.pageCount())
    rule = QPen(QColor("#9aa3ae"))
    rule.setWidthF(max(1.0, printer.resolution() / 150))
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for number in range(1, total + 1):
        if token is not None:
            token.check()
        if number > 1 and not printer.newPage():
            raise PrintError(translate("Printing", "The printer could not start a new page."))
        top = (number - 1) * body.height()
        painter.save()
        painter.translate(body.left(), body.top() - top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, top, body.width(), body.height())
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setFont(small)
        painter.setPen(QColor("#4d5866"))
        header = QRectF(0, 0, width, metrics.height() * 1.4)
        footer = QRectF(0, height - metrics.height() * 1.4, width, metrics.height() * 1.4)
        label = page_label(number, total)
        painter.drawText(header, left, metrics.elidedText(paged.title, Qt.TextElideMode.ElideRight, width))
        room = width - metrics.horizontalAdvance(label) - metrics.height() * 2
        painter.drawText(footer, left, metrics.elidedText(paged.footer, Qt.TextElideMode.ElideRight, room))
        painter.drawText(footer, right, label)
        painter.setPen(rule)
        painter.drawLine(header.bottomLeft(), header.bottomRight())
        painter.drawLine(footer.topLeft(), footer.topRight())
        painter.restore()
        if token is not None:
            token.report(number, total)
    return total


def pdf_error(path: Path) -> str:
    """The message for a PDF that could not be written: it names the file."""
    return translate("Printing", "The PDF file could not be written: %1").replace("%1", str(path))


def export_pdf(paged: PagedDocument, path: Path, token: CancelToken | None = None) -> int:
    """Writes `path` as PDF; returns the number of pages. The pages go to a temporary file beside
    it, which then replaces `path` in one step: a failure or a cancel (`token`) leaves no partial
    file and whatever `path` held before. Runs on any thread (see the module)."""
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise PrintError(
            translate("Printing", "The PDF file %1 could not be written: %2 is not a folder you can write to.")
            .replace("%1", path.name)
            .replace("%2", str(path.parent))
        )
    partial = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.part")  # two exports never share one
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(partial))
        configure(printer, paged)
        try:
            pages = paint(paged, printer, token)
        except PrintError as exc:
            raise PrintError(pdf_error(path)) from exc
        del printer  # the file is complete once the painter has ended
        if not partial.is_file() or partial.stat().st_size == 0:
            raise PrintError(pdf_error(path))
        try:
            partial.replace(path)
        except OSError as exc:
            raise PrintError(f"{pdf_error(path)} ({exc.strerror or exc})") from exc
    finally:
        partial.unlink(missing_ok=True)
    return pages


def export_pdf_task(
    runner: TaskRunner,
    paged: PagedDocument,
    path: Path,
    *,
    saved: Callable[[int], None],
    failed: Callable[[str], None],
    progress: Callable[[int, int], None] | None = None,
) -> TaskHandle:
    """`export_pdf` as a task of the runner: on the GUI thread, `saved(pages)` once the file is in
    place, or `failed(message)` with a message that names the file; `progress(page, pages)`."""

    def on_failure(exc: BaseException) -> None:
        failed(str(exc) if isinstance(exc, PrintError) else f"{pdf_error(path)} ({exc})")

    return runner.run(
        f"pdf {path.name}",
        lambda token: export_pdf(paged, path, token),
        success=saved,
        failure=on_failure,
        progress=progress,
    )


def print_with_dialog(paged: PagedDocument, parent: QWidget | None) -> int:
    """The system print dialog, then print; returns the pages printed (0 when cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, paged)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print “%1”").replace("%1", paged.title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return paint(paged, printer)


def preview(paged: PagedDocument, parent: QWidget | None) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, paged)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print preview — %1").replace("%1", paged.title))
    dialog.paintRequested.connect(lambda target: paint(paged, target))
    dialog.exec()
