"""What goes wrong on a real desk, driven through the real window: a damaged or locked search
index, a damaged user database, an unexpected error, a second start."""

from __future__ import annotations

import logging
import os
import random
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.app import bring_to_front
from desktop.crash import LOG_FILENAME, CrashHandler, setup_logging
from desktop.main_window import MainWindow
from desktop.single_instance import LOCK_FILENAME, SingleInstance
from desktop.userdata.database import DB_FILENAME
from search_index.store import WRITE_LOCK
from tests.conftest import REPO
from tests.search_index.test_index_repair import LOCK_HOLDER


def open_window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=60_000):
        win.start_loading()
    return win


def search_finds(win: MainWindow, qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(win.search.field, text)
    qtbot.waitUntil(lambda: bool(win.search.hit_items()), timeout=10_000)


# -- the search index ------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # Whoosh's handle on the truncated file
@pytest.mark.usefixtures("warm_caches")  # the content from its cache: what is tested comes after
def test_a_truncated_index_is_rebuilt_and_the_window_says_so(qtbot: QtBot, seeded_cache: Path) -> None:
    for segment in seeded_cache.glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[:4096])
    win = open_window(qtbot)
    assert "search index was damaged" in win.statusBar().currentMessage()
    assert "rebuilt" in win.statusBar().currentMessage()
    search_finds(win, qtbot, "passport")


@pytest.mark.usefixtures("warm_caches")  # the content from its cache: what is tested comes after
def test_a_deleted_index_file_is_rebuilt_and_search_answers(qtbot: QtBot, seeded_cache: Path) -> None:
    (seeded_cache / "sequences.bin").unlink()
    win = open_window(qtbot)
    assert "search index was damaged" in win.statusBar().currentMessage()
    search_finds(win, qtbot, "debt bondage")


@pytest.mark.usefixtures("warm_caches")  # the content from its cache: what is tested comes after
def test_a_locked_index_is_rebuilt_and_the_window_says_so(qtbot: QtBot, seeded_cache: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(seeded_cache), WRITE_LOCK], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        win = open_window(qtbot)
        assert "left locked by an interrupted update" in win.statusBar().currentMessage()
        search_finds(win, qtbot, "passport")
    finally:
        holder.kill()
        holder.communicate()


# -- the user database -----------------------------------------------------------------------


