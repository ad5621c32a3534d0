"""The assessment engine: recorded ids in, an outcome that explains itself out.

Everything it decides comes from the rules (content/rules.yaml): which dimensions are weighed, the
combinations that make a dimension positive, and the outcome conditions, most serious first. The
same ids always give the same result, whatever their order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from content.assessment import wording as w
from content.assessment.model import STRENGTHS, Combination, Condition, Rules
from content.model import KnowledgeBase, LocalText


class UnknownIdError(ValueError):
    """Ids that are neither indicators, labour-law checks nor facts."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = unknown


class NoRulesError(RuntimeError):
    """The knowledge base has no usable rules (content/rules.yaml is missing or broken)."""


@dataclass(frozen=True)
class DimensionResult:
    id: str
    label: LocalText
    positive: bool
    indicators: tuple[str, ...]  # recorded indicators of this dimension, strongest first
    counts: Mapping[str, int]  # strength -> how many recorded
    met: Combination | None  # the first combination the recorded indicators reach
    closest: Combination | None  # when not positive: the combination that is nearest
    missing: Mapping[str, int] = field(default_factory=dict)  # what `closest` still needs
    text: LocalText = field(default_factory=LocalText)  # one line for the trace


@dataclass(frozen=True)
class OutcomeCheck:
    outcome: str
    label: LocalText
    applies: bool
    reason: LocalText


@dataclass(frozen=True)
class AssessmentResult:
    outcome: str
    rules_version: str  # the version of the rule set that gave the outcome
    recorded: tuple[str, ...]  # every recorded id, sorted
    dimensions: tuple[DimensionResult, ...]  # the weighted dimensions, in the rules' order
    forced_labour: tuple[str, ...]  # recorded unweighted (ILO 2012) indicators: information only
    checks: tuple[str, ...]  # recorded labour-law checks
    facts: tuple[str, ...]  # recorded facts (minor, urgent_danger)
    outcome_checks: tuple[OutcomeCheck, ...]  # each outcome tried, most serious first, up to the one given
    cautions: tuple[str, ...] = ()  # ids of the rules' cautions that apply to this record and outcome
    rule_set: str = ""  # the id of the rule set that gave the outcome

    @property
    def positive_dimensions(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.dimensions if d.positive)

    def dimension(self, dimension_id: str) -> DimensionResult:
        return next(d for d in self.dimensions if d.id == dimension_id)


def validate_ids(kb: KnowledgeBase, ids: Iterable[str]) -> tuple[str, ...]:
    """The ids without repeats, sorted; raises UnknownIdError naming every unknown one."""
    known = kb.recordable_ids()
    unique = sorted({i.strip() for i in ids if i.strip()})
    unknown = [i for i in unique if i not in known]
    if unknown:
        raise UnknownIdError(unknown)
    return tuple(unique)


