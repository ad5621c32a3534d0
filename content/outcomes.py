"""The assessment outcomes: their stable ids, most serious first, and their names.

The names and texts of the outcomes live in content/rules.yaml (one source of truth, in English
and Serbian); this module only knows the ids, which saved assessments, cases and contacts use."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from content.model import KnowledgeBase

OUTCOME_IDS: tuple[str, ...] = (
    "urgent-danger",
    "possible-thb-child",
    "possible-thb",
    "forced-labour-indicators",
    "severe-labour-exploitation",
    "labour-law-violation",
    "no-indication",
)


def outcome_label(kb: KnowledgeBase, outcome_id: str, lang: str = "en") -> str:
    """The outcome's name from the rules, or its id when the rules could not be loaded."""
    rule = kb.rules.outcome(outcome_id) if kb.rules is not None else None
    return rule.label.get(lang) if rule is not None else outcome_id
