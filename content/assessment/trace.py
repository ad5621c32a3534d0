"""The trace of an assessment as a list of entries, each with words (EN/SR) and data.

One list feeds the command line (text and JSON), the outcome page and the printed record, so that
they always explain the same thing the same way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from content.assessment import wording as w
from content.assessment.engine import AssessmentResult
from content.model import KnowledgeBase, LocalText

LABELS = {
    "outcome": LocalText("Outcome", "Ishod"),
    "positive_dimensions": LocalText("Positive dimensions", "Pozitivne dimenzije"),
    "none": LocalText("none", "nijedna"),
    "trace": LocalText("Trace", "Obrazloženje"),
    "dimensions": LocalText("Dimensions", "Dimenzije"),
    "outcome_rules": LocalText("Outcome rules, most serious first", "Pravila za ishod, od najozbiljnijeg"),
    "legal_basis": LocalText("Legal basis", "Pravni osnov"),
    "next_steps": LocalText("Next steps", "Sledeći koraci"),
    "first-contact": LocalText("Victim-centred first contact", "Prvi kontakt usmeren na žrtvu"),
    "referral": LocalText("Referral", "Upućivanje"),
    "labour-law": LocalText("Labour-law measures", "Mere radnog prava"),
    "follow-up": LocalText("Follow-up", "Dalje postupanje"),
    "contacts": LocalText("Whom to call", "Koga pozvati"),
    "phone_unconfirmed": LocalText("no confirmed number", "broj nije potvrđen"),
    "guidance": LocalText("Guidance", "Smernice"),
    "rules_version": LocalText("Rules version", "Verzija pravila"),
    "rule_set": LocalText("Rule set", "Skup pravila"),
    "content_version": LocalText("Content version", "Verzija sadržaja"),
    "unweighted": LocalText(
        "ILO forced-labour indicators recorded (for information, not weighted)",
        "Zabeleženi indikatori prinudnog rada MOR-a (informativno, bez pondera)",
    ),
    "facts": LocalText("Facts recorded", "Zabeležene činjenice"),
    "applies": w.APPLIES,
    "does_not_apply": w.DOES_NOT_APPLY,
}


def label(key: str, lang: str) -> str:
    return LABELS[key].get(lang)


@dataclass(frozen=True)
class TraceEntry:
    step: str  # dimension | unweighted | labour-law-checks | facts | outcome
    text: LocalText
    positive: bool = False  # a positive dimension, or the outcome rule that applies
    data: dict[str, Any] = field(default_factory=dict)


def trace_entries(kb: KnowledgeBase, result: AssessmentResult) -> list[TraceEntry]:
    entries: list[TraceEntry] = []
    for dim in result.dimensions:
        entries.append(
            TraceEntry(
                "dimension",
                dim.text,
                dim.positive,
                {
                    "dimension": dim.id,
                    "positive": dim.positive,
                    "indicators": [{"id": i, "strength": kb.indicators[i].strength} for i in dim.indicators],
                    "met": dim.met.label.en if dim.met else None,
                    "missing": dict(dim.missing),
                },
            )
        )
    if result.forced_labour:
        entries.append(
            TraceEntry(
                "unweighted",
                w.both(
                    lambda lang: (
                        f"{label('unweighted', lang)}: " + "; ".join(kb.label_of(i, lang) for i in result.forced_labour)
                    )
                ),
                data={"indicators": list(result.forced_labour)},
            )
        )
    if result.checks:
        entries.append(
            TraceEntry(
                "labour-law-checks", _capital(w.checks_line(kb, result.checks)), data={"checks": list(result.checks)}
            )
        )
    if result.facts:
        entries.append(
            TraceEntry(
                "facts",
                w.both(
                    lambda lang: f"{label('facts', lang)}: " + "; ".join(kb.label_of(f, lang) for f in result.facts)
                ),
                data={"facts": list(result.facts)},
            )
        )
    for check in result.outcome_checks:
        verdict = w.APPLIES if check.applies else w.DOES_NOT_APPLY
        entries.append(
            TraceEntry(
                "outcome",
                LocalText(
                    en=f"{check.label.en}: {verdict.en} — {check.reason.en}",
                    sr=f"{check.label.get('sr')}: {verdict.sr} — {check.reason.sr}",
                ),
                check.applies,
                {"outcome": check.outcome, "applies": check.applies},
            )
        )
    return entries


def _capital(text: LocalText) -> LocalText:
    """The same words starting with a capital letter (a list entry rather than part of a sentence)."""
    return LocalText(en=text.en[:1].upper() + text.en[1:], sr=text.sr[:1].upper() + text.sr[1:])
