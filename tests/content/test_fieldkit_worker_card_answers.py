"""The worker card's answers in an assessment, without Qt: only answers the inspector decided on
count (the worker's, confirmed; or the inspector's in its place), in card order and without repeats;
the outcome page and the record show each answer with its provenance and the decision."""

from __future__ import annotations

from html import unescape

import pytest

from content.assessment.session import Session
from content.fieldkit_answers import CardAnswer, WorkerCard, card_parts
from content.fieldkit_model import FieldKit, load_fieldkit
from content.loader import LoadResult
from content.paths import CONTENT_DIR


@pytest.fixture(scope="module")
def kit() -> FieldKit:
    result = load_fieldkit(CONTENT_DIR)
    assert result.kit is not None
    return result.kit


def a(question_id: str, answer: str, decision: str | None = None, inspector: str | None = None) -> CardAnswer:
    return CardAnswer(question_id, "ne", answer, "2026-12-07T10:00:00+01:00", decision, inspector)


def test_worker_card_only_decided_answers_record_ids(kit: FieldKit) -> None:
    card = WorkerCard(
        kit,
        (
            a("hurt", "yes"),  # not decided: nothing
            a("documents_kept", "yes", "confirmed"),
            a("day_off", "yes", "changed", "no"),  # the inspector's "no" records what "no" records
            a("threatened", "yes", "changed", "unknown"),  # not known: nothing
            a("pay_as_promised", "declined", "confirmed"),  # declined records nothing
            a("under_18", "yes", "confirmed"),
        ),
    )
    assert card.recorded_ids() == (
        "minor",
        "cd_confiscation_of_documents",
        "llv_no_rest_periods",
        "ex_excessive_working_days_or_hours",
    )  # card order: under_18 comes before documents_kept on the card
    assert [x.question_id for x in card.undecided()] == ["hurt"]


def test_worker_card_answers_count_in_the_session_and_show_their_provenance(
    kit: FieldKit, real_load: LoadResult
) -> None:
    kb = real_load.kb
    session = Session(kb, kb.trees["labour-exploitation"])
    before = session.result().outcome
    session.card = WorkerCard(kit, (a("under_18", "yes"),))
    assert "minor" not in session.recorded() and session.result().outcome == before
    session.card = WorkerCard(kit, (a("under_18", "yes", "confirmed"),))
    assert "minor" in session.recorded()
    html = unescape("\n".join(card_parts(session.card, kb.label_of, "sr")))
    assert "sopstveni odgovor radnika, dat na kartici (jezik: nepalski)" in html
    assert kit.text("ne", "q.under_18") in html and kit.back_translation("ne", "q.under_18") in html
    assert "Potvrđeno" in html and kb.label_of("minor", "sr") in html
