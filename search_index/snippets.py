"""Snippets: the best short window of a document's text, with the matched words in <b>.

Nothing is re-analysed: the positions of matched words come from the stored key sequence and
their character offsets from the offsets stored with the document."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

SNIPPET_WORDS = 32  # words in a snippet window
CONTEXT_BEFORE = 6  # words shown before the first match
FALLBACK_CHARS = 200  # text shown when no word of the body matched


def best_window(matches: Sequence[tuple[int, int]], total_words: int, size: int = SNIPPET_WORDS) -> tuple[int, int]:
    """[first, last) word range of `size` words holding the most different matched keys.

    `matches` are (position, key) pairs sorted by position."""
    if not matches:
        return 0, min(total_words, size)
    best_start, best_rank = matches[0][0], (0, 0)
    left = 0
    counts: dict[int, int] = {}
    for right, (position, key) in enumerate(matches):
        counts[key] = counts.get(key, 0) + 1
        while position - matches[left][0] >= size - CONTEXT_BEFORE:
            old_key = matches[left][1]
            counts[old_key] -= 1
            if not counts[old_key]:
                del counts[old_key]
            left += 1
        rank = (len(counts), right - left + 1)
        if rank > best_rank:
            best_rank, best_start = rank, matches[left][0]
    first = max(0, best_start - CONTEXT_BEFORE)
    last = min(total_words, first + size)
    first = max(0, min(first, last - size))
    return first, last


def make_snippet(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    matches: Sequence[tuple[int, int]],
) -> str:
    """HTML: a window of `text` around the matched words (positions into starts/ends)."""
    total = len(starts)
    if not total:
        return escape(_flat(text[:FALLBACK_CHARS]))
    if not matches:
        cut = _cut(text, FALLBACK_CHARS)
        return escape(_flat(cut)) + (" …" if len(cut) < len(text.rstrip()) else "")
    first, last = best_window(matches, total)
    marked = sorted({p for p, _k in matches if first <= p < last})
    begin = starts[first]
    end = ends[last - 1]
    parts: list[str] = []
    if first > 0:
        parts.append("… ")
    cursor = begin
    for position in marked:
        parts.append(escape(_flat(text[cursor : starts[position]])))
        parts.append(f"<b>{escape(text[starts[position] : ends[position]])}</b>")
        cursor = ends[position]
    parts.append(escape(_flat(text[cursor:end])))
    if last < total:
        parts.append(" …")
    return "".join(parts)


def highlight_words(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """HTML of `text` with the character spans in <b> (spans sorted, not overlapping)."""
    parts: list[str] = []
    cursor = 0
    for start, end in spans:
        parts.append(escape(text[cursor:start]))
        parts.append(f"<b>{escape(text[start:end])}</b>")
        cursor = end
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def _flat(text: str) -> str:
    return text.replace("\n", " · ")


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit)
    return text[: space if space > limit // 2 else limit]
