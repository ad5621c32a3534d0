"""The case editor (Trainer ▸ New Case…): from the template to a presented case, validation as you
type with a click going to the line, indicators picked from a list with the engine's outcome,
undo as in any Qt editor, and autosave that survives a killed process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from content.model import LoadResult
from content.user_content import default_user_dir
from desktop.features.case_editor.editor import CHECK_DELAY_MS, CaseEditor, autosave_path
from desktop.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Closing an editor with unsaved text asks whether to save: answered "Discard" here (a modal
    box would wait for a click forever), and each question is recorded."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: asked.append(str(_a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: asked.append(str(_a[2])))
    return asked


def problems(editor: CaseEditor) -> list[str]:
    return [editor.problems.item(i).text() for i in range(editor.problems.count())]


def tick(editor: CaseEditor, item_id: str) -> None:
    item = editor.indicator_item(item_id)
    assert item is not None, item_id
    item.setCheckState(Qt.CheckState.Checked)


def replace_line(editor: CaseEditor, old: str, new: str) -> None:
    """Select a line as a user would and type over it (ASCII keys through QTest)."""
    doc = editor.editor.document()
    block = doc.find(old)
    assert not block.isNull(), old
    cursor = editor.editor.textCursor()
    cursor.setPosition(block.selectionStart())
    cursor.setPosition(block.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    editor.editor.setTextCursor(cursor)
    QTest.keyClicks(editor.editor, new)


def test_case_editor_from_template_to_presented_case(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.features.case_editor.new_case()
    assert editor is not None
    qtbot.addWidget(editor)
    text = editor.text()
    for step in ("## Situation", "## What the inspection found", "## Questions for discussion", "## Analysis"):
        assert step in text
    assert "## What was done" in text
    # The template has no indicators yet: the problem says so, with its line; a click goes there.
    shown = problems(editor)
    assert shown == ["line 5: missing required field 'indicators'"], shown
    editor.problems.itemClicked.emit(editor.problems.item(0))
    assert editor.editor.textCursor().blockNumber() == 4
    assert "tick the indicators" in editor.outcome.text()

    # Indicators are picked from a searchable list, never typed.
    QTest.keyClicks(editor.filter, "salary")
    visible = [editor.indicators.item(i) for i in range(editor.indicators.count())]
    visible = [item for item in visible if not item.isHidden()]
    assert visible and all("salary" in item.text().lower() for item in visible)
    tick(editor, "ex_low_or_no_salary")
    tick(editor, "llv_no_written_contract")
    text = editor.text()
    assert "indicators: [ex_low_or_no_salary, llv_no_written_contract]" in text
    assert "expected_outcome: labour-law-violation" in text  # the engine's outcome, written for the trainer
    assert "Labour-law violation" in editor.outcome.text()
    assert problems(editor) == []

    # Undo as in any Qt editor: one step takes the last indicator back out.
    editor.editor.setFocus()
    QTest.keySequence(editor.editor, QKeySequence(QKeySequence.StandardKey.Undo))
    qtbot.waitUntil(lambda: "indicators: [ex_low_or_no_salary]" in editor.text())
    QTest.keySequence(editor.editor, QKeySequence(QKeySequence.StandardKey.Redo))
    qtbot.waitUntil(lambda: "llv_no_written_contract]" in editor.text())

    replace_line(editor, "id: my-new-case", "id: brickyard-workshop")
    replace_line(editor, 'title: "My new case"', 'title: "Brickyard near Kovin"')
    qtbot.waitUntil(lambda: "Brickyard near Kovin" in editor.preview.toPlainText(), timeout=5000)
    assert editor.indicator_item("llv_no_written_contract").checkState() == Qt.CheckState.Checked  # type: ignore[union-attr]

    # Present now: saved into the user folder, read by the app, presented.
    editor.present_button.click()
    qtbot.waitUntil(lambda: window.features.trainer.audience is not None, timeout=120_000)
    audience = window.features.trainer.audience
    assert audience is not None
    qtbot.waitUntil(lambda: "Brickyard near Kovin" in audience.view.text())
    window.features.trainer.stop_presentation()
    saved = default_user_dir() / "cases" / "brickyard-workshop.md"
    assert saved.read_text(encoding="utf-8") == editor.text()
    assert not autosave_path(default_user_dir(), None).exists()  # saved: nothing left to recover
    assert window.kb is not None and window.kb.cases["brickyard-workshop"]["en"].origin.kind == "user"
    branch = window.nav.my_content_item()
    assert branch is not None and branch.child(0).text(0) == "Brickyard near Kovin (unsigned)"  # type: ignore[union-attr]
    window.open_href("kb:brickyard-workshop")
    assert "My content (unsigned)" in window.view.toPlainText()
    assert window.features.trainer.self_test("brickyard-workshop") is not None
    editor.close()


def test_case_editor_validates_as_you_type_and_never_stops_the_app(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.features.case_editor.new_case()
    assert editor is not None
    qtbot.addWidget(editor)
    tick(editor, "ex_low_or_no_salary")
    assert problems(editor) == []
    replace_line(editor, "## Analysis", "## Analysys")
    # Not at once (debounced), but without any other action.
    assert problems(editor) == []
    qtbot.waitUntil(lambda: bool(problems(editor)), timeout=CHECK_DELAY_MS * 10)
    shown = problems(editor)
    line = editor.text().split("\n").index("## Analysys") + 1
    assert f"line {line}: unknown case step '## Analysys'" in shown, shown
    assert "does not load yet" in editor.preview.toPlainText()
    item = next(
        editor.problems.item(i) for i in range(editor.problems.count()) if "Analysys" in editor.problems.item(i).text()
    )
    editor.problems.itemClicked.emit(item)
    assert editor.editor.textCursor().blockNumber() == line - 1
    # A broken case saved anyway is skipped by the loader and named with file:line; the app goes on.
    editor.save_button.click()
    qtbot.waitUntil(
        lambda: window.is_ready() and any("Analysys" in p.message for p in window.problems), timeout=120_000
    )
    broken = next(p for p in window.problems if "Analysys" in p.message)
    assert broken.path == default_user_dir() / "cases" / "my-new-case.md" and broken.line == line
    assert window.kb is not None and "my-new-case" not in window.kb.cases
    editor.close()


def test_case_editor_autosave_recovers_the_text_after_a_kill(
    qtbot: QtBot, tmp_path: Path, real_load: LoadResult
) -> None:
    user_dir = tmp_path / "content"
    marker = "Zapisnik-UNSAVED-4711: the foreman kept the passports in a drawer."
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    driver = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("case_editor_driver.py")), str(user_dir), marker],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    try:
        assert driver.stdout is not None
        assert driver.stdout.readline().strip() == "autosaved"
    finally:
        driver.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no chance to save anything
        driver.wait(30)
        if driver.stdout is not None:
            driver.stdout.close()
    assert driver.returncode != 0
    assert not (user_dir / "cases").exists()  # never saved: only the autosave holds the text

    editor = CaseEditor(real_load.kb, user_dir, "en")
    qtbot.addWidget(editor)
    editor.show()
    assert marker in editor.text()
    assert editor.recovered and editor.notice.isVisible()
    assert "Recovered the text you had not saved" in editor.notice.text()
    assert editor.editor.document().isModified()
    tick(editor, "ex_low_or_no_salary")
    assert editor.save() is not None
    assert marker in (user_dir / "cases" / "my-new-case.md").read_text(encoding="utf-8")
    assert not autosave_path(user_dir, None).exists()
    editor.close()
    again = CaseEditor(real_load.kb, user_dir, "en")  # a new case starts from the template again
    qtbot.addWidget(again)
    assert marker not in again.text() and not again.recovered
