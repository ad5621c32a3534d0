"""Keystroke to painted results: the app's own search panel, typed into character by character.

The real `desktop.shell.search_panel.SearchPanel` (its debounce, its search call, its list and the
rich-text delegate that paints titles and snippets) is shown at the size it has in the main
window, with the index of the bundled knowledge base. The 30 queries of search_bench.py are
typed one key at a time, as key events (Serbian and Cyrillic letters too, as a keyboard sends
them). For every keystroke the clock runs from just before the key press is sent until the
result list (or, when nothing is found, the status line) has painted the results of the text
as it now stands: the panel's results must answer the current text, and a paint event of the
list's viewport (or the status label) must have been handled after they arrived, and so must
every paint that follows at once (what posted events and zero timers then due paint: a list laid
out a turn of the event loop after its count painted is measured to its own paint). Meanwhile the
loop waits for events as the application's own event loop does (it never sleeps while a paint
is pending, which would add its sleep to the measure). The next key is pressed only then,
after an untimed 30 ms in which the panel may finish what it does after painting (the snippets
of hits below the first screen), as between two keys of a fast typist: every keystroke is
measured on its own. Typing faster than the panel answers only skips intermediate searches.

Each query starts from an empty field. One warm-up round, then `--rounds` timed rounds; p50,
p95 and the maximum over every keystroke, with the moment the results arrived (search and list
filled) and the CPU time the process spent per keystroke (less sensitive to a shared machine's
load than the wall clock, which is the measure), and the CPU time of the untimed pause after
each keystroke (what the panel still did after painting, with the pause's own polling), so that
work moved out of the measure stays in view. Run with QT_QPA_PLATFORM=offscreen (the default
here) or under Xvfb. `--json` prints one object. Goal (issue 15): p95 <= 16 ms (one frame)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from content.loader import load_knowledge_base  # noqa: E402
from content.paths import CONTENT_DIR  # noqa: E402
from desktop.shell.search_panel import SearchPanel  # noqa: E402
from search_index.searcher import SearchIndex  # noqa: E402
from search_index.store import build_index  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_bench import QUERIES, load_average, percentile  # noqa: E402

PANEL_SIZE = (340, 780)  # the search column of the main window (main_window.py: splitter sizes)
TIMEOUT_S = 5.0
SETTLE_S = 0.03  # untimed pause after each painted keystroke (a fast typist's keys are ~100 ms apart)
NOTHING_TO_PAINT_S = 0.2  # results that paint nothing within this time changed nothing on screen


class PaintWatch(QObject):
    """Notes when a watched widget handles a paint event after the panel's results changed."""

    def __init__(self, panel: SearchPanel) -> None:
        super().__init__()
        self.panel = panel
        self.waiting_for: object = None  # the results object whose paint we wait for
        self.painted = False
        self.paints = 0  # paint events of the watched widgets handled for the awaited results
        for widget in (panel.results.viewport(), panel.status):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        waiting = self.waiting_for is not None and self.panel.last_results is self.waiting_for
        if event.type() == QEvent.Type.Paint and waiting:
            self.painted = True
            self.paints += 1
        return False


def press(widget: QObject, character: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character))


Timing = tuple[float, float, float, bool]  # painted, results arrived, CPU seconds, anything painted


