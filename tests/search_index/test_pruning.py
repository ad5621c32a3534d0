"""Pruning finds what scoring everything finds.

A query scores only the documents that can be kept (with two concepts, those that have both;
with more, those that have an essential one), looks for the best documents for the phrase
checks among the best few hundred, and for the list among the best of all matched documents
first. `search(..., exhaustive=True)` does none of that: it scores every document of every
concept in full and looks for the best among all of them. For any query, both must give the
same hits with the same scores, the same total and the same facets."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.loader import LoadResult
from search_index import ranking
from search_index.analysis import tokenize
from search_index.documents import iter_documents
from search_index.lexicon import Lexicon, decode_key_sequence
from search_index.searcher import SearchIndex
from search_index.store import build_documents
from tests.search_index.sample_docs import doc

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundled(real_index_dir: Path) -> Iterator[SearchIndex]:
    with SearchIndex.open(real_index_dir) as opened:
        yield opened


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The `larger` and `tied` indexes, built by a child process (build_pruning_indexes.py)."""
    folder = tmp_path_factory.mktemp("pruning")
    larger, tied = folder / "larger", folder / "tied"
    env = {name: value for name, value in os.environ.items() if name != "PYTEST_ADDOPTS"}
    command = [sys.executable, "-m", "tests.search_index.build_pruning_indexes", str(larger), str(tied)]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=200)
    assert done.returncode == 0, f"building the pruning indexes failed:\n{done.stdout}{done.stderr}"
    return larger, tied


@pytest.fixture(scope="module")
def larger(built: tuple[Path, Path]) -> Iterator[SearchIndex]:
    """SYNTHETIC documents made of the bundled texts' sentences, with the bundled glossary."""
    with SearchIndex.open(built[0]) as opened:
        yield opened


@pytest.fixture(scope="module")
def tied(built: tuple[Path, Path]) -> Iterator[SearchIndex]:
    """Hundreds of copies of the English and Serbian text of one glossary term (its synonyms
    are checked as phrases): the best few hundred are all tied, and all change together."""
    with SearchIndex.open(built[1]) as opened:
        yield opened


