"""The code paths that must work on Windows too, exercised here on Linux: whether the process that
left a half-built index is alive (psutil, no signals), the write lock probed with the lock Whoosh
itself takes on this platform, Windows-style paths where leftover folders are named, and a rename
that Windows refuses for a moment."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath, PureWindowsPath

import psutil
import pytest

from search_index import store
from search_index.freshness import WRITE_LOCK, lock_held
from search_index.store import _LEFTOVER, leftover_path, process_alive, remove_leftovers


@pytest.fixture
def live() -> object:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child
    child.kill()
    child.wait()


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # ended and collected: its id names no process
    return child.pid


def test_a_live_process_is_alive(live: subprocess.Popen[bytes]) -> None:
    assert process_alive(live.pid)
    assert process_alive(live.pid, last_written=time.time())  # it made the folder before now
    assert process_alive(os.getpid())


def test_a_dead_process_is_not(live: subprocess.Popen[bytes]) -> None:
    assert not process_alive(dead_pid())
    assert not process_alive(0) and not process_alive(-5)


def test_an_id_reused_by_a_newer_process_is_not_the_builder(live: subprocess.Popen[bytes]) -> None:
    started = psutil.Process(live.pid).create_time()
    assert not process_alive(live.pid, last_written=started - 60)  # the folder is older than the process


def test_a_foreign_process_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # Another user's process: on Windows OpenProcess is refused, on POSIX reading its status may be.
    assert process_alive(1)  # init / the container's first process: not ours, running
    refused = psutil.AccessDenied(pid=4242)

    class Foreign:
        def __init__(self, pid: int) -> None:
            raise refused

    monkeypatch.setattr(psutil, "Process", Foreign)
    assert process_alive(4242)


def test_liveness_sends_no_signal() -> None:
    source = Path(inspect.getfile(process_alive)).read_text(encoding="utf-8")
    assert "def process_alive(" in source
    assert "os.kill" not in source and "import signal" not in source and "fcntl" not in source


def test_leftovers_of_a_dead_builder_go_and_of_a_live_one_stay(tmp_path: Path, live: subprocess.Popen[bytes]) -> None:
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    gone = Path(leftover_path(index_dir, "building", dead_pid()))
    kept = Path(leftover_path(index_dir, "old", live.pid))
    gone.mkdir()
    kept.mkdir()
    assert remove_leftovers(index_dir) == [gone]
    assert kept.is_dir() and not gone.exists()


@pytest.mark.parametrize(
    "index_dir",
    [
        PureWindowsPath(r"C:\Users\Ana Petrović\AppData\Local\prepoznaj\Cache\index"),
        PureWindowsPath(r"\\server\share\prepoznaj\index"),
        PureWindowsPath("D:/prepoznaj/cache/index"),
        PurePosixPath("/home/ana/.cache/prepoznaj/index"),
    ],
)
def test_leftover_folders_are_named_beside_the_index_on_any_path(index_dir: PureWindowsPath) -> None:
    building = leftover_path(index_dir, "building", 4711)
    assert building.parent == index_dir.parent
    assert type(building) is type(index_dir)
    match = _LEFTOVER.match(building.name)
    assert match is not None and match["name"] == "index" and match["pid"] == "4711"
    assert building.drive == index_dir.drive


def test_the_write_lock_probe_sees_whooshs_own_lock_on_this_platform(tmp_path: Path) -> None:
    from whoosh.filedb.filestore import FileStorage

    assert not lock_held(tmp_path / WRITE_LOCK)  # no lock file at all
    lock = FileStorage(str(tmp_path)).lock(WRITE_LOCK)  # fcntl here, msvcrt on Windows
    assert lock.acquire(blocking=False)
    try:
        holder = subprocess.run(
            [sys.executable, "-c", "import sys; from pathlib import Path; from search_index.freshness import lock_held;"
             f"sys.exit(3 if lock_held(Path({str(tmp_path / WRITE_LOCK)!r})) else 0)"],
            check=False,
        )  # fmt: skip
        assert holder.returncode == 3  # another process sees it held
    finally:
        lock.release()
    assert not lock_held(tmp_path / WRITE_LOCK)  # released: the file alone is normal


def test_a_rename_refused_for_a_moment_is_tried_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = tmp_path / "building", tmp_path / "index"
    source.mkdir()
    refusals = iter([PermissionError(13, "used by another process"), PermissionError(13, "again")])
    real_rename = Path.rename

    def busy(self: Path, to: Path) -> Path:
        error = next(refusals, None)
        if error is not None:
            raise error
        return real_rename(self, to)

    monkeypatch.setattr(Path, "rename", busy)
    monkeypatch.setattr(store, "RENAME_PAUSE_S", 0.0)
    store._rename(source, target)
    assert target.is_dir() and not source.exists()
    monkeypatch.setattr(Path, "rename", lambda self, to: (_ for _ in ()).throw(PermissionError(13, "held")))
    with pytest.raises(PermissionError):
        store._rename(target, source)
