"""One Serbian term per concept: warn where a Serbian text uses a wording the glossary marks as
`avoid_sr` (for example *sredstvo* for the "means" element of Criminal Code art. 388, where the
statute and the glossary say *način izvršenja*)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from content.model import KnowledgeBase, Problem

# Lines of the glossary that list wordings (synonyms for search, the avoid list itself) rather
# than use them.
_LISTING_KEY = re.compile(r"^\s*(also_sr|avoid_sr)\s*:")


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """`sredstv* izvršenja` → a case-insensitive pattern on whole words, any whitespace between."""
    words = []
    for word in phrase.split():
        stem = re.escape(word.rstrip("*"))
        words.append(stem + (r"\w*" if word.endswith("*") else ""))
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _serbian_files(root: Path) -> Iterator[Path]:
    yield from sorted(root.glob("guidance/*/*.sr.md"))
    yield from sorted(root.glob("cases/*.sr.md"))
    yield from sorted(root.glob("*.yaml"))
    yield from sorted(root.glob("trees/*.yaml"))


def find_avoided(text: str, patterns: list[tuple[str, str, re.Pattern[str]]]) -> list[tuple[int, str, str]]:
    """(line, phrase, term id) for every avoided wording in `text`; a wording broken across two
    lines is found on the line where it starts."""
    lines = text.split("\n")
    found: list[tuple[int, str, str]] = []
    for index, line in enumerate(lines):
        if _LISTING_KEY.match(line):
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        joined = line + " " + following.strip()
        for phrase, term_id, pattern in patterns:
            for match in pattern.finditer(joined):
                if match.start() < len(line):
                    found.append((index + 1, phrase, term_id))
    return found


def duplicate_terms(kb: KnowledgeBase) -> list[Problem]:
    """One Serbian term per concept: two glossary entries with the same Serbian term are one concept
    written twice (or two concepts sharing a name, which a reader cannot tell apart)."""
    seen: dict[str, str] = {}
    problems = []
    path = kb.root / "glossary.yaml"
    for term in kb.glossary.values():
        key = " ".join(term.term.sr.casefold().split())
        if key in seen:
            problems.append(
                Problem(
                    path,
                    _line_of_id(path, term.id),
                    f"glossary '{term.id}': Serbian term '{term.term.sr}' is already used by '{seen[key]}'",
                    severity="warning",
                )
            )
        else:
            seen[key] = term.id
    return problems


def _line_of_id(path: Path, term_id: str) -> int:
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return 1
    pattern = re.compile(rf"^\s*-\s*id:\s*['\"]?{re.escape(term_id)}['\"]?\s*$")
    return next((i + 1 for i, line in enumerate(lines) if pattern.match(line)), 1)


def check_terminology(kb: KnowledgeBase) -> list[Problem]:
    problems = duplicate_terms(kb)
    patterns = [(phrase, term.id, phrase_pattern(phrase)) for term in kb.glossary.values() for phrase in term.avoid_sr]
    if not patterns:
        return problems
    for path in _serbian_files(kb.root):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the loader reports unreadable files
        for line, phrase, term_id in find_avoided(text, patterns):
            preferred = kb.glossary[term_id].term.sr
            problems.append(
                Problem(
                    path,
                    line,
                    f"avoided term '{phrase}' (glossary '{term_id}'): write '{preferred}'",
                    severity="warning",
                )
            )
    return problems
