"""`--exit-after-search QUERY` (the start-up benchmark's "search ready" moment) opens the window,
waits for search, answers the query in the search panel and paints it before it leaves; the
moments it writes come in the order a user meets them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_exit_after_search_answers_the_query_then_leaves(tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PREPOZNAJ_CACHE_DIR": str(tmp_path / "cache"),
        "PREPOZNAJ_CONFIG_DIR": str(tmp_path / "config"),
        "PREPOZNAJ_DATA_DIR": str(tmp_path / "data"),
        "PREPOZNAJ_LOG_DIR": str(tmp_path / "log"),
        "PREPOZNAJ_STARTUP_TRACE": str(trace),
    }
    command = [sys.executable, "-m", "desktop", "--exit-after-search", "pasoš oduzet"]
    for start in ("first (index built)", "warm"):
        trace.unlink(missing_ok=True)
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, f"{start}: {done.stderr}"
        moments: dict[str, float] = {}
        for line in trace.read_text(encoding="utf-8").splitlines():
            event, stamp = line.split()
            moments.setdefault(event, float(stamp))
        assert {"shown", "content", "ready", "search"} <= moments.keys(), f"{start}: {moments}"
        assert moments["shown"] <= moments["content"] <= moments["search"], start
        assert moments["ready"] <= moments["search"], start
