"""The worker card driven like an inspector and a worker would: Assessment ▸ Hand to the Worker, the
language chosen by its own name, one question at a time, every answer saved the moment it is given,
Esc and closing that do nothing, the inspector's key that takes the screen back, and the answers in
the guided assessment with their provenance, counted only once the inspector confirms or changes
them (review page, outcome, record PDF)."""

from __future__ import annotations

import unicodedata
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontInfo, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from content.assessment.session import OUTCOME, REVIEW
from content.fieldkit_model import FieldKit, load_fieldkit
from content.paths import CONTENT_DIR
from desktop.features.assessment.record import export_pdf as export_record_pdf
from desktop.features.field_kit.keys import INSPECTOR_KEY
from desktop.features.field_kit.store import WorkerCardStore
from desktop.features.field_kit.worker_card import WorkerCardScreen
from desktop.fieldkit_export import resolve_family
from desktop.main_window import MainWindow
from desktop.shortcuts import collect_shortcuts
from desktop.userdata.database import UserDatabase
from tests.pdf_text import pdf_text

PROVENANCE_NE = "the worker's own answer, in Nepali, via the card"


@pytest.fixture(scope="module")
def kit() -> FieldKit:
    result = load_fieldkit(CONTENT_DIR)
    assert result.kit is not None
    return result.kit


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def stored(window: MainWindow, assessment_id: int) -> dict[str, tuple[str, str, str | None, str | None]]:
    """What a fresh connection reads from the database file: question -> (lang, answer, decision, inspector's)."""
    db = UserDatabase.open(window.context.user_db.path)
    try:
        return {
            a.question_id: (a.lang, a.answer, a.decision, a.inspector_answer)
            for a in WorkerCardStore(db).load(assessment_id)
        }
    finally:
        db.close()


def activate(qtbot: QtBot, card: WorkerCardScreen) -> None:
    card.activateWindow()  # the worker is working in this window: its keys are the ones that count
    qtbot.waitUntil(card.isActiveWindow)


def press_inspector_key(card: WorkerCardScreen) -> None:
    QTest.keySequence(card, QKeySequence(INSPECTOR_KEY))
    QApplication.processEvents()


