"""Read content/rules.yaml and content/trees/*.yaml, reporting every problem as file:line.

A broken rules file leaves the assessment without rules (the app says so); a broken tree is
skipped. Links (`kb:` addresses) are checked later with the rest of the knowledge base, in
content/checks.py, because that needs every article's anchors."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from content.assessment.model import (
    ANSWERS,
    CONDITION_KINDS,
    END,
    NEXT_STEP_KINDS,
    STRENGTHS,
    Branch,
    Caution,
    Combination,
    Condition,
    DecisionTree,
    Difference,
    LinkedText,
    NextStep,
    Node,
    OutcomeRule,
    Rules,
    Section,
    Validation,
)
from content.model import KnowledgeBase, LocalText, Problem
from content.outcomes import OUTCOME_IDS
from content.yaml_lines import LineDict, field_text, read_yaml_file, str_tuple

RULES_FILE = "rules.yaml"
# YAML 1.1 reads an unquoted `yes:` / `no:` key as a boolean; editors should not have to quote them.
_ANSWER_KEYS = {"yes": "yes", "True": "yes", "no": "no", "False": "no", "unknown": "unknown"}
TREES_DIR = "trees"


@dataclass
class AssessmentLoad:
    rules: Rules | None  # the default rule set
    trees: dict[str, DecisionTree]
    problems: list[Problem] = field(default_factory=list)
    rule_sets: dict[str, Rules] = field(default_factory=dict)


class _Report:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))


def _read(path: Path, report: _Report) -> LineDict | None:
    data = read_yaml_file(path, report.add)
    if data is None:
        return None
    if not isinstance(data, LineDict):
        report.add(1, "the file must be a YAML mapping")
        return None
    return data


_text = field_text


def _local(entry: LineDict, stem: str, report: _Report, required: bool = True) -> LocalText:
    """`<stem>_en` and `<stem>_sr`; both are required when `required`."""
    text = LocalText(en=_text(entry, f"{stem}_en"), sr=_text(entry, f"{stem}_sr"))
    if required:
        for lang, value in (("en", text.en), ("sr", text.sr)):
            if not value:
                report.add(entry.line, f"missing required field '{stem}_{lang}'")
    return text


def _list(entry: LineDict, key: str, report: _Report, required: bool = False) -> list[Any]:
    value = entry.get(key)
    if value is None:
        if required:
            report.add(entry.line, f"missing required field '{key}'")
        return []
    if not isinstance(value, list):
        report.add(entry.line_of(key), f"'{key}' must be a list")
        return []
    return value


def _mappings(entry: LineDict, key: str, report: _Report, required: bool = False) -> list[LineDict]:
    items = []
    for item in _list(entry, key, report, required):
        if isinstance(item, LineDict):
            items.append(item)
        else:
            report.add(entry.line_of(key), f"every entry of '{key}' must be a mapping")
    return items


_ids = str_tuple


# --- rules.yaml -----------------------------------------------------------------------------


def load_rule_sets(path: Path, kb: KnowledgeBase) -> tuple[dict[str, Rules], list[Problem]]:
    """Every rule set of the file by id, in file order; exactly one of them is the default.

    A file with `rule_sets` shares its dimensions, outcome texts and cautions among the rule sets,
    and each rule set brings its version, dimension rule and outcome conditions. A file without
    `rule_sets` is one rule set (the form the small test rule files use). Any problem leaves the
    assessment without rules: a half-read rule set must never give an outcome."""
    report = _Report(path)
    if not path.exists():
        report.add(1, "file is missing: the assessment needs its rules")
        return {}, report.problems
    data = _read(path, report)
    if data is None:
        return {}, report.problems
    weighted = _ids(data.get("dimensions"))
    unweighted = _ids(data.get("unweighted_dimensions"))
    _check_dimensions(data, weighted, unweighted, kb, report)
    if "rule_sets" not in data:
        rules = _single_rule_set(data, kb, weighted, unweighted, report)
        if report.problems or rules is None:
            return {}, report.problems
        return {rules.id: rules}, report.problems
    if "version" in data:
        report.add(data.line_of("version"), "with 'rule_sets', each rule set has its own 'version'; remove this one")
    for key in ("dimension_rule", "caveat_en", "caveat_sr"):
        if key in data:
            report.add(data.line_of(key), f"with 'rule_sets', each rule set has its own '{key}'")
    texts = _outcomes(data, kb, set(weighted), report, conditions=False)
    cautions = _cautions(data, kb, set(weighted) | set(unweighted), report)
    shared = {
        "identification": _local(data, "identification", report),
        "disclaimer": _local(data, "disclaimer", report),
        "labour_law_intro": _local(data, "labour_law_intro", report, required=False),
    }
    sets: dict[str, Rules] = {}
    for entry in _mappings(data, "rule_sets", report, required=True):
        rules = _rule_set(entry, data, path, kb, weighted, unweighted, texts, cautions, shared, report)
        if rules is None:
            continue
        if rules.id in sets:
            report.add(entry.line_of("id"), f"duplicate rule set '{rules.id}'")
            continue
        sets[rules.id] = rules
    for entry in _mappings(data, "cautions", report):
        for name in _ids(entry.get("rule_sets")):
            if sets and name not in sets:
                report.add(
                    entry.line_of("rule_sets"), f"caution '{_text(entry, 'id')}' names unknown rule set '{name}'"
                )
    defaults = [r for r in sets.values() if r.default]
    if sets and len(defaults) != 1:
        report.add(
            data.line_of("rule_sets"),
            "exactly one rule set must have 'default: true' "
            f"(found {len(defaults)}{': ' + ', '.join(r.id for r in defaults) if defaults else ''})",
        )
    if report.problems:
        return {}, report.problems
    return sets, report.problems


def _single_rule_set(
    data: LineDict, kb: KnowledgeBase, weighted: tuple[str, ...], unweighted: tuple[str, ...], report: _Report
) -> Rules | None:
    version = _text(data, "version")
    if not version:
        report.add(data.line, "missing required field 'version'")
    combinations = _combinations(data, report)
    outcomes = _outcomes(data, kb, set(weighted), report)
    # A caution may also look at the unweighted (ILO 2012) indicators; an outcome may not.
    cautions = _cautions(data, kb, set(weighted) | set(unweighted), report)
    return Rules(
        version=version,
        path=report.path,
        weighted_dimensions=weighted,
        unweighted_dimensions=unweighted,
        combinations=combinations,
        outcomes=outcomes,
        identification=_local(data, "identification", report),
        disclaimer=_local(data, "disclaimer", report),
        caveat=_local(data, "caveat", report, required=False),
        labour_law_intro=_local(data, "labour_law_intro", report, required=False),
        cautions=cautions,
        id=_text(data, "id") or "default",
        label=_local(data, "label", report, required=False),
        default=True,
    )


_RULE_SET_KEYS = (
    "id",
    "version",
    "default",
    "label_en",
    "label_sr",
    "about_en",
    "about_sr",
    "caveat_en",
    "caveat_sr",
    "dimension_rule",
    "dimension_rules",
    "outcomes",
    "differences",
    "validation",
)
_OUTCOME_OVERRIDE_KEYS = ("when", "summary_en", "summary_sr")


def _rule_set(
    entry: LineDict,
    data: LineDict,
    path: Path,
    kb: KnowledgeBase,
    weighted: tuple[str, ...],
    unweighted: tuple[str, ...],
    texts: tuple[OutcomeRule, ...],
    cautions: tuple[Caution, ...],
    shared: dict[str, LocalText],
    report: _Report,
) -> Rules | None:
    set_id = _text(entry, "id")
    if not set_id:
        report.add(entry.line, "a rule set needs an 'id'")
        return None
    for key in entry:
        if key not in _RULE_SET_KEYS:
            report.add(entry.line_of(key), f"unknown field '{key}' in rule set '{set_id}'")
    version = _text(entry, "version")
    if not version:
        report.add(entry.line, f"rule set '{set_id}' needs a 'version'")
    default = entry.get("default", False)
    if not isinstance(default, bool):
        report.add(entry.line_of("default"), "write 'default: true' or leave it out")
        default = False
    combinations = _combinations(entry, report)
    by_dimension: dict[str, tuple[Combination, ...]] = {}
    special = entry.get("dimension_rules")
    if special is not None:
        if not isinstance(special, LineDict):
            report.add(entry.line_of("dimension_rules"), "'dimension_rules' maps a dimension id to its dimension rule")
        else:
            for dim, rule in special.items():
                if dim not in weighted:
                    report.add(special.line_of(dim), f"'{dim}' is not a weighted dimension of this rules file")
                    continue
                if not isinstance(rule, LineDict):
                    report.add(special.line_of(dim), f"the rule for '{dim}' needs 'positive_when_any_of'")
                    continue
                holder = LineDict({"dimension_rule": rule})
                holder.line, holder.lines, holder.duplicates = rule.line, {"dimension_rule": rule.line}, []
                by_dimension[dim] = _combinations(holder, report)
    outcomes = _rule_set_outcomes(entry, set_id, kb, set(weighted), texts, report)
    validation = _validation(entry, report)
    return Rules(
        version=version,
        path=path,
        weighted_dimensions=weighted,
        unweighted_dimensions=unweighted,
        combinations=combinations,
        outcomes=outcomes,
        identification=shared["identification"],
        disclaimer=shared["disclaimer"],
        caveat=_local(entry, "caveat", report, required=False),
        labour_law_intro=shared["labour_law_intro"],
        cautions=tuple(c for c in cautions if not c.rule_sets or set_id in c.rule_sets),
        id=set_id,
        label=_local(entry, "label", report),
        about=_local(entry, "about", report),
        default=default,
        dimension_combinations=by_dimension,
        differences=tuple(
            Difference(_text(item, "id"), _local(item, "text", report), _text(item, "link"), item.line_of("link"))
            for item in _mappings(entry, "differences", report)
        ),
        validation=validation,
        line=entry.line,
    )


def _rule_set_outcomes(
    entry: LineDict,
    set_id: str,
    kb: KnowledgeBase,
    weighted: set[str],
    texts: tuple[OutcomeRule, ...],
    report: _Report,
) -> tuple[OutcomeRule, ...]:
    """The shared outcome texts with this rule set's conditions (and any summary of its own)."""
    raw = entry.get("outcomes")
    if not isinstance(raw, LineDict):
        report.add(entry.line_of("outcomes"), f"rule set '{set_id}' needs 'outcomes': a 'when' for every outcome")
        return ()
    known = {o.id for o in texts}
    for outcome_id in raw:
        if outcome_id not in known:
            report.add(raw.line_of(outcome_id), f"unknown outcome '{outcome_id}' in rule set '{set_id}'")
    outcomes: list[OutcomeRule] = []
    for text in texts:
        own = raw.get(text.id)
        if not isinstance(own, LineDict) or "when" not in own:
            report.add(entry.line_of("outcomes"), f"rule set '{set_id}' has no 'when' for outcome '{text.id}'")
            continue
        for key in own:
            if key not in _OUTCOME_OVERRIDE_KEYS:
                report.add(
                    own.line_of(key), f"unknown field '{key}' (a rule set's outcome has when, summary_en, summary_sr)"
                )
        condition = _condition(own["when"], own.line_of("when"), kb, weighted, report)
        summary = LocalText(
            en=_text(own, "summary_en") or text.summary.en, sr=_text(own, "summary_sr") or text.summary.sr
        )
        outcomes.append(replace(text, when=condition, summary=summary))
    if outcomes and outcomes[-1].id == texts[-1].id and outcomes[-1].when.kind != "always":
        report.add(
            raw.line_of(outcomes[-1].id),
            "the last outcome must have 'when: always', so that there is always an outcome",
        )
    return tuple(outcomes)


