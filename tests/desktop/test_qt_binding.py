"""Guard against a Qt binding that corrupts reference counts.

PySide6 6.12.0 drops a reference to None on every call of a method returning nothing: on Python
3.11, where None is an ordinary object, the app aborts ("none_dealloc") after a few thousand calls.
From Python 3.12 None is immortal: the drop does no harm there, and cannot be seen. The same kind
of fault on ordinary objects (a value handed to Qt, a value Qt hands back) is checked on every
version."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QTextBrowser
from pytestqt.qtbot import QtBot

CALLS = 500
ROLE = Qt.ItemDataRole.UserRole + 7
# Unrelated objects come and go while Qt is called; a binding fault moves a count by one per call.
SLACK = 50


class Value:
    """An ordinary (mortal) Python object, as the app stores on list items and passes to slots."""


def test_values_handed_to_qt_and_back_keep_their_reference_counts() -> None:
    value = Value()
    item = QListWidgetItem()
    item.setData(ROLE, value)
    held = sys.getrefcount(value)  # ours, the argument's, and the one the item keeps
    for _ in range(CALLS):
        item.setData(ROLE, value)  # a method returning nothing, given the same object again
    assert abs(sys.getrefcount(value) - held) < SLACK, "storing a value leaks or drops references"
    for _ in range(CALLS):
        assert item.data(ROLE) is value  # Qt hands the object back
    assert abs(sys.getrefcount(value) - held) < SLACK, "reading a value back leaks or drops references"
    item.setData(ROLE, None)
    assert sys.getrefcount(value) == held - 1, "the item lets go of the value it no longer holds"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: no count to drop")
def test_calling_void_qt_methods_does_not_drop_references_to_none(qtbot: QtBot) -> None:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    scroll_bar = browser.verticalScrollBar()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        scroll_bar.setValue(0)
        browser.setWindowTitle("x")
    # The broken binding drops None's count by one per call: -1000 here.
    assert sys.getrefcount(None) - before > -SLACK
