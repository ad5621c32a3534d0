"""`python -m content validate` on small validation sets written here: the counting (agreement,
sensitivity, over-calls) and the one-line diagnosis of each disagreement, derived from the trace.

Mutations caught: counting a case as agreed when its outcome is outside `acceptable`; counting a
non-referral outcome in sensitivity; treating an outcome between acceptable ones as an over-call;
a diagnosis that blames the rule when nothing was recorded in the dimension (or the mapping when
indicators fall one short); a bad validation file reported without its line, or with a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

CASES = """\
cases:
  - id: agreed-forced-labour
    decided_kind: forced-labour
    clear_referral: true
    ids:
      - {id: ex_excessive_working_days_or_hours, fact: "12-hour days"}
      - {id: ex_low_or_no_salary, fact: "no pay"}
      - {id: cd_confiscation_of_documents, fact: "passports kept"}
      - {id: cd_debt_bondage, fact: "a debt that never falls"}
    acceptable: [possible-thb, forced-labour-indicators]
  - id: one-short
    decided_kind: trafficking
    clear_referral: true
    ids:
      - {id: ex_low_or_no_salary, fact: "no pay"}
      - {id: ex_bad_living_conditions, fact: "a shed"}
      - {id: cd_confiscation_of_documents, fact: "passports kept"}
      - {id: cd_debt_bondage, fact: "a debt"}
    acceptable: [possible-thb, forced-labour-indicators]
  - id: nothing-on-coercion
    decided_kind: trafficking
    clear_referral: true
    ids: [ex_excessive_working_days_or_hours, ex_low_or_no_salary]
    acceptable: [possible-thb, forced-labour-indicators]
  - id: requalified
    decided_kind: requalified
    clear_referral: false
    ids: [ex_excessive_working_days_or_hours, ex_low_or_no_salary, cd_confiscation_of_documents, cd_debt_bondage]
    acceptable: [severe-labour-exploitation]
  - id: between
    decided_kind: acquittal
    clear_referral: false
    ids: [ex_excessive_working_days_or_hours, ex_low_or_no_salary]
    acceptable: [possible-thb, labour-law-violation]
"""


def validate(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "content", "validate", "--file", str(path), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )


def test_counts_and_a_diagnosis_for_each_disagreement(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    done = validate(path, "--rule-set", "research", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["rule_set"], data["cases"]) == ("research", 5)
    assert data["by_kind"] == {"trafficking": 2, "forced-labour": 1, "acquittal": 1, "requalified": 1}
    assert data["not_trafficking_forced_labour_or_slavery"] == 2
    assert data["agreement"] == {"agreed": 1, "cases": 5, "percent": 20.0}
    assert data["sensitivity"] == {"referred": 1, "clear": 3, "percent": 33.3}
    assert data["over_calls"] == ["requalified"]
    diagnosis = {d["id"]: d["diagnosis"] for d in data["disagreements"]}
    assert diagnosis == {
        "one-short": "rule too strict: exploitative_conditions_of_work needs 1 more indicator of any strength "
        "(has 2 medium)",
        "nothing-on-coercion": "mapping thin: nothing recorded in coercion_at_destination",
        "requalified": "rule too loose: exploitative_conditions_of_work positive by one strong plus one medium or "
        "weak indicator; coercion_at_destination positive by two strong indicators",
        # severe exploitation lies between the acceptable outcomes: not an over-call, but not agreed
        "between": "mapping thin: nothing recorded in coercive_recruitment, coercion_at_destination",
    }
    assert [d["over_call"] for d in data["disagreements"]] == [False, False, True, False]
    text = validate(path, "--rule-set", "research").stdout
    assert "Agreement: 1/5 (20.0 %)" in text and "Sensitivity: 1/3 (33.3 %)" in text
    assert "Over-calls: 1 — outcome more serious than the most serious acceptable one: requalified" in text
    assert "out of date" in text  # the stored figures describe the real set, not this one


def test_a_broken_validation_set_is_named_with_its_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES.replace('cd_debt_bondage, fact: "a debt"', 'cd_debt, fact: "a debt"'), encoding="utf-8")
    done = validate(path)
    assert done.returncode == 2
    assert f"{path}:18: case 'one-short': unknown id 'cd_debt'" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    missing = validate(tmp_path / "nowhere.yaml")
    assert missing.returncode == 2 and "file not found" in missing.stderr
