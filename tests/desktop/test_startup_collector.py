"""The garbage collector waits while the app starts (desktop/gc_pause.py): paused by the entry
point, resumed with the start-up's objects frozen once the window is ready, once an index build
starts, or on a failure; the single-instance server listens only after the first query's time."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import gc_pause
from desktop.app import resume_collector_when_started
from desktop.main_window import MainWindow


@pytest.fixture
def paused_collector() -> Iterator[None]:
    assert gc.isenabled() and not gc_pause.is_paused()
    gc_pause.pause()
    try:
        yield
    finally:
        gc_pause.resume()
        gc.unfreeze()  # the rest of the test session collects as usual
        gc.enable()


def test_a_pause_stops_collecting_until_resumed_and_resuming_freezes_what_is_alive(paused_collector: None) -> None:
    assert not gc.isenabled() and gc_pause.is_paused()
    gc_pause.pause()  # a second pause (run() after `python -m desktop`) changes nothing
    before = gc.get_freeze_count()
    assert gc_pause.resume()
    assert gc.isenabled() and not gc_pause.is_paused()
    assert gc.get_freeze_count() > before  # later collections never walk the start-up's objects
    assert not gc_pause.resume()  # once


def test_resuming_does_nothing_when_nobody_paused() -> None:
    """Tests and embedders call main() without the entry point's pause: nothing is frozen."""
    before = gc.get_freeze_count()
    assert not gc_pause.resume()
    assert gc.isenabled() and gc.get_freeze_count() == before


@pytest.mark.parametrize(
    "moment",
    [
        pytest.param(lambda window: window.ready.emit(), id="ready"),
        pytest.param(lambda window: window.loading.index_progress.emit(1, 200), id="index build started"),
        pytest.param(lambda window: window.loading.failed.emit("unreadable"), id="failure"),
    ],
)
def test_the_window_resumes_the_collector(
    qtbot: QtBot, paused_collector: None, moment: Callable[[MainWindow], None]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.loading.failed.disconnect()  # no message box in a test: only the collector listens
    stamps: list[str] = []
    resume_collector_when_started(window, stamps.append)
    assert not gc.isenabled()
    moment(window)
    assert gc.isenabled() and stamps == ["collector"]


def test_the_single_instance_server_listens_after_the_first_query_s_time(qtbot: QtBot, tmp_path: Path) -> None:
    """Not at `ready` (a first query would wait for QtNetwork and the socket), but soon after."""
    from PySide6.QtNetwork import QLocalServer

    from desktop.app import LISTEN_AFTER_READY_MS, LISTEN_LATEST_MS, listen_when_settled
    from desktop.single_instance import ANSWER_WAIT_MS, SingleInstance

    assert LISTEN_AFTER_READY_MS < LISTEN_LATEST_MS < ANSWER_WAIT_MS
    window = MainWindow()
    qtbot.addWidget(window)
    instance = SingleInstance(tmp_path / "data")
    assert instance.claim()
    try:
        listen_when_settled(window, instance)
        window.ready.emit()
        qtbot.wait(LISTEN_AFTER_READY_MS // 4)
        assert instance.findChildren(QLocalServer) == []
        qtbot.waitUntil(lambda: len(instance.findChildren(QLocalServer)) == 1, timeout=LISTEN_AFTER_READY_MS * 2)
    finally:
        instance.release()
