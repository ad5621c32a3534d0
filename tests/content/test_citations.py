"""The citation check: every article of a Serbian law cited in a source entry exists in that law
(content/law_articles.yaml, made from the official consolidated texts by scripts/law_articles.py).
One test per kind of error on the small fixture knowledge base, and a property over the parser."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.citations import check_citations, parse_citations
from content.loader import load_knowledge_base
from content.paths import CONTENT_DIR
from content.translit import to_cyrillic
from tests.conftest import REPO

LAW = "guidance/serbia/serbian-law.md"  # Criminal Code, art. 388; its source entry is on line 7
CASE = "cases/farm.md"  # Labour Law, art. 32; its source entry is on line 10
LABOUR_LAW = 'document: "Labour Law, Sl. glasnik RS 24/2005, as amended up to 109/2025"'
CRIMINAL_CODE = 'document: "Criminal Code of the Republic of Serbia, Sl. glasnik RS 85/2005, as amended up to 94/2024"'


def citation_problems(root: Path) -> list[str]:
    result = load_knowledge_base(root)
    assert result.problems == []
    return [p.format(root) for p in check_citations(result.kb)]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not found in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fixture_citations_are_clean(mini_kb_dir: Path) -> None:
    assert citation_problems(mini_kb_dir) == []


def test_article_that_does_not_exist_is_reported_on_its_source_line(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / LAW, 'article: "art. 388"', 'article: "arts 388(1), 999"')
    assert citation_problems(mini_kb_dir) == [
        f"{LAW}:7: no art. 999 in the Criminal Code (Krivični zakonik), consolidated text up to Sl. glasnik RS 94/2024"
    ]


def test_deleted_article_is_reported(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / CASE, 'article: "art. 32"', 'article: "čl. 43 st. 2"')
    assert citation_problems(mini_kb_dir) == [
        f"{CASE}:10: art. 43 of the Labour Law (Zakon o radu) has been deleted "
        "(consolidated text up to Sl. glasnik RS 109/2025)"
    ]


def test_lettered_article_must_exist(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / CASE, 'article: "art. 32"', 'article: "arts 268a, 268b, 268v"')
    assert citation_problems(mini_kb_dir) == [
        f"{CASE}:10: no art. 268v in the Labour Law (Zakon o radu), consolidated text up to Sl. glasnik RS 109/2025"
    ]


def test_both_ends_of_a_range_must_exist(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / CASE, 'article: "art. 32"', 'article: "arts 285-290"')
    found = citation_problems(mini_kb_dir)
    assert found == [
        f"{CASE}:10: no art. 290 in the Labour Law (Zakon o radu), consolidated text up to Sl. glasnik RS 109/2025"
    ]


def test_backward_range_is_reported(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / LAW, 'article: "art. 388"', 'article: "arts 390-388"')
    assert citation_problems(mini_kb_dir) == [f"{LAW}:7: article range 390-388 runs backwards"]


def test_unknown_serbian_law_is_reported(mini_kb_dir: Path) -> None:
    replace_in(
        mini_kb_dir / CASE,
        LABOUR_LAW,
        'document: "Law on Free Legal Aid (Zakon o besplatnoj pravnoj pomoći), Sl. glasnik RS 87/2018"',
    )
    found = citation_problems(mini_kb_dir)
    assert len(found) == 1
    assert found[0].startswith(f"{CASE}:10: unknown Serbian law 'Law on Free Legal Aid")


@pytest.mark.parametrize(
    "document",
    [
        "Boom93, 'MUP Srbije počeo izradu Nacrta zakona o trgovini ljudima' (news report, 2024)",
        "Law firm notes on the 2023 amendments (6 February 2024)",
        "Zakon o potvrđivanju Konvencije Saveta Evrope o borbi protiv trgovine ljudima („Sl. glasnik RS – MU“, br. 19/2009)",  # noqa: E501
        "Ministarstvo za rad, internet stranica Inspektorata za rad (zakoni koji se primenjuju)",
    ],
)
def test_a_source_that_only_mentions_a_law_is_not_an_unknown_law(mini_kb_dir: Path, document: str) -> None:
    replace_in(mini_kb_dir / CASE, LABOUR_LAW, f'document: "{document}"')
    assert citation_problems(mini_kb_dir) == []


def test_a_law_in_a_serbian_article_is_taken_for_a_serbian_law(mini_kb_dir: Path) -> None:
    # no "Sl. glasnik RS", but the article's jurisdiction is serbia
    replace_in(mini_kb_dir / LAW, CRIMINAL_CODE, 'document: "Law on Police"')
    assert [p.split(": ", 1)[0] for p in citation_problems(mini_kb_dir)] == [f"{LAW}:7"]


def test_law_named_in_cyrillic_with_cyrillic_article_is_checked(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / CASE, LABOUR_LAW, 'document: "Закон о раду, Сл. гласник РС 24/2005 … 109/2025"')
    replace_in(mini_kb_dir / CASE, 'article: "art. 32"', 'article: "чл. 268а, чл. 999"')
    assert [p.split(": ", 1)[1][:13] for p in citation_problems(mini_kb_dir)] == ["no art. 999 i"]


def test_article_cited_in_the_document_field_is_checked(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / CASE, LABOUR_LAW, 'document: "ZR (Sl. glasnik RS 109/2025), art. 1000"')
    assert [p.split(": ", 1)[1][:14] for p in citation_problems(mini_kb_dir)] == ["no art. 1000 i"]


def test_source_entry_must_name_the_gazette_issue_it_was_checked_against(mini_kb_dir: Path) -> None:
    old = 'document: "Labour Law (Zakon o radu), Sl. glasnik RS 24/2005, as amended"'
    replace_in(mini_kb_dir / CASE, LABOUR_LAW, old)
    assert citation_problems(mini_kb_dir) == [
        f"{CASE}:10: the source entry of the Labour Law (Zakon o radu) does not name the Gazette issue it was "
        "checked against: add 'Sl. glasnik RS …, as amended up to 109/2025' to the document"
    ]


def test_one_entry_naming_two_laws_is_reported(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / CASE, LABOUR_LAW, 'document: "Labour Law and Criminal Code"')
    assert citation_problems(mini_kb_dir) == [
        f"{CASE}:10: one source entry names several Serbian laws (Labour Law, Criminal Code); give each its own entry"
    ]


def test_amending_law_cites_the_article_numbers_of_the_law_it_amends(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / CASE, LABOUR_LAW, 'document: "Law on Amendments to the Labour Law, 75/2014"')
    replace_in(mini_kb_dir / CASE, 'article: "art. 32"', 'article: "art. 268a"')
    assert citation_problems(mini_kb_dir) == []


def test_foreign_and_repealed_laws_are_not_checked(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / CASE, LABOUR_LAW, 'document: "Belgian Criminal Code (Code pénal)"')
    replace_in(mini_kb_dir / CASE, 'article: "art. 32"', 'article: "art. 433quinquies, 9999"')
    replace_in(
        mini_kb_dir / LAW,
        CRIMINAL_CODE,
        'document: "Law on Foreigners (Zakon o strancima), 2008 (repealed)"',
    )
    replace_in(mini_kb_dir / LAW, 'article: "art. 388"', 'article: "art. 999"')
    assert citation_problems(mini_kb_dir) == []


def test_broken_law_table_is_reported_with_file_and_line(mini_kb_dir: Path) -> None:
    (mini_kb_dir / "law_articles.yaml").write_text("laws:\n  labour-law: [unclosed\n", encoding="utf-8")
    found = citation_problems(mini_kb_dir)
    assert len(found) == 1 and found[0].startswith("law_articles.yaml:") and "malformed YAML" in found[0]


def test_check_cli_reports_citation_errors_and_fails(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / CASE, 'article: "art. 32"', 'article: "art. 3200"')
    done = subprocess.run(
        [sys.executable, "-m", "content", "--content-dir", str(mini_kb_dir), "check"],
        capture_output=True,
        text=True,
        cwd=mini_kb_dir,
        check=False,
    )
    assert done.returncode == 1
    assert any(line.startswith(f"{CASE}:10: no art. 3200 in the Labour Law") for line in done.stdout.splitlines())


def test_bundled_citations_are_all_checked_and_clean() -> None:
    from content.citations import CheckedCitation

    checked: list[CheckedCitation] = []
    result = load_knowledge_base(CONTENT_DIR)
    assert check_citations(result.kb, checked) == []
    laws = {c.law for c in checked}
    assert {"criminal-code", "labour-law", "inspection-oversight", "foreigners", "employment-of-foreigners"} <= laws


def test_table_is_what_the_official_texts_give() -> None:
    """The committed table is exactly what the generator makes from the official texts (never edited)."""
    spec = importlib.util.spec_from_file_location("law_articles", REPO / "scripts" / "law_articles.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    if not generator.DEFAULT_LAWS.is_dir():
        pytest.skip("the official texts (../shared/domain/laws) are not on this machine")
    table = generator.build(generator.DEFAULT_LAWS)
    import yaml

    committed = yaml.safe_load((CONTENT_DIR / "law_articles.yaml").read_text(encoding="utf-8"))
    assert committed == table


# --- the parser ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("art. 388(1), (2), (10)", [("388", "", ("1", "2", "10"))]),
        ("arts 40(1)(12)-(13), (2), 61, 62", [("40", "", ("1", "12-13", "2")), ("61", "", ()), ("62", "", ())]),
        ("arts 32, 53, 66-67, 268a", [("32", "", ()), ("53", "", ()), ("66", "67", ()), ("268a", "", ())]),
        ("čl. 388 st. 1 i čl. 389", [("388", "", ("1",)), ("389", "", ())]),
        # paragraphs of one article, as Serbian writes them: a range and a list after "st."
        ("čl. 62 st. 8–10", [("62", "", ("8-10",))]),
        ("čl. 388 st. 1 i 10", [("388", "", ("1", "10"))]),
        ("čl. 62 st. 3 i čl. 63", [("62", "", ("3",)), ("63", "", ())]),
        ("članove 389 i 390", [("389", "", ()), ("390", "", ())]),
        ("чл. 46ж став 2", [("46ž", "", ("2",))]),
        ("art. 388 (basic penalty, child penalty)", [("388", "", ())]),
        ("388(1)", [("388", "", ("1",))]),
        ("Sl. glasnik RS 24/2005", []),
    ],
)
def test_parser_reads_lists_ranges_letters_and_paragraphs(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert [(r.first, r.last, r.paragraphs) for r in parse_citations(text)] == expected


_letters = st.sampled_from(["", "", "", "a", "b", "v", "g", "ž", "đ"])
_article = st.tuples(st.integers(1, 9999), _letters).map(lambda t: f"{t[0]}{t[1]}")
_paragraph = st.one_of(
    st.integers(1, 99).map(lambda n: f"({n})"),
    st.integers(1, 99).map(lambda n: f" st. {n}"),
    st.integers(1, 99).map(lambda n: f" stav {n}"),
    st.sampled_from(["(a)", "(c)", "(1)(12)-(13)", ""]),
)
_more_paragraphs = st.lists(st.integers(1, 20).map(lambda n: f", ({n})"), max_size=2).map("".join)
_item = st.tuples(_article, st.one_of(st.none(), _article), st.tuples(_paragraph, _more_paragraphs).map("".join))
_separator = st.sampled_from([", ", " and ", " i ", "; ", ", čl. ", " and art. ", ",", " & "])
_prefix = st.sampled_from(
    ["art. ", "arts ", "Art. ", "article ", "articles ", "čl. ", "član ", "članove ", "čl.", "art.", "ARTS "]
)


@given(
    before=st.sampled_from(["", "Labour Law, ", "see ", "(", "Zakon o radu: "]),
    prefix=_prefix,
    items=st.lists(st.tuples(_item, _separator), min_size=1, max_size=6),
    after=st.sampled_from(["", ".", " (basic penalty)", ")", "; Sl. glasnik RS 24/2005"]),
    cyrillic=st.booleans(),
)
def test_parser_finds_every_article_written(
    before: str, prefix: str, items: list[tuple[tuple[str, str | None, str], str]], after: str, cyrillic: bool
) -> None:
    parts = []
    expected: list[str] = []
    for index, ((first, last, paragraph), separator) in enumerate(items):
        written = f"{first}-{last}" if last else first
        parts.append(written + paragraph)
        if index < len(items) - 1:
            parts.append(separator)
        expected += [first, last] if last else [first]
    text = before + prefix + "".join(parts) + after
    if cyrillic:
        text = to_cyrillic(text)
    found = [number for ref in parse_citations(text) for number in ref.numbers()]
    assert found == expected, text


@given(st.text(max_size=80))
def test_parser_never_crashes(text: str) -> None:
    for ref in parse_citations(text):
        assert ref.first[0].isdigit()
        assert not ref.last or ref.last[0].isdigit()


@given(st.text(alphabet="art.čl 0123456789()-,;aiv st", max_size=60))
def test_parser_never_crashes_on_citation_like_text(text: str) -> None:
    for ref in parse_citations(text):
        assert all(number[0].isdigit() for number in ref.numbers())


_yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 500), st.text(max_size=12))
_yaml_values = st.recursive(
    _yaml_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


@given(
    laws=st.dictionaries(
        st.text(min_size=1, max_size=8),
        st.one_of(
            _yaml_values,
            st.fixed_dictionaries(
                {
                    "names": st.one_of(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=3), _yaml_values),
                    "articles": st.one_of(st.lists(_yaml_scalars, max_size=5), _yaml_values),
                },
                optional={"deleted": _yaml_values, "latest": _yaml_values, "abbreviations": _yaml_values},
            ),
        ),
        max_size=3,
    ),
    markers=_yaml_values,
)
def test_any_law_table_gives_problems_or_a_check_never_a_crash(
    tmp_path_factory: pytest.TempPathFactory, laws: dict[str, object], markers: object
) -> None:
    import yaml

    from content.citations import load_law_table, source_problems
    from content.model import SourceRef

    path = tmp_path_factory.mktemp("table") / "law_articles.yaml"
    path.write_text(yaml.safe_dump({"laws": laws, "foreign_markers": markers}, allow_unicode=True), encoding="utf-8")
    table, problems = load_law_table(path)
    assert all(p.path == path and p.line >= 1 for p in problems)
    if table is not None:
        for source in (
            SourceRef("Labour Law, Sl. glasnik RS 1/2000", "arts 1-3, 7a", "2005", 4),
            SourceRef("x", "", ""),
        ):
            for problem in source_problems(table, source, "serbia", path):
                assert problem.line >= 1


@pytest.mark.parametrize(
    ("table", "kept", "problem"),
    [
        ("laws:\n  zr: {names: Labour Law, articles: [1]}\n", 0, "law 'zr' needs a list of 'names'"),
        ("laws:\n  zr: {names: [Labour Law], articles: 5}\n", 0, "law 'zr' needs a list of 'names'"),
        ("laws:\n  zr: {names: [Labour Law], articles: [1, null, 2a], deleted: 7, latest: 3}\n", 1, ""),
        ("laws:\n  zr: {names: [Labour Law, ''], articles: [1, 2a]}\nforeign_markers: {a: b}\n", 1, ""),
        ("laws: []\n", 0, "the table needs a 'laws' mapping"),
    ],
)
def test_odd_law_tables_are_reported_not_crashed_on(tmp_path: Path, table: str, kept: int, problem: str) -> None:
    from content.citations import load_law_table, source_problems
    from content.model import SourceRef

    path = tmp_path / "law_articles.yaml"
    path.write_text(table, encoding="utf-8")
    loaded, problems = load_law_table(path)
    assert [p.message for p in problems if problem and p.message.startswith(problem)] == (
        [next(p.message for p in problems)] if problem else []
    )
    assert len(loaded.laws if loaded else ()) == kept
    if loaded and kept:
        law = loaded.laws[0]
        assert law.names == ("Labour Law",) and law.deleted <= frozenset({"7"})
        source = SourceRef("Labour Law, Sl. glasnik RS 3", "arts 1, 2a, 9", "2005", 4)
        assert [p.message[:9] for p in source_problems(loaded, source, "", path)] == ["no art. 9"]
