"""Every training case must give, through the engine, the outcome its front matter expects."""

from __future__ import annotations

import re
from pathlib import Path

from content.assessment.engine import UnknownIdError, assess
from content.assessment.model import Rules
from content.model import KnowledgeBase, Problem

_EXPECTED = re.compile(r"^expected_outcome\s*:")


def _line_of_expected(path: Path) -> int:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    return next((n for n, line in enumerate(lines, start=1) if _EXPECTED.match(line)), 1)


def check_case_outcomes(kb: KnowledgeBase, rules: Rules) -> list[Problem]:
    problems: list[Problem] = []
    for case in kb.iter_cases():
        try:
            result = assess(kb, case.recorded, rules)
        except UnknownIdError:
            continue  # already reported by the loader, with its line
        if result.outcome != case.expected_outcome:
            positive = ", ".join(result.positive_dimensions) or "none"
            problems.append(
                Problem(
                    case.path,
                    _line_of_expected(case.path),
                    f"expected_outcome is '{case.expected_outcome}' but the assessment engine gives "
                    f"'{result.outcome}' for the recorded ids (positive dimensions: {positive})",
                )
            )
    return problems