@pytest.fixture(scope="module")
def mostly_english(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """Hundreds of English texts about passports, and a few Serbian ones that mention a
    passport once: for a Serbian reader, the Serbian ones come first, although the best few
    hundred of all are English."""
    english = [
        doc(f"en-{n}", f"Passport kept {n}", "The employer kept the passport. " * 3 + f"Case {n}.", lang="en")
        for n in range(450)
    ]
    serbian = [
        doc(f"sr-{n}", f"Zapisnik {n}", "Inspektor je pregledao zapisnike. " * 20 + "Pomenut je passport.", lang="sr")
        for n in range(5)
    ]
    folder = tmp_path_factory.mktemp("english") / "index"
    build_documents([*english, *serbian], folder, "english", [])
    with SearchIndex.open(folder) as opened:
        yield opened


def vocabulary(index: SearchIndex, least: int) -> list[str]:
    lexicon = index.lexicon
    return [w for w, f in zip(lexicon.words, lexicon.freq, strict=True) if f >= least and not w.isdigit()]


def same_results(index: SearchIndex, query: str, lang: str | None, typing: bool) -> None:
    pruned = index.search(query, 10, lang=lang, as_you_type=typing)
    full = index.search(query, 10, lang=lang, as_you_type=typing, exhaustive=True)
    shown = [(h.kind, h.id, h.lang, h.score) for h in pruned.hits]
    expected = [(h.kind, h.id, h.lang, h.score) for h in full.hits]
    assert shown == expected, f"{query!r} ({lang}, as you type: {typing})"
    assert pruned.total == full.total, query
    assert pruned.facets == full.facets, query


def queries(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(words, min_size=1, max_size=6).map(" ".join)


LANGS = st.sampled_from([None, "en", "sr"])
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@QUICK
@given(data=st.data(), lang=LANGS, typing=st.booleans())
def test_pruned_search_equals_exhaustive_on_the_knowledge_base(
    bundled: SearchIndex, data: st.DataObject, lang: str | None, typing: bool
) -> None:
    query = data.draw(queries(st.sampled_from(vocabulary(bundled, 2))), label="query")
    same_results(bundled, query, lang, typing)


@QUICK
@given(data=st.data(), lang=LANGS, typing=st.booleans())
def test_pruned_search_equals_exhaustive_where_common_words_match_hundreds(
    larger: SearchIndex, data: st.DataObject, lang: str | None, typing: bool
) -> None:
    """Frequent words (each in many documents), so that the best few hundred are a real cut."""
    query = data.draw(queries(st.sampled_from(vocabulary(larger, 200))), label="query")
    same_results(larger, query, lang, typing)


@pytest.mark.parametrize(
    "query",
    [
        "radnici bez ugovora",  # two concepts: only the documents with both are scored
        "strani radnik bez dozvole za rad",  # several: those with an essential one
        "worker without a written contract",
        "how to interview workers through an interpreter",  # a run of six words and more
        "debt bondage",  # a glossary term: synonyms checked as phrases
        "zrtva trgovine ljudima",  # a term of three words: all but one of them also count
        "ograničavanje slobode kretanja",
        '"forced labour" passport',  # a quoted phrase: never pruned before it is checked
    ],
)
@pytest.mark.parametrize("lang", [None, "en", "sr"])
def test_realistic_queries_give_the_same_hits_pruned_or_not(larger: SearchIndex, query: str, lang: str | None) -> None:
    same_results(larger, query, lang, False)


@pytest.mark.parametrize("query", ["debt bondage", "dužničko ropstvo", "rad za dug", "bondage debt worker"])
@pytest.mark.parametrize("lang", [None, "en", "sr"])
def test_tied_scores_give_the_same_hits_pruned_or_not(tied: SearchIndex, query: str, lang: str | None) -> None:
    same_results(tied, query, lang, False)


def test_the_readers_language_first_even_below_hundreds_of_others(mostly_english: SearchIndex) -> None:
    same_results(mostly_english, "passport", "sr", False)
    assert [h.id for h in mostly_english.search("passport", 10, lang="sr").hits[:5]] == [f"sr-{n}" for n in range(5)]


def _search_with_probing(index: SearchIndex, query: str, lang: str | None, probe_cost: int) -> list[object]:
    """Hits found with a single key's postings looked up by binary search for documents fewer
    than its size / `probe_cost` (0: always; a huge cost: never, every posting is read)."""
    saved = ranking.PROBE_COST
    ranking.PROBE_COST = probe_cost
    try:
        index.clear_caches()
        results = index.search(query, 10, lang=lang)
        return [(h.kind, h.id, h.lang, h.score) for h in results.hits] + [results.total]
    finally:
        ranking.PROBE_COST = saved
        index.clear_caches()


@QUICK
@given(data=st.data(), lang=LANGS)
def test_postings_looked_up_by_binary_search_give_what_reading_them_all_gives(
    larger: SearchIndex, data: st.DataObject, lang: str | None
) -> None:
    """A few documents are looked up in a key's postings by binary search instead of reading
    them all: looking up always, never, or as the engine chooses finds the same hits."""
    query = data.draw(queries(st.sampled_from(vocabulary(larger, 20))), label="query")
    never = _search_with_probing(larger, query, lang, 10**9)
    assert _search_with_probing(larger, query, lang, 0) == never, query
    assert _search_with_probing(larger, query, lang, ranking.PROBE_COST) == never, query


@pytest.fixture(scope="module")
def texts(real_load: LoadResult) -> list[list[str]]:
    """The words of each bundled text (title and body), for runs of words that stand together."""
    found = [[w for w, _start, _end in tokenize(f"{d.title} {d.body}")] for d in iter_documents(real_load.kb)]
    return [words for words in found if len(words) >= 2]


def _hits(index: SearchIndex, query: str, lang: str | None) -> list[object]:
    index.clear_caches()
    results = index.search(query, 10, lang=lang)
    return [(h.kind, h.id, h.lang, h.score) for h in results.hits]


def _adjacent_in_stored_sequence(lexicon: Lexicon) -> object:
    """`_DocumentKeys.adjacent` read from the whole key sequence, as the build stored it."""

    def adjacent(self: ranking._DocumentKeys, left: list[ranking._Span], right: list[ranking._Span]) -> bool:
        starts = lexicon.sequence_start
        keys = decode_key_sequence(lexicon.sequences[starts[self._docnum] : starts[self._docnum + 1]])
        together = set(pairwise(keys))
        return any(
            ((a, b) in together or (b, a) in together)
            and all(not lexicon.key_df[k] or self._docnum in lexicon.postings(k)[0] for k in (a, b))
            for a, *_ in left
            for b, *_ in right
        )

    return adjacent


@QUICK
@given(data=st.data(), lang=LANGS)
def test_words_found_together_between_first_and_last_occurrences_give_what_the_whole_sequence_gives(
    bundled: SearchIndex, texts: list[list[str]], data: st.DataObject, lang: str | None
) -> None:
    """The phrase bonus looks for two keys side by side only between the first and the last
    occurrence of each in a document's key text; reading every key of the stored sequence
    finds the same hits with the same scores. The query is a run of words from a text, in any
    order (so words stand together in both orders)."""
    words = data.draw(st.sampled_from(texts), label="text")
    start = data.draw(st.integers(0, len(words) - 2), label="start")
    run = words[start : start + data.draw(st.integers(2, 7), label="length")]
    query = " ".join(data.draw(st.permutations(run), label="order"))
    found = _hits(bundled, query, lang)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ranking._DocumentKeys, "adjacent", _adjacent_in_stored_sequence(bundled.lexicon))
        assert _hits(bundled, query, lang) == found, query
    bundled.clear_caches()
