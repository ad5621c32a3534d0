"""Content packs in the real window: File ▸ Import Pack… (what the pack adds, its signer or
"unsigned", every problem of a refused pack), install → search → present → remove, and the export
of the user's own content."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from content.packs.api import inspect
from content.user_content import default_user_dir
from desktop.features.packs.dialogs import ImportPackDialog
from desktop.main_window import MainWindow
from tests.content.pack_helpers import CASE as HELPER_CASE
from tests.content.pack_helpers import CASE_NAME, make_key, pack_entries, trust, write_zip
from tests.desktop.conftest import type_text

# The helpers' sample case, linking to an article of the bundled knowledge base.
CASE = HELPER_CASE.replace("kb:serbian-law#means", "kb:criminal-code-art-388")
FILES = {CASE_NAME: CASE.encode()}


def search_ids(window: MainWindow, qtbot: QtBot, text: str) -> list[str]:
    window.search.field.clear()
    type_text(window.search.field, text)
    qtbot.waitUntil(
        lambda: window.search.last_results is not None and window.search.last_results.query == text, timeout=10_000
    )
    results = window.search.last_results
    assert results is not None
    return [hit.id for hit in results.hits]


def my_content_titles(window: MainWindow) -> list[str]:
    branch = window.nav.my_content_item()
    if branch is None:
        return []
    return [branch.child(i).text(0) for i in range(branch.childCount())]  # type: ignore[union-attr]


def test_pack_install_search_present_remove_through_the_ui(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = write_zip(tmp_path / "vineyard.zip", pack_entries(FILES, languages=["en"]))
    assert "vineyard" not in search_ids(window, qtbot, "zupavineyard")

    packs = window.features.packs
    with qtbot.waitSignal(packs.dialog_opened, timeout=30_000) as opened:
        assert packs.import_pack(pack) is not None  # checked in the background (the runner)
    dialog = opened.args[0]
    assert isinstance(dialog, ImportPackDialog)
    assert "Unsigned" in dialog.signer.text()
    assert dialog.items.topLevelItem(0).text(1) == "Grape pickers in Zupa"  # type: ignore[union-attr]
    assert "adds 1" in dialog.items_label.text()
    assert not dialog.install_button.isEnabled()  # an unsigned pack needs the reader's word
    assert dialog.trust.isVisible()
    dialog.trust.setChecked(True)
    assert dialog.install_button.isEnabled()
    with qtbot.waitSignal(window.ready, timeout=120_000):
        qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
    assert (default_user_dir() / "packs" / "vineyard-cases" / CASE_NAME).is_file()

    # Searchable, in "My content" marked unsigned, with the origin on the page, presentable.
    assert "vineyard" in search_ids(window, qtbot, "zupavineyard")
    assert my_content_titles(window) == ["Grape pickers in Zupa (unsigned)"]
    window.open_href("kb:vineyard")
    text = window.view.toPlainText()
    assert "from pack “Vineyard cases”, version 1.0, 2026-12-07, unsigned" in text
    controller = window.features.trainer.present("vineyard")
    audience = window.features.trainer.audience
    assert controller is not None and audience is not None
    qtbot.waitUntil(lambda: "Grape pickers in Zupa" in audience.view.text())
    window.features.trainer.stop_presentation()
    assert window.features.trainer.self_test("vineyard") is not None  # usable in the self-test

    manager = window.features.packs.manage_packs()
    assert manager.table.rowCount() == 1
    assert manager.table.item(0, 3).text() == "unsigned"  # type: ignore[union-attr]
    manager.select("vineyard-cases")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.ready, timeout=120_000):
        qtbot.mouseClick(manager.remove_button, Qt.MouseButton.LeftButton)
    assert manager.table.rowCount() == 0
    assert not (default_user_dir() / "packs" / "vineyard-cases").exists()
    assert window.kb is not None and "vineyard" not in window.kb.cases
    assert window.nav.my_content_item() is None
    assert "vineyard" not in search_ids(window, qtbot, "zupavineyard")


def test_pack_import_dialog_of_a_signed_pack_names_its_signer(qtbot: QtBot, tmp_path: Path) -> None:
    key = make_key(tmp_path)
    trust(default_user_dir(), key)
    pack = write_zip(tmp_path / "signed.zip", pack_entries(FILES, key=key, languages=["en"]))
    dialog = ImportPackDialog(inspect(pack, default_user_dir()), default_user_dir(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Signed by: Test office (key test-office" in dialog.signer.text()
    assert not dialog.trust.isVisible()  # nothing to confirm: a trusted key signed it
    assert dialog.install_button.isEnabled()
    assert not dialog.problems.isVisible()
    done = dialog.install()
    assert done is not None and done.signer is not None
    assert (default_user_dir() / "packs" / "vineyard-cases" / "signature").is_file()


def test_pack_import_dialog_of_a_refused_pack_lists_every_problem(qtbot: QtBot, tmp_path: Path) -> None:
    broken = CASE.replace("ex_low_or_no_salary", "no_such_indicator").encode()
    entries = pack_entries(FILES, languages=["en"])
    entries = [(name, broken if name == CASE_NAME else data) for name, data in entries]  # digest now wrong too
    pack = write_zip(tmp_path / "bad.zip", entries)
    dialog = ImportPackDialog(inspect(pack, default_user_dir()), default_user_dir(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(line.startswith("cases/vineyard.md: its SHA-256 does not match") for line in shown), shown
    assert any("cases/vineyard.md:5: unknown indicator id 'no_such_indicator'" in line for line in shown), shown
    assert "refused: 2 problems." in dialog.problems_label.text()
    assert not dialog.install_button.isEnabled()
    assert not dialog.trust.isVisible()
    assert not (default_user_dir() / "packs").exists()


def test_pack_export_of_my_content_gives_a_pack_others_can_import(window: MainWindow, tmp_path: Path) -> None:
    own = default_user_dir() / "cases" / "vineyard.md"
    own.parent.mkdir(parents=True)
    own.write_text(CASE, encoding="utf-8")
    dialog = window.features.packs.export_pack()
    assert dialog is not None
    dialog.title.setText("Vineyard cases")
    dialog.title.textEdited.emit("Vineyard cases")
    assert dialog.pack_id.text() == "vineyard-cases"
    dialog.author.setText("A trainer")
    out = tmp_path / "shared" / "vineyard-cases.zip"
    assert dialog.export_to(out) is not None
    # On the other computer the own case would clash with itself: check against an empty user folder.
    report = inspect(out, tmp_path / "other-computer")
    assert report.ok, report.problems
    assert [(i.id, i.action) for i in report.items] == [("vineyard", "add")]
    assert report.signer is None


def test_pack_export_refusal_is_shown_not_written(window: MainWindow, tmp_path: Path) -> None:
    own = default_user_dir() / "cases" / "vineyard.md"
    own.parent.mkdir(parents=True)
    own.write_text(CASE, encoding="utf-8")
    dialog = window.features.packs.export_pack()
    assert dialog is not None
    dialog.pack_id.setText("Not An Id")
    dialog.title.setText("x")
    dialog.author.setText("y")
    out = tmp_path / "x.zip"
    assert dialog.export_to(out) is None
    assert dialog.problems.isVisible() and dialog.problems.count() >= 1
    assert not out.exists()
