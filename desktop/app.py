"""Start the application: `python -m desktop [--exit-when-ready]`.

Start-up order, fastest first: the log, the single-instance check, the window on screen; the
knowledge base, search and everything else arrive in the window as they become ready."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import (
    boot,  # noqa: F401 (first: Qt, without PySide's source scan of every later import)
    code_cache,
    gc_pause,
    i18n,
    paths,
    tasks,
)
from desktop.crash import CrashHandler, setup_logging
from desktop.settings import Settings
from desktop.single_instance import SingleInstance
from desktop.ui import windows

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

READY_TIMEOUT_MS = 120_000
# The single-instance server listens this long after `ready`, or this long after the window is
# built at the latest (below ANSWER_WAIT_MS in desktop/single_instance.py, how long a second start
# asks): its 10-20 ms (QtNetwork loaded, the socket opened) never delay a first query.
LISTEN_AFTER_READY_MS = 1000
LISTEN_LATEST_MS = 3000
# The garbage collector paused by the entry point (desktop/gc_pause.py) resumes at `ready`, when
# an index build starts, on a failure, or this long after the window is built at the latest.
GC_RESUME_LATEST_MS = 5000
# The freedesktop application id: the .desktop entry, the AppStream metainfo and the icon's name.
APP_ID = "org.prepoznaj.Prepoznaj"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


class _VersionAction(argparse.Action):
    """--version, reading the versions only when asked (package metadata costs start-up time)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> NoReturn:
        from desktop.version import version_line

        print(version_line())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prepoznaj", description="Prepoznaj: knowledge base and decision support for labour inspectors"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="open the main window, wait until content and search are ready and the window has painted, then exit",
    )
    parser.add_argument(
        "--exit-after-search",
        metavar="QUERY",
        help="like --exit-when-ready, but wait until search is open, search QUERY in the search panel, "
        "paint the results, then exit (start-up benchmark: search ready)",
    )
    parser.add_argument("--version", action=_VersionAction, help="print the app and content versions, then exit")
    return parser


def app_icon() -> QIcon:
    """The application icon: every PNG size (no image plugin needed) and the SVG for larger ones."""
    from desktop.resources import resource

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"prepoznaj-{size}.png")))
    icon.addFile(str(resource("icons", "prepoznaj.svg")))
    return icon


def read_fonts_in_background() -> threading.Thread:
    """Read the system's font list (fontconfig on Linux, some 20-30 ms of C++) on a thread of
    its own while the GUI thread imports and builds the window: the first widget that lays out
    text would otherwise read it on the GUI thread. Qt's font database is thread-safe, and PySide
    releases the interpreter lock while it is read, so the two really run side by side. Needs the
    QApplication (its platform's font database)."""
    return tasks.run_detached("font database", QFontDatabase.families)


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(list(argv))
    app.setApplicationName("Prepoznaj")
    app.setOrganizationName("Prepoznaj")
    app.setApplicationDisplayName("Prepoznaj")
    app.setWindowIcon(app_icon())  # every window's, and the task bar's
    app.setDesktopFileName(APP_ID)  # Wayland and X11 task bars match the window to the .desktop entry
    return app


def bring_to_front(window: MainWindow) -> None:
    """Show the running window to someone who started Prepoznaj again."""
    windows.bring_to_front(window)
    window.context.notify(
        translate(
            "Application",
            "Prepoznaj is already open: this is its window (one window keeps your saved work in one place).",
        ),
        10000,
    )


def answer_second_start(instance: SingleInstance, exit_when_ready: bool) -> int:
    """This data folder is already in use by a running Prepoznaj: bring that one to the front."""
    if instance.ask_running_instance():
        print(translate("Application", "Prepoznaj is already running; its window was brought to the front."))
        return 0
    message = translate(
        "Application",
        "Prepoznaj seems to be running already for this user (its lock file is %1), but it does not answer. "
        "If it is frozen, close it (or end it in the task manager) and start Prepoznaj again.",
    ).replace("%1", str(instance.data_dir / "prepoznaj.lock"))
    log.warning("second start: the running instance did not answer")
    if exit_when_ready:
        print(message, file=sys.stderr)
    else:
        QMessageBox.warning(None, translate("Application", "Prepoznaj"), message)
    return 1


def _trace_startup(window: MainWindow) -> Callable[[str], None]:
    """For benchmarks/startup_bench.py: when PREPOZNAJ_STARTUP_TRACE names a file, append the wall
    clock times at which the window was shown, content arrived and the window was ready. Returns
    the function that writes a moment (one that does nothing without the variable)."""
    target = os.environ.get("PREPOZNAJ_STARTUP_TRACE")
    if not target:
        return lambda _event: None

    def stamp(event: str) -> None:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"{event} {time.time():.4f}\n")

    stamp("shown")
    window.page_shown.connect(lambda href, _title: stamp("content") if href and window.kb is not None else None)
    window.ready.connect(lambda: stamp("ready"))
    return stamp


