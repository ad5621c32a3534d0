"""The phrase bonus is worked out only for the documents whose bonus could change the list.

The best few dozen documents by word scores get a bonus for query words found side by side
(ranking.PhraseBonus); the list asks for it only where a document's score, multiplied by the
most the bonus gives, could reach what is listed (grouping.Grouping._settle_documents and
_settle_versions). The list must be the one every bonus applied gives (`exhaustive=True`), for
any limit, language and filter, and the bonus must still lift a document from below the list
into it."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search_index import ranking
from search_index.searcher import SearchIndex
from search_index.store import build_documents
from tests.search_index.sample_docs import doc

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.search_bench import QUERIES  # noqa: E402

FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"
SCATTERED = 6  # documents with both words twice, far apart: better word scores


@pytest.fixture(scope="module")
def overtaken(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """Documents with "alpha" and "beta" twice each, far apart, in English and Serbian versions
    (guidance) or English only (cases); and one with each once, side by side: its words score
    less, the bonus lifts it above them all."""
    documents = []
    for n in range(SCATTERED):
        body = f"alpha {FILLER} beta {FILLER} alpha {FILLER} beta {FILLER} case {n}"
        kind = "guidance" if n % 2 else "case"
        documents.append(doc(f"far-{n}", f"Report {n}", body, kind=kind))
        if kind == "guidance":
            documents.append(doc(f"far-{n}", f"Izveštaj {n}", body, kind=kind, lang="sr"))
    body = f"alpha beta {FILLER} {FILLER} {FILLER} {FILLER} word case"
    documents.append(doc("near", "Report near", body, kind="guidance"))
    documents.append(doc("near", "Izveštaj near", body, kind="guidance", lang="sr"))
    folder = tmp_path_factory.mktemp("overtaken") / "index"
    build_documents(documents, folder, "overtaken", [])
    with SearchIndex.open(folder) as opened:
        yield opened


def listed(index: SearchIndex, query: str, limit: int, lang: str | None, exhaustive: bool, **filters: object) -> object:
    index.clear_caches()
    found = index.search(query, limit, lang=lang, exhaustive=exhaustive, **filters)  # type: ignore[arg-type]
    return [(h.kind, h.id, h.lang, h.score) for h in found.hits], found.total, found.facets


@pytest.mark.parametrize("lang", [None, "en", "sr"])
@pytest.mark.parametrize("limit", [1, 2, 5])
@pytest.mark.parametrize("kinds", [None, ["guidance"]])
def test_the_bonus_lifts_a_document_from_below_the_list_into_it(
    overtaken: SearchIndex, lang: str | None, limit: int, kinds: list[str] | None
) -> None:
    overtaken.clear_caches()
    hits = overtaken.search("alpha beta", limit, lang=lang, kinds=kinds).hits
    assert hits[0].id == "near"
    assert listed(overtaken, "alpha beta", limit, lang, False, kinds=kinds) == listed(
        overtaken, "alpha beta", limit, lang, True, kinds=kinds
    )


def test_without_the_bonus_the_document_is_below_all_others(
    overtaken: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The premise of the test above: its words alone score less than every other's."""
    monkeypatch.setattr(ranking, "PHRASE_BONUS", 0.0)
    overtaken.clear_caches()
    hits = overtaken.search("alpha beta", 40).hits
    for lang in ("en", "sr"):
        assert [h.id for h in hits if h.lang == lang][-1] == "near"
    overtaken.clear_caches()


def bonus_documents(index: SearchIndex, monkeypatch: pytest.MonkeyPatch, query: str, limit: int, lang: str) -> int:
    """How many documents a search works the phrase bonus out for."""
    counted: list[int] = []
    apply = ranking.PhraseBonus.apply

    def counting(self: ranking.PhraseBonus, docs: Iterable[int]) -> None:
        docs = list(docs)
        counted.extend(d for d in docs if d in self.waiting)
        apply(self, docs)

    with monkeypatch.context() as patch:
        patch.setattr(ranking.PhraseBonus, "apply", counting)
        index.clear_caches()
        index.search(query, limit, lang=lang)
    return len(counted)


