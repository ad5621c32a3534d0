"""Paper and PDF for any HTML the app shows: an article, a case, an assessment record.

QTextDocument.print_() draws no per-page text, so the pages are painted here: the document is laid
out at the printer's resolution with the body area as its page size, and each page is drawn
clipped, with a running header (the title) and a footer (what the caller says, and "Page n of N").
Paper is white whatever the screen theme, so the light article CSS is used."""

from __future__ import annotations

import os
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


def paint(paged: PagedDocument, printer: QPrinter) -> int:
    """Lays out and paints every page on `printer`; returns the number of pages."""
    doc = build_document(paged)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(translate("Printing", "The printer could not be opened."))
    try:
        return _paint_pages(doc, paged, printer, painter)
    finally:
        painter.end()


def _paint_pages(doc: QTextDocument, paged: PagedDocument, printer: QPrinter, painter: QPainter) -> int:
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
    return total


def export_pdf(paged: PagedDocument, path: Path) -> int:
    """Writes a PDF file through a temporary file: a failure leaves no half-written file."""
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise PrintError(
            translate("Printing", "The PDF file could not be written: %1 is not a folder you can write to.").replace(
                "%1", str(path.parent)
            )
        )
    partial = path.with_name(path.name + ".part")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(partial))
    configure(printer, paged)
    try:
        pages = paint(paged, printer)
    except PrintError:
        partial.unlink(missing_ok=True)
        raise
    if not partial.exists():
        raise PrintError(translate("Printing", "The PDF file could not be written: %1").replace("%1", str(path)))
    partial.replace(path)
    return pages


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
