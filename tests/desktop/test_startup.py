"""Start-up: the window is on screen before anything heavy is loaded; the knowledge base comes
from its cache; what the first click needs is prepared off the GUI thread once the window is ready."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from content.kb_cache import CACHE_FILENAME
from desktop.main_window import MainWindow
from tests.conftest import REPO, app_process_env

# Loaded when first used (a page, a search, a print, an assessment, a presentation), never by the
# window's own imports. If this test fails, import the module inside the function that needs it
# (or under `if TYPE_CHECKING:` when it is only a type): see desktop/startup.py.
NOT_AT_START = (
    "whoosh",
    "markdown",
    "pymdownx",
    "yaml",
    "content.loader",
    "content.pages",
    "content.render",
    "PySide6.QtPrintSupport",
    "PySide6.QtNetwork",
    "importlib.resources",  # desktop/resources finds its folder without it
    "desktop.features.printing.output",
    "desktop.about",
    "desktop.features.assessment.wizard",
    "desktop.features.packs.dialogs",
    "desktop.features.trainer.presenter",
    "desktop.features.trainer.audience",
    "desktop.features.trainer.selftest_window",
    "desktop.features.assessment.store",  # the stores of saved assessments and trainer results:
    "desktop.features.trainer.store",  # made when first used
)


def test_the_window_module_imports_nothing_heavy() -> None:
    code = (
        "import sys, desktop.app, desktop.context, desktop.features, desktop.main_window\n"
        f"print(' '.join(sorted(m for m in {NOT_AT_START!r} if m in sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.split() == [], "imported at start-up: " + done.stdout


def test_modules_imported_after_the_app_are_not_read_as_text_by_pyside() -> None:
    """PySide6's `__feature__` import hook reads the whole source of every module imported after
    Qt (`inspect.getsource`, which fills `linecache`): some 140 files at every start. The app puts
    the plain import back (desktop/boot.py), so none of the window's modules is read (only the
    package's one-line `__init__.py`, by the statement that imports desktop.boot)."""
    code = (
        "import linecache, pathlib, desktop.app, desktop.context, desktop.features, desktop.main_window\n"
        "read = (pathlib.Path(f) for f in linecache.cache)\n"
        "print(' '.join(sorted(str(p) for p in read if 'desktop' in p.parts and p.name != '__init__.py'"
        " or p.parent.name != 'desktop' and p.name == '__init__.py' and 'desktop' in p.parts)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == [], "read as text at import: " + done.stdout


def test_a_from_feature_import_is_used_nowhere_in_the_app() -> None:
    """desktop/boot.py turns PySide's `__feature__` switch off for the app's process: no module
    may rely on it (`from __feature__ import snake_case` would silently do nothing)."""
    users = [
        str(path.relative_to(REPO))
        for package in ("desktop", "content", "search_index")
        for path in (REPO / package).rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom | ast.Import)
        and any("__feature__" in name for name in [getattr(node, "module", None) or "", *(a.name for a in node.names)])
    ]
    assert users == []


def test_the_single_instance_server_listens_once(qtbot: QtBot, tmp_path: Path) -> None:
    """The app asks it to listen after `ready` and again after a delay at the latest (desktop/app.py):
    the second call keeps the one server."""
    from PySide6.QtNetwork import QLocalServer

    from desktop.single_instance import SingleInstance

    instance = SingleInstance(tmp_path / "data")
    assert instance.claim()
    try:
        assert instance.listen() and instance.listen()
        assert len(instance.findChildren(QLocalServer)) == 1
        asking = SingleInstance(tmp_path / "data")
        activated: list[bool] = []
        instance.activation_requested.connect(lambda: activated.append(True))
        threading.Thread(target=lambda: activated.append(asking.ask_running_instance(3000)), daemon=True).start()
        qtbot.waitUntil(lambda: len(activated) == 2, timeout=5000)
    finally:
        instance.release()