def keystroke(app: QApplication, panel: SearchPanel, watch: PaintWatch, character: str) -> Timing:
    """Seconds from the key press until the results of the new text have painted and until
    they arrived (the search ran and the list was filled), the CPU time the process spent
    meanwhile, and whether anything painted at all (results that change nothing on screen
    paint nothing: then the time is when the results arrived)."""
    before = panel.last_results
    watch.painted = False
    watch.waiting_for = None
    started = time.perf_counter()
    cpu = time.process_time()
    press(panel.field, character)
    text = panel.field.text()
    deadline = started + TIMEOUT_S
    arrived = cpu_at_arrival = 0.0
    wake_up = QTimer()
    wake_up.setSingleShot(True)
    while True:
        results = panel.last_results
        if watch.waiting_for is None and results is not before and results is not None and results.query == text:
            watch.waiting_for = results
            arrived = time.perf_counter()
            cpu_at_arrival = time.process_time()
        if watch.painted:
            finished = time.perf_counter()
            # The frame is complete once what is due at once has run and painted too: a list
            # laid out by a zero timer paints its rows after a count painted first.
            paints = watch.paints
            while True:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
                if watch.paints == paints:
                    break
                paints = watch.paints
                finished = time.perf_counter()
            watch.waiting_for = None
            wake_up.stop()
            return finished - started, arrived - started, time.process_time() - cpu, True
        now = time.perf_counter()
        if arrived and now - arrived > NOTHING_TO_PAINT_S:
            watch.waiting_for = None
            wake_up.stop()
            return arrived - started, arrived - started, cpu_at_arrival - cpu, False
        if now > deadline:
            wake_up.stop()
            raise SystemExit(f"no results within {TIMEOUT_S} s for {text!r}")
        if arrived and not wake_up.isActive():  # waits no longer than that for a paint
            wake_up.start(int(NOTHING_TO_PAINT_S * 1000) + 1)
        # As the application's event loop does: block until the next event (a paint is posted
        # as one), never sleep while one is pending.
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def settle(app: QApplication, seconds: float = SETTLE_S) -> None:
    """Let the panel finish what it does after painting (the snippets further down), as it
    would between two keys typed by a person; untimed."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)


def type_queries(
    app: QApplication, panel: SearchPanel, watch: PaintWatch, timings: list[Timing], after: list[float] | None = None
) -> None:
    """Type every query; `after` gets the CPU seconds of each untimed pause (what the panel
    still did after painting, plus the pause's own polling)."""
    for query, lang in QUERIES:
        panel.set_language(lang)
        panel.field.clear()
        settle(app)
        for character in query:
            timings.append(keystroke(app, panel, watch, character))
            cpu = time.process_time()
            settle(app)
            if after is not None:
                after.append(time.process_time() - cpu)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of the 30 queries (default 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    workdir = Path(tempfile.mkdtemp(prefix="prepoznaj-keystroke-bench-"))
    load_before = load_average()
    try:
        kb = load_knowledge_base(CONTENT_DIR).kb
        build_index(kb, workdir / "index")
        with SearchIndex.open(workdir / "index") as index:
            panel = SearchPanel()
            panel.set_knowledge_base(lambda: kb)
            panel.set_index(index)
            panel.resize(*PANEL_SIZE)
            panel.show()
            settle(app)
            watch = PaintWatch(panel)
            type_queries(app, panel, watch, [])  # warm-up
            timings: list[Timing] = []
            after: list[float] = []
            for _ in range(args.rounds):
                type_queries(app, panel, watch, timings, after)
            panel.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    ms = [t[0] * 1000 for t in timings]
    arrived = [t[1] * 1000 for t in timings]
    cpu = [t[2] * 1000 for t in timings]
    result = {
        "keystrokes": len(ms),
        "painted_nothing": sum(1 for t in timings if not t[3]),
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(percentile(ms, 0.95), 2),
        "max_ms": round(max(ms), 2),
        "results_arrived_p50_ms": round(statistics.median(arrived), 2),
        "results_arrived_p95_ms": round(percentile(arrived, 0.95), 2),
        "cpu_p50_ms": round(statistics.median(cpu), 2),
        "cpu_p95_ms": round(percentile(cpu, 0.95), 2),
        "after_paint_cpu_p50_ms": round(statistics.median(after) * 1000, 2),
        "after_paint_cpu_p95_ms": round(percentile([a * 1000 for a in after], 0.95), 2),
        "rounds": args.rounds,
        "load_before": load_before,
        "load_after": load_average(),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>12}: {value}")
        print(f"goal: p95 <= 16 ms: {result['p95_ms'] <= 16}")  # type: ignore[operator]
    return 0


if __name__ == "__main__":
    sys.exit(main())
