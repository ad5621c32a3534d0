"""`python -m content …`: validate the knowledge base and run the assessment without the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from content import translations_cli
from content.assessment import cli as assessment_cli
from content.checks import check_links
from content.citations import check_citations
from content.fieldkit_model import check_fieldkit
from content.loader import load_knowledge_base
from content.model import Problem
from content.packs import cli as packs_cli
from content.paths import CONTENT_DIR
from content.terminology import check_terminology
from content.translations import check_translations


def _shown_path_base() -> Path:
    return Path.cwd()


def run_check(root: Path, strict: bool = False, user_dir: Path | None = None) -> int:
    """Print every problem; warnings (translations behind their original, avoided terms) fail the
    check only when `strict`. With `user_dir`, the user content folder (own content and installed
    packs) is merged in and checked too."""
    if user_dir is not None:
        from content.user_content import load_with_user_content

        result = load_with_user_content(root, user_dir)
    else:
        result = load_knowledge_base(root)
    problems: list[Problem] = list(result.problems)
    if user_dir is None:  # with a user folder, the loader has read the trusted keys already
        problems += _trusted_key_problems(root)
    problems += check_links(result.kb)
    problems += check_translations(result.kb)
    problems += check_terminology(result.kb)
    problems += check_citations(result.kb)
    problems += check_fieldkit(result.kb)
    base = _shown_path_base()
    for problem in sorted(problems, key=lambda p: (str(p.path), p.line)):
        print(problem.format(base))
    warnings = [p for p in problems if p.severity == "warning"]
    if not strict:
        problems = [p for p in problems if p.severity != "warning"]
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
    if warnings:
        print(f"knowledge base is valid, with {len(warnings)} warning(s): {summary}", file=sys.stderr)
        return 0
    print(f"knowledge base is clean: {summary}", file=sys.stderr)
    return 0


def _trusted_key_problems(root: Path) -> list[Problem]:
    """Problems in the bundled trusted_keys.yaml (the keys that may sign official packs)."""
    from content.packs.signing import load_trusted_keys
    from content.user_content import trusted_key_files

    _, found = load_trusted_keys(trusted_key_files(root.resolve(), None))
    return [Problem(Path(p.file), p.line or 1, p.message) for p in found]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m content", description=__doc__)
    parser.add_argument(
        "--content-dir", type=Path, default=CONTENT_DIR, help="knowledge base folder (default: the bundled one)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate the whole knowledge base; prints file:line: message per problem")
    check.add_argument(
        "--strict", action="store_true", help="warnings (e.g. a translation behind its original) are errors too"
    )
    check.add_argument(
        "--user-dir", type=Path, default=None, help="also check this user content folder (own content, installed packs)"
    )
    packs_cli.add_parser(sub)
    translations_cli.add_parser(sub)
    assessment_cli.add_parser(sub)
    assessment_cli.add_validate_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return run_check(args.content_dir, strict=args.strict, user_dir=args.user_dir)
    if args.command == "pack":
        return packs_cli.run(args)
    if args.command == "translations":
        return translations_cli.run(args)
    if args.command == "assess":
        return assessment_cli.run(load_knowledge_base(args.content_dir), args)
    if args.command == "validate":
        return assessment_cli.run_validate(load_knowledge_base(args.content_dir), args)
    return 2
