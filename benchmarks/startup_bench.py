"""Start-up benchmark: the app against a bare-Qt window, both measured in the same run.

Two moments of the app are measured, each against the floor's moment (a bare QMainWindow has
painted, benchmarks/bare_qt.py):

- **usable**: the window shows content (`python -m desktop --exit-when-ready`, the moment the
  first page was shown; the app leaves once the index on disk is verified);
- **search ready**: the first query is answered in the search panel and painted
  (`python -m desktop --exit-after-search QUERY`: the engine opened, the query run, the window
  repainted).

Moments are wall-clock times written by each process to PREPOZNAJ_STARTUP_TRACE, counted from
just before the process was spawned; the whole process time is reported too. Both sides end
the same way (streams flushed, then `os._exit`: the app's `run` and bare_qt.py alike), so no
side pays a teardown the other skips. Runs alternate floor, usable, search ready, … so machine
noise hits all alike; medians, p95 and the ratios of medians are reported, with peak memory
(max RSS of the child: over every run, and apart for the warm starts and for the first start with
an empty cache, whose index build is its peak) and the first start's time. The
load average is reported too (the machine may be shared).

Both sides run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed), as on an installed
copy: without it every start would recompile the app's own modules, which no user ever sees.

Goals (issue 15): search ready <= 3 x floor; peak memory <= 150 MiB. `--json` prints one object."""

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
FIRST_QUERY = "oduzet pasoš"


def run_measured(args: list[str], env: dict[str, str], trace: Path) -> tuple[dict[str, float], float, float]:
    """(moment → seconds after spawn, whole process seconds, peak RSS in MiB) of one run."""
    trace.unlink(missing_ok=True)
    spawned = time.time()
    start = time.perf_counter()
    command = [sys.executable, *args]
    proc = subprocess.Popen(
        command, cwd=REPO, env={**env, "PREPOZNAJ_STARTUP_TRACE": str(trace)}, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    if proc.stderr:
        proc.stderr.close()
    moments: dict[str, float] = {}
    for line in trace.read_text(encoding="utf-8").splitlines():
        event, stamp = line.split()
        moments.setdefault(event, float(stamp) - spawned)  # the first of each
    return moments, elapsed, usage.ru_maxrss / 1024


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="warm runs of each (default 15)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="prepoznaj-bench-"))
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PREPOZNAJ_STARTUP_TRACE")},
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PREPOZNAJ_CACHE_DIR": str(home / "cache"),
        "PREPOZNAJ_CONFIG_DIR": str(home / "config"),
        "PREPOZNAJ_DATA_DIR": str(home / "data"),
        "PREPOZNAJ_LOG_DIR": str(home / "log"),
    }
    usable_args = ["-m", "desktop", "--exit-when-ready"]
    search_args = ["-m", "desktop", "--exit-after-search", FIRST_QUERY]
    floor_args = [str(REPO / "benchmarks" / "bare_qt.py")]
    trace = home / "trace.txt"
    load_before = load_average()
    samples: dict[str, list[float]] = {name: [] for name in ("floor", "usable", "search", "floor_s", "app_s")}
    app_rss: list[float] = []
    floor_rss: list[float] = []
    try:
        compile_app = [sys.executable, "-m", "compileall", "-q", "content", "search_index", "desktop"]
        subprocess.run(compile_app, cwd=REPO, check=True)
        first, first_s, first_rss = run_measured(search_args, env, trace)
        run_measured(floor_args, env, trace)  # warm-up of the floor's imports
        for _ in range(args.runs):
            moments, elapsed, rss = run_measured(floor_args, env, trace)
            samples["floor"].append(moments["painted"])
            samples["floor_s"].append(elapsed)
            floor_rss.append(rss)
            moments, elapsed, rss = run_measured(usable_args, env, trace)
            samples["usable"].append(moments["content"])
            app_rss.append(rss)
            moments, elapsed, rss = run_measured(search_args, env, trace)
            samples["search"].append(moments["search"])
            samples["app_s"].append(elapsed)
            app_rss.append(rss)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    ms = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    result = {
        "floor_painted_ms": round(ms["floor"], 1),
        "usable_ms": round(ms["usable"], 1),
        "search_ready_ms": round(ms["search"], 1),
        "usable_ratio": round(ms["usable"] / ms["floor"], 2),
        "search_ready_ratio": round(ms["search"] / ms["floor"], 2),
        "floor_painted_p95_ms": round(percentile(samples["floor"], 0.95) * 1000, 1),
        "usable_p95_ms": round(percentile(samples["usable"], 0.95) * 1000, 1),
        "search_ready_p95_ms": round(percentile(samples["search"], 0.95) * 1000, 1),
        "floor_process_ms": round(ms["floor_s"], 1),
        "search_ready_process_ms": round(ms["app_s"], 1),
        "process_ratio": round(ms["app_s"] / ms["floor_s"], 2),
        "first_start_search_ready_s": round(first["search"], 2),
        "first_start_content_shown_s": round(first.get("content", float("nan")), 2),
        "first_start_process_s": round(first_s, 2),
        "peak_rss_mib": round(max([*app_rss, first_rss]), 1),
        "warm_peak_rss_mib": round(max(app_rss), 1),
        "first_start_peak_rss_mib": round(first_rss, 1),
        "floor_peak_rss_mib": round(max(floor_rss), 1),
        "runs": args.runs,
        "load_before": load_before,
        "load_after": load_average(),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>28}: {value}")
        print("goals: search_ready_ratio <= 3, peak_rss_mib <= 150")
    return 0


if __name__ == "__main__":
    sys.exit(main())