_VALIDATION_COUNTS = ("cases", "agreed", "clear", "referred", "over_calls")


def _validation(entry: LineDict, report: _Report) -> Validation | None:
    raw = entry.get("validation")
    if raw is None:
        return None
    if not isinstance(raw, LineDict):
        report.add(entry.line_of("validation"), "'validation' must be a mapping")
        return None
    counts: dict[str, int] = {}
    for key in _VALIDATION_COUNTS:
        value = raw.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            report.add(raw.line_of(key), f"validation '{key}' must be a whole number, not '{value}'")
            value = 0
        counts[key] = value
    if counts["agreed"] > counts["cases"] or counts["referred"] > counts["clear"] or counts["clear"] > counts["cases"]:
        report.add(raw.line, "validation figures do not add up (agreed <= cases, referred <= clear <= cases)")
    return Validation(**counts, summary=_local(raw, "summary", report), line=raw.line)


def _check_dimensions(
    data: LineDict, weighted: tuple[str, ...], unweighted: tuple[str, ...], kb: KnowledgeBase, report: _Report
) -> None:
    if not weighted:
        report.add(data.line, "missing required field 'dimensions' (the weighted dimensions, in order)")
    line = data.line_of("dimensions")
    for dim in (*weighted, *unweighted):
        if dim not in kb.dimensions:
            report.add(
                data.line_of("dimensions" if dim in weighted else "unweighted_dimensions"),
                f"unknown dimension '{dim}' (not in indicators.yaml)",
            )
    for dim in set(weighted) & set(unweighted):
        report.add(line, f"dimension '{dim}' cannot be both weighted and unweighted")
    for dim in kb.dimensions:
        if dim not in weighted and dim not in unweighted:
            report.add(
                line, f"dimension '{dim}' of indicators.yaml is neither in 'dimensions' nor in 'unweighted_dimensions'"
            )
    for indicator in kb.indicators.values():
        if indicator.dimension in weighted and indicator.strength not in STRENGTHS:
            report.add(
                line,
                f"indicator '{indicator.id}' of weighted dimension '{indicator.dimension}' has "
                f"no strength (strong, medium or weak)",
            )


