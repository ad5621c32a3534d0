"""The assessment measured against reality: a rule set run on published decided cases.

The validation set (tests/validation/decided_cases.yaml in the repository; it does not ship with the
app) lists decided cases, the ids an inspector could have recorded, and the outcomes that would be a
correct screening result. This module runs a rule set on every case and reports:

- agreement: the outcome is one of the case's acceptable outcomes;
- sensitivity: of the cases whose decision leaves no doubt (`clear_referral`), how many got an
  outcome that sends the inspector to the police and the Centre (REFERRAL_OUTCOMES);
- over-calls: the outcome is more serious than the most serious acceptable one;
- each disagreement with a diagnosis derived from the trace (see `diagnose`).

Qt-free; `python -m content validate` prints it (content/assessment/cli.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import Any

from content.assessment.engine import AssessmentResult, DimensionResult, assess, first_outcome
from content.assessment.model import Rules
from content.model import KnowledgeBase, Problem
from content.outcomes import OUTCOME_IDS
from content.yaml_lines import LineDict, field_text, read_yaml_file

# Where the set lives in a source checkout (content/ and tests/ are siblings).
DEFAULT_FILE = Path(__file__).resolve().parents[2] / "tests" / "validation" / "decided_cases.yaml"

# Outcomes that send the inspector to the police and the Centre for Protection of Victims. Urgent
# danger counts too: it is a call to the police on 192 before anything else.
REFERRAL_OUTCOMES = ("urgent-danger", "possible-thb-child", "possible-thb", "forced-labour-indicators")

DECIDED_KINDS = (
    "trafficking",
    "forced-labour",
    "slavery-servitude",
    "severe-exploitation",
    "labour-law-only",
    "acquittal",
    "requalified",
)
# Decided kinds that are trafficking, forced labour or slavery in the decided outcome.
GRAVE_KINDS = ("trafficking", "forced-labour", "slavery-servitude")


class ValidationSetError(ValueError):
    """The validation file cannot be used; every problem is named with its line."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class DecidedCase:
    id: str
    title: str
    jurisdiction: str
    decided_kind: str
    child: bool
    clear_referral: bool
    ids: tuple[str, ...]
    acceptable: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class CaseResult:
    case: DecidedCase
    outcome: str
    agreed: bool
    referred: bool
    over_call: bool
    diagnosis: str = ""  # for a disagreement: why, in one line
    positive_dimensions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    rules: Rules
    path: Path
    results: tuple[CaseResult, ...]
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def cases(self) -> int:
        return len(self.results)

    @property
    def agreed(self) -> int:
        return sum(r.agreed for r in self.results)

    @property
    def clear(self) -> int:
        return sum(r.case.clear_referral for r in self.results)

    @property
    def referred(self) -> int:
        return sum(r.referred for r in self.results if r.case.clear_referral)

    @property
    def over_calls(self) -> tuple[CaseResult, ...]:
        return tuple(r for r in self.results if r.over_call)

    @property
    def disagreements(self) -> tuple[CaseResult, ...]:
        return tuple(r for r in self.results if not r.agreed)

    @property
    def not_grave(self) -> int:
        return sum(n for kind, n in self.by_kind.items() if kind not in GRAVE_KINDS)

    @property
    def agreement_percent(self) -> float:
        return percent(self.agreed, self.cases)

    @property
    def sensitivity_percent(self) -> float:
        return percent(self.referred, self.clear)

    def stored_figures_match(self) -> list[str]:
        """What differs between the rule set's stored `validation` figures and this report."""
        stored = self.rules.validation
        if stored is None:
            return ["the rule set has no 'validation' figures"]
        measured = {
            "cases": self.cases,
            "agreed": self.agreed,
            "clear": self.clear,
            "referred": self.referred,
            "over_calls": len(self.over_calls),
        }
        return [
            f"{key}: rules.yaml says {getattr(stored, key)}, measured {value}"
            for key, value in measured.items()
            if getattr(stored, key) != value
        ]


def percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


# --- reading the set ------------------------------------------------------------------------


def load_cases(path: Path, kb: KnowledgeBase) -> list[DecidedCase]:
    """The decided cases; raises ValidationSetError naming file:line for anything unusable."""
    problems: list[Problem] = []

    def add(line: int, message: str) -> None:
        problems.append(Problem(path, line, message))

    if not path.is_file():
        raise ValidationSetError([Problem(path, 1, "file not found (give the validation set with --file)")])
    data = read_yaml_file(path, add)
    entries = data.get("cases") if isinstance(data, LineDict) else None
    if not isinstance(entries, list) or not entries:
        add(1, "expected a mapping with a non-empty list 'cases'")
        raise ValidationSetError(problems)
    known = kb.recordable_ids()
    cases: list[DecidedCase] = []
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, LineDict):
            add(data.line_of("cases"), "every case must be a mapping")
            continue
        case_id = field_text(entry, "id")
        if not case_id or case_id in seen:
            add(entry.line, f"case id '{case_id}' is missing or repeated")
            continue
        seen.add(case_id)
        raw_ids = entry.get("ids") or []
        ids = tuple(_id_of(item) for item in raw_ids)
        for raw, item in zip(raw_ids, ids, strict=True):
            if item not in known:  # named on its own line when the id is a mapping with its fact
                line = raw.line if isinstance(raw, LineDict) else entry.line_of("ids")
                add(line, f"case '{case_id}': unknown id '{item}'")
        acceptable = tuple(str(o) for o in entry.get("acceptable") or [])
        if not acceptable:
            add(entry.line, f"case '{case_id}' lists no acceptable outcome")
        for outcome in acceptable:
            if outcome not in OUTCOME_IDS:
                add(entry.line_of("acceptable"), f"case '{case_id}': unknown outcome '{outcome}'")
        kind = field_text(entry, "decided_kind")
        if kind not in DECIDED_KINDS:
            add(
                entry.line_of("decided_kind"),
                f"case '{case_id}': decided_kind must be one of {', '.join(DECIDED_KINDS)}",
            )
        cases.append(
            DecidedCase(
                id=case_id,
                title=field_text(entry, "title"),
                jurisdiction=field_text(entry, "jurisdiction"),
                decided_kind=kind,
                child=entry.get("child") is True,
                clear_referral=entry.get("clear_referral") is True,
                ids=ids,
                acceptable=acceptable,
                line=entry.line,
            )
        )
    if problems:
        raise ValidationSetError(problems)
    return cases


