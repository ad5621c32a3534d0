"""Every menu of the main window, in English and in Serbian Cyrillic: titles, entries in order,
separators, sub-menus and shortcuts, and the navigation toolbar. Recorded on the window as it was
before the desktop was restructured into an application context and features (issue 16), so
the restructuring is shown to leave what the user sees unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar
from pytestqt.qtbot import QtBot

from desktop.i18n import Language
from desktop.main_window import MainWindow

RECORDED = Path(__file__).with_name("menus_recorded.json")  # written from the window before issue 16

Entry = str | tuple[str, "list[Entry]"]


def _entries(menu: QMenu) -> list[Entry]:
    entries: list[Entry] = []
    for action in menu.actions():
        if action.isSeparator():
            entries.append("---")
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            entries.append((sub.title(), _entries(sub)))
            continue
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        entries.append(f"{action.text()}\t{keys}" if keys else action.text())
    return entries


def menu_bar_layout(window: MainWindow) -> list[tuple[str, list[Entry]]]:
    """The menu bar as the user sees it: each menu's title and its entries."""
    layout: list[tuple[str, list[Entry]]] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        layout.append((menu.title(), _entries(menu)))
    return layout


def toolbar_layout(window: MainWindow) -> list[str]:
    """The navigation toolbar's buttons, as their short texts."""
    bar = window.findChild(QToolBar, "navigationToolbar")
    assert isinstance(bar, QToolBar)
    return ["---" if a.isSeparator() else a.iconText() for a in bar.actions() if isinstance(a, QAction)]


def _as_json(value: object) -> object:
    return json.loads(json.dumps(value, ensure_ascii=False))


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SERBIAN_CYRILLIC])
def test_every_menu_and_the_toolbar_are_as_recorded(qtbot: QtBot, language: Language) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_language(language)
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))[language.value]
    assert _as_json(menu_bar_layout(window)) == recorded["menus"]
    assert _as_json(toolbar_layout(window)) == recorded["toolbar"]
    window.close()