def _combinations(data: LineDict, report: _Report) -> tuple[Combination, ...]:
    rule = data.get("dimension_rule")
    if not isinstance(rule, LineDict):
        report.add(data.line_of("dimension_rule"), "missing required mapping 'dimension_rule'")
        return ()
    found = []
    for entry in _mappings(rule, "positive_when_any_of", report, required=True):
        minimum: dict[str, int] = {}
        for key in entry:
            if key in ("label_en", "label_sr"):
                continue
            if key not in STRENGTHS:
                report.add(entry.line_of(key), f"unknown strength '{key}' (use strong, medium or weak)")
                continue
            value = entry[key]
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                report.add(entry.line_of(key), f"'{key}' must be a whole number of at least 1, not '{value}'")
                continue
            minimum[key] = value
        if not minimum:
            report.add(entry.line, "a combination needs at least one of strong, medium, weak")
            continue
        found.append(Combination(minimum=minimum, label=_local(entry, "label", report)))
    if not found and "positive_when_any_of" in rule:
        report.add(rule.line_of("positive_when_any_of"), "'positive_when_any_of' lists no combination")
    return tuple(found)


def _outcomes(
    data: LineDict, kb: KnowledgeBase, weighted: set[str], report: _Report, conditions: bool = True
) -> tuple[OutcomeRule, ...]:
    """The outcomes with their texts; with `conditions`, each needs its `when` (a one-set file),
    without, the rule sets give the conditions and a `when` here is a mistake."""
    entries = _mappings(data, "outcomes", report, required=True)
    outcomes: list[OutcomeRule] = []
    for entry in entries:
        outcome_id = _text(entry, "id")
        if outcome_id not in OUTCOME_IDS:
            report.add(entry.line_of("id"), f"unknown outcome '{outcome_id}' (known: {', '.join(OUTCOME_IDS)})")
            continue
        if any(o.id == outcome_id for o in outcomes):
            report.add(entry.line_of("id"), f"duplicate outcome '{outcome_id}'")
            continue
        when = entry.get("when")
        if not conditions:
            if when is not None:
                report.add(
                    entry.line_of("when"), f"outcome '{outcome_id}': with 'rule_sets', each rule set gives the 'when'"
                )
            condition = Condition("always")
        elif when is None:
            report.add(entry.line, f"outcome '{outcome_id}' has no 'when' condition")
            condition = Condition("always")
        else:
            condition = _condition(when, entry.line_of("when"), kb, weighted, report)
        outcomes.append(
            OutcomeRule(
                id=outcome_id,
                label=_local(entry, "label", report),
                summary=_local(entry, "summary", report),
                when=condition,
                legal_basis=tuple(
                    LinkedText(_local(item, "text", report), _text(item, "link"), item.line_of("link"))
                    for item in _mappings(entry, "legal_basis", report)
                ),
                next_steps=tuple(_next_step(item, report) for item in _mappings(entry, "next_steps", report)),
                guidance=_ids(entry.get("guidance")),
                line=entry.line,
                guidance_line=entry.line_of("guidance"),
            )
        )
    ids = tuple(o.id for o in outcomes)
    if entries and set(ids) == set(OUTCOME_IDS) and ids != OUTCOME_IDS:
        report.add(data.line_of("outcomes"), "outcomes must be listed most serious first: " + ", ".join(OUTCOME_IDS))
    missing = [o for o in OUTCOME_IDS if o not in ids]
    if entries and missing:
        report.add(data.line_of("outcomes"), "missing outcome(s): " + ", ".join(missing))
    if conditions and outcomes and outcomes[-1].when.kind != "always":
        report.add(outcomes[-1].line, "the last outcome must have 'when: always', so that there is always an outcome")
    return tuple(outcomes)


