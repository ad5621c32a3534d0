"""Work done off the GUI thread at start-up: read the knowledge base, then prepare search."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from content.loader import load_knowledge_base
from content.paths import CONTENT_DIR
from search_index.service import open_search

log = logging.getLogger(__name__)


class StartupWorker(QThread):
    content_loaded = Signal(object)  # content.loader.LoadResult
    index_progress = Signal(int, int)  # documents indexed, total
    index_ready = Signal(object)  # search_index.service.OpenedIndex
    failed = Signal(str)  # what went wrong, for the user

    def __init__(self, index_dir: Path, content_dir: Path = CONTENT_DIR) -> None:
        super().__init__()
        self._index_dir = index_dir
        self._content_dir = content_dir

    def run(self) -> None:
        try:
            loaded = load_knowledge_base(self._content_dir)
        except Exception as exc:  # noqa: BLE001 (reported to the user, never crashes the app)
            log.error("loading the knowledge base failed:\n%s", traceback.format_exc())
            self.failed.emit(f"The knowledge base could not be read: {exc}")
            return
        self.content_loaded.emit(loaded)
        try:
            opened = open_search(loaded.kb, self._index_dir, self.index_progress.emit)
        except Exception as exc:  # noqa: BLE001
            log.error("preparing search failed:\n%s", traceback.format_exc())
            self.failed.emit(f"Search could not be prepared: {exc}")
            return
        self.index_ready.emit(opened)