def _id_of(item: Any) -> str:
    return field_text(item, "id") if isinstance(item, LineDict) else str(item).strip()


# --- measuring ------------------------------------------------------------------------------


def validate(kb: KnowledgeBase, rules: Rules, path: Path) -> Report:
    cases = load_cases(path, kb)
    results = tuple(_measure(kb, rules, case) for case in cases)
    by_kind = Counter(c.decided_kind for c in cases)
    return Report(rules=rules, path=path, results=results, by_kind={k: by_kind[k] for k in DECIDED_KINDS if by_kind[k]})


def _measure(kb: KnowledgeBase, rules: Rules, case: DecidedCase) -> CaseResult:
    result = assess(kb, case.ids, rules)
    outcome = result.outcome
    agreed = outcome in case.acceptable
    most_serious = min(rules.seriousness(o) for o in case.acceptable)
    over_call = rules.seriousness(outcome) < most_serious
    return CaseResult(
        case=case,
        outcome=outcome,
        agreed=agreed,
        referred=outcome in REFERRAL_OUTCOMES,
        over_call=over_call,
        diagnosis="" if agreed else diagnose(kb, rules, case, result),
        positive_dimensions=result.positive_dimensions,
    )


def diagnose(kb: KnowledgeBase, rules: Rules, case: DecidedCase, result: AssessmentResult) -> str:
    """One line on why the outcome is not acceptable, derived from the trace.

    Too serious (an over-call or an outcome between acceptable ones): the rule is too loose, and
    the line names the positive dimensions and the combination each met. Not serious enough: the
    report looks for the fewest dimensions that, made positive, would give an acceptable outcome.
    A dimension with nothing recorded is a thin mapping (the facts are not in the set); a dimension
    with indicators that fall short of a combination is the rule being too strict, and the line
    says by how many indicators of which strength."""
    acceptable = set(case.acceptable)
    most_serious = min(rules.seriousness(o) for o in acceptable)
    if rules.seriousness(result.outcome) < most_serious:
        return "rule too loose: " + _positive_words(result)
    negative = [d for d in result.dimensions if not d.positive]
    by_id = {d.id: d for d in result.dimensions}
    for size in range(1, len(negative) + 1):
        options = []
        for chosen in combinations(negative, size):
            dims = {**by_id, **{d.id: replace(d, positive=True) for d in chosen}}
            if first_outcome(kb, rules, result.recorded, dims) in acceptable:
                options.append(chosen)
        if options:
            best = min(options, key=lambda chosen: (sum(_short(d) for d in chosen), [d.id for d in chosen]))
            return _under_words(best)
    needed = [f for f in ("minor", "urgent_danger") if f not in result.recorded]
    if case.child and "minor" in needed:
        return "mapping thin: the child was not recorded as a minor"
    return f"rule too strict: no dimension made positive gives {' or '.join(case.acceptable)}"


# What may fill a missing place of a combination (a stronger indicator fills a weaker place).
_KIND = {"strong": "strong indicator", "medium": "medium or strong indicator", "weak": "indicator of any strength"}


def _kind(strength: str, count: int) -> str:
    return _KIND[strength] if count == 1 else _KIND[strength].replace("indicator", "indicators")


def _short(dim: DimensionResult) -> int:
    return sum(dim.missing.values()) if dim.missing else 99


def _under_words(chosen: tuple[DimensionResult, ...]) -> str:
    empty = [d.id for d in chosen if not d.indicators]
    short = [d for d in chosen if d.indicators]
    parts = []
    if empty:
        parts.append("mapping thin: nothing recorded in " + ", ".join(empty))
    if short:
        words = []
        for dim in short:
            missing = " and ".join(f"{n} more {_kind(s, n)}" for s, n in dim.missing.items()) or "?"
            counts = ", ".join(f"{n} {s}" for s, n in dim.counts.items() if n)
            words.append(f"{dim.id} needs {missing} (has {counts})")
        kind = "rule too strict" if all(_short(d) == 1 for d in short) else "rule too strict or mapping thin"
        parts.append(f"{kind}: " + "; ".join(words))
    return "; ".join(parts)


def _positive_words(result: AssessmentResult) -> str:
    words = [f"{d.id} positive by {d.met.label.en}" for d in result.dimensions if d.positive and d.met]
    return "; ".join(words) or f"{result.outcome} from the facts recorded"
