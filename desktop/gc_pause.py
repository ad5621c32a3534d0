"""The garbage collector waits while the app starts.

Start-up makes some 50,000 objects that live as long as the app (modules, classes, Qt wrappers,
the knowledge base) and almost no garbage: about 500 objects in reference cycles by the time the
window is ready. Yet the collector ran some 120 times on the way, each run walking everything
made so far: about 25 ms of the interpreter at every start (measured 2026-12-07), shared by the
window and the start-up worker.

So the program's entry points (`python -m desktop`, the bundle) pause the collector before the
first import, and desktop/app.py resumes it once the window is ready, once an index build starts
(a first start makes garbage), on a failure, or after a while in any case. On resuming,
everything alive is moved to the permanent generation (`gc.freeze`): later collections, while
the user types, never walk the start-up's objects again. Nothing but the collector's schedule
changes: reference counting frees objects as always."""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop collecting until `resume()` (nothing when the collector is already off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> bool:
    """Collect again, the objects alive now frozen; True when this call ended a pause (once)."""
    global _paused
    if not _paused:
        return False
    _paused = False
    gc.freeze()
    gc.enable()
    return True


def is_paused() -> bool:
    return _paused
