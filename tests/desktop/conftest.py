"""Desktop fixtures: a real main window on the bundled content, ready to be driven."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.i18n import Language
from desktop.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: QApplication) -> None:
    """The interface in English as the app starts it (desktop/app.py installs the language before any
    window): with the English catalogue, so counted texts read "1 result" / "30 results"."""
    i18n.install(Language.ENGLISH)


@pytest.fixture
def window(qtbot: QtBot, warm_caches: Path) -> Iterator[MainWindow]:
    """The main window as on an ordinary start: index and knowledge base from the caches."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=60_000):
        win.start_loading()
    assert win.startup_worker is not None and win.startup_worker.from_cache, "the seeded cache was not used"
    yield win
    win.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Serbian letters included (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