def test_worker_card_flow_from_language_to_answers_in_an_assessment_with_provenance(
    qtbot: QtBot, window: MainWindow, kit: FieldKit, tmp_path: Path
) -> None:
    feature = window.features.field_kit
    feature.act_hand.trigger()
    card = feature.card
    assert card is not None and card.isVisible() and card.isFullScreen()
    assert not window.isVisible(), "the worker must not see the inspector's window behind the card"
    target = feature.card_window
    assert target is not None and target.assessment_id is not None and not target.isVisible()
    assessment_id = target.assessment_id

    # Each language by its own name and script; no flags (regional indicator symbols).
    assert card.language_buttons["ne"].text() == "नेपाली"
    assert card.language_buttons["zh"].text() == kit.languages["zh"].name
    for button in card.language_buttons.values():
        assert not any(unicodedata.name(c, "").startswith("REGIONAL INDICATOR") for c in button.text())
    click(qtbot, card.language_buttons["ne"])

    questions = kit.questions
    assert card.question.text() == kit.text("ne", questions[0].string_id)
    assert QFontInfo(card.question.font()).family() == resolve_family("devanagari") == "Noto Sans Devanagari"
    assert card.question.font().pointSizeF() >= 24
    assert card.answer_buttons["yes"].text() == kit.text("ne", "ui.yes")
    assert card.answer_buttons["declined"].text() == kit.text("ne", "ui.decline")
    assert card.draft_notice.isVisible()
    notice = card.draft_notice.text()
    assert kit.text("ne", "ui.draft_notice") in notice and kit.text("sr", "ui.draft_notice") in notice
    assert "Ctrl" not in notice and "Ctrl" not in card.private_note.text()
    assert not any(b.isChecked() for b in card.answer_buttons.values()), "no answer may look chosen in advance"

    # Answer, each one in the database file the moment it is given.
    given = {
        "urgent_danger": "no",
        "under_18": "no",
        "job_as_promised": "yes",
        "pay_as_promised": "declined",
        "fee_or_loan": "yes",
    }
    for number, (question_id, answer) in enumerate(given.items()):
        assert card.current_question_id() == question_id == questions[number].id
        click(qtbot, card.answer_buttons[answer])
        assert stored(window, assessment_id)[question_id] == ("ne", answer, None, None)
    # Back: the earlier answer is shown chosen; a new one replaces it.
    click(qtbot, card.back_button)
    assert card.current_question_id() == "fee_or_loan" and card.answer_buttons["yes"].isChecked()
    click(qtbot, card.answer_buttons["no"])
    assert stored(window, assessment_id)["fee_or_loan"] == ("ne", "no", None, None)
    assert card.current_question_id() == "told_not_to_trust"
    click(qtbot, card.answer_buttons["yes"])  # records an indicator, but only once the inspector confirms it
    # Forward past the end: the closing screen with the leaflet's essentials.
    card.show_question(len(questions) - 1)
    click(qtbot, card.answer_buttons["yes"])  # bad_housing
    assert card.pages.currentWidget() is card.closing_page
    assert card.closing_text.text() == kit.text("ne", "closing")
    assert "192" in card.closing_phones.text()  # the police number, filled in from contacts.yaml

    # Esc alone, and closing the window, do not end the card.
    activate(qtbot, card)
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    card.close()
    assert card.isVisible() and feature.card is card and not card.is_released
    # The inspector's key does.
    with qtbot.waitSignal(card.released, timeout=2000):
        press_inspector_key(card)
    assert feature.card is None
    assert window.isVisible() and target.isVisible()

    # The worker's answers are in the assessment, with their provenance, and none counts yet.
    session = target.session
    assert session.card is not None
    assert [a.question_id for a in session.card.ordered()] == [*given, "told_not_to_trust", "bad_housing"]
    assert "dr_deceived_nature_of_job_location_or_employer" not in session.recorded()
    target.go_to(REVIEW)
    rows = target.review_page.card_items()
    assert len(rows) == 7
    assert PROVENANCE_NE in rows[2].text(0) and "Not yet confirmed" in rows[2].text(1)

    # The inspector confirms one and changes another, each saved as it is made.
    review = feature.review
    assert review is not None and review.isVisible()
    review.select_question("job_as_promised")
    click(qtbot, review.confirm_button)
    assert stored(window, assessment_id)["job_as_promised"] == ("ne", "yes", "confirmed", None)
    review.select_question("bad_housing")
    click(qtbot, review.change_buttons["no"])
    assert stored(window, assessment_id)["bad_housing"] == ("ne", "yes", "changed", "no")
    recorded = target.session.recorded()
    assert "dr_deceived_nature_of_job_location_or_employer" in recorded  # confirmed: counts
    assert "llv_substandard_employer_housing" not in recorded  # changed to "no": the worker's yes does not count
    assert "rv_false_information_about_law_or_authorities" not in recorded  # never decided: does not count
    # A declined answer has nothing to confirm.
    review.select_question("pay_as_promised")
    assert not review.confirm_button.isEnabled()

    # The review page, the outcome and the record say where each answer came from.
    target.go_to(REVIEW)
    rows = target.review_page.card_items()
    assert "Confirmed" in rows[2].text(1) and "Changed to: No" in rows[6].text(1)
    target.go_to(OUTCOME)
    shown = target.outcome_page.view.toPlainText()
    assert PROVENANCE_NE in shown and "Changed to: No" in shown
    html = unescape(target.record_job().html)
    assert PROVENANCE_NE in html and "Confirmed" in html and "Not yet confirmed — not counted" in html
    assert kit.text("ne", "q.job_as_promised") in html  # what the worker read
    pdf = tmp_path / "record.pdf"
    export_record_pdf(target.record_job(), pdf)
    assert "via the card" in " ".join(pdf_text(pdf).split())

    # Reopening the assessment from the saved list brings the worker's answers back.
    target.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window and its dialog are gone
    reopened = window.features.assessment.resume(assessment_id)
    assert reopened is not None and reopened.session.card is not None
    assert "dr_deceived_nature_of_job_location_or_employer" in reopened.session.recorded()
    again = window.features.field_kit.show_answers(reopened)  # the first dialog went with its window
    assert again is not None and again.isVisible() and again.table.rowCount() == 7


def test_worker_card_answers_go_into_the_assessment_that_is_open(
    qtbot: QtBot, window: MainWindow, kit: FieldKit
) -> None:
    window.features.assessment.act_new.trigger()
    open_one = window.features.assessment.windows[-1]
    window.features.field_kit.act_hand.trigger()
    card = window.features.field_kit.card
    assert card is not None and window.features.field_kit.card_window is open_one
    assert len(window.features.assessment.windows) == 1
    card.choose_language("zh")
    assert QFontInfo(card.question.font()).family() == resolve_family("han")
    card.answer("yes")  # urgent_danger
    card.release()
    assert open_one.session.card is not None
    assert [(a.question_id, a.lang, a.answer) for a in open_one.session.card.answers] == [
        ("urgent_danger", "zh", "yes")
    ]
    assert "urgent_danger" not in open_one.session.recorded()


