"""The assessment session (Qt-free): the path follows the answers, skipped answers are kept but not
counted, "not known" is listed as what remains, and resuming finds the right step."""

from __future__ import annotations

import pytest

from content.assessment.report import RecordInfo, outcome_html, record_html
from content.assessment.session import OUTCOME, REVIEW, Session
from content.loader import LoadResult
from content.model import KnowledgeBase

TREE = "labour-exploitation"


@pytest.fixture(scope="module")
def kb(real_load: LoadResult) -> KnowledgeBase:
    return real_load.kb


def session(kb: KnowledgeBase, **answers: str) -> Session:
    return Session(kb, kb.trees[TREE], answers)


def test_an_unanswered_routing_question_leads_into_its_details(kb: KnowledgeBase) -> None:
    path = session(kb).path()
    assert path.index("employer_housing") + 1 == path.index("substandard_housing")
    assert "debt_bondage" in path and "deceived_pay" in path


def test_no_at_a_routing_question_skips_what_cannot_apply(kb: KnowledgeBase) -> None:
    s = session(kb, employer_housing="no", owes_money="no", job_differs="no", foreign_national="no")
    path = s.path()
    for skipped in (
        "substandard_housing",
        "bad_living_conditions",
        "debt_bondage",
        "deceived_pay",
        "foreign_without_permit",
    ):
        assert skipped not in path
    assert path.index("employer_housing") + 1 == path.index("excessive_hours")
    assert path.index("job_differs") + 1 == path.index("forced_at_recruitment")
    progress = {p.section.id: p for p in s.progress()}
    assert progress["deceptive_recruitment"].on_path == 1  # only the routing question remains


def test_answers_to_skipped_questions_are_kept_but_not_counted(kb: KnowledgeBase) -> None:
    s = session(kb, employer_housing="yes", substandard_housing="yes")
    assert "llv_substandard_employer_housing" in s.recorded()
    s.set_answer("employer_housing", "no")
    assert "llv_substandard_employer_housing" not in s.recorded()
    assert s.not_counted() == ["substandard_housing"]
    assert s.answers["substandard_housing"] == "yes"
    s.set_answer("employer_housing", "unknown")  # back onto the path: counted again
    assert "llv_substandard_employer_housing" in s.recorded()
    assert s.not_counted() == []


def test_not_known_is_what_remains_and_unanswered_is_pending(kb: KnowledgeBase) -> None:
    s = session(kb, urgent_danger="no", minor="unknown")
    assert s.unknowns() == ["minor"]
    assert s.first_pending() == "seasonal_farm_work"
    assert "minor" not in s.pending()


def test_the_outcome_counts_the_unanswered_questions_without_a_plural_in_brackets(kb: KnowledgeBase) -> None:
    s = session(kb, urgent_danger="no")
    pending = len(s.pending())
    assert pending > 1
    html = outcome_html(s, "en")
    assert f"Questions on this path not answered yet: {pending}. The outcome may still change." in html
    assert "(s)" not in html
    assert f"Broj pitanja na ovom putu na koja još nije odgovoreno: {pending}." in outcome_html(s, "sr")


def test_steps_and_resume(kb: KnowledgeBase) -> None:
    s = session(kb, urgent_danger="no")
    assert s.next_step("urgent_danger") == "minor"
    assert s.previous_step("minor") == "urgent_danger"
    assert s.previous_step("urgent_danger") is None
    last = s.path()[-1]
    assert s.next_step(last) == REVIEW
    assert s.next_step(REVIEW) == OUTCOME
    assert s.next_step(OUTCOME) == OUTCOME
    resumed = Session(kb, kb.trees[TREE], {"urgent_danger": "no"}, position="minor")
    assert resumed.resume_step() == "minor"
    stale = Session(kb, kb.trees[TREE], {"urgent_danger": "no"}, position="no_such_node")
    assert stale.resume_step() == "minor"  # the first question without an answer


def test_section_entry_is_the_first_unanswered_question_of_the_section(kb: KnowledgeBase) -> None:
    s = session(kb, documents_held="no")
    assert s.section_entry("coercion") == "owes_money"
    assert session(kb, job_differs="no").section_entry("deceptive_recruitment") == "job_differs"
    assert s.section_entry("no_such_section") is None


def test_answers_to_nodes_the_tree_no_longer_has_are_ignored(kb: KnowledgeBase) -> None:
    s = Session(kb, kb.trees[TREE], {"retired_question": "yes", "minor": "maybe", "urgent_danger": "yes"})
    assert s.answers == {"urgent_danger": "yes"}
    assert s.result().outcome == "urgent-danger"


def test_outcome_and_record_html_say_the_same_thing_in_both_languages(kb: KnowledgeBase) -> None:
    answers = {"excessive_hours": "yes", "very_low_pay": "yes", "documents_held": "yes", "minor": "unknown"}
    s = Session(kb, kb.trees[TREE], answers, rules=kb.rule_sets["research"])
    html = outcome_html(s, "en")
    assert "Severe labour exploitation" in html and "not the inspector&#x27;s decision" in html
    assert "needs one more indicator of any strength" in html  # coercion at destination, one strong
    assert "The worker is under 18" in html  # what remains to check: the age
    sr = outcome_html(s, "sr")
    assert "Teška radna eksploatacija" in sr and "nije odluka inspektora" in sr
    info = RecordInfo("IR-2026/114", "2026-11-30T09:00:00+01:00", "2026-11-30T09:40:00+01:00", "2026-11-30T10:00", "v1")
    record = record_html(s, info, "en")
    assert "IR-2026/114" in record and "Answers" in record and "Disclaimer" in record
    assert "Excessive working days or hours (strong)" in record
