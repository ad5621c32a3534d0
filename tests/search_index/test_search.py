"""The search API and CLI: build once, find across scripts and languages, never fail on input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.loader import load_knowledge_base
from search_index.searcher import SearchIndex, parse_user_query
from search_index.service import open_search
from search_index.store import IndexMeta, IndexState, build_index, ensure_index, index_state
from tests.conftest import FIXTURES, REPO


@pytest.fixture(scope="module")
def mini_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    folder = tmp_path_factory.mktemp("mini-index") / "index"
    build_index(kb, folder)
    index = SearchIndex.open(folder)
    yield index
    index.close()


def ids(results: object) -> list[str]:
    return [h.id for h in results.hits]  # type: ignore[attr-defined]


@pytest.mark.parametrize("query", ["pasos", "pasoš", "пасош", "PASOS"])
def test_passport_found_whatever_the_script(mini_index: SearchIndex, query: str) -> None:
    found = mini_index.search(query)
    assert ("passports", "en") in [(h.id, h.lang) for h in found.hits] or ("passports", "sr") in [
        (h.id, h.lang) for h in found.hits
    ]
    assert "sr" in {h.lang for h in found.hits}


def test_english_stemming_finds_inflected_forms(mini_index: SearchIndex) -> None:
    assert "passports" in ids(mini_index.search("passport"))
    assert "ex_excessive_working_days_or_hours" in ids(mini_index.search("hour"))


def test_snippet_highlights_the_matched_word(mini_index: SearchIndex) -> None:
    hit = next(h for h in mini_index.search("employer").hits if h.id == "passports" and h.lang == "en")
    assert "<b" in hit.snippet and "employer</b>" in hit.snippet.lower()


def test_title_match_ranks_above_body_mention(mini_index: SearchIndex) -> None:
    found = mini_index.search("trafficking")
    assert found.hits[0].id == "serbian-law"


def test_phrase_requires_adjacent_words(mini_index: SearchIndex) -> None:
    assert "passports" in ids(mini_index.search('"valid passport"'))
    assert "passports" not in ids(mini_index.search('"passport valid"'))


def test_as_you_type_matches_a_prefix(mini_index: SearchIndex) -> None:
    assert "passports" in ids(mini_index.search("passp", as_you_type=True))
    assert ids(mini_index.search("passp")) == []


def test_filters_by_kind_and_language(mini_index: SearchIndex) -> None:
    found = mini_index.search("pasos", kinds=["guidance"], languages=["sr"])
    assert found.hits and all(h.kind == "guidance" and h.lang == "sr" for h in found.hits)
    assert found.facets["kind"].get("guidance", 0) >= 1


def test_glossary_terms_are_searchable_in_serbian(mini_index: SearchIndex) -> None:
    found = mini_index.search("duznicko ropstvo")
    assert found.hits and found.hits[0].kind == "glossary" and found.hits[0].href == "kb:glossary#debt-bondage"


def test_did_you_mean_for_a_typo(mini_index: SearchIndex) -> None:
    found = mini_index.search("pasport")
    assert found.hits == []
    assert found.suggestion == "passport"


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "AND",
        "OR NOT",
        "title:",
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
    ],
)
def test_awkward_queries_never_raise(mini_index: SearchIndex, query: str) -> None:
    results = mini_index.search(query)
    assert isinstance(results.hits, list)


@given(st.text(max_size=120))
def test_any_text_searches_without_error(mini_index: SearchIndex, text: str) -> None:
    results = mini_index.search(text, as_you_type=True)
    assert results.total >= len(results.hits)


@given(st.text(max_size=200))
def test_query_parser_is_total(text: str) -> None:
    parsed = parse_user_query(text, as_you_type=True)
    assert len(parsed.words) <= 16


def test_unchanged_content_is_not_reindexed(tmp_path: Path) -> None:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    folder = tmp_path / "index"
    state, first = ensure_index(kb, folder)
    assert state is IndexState.MISSING and first is not None
    state, second = ensure_index(kb, folder)
    assert state is IndexState.FRESH and second is not None
    assert second.built_at == first.built_at


def test_changed_content_makes_the_index_stale(tmp_path: Path, mini_kb_dir: Path) -> None:
    folder = tmp_path / "index"
    build_index(load_knowledge_base(mini_kb_dir).kb, folder)
    article = mini_kb_dir / "guidance/serbia/serbian-law.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nA new sentence about cooperatives.\n", encoding="utf-8")
    kb = load_knowledge_base(mini_kb_dir).kb
    assert index_state(folder, kb) is IndexState.STALE
    opened = open_search(kb, folder)
    with opened.index as index:
        assert "serbian-law" in ids(index.search("cooperatives"))


def test_damaged_index_is_detected_and_rebuilt(tmp_path: Path) -> None:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    folder = tmp_path / "index"
    build_index(kb, folder)
    for segment in folder.glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[:40])
    for toc in folder.glob("_*.toc"):
        toc.unlink()
    assert index_state(folder, kb) is IndexState.DAMAGED
    opened = open_search(kb, folder)
    with opened.index as index:
        assert opened.rebuilt and "damaged" in opened.message
        assert "passports" in ids(index.search("passport"))
    assert IndexMeta.read(folder) is not None


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


def test_cli_search_pasos_finds_identity_documents_in_both_languages(cli_index_dir: Path) -> None:
    done = run_cli("search", "pasos", "--json", "--limit", "40", index_dir=cli_index_dir)
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert {"en", "sr"} <= {h["lang"] for h in hits}
    assert any(h["id"] == "cd_confiscation_of_documents" for h in hits)
    for hit in hits:
        assert {"id", "kind", "title", "lang", "snippet", "score"} <= hit.keys()


@pytest.mark.parametrize("query", ['"', "title:pasos", "*", "🙂", "NOT", "x" * 300])
def test_cli_any_query_exits_zero_with_a_json_list(cli_index_dir: Path, query: str) -> None:
    done = run_cli("search", query, "--json", index_dir=cli_index_dir)
    assert done.returncode == 0, done.stderr
    assert isinstance(json.loads(done.stdout), list)
    assert "Traceback" not in done.stderr


def test_cli_build_twice_reports_up_to_date(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    first = run_cli("build", index_dir=folder)
    second = run_cli("build", index_dir=folder)
    assert first.returncode == second.returncode == 0
    assert "built" in first.stderr
    assert "up to date" in second.stderr
