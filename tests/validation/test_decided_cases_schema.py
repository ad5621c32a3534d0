"""The decided-cases validation set (tests/validation/decided_cases.yaml) keeps its shape.

The checker below is the contract the `content validate` report relies on: every case names its
source, says what was decided, maps only ids the knowledge base knows, each with the fact behind it,
and lists acceptable outcomes from the fixed outcome ids. The set must stay large enough to measure
anything: at least 40 cases, at least 15 of them not trafficking in what was decided.

Mutations each test catches: deleting a case's `reason` (missing field), renaming an id to one the
KB does not have (unknown id), writing `possible-trafficking` in `acceptable` (unknown outcome),
copying a case id (duplicate), removing cases below 40 or turning non-trafficking decisions into
`trafficking` (counts), an unquoted `NO` (read as false), a clear-referral case that also accepts a
labour-law outcome — the tests on broken copies show that the checker reports each of them.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from content.loader import LoadResult
from content.outcomes import OUTCOME_IDS

CASES_FILE = Path(__file__).parent / "decided_cases.yaml"

MIN_CASES = 40
MIN_NOT_TRAFFICKING = 15
DECIDED_KINDS = (
    "trafficking",
    "forced-labour",
    "slavery-servitude",
    "severe-exploitation",
    "labour-law-only",
    "acquittal",
    "requalified",
)
# Decided outcomes that are not trafficking (nor forced labour or servitude): the over-call check
# needs enough of them.
NOT_TRAFFICKING_KINDS = ("severe-exploitation", "labour-law-only", "acquittal", "requalified")
CASE_FIELDS = (
    "id",
    "title",
    "jurisdiction",
    "source",
    "decided",
    "decided_kind",
    "child",
    "clear_referral",
    "ids",
    "acceptable",
    "reason",
)
# Outcomes that refer the person on (sensitivity counts these); urgent danger refers too.
REFERRAL_OUTCOMES = {"urgent-danger", "possible-thb-child", "possible-thb", "forced-labour-indicators"}
JURISDICTION = re.compile(r"^(ECtHR|[A-Z]{2})$")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def problems(data: Any, known_ids: set[str], outcomes: tuple[str, ...] = OUTCOME_IDS) -> list[str]:
    """Every problem in a loaded decided-cases document, one line each (empty when it is sound)."""
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        return ["the file must be a mapping with a list under 'cases'"]
    found: list[str] = []
    seen: Counter[str] = Counter()
    for number, case in enumerate(data["cases"], start=1):
        where = f"case {number}"
        if not isinstance(case, dict):
            found.append(f"{where}: not a mapping")
            continue
        if _text(case.get("id")):
            where = f"case {case['id']}"
            seen[case["id"]] += 1
            if not KEBAB.match(case["id"]):
                found.append(f"{where}: id is not kebab-case")
        for field in CASE_FIELDS:
            if field not in case:
                found.append(f"{where}: missing field '{field}'")
        for field in ("title", "jurisdiction", "decided", "reason"):
            if field in case and not _text(case[field]):
                found.append(f"{where}: '{field}' must be a non-empty text")
        if _text(case.get("jurisdiction")) and not JURISDICTION.match(case["jurisdiction"]):
            found.append(f"{where}: jurisdiction must be ECtHR or a two-letter country code")
        source = case.get("source")
        if "source" in case and not (
            isinstance(source, dict) and _text(source.get("title")) and _text(source.get("url"))
        ):
            found.append(f"{where}: 'source' needs a 'title' and a 'url'")
        elif isinstance(source, dict) and not str(source["url"]).startswith(("https://", "http://")):
            found.append(f"{where}: source url is not a web address")
        if "decided_kind" in case and case["decided_kind"] not in DECIDED_KINDS:
            found.append(f"{where}: unknown decided_kind '{case['decided_kind']}'")
        for flag in ("child", "clear_referral"):
            if flag in case and not isinstance(case[flag], bool):
                found.append(f"{where}: '{flag}' must be true or false")
        ids = case.get("ids")
        if "ids" in case and not isinstance(ids, list):
            found.append(f"{where}: 'ids' must be a list")
        elif isinstance(ids, list):
            recorded: Counter[str] = Counter()
            for entry in ids:
                if not (isinstance(entry, dict) and _text(entry.get("id")) and _text(entry.get("fact"))):
                    found.append(f"{where}: every entry of 'ids' needs an 'id' and the 'fact' behind it")
                    continue
                recorded[entry["id"]] += 1
                if entry["id"] not in known_ids:
                    found.append(f"{where}: unknown id '{entry['id']}'")
            found += [f"{where}: id '{i}' mapped twice" for i, n in recorded.items() if n > 1]
            if case.get("child") is True and "minor" not in recorded:
                found.append(f"{where}: a child case must record the fact 'minor'")
            if case.get("child") is False and "minor" in recorded:
                found.append(f"{where}: 'minor' recorded but child is false")
        acceptable = case.get("acceptable")
        if "acceptable" in case and not (isinstance(acceptable, list) and acceptable):
            found.append(f"{where}: 'acceptable' must be a non-empty list")
        elif isinstance(acceptable, list):
            for outcome in acceptable:
                if outcome not in outcomes:
                    found.append(f"{where}: unknown outcome id '{outcome}'")
            if len(set(map(str, acceptable))) != len(acceptable):
                found.append(f"{where}: an outcome is listed twice in 'acceptable'")
            if case.get("clear_referral") is True and not set(map(str, acceptable)) <= REFERRAL_OUTCOMES:
                found.append(f"{where}: a clear referral case may accept only referral outcomes")
    found += [f"duplicate case id '{i}' ({n} times)" for i, n in seen.items() if n > 1]
    cases = [c for c in data["cases"] if isinstance(c, dict)]
    if len(cases) < MIN_CASES:
        found.append(f"only {len(cases)} cases; at least {MIN_CASES} are needed")
    not_thb = sum(1 for c in cases if c.get("decided_kind") in NOT_TRAFFICKING_KINDS)
    if not_thb < MIN_NOT_TRAFFICKING:
        found.append(
            f"only {not_thb} cases are not trafficking in what was decided; at least {MIN_NOT_TRAFFICKING} are needed"
        )
    return found


@pytest.fixture(scope="module")
def data() -> Any:
    return yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def known_ids(real_load: LoadResult) -> set[str]:
    kb = real_load.kb
    return set(kb.indicators) | set(kb.checks) | set(kb.facts)


def test_the_decided_cases_file_is_sound(data: Any, known_ids: set[str]) -> None:
    assert problems(data, known_ids) == []


def test_at_least_five_jurisdictions_and_every_kind_of_decision(data: Any) -> None:
    cases = data["cases"]
    assert len({c["jurisdiction"] for c in cases}) >= 5
    kinds = {c["decided_kind"] for c in cases}
    for needed in ("acquittal", "requalified", "labour-law-only"):
        assert needed in kinds, needed
    assert kinds & {"trafficking", "forced-labour", "slavery-servitude"}


def _break(data: Any, how: str) -> Any:
    broken = copy.deepcopy(data)
    cases = broken["cases"]
    if how == "missing-field":
        del cases[0]["reason"]
    elif how == "unknown-id":
        cases[0]["ids"][0]["id"] = "ex_no_such_indicator"
    elif how == "unknown-outcome":
        cases[0]["acceptable"] = ["possible-trafficking"]
    elif how == "duplicate":
        cases[1]["id"] = cases[0]["id"]
    elif how == "too-few":
        del cases[MIN_CASES - 1 :]
    elif how == "too-few-not-trafficking":
        for case in cases:
            if case["decided_kind"] in NOT_TRAFFICKING_KINDS:
                case["decided_kind"] = "trafficking"
    elif how == "fact-missing":
        cases[0]["ids"][0]["fact"] = " "
    elif how == "norway-problem":
        cases[0]["jurisdiction"] = False  # what an unquoted NO becomes in YAML 1.1
    elif how == "referral-accepts-labour-law":
        referral = next(c for c in cases if c["clear_referral"])
        referral["acceptable"] = [*referral["acceptable"], "labour-law-violation"]
    return broken


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("missing-field", "missing field 'reason'"),
        ("unknown-id", "unknown id 'ex_no_such_indicator'"),
        ("unknown-outcome", "unknown outcome id 'possible-trafficking'"),
        ("duplicate", "duplicate case id"),
        ("too-few", f"at least {MIN_CASES} are needed"),
        ("too-few-not-trafficking", "not trafficking in what was decided"),
        ("fact-missing", "the 'fact' behind it"),
        ("norway-problem", "'jurisdiction' must be a non-empty text"),
        ("referral-accepts-labour-law", "may accept only referral outcomes"),
    ],
)
def test_the_checker_reports_each_kind_of_damage(data: Any, known_ids: set[str], how: str, expected: str) -> None:
    found = problems(_break(data, how), known_ids)
    assert any(expected in line for line in found), found
