"""What one keystroke's search keeps for the next gives exactly what a search met afresh gives.

While the user types, the index keeps answers that depend on the index alone (how many pairs of
a run's first words stand together in a document, whether it has a synonym's phrase, which keys
made a document match a concept), so the next keystroke does not read the same documents again for the words
typed before. The exhaustive search never uses the first two, and the index it is compared
with here meets every query afresh: comparing with it after typing shows any answer kept
wrongly. `clear_caches` forgets them (benchmarks time queries met for the first time)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search_index import ranking
from search_index.searcher import SearchIndex


@pytest.fixture(scope="module")
def afresh(real_index_dir: Path) -> Iterator[SearchIndex]:
    """The same index opened again: every query is met for the first time there."""
    with SearchIndex.open(real_index_dir) as opened:
        yield opened


SHOWN = 10  # hits whose words, title and snippet are compared


def results(index: SearchIndex, text: str, lang: str | None, exhaustive: bool) -> list[object]:
    if exhaustive:
        index.clear_caches()
    found = index.search(text, 20, lang=lang, as_you_type=True, exhaustive=exhaustive)
    shown = [(sorted(h.matcher.keys), h.title_html, h.snippet) for h in found.hits[:SHOWN]]
    hits = [(h.kind, h.id, h.lang, h.score) for h in found.hits]
    return [hits, found.total, found.facets, found.corrected_query, shown]


def type_and_compare(index: SearchIndex, afresh: SearchIndex, query: str, lang: str | None) -> None:
    """Type `query` a key at a time (`index` keeps what earlier keystrokes and queries found);
    every keystroke's results, and what its first hits show, are those of the exhaustive
    search of the query met afresh."""
    for end in range(1, len(query) + 1):
        text = query[:end]
        if text.strip():
            assert results(index, text, lang, False) == results(afresh, text, lang, True), (text, lang)


def vocabulary(index: SearchIndex, least: int) -> list[str]:
    lexicon = index.lexicon
    return [w for w, f in zip(lexicon.words, lexicon.freq, strict=True) if f >= least and not w.isdigit()]


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("strani radnik bez dozvole za rad", "sr"),  # several concepts, a run of six words
        ("how to interview workers through an interpreter", "en"),  # long runs: neighbours read
        ("radnici bez ugovora", "sr"),
        ("debt bondage", "en"),  # synonyms of several words: phrases verified
        ("dužničko ropstvo rad za dug", None),
        ("passport taken by the employer", "en"),
        ("pasport confiscation", "en"),  # corrected while typed; a term with synonyms
        ("oduzet pasoš zadržavanje ličnih isprava", "sr"),  # two terms with synonyms
    ],
)
def test_typing_a_realistic_query_gives_at_each_key_what_a_fresh_search_gives(
    real_index: SearchIndex, afresh: SearchIndex, query: str, lang: str | None
) -> None:
    type_and_compare(real_index, afresh, query, lang)
    # Typed again in another word order: the answers about the same pairs are met reversed.
    type_and_compare(real_index, afresh, " ".join(reversed(query.split())), lang)


@given(data=st.data(), lang=st.sampled_from([None, "en", "sr"]))
def test_typing_any_words_gives_at_each_key_what_a_fresh_search_gives(
    real_index: SearchIndex, afresh: SearchIndex, data: st.DataObject, lang: str | None
) -> None:
    """Words of the knowledge base, typed one after another into an index that keeps the
    answers of every query typed before (in this test and the others of the module)."""
    words = data.draw(st.lists(st.sampled_from(vocabulary(real_index, 3)), min_size=2, max_size=4), label="words")
    type_and_compare(real_index, afresh, " ".join(words), lang)


def phrase_reads(index: SearchIndex, monkeypatch: pytest.MonkeyPatch, query: str) -> int:
    """How many times the search reads a document's key sequence to look for words side by
    side there (each phrase check reads it through `Lexicon.keys_text`)."""
    lexicon = index.lexicon
    calls = 0
    original = type(lexicon).keys_text

    def counting(docnum: int) -> tuple[str, int, int]:
        nonlocal calls
        calls += 1
        return original(lexicon, docnum)

    monkeypatch.setattr(lexicon, "keys_text", counting, raising=False)
    try:
        index.search(query, 20, lang="sr", as_you_type=True)
    finally:
        monkeypatch.delattr(lexicon, "keys_text", raising=False)
    return calls


QUERY = "radnici bez ugovora"  # a run of three words: each pair is looked for in both orders


def test_answers_are_kept_for_the_next_keystroke_and_forgotten_by_clear_caches(
    real_index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SearchIndex.open(real_index_dir) as index:
        first = phrase_reads(index, monkeypatch, QUERY)
        assert first > 0
        assert phrase_reads(index, monkeypatch, QUERY) == 0  # every answer was kept
        index.clear_caches()
        assert phrase_reads(index, monkeypatch, QUERY) == first  # met afresh, as a benchmark times it


def test_no_more_answers_are_kept_than_the_limit(real_index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranking, "ANSWER_CACHE", 0)
    with SearchIndex.open(real_index_dir) as index:
        first = phrase_reads(index, monkeypatch, QUERY)
        assert first > 0
        assert phrase_reads(index, monkeypatch, QUERY) == first
