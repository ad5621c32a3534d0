"""Print and PDF export of a page: light article CSS (paper is white), a running header with the
title, and a footer with the content version, the reviewed date and "page n of N" on every page.

QTextDocument.print_() cannot draw per-page text, so the pages are painted here: the document is
laid out at the printer's resolution with a page size of the body area, and each page is drawn
clipped, with its header and footer around it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
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

BODY_POINT_SIZE = 10.5
MARGINS_MM = QMarginsF(18, 16, 18, 16)
PRINT_CSS = "a { color: #0b3d91; } a.term { color: #1d2433; text-decoration: none; }"


translate = QCoreApplication.translate


class PrintError(RuntimeError):
    """The printer or the PDF file could not be opened."""


@dataclass(frozen=True)
class PrintJob:
    title: str
    html: str  # the page as shown (title, body, sources, reviewed date, cited by)
    address: str  # kb: href
    content_version: str
    reviewed: str = ""  # ISO date, "" for pages without one
    printed_on: str = ""  # ISO date

    def footer_left(self) -> str:
        bits = [
            translate("Printing", "Prepoznaj"),
            translate("Printing", "content %1").replace("%1", self.content_version),
        ]
        if self.reviewed:
            bits.append(translate("Printing", "reviewed %1").replace("%1", self.reviewed))
        if self.printed_on:
            bits.append(translate("Printing", "printed %1").replace("%1", self.printed_on))
        return " · ".join(bits)


def page_label(number: int, total: int) -> str:
    return translate("Printing", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))


def build_document(job: PrintJob) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(article_css(Theme.LIGHT) + "\n" + PRINT_CSS)
    font = QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, job.title)
    meta = [job.address, translate("Printing", "content version %1").replace("%1", job.content_version)]
    if job.reviewed:
        meta.append(translate("Printing", "reviewed %1").replace("%1", job.reviewed))
    if job.printed_on:
        meta.append(translate("Printing", "printed %1").replace("%1", job.printed_on))
    line = f'<p class="meta">{escape(" · ".join(meta))}</p>'
    html = job.html
    end_of_title = html.find("</h1>")
    html = html[: end_of_title + 5] + line + html[end_of_title + 5 :] if end_of_title >= 0 else line + html
    doc.setHtml(html)
    return doc


def configure(printer: QPrinter, job: PrintJob) -> None:
    printer.setDocName(job.title)
    printer.setCreator("Prepoznaj")
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                    QPageLayout.Unit.Millimeter)
    )  # fmt: skip


def paint(job: PrintJob, printer: QPrinter) -> int:
    """Lays out and paints every page on `printer`; returns the number of pages."""
    doc = build_document(job)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(translate("Printing", "The printer could not be opened."))
    try:
        return _paint_pages(doc, job, printer, painter)
    finally:
        painter.end()


def _paint_pages(doc: QTextDocument, job: PrintJob, printer: QPrinter, painter: QPainter) -> int:
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
        elided = metrics.elidedText(job.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        left_width = width - metrics.horizontalAdvance(label) - metrics.height() * 2
        footer_text = metrics.elidedText(job.footer_left(), Qt.TextElideMode.ElideRight, left_width)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer_text)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
        painter.setPen(rule)
        painter.drawLine(header.bottomLeft(), header.bottomRight())
        painter.drawLine(footer.topLeft(), footer.topRight())
        painter.restore()
    return total


def export_pdf(job: PrintJob, path: Path) -> int:
    """Writes the page as a PDF file (through a temporary file: a failure leaves no half file)."""
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
    configure(printer, job)
    try:
        pages = paint(job, printer)
    except PrintError:
        partial.unlink(missing_ok=True)
        raise
    if not partial.exists():
        raise PrintError(translate("Printing", "The PDF file could not be written: %1").replace("%1", str(path)))
    partial.replace(path)
    return pages


def print_with_dialog(job: PrintJob, parent: QWidget | None) -> int:
    """The system print dialog, then print; returns the pages printed (0 when cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, job)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print “%1”").replace("%1", job.title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return paint(job, printer)


def preview(job: PrintJob, parent: QWidget | None) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, job)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print preview — %1").replace("%1", job.title))
    dialog.paintRequested.connect(lambda target: paint(job, target))
    dialog.exec()
