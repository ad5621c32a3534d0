"""The worker's own answers on the card, turned into assessment records that say where they come
from. Qt-free.

A worker's answer is never final by itself: each record carries the ids its answer would record
and the provenance "the worker's own answer, in <language>, via the card"; only the answers the
inspector confirms count in the assessment (`confirmed_ids`). "declined" records nothing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from content.fieldkit_model import ANSWERS, FieldKit
from content.model import LocalText

PROVENANCE = LocalText(
    "the worker's own answer, in {language}, via the card",
    "sopstveni odgovor radnika, dat na kartici (jezik: {language})",
)


@dataclass(frozen=True)
class WorkerAnswerRecord:
    question_id: str
    answer: str  # yes | no | declined
    lang: str  # the language the worker read the question in
    recorded: tuple[str, ...]  # the ids this answer would record once the inspector confirms it
    question: LocalText  # the question in English and Serbian (the inspector's view)
    shown: str  # the question as the worker read it
    back_translation: str  # "what the worker reads, in English"
    provenance: LocalText  # "the worker's own answer, in Nepali, via the card"


def provenance(kit: FieldKit, lang: str) -> LocalText:
    language = kit.languages[lang]
    return LocalText(
        PROVENANCE.en.format(language=language.name_en),
        PROVENANCE.sr.format(language=language.name_sr),
    )


def worker_answers_to_records(kit: FieldKit, answers: Mapping[str, str], lang: str) -> list[WorkerAnswerRecord]:
    """One record per answered question, in the card's order. Unknown questions, answers or
    languages are errors (ValueError / KeyError), never dropped in silence."""
    if lang not in kit.languages:
        raise KeyError(f"unknown field-kit language '{lang}'")
    known = {q.id for q in kit.questions}
    for question_id, answer in answers.items():
        if question_id not in known:
            raise ValueError(f"unknown worker-card question '{question_id}'")
        if answer not in ANSWERS:
            raise ValueError(f"answer to '{question_id}' must be one of {', '.join(ANSWERS)}, not '{answer}'")
    where = provenance(kit, lang)
    records = []
    for question in kit.questions:
        given = answers.get(question.id)
        if given is None:
            continue
        records.append(
            WorkerAnswerRecord(
                question_id=question.id,
                answer=given,
                lang=lang,
                recorded=question.records.get(given, ()),
                question=LocalText(question.text_en, question.text_sr),
                shown=kit.text(lang, question.string_id),
                back_translation=kit.back_translation(lang, question.string_id),
                provenance=where,
            )
        )
    return records


def confirmed_ids(records: Iterable[WorkerAnswerRecord], confirmed: Iterable[str]) -> tuple[str, ...]:
    """The ids recorded by the answers the inspector confirmed (by question id), without repeats,
    in card order: what goes to the assessment engine beside the guided assessment's own ids."""
    chosen = set(confirmed)
    seen: dict[str, None] = {}
    for record in records:
        if record.question_id in chosen:
            for item in record.recorded:
                seen.setdefault(item, None)
    return tuple(seen)
