"""Print and PDF export of a page: light article CSS (paper is white), a running header with the
title, and a footer with the content version, the reviewed date and "page n of N" on every page
(the painting itself is desktop/paged_print.py)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui import paged_print
from desktop.ui.paged_print import PagedDocument, PrintError, page_label

__all__ = ["PrintError", "PrintJob", "export_pdf", "page_label", "preview", "print_with_dialog"]

PRINT_CSS = "a { color: #0b3d91; } a.term { color: #1d2433; text-decoration: none; }"

translate = QCoreApplication.translate


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

    def paged(self) -> PagedDocument:
        """The page with a line under its title: address, content version, reviewed, printed."""
        meta = [self.address, translate("Printing", "content version %1").replace("%1", self.content_version)]
        if self.reviewed:
            meta.append(translate("Printing", "reviewed %1").replace("%1", self.reviewed))
        if self.printed_on:
            meta.append(translate("Printing", "printed %1").replace("%1", self.printed_on))
        line = f'<p class="meta">{escape(" · ".join(meta))}</p>'
        end_of_title = self.html.find("</h1>")
        if end_of_title >= 0:
            html = self.html[: end_of_title + 5] + line + self.html[end_of_title + 5 :]
        else:
            html = line + self.html
        return PagedDocument(title=self.title, html=html, footer=self.footer_left(), extra_css=PRINT_CSS)


def export_pdf(job: PrintJob, path: Path) -> int:
    """Writes the PDF now, on this thread (the window exports through its task runner instead)."""
    return paged_print.export_pdf(job.paged(), path)


def print_with_dialog(job: PrintJob, parent: QWidget | None) -> int:
    return paged_print.print_with_dialog(job.paged(), parent)


def preview(job: PrintJob, parent: QWidget | None) -> None:
    paged_print.preview(job.paged(), parent)
