"""What inspectors type must bring up the right documents in the first three results.

The queries and their expected documents are in inspector_queries.yaml (English, Serbian
Latin with and without diacritics, Cyrillic, typos, cross-language, inflected forms and
questions). They run against the real knowledge base, as the app shows results: with the
user's language, one entry per document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from search_index.searcher import SearchIndex

QUERIES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).with_name("inspector_queries.yaml")).read_text(encoding="utf-8")
)["queries"]


@pytest.fixture(scope="module")
def index(real_index_dir: Path) -> Iterator[SearchIndex]:
    with SearchIndex.open(real_index_dir) as opened:
        yield opened


def test_there_are_enough_queries_of_every_kind() -> None:
    assert len(QUERIES) >= 60
    assert {q["lang"] for q in QUERIES} == {"en", "sr"}
    assert sum(1 for q in QUERIES if "corrected" in q) >= 5
    assert sum(1 for q in QUERIES if any("\u0400" <= ch <= "\u04ff" for ch in q["query"])) >= 5


@pytest.mark.parametrize("typing", [False, True], ids=["submitted", "as-you-type"])
@pytest.mark.parametrize("case", QUERIES, ids=[f"{q['lang']}:{q['query']}" for q in QUERIES])
def test_inspector_query(index: SearchIndex, case: dict[str, Any], typing: bool) -> None:
    """As the command line runs it, and as the app does while the last word is being typed."""
    found = index.search(case["query"], 10, lang=case["lang"], as_you_type=typing)
    first = [f"{h.kind}:{h.id}" for h in found.hits[:3]]
    shown = "\n".join(f"  {h.kind}:{h.id} [{h.lang}] {h.title}" for h in found.hits[:5])
    for expected in case.get("top3", []):
        assert expected in first, f"{expected} not in the first three for {case['query']!r}:\n{shown}"
    if case.get("any3"):
        assert set(case["any3"]) & set(first), f"none of {case['any3']} in the first three:\n{shown}"
    if "corrected" in case:
        assert found.corrected_query == case["corrected"]
    for hit in found.hits[:3]:
        assert hit.lang == case["lang"] or not any(h.lang == case["lang"] for h in found.hits[3:]), (
            "documents in the user's language come first"
        )
