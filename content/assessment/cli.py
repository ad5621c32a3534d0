"""`python -m content assess --indicators ID[,ID...] [--rule-set NAME] [--json] [--lang en|sr]`: the engine
without the GUI; `python -m content validate [--rule-set NAME] [--json] [--file PATH]`: a rule set measured
on the published decided cases (content/assessment/validation.py)."""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from content.assessment.advice import Advice, advice_for
from content.assessment.engine import AssessmentResult, UnknownIdError, UnknownRuleSetError, assess, rule_set
from content.assessment.model import Rules
from content.assessment.trace import label, trace_entries
from content.assessment.validation import DEFAULT_FILE, Report, ValidationSetError, validate
from content.loader import LoadResult
from content.model import KnowledgeBase

EXIT_UNKNOWN_ID = 2
EXIT_NO_RULES = 1


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "assess",
        help="run the assessment engine on recorded ids; prints the outcome, positive dimensions and trace",
        description="Run the assessment engine on recorded ids (indicator, labour-law check or fact ids).",
    )
    parser.add_argument(
        "--indicators",
        metavar="ID[,ID...]",
        nargs="+",
        action="extend",
        default=[],
        help="the recorded ids, separated by commas or spaces; may be given more than once",
    )
    _rule_set_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--lang", choices=("en", "sr"), default="en", help="language of the texts (default: en)")


def _rule_set_option(parser: Any) -> None:
    parser.add_argument(
        "--rule-set",
        metavar="NAME",
        default="",
        help="the rule set of content/rules.yaml to use (e.g. screening, research; default: the default rule set)",
    )


def add_validate_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "validate",
        help="measure a rule set on the published decided cases: agreement, sensitivity, over-calls",
        description="Run a rule set on the validation set of published decided cases and report agreement, "
        "sensitivity, over-calls and each disagreement with a diagnosis.",
    )
    _rule_set_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--file",
        type=Path,
        default=DEFAULT_FILE,
        help="the validation set (default: tests/validation/decided_cases.yaml of the source checkout)",
    )


def split_ids(values: Iterable[str]) -> list[str]:
    """Ids from any mix of `a,b`, `a b` and repeated options; empty pieces are ignored."""
    return [piece for value in values for piece in re.split(r"[\s,;]+", value) if piece]


def _chosen_rules(load: LoadResult, name: str) -> Rules | int:
    """The rule set asked for, or the exit code after saying why there is none."""
    kb = load.kb
    if kb.rules is None:
        rule_problems = [p for p in load.problems if p.path.name == "rules.yaml"]
        print("error: the assessment rules could not be loaded:", file=sys.stderr)
        for problem in rule_problems or load.problems:
            print(f"  {problem.format()}", file=sys.stderr)
        return EXIT_NO_RULES
    try:
        return rule_set(kb, name)
    except UnknownRuleSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNKNOWN_ID


