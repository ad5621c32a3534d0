"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot


def test_calling_void_qt_methods_does_not_drop_references_to_none(qtbot: QtBot) -> None:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    scroll_bar = browser.verticalScrollBar()
    before = sys.getrefcount(None)
    for _ in range(500):
        scroll_bar.setValue(0)
        browser.setWindowTitle("x")
    # A healthy binding leaves None's count where it was (give or take unrelated objects);
    # the broken one drops it by one per call: -1000 here, and the app aborts after a few thousand.
    assert sys.getrefcount(None) - before > -50
