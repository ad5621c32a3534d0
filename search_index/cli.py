"""`python -m search_index build|search`: the index without the GUI."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from content.loader import load_knowledge_base
from content.paths import CONTENT_DIR
from search_index.documents import KINDS
from search_index.service import open_search
from search_index.store import IndexState, default_index_dir, ensure_index


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m search_index", description=__doc__)
    parser.add_argument("--content-dir", type=Path, default=CONTENT_DIR, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build or update the index (skipped when the content is unchanged)")
    build.add_argument("--index-dir", type=Path, default=None, help="index folder (default: user cache)")
    build.add_argument("--force", action="store_true", help="rebuild even when the index is fresh")
    search = sub.add_parser("search", help="search the knowledge base")
    search.add_argument("query", help="any text; quotes make a phrase, word* a prefix")
    search.add_argument("--json", action="store_true", help="print a JSON list of hits")
    search.add_argument("--limit", type=int, default=10, help="at most this many hits (default 10)")
    search.add_argument("--lang", choices=("en", "sr"), help="only hits in this language")
    search.add_argument("--kind", action="append", choices=KINDS, help="only this kind (repeatable)")
    search.add_argument("--jurisdiction", action="append", help="only this jurisdiction (repeatable)")
    search.add_argument("--topic", action="append", help="only this topic (repeatable)")
    search.add_argument("--index-dir", type=Path, default=None, help="index folder (default: user cache)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    loaded = load_knowledge_base(args.content_dir)
    for problem in loaded.problems:
        print(f"warning: {problem.format(Path.cwd())}", file=sys.stderr)
    index_dir = args.index_dir or default_index_dir()
    if args.command == "build":
        if args.force:
            from search_index.store import build_index

            built = build_index(loaded.kb, index_dir)
            print(f"built {built.doc_count} documents into {index_dir}", file=sys.stderr)
            return 0
        state, meta = ensure_index(loaded.kb, index_dir)
        count = meta.doc_count if meta else 0
        if state is IndexState.FRESH:
            print(f"index is up to date ({count} documents) in {index_dir}", file=sys.stderr)
        else:
            print(f"index was {state.value}; built {count} documents into {index_dir}", file=sys.stderr)
        return 0
    opened = open_search(loaded.kb, index_dir)
    if opened.message:
        print(opened.message, file=sys.stderr)
    with opened.index as index:
        results = index.search(
            args.query,
            limit=max(0, args.limit),
            lang=args.lang,
            languages=[args.lang] if args.lang else None,
            kinds=args.kind,
            jurisdictions=args.jurisdiction,
            topics=args.topic,
        )
    if args.json:
        print(json.dumps([h.as_json() for h in results.hits], ensure_ascii=False, indent=1))
        if results.suggestion:
            print(f"did you mean: {results.suggestion}", file=sys.stderr)
        return 0
    if not results.hits:
        print("no results" + (f" — did you mean: {results.suggestion}?" if results.suggestion else ""))
        return 0
    for hit in results.hits:
        print(f"{hit.score:7.2f}  [{hit.kind}/{hit.lang}] {hit.title}  ({hit.href})")
    return 0
