"""The page "What changed in this edition", opened as a user opens it: from the Help menu and from
the start page, in English and in Serbian Cyrillic; what the window shows is read back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from content.changes import all_changes, content_edition, long_date
from content.model import LoadResult
from content.translit import to_cyrillic
from desktop import i18n
from desktop.i18n import Language
from desktop.main_window import HOME_HREF, MainWindow


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.install(Language.ENGLISH)


def help_action(window: MainWindow, text: str) -> QAction:
    """The Help menu's entry whose text (without its Alt letter) is `text`."""
    for action in window.help_menu.actions():
        if action.text().replace("&", "") == text:
            return action
    shown = [a.text() for a in window.help_menu.actions()]
    raise AssertionError(f"no {text!r} in the Help menu: {shown}")


def click_link(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Click the visible link whose words are `text` in the article view."""
    view = window.view
    found = view.document().find(text)
    assert not found.isNull(), f"{text!r} is not on the page"
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    QApplication.processEvents()
    point = view.cursorRect(cursor).center()
    assert view.anchorAt(point) == "kb:changes"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_help_menu_opens_the_page_newest_change_first(window: MainWindow, real_load: LoadResult) -> None:
    entries = all_changes(real_load.kb)
    assert entries, "the knowledge base records what changed in this edition"
    help_action(window, "What Changed in This Edition").trigger()
    assert window.history.current is not None and window.history.current.href == "kb:changes"
    assert window.windowTitle().startswith("What changed in this edition")
    shown = window.view.toPlainText()
    assert f"Content version: {content_edition(real_load.kb)}" in shown
    newest, oldest = entries[0], entries[-1]
    assert shown.index(long_date(newest.date, "en")) <= shown.index(long_date(oldest.date, "en"))
    assert shown.index(newest.text.en) <= shown.index(oldest.text.en)
    for entry in entries:
        assert entry.text.en in shown
    # Each entry links to the page it is about.
    window.view.anchorClicked.emit(QUrl(f"kb:{newest.doc_id}"))
    assert window.history.current.href == f"kb:{newest.doc_id}"


def test_the_start_page_links_to_the_page(qtbot: QtBot, window: MainWindow, real_load: LoadResult) -> None:
    window.open_href(HOME_HREF)
    count = len(all_changes(real_load.kb))
    shown = window.view.toPlainText()
    assert f"What changed in this edition — {count} change" in shown
    click_link(qtbot, window, "What changed in this edition")
    assert window.history.current is not None and window.history.current.href == "kb:changes"
    assert "Content version" in window.view.toPlainText()


def test_in_cyrillic_the_menu_the_start_page_and_the_page_are_serbian(
    qtbot: QtBot, window: MainWindow, real_load: LoadResult
) -> None:
    window.set_language(Language.SERBIAN_CYRILLIC)
    QApplication.processEvents()
    window.open_href(HOME_HREF)
    title = to_cyrillic("Šta je novo u ovom izdanju")
    assert title in window.view.toPlainText()
    help_action(window, to_cyrillic("Šta je novo u ovom izdanju")).trigger()
    shown = window.view.toPlainText()
    assert shown.startswith(title)
    assert to_cyrillic("Verzija sadržaja") in shown
    newest = all_changes(real_load.kb)[0]
    assert to_cyrillic(long_date(newest.date, "sr")) in shown
    assert to_cyrillic(newest.text.sr) in shown
    assert "What changed" not in shown
