"""`python -m content translations`: which translations are in step with their originals, and
`--mark FILE` to record that a translation now matches the current version of its original."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from content.frontmatter import FrontMatterError
from content.loader import load_knowledge_base
from content.translations import mark, translation_statuses


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "translations",
        help="list translations and whether each is in step with its original; --mark FILE records it is",
    )
    parser.add_argument(
        "--mark", nargs="+", type=Path, metavar="FILE", help="record that FILE translates the current original"
    )
    parser.add_argument("--json", action="store_true", help="print the list as JSON")


def run(args: argparse.Namespace) -> int:
    if args.mark:
        failed = False
        for path in args.mark:
            try:
                result = mark(path)
            except (OSError, FrontMatterError, UnicodeDecodeError) as exc:
                print(f"{path}: cannot mark: {exc}", file=sys.stderr)
                failed = True
                continue
            print(f"{path}: translates {result.lang} version {result.digest[:12]} ({result.date})")
        return 2 if failed else 0
    statuses = translation_statuses(load_knowledge_base(args.content_dir).kb)
    if args.json:
        rows = [
            {
                "id": s.doc_id,
                "kind": s.kind,
                "state": s.state,
                "original": str(s.original),
                "original_lang": s.original_lang,
                "translation": str(s.translation) if s.translation else None,
            }
            for s in statuses
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for s in statuses:
        shown = s.translation.name if s.translation else "-"
        print(f"{s.state:13} {s.kind:8} {s.doc_id:45} {shown}")
    counts = Counter(s.state for s in statuses)
    print(", ".join(f"{n} {state}" for state, n in sorted(counts.items())), file=sys.stderr)
    return 0
