"""`changes:` in front matter: validated with file:line, gathered newest first on the generated page
"What changed in this edition" in English, Serbian and (by the reader's transliteration) Cyrillic."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from content.changes import CHANGES, all_changes, long_date
from content.checks import check_links
from content.loader import load_knowledge_base
from content.pages import PageBuilder
from tests.content.test_check import problems_of, replace_in, run_check

LAW = "guidance/serbia/serbian-law.md"  # reviewed: 2026-11-29 on line 10
PASSPORTS = "guidance/international/passports.md"
PASSPORTS_SR = "guidance/international/passports.sr.md"
CASE = "cases/farm.md"


def add_changes(root: Path, relative: str, yaml_block: str, reviewed: str = "2026-12-07") -> None:
    """Put `yaml_block` (the `changes:` field) right after the file's `reviewed:` line."""
    path = root / relative
    text = path.read_text(encoding="utf-8")
    old = re.search(r"^reviewed: .*$", text, re.MULTILINE)
    assert old is not None
    path.write_text(text.replace(old.group(0), f"reviewed: {reviewed}\n{yaml_block.rstrip()}", 1), encoding="utf-8")


def line_of(root: Path, relative: str, needle: str) -> int:
    lines = (root / relative).read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if needle in line)


GOOD = """changes:
  - date: 2026-12-01
    text_en: "Older change to the law page."
    text_sr: "Starija promena stranice o zakonu."
  - date: 2026-12-07
    text_en: "Newer change to the law page."
    text_sr: "Novija promena stranice o zakonu."
"""


def test_good_changes_load_newest_first_without_problems(mini_kb_dir: Path) -> None:
    add_changes(mini_kb_dir, LAW, GOOD)
    result = load_knowledge_base(mini_kb_dir)
    assert [p.format(mini_kb_dir) for p in result.problems + check_links(result.kb)] == []
    article = result.kb.article("serbian-law")
    assert article is not None
    assert [(n.date, n.text.en) for n in article.changes] == [
        (date(2026, 12, 7), "Newer change to the law page."),
        (date(2026, 12, 1), "Older change to the law page."),
    ]
    assert article.changes[0].text.sr == "Novija promena stranice o zakonu."


def test_an_impossible_date_is_reported_on_its_line_and_the_page_still_loads(mini_kb_dir: Path) -> None:
    add_changes(mini_kb_dir, LAW, GOOD.replace("2026-12-01", "2026-13-01"))
    line = line_of(mini_kb_dir, LAW, "2026-13-01")
    found = problems_of(mini_kb_dir)
    assert f"{LAW}:{line}: a change's 'date' must be a date (YYYY-MM-DD), not '2026-13-01'" in found
    article = load_knowledge_base(mini_kb_dir).kb.article("serbian-law")
    assert article is not None and [n.text.en for n in article.changes] == ["Newer change to the law page."]


def test_a_date_that_is_not_a_date_is_reported(mini_kb_dir: Path) -> None:
    add_changes(mini_kb_dir, LAW, GOOD.replace("2026-12-01", '"December 2026"'))
    line = line_of(mini_kb_dir, LAW, "December 2026")
    assert f"{LAW}:{line}: a change's 'date' must be a date (YYYY-MM-DD), not 'December 2026'" in problems_of(
        mini_kb_dir
    )


def test_an_impossible_reviewed_date_is_a_problem_not_a_crash(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / LAW, "reviewed: 2026-11-29", "reviewed: 2026-02-30")
    assert f"{LAW}:10: 'reviewed' must be a date (YYYY-MM-DD), not '2026-02-30'" in problems_of(mini_kb_dir)


ONE_ENTRY = {
    "date": "  - date: 2026-12-01",
    "text_en": '    text_en: "Older change to the law page."',
    "text_sr": '    text_sr: "Starija promena stranice o zakonu."',
}


@pytest.mark.parametrize("missing", ["date", "text_en", "text_sr"])
def test_a_change_without_a_required_field_is_reported_on_the_entry_line(mini_kb_dir: Path, missing: str) -> None:
    kept = [line for key, line in ONE_ENTRY.items() if key != missing]
    kept[0] = "  - " + kept[0].lstrip(" -")
    add_changes(mini_kb_dir, LAW, "changes:\n" + "\n".join(kept))
    entry_line = line_of(mini_kb_dir, LAW, kept[0])
    assert f"{LAW}:{entry_line}: change is missing required field '{missing}'" in problems_of(mini_kb_dir)
    article = load_knowledge_base(mini_kb_dir).kb.article("serbian-law")
    assert article is not None and article.changes == ()


def test_an_empty_text_counts_as_missing(mini_kb_dir: Path) -> None:
    add_changes(mini_kb_dir, LAW, GOOD.replace('"Starija promena stranice o zakonu."', '"  "'))
    line = line_of(mini_kb_dir, LAW, "2026-12-01")
    assert f"{LAW}:{line}: change is missing required field 'text_sr'" in problems_of(mini_kb_dir)


def test_changes_that_are_not_a_list_are_reported(mini_kb_dir: Path) -> None:
    add_changes(mini_kb_dir, LAW, 'changes: "Fines updated"')
    line = line_of(mini_kb_dir, LAW, "changes:")
    assert f"{LAW}:{line}: 'changes' must be a list of entries with 'date', 'text_en' and 'text_sr'" in problems_of(
        mini_kb_dir
    )


def test_an_entry_that_is_not_a_mapping_is_reported(mini_kb_dir: Path) -> None:
    add_changes(mini_kb_dir, LAW, 'changes:\n  - "Fines updated"')
    line = line_of(mini_kb_dir, LAW, "changes:")
    assert f"{LAW}:{line}: each entry of 'changes' must have 'date', 'text_en' and 'text_sr'" in problems_of(
        mini_kb_dir
    )


def test_a_change_later_than_the_reviewed_date_asks_for_reviewed_to_move(mini_kb_dir: Path) -> None:
    add_changes(mini_kb_dir, LAW, GOOD, reviewed="2026-12-05")
    line = line_of(mini_kb_dir, LAW, "2026-12-07")
    assert any(
        p.startswith(f"{LAW}:{line}: a change dated 2026-12-07 is later than 'reviewed'")
        for p in problems_of(mini_kb_dir)
    )


def test_content_check_cli_fails_on_a_bad_change(mini_kb_dir: Path) -> None:
    add_changes(mini_kb_dir, LAW, GOOD.replace('    text_sr: "Starija promena stranice o zakonu."\n', ""))
    done = run_check(mini_kb_dir)
    assert done.returncode != 0
    assert "change is missing required field 'text_sr'" in done.stdout + done.stderr


# -- the page ------------------------------------------------------------------------------------
def several_changes(root: Path) -> PageBuilder:
    add_changes(root, LAW, GOOD)
    add_changes(
        root,
        PASSPORTS,
        """changes:
  - date: 2026-12-03
    text_en: "Passports: the middle change."
    text_sr: "Pasoši: srednja promena."
""",
    )
    # The translation repeats its original's entry: listed once.
    add_changes(
        root,
        PASSPORTS_SR,
        """changes:
  - date: 2026-12-03
    text_en: "Passports: the middle change."
    text_sr: "Pasoši: srednja promena."
""",
    )
    add_changes(
        root,
        CASE,
        """changes:
  - date: 2026-12-07
    text_en: "Farm case: the same day as the newest."
    text_sr: "Slučaj farme: isti dan kao najnovija."
""",
    )
    result = load_knowledge_base(root)
    assert result.problems == []
    return PageBuilder(result.kb)


def positions(html: str, needles: list[str]) -> list[int]:
    found = [html.find(n) for n in needles]
    assert -1 not in found, [n for n, f in zip(needles, found, strict=True) if f == -1]
    return found


def test_the_page_lists_every_change_newest_first_in_english(mini_kb_dir: Path) -> None:
    pages = several_changes(mini_kb_dir)
    assert pages.exists(f"kb:{CHANGES}") and pages.title_of("kb:changes") == "What changed in this edition"
    page = pages.page("kb:changes", "en")
    assert page is not None and page.kind == "changes" and page.title == "What changed in this edition"
    order = positions(
        page.html,
        [
            "7 December 2026",
            "Farm case: the same day as the newest.",
            "Newer change to the law page.",
            "3 December 2026",
            "Passports: the middle change.",
            "1 December 2026",
            "Older change to the law page.",
        ],
    )
    assert order == sorted(order)
    assert page.html.count("Passports: the middle change.") == 1
    assert 'href="kb:serbian-law"' in page.html and 'href="kb:farm"' in page.html
    assert "Content version: <b>test</b>" in page.html
    assert "latest change: 7 December 2026" in page.html
    assert len(all_changes(pages.kb)) == 4


def test_the_page_lists_every_change_newest_first_in_serbian(mini_kb_dir: Path) -> None:
    pages = several_changes(mini_kb_dir)
    page = pages.page("kb:changes", "sr", cyrillic=True)
    assert page is not None and page.title == "Šta je novo u ovom izdanju" and page.lang == "sr"
    order = positions(
        page.html,
        [
            "7. decembra 2026.",
            "Novija promena stranice o zakonu.",
            "3. decembra 2026.",
            "Pasoši: srednja promena.",
            "1. decembra 2026.",
            "Starija promena stranice o zakonu.",
        ],
    )
    assert order == sorted(order)
    assert "Slučaj farme: isti dan kao najnovija." in page.html
    assert "Verzija sadržaja" in page.html
    # The Serbian title of a translated page; an English-only title is marked so Cyrillic leaves it alone.
    assert ">Lična dokumenta koja drži poslodavac</a>" in page.html
    law = pages.kb.article("serbian-law", "sr")
    assert law is not None and law.lang == "en"
    assert f'<a href="kb:serbian-law" lang="en">{law.title}</a>' in page.html


def test_an_article_shows_its_own_changes_under_its_sources(mini_kb_dir: Path) -> None:
    pages = several_changes(mini_kb_dir)
    page = pages.page("kb:serbian-law", "en")
    assert page is not None
    sources, changes = positions(page.html, ["Sources", "Changes to this page"])
    assert sources < changes
    assert page.html.index("Newer change") < page.html.index("Older change")
    assert 'href="kb:changes"' in page.html


def test_a_knowledge_base_without_changes_says_so(mini_kb_dir: Path) -> None:
    pages = PageBuilder(load_knowledge_base(mini_kb_dir).kb)
    page = pages.page("kb:changes", "sr")
    assert page is not None and "U ovom izdanju nije zabeležena nijedna promena." in page.html


def test_a_link_to_the_page_is_checked(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / PASSPORTS, "kb:glossary#debt-bondage", "kb:changes")
    assert problems_of(mini_kb_dir) == []
    replace_in(mini_kb_dir / PASSPORTS, "kb:changes", "kb:changes#2026")
    assert any("the page of changes has no anchors" in p for p in problems_of(mini_kb_dir))


def test_long_dates() -> None:
    assert long_date(date(2027, 12, 14), "en") == "14 December 2027"
    assert long_date(date(2024, 2, 1), "sr") == "1. februara 2024."
