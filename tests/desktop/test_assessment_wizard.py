"""The guided assessment driven like a user: from the main window's toolbar and menu, one question
at a time, to every outcome; back, review and change; resume a saved assessment at its step;
duplicate and delete; print and PDF of the record."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from content.assessment.session import OUTCOME, REVIEW
from desktop.features.assessment.wizard import AssessmentWindow
from desktop.main_window import MainWindow
from tests.desktop.conftest import type_text
from tests.pdf_text import pdf_text

DEFAULT = "no"

# Answers by question id (every other question answered "no") and the outcome they must give.
SCENARIOS: dict[str, dict[str, str]] = {
    "urgent-danger": {"urgent_danger": "yes", "excessive_hours": "yes", "very_low_pay": "yes"},
    "possible-thb-child": {"minor": "yes", "excessive_hours": "yes", "very_low_pay": "yes"},
    "possible-thb": {
        "excessive_hours": "yes",
        "very_low_pay": "yes",
        "documents_held": "yes",
        "confined_or_watched": "yes",
        "job_differs": "yes",
        "deceived_pay": "yes",
        "deceived_housing": "yes",
        "deceived_conditions": "yes",
    },
    # Under the default (screening) rule set: coercion at work while the exploitation dimension is not
    # complete (ILO Convention No. 29 needs no particular pay or hours).
    "forced-labour-indicators": {"very_low_pay": "yes", "documents_held": "yes", "violence_at_work": "yes"},
    "severe-labour-exploitation": {"excessive_hours": "yes", "very_low_pay": "yes", "wage_manipulation": "yes"},
    "labour-law-violation": {"no_written_contract": "yes", "undeclared_work": "yes"},
    "no-indication": {},
}
LABELS = {
    "urgent-danger": "Urgent danger",
    "possible-thb-child": "Possible trafficking in a child",
    "possible-thb": "Possible trafficking in human beings",
    "forced-labour-indicators": "Indicators of forced labour",
    "severe-labour-exploitation": "Severe labour exploitation",
    "labour-law-violation": "Labour-law violation",
    "no-indication": "No indication",
}


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_new(window: MainWindow) -> AssessmentWindow:
    before = len(window.features.assessment.windows)
    window.features.assessment.act_new.trigger()
    assert len(window.features.assessment.windows) == before + 1
    wizard = window.features.assessment.windows[-1]
    assert wizard.isVisible()
    return wizard


def answer(qtbot: QtBot, wizard: AssessmentWindow, value: str) -> None:
    assert wizard.pages.currentWidget() is wizard.question_page
    click(qtbot, wizard.question_page.buttons[value])


def walk(qtbot: QtBot, wizard: AssessmentWindow, answers: dict[str, str], default: str = DEFAULT) -> int:
    """Answer every question shown until the review appears; returns how many were answered."""
    count = 0
    while wizard.session.position not in (REVIEW, OUTCOME):
        answer(qtbot, wizard, answers.get(wizard.question_page.node_id, default))
        count += 1
        assert count < 200, "the assessment never reached the review"
    return count


def shown_question(wizard: AssessmentWindow) -> str:
    return wizard.question_page.question.text()


def test_new_assessment_is_in_the_menu_and_the_toolbar(window: MainWindow) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Assessment" in menus
    assert menus.index("&Assessment") < menus.index("&Help")
    toolbar = window.toolbar.actions()
    assert window.features.assessment.act_new in toolbar and window.features.assessment.act_saved in toolbar
    wizard = open_new(window)
    assert shown_question(wizard).startswith("Is anyone on site in immediate danger")
    assert "Question 1 of" in wizard.question_page.number_label.text()
    assert "Safety and age" in wizard.progress.item(0).text()
    assert "192" in wizard.question_page.help.toPlainText()


def test_walk_to_each_outcome(qtbot: QtBot, window: MainWindow) -> None:
    store = window.features.assessment.store
    for outcome, answers in SCENARIOS.items():
        wizard = open_new(window)
        answered = walk(qtbot, wizard, answers)
        assert wizard.pages.currentWidget() is wizard.review_page, outcome
        click(qtbot, wizard.review_page.outcome_button)
        text = wizard.outcome_page.text()
        assert text.startswith(LABELS[outcome]), (outcome, text[:200])
        assert "Formal identification of a victim of trafficking is not the inspector's decision" in text
        assert "Why: the trace" in text and "Legal basis" in text
        saved = store.load(wizard.assessment_id or -1)
        assert saved is not None and saved.outcome == outcome, outcome
        assert len(saved.answers) == answered
        wizard.close()
    # The possible-thb walk named the positive dimensions in its trace.


def test_the_trace_on_the_outcome_page_names_what_made_dimensions_positive(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_new(window)
    walk(qtbot, wizard, {"excessive_hours": "yes", "very_low_pay": "yes", "documents_held": "yes"})
    wizard.go_to(OUTCOME)
    text = wizard.outcome_page.text()
    assert text.startswith("Severe labour exploitation")
    assert "one strong plus one medium or weak indicator: Excessive working days or hours (strong)" in text
    assert "1 strong, needs one more indicator of any strength" in text  # coercion at destination
    assert "Office for Coordination" in text and "0800 100 388" in text  # whom to call


def test_back_keeps_answers_and_a_changed_answer_changes_the_path(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_new(window)
    for value in ("no", "no"):  # safety
        answer(qtbot, wizard, value)
    while wizard.question_page.node_id != "employer_housing":
        answer(qtbot, wizard, "no")
    answer(qtbot, wizard, "yes")  # employer_housing
    assert wizard.question_page.node_id == "substandard_housing"
    answer(qtbot, wizard, "yes")
    assert wizard.question_page.node_id == "bad_living_conditions"
    click(qtbot, wizard.back_button)
    click(qtbot, wizard.back_button)
    assert wizard.question_page.node_id == "employer_housing"
    assert wizard.question_page.buttons["yes"].isChecked()  # the answer is still there
    answer(qtbot, wizard, "no")
    assert wizard.question_page.node_id == "excessive_hours"  # both housing questions skipped
    assert "llv_substandard_employer_housing" not in wizard.session.recorded()
    assert wizard.session.answers["substandard_housing"] == "yes"  # kept, not counted
    click(qtbot, wizard.back_button)
    answer(qtbot, wizard, "yes")
    assert wizard.question_page.node_id == "substandard_housing"
    assert wizard.question_page.buttons["yes"].isChecked()
    assert "llv_substandard_employer_housing" in wizard.session.recorded()
    click(qtbot, wizard.next_button)
    assert wizard.question_page.node_id == "bad_living_conditions"


def test_review_changes_any_answer_and_returns_to_the_review(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_new(window)
    walk(qtbot, wizard, {"excessive_hours": "yes"})
    assert wizard.session.result().outcome == "labour-law-violation"
    rows = wizard.review_page.question_items()
    target = next(r for r in rows if r.text(0).startswith("Is the worker paid very little"))
    assert target.text(1) == "No"
    wizard.review_page.tree.setCurrentItem(target)
    click(qtbot, wizard.review_page.change_button)
    assert wizard.question_page.node_id == "very_low_pay"
    answer(qtbot, wizard, "yes")
    assert wizard.pages.currentWidget() is wizard.review_page
    changed = next(r for r in wizard.review_page.question_items() if r.text(0).startswith("Is the worker paid very"))
    assert changed.text(1) == "Yes"
    click(qtbot, wizard.review_page.outcome_button)
    assert wizard.outcome_page.text().startswith("Severe labour exploitation")


def test_not_known_answers_are_listed_as_what_remains_to_check(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_new(window)
    walk(qtbot, wizard, {"minor": "unknown", "documents_held": "unknown"})
    remains = [wizard.review_page.remains.item(i).text() for i in range(wizard.review_page.remains.count())]
    assert any(r.startswith("Not known: Is the worker under 18") for r in remains)
    assert any("passport" in r for r in remains)
    wizard.go_to(OUTCOME)
    text = wizard.outcome_page.text()
    section = text[text.index("What remains to check") :]
    assert "Is the worker under 18" in section and "passport" in section
    progress = wizard.progress.item(0).text()
    assert "1 not known" in progress


def test_progress_list_jumps_to_a_section(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_new(window)
    row = next(i for i in range(wizard.progress.count()) if "Coercion at destination" in wizard.progress.item(i).text())
    item = wizard.progress.item(row)
    rect = wizard.progress.visualItemRect(item)
    qtbot.mouseClick(wizard.progress.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.question_page.node_id == "documents_held"
    assert wizard.question_page.section_label.text() == "Coercion at destination"
    answer(qtbot, wizard, "yes")
    click(qtbot, wizard.back_button)
    assert wizard.question_page.node_id == "documents_held"


def test_resume_a_saved_assessment_at_the_step_where_it_was_left(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_new(window)
    for value in ("no", "yes", "no", "no", "unknown"):
        answer(qtbot, wizard, value)
    click(qtbot, wizard.back_button)  # moving is remembered too, not only answering
    left_at = wizard.question_page.node_id
    question = shown_question(wizard)
    saved_id = wizard.assessment_id
    wizard.close()
    assert window.features.assessment.windows == []

    window.features.assessment.act_saved.trigger()
    dialog = window.features.assessment.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.rows()[0][2] == "5"  # answers
    dialog.select_id(saved_id or -1)
    click(qtbot, dialog.resume_button)
    resumed = window.features.assessment.windows[-1]
    assert resumed.assessment_id == saved_id
    assert resumed.question_page.node_id == left_at
    assert shown_question(resumed) == question
    assert resumed.session.answers["minor"] == "yes"
    click(qtbot, resumed.back_button)
    assert resumed.question_page.buttons["no"].isChecked()


def test_duplicate_and_delete_from_the_saved_list(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_new(window)
    wizard.reference.setFocus()
    type_text(wizard.reference, "IR-2026/114-Šabac")
    answer_first = wizard.question_page.buttons["no"]
    click(qtbot, answer_first)
    wizard.close()
    dialog = window.features.assessment.show_saved()
    assert dialog.rows()[0][0] == "IR-2026/114-Šabac"
    click(qtbot, dialog.duplicate_button)
    assert [r[0] for r in dialog.rows()] == ["IR-2026/114-Šabac (copy)", "IR-2026/114-Šabac"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click(qtbot, dialog.delete_button)
    assert len(dialog.rows()) == 2  # not confirmed: nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.delete_button)
    assert [r[0] for r in dialog.rows()] == ["IR-2026/114-Šabac"]


def test_case_reference_is_saved_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_new(window)
    wizard.reference.setFocus()
    type_text(wizard.reference, "Predmet 7/Čačak")
    qtbot.waitUntil(lambda: wizard.assessment_id is not None, timeout=3000)
    saved = window.features.assessment.store.load(wizard.assessment_id or -1)
    assert saved is not None and saved.case_reference == "Predmet 7/Čačak"
    assert "Predmet 7/Čačak" in wizard.windowTitle()


def test_the_record_exports_as_a_pdf_with_outcome_trace_and_page_numbers(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_new(window)
    wizard.reference.setText("IR-2026/9")
    wizard.save_case_reference()
    walk(qtbot, wizard, SCENARIOS["possible-thb"])
    wizard.go_to(OUTCOME)
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(wizard, "ask_pdf_path", lambda: target)
    click(qtbot, wizard.outcome_page.pdf_button)  # written by a task of the app's runner
    qtbot.waitUntil(lambda: str(target) in wizard.status.text(), timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(str(target))
    pages = len(reader.pages)
    assert pages >= 2
    text = pdf_text(target)
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # PDF text may keep ligatures (ﬃ)
    assert "Possible trafficking in human beings" in flat
    assert "Why: the trace" in flat
    assert "Exploitative conditions of work" in flat
    assert "two medium indicators (each an act named as a means in art. 388)" in flat  # deception, screening
    assert window.kb is not None and window.kb.rules is not None
    assert f"Rule set {window.kb.rules.label.en} (screening)" in flat
    assert "IR-2026/9" in flat and "Answers" in flat and "Disclaimer" in flat
    assert f"Page 1 of {pages}" in flat and f"Page {pages} of {pages}" in flat
    assert window.kb is not None and window.kb.rules is not None
    assert f"rules {window.kb.rules.id} {window.kb.rules.version}" in flat  # the footer names the rule set
    assert not list(tmp_path.glob("*.part"))


def test_a_record_export_still_under_way_when_its_window_closes_is_finished(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_new(window)
    walk(qtbot, wizard, SCENARIOS["possible-thb"])
    wizard.go_to(OUTCOME)
    target = tmp_path / "closed.pdf"
    monkeypatch.setattr(wizard, "ask_pdf_path", lambda: target)
    click(qtbot, wizard.outcome_page.pdf_button)
    wizard.close()  # at once: the app's runner, not the window, owns the export
    qtbot.waitUntil(target.exists, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF-") and len(PdfReader(str(target)).pages) >= 2
    assert window.context.runner.wait_idle(10_000) and not list(tmp_path.glob("*.part"))


def test_print_record_paints_every_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.ui.paged_print as paged_print  # the system print dialog is opened there

    target = tmp_path / "printed.pdf"

    class FakePrintDialog:
        """Stands in for the system dialog: the user picks "print to file" and presses Print."""

        def __init__(self, printer: QPrinter, _parent: QWidget | None) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(paged_print, "QPrintDialog", FakePrintDialog)
    wizard = open_new(window)
    walk(qtbot, wizard, SCENARIOS["labour-law-violation"])
    wizard.go_to(OUTCOME)
    click(qtbot, wizard.outcome_page.print_button)
    assert "Printed" in wizard.status.text()
    printed = " ".join(unicodedata.normalize("NFKC", pdf_text(target, " ")).split())
    assert "Labour-law violation" in printed


def test_content_language_and_discreet_mode_follow_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_new(window)
    answer(qtbot, wizard, "no")
    window.set_content_language("sr")
    assert shown_question(wizard).startswith("Da li je radnik mlađi od 18 godina")
    window.set_content_language("en")
    assert shown_question(wizard).startswith("Is the worker under 18")
    window.context.discreet.set_active(True)
    assert not wizard.isVisible()
    window.context.discreet.set_active(False)
    assert wizard.isVisible()


def test_help_link_opens_the_guidance_in_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_new(window)
    wizard.question_page.help.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl("kb:urgent_danger"))
    assert window.history.current is not None and window.history.current.href == "kb:urgent_danger"


def test_assessment_says_why_when_the_rules_are_broken(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append(text))
    assert window.kb is not None
    window.kb = replace(window.kb, rules=None)
    window.features.assessment.act_new.trigger()
    assert window.features.assessment.windows == []
    assert shown and "Content Problems" in shown[0]


def test_resuming_after_the_rules_changed_says_so_and_uses_the_current_rules(window: MainWindow) -> None:
    from desktop.features.assessment.store import Versions

    store = window.features.assessment.store
    old = Versions("labour-exploitation", "2025.01-1", "2025.01-1", "2025.01+abcd")
    saved_id = store.create(old, "en", "IR-OLD")
    store.save_answer(saved_id, "urgent_danger", "no", [], "minor", "no-indication", old)
    store.save_answer(saved_id, "retired_question", "yes", ["minor"], "minor", "no-indication", old)
    wizard = window.features.assessment.resume(saved_id)
    assert wizard is not None
    assert wizard.banner.isVisible()
    assert window.kb is not None and window.kb.rules is not None
    # Saved before there were rule sets: it keeps the research rule set it was made with.
    assert wizard.session.rules is window.kb.rule_sets["research"]
    research = window.kb.rule_sets["research"]
    # named as the reader calls it, never by its id (an English code in a Serbian window)
    assert f"{research.short_name('en')} 2025.01-1" in wizard.banner.text()
    assert f"{research.short_name('en')} {research.version}" in wizard.banner.text()
    assert "research " not in wizard.banner.text()
    assert wizard.question_page.node_id == "minor"
    assert "retired_question" not in wizard.session.answers  # not shown, but kept in the database
    assert store.load(saved_id).answers["retired_question"] == "yes"  # type: ignore[union-attr]
