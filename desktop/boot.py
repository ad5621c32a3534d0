"""Qt is loaded first, without PySide's source scan of every later import (desktop/app.py imports
this module before any other of the app's).

When PySide6 loads, it replaces `builtins.__import__` with its `__feature_import__`, which serves
`from __feature__ import snake_case, true_property`. As a side effect, every module imported from
then on is read whole (`inspect.getsource`) to find out whether its text mentions "PySide6".
For this app that is about 140 modules read again from disk and searched at every start, some
30-40 ms of the interpreter shared by the window and the start-up worker. Prepoznaj never selects
a `__feature__`, so the app puts back the import PySide itself calls after the feature check
(`builtins.__orig_import__`: the standard import, wrapped by PySide's own lazy loading of Qt
classes, which is kept). A module that wanted `from __feature__ import …` would get nothing from
it; none in the app does (tests/desktop/test_startup.py checks both)."""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401 (loads shiboken, which installs the import hook)


def skip_feature_scan() -> bool:
    """Put the import PySide wraps back in place; True when the feature hook was in place."""
    feature_import = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    if feature_import is None or wrapped is None or builtins.__import__ is not feature_import:
        return False
    builtins.__import__ = wrapped
    return True


skip_feature_scan()
