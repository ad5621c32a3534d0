"""`python -m content assess`: exactly as DESIGN.md says, through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def assess(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "content", "assess", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def test_json_gives_outcome_positive_dimensions_and_trace() -> None:
    done = assess(
        "--indicators",
        "ex_excessive_working_days_or_hours,ex_low_or_no_salary,cd_confiscation_of_documents,cd_withholding_of_wages",
        "--rule-set",
        "research",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["outcome"] == "forced-labour-indicators"
    assert data["positive_dimensions"] == ["exploitative_conditions_of_work", "coercion_at_destination"]
    dims = {e["dimension"]: e for e in data["trace"] if e["step"] == "dimension"}
    assert dims["coercion_at_destination"]["positive"] is True
    assert {i["id"] for i in dims["coercion_at_destination"]["indicators"]} == {
        "cd_confiscation_of_documents",
        "cd_withholding_of_wages",
    }
    applied = [e for e in data["trace"] if e["step"] == "outcome" and e["applies"]]
    assert [e["outcome"] for e in applied] == ["forced-labour-indicators"]
    for key in ("rules_version", "legal_basis", "next_steps", "contacts", "identification", "content_version"):
        assert data[key], key
    assert any(c["id"] == "police-emergency" and c["phone"] == "192" for c in data["contacts"])


def test_ids_may_be_separated_by_spaces_and_repeated() -> None:
    done = assess(
        "--indicators",
        "ex_low_or_no_salary",
        "ex_bad_living_conditions",
        "--indicators",
        "ex_wage_manipulation",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["outcome"] == "severe-labour-exploitation"


def test_unknown_id_exits_2_and_names_it_without_a_traceback() -> None:
    done = assess("--indicators", "ex_low_or_no_salary,cd_debt", "--json")
    assert done.returncode == 2
    assert "cd_debt" in done.stderr and "cd_debt_bondage" in done.stderr  # named, with a suggestion
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_text_output_in_serbian() -> None:
    done = assess("--indicators", "urgent_danger", "--lang", "sr")
    assert done.returncode == 0, done.stderr
    assert "Ishod: Neposredna opasnost (urgent-danger)" in done.stdout
    assert "192" in done.stdout
    assert "nije odluka inspektora" in done.stdout


def test_no_ids_is_no_indication() -> None:
    done = assess("--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["outcome"] == "no-indication"


def test_broken_rules_are_reported_not_a_traceback(mini_kb_dir: Path) -> None:
    rules = mini_kb_dir / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("version:", "version: [oops"), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "content", "--content-dir", str(mini_kb_dir), "assess", "--indicators", "minor"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "rules.yaml:3: malformed YAML" in done.stderr
    assert "Traceback" not in done.stderr