def _cautions(data: LineDict, kb: KnowledgeBase, weighted: set[str], report: _Report) -> tuple[Caution, ...]:
    cautions: list[Caution] = []
    for entry in _mappings(data, "cautions", report):
        caution_id = _text(entry, "id")
        if not caution_id:
            report.add(entry.line, "a caution needs an 'id'")
            continue
        if any(c.id == caution_id for c in cautions):
            report.add(entry.line_of("id"), f"duplicate caution '{caution_id}'")
            continue
        shown_with = _ids(entry.get("shown_with"))
        if not shown_with:
            report.add(entry.line, f"caution '{caution_id}' needs 'shown_with': the outcomes it is shown with")
        for outcome_id in shown_with:
            if outcome_id not in OUTCOME_IDS:
                report.add(entry.line_of("shown_with"), f"unknown outcome '{outcome_id}'")
        when = entry.get("when")
        if when is None:
            report.add(entry.line, f"caution '{caution_id}' has no 'when' condition")
            continue
        cautions.append(
            Caution(
                rule_sets=_ids(entry.get("rule_sets")),
                id=caution_id,
                when=_condition(when, entry.line_of("when"), kb, weighted, report),
                shown_with=shown_with,
                text=_local(entry, "text", report),
                link=_text(entry, "link"),
                line=entry.line_of("link"),
            )
        )
    return tuple(cautions)


