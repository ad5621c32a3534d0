"""Print and PDF export from the real window; the PDF text is read back with pypdf."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from desktop.main_window import HOME_HREF, MainWindow

ART = "kb:criminal-code-art-388"


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, whitespace and ligatures normalised (Qt's PDFs space words with tabs)."""
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in PdfReader(str(path)).pages
    ]


def squashed(text: str) -> str:
    """Without any spaces: pypdf sometimes splits bold headings ("S ources")."""
    return "".join(text.split())


def export(window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        "desktop.features.printing.feature.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "PDF documents (*.pdf)"),
    )
    window.features.printing.act_pdf.trigger()


def test_pdf_export_has_page_numbers_sources_and_reviewed_date_on_paper(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_href(ART)
    target = tmp_path / "art388.pdf"
    export(window, monkeypatch, target)
    pages = pdf_pages(target)
    total = len(pages)
    assert total >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text  # on every page
        assert "reviewed 2026-" in text  # the footer carries the reviewed date
    first = pages[0]
    assert first.startswith("Trafficking")
    assert "kb:criminal-code-art-388" in first and "content version" in first
    everything = squashed(" ".join(pages))
    assert "Sources" in everything and "CriminalCodeoftheRepublicofSerbia" in everything
    assert "Reviewed:2026-" in everything
    assert "Citedby(" in everything
    assert str(target) in window.statusBar().currentMessage()
    assert PdfReader(str(target)).metadata.title == window.windowTitle().split(" — ")[0]  # type: ignore[union-attr]


def test_pdf_export_of_a_serbian_article_keeps_the_letters(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_content_language("sr")
    window.open_href(ART)
    target = tmp_path / "clan388"  # no extension given: .pdf is added
    export(window, monkeypatch, target)
    text = " ".join(pdf_pages(tmp_path / "clan388.pdf"))
    assert "Krivičnog zakonika" in text and "Pregledano" in squashed(text)
    assert "Page 1 of" in text


def test_pdf_export_to_an_unwritable_place_says_so_and_leaves_no_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_href(ART)
    warnings: list[str] = []
    monkeypatch.setattr(
        "desktop.features.printing.feature.QMessageBox.warning", lambda _p, _t, text: warnings.append(text)
    )
    export(window, monkeypatch, tmp_path / "missing-folder" / "x.pdf")
    assert warnings and "could not" in warnings[0]
    assert not (tmp_path / "missing-folder").exists()


def test_print_goes_through_the_print_dialog_to_the_chosen_printer(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_href("kb:greenhouse-pickers")
    target = tmp_path / "printed.pdf"
    titles: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        titles.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer" the user picked
        printer.setOutputFileName(str(target))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.features.printing.act_print.shortcut().toString() == "Ctrl+P"
    window.features.printing.act_print.trigger()
    assert titles and "Print" in titles[0]
    pages = pdf_pages(target)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Sent" in window.statusBar().currentMessage()


def test_print_cancelled_prints_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_href(ART)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    window.statusBar().clearMessage()
    window.features.printing.act_print.trigger()
    assert window.statusBar().currentMessage() == ""


def test_print_and_pdf_are_offered_for_pages_but_not_for_the_home_page(window: MainWindow) -> None:
    printing = window.features.printing
    window.open_href(HOME_HREF)
    assert not printing.act_print.isEnabled() and not printing.act_pdf.isEnabled()
    window.open_href(ART)
    assert printing.act_print.isEnabled() and printing.act_pdf.isEnabled() and printing.act_preview.isEnabled()


def test_print_preview_shows_every_page(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_href(ART)
    counted: list[int] = []

    def show(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()  # what opening the dialog does: paint every page
        counted.append(preview.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    window.features.printing.act_preview.trigger()
    assert counted and counted[0] >= 2
