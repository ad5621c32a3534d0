"""The search API and the command line on the small fixture knowledge base, and the real one:
any text searches, typos are corrected, scripts and languages meet, output is a JSON list."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from content.loader import load_knowledge_base
from search_index.query import parse_user_query
from search_index.searcher import SearchIndex
from search_index.store import build_index
from tests.conftest import FIXTURES, REPO

AWKWARD = [
    '"unbalanced',
    '""',
    "AND",
    "OR NOT",
    "title:",
    "title:pasoš",
    "body:*",
    "*",
    "???",
    "a" * 300,
    "🙂 pasoš 🙂",
    "(((",
    "\\",
    "~2",
    "-",
    "\x00",
    "pas~ port^2 [a TO z]",
    "'; DROP TABLE docs; --",
]


@pytest.fixture(scope="module")
def mini_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    folder = tmp_path_factory.mktemp("mini-index") / "index"
    build_index(kb, folder)
    with SearchIndex.open(folder) as index:
        yield index


def keys(results: object) -> list[tuple[str, str]]:
    return [(h.id, h.lang) for h in results.hits]  # type: ignore[attr-defined]


@pytest.mark.parametrize("query", ["pasos", "pasoš", "пасош", "PASOS", "pasoša", "пасоша"])
def test_passport_found_whatever_the_script_diacritics_or_case(mini_index: SearchIndex, query: str) -> None:
    assert ("passports", "sr") in keys(mini_index.search(query))


def test_english_stemming_finds_inflected_forms(mini_index: SearchIndex) -> None:
    assert ("passports", "en") in keys(mini_index.search("passport"))
    assert "ex_excessive_working_days_or_hours" in [h.id for h in mini_index.search("hour").hits]


def test_as_you_type_completes_the_last_word(mini_index: SearchIndex) -> None:
    assert "passports" in [h.id for h in mini_index.search("passp", as_you_type=True).hits]
    assert "passports" in [h.id for h in mini_index.search("passp*").hits]


def test_a_word_begun_with_one_letter_is_not_searched_yet(mini_index: SearchIndex) -> None:
    """One letter of a word being typed is too short to look for: the results say so, rather
    than that nothing was found. Two letters are searched; a whole word of one letter is too."""
    for text in ("p", "ж", "p*", "a* b"):
        found = mini_index.search(text, as_you_type=True)
        assert found.too_short and not found.hits, text
    assert not mini_index.search("pa", as_you_type=True).too_short
    assert mini_index.search("pa", as_you_type=True).hits
    assert not mini_index.search("p", as_you_type=False).too_short
    assert not mini_index.search("passport p", as_you_type=True).too_short


def test_glossary_term_in_serbian_finds_its_entry(mini_index: SearchIndex) -> None:
    found = mini_index.search("duznicko ropstvo", lang="sr")
    assert found.hits[0].href == "kb:glossary#debt-bondage"
    assert "debt-bondage" in found.glossary_terms


def test_glossary_translation_finds_english_text_for_a_serbian_query(mini_index: SearchIndex) -> None:
    found = mini_index.search("dužničko ropstvo", lang="en")
    assert found.hits[0].href == "kb:glossary#debt-bondage" and found.hits[0].lang == "en"


def test_a_typo_is_corrected_from_the_index_vocabulary(mini_index: SearchIndex) -> None:
    found = mini_index.search("pasport")
    assert found.corrected_query == found.suggestion == "passport"
    assert found.hits and all(h.corrected_query == "passport" for h in found.hits)
    assert ("passports", "en") in keys(found)


def test_a_correction_is_shown_with_its_diacritics(mini_index: SearchIndex) -> None:
    found = mini_index.search("pasošx")
    assert found.corrected_query == "pasoš"


def test_known_words_are_never_corrected(mini_index: SearchIndex) -> None:
    found = mini_index.search("passport")
    assert found.corrected_query == found.suggestion == ""


def test_nothing_found_and_nothing_to_correct_is_an_empty_result(mini_index: SearchIndex) -> None:
    found = mini_index.search("qqqzzzxx")
    assert found.hits == [] and found.total == 0 and found.suggestion == ""


def test_contacts_are_searchable(mini_index: SearchIndex) -> None:
    hit = mini_index.search("police", lang="en").hits[0]
    assert (hit.kind, hit.href) == ("contact", "kb:contacts#police")


def test_total_and_facets_agree_with_hits(mini_index: SearchIndex) -> None:
    found = mini_index.search("passport", lang="en")
    assert found.total == sum(found.facets["kind"].values())
    assert len(found.hits) <= found.total


@pytest.mark.parametrize("query", AWKWARD)
def test_awkward_queries_never_raise(mini_index: SearchIndex, query: str) -> None:
    results = mini_index.search(query, as_you_type=True)
    assert isinstance(results.hits, list)
    for hit in results.hits:
        assert isinstance(hit.snippet, str)


def test_field_prefix_is_ignored_not_searched(mini_index: SearchIndex) -> None:
    assert keys(mini_index.search("title:passport")) == keys(mini_index.search("passport"))


@given(text=st.text(max_size=120), lang=st.sampled_from([None, "en", "sr"]), typing=st.booleans())
def test_any_text_searches_without_error(mini_index: SearchIndex, text: str, lang: str | None, typing: bool) -> None:
    results = mini_index.search(text, 10, lang=lang, as_you_type=typing)
    assert results.total >= len(results.hits)
    assert len(results.hits) <= 10
    for hit in results.hits:
        assert hit.snippet.count("<b>") == hit.snippet.count("</b>")
        assert "<script" not in hit.snippet.lower()


@given(text=st.text(max_size=300))
@settings(max_examples=40)
def test_any_text_searches_the_real_index(real_index: SearchIndex, text: str) -> None:
    results = real_index.search(text, 10, lang="sr", as_you_type=True)
    assert results.total >= len(results.hits)


@given(st.text(max_size=200))
def test_query_parser_is_total(text: str) -> None:
    parsed = parse_user_query(text, as_you_type=True)
    assert len(parsed.words) <= 16
    assert all(w.folded for w in parsed.words)


def test_snippets_are_made_only_when_read(mini_index: SearchIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    original = SearchIndex.snippet

    def counting(self: SearchIndex, docnum: int, keys_: set[int]) -> str:
        made.append(docnum)
        return original(self, docnum, keys_)

    monkeypatch.setattr(SearchIndex, "snippet", counting)
    hits = mini_index.search("passport", 20).hits
    assert len(hits) > 1 and made == []
    _ = hits[0].snippet
    _ = hits[0].snippet
    assert made == [hits[0].docnum]


# -- the command line -------------------------------------------------------------------------
def run_cli(*args: str, index_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "search_index", *args, "--index-dir", str(index_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )


@pytest.fixture(scope="module")
def cli_index_dir(tmp_path_factory: pytest.TempPathFactory, real_index_dir: Path) -> Path:
    target = tmp_path_factory.mktemp("cli") / "index"
    shutil.copytree(real_index_dir, target)
    return target


def test_cli_json_hits_have_the_contract_fields(cli_index_dir: Path) -> None:
    done = run_cli("search", "pasos", "--json", "--limit", "40", index_dir=cli_index_dir)
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert {"en", "sr"} <= {h["lang"] for h in hits}
    assert any(h["id"] == "cd_confiscation_of_documents" for h in hits)
    for hit in hits:
        assert {"id", "kind", "title", "lang", "snippet", "score", "href"} <= hit.keys()


def test_cli_did_you_mean_marks_every_hit_and_says_it_on_stderr(cli_index_dir: Path) -> None:
    done = run_cli("search", "trafficing", "--json", index_dir=cli_index_dir)
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert hits and all(h["corrected_query"] == "trafficking" for h in hits)
    assert "did you mean: trafficking" in done.stderr


def test_cli_lang_and_facet_flags(cli_index_dir: Path) -> None:
    done = run_cli(
        "search",
        "forced labour",
        "--json",
        "--lang",
        "sr",
        "--kind",
        "indicator",
        "--limit",
        "50",
        index_dir=cli_index_dir,
    )
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert hits and all(h["kind"] == "indicator" and h["lang"] == "sr" for h in hits)
    done = run_cli("search", "reflection period", "--json", "--jurisdiction", "serbia", index_dir=cli_index_dir)
    assert all(h["jurisdiction"] == "serbia" for h in json.loads(done.stdout))
    done = run_cli("search", "debt bondage", "--json", "--language", "sr", index_dir=cli_index_dir)
    hits = json.loads(done.stdout)
    assert hits and all(h["lang"] == "sr" for h in hits), "debt bondage finds Serbian text"


def test_cli_text_output_lists_hits_and_facets(cli_index_dir: Path) -> None:
    done = run_cli("search", "prinudni rad", "--lang", "en", index_dir=cli_index_dir)
    assert done.returncode == 0, done.stderr
    assert "[glossary/en] forced labour" in done.stdout
    assert "kind:" in done.stdout


@pytest.mark.parametrize("query", ['"', "title:pasos", "*", "🙂", "NOT", "x" * 300, "-", "", "-x", "--", "-:", "--lim"])
def test_cli_any_query_exits_zero_with_a_json_list(cli_index_dir: Path, query: str) -> None:
    done = run_cli("search", query, "--json", index_dir=cli_index_dir)
    assert done.returncode == 0, done.stderr
    assert isinstance(json.loads(done.stdout), list)
    assert "Traceback" not in done.stderr


@given(st.text(max_size=80).filter(lambda t: "\x00" not in t))
@settings(max_examples=8, deadline=None)
def test_cli_any_text_gives_a_json_list(cli_index_dir: Path, text: str) -> None:
    done = run_cli("search", text, "--json", "--limit", "3", index_dir=cli_index_dir)
    assert done.returncode == 0, done.stderr
    assert isinstance(json.loads(done.stdout), list)


def test_cli_build_twice_reports_up_to_date(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    first = run_cli("build", index_dir=folder)
    second = run_cli("build", index_dir=folder)
    assert first.returncode == second.returncode == 0
    assert "built" in first.stderr
    assert "up to date" in second.stderr


def test_search_instead_for_the_words_as_typed(mini_index: SearchIndex) -> None:
    found = mini_index.search("pasport", correct=False)
    assert found.corrected_query == found.suggestion == "" and found.hits == []


def test_a_glossary_term_is_recognised_while_it_is_being_typed(mini_index: SearchIndex) -> None:
    typed = mini_index.search("dužničko ropstvo", lang="en", as_you_type=True)
    assert "debt-bondage" in typed.glossary_terms
    assert typed.hits[0].href == "kb:glossary#debt-bondage" and typed.hits[0].lang == "en"
    assert "debt-bondage" in mini_index.search("debt bond", as_you_type=True).glossary_terms


def test_an_unknown_serbian_form_is_not_corrected_into_another_form(real_index: SearchIndex) -> None:
    found = real_index.search("radnici spavaju na gradilištu", 5, lang="sr")
    assert found.corrected_query == "" and found.hits
    assert real_index.search("minimlna zarada", 5, lang="sr").corrected_query == "minimalna zarada"
