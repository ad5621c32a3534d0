"""Trainer mode driven like a trainer: F5 on a case, the clicker keys, cards one by one, the
hidden analysis, black screen, the presenter view's notes and model analysis, high contrast, and
nothing cut off on a 1024×768 or a 1920×1080 projector."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from content.presentation import case_deck
from desktop.features.trainer.audience import AudienceWindow
from desktop.features.trainer.presenter import PresenterWindow
from desktop.features.trainer.settings import TrainerSettings
from desktop.features.trainer.slide_view import HIGH_CONTRAST, MIN_BODY_PX, STANDARD, min_px_for
from desktop.features.trainer.slides import Clock, PresentationController, clock_text
from desktop.main_window import MainWindow

K = Qt.Key


def present(qtbot: QtBot, window: MainWindow, href: str = "kb:drivers-camp") -> AudienceWindow:
    window.open_href(href)
    window.features.trainer.act_present.trigger()
    audience = window.features.trainer.audience
    assert audience is not None
    qtbot.waitUntil(lambda: audience.isVisible() and audience.view.text() != "")
    QApplication.processEvents()
    return audience


def press(qtbot: QtBot, audience: AudienceWindow, *keys: Qt.Key) -> str:
    for key in keys:
        qtbot.keyClick(audience, key)
    return audience.view.text()


@pytest.fixture
def audience(qtbot: QtBot, window: MainWindow) -> Iterator[AudienceWindow]:
    shown = present(qtbot, window)
    yield shown
    window.features.trainer.stop_presentation()


def test_present_f5_opens_the_case_full_screen_and_the_clicker_keys_move_it(
    qtbot: QtBot, window: MainWindow, audience: AudienceWindow
) -> None:
    assert audience.isFullScreen() and audience.geometry() == audience.screen().geometry()
    assert "Long-haul drivers living in a depot camp" in audience.view.text()
    assert "Situation" in press(qtbot, audience, K.Key_Right)
    text = press(qtbot, audience, K.Key_Space)
    assert "What the inspection found" in text and "The camp" in text and "Contracts and pay" not in text
    text = press(qtbot, audience, K.Key_PageDown)
    assert "The camp" in text or "Contracts and pay" in text
    assert "Contracts and pay" in text
    text = press(qtbot, audience, K.Key_Left)
    assert "The camp" in text and "Contracts and pay" not in text
    assert "Situation" in press(qtbot, audience, K.Key_PageUp)
    assert "What was done" in press(qtbot, audience, K.Key_End)
    assert "Long-haul drivers" in press(qtbot, audience, K.Key_Home)
    assert audience.where.text().startswith("1 / 6")
    qtbot.keyClick(audience, K.Key_Escape)
    qtbot.waitUntil(lambda: window.features.trainer.controller is None)
    assert not audience.isVisible()


def test_present_findings_appear_one_card_at_a_time_and_the_newest_is_marked(
    qtbot: QtBot, audience: AudienceWindow
) -> None:
    controller = audience.controller
    controller.go_to_slide(2)
    seen: list[str] = []
    while controller.presentation.slide.key == "findings":
        shown = controller.presentation.visible_units()
        seen.append(shown[-1].heading)
        html = audience.view.toHtml()
        assert STANDARD.card_new in html  # the card that has just appeared stands out
        text = audience.view.text()
        assert shown[-1].heading in text
        upcoming = controller.presentation.cards_left()
        if upcoming:
            page = controller.presentation.pages[2][controller.presentation.frame.page]
            later = controller.deck.slides[2].units[page.start + controller.presentation.frame.shown]
            assert later.heading not in text, "a card the room has not been shown yet"
        qtbot.keyClick(audience, K.Key_Right)
    assert seen == ["The camp", "Contracts and pay", "Working time", "What was not found", "Dependence"]


def test_present_analysis_stays_hidden_until_the_trainer_reveals_it(qtbot: QtBot, audience: AudienceWindow) -> None:
    controller = audience.controller
    controller.go_to_slide(4)
    text = audience.view.text()
    assert text.startswith("Analysis") and "dimension by dimension" not in text
    assert "analysis is shown when the trainer reveals it" in text
    text = press(qtbot, audience, K.Key_R)
    assert "Recorded ids, dimension by dimension" in text
    text = press(qtbot, audience, K.Key_R)
    assert "dimension by dimension" not in text
    assert "dimension by dimension" in press(qtbot, audience, K.Key_Right), "the next click also reveals"
    controller.go_to_slide(3)
    assert "Questions for discussion" in press(qtbot, audience, K.Key_R), "R does nothing on other steps"


def test_present_black_screen_timer_and_clock(qtbot: QtBot, audience: AudienceWindow) -> None:
    qtbot.keyClick(audience, K.Key_B)
    assert audience.stack.currentWidget() is audience.black_page and not audience.footer.isVisible()
    qtbot.keyClick(audience, K.Key_Right)  # the first click brings the room back, on the same slide
    assert audience.stack.currentWidget() is audience.view and audience.controller.presentation.frame.slide == 0
    qtbot.keyClick(audience, K.Key_Period)
    assert audience.controller.black
    qtbot.keyClick(audience, K.Key_Period)
    # The time since the presentation began: seconds, unless the machine is very slow.
    assert audience.timer_label.isVisible() and re.fullmatch(r"00:0\d", audience.timer_label.text())
    qtbot.keyClick(audience, K.Key_T)
    assert not audience.timer_label.isVisible()
    assert clock_text(65_000) == "01:05" and clock_text(3_723_000) == "1:02:03"
    clock = Clock()
    clock.pause()
    paused = clock.total_ms()
    qtbot.wait(30)
    assert clock.total_ms() == paused and not clock.running


def test_present_an_article_one_section_at_a_time(qtbot: QtBot, window: MainWindow) -> None:
    audience = present(qtbot, window, "kb:first-contact")
    assert "Victim-centred first contact" in audience.view.text()
    assert 'What "victim-centred" means on an inspection' in press(qtbot, audience, K.Key_Right)
    assert "Before you leave" in press(qtbot, audience, K.Key_End)
    window.features.trainer.stop_presentation()


def test_present_in_high_contrast_is_remembered(qtbot: QtBot, window: MainWindow, audience: AudienceWindow) -> None:
    window.features.trainer.act_contrast.trigger()
    assert audience.colours is HIGH_CONTRAST and HIGH_CONTRAST.background in audience.view.styleSheet()
    assert TrainerSettings().high_contrast
    window.features.trainer.act_contrast.trigger()
    assert audience.colours is STANDARD and not TrainerSettings().high_contrast


def presenter_of_drivers_camp(
    qtbot: QtBot, window: MainWindow
) -> tuple[PresentationController, AudienceWindow, PresenterWindow]:
    """The presenter view and the room's window of the drivers' camp case, not yet shown."""
    kb, pages = window.kb, window.pages
    assert kb is not None and pages is not None
    case = kb.case("drivers-camp")
    assert case is not None
    controller = PresentationController(kb, case_deck(kb, case, lambda t: pages.render_markdown(t, "en")))
    audience = AudienceWindow(controller)
    presenter = PresenterWindow(controller, audience, pages)
    qtbot.addWidget(audience)
    qtbot.addWidget(presenter)
    return controller, audience, presenter


def test_present_the_presenter_view_shows_notes_next_and_model_analysis(qtbot: QtBot, window: MainWindow) -> None:
    controller, audience, presenter = presenter_of_drivers_camp(qtbot, window)
    audience.resize(1024, 768)
    audience.show()
    presenter.resize(1366, 768)
    presenter.show()
    qtbot.waitUntil(lambda: audience.view.text() != "")
    analysis = presenter.analysis.toPlainText()
    assert "Expected outcome: Severe labour exploitation" in analysis
    assert "Positive dimensions: Exploitative conditions of work" in analysis
    assert "Economic hardship exploited" in analysis and "(medium)" in analysis
    controller.go_to_slide(2)
    assert "Ask groups to list what they did NOT find" in presenter.notes.toPlainText()
    assert "about 10 min" in presenter.notes.toPlainText() and "Purpose: restraint" in presenter.notes.toPlainText()
    assert (
        presenter.next_caption.text() == "Next click: card 2 of 5" and presenter.next_text.text() == "Contracts and pay"
    )
    assert "card 1 of 5" in presenter.where.text()
    qtbot.keyClick(presenter, K.Key_Space)  # keys work in the presenter's window too, buttons never take them
    assert "Contracts and pay" in audience.view.text() and "card 2 of 5" in presenter.where.text()
    controller.go_to_slide(4)
    assert presenter.reveal_button.isEnabled() and "hidden from the room" in presenter.where.text()
    qtbot.mouseClick(presenter.reveal_button, Qt.MouseButton.LeftButton)
    assert "dimension by dimension" in audience.view.text() and presenter.reveal_button.text().startswith("Hide")
    qtbot.mouseClick(presenter.black_button, Qt.MouseButton.LeftButton)
    assert controller.black and "BLACK SCREEN" in presenter.where.text()
    qtbot.waitUntil(lambda: presenter.mirror.pixmap() is not None and not presenter.mirror.pixmap().isNull())
    qtbot.mouseClick(presenter.end_button, Qt.MouseButton.LeftButton)
    assert controller.ended and not audience.isVisible() and not presenter.isVisible()


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(1920, 1080)], ids=["1024x768", "1920x1080"])
def test_slide_nothing_is_cut_off_on_a_projector(qtbot: QtBot, window: MainWindow, size: QSize) -> None:
    """Every frame of every case, analysis revealed: never wider than the screen, never taller
    unless at the minimum type size (then it scrolls, and the next click scrolls first)."""
    kb, pages = window.kb, window.pages
    assert kb is not None and pages is not None
    checked = 0
    for case in kb.iter_cases():
        controller = PresentationController(kb, case_deck(kb, case, lambda t, c=case: pages.render_markdown(t, c.lang)))
        audience = AudienceWindow(controller)
        qtbot.addWidget(audience)
        audience.setGeometry(0, 0, size.width(), size.height())
        audience.show()
        # Revealed before the one layout: the type sizes and pages do not depend on what is revealed,
        # only the frames do, and the layout builds those last.
        controller.presentation.revealed.update(range(len(controller.deck.slides)))
        audience.relayout()
        view = audience.view
        for index in range(len(controller.presentation.frames)):
            controller.presentation.index = index
            audience.show_frame()
            document = view.document().size()
            where = f"{case.id}/{case.lang} frame {controller.presentation.frame}"
            assert document.width() <= view.viewport().width() + 1, where
            assert view.shown_px >= min_px_for(size) - 0.5 >= MIN_BODY_PX - 0.5, where
            if document.height() > view.viewport().height():
                assert view.shown_px <= min_px_for(size) + 0.5 and view.verticalScrollBar().maximum() > 0, where
            checked += 1
        controller.stop()
    assert checked > 100


def test_slide_too_long_even_at_the_minimum_size_scrolls_before_the_next_click_moves_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    kb, pages = window.kb, window.pages
    assert kb is not None and pages is not None
    case = kb.case("construction-factory-site")
    assert case is not None
    controller = PresentationController(kb, case_deck(kb, case, lambda t: pages.render_markdown(t, "en")))
    audience = AudienceWindow(controller)
    qtbot.addWidget(audience)
    audience.setGeometry(0, 0, 520, 300)  # a tiny window: the analysis table cannot fit
    audience.show()
    audience.relayout()
    controller.go_to_slide(4)
    qtbot.keyClick(audience, K.Key_R)
    bar = audience.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0 and audience.view.shown_px == min_px_for(audience.view.size())
    frame = controller.presentation.frame
    qtbot.keyClick(audience, K.Key_Right)
    assert controller.presentation.frame == frame and bar.value() > 0, "the click showed the rest first"
    while bar.value() < bar.maximum():
        qtbot.keyClick(audience, K.Key_Right)
    qtbot.keyClick(audience, K.Key_Left)
    assert controller.presentation.frame == frame and bar.value() < bar.maximum()
    qtbot.keyClick(audience, K.Key_Home)
    qtbot.keyClick(audience, K.Key_End)
    for _ in range(40):
        qtbot.keyClick(audience, K.Key_Right)
    assert controller.presentation.at_end()
    controller.stop()


def test_present_discreet_mode_hides_the_room_s_screen_too(
    qtbot: QtBot, window: MainWindow, audience: AudienceWindow
) -> None:
    window.context.discreet.toggle()
    assert not audience.isVisible()
    window.context.discreet.toggle()
    assert audience.isVisible()


@pytest.mark.parametrize(("width", "rows"), [(800, 2), (1920, 1)])
def test_present_the_presenter_view_fits_a_narrow_screen_with_its_buttons_on_two_rows(
    qtbot: QtBot, window: MainWindow, width: int, rows: int
) -> None:
    *_, presenter = presenter_of_drivers_camp(qtbot, window)
    presenter.resize(width, 768)
    presenter.show()
    qtbot.waitUntil(lambda: presenter.isVisible())
    QApplication.processEvents()
    assert presenter.width() == width  # the window is not held wider than the screen
    buttons = [presenter.back_button, presenter.end_button, presenter.reset_button, presenter.reveal_button]
    for button in buttons:
        right = button.mapTo(presenter, button.rect().topRight()).x()
        assert right < width, button.text()
    tops = {presenter.back_button.y(), presenter.end_button.y()}
    assert len(tops) == rows
