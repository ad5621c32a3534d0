"""One call for callers (CLI, app): make sure a usable index exists, then open it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from content.model import KnowledgeBase
from search_index.searcher import SearchIndex
from search_index.store import IndexState, ProgressCallback, build_index, index_state


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
        build_index(kb, index_dir, progress)
        rebuilt = True
    try:
        index = SearchIndex.open(index_dir)
    except Exception:  # noqa: BLE001 (damaged after the check, e.g. deleted meanwhile: rebuild once)
        build_index(kb, index_dir, progress)
        index = SearchIndex.open(index_dir)
        state, rebuilt = IndexState.DAMAGED, True
    return OpenedIndex(index=index, state_found=state, rebuilt=rebuilt)
