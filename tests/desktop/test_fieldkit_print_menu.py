"""Field Kit menu: the rights leaflet (A4, folded A5) in a worker's language with Serbian beside it,
the question sheet for an interview with an interpreter and the sector checklists, printed or saved as
PDF from the app, and read back with pypdf."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import desktop.fieldkit_export
from desktop.main_window import MainWindow
from tests.pdf_text import pdf_pages


def pdf_text(path: Path) -> tuple[int, str, float, float]:
    reader = PdfReader(str(path))
    box = reader.pages[0].mediabox
    text = " ".join(" ".join(page.split()) for page in pdf_pages(path))
    return len(reader.pages), text, float(box.width), float(box.height)


@pytest.mark.parametrize(
    ("action", "lang", "expect"),
    [
        ("act_leaflet", "ne", ("Vaša prava na radu u Srbiji", "Nacrt prevoda")),
        ("act_leaflet_a5", "bn", ("Vaša prava na radu u Srbiji",)),
        ("act_questions", "ta", ("Pitanja za radnika", "Da li ste mlađi od 18 godina?")),
        ("act_checklist", "sr", ("Kontrolna lista za inspekcijski nadzor",)),
    ],
)
def test_fieldkit_menu_entries_save_pdfs(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    lang: str,
    expect: tuple[str, ...],
) -> None:
    getattr(window.features.field_kit, action).trigger()
    dialog = window.features.field_kit.print_dialog
    assert dialog is not None and dialog.isVisible()
    kinds = {"act_leaflet": "leaflet", "act_leaflet_a5": "leaflet", "act_questions": "questions"}
    what = kinds.get(action, "checklist")
    assert dialog.what == what
    dialog.choose(dialog.what, dialog.layout_name, lang=lang, sector="construction" if what == "checklist" else "")
    assert dialog.lang == lang
    out = tmp_path / dialog.default_name()
    painted_on: list[bool] = []  # the PDF is written off the GUI thread (through the app's runner)
    export = desktop.fieldkit_export.export_pdf

    def recording(*args: object) -> int:
        painted_on.append(threading.current_thread() is threading.main_thread())
        return export(*args)  # type: ignore[arg-type]

    monkeypatch.setattr("desktop.features.field_kit.print_dialog.export_pdf", recording)
    with qtbot.waitSignal(dialog.pdf_saved, timeout=60_000) as saved:
        assert dialog.save_pdf(out) is not None
    path, pages = saved.args
    assert path == out and pages >= 1 and out.exists()
    assert painted_on == [False]
    assert str(out) in dialog.status_note.text()
    count, text, width, height = pdf_text(out)
    assert count == pages
    for words in expect:
        assert words in text, (words, text[:300])
    if action == "act_leaflet_a5":
        assert width > height, "the folded-A5 leaflet is an A4 sheet in landscape"
    else:
        assert height > width


def test_fieldkit_checklist_in_english_and_printing_through_a_printer(window: MainWindow, tmp_path: Path) -> None:
    dialog = window.features.field_kit.open_print("checklist")
    assert dialog is not None
    dialog.choose("checklist", lang="en", sector="agriculture")
    assert dialog.sector.isVisible() and not dialog.language.isVisible()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer) >= 1
    _count, text, _w, _h = pdf_text(tmp_path / "printed.pdf")
    assert "Checklist for an inspection" in text
    dialog.choose("leaflet", lang="vi")
    assert dialog.language.isVisible() and "draft translation" in dialog.status_note.text()


def test_fieldkit_pdf_that_cannot_be_written_is_told_naming_the_folder(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    dialog = window.features.field_kit.open_print("leaflet")
    assert dialog is not None
    out = tmp_path / "no-such-folder" / "leaflet.pdf"
    with qtbot.waitSignal(dialog.pdf_failed, timeout=60_000) as failed:
        dialog.save_pdf(out)
    assert str(out.parent) in failed.args[0]
    assert told == [failed.args[0]]
    assert not out.parent.exists()
