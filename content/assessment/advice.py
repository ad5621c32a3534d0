"""What an outcome means for the inspector: legal basis, next steps, whom to call, guidance.

Put together from the outcome's texts in rules.yaml, the labour-law checks that were recorded
(their own legal basis becomes a labour-law measure) and the contacts whose `outcomes` name it."""

from __future__ import annotations

from dataclasses import dataclass

from content.assessment.engine import AssessmentResult
from content.assessment.model import Caution, LinkedText, NextStep, OutcomeRule, Rules
from content.model import Contact, KnowledgeBase, LocalText


@dataclass(frozen=True)
class Advice:
    rule: OutcomeRule
    rules: Rules  # the rule set that gave the outcome
    legal_basis: tuple[LinkedText, ...]
    next_steps: tuple[NextStep, ...]  # the outcome's steps, then one labour-law measure per recorded check
    contacts: tuple[Contact, ...]
    guidance: tuple[str, ...]
    identification: LocalText
    disclaimer: LocalText
    caveat: LocalText
    cautions: tuple[Caution, ...] = ()  # shown before everything else: the record says more than the outcome

    def steps_of(self, kind: str) -> tuple[NextStep, ...]:
        return tuple(s for s in self.next_steps if s.kind == kind)


def advice_for(kb: KnowledgeBase, result: AssessmentResult) -> Advice:
    # The rule set that gave the outcome: its outcome texts and caveat may differ from the default's.
    rules = kb.rule_sets.get(result.rule_set) or kb.rules
    assert rules is not None, "an AssessmentResult exists only when the rules do"
    rule = rules.outcome(result.outcome)
    assert rule is not None
    measures = tuple(
        NextStep(
            kind="labour-law",
            text=LocalText(
                en=f"{kb.checks[c].label.en}: {kb.checks[c].legal_basis.en}",
                sr=f"{kb.checks[c].label.get('sr')}: {kb.checks[c].legal_basis.get('sr')}",
            ),
            link=f"kb:{c}",
        )
        for c in result.checks
    )
    contacts = tuple(c for c in kb.contacts.values() if result.outcome in c.outcomes)
    return Advice(
        rule=rule,
        rules=rules,
        legal_basis=rule.legal_basis,
        next_steps=rule.next_steps + measures,
        contacts=contacts,
        guidance=rule.guidance,
        identification=rules.identification,
        disclaimer=rules.disclaimer,
        caveat=rules.caveat,
        cautions=tuple(c for c in rules.cautions if c.id in result.cautions),
    )