class UnknownRuleSetError(ValueError):
    """A rule set id that content/rules.yaml does not define."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        self.known = tuple(known)
        super().__init__(f"unknown rule set '{name}' (known: {', '.join(self.known) or 'none'})")


def rule_set(kb: KnowledgeBase, name: str | None = None) -> Rules:
    """The named rule set, or the default one when `name` is None or empty."""
    if kb.rules is None:
        raise NoRulesError("the assessment rules (content/rules.yaml) are missing or broken")
    if not name:
        return kb.rules
    found = kb.rule_sets.get(name)
    if found is None:
        raise UnknownRuleSetError(name, kb.rule_sets)
    return found


def assess(kb: KnowledgeBase, ids: Iterable[str], rules: Rules | str | None = None) -> AssessmentResult:
    """The outcome under `rules`: a rule set, a rule set id, or None for the default rule set."""
    rules = rules if isinstance(rules, Rules) else rule_set(kb, rules)
    recorded = validate_ids(kb, ids)
    present = set(recorded)
    dimensions = tuple(_dimension(kb, rules, dim, present) for dim in rules.weighted_dimensions)
    by_id = {d.id: d for d in dimensions}
    checks_done: list[OutcomeCheck] = []
    outcome = rules.outcomes[-1].id
    for rule in rules.outcomes:
        applies, reason = _evaluate(rule.when, kb, present, by_id)
        checks_done.append(OutcomeCheck(rule.id, rule.label, applies, reason))
        if applies:
            outcome = rule.id
            break
    unweighted = set(rules.unweighted_dimensions)
    cautions = tuple(
        c.id for c in rules.cautions if outcome in c.shown_with and _evaluate(c.when, kb, present, by_id)[0]
    )
    return AssessmentResult(
        outcome=outcome,
        rules_version=rules.version,
        recorded=recorded,
        dimensions=dimensions,
        forced_labour=tuple(i for i in recorded if i in kb.indicators and kb.indicators[i].dimension in unweighted),
        checks=tuple(i for i in recorded if i in kb.checks),
        facts=tuple(i for i in recorded if i in kb.facts),
        outcome_checks=tuple(checks_done),
        cautions=cautions,
        rule_set=rules.id,
    )


# --- dimensions -----------------------------------------------------------------------------


def _dimension(kb: KnowledgeBase, rules: Rules, dimension_id: str, present: set[str]) -> DimensionResult:
    rank = {s: n for n, s in enumerate(STRENGTHS)}
    members = sorted(
        (i for i in present if i in kb.indicators and kb.indicators[i].dimension == dimension_id),
        key=lambda i: (rank.get(kb.indicators[i].strength, 9), i),
    )
    strengths = [kb.indicators[i].strength for i in members]
    counts = {s: strengths.count(s) for s in STRENGTHS}
    combinations = rules.combinations_for(dimension_id)
    met = next((c for c in combinations if not shortfall(c, strengths)), None)
    closest: Combination | None = None
    missing: dict[str, int] = {}
    if met is None and combinations:
        # Nearest: fewest indicators missing, and of those the one asking for the weakest ones.
        def distance(combination: Combination) -> tuple[int, int, int]:
            gap = shortfall(combination, strengths)
            return sum(gap.values()), gap.get("strong", 0), gap.get("medium", 0)

        # Only combinations this dimension's catalogue can reach: asking for "one more strong
        # indicator" in a dimension that has none would send the inspector looking for nothing.
        catalogue = [i.strength for i in kb.indicators.values() if i.dimension == dimension_id]
        reachable = [c for c in combinations if not shortfall(c, catalogue)] or list(combinations)
        closest = min(reachable, key=distance)
        missing = shortfall(closest, strengths)
    dimension = kb.dimensions.get(dimension_id)
    label = dimension.label if dimension else LocalText(dimension_id, dimension_id)
    result = DimensionResult(
        id=dimension_id,
        label=label,
        positive=met is not None,
        indicators=tuple(members),
        counts=counts,
        met=met,
        closest=closest,
        missing=missing,
    )
    return DimensionResult(**{**result.__dict__, "text": w.dimension_line(kb, result)})


def shortfall(combination: Combination, strengths: list[str]) -> dict[str, int]:
    """How many more indicators (by the weakest strength that would do) `combination` needs.

    Places are filled strongest first: strong places only by strong indicators, then medium places
    by the remaining strong or medium ones, then weak places by whatever is left. Because each kind
    of place accepts everything the next stronger one does, filling greedily is optimal."""
    available = {s: strengths.count(s) for s in STRENGTHS}
    missing: dict[str, int] = {}
    pool = 0  # indicators strong enough for the current place and not used yet
    for strength in STRENGTHS:
        pool += available[strength]
        need = combination.minimum.get(strength, 0)
        used = min(need, pool)
        pool -= used
        if need > used:
            missing[strength] = need - used
    return missing


# --- outcome conditions ---------------------------------------------------------------------


def _evaluate(
    condition: Condition, kb: KnowledgeBase, present: set[str], dims: Mapping[str, DimensionResult]
) -> tuple[bool, LocalText]:
    """Whether the condition holds, and why (or why not) in words."""
    kind = condition.kind
    if kind == "always":
        return True, w.ALWAYS
    if kind in ("all", "any"):
        results = [_evaluate(c, kb, present, dims) for c in condition.children]
        holds = all(r[0] for r in results) if kind == "all" else any(r[0] for r in results)
        # Explain with the parts that decided it: all parts when it holds (for "all") or the
        # failing parts when it does not; for "any", the parts that hold, or all when none does.
        if kind == "all":
            shown = [r[1] for r in results] if holds else [r[1] for r in results if not r[0]]
        else:
            shown = [r[1] for r in results if r[0]] if holds else [r[1] for r in results]
        return holds, w.join(shown)
    if kind in ("fact", "recorded"):
        holds = all(i in present for i in condition.ids)
        return holds, w.recorded_line(kb, condition.ids, present)
    if kind == "positive":
        dim = dims[condition.ids[0]]
        return dim.positive, w.positive_line(dim)
    if kind == "any_positive":
        chosen = [dims[d] for d in condition.ids]
        return any(d.positive for d in chosen), w.any_positive_line(chosen)
    if kind == "any_check":
        found = sorted(i for i in present if i in kb.checks)
        return bool(found), w.checks_line(kb, found)
    if kind == "any_indicator_in":
        found = sorted(i for i in present if i in kb.indicators and kb.indicators[i].dimension in condition.ids)
        labels = [kb.dimensions[d].label if d in kb.dimensions else LocalText(d, d) for d in condition.ids]
        return bool(found), w.indicators_in_line(kb, found, labels)
    raise ValueError(f"unknown condition kind {kind!r}")


def first_outcome(kb: KnowledgeBase, rules: Rules, ids: Iterable[str], dims: Mapping[str, DimensionResult]) -> str:
    """The outcome the rules give when the dimensions are as in `dims` (which may differ from what
    the ids make them: the validation report asks "what if this dimension were positive?")."""
    present = set(ids)
    for rule in rules.outcomes:
        if _evaluate(rule.when, kb, present, dims)[0]:
            return rule.id
    return rules.outcomes[-1].id
