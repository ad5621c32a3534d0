"""Background work, in one place: the only module that starts threads.

    handle = runner.run("warm-up", op, success=on_done, failure=on_error, progress=on_progress)

`op(token)` is plain Python (content/, search_index/), or Qt work that Qt allows off the GUI
thread (painting a PDF), run on a worker thread: it never touches a widget, polls
`token.cancelled` (or calls `token.check()`) where stopping early is safe, and may call
`token.report(done, total)`. `success(result)`, `failure(exception)` and `progress(done, total)`
run on the GUI thread; an exception without a `failure` callback is logged. A cancelled task
calls none of them.

A worker that reports through its own signals (the start-up worker: content, progress, index) is
a `QThread` the runner adopts: it is then cancelled and waited for with the rest. Closing the
window calls `shutdown()`: every task is asked to stop at once and the runner waits briefly."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


class Cancelled(Exception):  # noqa: N818 (a request, not an error)
    """Raised inside a task (by `CancelToken.check`) to stop it; not an error."""


class CancelToken:
    """Asked from the GUI thread, polled from the worker; the worker reports its progress here."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._report: Callable[[int, int], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        """`done` of `total` steps are done (called from the worker; heard on the GUI thread)."""
        if self._report is not None and not self._event.is_set():
            self._report(done, total)


class _Job(QThread, Generic[T]):
    done = Signal()
    progressed = Signal(int, int)  # emitted on the worker, delivered (queued) on the GUI thread

    def __init__(self, name: str, op: Callable[[CancelToken], T], token: CancelToken) -> None:
        super().__init__()
        self.setObjectName(name)
        self.op = op
        self.token = token
        token._report = self.progressed.emit
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.op(self.token)
        except Cancelled:
            self.token.cancel()
        except Exception as exc:  # noqa: BLE001 (handed to the failure callback on the GUI thread)
            self.error = exc
        self.done.emit()


class TaskHandle:
    """A started task: ask it to stop, or wait for it."""

    def __init__(self, thread: QThread, token: CancelToken) -> None:
        self.thread = thread
        self.token = token

    def cancel(self) -> None:
        self.token.cancel()
        self.thread.requestInterruption()

    @property
    def running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, ms: int) -> bool:
        return self.thread.wait(ms) if self.thread.isRunning() else True


def run_detached(name: str, op: Callable[[], object]) -> threading.Thread:
    """Start `op()` on a daemon thread of its own, with no token, signal or result: for Qt work
    that Qt allows off the GUI thread and that PySide runs without holding the interpreter lock
    (reading the system's fonts at start-up, desktop/app.py), so the GUI thread goes on with its
    Python meanwhile, on the other core. An exception is logged, never raised."""

    def target() -> None:
        try:
            op()
        except Exception:
            log.warning("background work %s failed", name, exc_info=True)

    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    return thread


class TaskRunner(QObject):
    task_failed = Signal(str, object)  # task name, exception (when no failure callback took it)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handles: list[TaskHandle] = []
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def run(
        self,
        name: str,
        op: Callable[[CancelToken], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> TaskHandle:
        token = CancelToken()
        job: _Job[T] = _Job(name, op, token)
        handle = TaskHandle(job, token)
        if self._closed:
            token.cancel()
            return handle
        if progress is not None:
            job.progressed.connect(lambda done, total: None if token.cancelled else progress(done, total))

        def finished() -> None:
            self._forget(handle)
            if token.cancelled:
                return
            if job.error is not None:
                if failure is not None:
                    failure(job.error)
                else:
                    log.warning("task %s failed: %r", name, job.error)
                    self.task_failed.emit(name, job.error)
                return
            if success is not None:
                success(job.result)  # type: ignore[arg-type]  # op returned a T

        job.done.connect(finished)  # queued: runs on the GUI thread
        self._handles.append(handle)
        job.start()
        return handle

    def adopt(self, thread: QThread) -> TaskHandle:
        """A worker started (or to be started) elsewhere, cancelled and waited for with the rest."""
        handle = TaskHandle(thread, CancelToken())
        self._handles.append(handle)
        thread.finished.connect(lambda: self._forget(handle))
        if self._closed:
            handle.cancel()
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        if handle in self._handles:
            self._handles.remove(handle)

    def active(self) -> list[TaskHandle]:
        return [h for h in self._handles if h.running]

    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def wait_idle(self, ms: int = 10_000) -> bool:
        """Wait (up to `ms` for each) until no task runs; True when none is left running."""
        return all(handle.wait(ms) for handle in list(self._handles))

    def shutdown(self, ms: int = 10_000) -> bool:
        """Stop everything: no new task starts, running ones are asked to stop and waited for."""
        self._closed = True
        self.cancel_all()
        return self.wait_idle(ms)
