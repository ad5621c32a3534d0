"""Work done off the GUI thread at start-up: read the knowledge base (from the cache when the
content is unchanged), then prepare search. Once the window is ready, a second worker warms up
what the first opened page will need (the Markdown renderer, "Cited by", glossary marks), so the
first click is quick too.

The heavy modules (the YAML loader, Whoosh, Markdown) are imported here, in the worker thread,
never by the window's own imports: the window is on screen before any of them is loaded."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal

from content.paths import CONTENT_DIR

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
    index_ready = Signal(object)  # search_index.service.OpenedIndex
    failed = Signal(str)  # what went wrong, for the user
    def __init__(self, index_dir: Path, content_dir: Path = CONTENT_DIR, *, cache_dir: Path | None = None) -> None:
        super().__init__()
        self._index_dir = index_dir
        self._content_dir = content_dir
        self._cache_dir = cache_dir
        self.from_cache = False

    def run(self) -> None:
        try:
            from content.kb_cache import load_knowledge_base_cached

            cached = load_knowledge_base_cached(self._content_dir, self._cache_dir)
        except Exception as exc:  # noqa: BLE001 (reported to the user, never crashes the app)
            log.error("loading the knowledge base failed:\n%s", traceback.format_exc())
            self.failed.emit(f"The knowledge base could not be read: {exc}")
            return
        self.from_cache = cached.from_cache
        loaded = cached.result
        self.content_loaded.emit(loaded)
        try:
            from search_index.service import open_search

            opened = open_search(loaded.kb, self._index_dir, self.index_progress.emit)
        except Exception as exc:  # noqa: BLE001
            log.error("preparing search failed:\n%s", traceback.format_exc())
            self.failed.emit(f"Search could not be prepared: {exc}")
            return
        if opened.message:
            log.warning("%s (found: %s)", opened.message, opened.state_found.value)
        self.index_ready.emit(opened)


class WarmUpWorker(QThread):
    """Prepares what the first opened page needs, rather than on the first click. Nothing here is
    needed for the window to be ready, and a failure only means the first page prepares it itself."""

    warmed_up = Signal(object)  # WarmUp

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self._kb = kb

    def run(self) -> None:
        kb = self._kb
        try:
            from content.backlinks import build_backlinks
            from content.glossary_marks import GlossaryMarker
            from content.pages import PageBuilder

            pages = PageBuilder(kb)
            if self.isInterruptionRequested():
                return
            warm = WarmUp(kb=kb, pages=pages, backlinks=build_backlinks(kb), marker=GlossaryMarker(kb))
        except Exception:  # noqa: BLE001
            log.warning("warming up the page renderer failed:\n%s", traceback.format_exc())
            return
        self.warmed_up.emit(warm)
