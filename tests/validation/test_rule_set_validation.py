"""The rule sets measured on the decided cases (decided_cases.yaml, this folder), through the public
surface: `python -m content validate`.

The floors below are the figures the default (screening) rule set reached when it was chosen; a
change to the rules, the indicator weights or the tree mapping that loses a referral or an
agreement turns this red, and so does any over-call. Mutations caught (each measured): a lone strong
indicator making coercion at destination positive (over-call: the Danish usury case); abuse of
vulnerability at destination positive on two medium indicators (over-call: a Finnish usury case);
possible-thb as "exploitation and any one means" (over-calls: a Swedish and a Finnish requalified
case); no one-means branch in forced-labour-indicators (sensitivity 63 %, below the floor);
changing a figure in a rule set's `validation` or its sentence (stored-figures test); making
research the default (default test).
When the validation set grows, run the command and update the floors and rules.yaml together."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from content.assessment.validation import REFERRAL_OUTCOMES, Report, validate
from content.loader import LoadResult
from content.model import KnowledgeBase
from tests.conftest import REPO

CASES_FILE = Path(__file__).parent / "decided_cases.yaml"

# The default rule set on the set of 50 cases: 41 agreed, 18 of 27 clear cases referred, no over-call.
AGREEMENT_FLOOR = 82.0  # per cent
SENSITIVITY_FLOOR = 66.6  # per cent (18 of 27)


@pytest.fixture(scope="module")
def kb(real_load: LoadResult) -> KnowledgeBase:
    return real_load.kb


@pytest.fixture(scope="module")
def reports(kb: KnowledgeBase) -> dict[str, Report]:
    return {name: validate(kb, rules, CASES_FILE) for name, rules in kb.rule_sets.items()}


def run_validate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "content", "validate", *args], capture_output=True, text=True, cwd=REPO, check=False
    )


def test_the_default_rule_set_makes_no_over_call_and_keeps_its_agreement_and_sensitivity() -> None:
    done = run_validate("--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["rule_set"] == "screening"
    assert data["over_calls"] == [], [d for d in data["disagreements"] if d["over_call"]]
    assert data["agreement"]["percent"] >= AGREEMENT_FLOOR, data["disagreements"]
    assert data["sensitivity"]["percent"] >= SENSITIVITY_FLOOR, data["disagreements"]


def test_the_default_is_the_rule_set_with_the_best_sensitivity_and_no_over_call(
    kb: KnowledgeBase, reports: dict[str, Report]
) -> None:
    safe = {name: r for name, r in reports.items() if not r.over_calls}
    assert kb.rules is not None and kb.rules.id in safe
    best = max(r.referred for r in safe.values())
    assert reports[kb.rules.id].referred == best
    assert reports["screening"].referred > reports["research"].referred


def test_each_rule_set_stores_the_figures_the_command_computes(kb: KnowledgeBase, reports: dict[str, Report]) -> None:
    """The app shows the stored sentence (it never reads this file); it must say what is measured."""
    for name, report in reports.items():
        assert report.stored_figures_match() == [], name
        stored = kb.rule_sets[name].validation
        assert stored is not None
        for lang in ("en", "sr"):
            sentence = stored.summary.get(lang)
            for figure in (report.cases, report.agreed, report.referred, report.clear):
                assert str(figure) in sentence, (name, lang, figure)
            assert f"{round(report.agreement_percent)} %" in sentence, (name, lang)
            assert f"{round(report.sensitivity_percent)} %" in sentence, (name, lang)
        never = "never more serious" in stored.summary.en
        assert never == (not report.over_calls), name


def test_the_report_counts_cases_by_kind_and_diagnoses_every_disagreement(reports: dict[str, Report]) -> None:
    done = run_validate("--rule-set", "research")
    assert done.returncode == 0, done.stderr
    report = reports["research"]
    out = done.stdout
    assert f"Rule set: research {report.rules.version}" in out
    assert f"Agreement: {report.agreed}/{report.cases}" in out
    assert f"Sensitivity: {report.referred}/{report.clear}" in out
    assert "Over-calls: 0" in out
    for kind, count in report.by_kind.items():
        assert f"{kind} {count}" in out
    assert report.not_grave >= 15  # the issue asks for at least 15 cases that are not trafficking
    for result in report.disagreements:
        assert f"- {result.case.id} ({result.case.decided_kind}): {result.outcome}" in out
        assert result.diagnosis.startswith(("mapping thin", "rule too strict", "rule too loose")), result.diagnosis
        assert result.diagnosis in out
    # The research rule misses the referral in clear cases the screening rule reaches.
    assert any(not r.referred and r.case.clear_referral for r in report.results)
    assert all(r.outcome in REFERRAL_OUTCOMES for r in report.results if r.referred)