def _next_step(item: LineDict, report: _Report) -> NextStep:
    kind = _text(item, "kind")
    if kind not in NEXT_STEP_KINDS:
        report.add(item.line_of("kind"), f"next step kind must be one of {', '.join(NEXT_STEP_KINDS)}, not '{kind}'")
    return NextStep(kind=kind, text=_local(item, "text", report), link=_text(item, "link"), line=item.line_of("link"))


def _condition(raw: Any, line: int, kb: KnowledgeBase, weighted: set[str], report: _Report) -> Condition:
    """A condition is `always`, or a mapping with exactly one key from CONDITION_KINDS."""
    if raw == "always":
        return Condition("always")
    if not isinstance(raw, LineDict) or len(raw) != 1:
        report.add(line, f"a condition is 'always' or a mapping with one of: {', '.join(CONDITION_KINDS)}")
        return Condition("always")
    kind, value = next(iter(raw.items()))
    line = raw.line_of(kind)
    if kind not in CONDITION_KINDS:
        report.add(line, f"unknown condition '{kind}' (use one of: {', '.join(CONDITION_KINDS)})")
        return Condition("always")
    if kind in ("all", "any"):
        if not isinstance(value, list) or not value:
            report.add(line, f"'{kind}' needs a non-empty list of conditions")
            return Condition("always")
        return Condition(kind, children=tuple(_condition(v, line, kb, weighted, report) for v in value))
    if kind == "always":
        return Condition("always")
    if kind == "any_check":
        if value is not True:
            report.add(line, "write 'any_check: true'")
        return Condition(kind)
    ids = _ids(value)
    if not ids:
        report.add(line, f"'{kind}' needs an id")
    if kind in ("positive", "any_positive", "any_indicator_in"):
        for dim in ids:
            if dim not in weighted:
                report.add(line, f"'{dim}' is not a weighted dimension of this rules file")
    elif kind == "fact":
        for fact in ids:
            if fact not in kb.facts:
                report.add(line, f"unknown fact '{fact}' (see labour_law_checks.yaml)")
    elif kind == "recorded":
        for item in ids:
            if item not in kb.recordable_ids():
                report.add(line, f"unknown id '{item}'")
    if kind in ("positive", "fact") and len(ids) > 1:
        report.add(line, f"'{kind}' names one id; use 'all' or 'any' for several")
    return Condition(kind, ids=ids)


