"""Print and PDF export of an assessment record.

The record's HTML comes from content/assessment/report.py. QTextDocument.print_() draws no
per-page text, so the pages are painted here: the document is laid out at the printer's resolution
with the body area as its page size, and each page is drawn clipped, with a header (record title and
case reference) and a footer (versions, print date, "Page n of N")."""

from __future__ import annotations

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
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.themes import Theme, article_css

BODY_POINT_SIZE = 10.0
MARGINS_MM = QMarginsF(18, 15, 18, 15)
# Paper is white whatever the screen theme; links print dark and without decoration.
PRINT_CSS = "a { color: #0b3d91; text-decoration: none; } p.outcome { font-size: large; }"


translate = QCoreApplication.translate


class RecordError(RuntimeError):
    """The printer or the PDF file could not be opened or written."""


@dataclass(frozen=True)
class RecordJob:
    title: str  # running header, e.g. "Assessment record — IR-2026/114"
    html: str
    footer: str  # versions and print date

    def page_label(self, number: int, total: int) -> str:
        return translate("AssessmentRecord", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))


def build_document(job: RecordJob) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(article_css(Theme.LIGHT) + "\n" + PRINT_CSS)
    font = QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, job.title)
    doc.setHtml(job.html)
    return doc


def configure(printer: QPrinter, job: RecordJob) -> None:
    printer.setDocName(job.title)
    printer.setCreator("Prepoznaj")
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )
    printer.setPageLayout(layout)


def paint(job: RecordJob, printer: QPrinter) -> int:
    """Paints every page on `printer`; returns the number of pages."""
    doc = build_document(job)
    painter = QPainter()
    if not painter.begin(printer):
        raise RecordError(translate("AssessmentRecord", "The printer could not be opened."))
    try:
        return _paint_pages(doc, job, printer, painter)
    finally:
        painter.end()


def _paint_pages(doc: QTextDocument, job: RecordJob, printer: QPrinter, painter: QPainter) -> int:
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    width, height = page.width(), page.height()
    small = QFont()
    small.setPointSizeF(8)
    metrics = QFontMetricsF(small, printer)
    band = metrics.height() * 2.2
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
            raise RecordError(translate("AssessmentRecord", "The printer could not start a new page."))
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
        label = job.page_label(number, total)
        painter.drawText(header, left, metrics.elidedText(job.title, Qt.TextElideMode.ElideRight, width))
        room = width - metrics.horizontalAdvance(label) - metrics.height() * 2
        painter.drawText(footer, left, metrics.elidedText(job.footer, Qt.TextElideMode.ElideRight, room))
        painter.drawText(footer, right, label)
        painter.setPen(rule)
        painter.drawLine(header.bottomLeft(), header.bottomRight())
        painter.drawLine(footer.topLeft(), footer.topRight())
        painter.restore()
    return total


def export_pdf(job: RecordJob, path: Path) -> int:
    """Writes the record as PDF through a temporary file: a failure leaves no half-written file."""
    partial = path.with_name(path.name + ".part")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(partial))
    configure(printer, job)
    try:
        pages = paint(job, printer)
    except RecordError:
        partial.unlink(missing_ok=True)
        raise
    if not partial.exists():
        message = translate("AssessmentRecord", "The PDF file could not be written: %1")
        raise RecordError(message.replace("%1", str(path)))
    partial.replace(path)
    return pages


def print_with_dialog(job: RecordJob, parent: QWidget | None) -> int:
    """The system print dialog, then print; returns the number of pages (0 when cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, job)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("AssessmentRecord", "Print “%1”").replace("%1", job.title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return paint(job, printer)
