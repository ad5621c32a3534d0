"""`python -m search_index build|search`: the index without the GUI.

`search --json` prints a JSON list of hits, each with at least id, kind, title, lang, href,
snippet (HTML, matched words in <b>) and score. When a word of the query is unknown to the
knowledge base and a correction of it finds documents ("trafficing" → "trafficking"), the hits
are those of the corrected query and each carries "corrected_query": "<the corrected text>";
"did you mean: <text>" is also printed on standard error, so the output stays a plain list.
Any query string gives exit code 0 (an empty list at worst)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from content.loader import load_knowledge_base
from content.paths import CONTENT_DIR
from search_index.documents import KINDS
from search_index.searcher import SearchResults
from search_index.service import open_search
from search_index.store import IndexState, build_index, default_index_dir, ensure_index

LANGUAGES = ("en", "sr")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m search_index",
        allow_abbrev=False,
        description="Build and search the Prepoznaj knowledge-base index.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--content-dir", type=Path, default=CONTENT_DIR, help=argparse.SUPPRESS)
    parser.add_argument(
        "--user-dir", type=Path, default=None, help="also index this user content folder (own content, installed packs)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser(
        "build", help="build or update the index (skipped when the content is unchanged)", allow_abbrev=False
    )
    build.add_argument("--index-dir", type=Path, default=None, help="index folder (default: user cache)")
    build.add_argument("--force", action="store_true", help="rebuild even when the index is fresh")
    search = sub.add_parser("search", help="search the knowledge base", allow_abbrev=False)
    search.add_argument("query", nargs="?", default="", help='any text; "quotes" make a phrase, word* a prefix')
    search.add_argument("--json", action="store_true", help="print a JSON list of hits")
    search.add_argument("--limit", type=int, default=10, help="at most this many hits (default 10)")
    search.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="your language: each document once, in this language where it exists, those first",
    )
    search.add_argument("--kind", action="append", choices=KINDS, help="only this kind (repeatable)")
    search.add_argument("--jurisdiction", action="append", help="only this jurisdiction (repeatable)")
    search.add_argument("--topic", action="append", help="only this topic (repeatable)")
    search.add_argument("--language", action="append", choices=LANGUAGES, help="only texts in this language")
    search.add_argument("--index-dir", type=Path, default=None, help="index folder (default: user cache)")
    return parser


SEARCH_OPTIONS = frozenset(
    {"-h", "--help", "--json", "--limit", "--lang", "--kind", "--jurisdiction", "--topic", "--language", "--index-dir"}
)


def _dash_query(argv: list[str]) -> tuple[list[str], str | None]:
    """A query that starts with "-" ("-x", "--") would be read as an option: any text must
    search, so the argument right after `search` is taken as the query when it is no option."""
    if "search" not in argv:
        return argv, None
    at = argv.index("search") + 1
    if at < len(argv) and argv[at].startswith("-") and argv[at].split("=")[0] not in SEARCH_OPTIONS:
        return argv[:at] + argv[at + 1 :], argv[at]
    return argv, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments, dash_query = _dash_query(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(arguments)
    if dash_query is not None:
        args.query = dash_query
    if args.user_dir is not None:
        from content.user_content import load_with_user_content

        loaded = load_with_user_content(args.content_dir, args.user_dir)
    else:
        loaded = load_knowledge_base(args.content_dir)
    for problem in loaded.problems:
        print(f"warning: {problem.format(Path.cwd())}", file=sys.stderr)
    index_dir = args.index_dir or default_index_dir()
    if args.command == "build":
        if args.force:
            built = build_index(loaded.kb, index_dir)
            print(f"built {built.doc_count} documents into {index_dir} in {built.build_seconds:.2f} s", file=sys.stderr)
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
            kinds=args.kind,
            languages=args.language,
            jurisdictions=args.jurisdiction,
            topics=args.topic,
        )
        if args.json:
            print(json.dumps([h.as_json() for h in results.hits], ensure_ascii=False, indent=1))
            if results.suggestion:
                print(f"did you mean: {results.suggestion}", file=sys.stderr)
            return 0
        _print_text(results)
    return 0


def _print_text(results: SearchResults) -> None:
    if results.corrected_query:
        print(f"showing results for: {results.corrected_query}  (typed: {results.query})")
    elif results.suggestion:
        print(f"did you mean: {results.suggestion}")
    if not results.hits:
        print("no results")
        return
    for hit in results.hits:
        print(f"{hit.score:7.2f}  [{hit.kind}/{hit.lang}] {hit.title}  ({hit.href})")
    print(f"{len(results.hits)} of {results.total} results")
    for name, counts in results.facets.items():
        if counts:
            print(f"  {name}: " + ", ".join(f"{value} {count}" for value, count in counts.items()))
