"""The assessment as immutable data: the rules (content/rules.yaml) and the decision trees
(content/trees/*.yaml). Both are read by content/assessment/loading.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from content.model import LocalText

STRENGTHS = ("strong", "medium", "weak")  # strongest first
ANSWERS = ("yes", "no", "unknown")
END = "end"  # the `next` of an answer that finishes the assessment

# The kinds of condition an outcome rule may use. None of them negates, so recording one more id
# can only make more conditions true: the outcome never becomes less serious.
CONDITION_KINDS = (
    "all",
    "any",
    "always",
    "fact",
    "recorded",
    "positive",
    "any_positive",
    "any_check",
    "any_indicator_in",
)

NEXT_STEP_KINDS = ("first-contact", "referral", "labour-law", "follow-up")


@dataclass(frozen=True)
class Combination:
    """One way for a dimension to become positive: at least so many indicators of at least
    this strength (a strong indicator may fill a medium or weak place, a medium one a weak place)."""

    minimum: Mapping[str, int]
    label: LocalText


@dataclass(frozen=True)
class Condition:
    """A condition of the rules: a kind and the facts, ids or dimensions it names, or the conditions it combines."""

    kind: str
    ids: tuple[str, ...] = ()  # facts, ids or dimensions the condition names
    children: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class LinkedText:
    """A bilingual text with an optional kb: link (an outcome's legal basis)."""

    text: LocalText
    link: str = ""  # a kb: address, or ""
    line: int = 0


@dataclass(frozen=True)
class NextStep:
    """One next step an outcome recommends."""

    kind: str  # one of NEXT_STEP_KINDS
    text: LocalText
    link: str = ""
    line: int = 0


@dataclass(frozen=True)
class OutcomeRule:
    """An outcome of the assessment and the condition under which it applies."""

    id: str
    label: LocalText
    summary: LocalText
    when: Condition
    legal_basis: tuple[LinkedText, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    guidance: tuple[str, ...] = ()  # kb: addresses
    line: int = 0
    guidance_line: int = 0


@dataclass(frozen=True)
class Caution:
    """A warning shown with certain outcomes when the record holds something those outcomes do not
    account for (e.g. a positive coercion dimension while exploitation was not recorded)."""

    id: str
    when: Condition
    shown_with: tuple[str, ...]  # outcome ids
    text: LocalText
    link: str = ""
    line: int = 0
    rule_sets: tuple[str, ...] = ()  # the rule sets it belongs to; empty: every rule set


@dataclass(frozen=True)
class Difference:
    """One way a rule set departs from the research rule, and the legal reason for it."""

    id: str
    text: LocalText
    link: str = ""  # a kb: address of the law or source, or ""
    line: int = 0


@dataclass(frozen=True)
class Validation:
    """How a rule set did on the validation set of published decided cases (tests/validation/),
    as `python -m content validate` computes it; a test keeps these figures true."""

    cases: int  # decided cases in the set
    agreed: int  # outcome within the acceptable outcomes of the case
    clear: int  # cases whose decision leaves no doubt (they must get a referral outcome)
    referred: int  # of those, how many got one
    over_calls: int  # outcome more serious than the most serious acceptable one
    summary: LocalText  # one sentence for the outcome page, with the figures above
    line: int = 0


@dataclass(frozen=True)
class Rules:
    """One named rule set (content/rules.yaml `rule_sets`) with the outcome texts all sets share."""

    version: str
    path: Path
    weighted_dimensions: tuple[str, ...]  # in the order the trace shows them
    unweighted_dimensions: tuple[str, ...]  # shown for information, never counted (ILO 2012)
    combinations: tuple[Combination, ...]
    outcomes: tuple[OutcomeRule, ...]  # most serious first; the first that applies is the outcome
    identification: LocalText  # formal identification is not the inspector's decision
    disclaimer: LocalText
    caveat: LocalText = field(default_factory=LocalText)
    labour_law_intro: LocalText = field(default_factory=LocalText)
    cautions: tuple[Caution, ...] = ()
    id: str = ""  # the rule set's id, e.g. "screening" or "research"
    label: LocalText = field(default_factory=LocalText)  # its name, shown with every outcome
    about: LocalText = field(default_factory=LocalText)  # what it is for, in a few sentences
    default: bool = False  # the rule set new assessments and `content assess` use
    # Combinations for single dimensions that differ from `combinations` (dimension id -> combinations).
    dimension_combinations: Mapping[str, tuple[Combination, ...]] = field(default_factory=dict)
    differences: tuple[Difference, ...] = ()  # from the research rule, each with its legal reason
    validation: Validation | None = None
    line: int = 0

    def short_name(self, lang: str) -> str:
        """The rule set as a reader calls it, without the bracketed legal basis ("Screening rule for
        labour inspectors"), in the reader's language: never the id, which is an English code."""
        name = self.label.get(lang) or self.id
        return name.split(" (", 1)[0]

    def combinations_for(self, dimension_id: str) -> tuple[Combination, ...]:
        return self.dimension_combinations.get(dimension_id, self.combinations)

    def outcome(self, outcome_id: str) -> OutcomeRule | None:
        return next((o for o in self.outcomes if o.id == outcome_id), None)

    def seriousness(self, outcome_id: str) -> int:
        """0 for the most serious outcome; larger is less serious."""
        for index, rule in enumerate(self.outcomes):
            if rule.id == outcome_id:
                return index
        raise KeyError(outcome_id)


@dataclass(frozen=True)
class Branch:
    """What an answer does: the ids it records, and where the assessment goes next."""

    record: tuple[str, ...] = ()
    next: str = ""  # a node id, END, or "" for the node that follows in the file


@dataclass(frozen=True)
class Node:
    """A question or an information step of a decision tree, with where each answer leads."""

    id: str
    kind: str  # question | info
    section: str
    text: LocalText
    help: LocalText
    link: str  # kb: address of the guidance behind the question
    branches: Mapping[str, Branch]  # answer -> branch; an info node has one branch under "next"
    line: int = 0

    @property
    def is_question(self) -> bool:
        return self.kind == "question"

    def branch(self, answer: str) -> Branch:
        if not self.is_question:
            return self.branches.get("next", Branch())
        return self.branches.get(answer, Branch())

    def recordable(self) -> tuple[str, ...]:
        """Every id any answer of this node can record, without repeats."""
        seen: dict[str, None] = {}
        for branch in self.branches.values():
            for item in branch.record:
                seen.setdefault(item, None)
        return tuple(seen)


@dataclass(frozen=True)
class Section:
    """A section of a decision tree: its title, introduction and questions."""

    id: str
    title: LocalText
    intro: LocalText
    dimension: str  # the dimension whose indicators its questions record, or ""
    node_ids: tuple[str, ...]


@dataclass(frozen=True)
class DecisionTree:
    """A guided assessment (content/trees/*.yaml): its sections and nodes in file order."""

    id: str
    version: str
    title: LocalText
    intro: LocalText
    path: Path
    sections: tuple[Section, ...]
    nodes: Mapping[str, Node]
    order: tuple[str, ...]  # every node id in file order
    start: str

    def following(self, node_id: str) -> str:
        """The node after `node_id` in file order, or END."""
        index = self.order.index(node_id)
        return self.order[index + 1] if index + 1 < len(self.order) else END

    def target(self, node_id: str, answer: str) -> str:
        """Where `answer` at `node_id` leads: a node id or END."""
        branch = self.nodes[node_id].branch(answer)
        return branch.next or self.following(node_id)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def section_of(self, node_id: str) -> Section:
        return next(s for s in self.sections if node_id in s.node_ids)

    def questions(self) -> tuple[Node, ...]:
        return tuple(self.nodes[n] for n in self.order if self.nodes[n].is_question)
