"""Counted texts in English read "1 result" / "30 results", never the source's "(s)": English, the
language of the sources, has a catalogue of plural forms (resources/translations/prepoznaj_en.ts)
that the app installs, kept in step with the code by `make translations` and checked here."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.i18n import Language
from desktop.main_window import MainWindow
from scripts import catalogues
from scripts.translations import english_plural_problems
from tests.desktop.test_search_ui import search

ENGLISH_TS = catalogues.TRANSLATIONS_DIR / "prepoznaj_en.ts"


def test_the_search_count_reads_as_english_in_the_singular_and_the_plural(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "bonded")
    found = window.search.last_results
    assert found is not None and found.total == 1, "pick a query with a single hit"
    assert window.search.status.text() == "1 result"
    search(window, qtbot, "passport taken")
    found = window.search.last_results
    assert found is not None and found.total > 1
    assert window.search.status.text() == f"{found.total} results"


def test_counted_texts_elsewhere_read_as_english_too(qapp: QApplication) -> None:
    def translate(context: str, source: str, n: int) -> str:
        return QCoreApplication.translate(context, source, "", n)

    assert translate("NotesPanel", "%n note(s)", 1) == "1 note"
    assert translate("NotesPanel", "%n note(s)", 2) == "2 notes"
    assert translate("Printing", "Sent %n page(s) to the printer.", 1) == "Sent 1 page to the printer."
    assert translate("MainWindow", "⚠ %n content problem(s)", 3) == "⚠ 3 content problems"
    removing = "Remove the pack “%1” and its %n document(s)?"
    assert translate("ManagePacksDialog", removing, 1) == "Remove the pack “%1” and its 1 document?"
    assert translate("ManagePacksDialog", removing, 4) == "Remove the pack “%1” and its 4 documents?"


def test_the_texts_made_countable_have_serbian_s_three_forms(qapp: QApplication) -> None:
    quiz = "Indicators: you found %1 of %2; %3 missed; %n false alarm(s)."
    i18n.install(Language.SERBIAN_LATIN)
    try:
        forms = [QCoreApplication.translate("SelfTestWindow", quiz, "", n).split("; ")[-1] for n in (1, 3, 5, 21)]
        assert forms == ["1 lažna uzbuna.", "3 lažne uzbune.", "5 lažnih uzbuna.", "21 lažna uzbuna."]
        updates = "What installing it does: adds %1, updates %n bundled document(s)."
        assert QCoreApplication.translate("ImportPackDialog", updates, "", 2).endswith(
            "ažurira 2 isporučena dokumenta."
        )
        i18n.install(Language.SERBIAN_CYRILLIC)
        assert QCoreApplication.translate("SelfTestWindow", quiz, "", 2).endswith("; 2 лажне узбуне.")
    finally:
        i18n.install(Language.ENGLISH)


def test_the_english_catalogue_holds_every_counted_text_with_both_forms() -> None:
    messages = catalogues.read_catalogue(ENGLISH_TS)
    assert catalogues.catalogue_language(ENGLISH_TS) == "en"
    assert messages and all(m.numerus for m in messages)
    assert catalogues.catalogue_problems(ENGLISH_TS) == []  # two forms each, none empty, placeholders kept
    with_brackets = [f"[{m.context}] {m.source}" for m in messages if any("(s)" in t for t in m.translations)]
    assert not with_brackets
    assert all(m.translations[0] != m.translations[1] for m in messages)  # a singular and a plural


def test_the_check_finds_a_counted_text_without_english_forms(tmp_path: Path) -> None:
    source = tmp_path / "new_panel.py"
    source.write_text('class NewPanel(QWidget):\n    def f(self, n):\n        self.tr("%n widget(s) found", "", n)\n')
    fresh = tmp_path / "fresh.ts"
    catalogues.run_lupdate(fresh, [*catalogues.source_files(), source])
    problems = english_plural_problems(catalogues.read_catalogue(fresh))
    assert len(problems) == 1 and "[NewPanel] '%n widget(s) found'" in problems[0], problems
    # And what the catalogue holds beyond the code's counted texts (a text removed from the code).
    shrunk = [m for m in catalogues.read_catalogue(fresh) if m.source != "%n result(s)"]
    assert any("'%n result(s)' is not a counted text" in p for p in english_plural_problems(shrunk))


def test_lupdate_refreshes_the_english_catalogue_with_plurals_only(tmp_path: Path) -> None:
    target = tmp_path / "prepoznaj_en.ts"
    target.write_text(ENGLISH_TS.read_text(encoding="utf-8"), encoding="utf-8")
    catalogues.run_lupdate(target, language=catalogues.ENGLISH)
    assert target.read_text(encoding="utf-8") == ENGLISH_TS.read_text(encoding="utf-8"), "run make translations"
    assert re.search(r'<TS version="[\d.]+" language="en"', target.read_text(encoding="utf-8"))
