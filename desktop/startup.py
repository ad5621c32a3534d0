"""Work done off the GUI thread at start-up: read the knowledge base (from the cache when the
content is unchanged), then prepare search. Once the window is ready, a task (`warm_up`, run by
desktop/tasks.py) prepares what the first opened page will need (the Markdown renderer, "Cited
by", glossary marks), so the first click is quick too.

The heavy modules (the YAML loader, Whoosh, Markdown) are imported here, in the worker thread,
never by the window's own imports: the window is on screen before any of them is loaded."""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, Signal

from content.paths import CONTENT_DIR
from desktop.tasks import Cancelled, CancelToken

if TYPE_CHECKING:
    from content.backlinks import Backlinks
    from content.glossary_marks import GlossaryMarker
    from content.model import KnowledgeBase
    from content.pages import PageBuilder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WarmUp:
    """Made in the worker after search is ready, used by the GUI thread from then on."""

    kb: KnowledgeBase
    pages: PageBuilder
    backlinks: Backlinks
    marker: GlossaryMarker


class StartupWorker(QThread):
    content_loaded = Signal(object)  # content.model.LoadResult
    index_progress = Signal(int, int)  # documents indexed, total
    index_verified = Signal()  # the index on disk is built from this content (Whoosh not loaded yet)
    index_ready = Signal(object)  # search_index.service.OpenedIndex
    failed = Signal(str)  # what went wrong, for the user

    def __init__(
        self,
        index_dir: Path,
        content_dir: Path = CONTENT_DIR,
        *,
        cache_dir: Path | None = None,
        stop_when_verified: bool = False,
        user_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self._index_dir = index_dir
        self._content_dir = content_dir
        # `--exit-when-ready` leaves once the index is verified: it never searches.
        self._stop_when_verified = stop_when_verified
        self._cache_dir = cache_dir
        # The user content folder (own cases and articles, installed packs); None: the default one.
        self._user_dir = user_dir
        self.from_cache = False
        # The app starts this worker before the window exists (its imports and reading then run
        # while the window is built); what it reports before the window listens is kept here.
        self._lock = threading.Lock()
        self._listening = False
        self._pending: list[tuple[str, tuple[object, ...]]] = []

    def _report(self, signal: str, *args: object) -> None:
        with self._lock:
            if not self._listening:
                self._pending.append((signal, args))
                return
        getattr(self, signal).emit(*args)

    def _progress(self, done: int, total: int) -> None:
        if self.isInterruptionRequested():  # the window is closing: stop building the index now
            raise Cancelled
        self._report("index_progress", done, total)

    def listen(self) -> list[tuple[str, tuple[object, ...]]]:
        """Called once the signals are connected: returns what was reported before, in order
        (each report is either returned here or emitted, never both)."""
        with self._lock:
            self._listening = True
            pending, self._pending = self._pending, []
        return pending

    def run(self) -> None:
        try:
            from content.kb_cache import load_knowledge_base_cached
            from content.user_content import default_user_dir, has_user_content

            user_dir = self._user_dir or default_user_dir()
            # An empty user folder adds nothing: the bundled knowledge base keeps its own digest
            # (and its cache and index).
            cached = load_knowledge_base_cached(
                self._content_dir, self._cache_dir, user_dir=user_dir if has_user_content(user_dir) else None
            )
        except Exception as exc:  # noqa: BLE001 (reported to the user, never crashes the app)
            log.error("loading the knowledge base failed:\n%s", traceback.format_exc())
            message = QCoreApplication.translate("StartupWorker", "The knowledge base could not be read: %1")
            self._report("failed", message.replace("%1", str(exc)))
            return
        self.from_cache = cached.from_cache
        loaded = cached.result
        self._report("content_loaded", loaded)
        if self.isInterruptionRequested():
            return
        from search_index.freshness import looks_fresh

        if looks_fresh(self._index_dir, loaded.kb.digest):
            # The window can be used now; the search engine (about 250 ms of imports) opens next.
            self._report("index_verified")
            if self._stop_when_verified:
                return
        try:
            from search_index.service import open_search

            opened = open_search(loaded.kb, self._index_dir, self._progress)
        except Cancelled:
            log.info("index build stopped: the window closed")
            return
        except Exception as exc:  # noqa: BLE001
            log.error("preparing search failed:\n%s", traceback.format_exc())
            message = QCoreApplication.translate("StartupWorker", "Search could not be prepared: %1")
            self._report("failed", message.replace("%1", str(exc)))
            return
        if opened.message:
            log.warning("%s (found: %s)", opened.message, opened.state_found.value)
        self._report("index_ready", opened)


def warm_up(kb: KnowledgeBase, token: CancelToken) -> WarmUp | None:
    """Prepare what the first opened page needs, rather than on the first click (a task for the
    runner, after the window is ready). Nothing here is needed for the window to be ready, and a
    failure only means the first page prepares it itself (None)."""
    try:
        from search_index.analysis import load_stemmers

        load_stemmers()  # for the first word typed that the index does not know (a half-typed one)
        token.check()
        from content.backlinks import build_backlinks
        from content.glossary_marks import GlossaryMarker
        from content.pages import PageBuilder

        pages = PageBuilder(kb)
        token.check()
        return WarmUp(kb=kb, pages=pages, backlinks=build_backlinks(kb), marker=GlossaryMarker(kb))
    except Cancelled:
        raise
    except Exception:  # noqa: BLE001
        log.warning("warming up the page renderer failed:\n%s", traceback.format_exc())
        return None