# --- trees/*.yaml ---------------------------------------------------------------------------


def load_trees(folder: Path, kb: KnowledgeBase) -> tuple[dict[str, DecisionTree], list[Problem]]:
    problems: list[Problem] = []
    trees: dict[str, DecisionTree] = {}
    paths = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not paths:
        problems.append(Problem(folder, 1, "no decision tree found (trees/*.yaml)"))
    for path in paths:
        tree, found = load_tree(path, kb)
        problems += found
        if tree is None:
            continue
        if tree.id in trees:
            problems.append(Problem(path, 1, f"duplicate tree id '{tree.id}' (also in {trees[tree.id].path.name})"))
            continue
        trees[tree.id] = tree
    return trees, problems


def load_tree(path: Path, kb: KnowledgeBase) -> tuple[DecisionTree | None, list[Problem]]:
    """Read one tree and check it: known ids, known targets, every node reachable, no cycle,
    every path ends. A tree with any problem is not used."""
    from content.assessment.treecheck import check_graph  # the graph checks live on their own

    report = _Report(path)
    data = _read(path, report)
    if data is None:
        return None, report.problems
    tree_id, version = _text(data, "id"), _text(data, "version")
    for key, value in (("id", tree_id), ("version", version)):
        if not value:
            report.add(data.line, f"missing required field '{key}'")
    sections: list[Section] = []
    nodes: dict[str, Node] = {}
    order: list[str] = []
    recordable = kb.recordable_ids()
    for entry in _mappings(data, "sections", report, required=True):
        section_id = _text(entry, "id")
        if not section_id:
            report.add(entry.line, "missing required field 'id'")
            continue
        if any(s.id == section_id for s in sections):
            report.add(entry.line_of("id"), f"duplicate section id '{section_id}'")
            continue
        dimension = _text(entry, "dimension")
        if dimension and dimension not in kb.dimensions:
            report.add(entry.line_of("dimension"), f"unknown dimension '{dimension}'")
        node_ids = []
        for raw in _mappings(entry, "nodes", report, required=True):
            node = _node(raw, section_id, dimension, kb, recordable, report)
            if node is None:
                continue
            if node.id in nodes:
                report.add(raw.line_of("id"), f"duplicate node id '{node.id}' (first on line {nodes[node.id].line})")
                continue
            nodes[node.id] = node
            order.append(node.id)
            node_ids.append(node.id)
        if not node_ids:
            report.add(entry.line, f"section '{section_id}' has no nodes")
        sections.append(
            Section(
                id=section_id,
                title=_local(entry, "title", report),
                intro=_local(entry, "intro", report, required=False),
                dimension=dimension,
                node_ids=tuple(node_ids),
            )
        )
    start = _text(data, "start") or (order[0] if order else "")
    if start and start not in nodes:
        report.add(data.line_of("start"), f"start node '{start}' does not exist")
    if report.problems:
        return None, report.problems
    tree = DecisionTree(
        id=tree_id,
        version=version,
        title=_local(data, "title", report),
        intro=_local(data, "intro", report, required=False),
        path=path,
        sections=tuple(sections),
        nodes=nodes,
        order=tuple(order),
        start=start,
    )
    for line, message in check_graph(tree):
        report.add(line, message)
    if report.problems:
        return None, report.problems
    return tree, report.problems


