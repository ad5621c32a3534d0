"""The order in which an inspector types the words does not decide what is found.

`oduzet pasoš` once put the three document-confiscation indicators in the top 5 while
`pasoš oduzet` and `pasos oduzet` found none of them: glossary terms were recognised only with
their words in the glossary's order. Terms are now recognised in any order, and word proximity
is a boost found in either order; it may reorder hits, never drop them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from search_index.analysis import WORD_RE
from search_index.searcher import SearchIndex

CONFISCATION = {
    "indicator:fl_retention_of_identity_documents",
    "indicator:cd_confiscation_of_documents",
    "indicator:cr_confiscation_of_documents",
}
QUERIES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).with_name("inspector_queries.yaml")).read_text(encoding="utf-8")
)["queries"]
SEVERAL_WORDS = [(q["query"], q["lang"]) for q in QUERIES if len(WORD_RE.findall(q["query"])) >= 2]


@pytest.fixture(scope="module")
def index(real_index_dir: Path) -> Iterator[SearchIndex]:
    with SearchIndex.open(real_index_dir) as opened:
        yield opened


def refs(index: SearchIndex, query: str, lang: str, count: int) -> list[str]:
    return [f"{h.kind}:{h.id}" for h in index.search(query, count, lang=lang).hits[:count]]


@pytest.mark.parametrize("query", ["oduzet pasoš", "pasoš oduzet", "pasos oduzet", "oduzet pasos"])
@pytest.mark.parametrize("typing", [False, True], ids=["submitted", "as-you-type"])
def test_a_kept_passport_is_found_whatever_the_word_order(index: SearchIndex, query: str, typing: bool) -> None:
    top5 = [f"{h.kind}:{h.id}" for h in index.search(query, 10, lang="sr", as_you_type=typing).hits[:5]]
    assert set(top5) >= CONFISCATION, f"{query!r}: {top5}"
    assert "glossary:retention-of-documents" in top5


def test_a_terms_small_words_are_part_of_it(index: SearchIndex) -> None:
    """Words of a term met apart in a question do not make the term: "koliko dugo radnik sme
    da radi" (how long may a worker work) holds "dugo" and "radi", not "rad za dug" (debt)."""
    question = index.search("koliko dugo radnik sme da radi", 10, lang="sr")
    assert "debt-bondage" not in question.glossary_terms
    assert {"glossary:overtime", "indicator:llv_overtime_beyond_limit"} & {
        f"{h.kind}:{h.id}" for h in question.hits[:3]
    }
    for query in ("rad za dug", "dug za rad", "za dug rad"):
        assert "debt-bondage" in index.search(query, 10, lang="sr").glossary_terms, query
    for query in ("dozvola za rad", "rad dozvola za"):
        assert "work-permit" in index.search(query, 10, lang="sr").glossary_terms, query


@given(data=st.data())
def test_any_word_order_keeps_the_best_hits(index: SearchIndex, data: st.DataObject) -> None:
    """For any permutation of a realistic query's words, the top 5 of one order are all within
    the top 10 of the other."""
    query, lang = data.draw(st.sampled_from(SEVERAL_WORDS), label="query")
    words = WORD_RE.findall(query)
    shuffled = " ".join(data.draw(st.permutations(words), label="order"))
    typed = refs(index, " ".join(words), lang, 10)
    other = refs(index, shuffled, lang, 10)
    assert set(typed[:5]) <= set(other), f"{query!r} → {shuffled!r}: {typed[:5]} not all in {other}"
    assert set(other[:5]) <= set(typed), f"{shuffled!r} → {query!r}: {other[:5]} not all in {typed}"
