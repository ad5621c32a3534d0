"""Cautions: an outcome page never reads as if recorded indicators were not there."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from content.assessment.advice import advice_for
from content.assessment.engine import assess
from content.assessment.report import outcome_html
from content.assessment.session import Session
from content.loader import LoadResult
from content.model import KnowledgeBase
from tests.conftest import REPO

DOCUMENTS_AND_DEBT = ["cd_confiscation_of_documents", "cd_debt_bondage"]  # coercion at destination: 2 strong
EXPLOITATION = ["ex_low_or_no_salary", "ex_bad_living_conditions", "ex_wage_manipulation"]  # 3 medium
DECEPTION = ["dr_deceived_nature_of_job_location_or_employer", "dr_deceived_wages_earnings"]  # strong + medium


@pytest.fixture(scope="module")
def kb(real_load: LoadResult) -> KnowledgeBase:
    return real_load.kb


def test_positive_coercion_without_exploitation_warns_instead_of_saying_nothing_was_found(kb: KnowledgeBase) -> None:
    result = assess(kb, DOCUMENTS_AND_DEBT)
    assert result.outcome == "no-indication"  # the rules need the exploitation element
    assert result.cautions == ("means-without-exploitation",)
    advice = advice_for(kb, result)
    assert "involve the police" in advice.cautions[0].text.en
    assert "Nothing was recorded" not in advice.rule.summary.en


def test_deception_with_exploitation_is_flagged_for_referral_under_art_388(kb: KnowledgeBase) -> None:
    result = assess(kb, DECEPTION + EXPLOITATION, "research")
    assert result.outcome == "severe-labour-exploitation"
    assert result.cautions == ("means-with-exploitation-below-thb",)
    # The screening rule needs no caution: one means with exploitation is a referral outcome there.
    screening = assess(kb, DECEPTION + EXPLOITATION, "screening")
    assert (screening.outcome, screening.cautions) == ("forced-labour-indicators", ())


def test_unweighted_ilo_indicator_alone_is_not_silently_ignored(kb: KnowledgeBase) -> None:
    assert assess(kb, ["fl_retention_of_identity_documents"]).cautions == ("unweighted-forced-labour-indicators",)


def test_no_caution_when_the_outcome_already_accounts_for_the_record(kb: KnowledgeBase) -> None:
    assert assess(kb, EXPLOITATION + DOCUMENTS_AND_DEBT).cautions == ()  # forced-labour-indicators
    assert assess(kb, ["llv_no_payslip"]).cautions == ()
    assert assess(kb, EXPLOITATION).cautions == ()


def test_caution_is_on_the_outcome_page_right_under_the_summary(kb: KnowledgeBase) -> None:
    """Walk the real tree: 'yes' to the questions that record kept documents or debt and to the
    routing questions (which record nothing and open the follow-ups); 'no' everywhere else."""
    tree = next(iter(kb.trees.values()))
    session = Session(kb, tree)
    for _ in range(500):
        step = session.first_pending()
        if step is None:
            break
        records = set(session.node(step).branch("yes").record)
        session.set_answer(step, "yes" if not records or records & set(DOCUMENTS_AND_DEBT) else "no")
    assert set(DOCUMENTS_AND_DEBT) <= set(session.recorded())
    html = outcome_html(session, "sr")
    summary_at = html.index('class="outcome"')
    caution_at = html.index("Proverite ponovo")
    trace_at = html.index("<h2>")
    assert summary_at < caution_at < trace_at


def test_cli_json_lists_cautions() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "content", "assess", "--indicators", ",".join(DOCUMENTS_AND_DEBT), "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [c["id"] for c in data["cautions"]] == ["means-without-exploitation"]
