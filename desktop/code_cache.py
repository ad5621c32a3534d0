"""The methods that `dataclasses` writes for every data class, compiled once rather than at
every start.

`@dataclass` makes `__init__`, `__repr__`, `__eq__`, `__hash__` and, for a frozen class,
`__setattr__` and `__delattr__` by writing their source as text and running it with `exec`: each
text is parsed and compiled anew at every start. For the ~50 data classes on the way to a first
search that is some 280 compilations, about 8% of all the interpreter's work before search is
ready (measured 2026-12-07: 155 M of 1,900 M instructions), for text that is the same at every
start.

The app's entry points (`python -m desktop`, the bundle's program; before the app's imports)
give the `dataclasses` module an `exec` of its own (a module global comes before the builtin of
the same name): it compiles each text exactly as the builtin would (the same file name, mode and
compiler flags: none inherited, as from `dataclasses`, which uses no `__future__` import), keeps
the code object by its text, and runs it with the builtin `exec`. The classes and their methods
are the same; only where the code object comes from changes. The code objects are kept in the
user cache folder (`marshal`, the format of `.pyc` files, keyed by the interpreter's bytecode
magic number), written by `desktop.app.run` when the app leaves, if it compiled anything new; a
missing, stale or damaged file only means compiling as before. Only the app's own cache folder
is read, trusted as much as the knowledge-base cache beside it."""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import importlib.util
import logging
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

log = logging.getLogger(__name__)

CACHE_FILENAME = "dataclass-code.marshal"
# A header that changes with the bytecode format and the optimisation level (`-O`, which compile()
# follows as exec does): a file from another interpreter or mode is ignored.
_HEADER = b"prepoznaj dataclass code 1\0%d\0" % sys.flags.optimize + importlib.util.MAGIC_NUMBER
# At most this many texts are kept: the file holds what this run used and, up to the limit, what
# earlier runs did (an assessment or a presentation makes data classes a start does not).
MAX_ENTRIES = 4000

_codes: dict[str, CodeType] = {}
_used: set[str] = set()
# The texts this process compiled since install() (the cache did not have them). Both the GUI
# thread and the start-up worker make data classes: a set's add is atomic, a counter's += is not.
_new: set[str] = set()
_path: Path | None = None


def _cached_exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` for the `dataclasses` module: a text is compiled as the builtin compiles it, once."""
    if isinstance(source, str):
        code = _codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _codes[source] = code
            _new.add(source)
        _used.add(source)
        source = code
    builtins.exec(source, globals, locals)


def read(path: Path) -> dict[str, CodeType]:
    """The code objects kept in `path`; empty when there is none or it cannot be trusted."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(_HEADER):
        return {}
    try:
        table = marshal.loads(data[len(_HEADER) :])
    except (EOFError, ValueError, TypeError):
        log.warning("ignoring the damaged data-class code cache %s", path)
        return {}
    if not isinstance(table, dict):
        return {}
    return {text: code for text, code in table.items() if isinstance(text, str) and isinstance(code, CodeType)}


def install(cache_dir: Path) -> None:
    """From now on, data classes take their methods' code from the cache in `cache_dir`."""
    global _path
    _path = cache_dir / CACHE_FILENAME
    _codes.clear()
    _codes.update(read(_path))
    _used.clear()
    _new.clear()
    dataclasses.exec = _cached_exec  # type: ignore[attr-defined]  # shadows the builtin in that module


def uninstall() -> None:
    """`dataclasses` compiles with the builtin `exec` again (tests)."""
    global _path
    if getattr(dataclasses, "exec", None) is _cached_exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    _path = None


def installed() -> bool:
    return getattr(dataclasses, "exec", None) is _cached_exec


def compiled() -> int:
    """How many texts this process compiled since install() (the cache did not have them)."""
    return len(_new)


def save() -> bool:
    """Write the cache if this run compiled anything new (atomically); True when written."""
    if _path is None or not _new:
        return False
    codes = dict(_codes)  # a copy: a thread still running may add to it meanwhile
    kept = {text: codes[text] for text in list(_used) if text in codes}
    for text, code in codes.items():
        if len(kept) >= MAX_ENTRIES:
            break
        kept.setdefault(text, code)
    tmp = _path.with_name(f".{CACHE_FILENAME}.{os.getpid()}.tmp")
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        # Readable by this user only, as the knowledge-base cache beside it: it holds code to run.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(_HEADER + marshal.dumps(kept))
        os.replace(tmp, _path)
    except (OSError, ValueError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        log.warning("could not write the data-class code cache %s (%s)", _path, exc)
        return False
    return True
