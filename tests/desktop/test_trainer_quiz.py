"""Self-test and the live assessment, driven like an inspector and a trainer: tick, pick, check;
every miss and false alarm explained with a link to its guidance; results kept without names."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from content.assessment.session import OUTCOME, REVIEW
from desktop import paths
from desktop.features.trainer.kinds import LIVE, SELF_TEST
from desktop.features.trainer.live import LiveAssessmentWindow
from desktop.features.trainer.selftest_window import SelfTestWindow
from desktop.features.trainer.store import TrainerStore
from desktop.main_window import MainWindow
from desktop.userdata.database import DB_FILENAME, MIGRATIONS


def open_self_test(qtbot: QtBot, window: MainWindow, case_id: str = "drivers-camp") -> SelfTestWindow:
    window.features.trainer.act_self_test.trigger()
    chooser = window.features.trainer.chooser
    assert chooser is not None and chooser.isVisible()
    chooser.select_case(case_id)
    qtbot.mouseClick(chooser.self_test_button, Qt.MouseButton.LeftButton)
    test = next(w for w in window.features.trainer.windows if isinstance(w, SelfTestWindow))
    qtbot.waitUntil(test.isVisible)
    return test


def test_quiz_shows_only_situation_and_findings_and_needs_an_outcome(qtbot: QtBot, window: MainWindow) -> None:
    test = open_self_test(qtbot, window)
    case_text = test.case_view.toPlainText()
    assert "What the inspection found" in case_text and "The camp" in case_text
    assert "Questions for discussion" not in case_text and "Recorded ids" not in case_text
    assert set(test.boxes) == set(test.quiz.ids) and len(test.boxes) >= 13
    assert not test.check_button.isEnabled()
    test.choose_outcome("severe-labour-exploitation")
    assert test.check_button.isEnabled()


def test_quiz_scores_explains_each_miss_and_false_alarm_and_links_to_guidance(qtbot: QtBot, window: MainWindow) -> None:
    test = open_self_test(qtbot, window)
    for item in ("ex_low_or_no_salary", "ex_bad_living_conditions", "ex_excessive_working_days_or_hours"):
        box = test.boxes[item]
        test.findChild(QScrollArea, "selfTestList").ensureWidgetVisible(box)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the tick box
    assert set(test.ticked()) == {
        "ex_bad_living_conditions",
        "ex_excessive_working_days_or_hours",
        "ex_low_or_no_salary",
    }
    test.choose_outcome("possible-thb")
    qtbot.mouseClick(test.check_button, Qt.MouseButton.LeftButton)
    assert test.stack.currentWidget() is test.results_page
    text = test.result_text()
    assert "Indicators: you found 2 of 7; 5 missed; 1 false alarm." in text
    assert "you chose “Possible trafficking in human beings”" in text and "not the case's outcome" in text
    assert "Missed: the case records these" in text and "False alarms: the case does not record these" in text
    assert "there is no evidence on hours yet" in text  # the case's own words about the false alarm
    assert "Employer-provided housing below basic standards" in text and "because the employer provides it" in text
    html = test.result_view.toHtml()
    assert 'href="kb:ex_excessive_working_days_or_hours"' in html and 'href="kb:rv_economic_reasons"' in html
    assert test.result is not None and test.result.score == round(70 * 2 / 8)
    test.result_view.anchorClicked.emit(QUrl("kb:ex_excessive_working_days_or_hours"))
    assert window.windowTitle().startswith("Excessive working days or hours")
    qtbot.mouseClick(test.again_button, Qt.MouseButton.LeftButton)
    assert test.stack.currentWidget() is test.answering and not test.ticked() and not test.check_button.isEnabled()


def test_quiz_results_are_kept_locally_without_names(qtbot: QtBot, window: MainWindow) -> None:
    assert [m.name for m in MIGRATIONS][2] == "trainer"
    test = open_self_test(qtbot, window)
    with qtbot.waitSignal(test.saved):
        test.tick("ex_low_or_no_salary")
        test.choose_outcome("severe-labour-exploitation")
        qtbot.mouseClick(test.check_button, Qt.MouseButton.LeftButton)
    test.try_again()
    for item in window.kb.case("drivers-camp").recorded:  # type: ignore[union-attr]
        test.tick(item)
    test.choose_outcome("severe-labour-exploitation")
    test.check()
    assert "Your attempts at this case (kept on this computer only)" in test.result_text()
    store = TrainerStore(window.context.user_db)
    history = store.results("drivers-camp")
    assert [r.score for r in history] == [100, round(70 * 1 / 7) + 30]
    assert history[1].chosen == ("ex_low_or_no_salary",) and history[0].outcome_correct
    # The file on disk holds the same, and no column where a name could go.
    raw = sqlite3.connect(paths.data_dir() / DB_FILENAME)
    columns = [row[1] for row in raw.execute("PRAGMA table_info(trainer_result)")]
    assert not any("name" in c or "person" in c for c in columns)
    assert raw.execute("SELECT count(*) FROM trainer_result WHERE kind = 'self-test'").fetchone()[0] == 2
    raw.close()


def _answers_for(window: MainWindow, live: LiveAssessmentWindow, recorded: set[str]) -> None:
    """Answer like a room that reads the case well: follow every lead (a question whose "yes" records
    nothing only opens its details), say yes where a yes records something the case records."""
    session = live.session
    while session.position not in (REVIEW, OUTCOME) and live.stack.currentWidget() is live.question_page:
        node = session.node(live.question_page.node_id)
        yes = set(node.branch("yes").record)
        live.question_page.answer("yes" if not yes or yes & recorded else "no")


def test_present_live_assessment_compares_the_room_with_the_case(qtbot: QtBot, window: MainWindow) -> None:
    window.open_href("kb:drivers-camp")
    chooser = window.features.trainer.choose(LIVE)
    assert chooser is not None
    qtbot.mouseClick(chooser.live_button, Qt.MouseButton.LeftButton)
    live = next(w for w in window.features.trainer.windows if isinstance(w, LiveAssessmentWindow))
    qtbot.waitUntil(live.isVisible)
    assert live.isFullScreen(), "on the room's screen"
    assert QFontInfo(live.question_page.question.font()).pixelSize() >= 25, "large type for the room"
    live.activateWindow()  # the trainer is working in this window (keys are its shortcuts)
    qtbot.waitUntil(live.isActiveWindow)
    first = live.question_page.node_id
    qtbot.keyClick(live, Qt.Key.Key_N)
    assert live.question_page.node_id != first
    qtbot.keyClick(live, Qt.Key.Key_Left)
    assert live.question_page.node_id == first and live.session.answers[first] == "no"
    qtbot.keyClick(live, Qt.Key.Key_F)
    assert live.findings.isVisible() and "The camp" in live.findings.toPlainText()
    case = window.kb.case("drivers-camp")  # type: ignore[union-attr]
    assert case is not None
    _answers_for(window, live, set(case.recorded))
    text = live.result_text()
    assert live.comparison is not None
    assert "The room’s outcome: Severe labour exploitation" in text
    assert "✓ The same as the case’s expected outcome." in text and "Why: the trace" in text
    assert "Exploitative conditions of work" in text
    qtbot.keyClick(live, Qt.Key.Key_Left)  # back to the questions, answers kept
    assert live.stack.currentWidget() is live.question_page
    for node in live.session.questions_on_path():
        live.session.set_answer(node, "no")
    comparison = live.show_result()
    assert comparison.room_outcome == "no-indication" and comparison.seriousness > 0
    assert "the room’s outcome is less serious" in live.result_text()
    assert "In the case, not recorded by the room" in live.result_text()
    stored = TrainerStore(window.context.user_db).results("drivers-camp", kind="live")
    assert [r.outcome for r in stored] == ["no-indication", "severe-labour-exploitation"]
    qtbot.keyClick(live, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(isinstance(w, LiveAssessmentWindow) for w in window.features.trainer.windows))


def test_quiz_chooser_remembers_the_room_screen(qtbot: QtBot, window: MainWindow) -> None:
    chooser = window.features.trainer.choose(SELF_TEST)
    assert chooser is not None
    assert chooser.screen_box.count() == 1 + len(window.screen().virtualSiblings())
    chooser.screen_box.setCurrentIndex(1)
    assert window.features.trainer.settings.screen_name == window.screen().name()
    chooser.contrast_box.setChecked(True)
    assert window.features.trainer.settings.high_contrast
    chooser.close()


def test_present_chooser_lists_cases_alphabetically_in_each_script(window: MainWindow) -> None:
    from desktop import i18n
    from desktop.i18n import Language

    for language in (Language.ENGLISH, Language.SERBIAN_CYRILLIC):
        i18n.install(language)
        chooser = window.features.trainer.choose(LIVE)
        assert chooser is not None
        chooser.set_language(language.content_lang)
        titles = [chooser.cases.item(row).text().split("\n")[0] for row in range(chooser.cases.count())]
        assert len(titles) >= 8
        assert titles == sorted(titles, key=i18n.sort_key)
        chooser.close()
    i18n.install(Language.ENGLISH)
