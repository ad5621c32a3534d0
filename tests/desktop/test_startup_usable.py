"""The window is usable as soon as content is shown and the index on disk is verified; search
opens right after. `--exit-when-ready` leaves at that point, reliably."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.main_window import MainWindow
from desktop.startup import StartupWorker
from tests.conftest import REPO


def test_usable_comes_before_search_is_open_and_search_follows(qtbot: QtBot, seeded_cache: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    order: list[str] = []
    win.usable.connect(lambda: order.append(f"usable search_open={win.opened_index is not None}"))
    win.ready.connect(lambda: order.append("ready"))
    with qtbot.waitSignal(win.ready, timeout=60_000):
        win.start_loading()
    assert order == ["usable search_open=False", "ready"]
    assert win.opened_index is not None


def test_without_a_fresh_index_usable_waits_for_the_build(qtbot: QtBot) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    seen: list[bool] = []
    win.usable.connect(lambda: seen.append(win.opened_index is not None))
    with qtbot.waitSignal(win.ready, timeout=60_000):
        win.start_loading()
    assert seen == [True]  # nothing to verify on disk: usable only once the index was built and opened


def test_a_worker_that_finished_before_the_window_listened_still_makes_it_usable(
    qtbot: QtBot, seeded_cache: Path
) -> None:
    worker = StartupWorker(paths.index_dir(), cache_dir=paths.cache_dir(), stop_when_verified=True)
    worker.start()
    assert worker.wait(60_000)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.usable, timeout=5_000):
        win.start_loading(worker)
    assert win.opened_index is None  # told to stop once verified: it never loaded the engine


def test_exit_when_ready_leaves_promptly_every_time(warm_caches: Path) -> None:
    """Warm starts (the caches of an earlier start are in the folders the app is given)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # the test's own folders (isolated_dirs)
    command = [sys.executable, "-m", "desktop", "--exit-when-ready"]
    built = (warm_caches / "index" / "index-meta.json").stat().st_mtime_ns
    for _ in range(4):  # warm starts: the worker often finishes before the window listens
        started = time.perf_counter()
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        assert time.perf_counter() - started < 20
    assert (warm_caches / "index" / "index-meta.json").stat().st_mtime_ns == built, "the index was built again"