def _node(
    raw: LineDict, section: str, dimension: str, kb: KnowledgeBase, recordable: set[str], report: _Report
) -> Node | None:
    node_id = _text(raw, "id")
    if not node_id:
        report.add(raw.line, "missing required field 'id'")
        return None
    if node_id == END:
        report.add(raw.line_of("id"), f"'{END}' is reserved for the end of the assessment")
        return None
    kind = _text(raw, "type") or "question"
    if kind not in ("question", "info"):
        report.add(raw.line_of("type"), f"node type must be 'question' or 'info', not '{kind}'")
        return None
    branches: dict[str, Branch] = {}
    if kind == "question":
        for answer in ANSWERS:
            key = next((k for k in raw if _ANSWER_KEYS.get(k) == answer), None)
            value = raw.get(key) if key is not None else None
            if value is None:
                branches[answer] = Branch()
            elif isinstance(value, LineDict):
                branches[answer] = _branch(value, node_id, dimension, kb, recordable, report)
            else:
                report.add(raw.line_of(str(key)), f"'{answer}' must be a mapping (record: [...], next: ...)")
        for key in raw:
            if (
                key not in ("id", "type", "text_en", "text_sr", "help_en", "help_sr", "link")
                and key not in _ANSWER_KEYS
            ):
                report.add(raw.line_of(key), f"unknown field '{key}' in question '{node_id}'")
        if not any(b.record for b in branches.values()) and not any(b.next for b in branches.values()):
            report.add(raw.line, f"question '{node_id}' neither records anything nor routes anywhere")
    else:
        branches["next"] = Branch(next=_text(raw, "next"))
        for key in raw:
            if key not in ("id", "type", "text_en", "text_sr", "help_en", "help_sr", "link", "next"):
                report.add(raw.line_of(key), f"unknown field '{key}' in info node '{node_id}'")
    link = _text(raw, "link")
    if kind == "question" and not link:
        report.add(raw.line, f"question '{node_id}' needs a 'link' to its guidance (kb:...)")
    elif link and not link.startswith("kb:"):
        report.add(raw.line_of("link"), f"'link' must be a kb: address, not '{link}'")
    return Node(
        id=node_id,
        kind=kind,
        section=section,
        text=_local(raw, "text", report),
        help=_local(raw, "help", report, required=kind == "question"),
        link=link,
        branches=branches,
        line=raw.line,
    )


def _branch(
    value: LineDict, node_id: str, dimension: str, kb: KnowledgeBase, recordable: set[str], report: _Report
) -> Branch:
    record = _ids(value.get("record"))
    for item in record:
        if item not in recordable:
            report.add(value.line_of("record"), f"unknown id '{item}' recorded by '{node_id}'")
            continue
        indicator = kb.indicators.get(item)
        # A question in a dimension's section records that dimension's indicators (plus ILO
        # forced-labour indicators, labour-law checks and facts, which are not weighted there).
        if dimension and indicator is not None and indicator.strength != "n/a" and indicator.dimension != dimension:
            report.add(
                value.line_of("record"),
                f"'{node_id}' is in a '{dimension}' section but records '{item}' of '{indicator.dimension}'",
            )
    for key in value:
        if key not in ("record", "next"):
            report.add(value.line_of(key), f"unknown field '{key}' (use 'record' and 'next')")
    return Branch(record=record, next=_text(value, "next"))


# --- both -----------------------------------------------------------------------------------


def load_assessment(kb: KnowledgeBase) -> AssessmentLoad:
    from content.assessment.casecheck import check_case_outcomes

    rule_sets, problems = load_rule_sets(kb.root / RULES_FILE, kb)
    rules = next((r for r in rule_sets.values() if r.default), None)
    trees, tree_problems = load_trees(kb.root / TREES_DIR, kb)
    problems += tree_problems
    if rules is not None:  # every training case is checked under the default rule set
        problems += check_case_outcomes(kb, rules)
    return AssessmentLoad(rules=rules, trees=trees, problems=problems, rule_sets=rule_sets)
