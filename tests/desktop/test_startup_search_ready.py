"""`--exit-after-search QUERY` (the start-up benchmark's "search ready" moment) opens the window,
waits for search, answers the query in the search panel and paints it before it leaves; the
moments it writes come in the order a user meets them. `python -m desktop` pauses the garbage
collector before its first import (desktop/gc_pause.py); the query runs with it on again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, app_process_env


def test_exit_after_search_answers_the_query_then_leaves(tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    env = app_process_env(tmp_path, PREPOZNAJ_STARTUP_TRACE=str(trace))
    command = [sys.executable, "-m", "desktop", "--exit-after-search", "pasoš oduzet"]
    for start in ("first (index built)", "warm"):
        trace.unlink(missing_ok=True)
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, f"{start}: {done.stderr}"
        moments: dict[str, float] = {}
        for line in trace.read_text(encoding="utf-8").splitlines():
            event, stamp = line.split()
            moments.setdefault(event, float(stamp))
        assert {"shown", "content", "ready", "collector", "search"} <= moments.keys(), f"{start}: {moments}"
        assert moments["shown"] <= moments["content"] <= moments["search"], start
        assert moments["ready"] <= moments["search"], start
        assert moments["collector"] <= moments["search"], f"{start}: the query ran with the collector paused"
    assert moments["ready"] <= moments["collector"]  # warm: at `ready`, not before
