"""Print and PDF export from the real window; the PDF text is read back with pypdf. The PDF is
written by a task of the window's runner, so each export is waited for (its file, its message)."""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

import desktop.ui.paged_print as paged_print
from desktop.main_window import HOME_HREF, MainWindow
from desktop.tasks import Cancelled, CancelToken
from tests.pdf_text import pdf_pages

ART = "kb:criminal-code-art-388"


def pdf_page_texts(path: Path) -> list[str]:
    """The text of each page, whitespace and ligatures normalised (Qt's PDFs space words with tabs)."""
    return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in pdf_pages(path)]


def squashed(text: str) -> str:
    """Without any spaces: pypdf sometimes splits bold headings ("S ources")."""
    return "".join(text.split())


def export(window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path, qtbot: QtBot | None = None) -> None:
    """File ▸ Export as PDF with the save dialog answered; with `qtbot`, waits until it is saved."""
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "PDF documents (*.pdf)"),
    )
    window.features.printing.act_pdf.trigger()
    if qtbot is not None:
        saved = target if target.suffix == ".pdf" else target.with_name(target.name + ".pdf")
        qtbot.waitUntil(lambda: str(saved) in window.statusBar().currentMessage(), timeout=60_000)


def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    warnings: list[str] = []
    monkeypatch.setattr(
        "desktop.features.printing.feature.QMessageBox.warning", lambda _p, _t, text: warnings.append(text)
    )
    return warnings


def test_pdf_export_has_page_numbers_sources_and_reviewed_date_on_paper(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_href(ART)
    target = tmp_path / "art388.pdf"
    export(window, monkeypatch, target, qtbot)
    assert target.read_bytes().startswith(b"%PDF-")
    pages = pdf_page_texts(target)
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
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_content_language("sr")
    window.open_href(ART)
    target = tmp_path / "clan388"  # no extension given: .pdf is added
    export(window, monkeypatch, target, qtbot)
    text = " ".join(pdf_page_texts(tmp_path / "clan388.pdf"))
    assert "Krivičnog zakonika" in text and "Pregledano" in squashed(text)
    assert "Page 1 of" in text


def test_pdf_export_to_an_unwritable_place_says_so_and_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_href(ART)
    warnings = warnings_shown(monkeypatch)
    export(window, monkeypatch, tmp_path / "missing-folder" / "x.pdf")
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert "could not" in warnings[0] and "x.pdf" in warnings[0] and "missing-folder" in warnings[0]
    assert not (tmp_path / "missing-folder").exists()


def test_pdf_export_that_cannot_take_the_place_of_the_target_names_it_and_leaves_nothing_behind(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages are painted, but the target is a folder: the temporary file is removed."""
    window.open_href(ART)
    warnings = warnings_shown(monkeypatch)
    target = tmp_path / "out" / "taken.pdf"
    target.mkdir(parents=True)
    export(window, monkeypatch, target)
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert "could not be written" in warnings[0] and str(target) in warnings[0]
    assert target.is_dir() and [p.name for p in target.parent.iterdir()] == ["taken.pdf"]
    assert "Page " not in window.statusBar().currentMessage()  # the progress line is taken off


def test_pdf_export_is_painted_off_the_gui_thread_and_counts_its_pages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_href(ART)
    painted_on_gui_thread: list[bool] = []
    real_paint = paged_print.paint

    def paint(paged: paged_print.PagedDocument, printer: QPrinter, token: CancelToken | None = None) -> int:
        painted_on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real_paint(paged, printer, token)

    monkeypatch.setattr(paged_print, "paint", paint)
    messages: list[str] = []
    window.context.status_message.connect(lambda text, _ms: messages.append(text))
    target = tmp_path / "art388.pdf"
    export(window, monkeypatch, target, qtbot)
    assert painted_on_gui_thread == [False]
    pages = len(PdfReader(str(target)).pages)
    progress = [m for m in messages if m.startswith("art388.pdf — ")]
    assert progress == [f"art388.pdf — Page {n} of {pages}" for n in range(1, pages + 1)]
    assert not list(tmp_path.glob("*.part"))


def test_a_cancelled_export_keeps_the_file_that_was_there(tmp_path: Path, qtbot: QtBot) -> None:
    """What closing the window does to an export under way: it stops, and nothing is lost."""
    target = tmp_path / "out" / "kept.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF- the earlier export")
    token = CancelToken()
    token.cancel()
    paged = paged_print.PagedDocument(title="T", html="<h1>T</h1><p>text</p>", footer="f")
    with pytest.raises(Cancelled):
        paged_print.export_pdf(paged, target, token)
    assert target.read_bytes() == b"%PDF- the earlier export"
    assert [p.name for p in target.parent.iterdir()] == ["kept.pdf"]


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
    pages = pdf_page_texts(target)
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