def test_worker_card_inspector_key_is_listed_for_the_inspector_and_takes_the_screen_back_from_the_menu(
    window: MainWindow,
) -> None:
    keys = {e.action: e.keys for e in collect_shortcuts(window)}
    native = QKeySequence(INSPECTOR_KEY).toString(QKeySequence.SequenceFormat.NativeText)
    assert keys["Take the Screen Back from the Worker"] == native
    assert keys["Hand to the Worker"]
    window.features.field_kit.act_hand.trigger()
    card = window.features.field_kit.card
    assert card is not None
    card.choose_language("ta")
    texts = [w.text() for w in card.findChildren(QPushButton)] + [card.counter.text(), card.private_note.text()]
    assert not any(native in t or "Ctrl" in t for t in texts), "the worker is never shown the inspector's key"
    window.features.field_kit.act_take_back.trigger()
    assert window.features.field_kit.card is None and window.isVisible()


def test_worker_card_escape_and_close_never_end_it_only_the_inspector_key(qtbot: QtBot, kit: FieldKit) -> None:
    card = WorkerCardScreen(kit, {})
    qtbot.addWidget(card)
    card.show()
    activate(qtbot, card)
    card.choose_language("ta")
    for key in (Qt.Key.Key_Escape,):
        qtbot.keyClick(card, key)
        qtbot.keyClick(card.question_page, key)
    card.close()
    assert card.isVisible() and not card.is_released
    with qtbot.waitSignal(card.released, timeout=2000):
        press_inspector_key(card)
    assert not card.isVisible()


@pytest.mark.parametrize("lang", ["ne", "zh", "ta", "bn", "hi", "vi", "tl", "ru", "uk", "tr", "es", "en"])
def test_worker_card_text_fits_at_1366x768(qtbot: QtBot, kit: FieldKit, lang: str) -> None:
    """Every question fits its label and every answer its button, in the script's font, on a
    1366×768 laptop screen."""
    card = WorkerCardScreen(kit, {})
    qtbot.addWidget(card)
    card.setFixedSize(1366, 768)
    card.show()
    card.choose_language(lang)
    script = kit.languages[lang].script
    assert QFontInfo(card.question.font()).family() == resolve_family(script)
    for index in range(len(kit.questions)):
        card.show_question(index)
        QApplication.processEvents()
        label = card.question
        needed = label.heightForWidth(label.contentsRect().width())
        assert needed <= label.contentsRect().height(), (lang, kit.questions[index].id, needed)
    for button in [*card.answer_buttons.values(), card.back_button, card.next_button]:
        width = button.fontMetrics().horizontalAdvance(button.text()) + 36
        assert width <= button.width(), (lang, button.objectName(), width, button.width())
    card.show_closing()
    QApplication.processEvents()
    for label in (card.closing_text, card.closing_phones):
        assert label.heightForWidth(label.contentsRect().width()) <= label.contentsRect().height() + 2, lang


def test_worker_card_migration_adds_the_table_to_an_existing_database(tmp_path: Path) -> None:
    from desktop.userdata.database import MIGRATIONS

    slot = next(i for i, m in enumerate(MIGRATIONS) if m.name == "worker_card")
    path = tmp_path / "old.sqlite3"
    old = UserDatabase.open(path, MIGRATIONS[:slot])  # a database from before the worker card
    assert old.schema_version == slot
    old.connection.execute(
        "INSERT INTO assessments (tree_id, tree_version, rules_version, content_version, created_at, updated_at) "
        "VALUES ('t', '1', '1', '1', 'x', 'x')"
    )
    old.close()
    db = UserDatabase.open(path)
    assert db.schema_version == len(MIGRATIONS)
    store = WorkerCardStore(db)
    store.save_answer(1, "hurt", "bn", "yes")
    store.decide(1, "hurt", "changed", "unknown")
    assert [(a.answer, a.decision, a.final_answer) for a in store.load(1)] == [("yes", "changed", "unknown")]
    store.save_answer(1, "hurt", "bn", "no")  # the worker answers again: the decision is open again
    assert [(a.answer, a.decision) for a in store.load(1)] == [("no", None)]
    with pytest.raises(ValueError):
        store.save_answer(1, "hurt", "bn", "maybe")
    db.close()
