"""One call for callers (CLI, app): make sure a usable index exists, then open it.

A fresh index is checked and opened without importing Whoosh (freshness.py, searcher.py); the
build (store.py, Whoosh) is imported only when the index must be built or repaired."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from search_index.freshness import IndexState, index_state
from search_index.searcher import SearchIndex

if TYPE_CHECKING:
    from content.model import KnowledgeBase

# (documents done, total), as search_index.store.ProgressCallback
ProgressCallback = Callable[[int, int], None]


@dataclass
class OpenedIndex:
    index: SearchIndex
    state_found: IndexState  # what was on disk before we (maybe) rebuilt it
    rebuilt: bool

    @property
    def message(self) -> str:
        """A sentence for the user when something had to be repaired, else empty."""
        if self.state_found is IndexState.DAMAGED:
            return "The search index was damaged and has been rebuilt."
        if self.state_found is IndexState.LOCKED:
            return "The search index was left locked by an interrupted update and has been rebuilt."
        return ""


def open_search(kb: KnowledgeBase, index_dir: Path, progress: ProgressCallback | None = None) -> OpenedIndex:
    """Open the index for `kb`, building it when missing or stale and rebuilding it when damaged."""
    state = index_state(index_dir, kb)
    rebuilt = False
    if state is not IndexState.FRESH:
        from search_index.store import build_index

        build_index(kb, index_dir, progress)
        rebuilt = True
    try:
        index = SearchIndex.open(index_dir)
    except Exception:  # noqa: BLE001 (damaged in a way only reading shows (a CRC), or meanwhile: rebuild once)
        from search_index.store import build_index

        build_index(kb, index_dir, progress)
        index = SearchIndex.open(index_dir)
        state, rebuilt = IndexState.DAMAGED, True
    return OpenedIndex(index=index, state_found=state, rebuilt=rebuilt)