def test_a_long_question_works_the_bonus_out_for_a_few_of_the_best(
    real_index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten results of a question of six words: the bonus is worked out for fewer than half of
    the best documents by word scores (it was for all of them); the exhaustive reference works
    it out for all of them."""
    query = "strani radnik bez dozvole za rad"
    few = bonus_documents(real_index, monkeypatch, query, 10, "sr")
    all_of_them = ranking.PHRASE_CANDIDATES
    assert 0 < few < all_of_them // 2
    counted: list[int] = []
    apply_all = ranking.PhraseBonus.apply_all

    def counting(self: ranking.PhraseBonus) -> None:
        counted.append(len(self.waiting))
        apply_all(self)

    monkeypatch.setattr(ranking.PhraseBonus, "apply_all", counting)
    real_index.clear_caches()
    real_index.search(query, 10, lang="sr", exhaustive=True)
    assert counted and counted[0] >= all_of_them


QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
KINDS = st.sampled_from([None, ["guidance"], ["indicator", "glossary"], ["case"]])


@QUICK
@given(
    query=st.sampled_from([q for q, _lang in QUERIES]),
    cut=st.integers(0, 40),
    lang=st.sampled_from([None, "en", "sr"]),
    limit=st.sampled_from([1, 3, 10, 40]),
    kinds=KINDS,
)
def test_the_list_is_the_one_every_bonus_applied_gives(
    real_index: SearchIndex, query: str, cut: int, lang: str | None, limit: int, kinds: list[str] | None
) -> None:
    """Any limit, language and filter; the realistic queries and their beginnings as typed."""
    text = query[: max(2, len(query) - cut)]
    assert listed(real_index, text, limit, lang, False, kinds=kinds) == listed(
        real_index, text, limit, lang, True, kinds=kinds
    ), (text, lang, limit, kinds)


def plain_reduction(result: ranking._Concept, docnum: int, lexicon: object) -> float | None:
    """What a concept loses in a document once its synonyms' phrases are looked for, as
    defined: every synonym found as a phrase there, the best of them or the certain score."""
    full = [(values[docnum] * ranking.FULL_SYNONYM, phrase) for values, phrase in result.pending if docnum in values]
    certain = max([values[docnum] * factor for values, factor in result.certain_parts if docnum in values], default=0.0)
    unverified = [(value, phrase) for value, phrase in full if value > certain]
    if not unverified:
        return None
    found = [value for value, phrase in unverified if lexicon.has_keys(docnum, phrase)]  # type: ignore[attr-defined]
    return result.scores[docnum] - max(max(found, default=0.0), certain)


@pytest.mark.parametrize(
    "query",
    ["debt bondage", "prinudni rad", "radnici bez ugovora", "worker without a written contract", "pretnja prijavom"],
)
def test_what_a_concept_loses_without_its_phrases_in_every_document(real_index: SearchIndex, query: str) -> None:
    """`_reduction` looks a phrase up only while it would score more than the best one found;
    in every document of the concept it gives what looking every phrase up gives."""
    from search_index.query import Planner, parse_user_query

    lexicon = real_index.lexicon
    ranker = ranking.Ranker(lexicon)
    ranker.new_query()
    plan = Planner(lexicon).plan(parse_user_query(query))
    reduced = 0
    for concept in plan.concepts:
        result = ranker.concept(concept)
        has = ranking._PhraseAnswers(lexicon, ranking._Answers(0), [phrase for _values, phrase in result.pending])
        for docnum in result.scores:
            expected = plain_reduction(result, docnum, lexicon)
            assert ranking._reduction(result, docnum, has) == expected, (query, docnum)
            reduced += expected is not None and expected > 0
    assert reduced  # some document loses part of its score


@pytest.mark.parametrize("query", ["debt bondage", "pretnja prijavom policiji", "zadrzavanje licnih isprava"])
@pytest.mark.parametrize("lang", ["en", "sr"])
def test_every_keystroke_of_a_term_with_synonyms_lists_what_every_bonus_gives(
    real_index: SearchIndex, query: str, lang: str
) -> None:
    """Few documents match, so every one is among the best: its synonyms' phrases are checked
    only when its bonus is (a missing phrase lowers its score, below documents met later)."""
    for end in range(2, len(query) + 1):
        text = query[:end]
        real_index.clear_caches()
        pruned = real_index.search(text, 20, lang=lang, as_you_type=True)
        real_index.clear_caches()
        full = real_index.search(text, 20, lang=lang, as_you_type=True, exhaustive=True)
        assert [(h.id, h.lang, h.score) for h in pruned.hits] == [(h.id, h.lang, h.score) for h in full.hits], text
        assert (pruned.total, pruned.facets) == (full.total, full.facets), text
