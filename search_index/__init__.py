"""Full-text search over the knowledge base (Whoosh behind a small API). Qt-free."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from search_index.freshness import IndexState, index_state
    from search_index.query import parse_user_query
    from search_index.results import Hit, SearchResults, TermMatcher
    from search_index.searcher import SearchIndex
    from search_index.service import OpenedIndex, open_search
    from search_index.store import build_index, default_index_dir

__all__ = [
    "Hit",
    "IndexState",
    "OpenedIndex",
    "SearchIndex",
    "SearchResults",
    "TermMatcher",
    "build_index",
    "default_index_dir",
    "index_state",
    "open_search",
    "parse_user_query",
]

# Imported on first use, so that a light module (search_index.results, say) can be imported
# without loading Whoosh: the app shows its window first and opens the index in a worker thread.
_LAZY = {
    "parse_user_query": "search_index.query",
    "Hit": "search_index.results",
    "SearchResults": "search_index.results",
    "TermMatcher": "search_index.results",
    "SearchIndex": "search_index.searcher",
    "OpenedIndex": "search_index.service",
    "open_search": "search_index.service",
    "IndexState": "search_index.freshness",
    "build_index": "search_index.store",
    "default_index_dir": "search_index.store",
    "index_state": "search_index.freshness",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'search_index' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
