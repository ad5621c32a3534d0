"""The page "What changed in this edition" is found by search, in both languages and scripts, by
its name and by what its entries say; a knowledge base without changes has no such hit."""

from __future__ import annotations

from pathlib import Path

from content.loader import load_knowledge_base
from search_index.searcher import SearchIndex
from search_index.store import build_index
from tests.content.test_changes import GOOD, LAW, add_changes


def index_of(root: Path, folder: Path) -> SearchIndex:
    build_index(load_knowledge_base(root).kb, folder)
    return SearchIndex.open(folder)


def hrefs(index: SearchIndex, query: str, lang: str) -> list[tuple[str, str]]:
    return [(h.href, h.lang) for h in index.search(query, lang=lang).hits]


def test_the_page_of_changes_is_found_by_name_and_by_what_changed(mini_kb_dir: Path, tmp_path: Path) -> None:
    add_changes(mini_kb_dir, LAW, GOOD)
    with index_of(mini_kb_dir, tmp_path / "index") as index:
        assert ("kb:changes", "en") in hrefs(index, "what changed", "en")
        assert ("kb:changes", "sr") in hrefs(index, "šta je novo", "sr")
        assert ("kb:changes", "sr") in hrefs(index, "измене", "sr")
        # The entries' own words and the changed page's title lead there too.
        assert ("kb:changes", "en") in hrefs(index, "newer change", "en")
        assert ("kb:changes", "sr") in hrefs(index, "starija promena", "sr")


def test_no_changes_no_hit(mini_kb_dir: Path, tmp_path: Path) -> None:
    with index_of(mini_kb_dir, tmp_path / "index") as index:
        assert all(href != "kb:changes" for href, _ in hrefs(index, "what changed", "en"))