def run(load: LoadResult, args: argparse.Namespace) -> int:
    kb = load.kb
    rules = _chosen_rules(load, args.rule_set)
    if isinstance(rules, int):
        return rules
    ids = split_ids(args.indicators)
    try:
        result = assess(kb, ids, rules)
    except UnknownIdError as exc:
        for unknown in exc.unknown:
            near = difflib.get_close_matches(unknown, sorted(kb.recordable_ids()), n=3)
            hint = f" (did you mean: {', '.join(near)}?)" if near else ""
            print(
                f"error: unknown id '{unknown}': not an indicator, labour-law check or fact id{hint}",
                file=sys.stderr,
            )
        return EXIT_UNKNOWN_ID
    advice = advice_for(kb, result)
    if args.json:
        json.dump(as_json(kb, result, advice, args.lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(as_text(kb, result, advice, args.lang))
    return 0


def as_json(kb: KnowledgeBase, result: AssessmentResult, advice: Advice, lang: str) -> dict[str, Any]:
    rule = advice.rule
    return {
        "outcome": result.outcome,
        "outcome_label": rule.label.get(lang),
        "summary": rule.summary.get(lang),
        "positive_dimensions": list(result.positive_dimensions),
        "cautions": [{"id": c.id, "text": c.text.get(lang), "link": c.link} for c in advice.cautions],
        "recorded": list(result.recorded),
        "trace": [
            {
                "step": e.step,
                "text": e.text.get(lang),
                **({"positive": e.positive} if e.step == "dimension" else {}),
                **e.data,
            }
            for e in trace_entries(kb, result)
        ],
        "forced_labour_indicators": list(result.forced_labour),
        "labour_law_checks": list(result.checks),
        "facts": list(result.facts),
        "legal_basis": [{"text": b.text.get(lang), "link": b.link} for b in advice.legal_basis],
        "next_steps": [{"kind": s.kind, "text": s.text.get(lang), "link": s.link} for s in advice.next_steps],
        "contacts": [
            {
                "id": c.id,
                "institution": c.institution.get(lang),
                "phone": c.phone,
                "email": c.email,
                "when": c.when.get(lang),
                "verified": c.verified.isoformat() if c.verified else None,
            }
            for c in advice.contacts
        ],
        "guidance": list(advice.guidance),
        "identification": advice.identification.get(lang),
        "disclaimer": advice.disclaimer.get(lang),
        "rule_set": result.rule_set,
        "rule_set_label": advice.rules.label.get(lang),
        "rules_version": result.rules_version,
        "content_version": kb.version,
        "lang": lang,
    }


def as_text(kb: KnowledgeBase, result: AssessmentResult, advice: Advice, lang: str) -> str:
    rule = advice.rule
    out: list[str] = [
        f"{label('outcome', lang)}: {rule.label.get(lang)} ({result.outcome})",
        rule.summary.get(lang),
        "",
    ]
    for caution in advice.cautions:
        out += [f"{label('caution', lang).upper()}: {caution.text.get(lang)}", ""]
    positive = ", ".join(result.positive_dimensions) or label("none", lang)
    out += [f"{label('positive_dimensions', lang)}: {positive}", "", f"{label('trace', lang)}:"]
    entries = trace_entries(kb, result)
    for entry in entries:
        if entry.step == "outcome":
            continue
        mark = "+" if entry.positive else "-" if entry.step == "dimension" else "·"
        out.append(f"  {mark} {entry.text.get(lang)}")
    out.append(f"  {label('outcome_rules', lang)}:")
    for entry in entries:
        if entry.step == "outcome":
            out.append(f"    {'>' if entry.positive else '-'} {entry.text.get(lang)}")
    out += ["", f"{label('legal_basis', lang)}:"]
    out += [f"  - {b.text.get(lang)}" + (f" [{b.link}]" if b.link else "") for b in advice.legal_basis]
    out += ["", f"{label('next_steps', lang)}:"]
    for kind in ("first-contact", "referral", "labour-law", "follow-up"):
        steps = advice.steps_of(kind)
        if steps:
            out.append(f"  {label(kind, lang)}:")
            out += [f"    - {s.text.get(lang)}" for s in steps]
    if advice.contacts:
        out += ["", f"{label('contacts', lang)}:"]
        for contact in advice.contacts:
            phone = contact.phone or f"({label('phone_unconfirmed', lang)})"
            out.append(f"  - {contact.institution.get(lang)}: {phone}")
    out += ["", f"{label('guidance', lang)}: {', '.join(advice.guidance)}", "", advice.identification.get(lang), ""]
    out.append(
        f"{label('rule_set', lang)}: {advice.rules.label.get(lang)} ({result.rule_set} {result.rules_version}) · "
        f"{label('content_version', lang)}: {kb.version}"
    )
    return "\n".join(out) + "\n"


# --- validate -------------------------------------------------------------------------------


def run_validate(load: LoadResult, args: argparse.Namespace) -> int:
    rules = _chosen_rules(load, args.rule_set)
    if isinstance(rules, int):
        return rules
    try:
        report = validate(load.kb, rules, args.file)
    except ValidationSetError as exc:
        print("error: the validation set cannot be used:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem.format()}", file=sys.stderr)
        return EXIT_UNKNOWN_ID
    if args.json:
        json.dump(report_json(report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report_text(report))
    return 0


def report_json(report: Report) -> dict[str, Any]:
    return {
        "rule_set": report.rules.id,
        "rules_version": report.rules.version,
        "file": str(report.path),
        "cases": report.cases,
        "by_kind": report.by_kind,
        "not_trafficking_forced_labour_or_slavery": report.not_grave,
        "agreement": {"agreed": report.agreed, "cases": report.cases, "percent": report.agreement_percent},
        "sensitivity": {"referred": report.referred, "clear": report.clear, "percent": report.sensitivity_percent},
        "over_calls": [r.case.id for r in report.over_calls],
        "disagreements": [
            {
                "id": r.case.id,
                "decided_kind": r.case.decided_kind,
                "outcome": r.outcome,
                "acceptable": list(r.case.acceptable),
                "over_call": r.over_call,
                "diagnosis": r.diagnosis,
            }
            for r in report.disagreements
        ],
        "results": [
            {"id": r.case.id, "outcome": r.outcome, "agreed": r.agreed, "referred": r.referred} for r in report.results
        ],
        "stored_figures_differ": report.stored_figures_match(),
    }


def report_text(report: Report) -> str:
    rules = report.rules
    kinds = ", ".join(f"{kind} {n}" for kind, n in report.by_kind.items())
    out = [
        f"Rule set: {rules.id} {rules.version} — {rules.label.en}",
        f"Validation set: {report.path} ({report.cases} decided cases)",
        f"Cases by kind of decision: {kinds}; not trafficking, forced labour or slavery: {report.not_grave}",
        f"Agreement: {report.agreed}/{report.cases} ({report.agreement_percent} %) — "
        "outcome within the acceptable ones",
        f"Sensitivity: {report.referred}/{report.clear} ({report.sensitivity_percent} %) — clear cases given a "
        "referral outcome (urgent-danger, possible-thb-child, possible-thb, forced-labour-indicators)",
        f"Over-calls: {len(report.over_calls)} — outcome more serious than the most serious acceptable one"
        + (": " + ", ".join(r.case.id for r in report.over_calls) if report.over_calls else ""),
        f"Disagreements: {len(report.disagreements)}",
    ]
    for r in report.disagreements:
        out.append(f"  - {r.case.id} ({r.case.decided_kind}): {r.outcome}, acceptable {', '.join(r.case.acceptable)}")
        out.append(f"      {r.diagnosis}")
    stale = report.stored_figures_match()
    if stale:
        out.append("The figures stored in rules.yaml for this rule set are out of date: " + "; ".join(stale))
    else:
        out.append("The figures stored in rules.yaml for this rule set match.")
    return "\n".join(out) + "\n"
