"""Index folders left beside the index by a build that crashed: named after the index and the
builder's process id, and removed once that process is gone. Portable (psutil, no signals) and
without Whoosh: the app checks this at every start, before the search engine is loaded."""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePath

_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?P<kind>building|old)-(?P<pid>\d+)$")


def leftover_path(index_dir: PurePath, kind: str, pid: int) -> PurePath:
    """The folder beside `index_dir` where process `pid` builds a new index ("building") or puts
    the replaced one ("old"); its name says whose it is, so a crashed builder's can be removed."""
    return index_dir.with_name(f".{index_dir.name}.{kind}-{pid}")


# A process's start time and a folder's time stamp come from different clocks (boot time + ticks,
# the file system's): a process that started this much later than the folder was last written to
# cannot have written it.
_START_SLACK_S = 2.0


def process_alive(pid: int, last_written: float | None = None) -> bool:
    """Whether process `pid` may still be using a folder it made: it is running (any user's), and
    did not start after `last_written` (then its id was reused). Portable (psutil): POSIX and
    Windows, no signals. When it cannot tell, it says alive: the folder is then left alone."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    import psutil

    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False  # ended; its parent has not collected its exit code yet
        if last_written is not None and process.create_time() > last_written + _START_SLACK_S:
            return False  # a newer process with a recycled id
    except psutil.NoSuchProcess:
        return False
    except (psutil.Error, OSError, ValueError, OverflowError):
        return True  # exists but is another user's (access denied), or cannot be asked
    return True


def remove_leftovers(index_dir: Path) -> list[Path]:
    """Delete half-built and replaced index folders left beside `index_dir` by a process that
    crashed (their names carry its process id). Returns what was removed."""
    removed: list[Path] = []
    try:
        siblings = list(index_dir.parent.iterdir()) if index_dir.parent.is_dir() else []
    except OSError:
        return removed
    for path in siblings:
        match = _LEFTOVER.match(path.name)
        if match is None or match["name"] != index_dir.name or not path.is_dir():
            continue
        try:
            last_written = path.stat().st_mtime
        except OSError:
            continue
        if not process_alive(int(match["pid"]), last_written):
            import shutil  # only when there is something to remove

            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed
