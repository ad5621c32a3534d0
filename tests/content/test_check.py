"""`content check` names file and line for every kind of broken content (one test per kind)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from content.checks import check_links
from content.loader import load_knowledge_base
from tests.conftest import REPO


def problems_of(root: Path) -> list[str]:
    result = load_knowledge_base(root)
    found = result.problems + check_links(result.kb)
    return [p.format(root) for p in found]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not found in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def run_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "content", "--content-dir", str(root), "check"],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )


def test_fixture_knowledge_base_is_clean(mini_kb_dir: Path) -> None:
    assert problems_of(mini_kb_dir) == []


def test_duplicate_article_id_is_reported_with_line(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/serbia/serbian-law.md", "id: serbian-law", "id: passports")
    assert any(
        p.startswith("guidance/serbia/serbian-law.md:2: duplicate id 'passports'") for p in problems_of(mini_kb_dir)
    )


def test_duplicate_indicator_id_is_reported_with_line(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "indicators.yaml", "- id: ex_low_or_no_salary", "- id: ex_excessive_working_days_or_hours")
    found = problems_of(mini_kb_dir)
    assert "indicators.yaml:20: duplicate id 'ex_excessive_working_days_or_hours' (first defined on line 11)" in found


def test_missing_required_field_is_reported(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/serbia/serbian-law.md", "reviewed: 2026-11-29\n", "")
    found = problems_of(mini_kb_dir)
    assert "guidance/serbia/serbian-law.md:1: missing required field 'reviewed'" in found


def test_missing_source_year_is_reported_on_the_source_line(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/serbia/serbian-law.md", "    year: 2009\n", "")
    assert "guidance/serbia/serbian-law.md:7: source is missing required field 'year'" in problems_of(mini_kb_dir)


def test_broken_kb_link_is_reported_on_its_line(mini_kb_dir: Path) -> None:
    replace_in(
        mini_kb_dir / "guidance/international/passports.md", "kb:cd_confiscation_of_documents", "kb:no-such-page"
    )
    found = problems_of(mini_kb_dir)
    assert (
        "guidance/international/passports.md:16: broken kb: link 'kb:no-such-page': unknown target 'no-such-page'"
        in found
    )


def test_broken_kb_anchor_is_reported(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/international/passports.md", "kb:serbian-law#means", "kb:serbian-law#purpose")
    found = problems_of(mini_kb_dir)
    assert any("passports.md:15: broken kb: link 'kb:serbian-law#purpose': no heading with anchor" in p for p in found)


def test_broken_glossary_anchor_is_reported(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/international/passports.md", "kb:glossary#debt-bondage", "kb:glossary#nothing")
    assert any("no glossary term 'nothing'" in p for p in problems_of(mini_kb_dir))


def test_unknown_indicator_id_in_case_is_reported(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "cases/farm.md", "ex_low_or_no_salary,", "ex_low_pay,")
    assert "cases/farm.md:5: unknown indicator id 'ex_low_pay'" in problems_of(mini_kb_dir)


def test_malformed_yaml_is_reported_with_line(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "glossary.yaml", '    sr: "dužničko ropstvo"', "    sr: [unclosed")
    found = problems_of(mini_kb_dir)
    assert any(
        p.startswith("glossary.yaml:4: malformed YAML") or p.startswith("glossary.yaml:5: malformed YAML")
        for p in found
    ), found


def test_malformed_front_matter_yaml_is_reported_with_file_line(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/serbia/serbian-law.md", "topic: legal-definitions", "topic: [legal")
    found = problems_of(mini_kb_dir)
    assert any(
        p.startswith("guidance/serbia/serbian-law.md:5: malformed YAML:")
        and p.endswith("(while parsing a flow sequence started on line 4)")
        for p in found
    ), found


def test_unclosed_front_matter_is_reported(mini_kb_dir: Path) -> None:
    path = mini_kb_dir / "guidance/serbia/serbian-law.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("reviewed: 2026-11-29\n---", "reviewed: 2026-11-29\n"),
        encoding="utf-8",
    )
    assert "guidance/serbia/serbian-law.md:1: front matter is not closed: no second '---' line" in problems_of(
        mini_kb_dir
    )


def test_duplicate_yaml_key_is_reported(mini_kb_dir: Path) -> None:
    replace_in(
        mini_kb_dir / "contacts.yaml", '    role_en: "Emergencies"', '    role_en: "Emergencies"\n    role_en: "Again"'
    )
    assert "contacts.yaml:6: duplicate key 'role_en'" in problems_of(mini_kb_dir)


def test_duplicate_key_inside_a_front_matter_source_is_reported_with_its_line(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/serbia/serbian-law.md", "    year: 2009\n", "    year: 2009\n    year: 2016\n")
    done = run_check(mini_kb_dir)
    assert done.returncode == 1
    assert "guidance/serbia/serbian-law.md:10: duplicate key 'year'" in done.stdout


def test_duplicate_keys_are_reported_at_any_depth_of_front_matter(mini_kb_dir: Path) -> None:
    replace_in(
        mini_kb_dir / "guidance/serbia/serbian-law.md",
        "reviewed: 2026-11-29\n",
        "reviewed: 2026-11-29\nextra:\n  - deep:\n      a: 1\n      a: 2\n",
    )
    assert "guidance/serbia/serbian-law.md:14: duplicate key 'a'" in problems_of(mini_kb_dir)


def test_serbian_file_without_english_original_is_reported(mini_kb_dir: Path) -> None:
    (mini_kb_dir / "guidance/serbia/orphan.sr.md").write_text(
        (mini_kb_dir / "guidance/international/passports.sr.md")
        .read_text(encoding="utf-8")
        .replace("id: passports", "id: orphan")
        .replace("jurisdiction: international", "jurisdiction: serbia"),
        encoding="utf-8",
    )
    assert any(
        "orphan.sr.md:2: Serbian article 'orphan' has no English original" in p for p in problems_of(mini_kb_dir)
    )


def test_case_steps_out_of_order_are_reported(mini_kb_dir: Path) -> None:
    path = mini_kb_dir / "cases/farm.md"
    path.write_text(path.read_text(encoding="utf-8").replace("## Analysis", "## Analysis of it"), encoding="utf-8")
    found = problems_of(mini_kb_dir)
    assert any("cases/farm.md:" in p and "unknown case step '## Analysis of it'" in p for p in found)


def test_jurisdiction_must_match_folder(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/serbia/serbian-law.md", "jurisdiction: serbia", "jurisdiction: belgium")
    assert any("does not match the folder 'serbia'" in p for p in problems_of(mini_kb_dir))


def test_unknown_topic_is_reported(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/serbia/serbian-law.md", "topic: legal-definitions", "topic: gossip")
    assert "guidance/serbia/serbian-law.md:4: unknown topic 'gossip' (see taxonomy.yaml)" in problems_of(mini_kb_dir)


def test_a_broken_file_does_not_hide_the_others(mini_kb_dir: Path) -> None:
    (mini_kb_dir / "guidance/serbia/serbian-law.md").write_text("no front matter at all\n", encoding="utf-8")
    result = load_knowledge_base(mini_kb_dir)
    assert "passports" in result.kb.articles
    assert "serbian-law" not in result.kb.articles
    assert "farm" in result.kb.cases
    assert [p.line for p in result.problems] == [1]


def test_check_cli_prints_file_line_message_and_fails(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "cases/farm.md", "ex_low_or_no_salary,", "ex_low_pay,")
    done = run_check(mini_kb_dir)
    assert done.returncode == 1
    assert "cases/farm.md:5: unknown indicator id 'ex_low_pay'" in done.stdout.splitlines()
    assert "Traceback" not in done.stderr


def test_check_cli_is_clean_on_valid_content(mini_kb_dir: Path) -> None:
    done = run_check(mini_kb_dir)
    assert done.returncode == 0, done.stdout
    assert "knowledge base is clean" in done.stderr


@pytest.mark.slow
def test_bundled_knowledge_base_is_clean() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "content", "check"], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:]


def test_source_year_must_be_a_year_or_undated(mini_kb_dir: Path) -> None:
    replace_in(mini_kb_dir / "guidance/serbia/serbian-law.md", "    year: 2009", "    year: recent")
    assert (
        "guidance/serbia/serbian-law.md:9: source year must be a year like 2005 or \"n.d.\" (undated), not 'recent'"
        in problems_of(mini_kb_dir)
    )
