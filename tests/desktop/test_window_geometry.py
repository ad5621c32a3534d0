"""The first window fits the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QRect

from desktop.shell.window_geometry import first_geometry, navigation_width


def test_first_window_on_a_large_screen_has_the_preferred_size_centred() -> None:
    rect = first_geometry(QRect(0, 0, 1920, 1040))
    assert (rect.width(), rect.height()) == (1280, 820)
    assert rect.center().x() in (959, 960)


def test_first_window_on_a_1024x768_laptop_stays_inside_the_screen() -> None:
    available = QRect(0, 0, 1024, 740)
    rect = first_geometry(available)
    assert available.contains(rect)
    assert rect.width() >= 900 and rect.height() >= 650


def test_screen_with_an_offset_keeps_the_window_on_that_screen() -> None:
    available = QRect(1920, 0, 1366, 728)
    assert available.contains(first_geometry(available))


def test_navigation_pane_gets_about_a_quarter() -> None:
    assert navigation_width(962) == 240
    assert navigation_width(1280) == 320
    assert navigation_width(2400) == 360
