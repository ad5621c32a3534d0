"""Full-text search over the knowledge base (Whoosh behind a small API). Qt-free."""

from search_index.query import parse_user_query
from search_index.results import Hit, SearchResults, TermMatcher
from search_index.searcher import SearchIndex
from search_index.service import OpenedIndex, open_search
from search_index.store import IndexState, build_index, default_index_dir, index_state

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