def test_the_window_is_shown_before_the_content_is_loaded(qtbot: QtBot, seeded_cache: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.kb is None
    assert "Loading the knowledge base" in win.view.toPlainText()
    with qtbot.waitSignal(win.ready, timeout=60_000):
        win.start_loading()
    assert win.kb is not None and "Start here" in win.view.toPlainText()


def test_the_first_page_is_prepared_off_the_gui_thread_after_ready(
    qtbot: QtBot, seeded_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page renderer, "Cited by" and the glossary marks are made once, in a worker thread, and
    the first opened page uses them: nothing of the three is made on the GUI thread."""
    import content.backlinks
    import content.glossary_marks
    import content.pages

    made: list[tuple[str, bool]] = []  # (what, on the GUI thread)

    def recording(name: str, make: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            made.append((name, threading.current_thread() is threading.main_thread()))
            return make(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(content.pages.PageBuilder, "__init__", recording("pages", content.pages.PageBuilder.__init__))
    monkeypatch.setattr(content.backlinks, "build_backlinks", recording("backlinks", content.backlinks.build_backlinks))
    marker_init = content.glossary_marks.GlossaryMarker.__init__
    monkeypatch.setattr(content.glossary_marks.GlossaryMarker, "__init__", recording("marker", marker_init))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=60_000):
        win.start_loading()
    qtbot.waitUntil(win.is_warmed_up, timeout=20_000)
    win.open_href("kb:palermo-protocol")
    assert "Palermo" in win.windowTitle()
    assert "Cited by" in win.view.toPlainText()
    assert sorted(made) == [("backlinks", False), ("marker", False), ("pages", False)]


def test_the_warm_up_waits_until_the_window_has_painted(
    qtbot: QtBot, seeded_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warm-up (stemmers, page renderer) would compete for the interpreter with the window's
    first paint and a first query: it starts WARM_UP_DELAY_MS after `ready`, and then surely."""
    import time

    import search_index.analysis
    from desktop.shell.loading import WARM_UP_DELAY_MS

    started: list[float] = []
    load = search_index.analysis.load_stemmers
    monkeypatch.setattr(search_index.analysis, "load_stemmers", lambda: (started.append(time.perf_counter()), load()))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=60_000):
        win.start_loading()
    ready_at = time.perf_counter()
    qtbot.waitUntil(lambda: bool(started), timeout=20_000)
    assert started[0] - ready_at >= 0.9 * WARM_UP_DELAY_MS / 1000
    qtbot.waitUntil(win.is_warmed_up, timeout=20_000)


def test_the_second_start_reads_the_cached_knowledge_base(qtbot: QtBot, seeded_cache: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.ready, timeout=60_000):
        first.start_loading()
    assert first.startup_worker is not None and not first.startup_worker.from_cache
    first.close()
    assert (seeded_cache.parent / CACHE_FILENAME).exists()
    second = MainWindow()
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.ready, timeout=60_000):
        second.start_loading()
    assert second.startup_worker is not None and second.startup_worker.from_cache
    assert second.kb == first.kb and second.problems == first.problems


@pytest.mark.slow
def test_exit_when_ready_twice_builds_then_uses_the_caches(tmp_path: Path) -> None:
    env = app_process_env(tmp_path)
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "--exit-when-ready"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "cache" / CACHE_FILENAME).exists()
    assert (tmp_path / "cache" / "index" / "index-meta.json").exists()
    assert (tmp_path / "log" / "prepoznaj.log").exists()
    assert not (tmp_path / "data" / "prepoznaj.lock").exists()  # released on exit


def test_a_worker_started_before_the_window_hands_over_everything_exactly_once(
    qtbot: QtBot, seeded_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app starts reading before it builds the window; nothing reported meanwhile is lost."""
    from desktop import paths
    from desktop.startup import StartupWorker

    worker = StartupWorker(paths.index_dir(), cache_dir=paths.cache_dir())
    worker.start()
    assert worker.wait(60_000)  # it finished before anyone listened
    handled: list[str] = []
    for name in ("_on_content_loaded", "_on_index_ready"):
        original = getattr(MainWindow, name)
        monkeypatch.setattr(
            MainWindow, name, lambda self, arg, _o=original, _n=name: (handled.append(_n), _o(self, arg))[1]
        )
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.start_loading(worker)
    qtbot.wait(50)  # anything queued twice would arrive now
    assert handled == ["_on_content_loaded", "_on_index_ready"]
    assert "Start here" in win.view.toPlainText()
    qtbot.keyClicks(win.search.field, "passport")
    qtbot.waitUntil(lambda: bool(win.search.hit_items()), timeout=10_000)


def test_logging_is_set_up_without_logging_handlers(tmp_path: Path) -> None:
    """logging.handlers imports `socket`, `queue` and more (some 10 ms of every start) for
    handlers the app never uses; the log rotates by itself (desktop/crash.py RotatingLog)."""
    code = (
        "import sys, pathlib, desktop.crash\n"
        f"print(desktop.crash.setup_logging(pathlib.Path({str(tmp_path)!r}), native_crashes=False))\n"
        "print('logging.handlers' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(tmp_path / "prepoznaj.log"), "False"]


def test_the_log_is_moved_aside_before_it_reaches_its_size_and_keeps_its_backups(tmp_path: Path) -> None:
    import logging

    from desktop.crash import RotatingLog

    folder = tmp_path / "log"
    folder.mkdir()
    path = folder / "app.log"
    handler = RotatingLog(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test.rotating-log")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(30):
            logger.warning("record %02d %s", number, "x" * 40)  # 50 bytes a line: 3 lines a file
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in folder.iterdir()) == ["app.log", "app.log.1", "app.log.2"]
    sizes = [p.stat().st_size for p in folder.iterdir()]
    assert all(size < 200 for size in sizes), sizes
    lines = [
        path.with_name(name).read_text(encoding="utf-8").splitlines() for name in ("app.log.2", "app.log.1", "app.log")
    ]
    kept = [line.split()[1] for part in lines for line in part]
    assert kept == [f"{n:02d}" for n in range(30 - len(kept), 30)]  # the newest, in order, none lost between files


def test_the_font_list_is_read_off_the_gui_thread(qtbot: QtBot) -> None:
    """desktop/app.py reads the system's fonts on a thread of its own while the window is built
    (Qt's font database is thread-safe; PySide leaves the interpreter to the GUI thread meanwhile)."""
    from PySide6.QtGui import QFontDatabase

    from desktop.app import read_fonts_in_background

    thread = read_fonts_in_background()
    assert thread is not threading.current_thread() and thread.name == "font database"
    thread.join(30)
    assert not thread.is_alive()
    assert QFontDatabase.families()
