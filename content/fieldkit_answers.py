"""The worker's own answers on the card, turned into assessment records that say where they come
from. Qt-free.

A worker's answer is never final by itself: each record carries the ids its answer would record
and the provenance "the worker's own answer, in <language>, via the card"; only the answers the
inspector confirms count in the assessment (`confirmed_ids`). "declined" records nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html import escape

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


# --- the card's answers in an assessment ----------------------------------------------------------

DECISIONS = ("confirmed", "changed")
INSPECTOR_ANSWERS = ("yes", "no", "unknown")  # what the inspector may put in place of the worker's answer


@dataclass(frozen=True)
class CardAnswer:
    """One stored answer of the worker's, and what the inspector made of it (None: not yet)."""

    question_id: str
    lang: str
    answer: str  # the worker's: yes | no | declined
    answered_at: str
    decision: str | None = None  # None | confirmed | changed
    inspector_answer: str | None = None  # with "changed": yes | no | unknown

    @property
    def final_answer(self) -> str | None:
        """The answer that counts: the worker's once confirmed, the inspector's once changed,
        nothing before the inspector has decided."""
        if self.decision == "confirmed":
            return self.answer
        if self.decision == "changed":
            return self.inspector_answer
        return None


@dataclass(frozen=True)
class WorkerCard:
    """The worker's answers attached to one assessment."""

    kit: FieldKit
    answers: tuple[CardAnswer, ...]

    def ordered(self) -> list[CardAnswer]:
        """In the card's order (questions the kit no longer has are left out, not deleted)."""
        by_id = {a.question_id: a for a in self.answers}
        return [by_id[q.id] for q in self.kit.questions if q.id in by_id and by_id[q.id].lang in self.kit.languages]

    def record(self, answer: CardAnswer) -> WorkerAnswerRecord:
        return worker_answers_to_records(self.kit, {answer.question_id: answer.answer}, answer.lang)[0]

    def recorded_ids(self) -> tuple[str, ...]:
        """What the decided answers record, in card order, without repeats: the worker's answers the
        inspector confirmed (`confirmed_ids`) and the answers the inspector put in their place."""
        ordered = self.ordered()
        confirmed = [a for a in ordered if a.decision == "confirmed"]
        records = [self.record(a) for a in confirmed]
        seen = dict.fromkeys(confirmed_ids(records, [a.question_id for a in confirmed]))
        for item in ordered:
            if item.decision == "changed" and item.inspector_answer:
                question = self.kit.question(item.question_id)
                if question is not None:
                    for recorded in question.records.get(item.inspector_answer, ()):
                        seen.setdefault(recorded, None)
        return tuple(seen)

    def undecided(self) -> list[CardAnswer]:
        return [a for a in self.ordered() if a.decision is None]


# --- the card's answers on the outcome page and in the printed record ----------------------------

_L = {
    "heading": LocalText("The worker's own answers, via the card", "Sopstveni odgovori radnika, dati na kartici"),
    "intro": LocalText(
        "No answer of the worker's counts by itself: only the answers the inspector confirmed or changed "
        "are in the outcome above.",
        "Nijedan odgovor radnika ne računa se sam po sebi: u gornji ishod ulaze samo odgovori koje je "
        "inspektor potvrdio ili izmenio.",
    ),
    "question": LocalText("Question", "Pitanje"),
    "read": LocalText("What the worker read (and in English)", "Šta je radnik pročitao (i prevod na engleski)"),
    "answer": LocalText("The worker's answer", "Odgovor radnika"),
    "decision": LocalText("The inspector", "Inspektor"),
    "records": LocalText("Records", "Beleži"),
    "yes": LocalText("Yes", "Da"),
    "no": LocalText("No", "Ne"),
    "declined": LocalText("Did not want to answer", "Ne želi da odgovori"),
    "unknown": LocalText("Not known", "Nije poznato"),
    "confirmed": LocalText("Confirmed", "Potvrđeno"),
    "changed": LocalText("Changed to: %1", "Izmenjeno u: %1"),
    "undecided": LocalText("Not yet confirmed — not counted", "Još nije potvrđeno — ne računa se"),
    "nothing": LocalText("nothing", "ništa"),
}


def card_label(key: str, lang: str) -> str:
    return _L[key].get(lang)


def decision_text(answer: CardAnswer, lang: str) -> str:
    if answer.decision == "confirmed":
        return card_label("confirmed", lang)
    if answer.decision == "changed" and answer.inspector_answer:
        return card_label("changed", lang).replace("%1", card_label(answer.inspector_answer, lang))
    return card_label("undecided", lang)


def card_parts(card: WorkerCard, kb_label: Callable[[str, str], str], lang: str) -> list[str]:
    """HTML for the outcome page and the record: every answer of the worker's with its provenance,
    what the worker read (and its back-translation), and what the inspector decided."""
    from content.fieldkit_print import font_stack  # the worker's script, in the right font

    ordered = card.ordered()
    if not ordered:
        return []
    parts = [f"<h2>{escape(card_label('heading', lang))}</h2>", f"<p>{escape(card_label('intro', lang))}</p>"]
    parts.append(
        f'<table width="100%"><tr><th width="26%">{escape(card_label("question", lang))}</th>'
        f'<th width="26%">{escape(card_label("read", lang))}</th>'
        f'<th width="18%">{escape(card_label("answer", lang))}</th>'
        f'<th width="14%">{escape(card_label("decision", lang))}</th>'
        f'<th width="16%">{escape(card_label("records", lang))}</th></tr>'
    )
    for answer in ordered:
        record = card.record(answer)
        script = card.kit.languages[answer.lang].script
        final = answer.final_answer
        question = card.kit.question(answer.question_id)
        ids = question.records.get(final, ()) if question is not None and final else ()
        recorded = "; ".join(kb_label(i, lang) for i in ids) or card_label("nothing", lang)
        if answer.decision is None:
            recorded = "—"
        when = answer.answered_at[:16].replace("T", " ")
        parts.append(
            f"<tr><td>{escape(record.question.get(lang))}</td>"
            f'<td><span lang="{escape(answer.lang)}" translate="no" style="font-family: {font_stack(script)};">'
            f"{escape(record.shown)}</span><br/><i>{escape(record.back_translation)}</i></td>"
            f"<td><b>{escape(card_label(answer.answer, lang))}</b><br/>"
            f'<span class="meta">{escape(record.provenance.get(lang))}, {escape(when)}</span></td>'
            f"<td>{escape(decision_text(answer, lang))}</td><td>{escape(recorded)}</td></tr>"
        )
    parts.append("</table>")
    return parts
