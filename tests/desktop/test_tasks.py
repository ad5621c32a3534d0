"""The background-task runner (desktop/tasks.py) and closing the window while the first start
still builds the search index."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.main_window import MainWindow
from desktop.tasks import CancelToken, TaskRunner, run_detached


def test_success_runs_on_the_gui_thread_with_the_result(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, bool]] = []
    worker_threads: list[bool] = []

    def op(_token: CancelToken) -> int:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        return 42

    runner.run("answer", op, success=lambda value: seen.append((value, QThread.currentThread().isMainThread())))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, True)] and worker_threads == [False]
    assert runner.wait_idle(1000) and runner.active() == []


def test_failure_gets_the_exception_and_success_is_not_called(qtbot: QtBot) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []
    successes: list[object] = []

    def op(_token: CancelToken) -> int:
        raise ValueError("broken pack")

    runner.run("broken", op, success=successes.append, failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ValueError) and successes == []


def test_progress_is_reported_on_the_gui_thread_in_order_before_success(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[str, int, int, bool]] = []

    def op(token: CancelToken) -> int:
        for done in range(1, 4):
            token.report(done, 3)
        return 3

    runner.run(
        "counting",
        op,
        success=lambda n: seen.append(("done", n, n, QThread.currentThread().isMainThread())),
        progress=lambda done, total: seen.append(("step", done, total, QThread.currentThread().isMainThread())),
    )
    qtbot.waitUntil(lambda: any(kind == "done" for kind, *_ in seen), timeout=5000)
    assert seen == [("step", 1, 3, True), ("step", 2, 3, True), ("step", 3, 3, True), ("done", 3, 3, True)]


def test_a_cancelled_task_stops_at_its_next_check_and_reports_nothing(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    reported: list[object] = []

    def op(token: CancelToken) -> str:
        started.set()
        while True:  # a long job that polls, as index building does
            token.check()
            time.sleep(0.005)

    runner.run("long", op, success=reported.append, failure=reported.append)
    assert started.wait(5)
    began = time.perf_counter()
    assert runner.shutdown(5000)
    assert time.perf_counter() - began < 1.0
    qtbot.wait(50)
    assert reported == [] and runner.active() == []
    # After shutdown nothing new starts.
    late = runner.run("late", lambda _t: 1, success=reported.append)
    assert late.token.cancelled and not late.running


def test_closing_the_window_during_the_first_index_build_ends_at_once(qtbot: QtBot) -> None:
    """No index in the cache: the first start builds it. Closing the window then stops the
    build at its next progress report instead of waiting for it to finish."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    progress: list[int] = []
    win.start_loading()
    worker = win.startup_worker
    assert worker is not None
    worker.index_progress.connect(lambda done, _total: progress.append(done))
    qtbot.waitUntil(lambda: bool(progress), timeout=60_000)
    assert not win.is_ready()  # still building
    began = time.perf_counter()
    win.close()
    took = time.perf_counter() - began
    assert not worker.isRunning()
    assert took < 1.0, f"closing took {took:.2f} s"
    index_dir: Path = paths.index_dir()
    leftovers = [p.name for p in index_dir.parent.glob(f".{index_dir.name}.building-*")]
    assert leftovers == []  # the half-built index was removed, not left for the next start


def test_detached_work_runs_on_a_thread_of_its_own_and_a_failure_is_only_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ran_on: list[threading.Thread] = []

    def op() -> None:
        ran_on.append(threading.current_thread())
        raise ValueError("no fonts")

    with caplog.at_level(logging.WARNING, logger="desktop.tasks"):
        thread = run_detached("font database", op)
        thread.join(10)
    assert ran_on == [thread] and thread is not threading.main_thread() and thread.daemon
    assert "background work font database failed" in caplog.text and "no fonts" in caplog.text