@pytest.mark.usefixtures("warm_caches")  # the content from its cache: what is tested comes after
def test_a_damaged_user_database_is_kept_aside_and_the_user_told_where(
    qtbot: QtBot, seeded_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = paths.data_dir() / DB_FILENAME
    garbage = b"SQLite format 3\x00" + random.Random("damaged-database").randbytes(4096)  # the same every run
    damaged.write_bytes(garbage)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    win = open_window(qtbot)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    kept = [p for p in paths.data_dir().iterdir() if p.name.startswith(f"{DB_FILENAME}.damaged-")]
    assert len(kept) == 1
    assert str(kept[0]) in told[0]  # the full path, so the user (or support) can find it
    assert "was damaged" in told[0]
    assert kept[0].read_bytes() == garbage  # never silently emptied
    # The fresh database works: a bookmark is saved and read back.
    win.open_href("kb:palermo-protocol")
    win.features.desk.store.add_bookmark("kb:palermo-protocol", "Palermo")
    assert [b.title for b in win.features.desk.store.bookmarks()] == ["Palermo"]


# -- unexpected errors -----------------------------------------------------------------------


@pytest.fixture
def crash_handler(window: MainWindow, isolated_dirs: Path) -> Iterator[CrashHandler]:
    root = logging.getLogger()
    handlers = list(root.handlers)
    level = root.level
    log_path = setup_logging(paths.log_dir(), native_crashes=False)  # pytest keeps its faulthandler
    handler = CrashHandler(log_path, window)
    handler.install()
    yield handler
    handler.uninstall()
    for extra in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(extra)
        extra.close()
    root.setLevel(level)


def capture_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def boom() -> None:
    raise ZeroDivisionError("a bug in a menu command")


def test_an_unexpected_error_shows_what_happened_and_where_the_log_is(
    window: MainWindow, crash_handler: CrashHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = capture_dialogs(monkeypatch)
    action = QAction("Broken command", window)
    action.triggered.connect(boom)
    action.trigger()  # Qt calls the slot; the error reaches sys.excepthook, the app goes on
    assert len(shown) == 1
    box = shown[0]
    text = box.informativeText()
    assert "ZeroDivisionError: a bug in a menu command" in text
    assert "test_robustness.py" in text and "boom" in text  # where it happened
    log_file = paths.log_dir() / LOG_FILENAME
    assert str(log_file) in text
    assert "Traceback" in box.detailedText()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ZeroDivisionError: a bug in a menu command" in log_file.read_text(encoding="utf-8")
    # The app goes on: the window still works.
    window.open_href("kb:palermo-protocol")
    assert "Palermo" in window.windowTitle()


def test_the_same_error_again_is_logged_but_not_shown_twice(
    window: MainWindow, crash_handler: CrashHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = capture_dialogs(monkeypatch)
    action = QAction("Broken command", window)
    action.triggered.connect(boom)
    for _ in range(3):
        action.trigger()
    assert len(shown) == 1
    assert sum(crash_handler.shown.values()) == 3


def test_an_error_in_a_background_thread_is_shown_by_the_window(
    window: MainWindow, crash_handler: CrashHandler, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    shown = capture_dialogs(monkeypatch)

    def work() -> None:
        raise RuntimeError("the export thread failed")

    thread = threading.Thread(target=work, name="export")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "RuntimeError: the export thread failed" in shown[0].informativeText()


def test_a_log_folder_that_cannot_be_made_leaves_logging_on_the_terminal(tmp_path: Path) -> None:
    blocker = tmp_path / "log-is-a-file"
    blocker.write_text("", encoding="utf-8")
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:  # as in the app, where nothing logs before this
        root.removeHandler(handler)
    try:
        assert setup_logging(blocker / "log", native_crashes=False) is None
        added = list(root.handlers)
    finally:
        for extra in list(root.handlers):
            root.removeHandler(extra)
        for handler in before:
            root.addHandler(handler)
    assert [type(h) for h in added] == [logging.StreamHandler], "the terminal still gets the log"
    assert blocker.read_text(encoding="utf-8") == ""


def without_permission_override() -> list[str]:
    """A command prefix under which file permissions hold. Root ignores them, so as root (CI) the
    process is started without the capabilities that override them (util-linux `setpriv`)."""
    if sys.platform == "win32":
        pytest.skip("a folder's write permission is an ACL on Windows, not its mode")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only folder cannot be made real")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


@pytest.mark.slow
def test_a_read_only_log_folder_does_not_stop_the_app(isolated_dirs: Path, seeded_cache: Path) -> None:
    log_dir = paths.log_dir()
    log_dir.chmod(0o555)
    try:
        prefix = without_permission_override()
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", f"open({str(log_dir / 'probe')!r}, 'w')"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if prefix and probe.returncode != 0 and "Traceback" not in probe.stderr:
            pytest.skip(f"root's override of permissions cannot be dropped here: {probe.stderr.strip()}")
        assert "PermissionError" in probe.stderr, "the folder must really be read-only for the app"
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "desktop", "--exit-when-ready"],
            cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    finally:
        log_dir.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert "cannot write the log" in done.stderr and "logging to the terminal only" in done.stderr
    assert list(log_dir.iterdir()) == []


# -- one instance per user and data folder ---------------------------------------------------


def test_a_second_start_brings_the_running_window_to_the_front(
    window: MainWindow, qtbot: QtBot, isolated_dirs: Path
) -> None:
    instance = SingleInstance(paths.data_dir())
    assert instance.claim()
    assert instance.listen()
    activated: list[bool] = []
    instance.activation_requested.connect(lambda: (activated.append(True), bring_to_front(window)))
    window.showMinimized()
    second: subprocess.Popen[str] | None = None
    try:
        second = subprocess.Popen(
            [sys.executable, "-m", "desktop"],
            cwd=REPO,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        out, err = second.communicate()
        assert second.returncode == 0, err
        assert "already running" in out
        assert activated == [True]
        assert not window.isMinimized()
        assert "already open" in window.statusBar().currentMessage()
        assert "Traceback" not in err
    finally:
        if second is not None and second.poll() is None:
            second.kill()
            second.communicate()
        instance.release()


def test_a_lock_left_by_a_crashed_instance_does_not_block_the_next_start(isolated_dirs: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path = paths.data_dir() / LOCK_FILENAME
    lock_path.write_text(f"{dead.pid}\nprepoznaj\n{os.uname().nodename}\n", encoding="utf-8")
    instance = SingleInstance(paths.data_dir())
    try:
        assert instance.claim()
    finally:
        instance.release()


def test_the_instance_name_is_per_user_and_data_folder(tmp_path: Path) -> None:
    one, two = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert one.name != two.name
    assert one.name == SingleInstance(tmp_path / "a").name


def test_two_claims_on_one_data_folder_cannot_both_win(isolated_dirs: Path) -> None:
    first, second = SingleInstance(paths.data_dir()), SingleInstance(paths.data_dir())
    try:
        assert first.claim()
        assert not second.claim(), "the second start must not win while the first holds the folder"
        assert not QLockFile(str(paths.data_dir() / LOCK_FILENAME)).tryLock(0)
        assert second.ask_running_instance(wait_ms=300) is False  # nobody listens yet: no hang
        first.release()
        assert second.claim(), "once the first has let go, the next start wins"
        assert not first.claim()
    finally:
        first.release()
        second.release()
