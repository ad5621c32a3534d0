"""`python -m content …`: validate the knowledge base and run the assessment without the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from content.assessment import cli as assessment_cli
from content.checks import check_links
from content.loader import load_knowledge_base
from content.model import Problem
from content.paths import CONTENT_DIR


def _shown_path_base() -> Path:
    return Path.cwd()


def run_check(root: Path) -> int:
    result = load_knowledge_base(root)
    problems: list[Problem] = list(result.problems)
    problems += check_links(result.kb)
    base = _shown_path_base()
    for problem in sorted(problems, key=lambda p: (str(p.path), p.line)):
        print(problem.format(base))
    kb = result.kb
    summary = (
        f"{sum(len(v) for v in kb.articles.values())} articles, "
        f"{sum(len(v) for v in kb.cases.values())} cases, {len(kb.indicators)} indicators, "
        f"{len(kb.checks)} labour-law checks, {len(kb.glossary)} glossary terms, "
        f"{len(kb.contacts)} contacts, "
        f"rules {', '.join(f'{r.id} {r.version}' for r in kb.rule_sets.values()) or '(not loaded)'}"
        f"{' (default ' + kb.rules.id + ')' if kb.rules and len(kb.rule_sets) > 1 else ''}, "
        f"{len(kb.trees)} decision tree(s)"
    )
    if problems:
        print(f"{len(problems)} problem(s) in the knowledge base ({summary})", file=sys.stderr)
        return 1
    print(f"knowledge base is clean: {summary}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m content", description=__doc__)
    parser.add_argument(
        "--content-dir", type=Path, default=CONTENT_DIR, help="knowledge base folder (default: the bundled one)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate the whole knowledge base; prints file:line: message per problem")
    assessment_cli.add_parser(sub)
    assessment_cli.add_validate_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return run_check(args.content_dir)
    if args.command == "assess":
        return assessment_cli.run(load_knowledge_base(args.content_dir), args)
    if args.command == "validate":
        return assessment_cli.run_validate(load_knowledge_base(args.content_dir), args)
    return 2
