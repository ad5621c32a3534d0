"""Ranking on a small corpus made for the purpose: each test names the behaviour it pins down."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from search_index.analysis import search_fold, tokenize, word_key
from search_index.lexicon import GlossaryForm
from search_index.searcher import SearchIndex
from search_index.store import build_documents, content_keys
from tests.search_index.sample_docs import doc

FILLER = (
    "The inspector reads the payroll, walks the site and speaks with the people who work there. "
    "Records are compared with what is seen on the day of the visit. "
)


def form(term_id: str, lang: str, text: str, main: bool) -> GlossaryForm:
    sequence = tuple(word_key(search_fold(w), lang) for w, _s, _e in tokenize(text))
    return GlossaryForm(term_id, lang, text, content_keys(text, lang), sequence, main)


DOCUMENTS = [
    doc(
        "about-bondage",
        "Debt bondage on construction sites",
        FILLER + "Debt bondage ties the worker. " * 3 + FILLER * 4,
    ),
    doc(
        "mentions-bondage",
        "Seasonal work in agriculture",
        FILLER * 3 + "One picker spoke of debt bondage. " + FILLER * 3,
    ),
    doc("bondage-title-only", "Debt bondage", "A short definition of the term."),
    doc("scattered", "Housing", FILLER + "The debt grew. " + FILLER + "Some spoke of bondage in the past. " + FILLER),
    doc("phrase", "Housing costs", FILLER + "They described debt bondage to the team. " + FILLER * 2),
    doc("about-passports", "Passports kept by the employer", "The employer keeps the passports of every worker."),
    doc("forced-en", "Forced labour standards", "Forced labour is work extracted under menace of a penalty. " + FILLER),
    doc("forced-sr", "Prinudni rad u Srbiji", "Prinudni rad je zabranjen. Radnici su radili bez ugovora.", lang="sr"),
    doc("forced-both", "Forced labour explained", "Forced labour in plain words. " + FILLER),
    doc("forced-both", "Prinudni rad objašnjen", "Prinudni rad jednostavnim rečima.", lang="sr"),
    doc("kinds-case", "A case of forced labour on a farm", "Forced labour on a farm. " + FILLER, kind="case"),
    doc(
        "law",
        "Criminal law on forced labour",
        "Forced labour is a crime. " + FILLER,
        jurisdiction="serbia",
        topic="legal-definitions",
    ),
    doc(
        "radnici",
        "Radnici na gradilištu",
        "Radnici na gradilištu nemaju ugovore. Radniku nije isplaćena zarada.",
        lang="sr",
    ),
    doc("radnik", "Jedan radnik", "Radnik je došao bez pasoša.", lang="sr"),
    doc("kolega", "Kolege", "Kolega je pomogao.", lang="sr"),
]
GLOSSARY = [
    form("forced-labour", "en", "forced labour", True),
    form("forced-labour", "sr", "prinudni rad", True),
    form("forced-labour", "sr", "prisilni rad", False),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder: Path = tmp_path_factory.mktemp("ranking") / "index"
    build_documents(DOCUMENTS, folder, "test", GLOSSARY)
    with SearchIndex.open(folder) as opened:
        yield opened


def ids(index: SearchIndex, query: str, **kwargs: object) -> list[str]:
    return [h.id for h in index.search(query, 20, **kwargs).hits]  # type: ignore[arg-type]


def test_an_article_about_x_ranks_above_one_that_mentions_x_once(index: SearchIndex) -> None:
    found = ids(index, "debt bondage")
    assert found.index("about-bondage") < found.index("mentions-bondage")


def test_a_title_match_ranks_above_body_text(index: SearchIndex) -> None:
    found = ids(index, "debt bondage")
    assert found.index("bondage-title-only") < found.index("phrase")


def test_an_exact_phrase_ranks_above_scattered_words(index: SearchIndex) -> None:
    found = ids(index, "debt bondage")
    assert found.index("phrase") < found.index("scattered")


def test_a_quoted_phrase_requires_the_words_together(index: SearchIndex) -> None:
    found = ids(index, '"debt bondage"')
    assert "phrase" in found and "scattered" not in found


def test_all_words_are_needed_when_some_document_has_them_all(index: SearchIndex) -> None:
    assert ids(index, "passports employer") == ["about-passports"]


def test_serbian_inflection_and_palatalisation_match(index: SearchIndex) -> None:
    assert {"radnici", "radnik"} <= set(ids(index, "radnici"))
    assert {"radnici", "radnik"} <= set(ids(index, "radnik"))
    assert "kolega" in ids(index, "kolezi")


def test_glossary_translation_finds_the_other_language_in_the_users_language_first(index: SearchIndex) -> None:
    english_first = index.search("prinudni rad", 10, lang="en").hits
    assert english_first[0].lang == "en"
    assert "forced-en" in [h.id for h in english_first]
    serbian_first = index.search("forced labour", 10, lang="sr").hits
    assert serbian_first[0].lang == "sr"
    langs = [h.lang for h in serbian_first]
    assert langs == sorted(langs, key=lambda lang: lang != "sr"), "documents in the user's language come first"


def test_with_a_user_language_each_document_is_listed_once(index: SearchIndex) -> None:
    hits = index.search("forced labour", 20, lang="sr").hits
    assert [h.id for h in hits].count("forced-both") == 1
    assert next(h for h in hits if h.id == "forced-both").lang == "sr"


def test_without_a_user_language_the_first_results_are_different_documents(index: SearchIndex) -> None:
    hits = index.search("forced labour prinudni", 3).hits
    assert len({h.id for h in hits}) == len(hits)


def test_a_synonym_from_the_glossary_counts(index: SearchIndex) -> None:
    assert "forced-sr" in ids(index, "prisilni rad", lang="sr")


def test_facets_count_documents_and_filters_keep_the_other_values_countable(index: SearchIndex) -> None:
    everything = index.search("forced labour", 20, lang="en")
    assert everything.facets["kind"] == {"guidance": 4, "case": 1}
    only_cases = index.search("forced labour", 20, lang="en", kinds=["case"])
    assert [h.id for h in only_cases.hits] == ["kinds-case"]
    assert only_cases.total == 1
    assert only_cases.facets["kind"] == everything.facets["kind"]  # a chosen kind still shows the others
    serbia = index.search("forced labour", 20, lang="en", jurisdictions=["serbia"])
    assert [h.id for h in serbia.hits] == ["law"]
    assert serbia.facets["jurisdiction"] == {"serbia": 1}


def test_language_filter_keeps_one_language(index: SearchIndex) -> None:
    found = index.search("forced labour", 20, lang="en", languages=["sr"])
    assert found.hits and all(h.lang == "sr" for h in found.hits)
    assert found.facets["lang"]["en"] >= 1  # the other language stays countable


def test_snippet_marks_the_matched_words_and_only_them(index: SearchIndex) -> None:
    hit = next(h for h in index.search("debt bondage", 20).hits if h.id == "phrase")
    assert "<b>debt</b> <b>bondage</b>" in hit.snippet
    assert "<b>inspector</b>" not in hit.snippet
    assert hit.title_html == "Housing costs"


def test_title_html_marks_matches(index: SearchIndex) -> None:
    hit = next(h for h in index.search("passports", 5).hits if h.id == "about-passports")
    assert hit.title_html == "<b>Passports</b> kept by the employer"


def test_hit_matcher_highlights_any_form_in_any_script(index: SearchIndex) -> None:
    hit = index.search("radnik", 5, lang="sr").hits[0]
    assert hit.matcher.matches("RADNIKA") and hit.matcher.matches("радник")
    assert not hit.matcher.matches("gradilište")
