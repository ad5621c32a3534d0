"""Print and PDF export of an assessment record.

The record's HTML comes from content/assessment/report.py; desktop/paged_print.py lays it out on A4
with a header (record title and case reference) and a footer (versions, print date, "Page n of N")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.tasks import TaskHandle, TaskRunner
from desktop.ui import paged_print
from desktop.ui.paged_print import PagedDocument, page_label

# Paper is white whatever the screen theme; links print dark and without decoration.
PRINT_CSS = "a { color: #0b3d91; text-decoration: none; } p.outcome { font-size: large; }"

RecordError = paged_print.PrintError  # the printer or the PDF file could not be opened or written


@dataclass(frozen=True)
class RecordJob:
    title: str  # running header, e.g. "Assessment record — IR-2026/114"
    html: str
    footer: str  # versions and print date

    def page_label(self, number: int, total: int) -> str:
        return page_label(number, total)

    def paged(self) -> PagedDocument:
        return PagedDocument(
            title=self.title,
            html=self.html,
            footer=self.footer,
            point_size=10.0,
            margins_mm=(18, 15, 18, 15),
            extra_css=PRINT_CSS,
        )


def export_pdf(job: RecordJob, path: Path) -> int:
    """Writes the record as PDF through a temporary file: a failure leaves no half-written file."""
    return paged_print.export_pdf(job.paged(), path)


def export_pdf_task(
    runner: TaskRunner,
    job: RecordJob,
    path: Path,
    *,
    saved: Callable[[int], None],
    failed: Callable[[str], None],
    progress: Callable[[int, int], None] | None = None,
) -> TaskHandle:
    """`export_pdf` as a task of the runner (desktop/ui/paged_print.py `export_pdf_task`)."""
    return paged_print.export_pdf_task(runner, job.paged(), path, saved=saved, failed=failed, progress=progress)


def print_with_dialog(job: RecordJob, parent: QWidget | None) -> int:
    """The system print dialog, then print; returns the number of pages (0 when cancelled)."""
    return paged_print.print_with_dialog(job.paged(), parent)
