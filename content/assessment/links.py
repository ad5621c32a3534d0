"""Every `kb:` address in the rules and the decision trees, with file and line, for content/checks.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from content.assessment.model import LinkedText, NextStep
from content.model import KnowledgeBase
from content.render import KB_LINK_IN_SOURCE


def assessment_links(kb: KnowledgeBase) -> Iterator[tuple[Path, int, str]]:
    rules = kb.rules
    for rule_set in kb.rule_sets.values():
        for difference in rule_set.differences:
            if difference.link:
                yield rule_set.path, difference.line or rule_set.line, difference.link
    if rules is not None:  # the outcome texts are shared by every rule set
        for outcome in rules.outcomes:
            linked: list[LinkedText | NextStep] = [*outcome.legal_basis, *outcome.next_steps]
            for item in linked:
                if item.link:
                    yield rules.path, item.line or outcome.line, item.link
            for href in outcome.guidance:
                yield rules.path, outcome.guidance_line or outcome.line, href
    for tree in kb.trees.values():
        for node in tree.nodes.values():
            if node.link:
                yield tree.path, node.line, node.link
            for text in (node.help.en, node.help.sr, node.text.en, node.text.sr):
                for match in KB_LINK_IN_SOURCE.finditer(text):
                    yield tree.path, node.line, match.group(1)
