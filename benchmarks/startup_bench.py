"""Start-up benchmark: `python -m desktop --exit-when-ready` against a bare-Qt window, same run.

Runs alternate (floor, app, floor, app, …) so machine noise hits both alike; reports medians,
the ratio of medians, peak memory (max RSS of the child) and the first start with an empty cache
(index build included), with the moments the window was shown and showed content (the app writes
them to PREPOZNAJ_STARTUP_TRACE). `--json` prints one object.

Both sides run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed), as on an installed
copy: without it every start would recompile the app's own modules, which no user ever sees.

Targets (issue 6): warm start <= 2.5 x floor; first start <= 5 s; peak memory <= 150 MiB."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_measured(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    command = [sys.executable, *args]
    proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="warm runs of each (default 15)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="prepoznaj-bench-"))
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PREPOZNAJ_CACHE_DIR": str(home / "cache"),
        "PREPOZNAJ_CONFIG_DIR": str(home / "config"),
        "PREPOZNAJ_DATA_DIR": str(home / "data"),
        "PREPOZNAJ_LOG_DIR": str(home / "log"),
    }
    app_args = ["-m", "desktop", "--exit-when-ready"]
    floor_args = [str(REPO / "benchmarks" / "bare_qt.py")]
    trace = home / "trace.txt"
    try:
        compile_app = [sys.executable, "-m", "compileall", "-q", "content", "search_index", "desktop"]
        subprocess.run(compile_app, cwd=REPO, check=True)
        spawned = time.time()
        first_start, first_rss = run_measured(app_args, {**env, "PREPOZNAJ_STARTUP_TRACE": str(trace)})
        events = dict(line.split() for line in reversed(trace.read_text().splitlines()))  # the first of each
        shown_s = float(events["shown"]) - spawned
        content_s = float(events.get("content", "nan")) - spawned
        run_measured(floor_args, env)  # warm-up of the floor's imports
        floor_times, app_times, floor_rss, app_rss = [], [], [], []
        for _ in range(args.runs):
            t, m = run_measured(floor_args, env)
            floor_times.append(t)
            floor_rss.append(m)
            t, m = run_measured(app_args, env)
            app_times.append(t)
            app_rss.append(m)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    floor_ms = statistics.median(floor_times) * 1000
    app_ms = statistics.median(app_times) * 1000
    result = {
        "floor_median_ms": round(floor_ms, 1),
        "warm_median_ms": round(app_ms, 1),
        "warm_ratio": round(app_ms / floor_ms, 2),
        "first_start_s": round(first_start, 2),
        "first_start_window_shown_s": round(shown_s, 2),
        "first_start_content_shown_s": round(content_s, 2),
        "peak_rss_mib": round(max([*app_rss, first_rss]), 1),
        "floor_peak_rss_mib": round(max(floor_rss), 1),
        "runs": args.runs,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
        print("targets: warm_ratio <= 2.5, first_start_s <= 5, peak_rss_mib <= 150")
    return 0


if __name__ == "__main__":
    sys.exit(main())