def resume_collector_when_started(window: MainWindow, stamp: Callable[[str], None]) -> None:
    """Resume the garbage collector paused by the entry point (desktop/gc_pause.py) once the
    window is ready, once an index build starts (a first start makes garbage), on a failure, or
    after GC_RESUME_LATEST_MS; `stamp("collector")` marks the moment (for the start-up trace)."""

    def resume() -> None:
        if gc_pause.resume():
            stamp("collector")

    window.ready.connect(resume)
    window.loading.index_progress.connect(lambda _done, _total: resume())
    window.loading.failed.connect(lambda _message: resume())
    QTimer.singleShot(GC_RESUME_LATEST_MS, resume)


def listen_when_settled(window: MainWindow, instance: SingleInstance) -> None:
    """Second starts are answered from LISTEN_AFTER_READY_MS after `ready` on, or after
    LISTEN_LATEST_MS when search takes longer (a first start builds the index): the local server
    (QtNetwork loaded, the socket opened: 10-20 ms) is not on the way to the window or to a first
    query, and a second start keeps asking for ANSWER_WAIT_MS (8 s) before it gives up."""
    window.ready.connect(lambda: QTimer.singleShot(LISTEN_AFTER_READY_MS, instance.listen))
    QTimer.singleShot(LISTEN_LATEST_MS, instance.listen)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv if argv is not None else sys.argv[1:])
    log_path = setup_logging(paths.log_dir())
    app = create_application([sys.argv[0]])
    read_fonts_in_background()
    settings = Settings()
    i18n.install(i18n.initial_language(settings.language, settings.content_language))
    instance = SingleInstance(paths.data_dir())
    if not instance.claim():
        return answer_second_start(instance, args.exit_when_ready)
    crash = CrashHandler(log_path, interactive=not args.exit_when_ready)
    crash.install()

    from desktop.startup import StartupWorker

    # Reading the knowledge base and opening the index start now, while the window is built.
    exit_when_usable = args.exit_when_ready and args.exit_after_search is None
    worker = StartupWorker(paths.index_dir(), cache_dir=paths.cache_dir(), stop_when_verified=exit_when_usable)
    worker.start()

    from desktop.context import build_context
    from desktop.features import FEATURES
    from desktop.main_window import MainWindow  # after the checks: a second start never loads it

    # The composition root: the shared context, then the window with the features in their order.
    context = build_context(settings)
    window = MainWindow(context=context, features=FEATURES)
    crash.parent_window = window
    instance.activation_requested.connect(lambda: bring_to_front(window))
    window.show()
    stamp = _trace_startup(window)
    # Before anyone else waits for `ready`: search_then_finish below and the user's first query
    # run with the collector on, and with the start-up's objects frozen.
    resume_collector_when_started(window, stamp)
    if args.exit_when_ready or args.exit_after_search is not None:

        def finish() -> None:
            window.repaint()  # the window has painted with the content before we leave
            app.processEvents()
            window.close()
            app.exit(0)

        def search_then_finish() -> None:
            window.search.field.setText(args.exit_after_search)
            window.search.run_search()  # at once, not after the typing pause
            window.repaint()  # the answer has painted before the moment is written
            app.processEvents()
            stamp("search")
            finish()

        # Queued: `usable` can come while start_loading() hands over what the worker did before the
        # window listened — before app.exec() runs, where app.exit() would be lost.
        if exit_when_usable:
            window.usable.connect(finish, Qt.ConnectionType.QueuedConnection)
        else:
            window.ready.connect(search_then_finish, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(READY_TIMEOUT_MS, lambda: app.exit(1))
    listen_when_settled(window, instance)
    window.start_loading(worker)
    try:
        return int(app.exec())
    finally:
        instance.release()
        crash.uninstall()


def run() -> NoReturn:
    """The app, then leave (started by desktop/launcher.py, the program's one way in).

    When main() returns the window is closed, the user database closed, the settings written and
    the log flushed. Tearing down thousands of Qt and Python objects one by one would still cost
    about a seventh of a second, for nobody: the process ends here instead.

    The garbage collector waits until the window is ready (desktop/gc_pause.py; the launcher
    pauses it before the app's first import already)."""
    gc_pause.pause()
    if not code_cache.installed():  # run() called directly: the app's imports compiled as usual
        code_cache.install(paths.cache_dir())
    code = main()
    code_cache.save()  # only when this run compiled a data class's method the cache lacked
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
