"""A case being written in the app's case editor, checked as the loader checks a file in the user
content folder: every problem with its line in the draft, the case as it would load, and the
outcome the assessment engine gives for its recorded indicators. Qt-free, so the editor stays thin.

Also the small text edits the editor makes for the trainer: reading and rewriting the
`indicators:` and `expected_outcome:` lines of the front matter."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from content.checks import check_document_links
from content.model import Case, KnowledgeBase, Origin
from content.user_content import Layer, merge_layers

CASE_TEMPLATE = """---
id: {id}
title: "{title}"
sector: other
indicators: []
expected_outcome: no-indication
based_on: composite
invented: "Everything: the place, the employer and the workers are invented for this workshop."
sources:
  - document: "Labour Law (Zakon o radu), Sl. glasnik RS 24/2005, as amended up to 109/2025"
    article: "art. 30"
    year: 2005
reviewed: {today}
---

## Situation

Where the inspection takes place, who works there, and why the inspector came.

## What the inspection found

What the inspector saw, was told and found in the papers.

## Questions for discussion

1. Which indicators do you recognise?
2. Is this a labour-law violation, or possible trafficking?

## Analysis

Which indicators are present, dimension by dimension, and what they add up to.

## What was done

What the inspector did, and whom they informed.
"""

_INDICATORS = re.compile(r"^indicators\s*:(.*)$")
_EXPECTED = re.compile(r"^expected_outcome\s*:(.*)$")
_ID = re.compile(r"^id\s*:\s*[\"']?([a-z0-9][a-z0-9-]*)[\"']?\s*$")


def case_template(case_id: str = "my-new-case", title: str = "My new case", today: date | None = None) -> str:
    return CASE_TEMPLATE.format(id=case_id, title=title, today=(today or date.today()).isoformat())


@dataclass(frozen=True)
class DraftProblem:
    line: int  # 1-based, in the draft
    message: str


@dataclass(frozen=True)
class DraftCheck:
    case: Case | None  # the case as it would load (None: the draft does not load yet)
    kb: KnowledgeBase  # the knowledge base with the draft in it (for the preview)
    problems: tuple[DraftProblem, ...]
    outcome: str  # what the engine gives for the draft's indicators ("" when it cannot tell)
    recorded: tuple[str, ...]  # the indicator ids written in the draft


def _front_matter_end(lines: list[str]) -> int:
    """The index of the closing `---` of the front matter (len(lines) when there is none)."""
    if not lines or lines[0].strip() != "---":
        return len(lines)
    return next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), len(lines))


def draft_id(text: str) -> str:
    lines = text.split("\n")
    for line in lines[: _front_matter_end(lines)]:
        match = _ID.match(line)
        if match:
            return match.group(1)
    return ""


def recorded_ids(text: str) -> list[str]:
    """The ids on the draft's `indicators: [a, b]` line (flow style, as the editor writes it)."""
    lines = text.split("\n")
    for line in lines[: _front_matter_end(lines)]:
        match = _INDICATORS.match(line)
        if match:
            inner = match.group(1).strip().strip("[]")
            return [part.strip().strip("\"'") for part in inner.split(",") if part.strip()]
    return []


def _set_line(text: str, pattern: re.Pattern[str], new_line: str, after: str) -> str:
    lines = text.split("\n")
    end = _front_matter_end(lines)
    for i in range(end):
        if pattern.match(lines[i]):
            lines[i] = new_line
            return "\n".join(lines)
    # Not there: put it after `after:` (or at the end of the front matter).
    anchor = next((i for i in range(end) if lines[i].startswith(f"{after}:")), end - 1)
    lines.insert(anchor + 1, new_line)
    return "\n".join(lines)


def with_indicators(text: str, ids: list[str]) -> str:
    return _set_line(text, _INDICATORS, f"indicators: [{', '.join(ids)}]", "sector")


def with_expected_outcome(text: str, outcome: str) -> str:
    return _set_line(text, _EXPECTED, f"expected_outcome: {outcome}", "indicators")


def engine_outcome(kb: KnowledgeBase, ids: list[str]) -> str:
    """The engine's outcome for `ids` ("" when an id is unknown or the rules are missing)."""
    from content.assessment.engine import assess

    known = kb.recordable_ids()
    if kb.rules is None or any(i not in known for i in ids):
        return ""
    return assess(kb, ids).outcome


def check_draft(kb: KnowledgeBase, text: str, file_name: str = "draft.md", replacing: Path | None = None) -> DraftCheck:
    """Load `text` as the user case file `cases/<file_name>` over `kb`. `replacing`: the file the
    draft was opened from, whose saved version is left out (it is the same case)."""
    base = kb
    if replacing is not None:
        target = replacing.resolve()
        kept = {
            doc_id: versions
            for doc_id, versions in kb.cases.items()
            if not any(doc.path.resolve() == target for doc in versions.values())
        }
        base = replace(kb, cases=kept)
    with tempfile.TemporaryDirectory(prefix="prepoznaj-draft-") as tmp:
        folder = Path(tmp)
        (folder / "cases").mkdir()
        path = folder / "cases" / file_name
        path.write_text(text, encoding="utf-8")
        raw: list = []
        articles, cases = merge_layers(base, [Layer(folder, Origin(kind="user"), trusted=False)], raw)
        merged = replace(base, articles=articles, cases=cases)
        lang = "sr" if file_name.endswith(".sr.md") else "en"
        case = next(
            (v for versions in cases.values() for v in versions.values() if v.path == path and v.lang == lang), None
        )
        if case is not None:
            raw += check_document_links(merged, [case])
        problems = sorted(
            {DraftProblem(max(p.line, 1), p.message) for p in raw if p.path == path},
            key=lambda p: (p.line, p.message),
        )
    recorded = recorded_ids(text)
    outcome = engine_outcome(kb, recorded)
    if case is not None and outcome and case.expected_outcome != outcome:
        line = next((n for n, t in enumerate(text.split("\n"), 1) if _EXPECTED.match(t)), 1)
        problems.append(
            DraftProblem(
                line,
                f"expected_outcome is '{case.expected_outcome}' but the assessment engine gives '{outcome}' "
                "for the recorded indicators",
            )
        )
    return DraftCheck(
        case=case,
        kb=merged,
        problems=tuple(problems),
        outcome=outcome,
        recorded=tuple(recorded),
    )
