"""Warm start of the desktop bundle against the same app run from a virtual environment, same run.

    python benchmarks/bundle_start.py [--bundle dist/prepoznaj/prepoznaj] [--python .venv/bin/python]
                                      [--runs 9] [--json]

Both start with `--exit-when-ready` (window shown, content and search index ready, painted, exit)
on the same user folders, after one start each that builds the index and the caches. Runs
alternate (bundle, venv, bundle, venv, ...) so that machine noise hits both alike; reports the
medians and their ratio. Each side also gets one first start with empty folders (index build
included)."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def started(command: list[str], home: Path) -> float:
    env = {
        "PATH": "/usr/bin:/bin",  # no venv: the bundle must not need one, and the venv side names its python
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PREPOZNAJ_CACHE_DIR": str(home / "cache"),
        "PREPOZNAJ_CONFIG_DIR": str(home / "config"),
        "PREPOZNAJ_DATA_DIR": str(home / "data"),
        "PREPOZNAJ_LOG_DIR": str(home / "log"),
    }
    begin = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - begin
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "prepoznaj" / "prepoznaj")
    parser.add_argument("--python", type=Path, default=REPO / ".venv" / "bin" / "python")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sides = {
        "bundle": [str(args.bundle.resolve()), "--exit-when-ready"],
        "venv": [str(args.python.absolute()), "-m", "desktop", "--exit-when-ready"],
    }
    first: dict[str, float] = {}
    warm: dict[str, list[float]] = {name: [] for name in sides}
    with tempfile.TemporaryDirectory(prefix="prepoznaj-bundle-bench-") as folder:
        homes = {name: Path(folder) / name for name in sides}
        for name, command in sides.items():
            homes[name].mkdir()
            first[name] = started(command, homes[name])
        for _ in range(args.runs):
            for name, command in sides.items():
                warm[name].append(started(command, homes[name]))
    median = {name: statistics.median(times) for name, times in warm.items()}
    result = {
        "runs": args.runs,
        "first_start_s": {k: round(v, 3) for k, v in first.items()},
        "warm_median_s": {k: round(v, 3) for k, v in median.items()},
        "warm_min_s": {k: round(min(v), 3) for k, v in warm.items()},
        "bundle_over_venv": round(median["bundle"] / median["venv"], 3),
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"first start (index built): bundle {first['bundle']:.2f} s, venv {first['venv']:.2f} s")
        print(
            f"warm start, median of {args.runs}: bundle {median['bundle']:.3f} s, venv {median['venv']:.3f} s "
            f"(bundle/venv {result['bundle_over_venv']:.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
