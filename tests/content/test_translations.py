"""Translations stay in step with their originals, and Serbian texts use one term per concept."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from content.loader import load_knowledge_base
from content.pages import PageBuilder
from content.terminology import check_terminology, find_avoided, phrase_pattern
from content.translations import check_translations, mark, read_mark, translation_statuses
from tests.content.test_check import replace_in

PASSPORTS = Path("guidance/international/passports.md")
PASSPORTS_SR = Path("guidance/international/passports.sr.md")


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "content", "--content-dir", str(root), *args],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )


def state_of(root: Path, doc_id: str) -> str:
    statuses = translation_statuses(load_knowledge_base(root).kb)
    return next(s.state for s in statuses if s.doc_id == doc_id)


def test_the_fixture_translation_is_in_step(mini_kb_dir: Path) -> None:
    assert state_of(mini_kb_dir, "passports") == "in-step"
    assert check_translations(load_knowledge_base(mini_kb_dir).kb) == []


def test_a_changed_original_makes_its_translation_behind_with_file_and_line(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / PASSPORTS, "controls", "holds power over")
    assert state_of(mini_kb_dir, "passports") == "behind"
    shown = [p.format(mini_kb_dir) for p in check_translations(load_knowledge_base(mini_kb_dir).kb)]
    mark_line = read_mark(mini_kb_dir / PASSPORTS_SR)
    assert mark_line is not None
    assert shown == [
        f"{PASSPORTS_SR}:{mark_line.line}: warning: translation is behind its English original passports.md "
        "(reviewed 2026-11-29); update it, then run `python -m content translations --mark passports.sr.md`"
    ]


def test_moving_the_review_date_does_not_make_a_translation_behind(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / PASSPORTS, "reviewed: 2026-11-29", "reviewed: 2026-12-07")
    assert state_of(mini_kb_dir, "passports") == "in-step"


def test_a_changed_source_entry_leaves_the_translation_in_step_but_a_changed_summary_does_not(
    mini_kb_dir: Path,
) -> None:
    # Each language cites in its own style and the citation check verifies both files' sources.
    replace_in(mini_kb_dir / PASSPORTS, "art. 20(c)", "art. 20(b)")
    assert state_of(mini_kb_dir, "passports") == "in-step"
    replace_in(mini_kb_dir / PASSPORTS, 'title: "Identity', 'title: "Revised identity')
    assert state_of(mini_kb_dir, "passports") == "behind"


def test_marking_brings_the_translation_back_in_step_and_keeps_every_other_line(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / PASSPORTS, "controls", "holds power over")
    before = (mini_kb_dir / PASSPORTS_SR).read_text(encoding="utf-8").splitlines()
    result = run(mini_kb_dir, "translations", "--mark", str(mini_kb_dir / PASSPORTS_SR))
    assert result.returncode == 0, result.stderr
    after = (mini_kb_dir / PASSPORTS_SR).read_text(encoding="utf-8").splitlines()
    assert len(after) == len(before)
    assert next(a for a, b in zip(after, before, strict=True) if a != b).startswith("  digest: ")
    assert state_of(mini_kb_dir, "passports") == "in-step"


def test_an_unmarked_translation_is_reported_and_marking_adds_the_block(mini_kb_dir: Path) -> None:
    sr = mini_kb_dir / PASSPORTS_SR
    text = sr.read_text(encoding="utf-8")
    start = text.index("translation_of:")
    end = text.index("---", start)
    sr.write_text(text[:start] + text[end:], encoding="utf-8")
    assert state_of(mini_kb_dir, "passports") == "unmarked"
    assert "does not record which version" in check_translations(load_knowledge_base(mini_kb_dir).kb)[0].message
    found = mark(sr, today=date(2026, 12, 1))
    assert (found.lang, found.date) == ("en", date(2026, 12, 1))
    assert state_of(mini_kb_dir, "passports") == "in-step"


def test_an_english_file_behind_its_serbian_original_is_reported(mini_kb_dir: Path) -> None:
    en, sr = mini_kb_dir / PASSPORTS, mini_kb_dir / PASSPORTS_SR
    text = sr.read_text(encoding="utf-8")
    start = text.index("translation_of:")
    sr.write_text(text[:start] + text[text.index("---", start) :], encoding="utf-8")
    mark(en)  # the English file now says it translates the Serbian one
    assert state_of(mini_kb_dir, "passports") == "in-step"
    replace_in(sr, "kontroliše", "drži pod kontrolom")
    problems = check_translations(load_knowledge_base(mini_kb_dir).kb)
    assert [(p.path.name, "Serbian original" in p.message) for p in problems] == [("passports.md", True)]


def test_check_warns_and_strict_fails_on_a_translation_behind(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / PASSPORTS, "controls", "holds power over")
    relaxed = run(mini_kb_dir, "check")
    assert relaxed.returncode == 0, relaxed.stdout + relaxed.stderr
    assert "warning: translation is behind" in relaxed.stdout
    assert "1 warning(s)" in relaxed.stderr
    strict = run(mini_kb_dir, "check", "--strict")
    assert strict.returncode == 1
    assert "1 problem(s)" in strict.stderr


def test_the_page_of_a_translation_behind_says_so(mini_kb_dir: Path) -> None:
    builder = PageBuilder(load_knowledge_base(mini_kb_dir).kb)
    page = builder.page("kb:passports", "sr")
    assert page is not None and "Engleski original je izmenjen" not in page.html
    replace_in(mini_kb_dir / PASSPORTS, "controls", "holds power over")
    builder = PageBuilder(load_knowledge_base(mini_kb_dir).kb)
    page = builder.page("kb:passports", "sr")
    assert page is not None
    assert "Engleski original je izmenjen 2026-11-29 — ovaj prevod možda još ne sadrži te izmene." in page.html
    english = builder.page("kb:passports", "en")
    assert english is not None and "original" not in english.html.split("<h1")[1].split("</p>")[0]


# -- terminology ------------------------------------------------------------------------------


def test_an_avoided_term_is_a_warning_with_file_and_line(mini_kb_dir: Path) -> None:
    replace_in(
        mini_kb_dir / "glossary.yaml",
        '    also_sr: ["rad za dug"]\n',
        '    also_sr: ["rad za dug"]\n    avoid_sr: ["dužničk* robovanj*"]\n',
    )
    sr = mini_kb_dir / PASSPORTS_SR
    sr.write_text(sr.read_text(encoding="utf-8") + "\nTo je oblik dužničkog\nrobovanja.\n", encoding="utf-8")
    line = len(sr.read_text(encoding="utf-8").split("\n")) - 2
    problems = check_terminology(load_knowledge_base(mini_kb_dir).kb)
    assert [p.format(mini_kb_dir) for p in problems] == [
        f"{PASSPORTS_SR}:{line}: warning: avoided term 'dužničk* robovanj*' (glossary 'debt-bondage'): "
        "write 'dužničko ropstvo'"
    ]
    assert run(mini_kb_dir, "check", "--strict").returncode == 1


def test_the_glossary_listing_its_own_synonyms_is_not_a_use() -> None:
    patterns = [("sredstv* izvršenja", "means", phrase_pattern("sredstv* izvršenja"))]
    assert find_avoided('    also_sr: ["sredstva izvršenja"]\n', patterns) == []
    assert find_avoided("Koje je sredstvo izvršenja?\n", patterns) == [(1, "sredstv* izvršenja", "means")]
    # Another sense of the word is fine.
    assert find_avoided("Porodica se koristi kao sredstvo pritiska.\n", patterns) == []


_words = st.text(alphabet="abcčćdđefghijklmnoprsštuvzž", min_size=2, max_size=8)


@given(st.lists(_words, min_size=1, max_size=3), st.lists(_words, max_size=4), st.lists(_words, max_size=4))
def test_a_phrase_is_found_with_any_ending_and_line_break_but_not_inside_a_word(
    phrase: list[str], before: list[str], after: list[str]
) -> None:
    pattern_text = " ".join(w + "*" for w in phrase)
    patterns = [(pattern_text, "t", phrase_pattern(pattern_text))]
    used = " ".join(w + "ima" for w in phrase)
    text = " ".join([*before, used]) + "\n" + " ".join(after)
    first_line = find_avoided(text.replace(used, used.replace(" ", "\n", 1)), patterns)
    assert (1, pattern_text, "t") in first_line
    glued = "x" + used  # the phrase only inside a longer word: no match
    assert find_avoided(glued, patterns) == []


def test_two_glossary_entries_with_one_serbian_term_are_reported(mini_kb_dir: Path) -> None:
    glossary = mini_kb_dir / "glossary.yaml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8")
        + '\n  - id: bonded-labour\n    en: "bonded labour"\n    sr: "Dužničko  ropstvo"\n'
        '    definition_en: "Debt bondage."\n    definition_sr: "Dužničko ropstvo."\n',
        encoding="utf-8",
    )
    line = glossary.read_text(encoding="utf-8").split("\n").index("  - id: bonded-labour") + 1
    problems = check_terminology(load_knowledge_base(mini_kb_dir).kb)
    assert [p.format(mini_kb_dir) for p in problems] == [
        f"glossary.yaml:{line}: warning: glossary 'bonded-labour': Serbian term 'Dužničko  ropstvo' "
        "is already used by 'debt-bondage'"
    ]
