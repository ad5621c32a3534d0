"""Reading the knowledge base and preparing search, at start and after a reload (a pack installed,
an own case saved): the start-up worker's reports passed on as they come, what is ready, and the
warm-up task once content and search both are.

The window listens to the signals and shows what arrived; this object keeps the state:

    content_loaded(LoadResult)   the knowledge base is in the context (the window shows it)
    index_progress(done, total)  the first-start index build is under way
    index_ready(OpenedIndex)     search is open
    failed(str)                  something could not be read (told to the user)
    usable()                     content shown and the index on disk verified (once)
    ready()                      content shown and search open (again after every reload)"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import paths
from desktop.startup import StartupWorker, warm_up

if TYPE_CHECKING:
    from content.model import LoadResult
    from desktop.context import AppContext
    from desktop.startup import WarmUp
    from desktop.tasks import TaskHandle
    from search_index.service import OpenedIndex


# The warm-up waits this long after `ready`: started at once it competes with the window's first
# paint and the first query (which then take about three times as long).
WARM_UP_DELAY_MS = 400


class ContentLoading(QObject):
    content_loaded = Signal(object)
    index_progress = Signal(int, int)
    index_ready = Signal(object)
    failed = Signal(str)
    usable = Signal()
    ready = Signal()

    def __init__(self, context: AppContext, may_warm_up: Callable[[], bool], parent: QObject | None = None) -> None:
        """`may_warm_up`: whether the warm-up is worth starting now (the window is shown)."""
        super().__init__(parent)
        self.context = context
        self._may_warm_up = may_warm_up
        self._worker: StartupWorker | None = None
        self._content_ready = False
        self._search_ready = False
        self._index_verified = False
        self._usable_sent = False
        self._warmed_up = False
        self._warm_task: TaskHandle | None = None
        self._after_reload: Callable[[], None] | None = None

    @property
    def worker(self) -> StartupWorker | None:
        """The worker reading the content and preparing search (None before `start`)."""
        return self._worker

    def is_ready(self) -> bool:
        """Content shown and search open (again, after a reload of the content)."""
        return self._content_ready and self._search_ready

    def is_warmed_up(self) -> bool:
        """The renderer, "Cited by" and glossary marks were prepared off the GUI thread."""
        return self._warmed_up

    def start(self, worker: StartupWorker | None = None) -> None:
        """Read content and prepare search in a worker thread. `worker`: one the app started
        before building the window (desktop/app.py); what it reported before is handed on now."""
        if worker is None:
            worker = StartupWorker(paths.index_dir(), cache_dir=paths.cache_dir())
        handlers: dict[str, Callable[..., None]] = {
            "content_loaded": self._on_content_loaded,
            "index_progress": self.index_progress.emit,
            "index_ready": self._on_index_ready,
            "index_verified": self._on_index_verified,
            "failed": self.failed.emit,
        }
        for signal, handler in handlers.items():
            getattr(worker, signal).connect(handler)
        self._worker = worker
        self.context.runner.adopt(worker)
        for signal, args in worker.listen():  # what it did before anyone listened
            handlers[signal](*args)
        if not worker.isRunning() and not worker.isFinished():
            worker.start()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the knowledge base again; `ready` follows once search has the new content, and
        `then` runs once the new content is in the window."""
        old = self._worker
        if old is not None and old.isRunning():
            old.requestInterruption()
            old.wait(30000)
        self._content_ready = self._search_ready = False
        if self._warm_task is not None:  # the new content is warmed up again once it is in
            self._warm_task.cancel()
            self._warm_task = None
        self._after_reload = then
        self.start()

    def _on_content_loaded(self, loaded: LoadResult) -> None:
        self.context.set_knowledge_base(loaded.kb)
        self._content_ready = True
        self.content_loaded.emit(loaded)
        self.context.content_reloaded.emit()
        then, self._after_reload = self._after_reload, None
        if then is not None:
            then()
        self._maybe_ready()

    def _on_index_ready(self, opened: OpenedIndex) -> None:
        self._search_ready = True
        self.index_ready.emit(opened)
        self._maybe_ready()

    def _on_index_verified(self) -> None:
        self._index_verified = True
        self._maybe_usable()

    def _maybe_usable(self) -> None:
        if not self._usable_sent and self._content_ready and (self._index_verified or self._search_ready):
            self._usable_sent = True
            self.usable.emit()

    def _maybe_ready(self) -> None:
        self._maybe_usable()
        if self.is_ready():
            self.ready.emit()
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)  # after the first paint and whoever waited for `ready`

    def _warm_up(self) -> None:
        kb = self.context.kb
        if kb is None or self._warm_task is not None or not self._may_warm_up():
            return
        self._warm_task = self.context.runner.run("warm-up", lambda token: warm_up(kb, token), self._on_warmed_up)

    def _on_warmed_up(self, warm: WarmUp | None) -> None:
        if warm is not None and warm.kb is self.context.kb:
            self.context.adopt_pages(warm.kb, warm.pages)
            self.context.extras.adopt(warm.kb, warm.backlinks, warm.marker)
            self._warmed_up = True
