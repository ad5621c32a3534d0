"""Snippets: the best short window of a document's text, with the matched words in <b>.

Nothing is re-analysed: the positions of matched words come from the stored key sequence and
their character offsets from the offsets stored with the document."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from html import escape

SNIPPET_WORDS = 32  # words in a snippet window
CONTEXT_BEFORE = 6  # words shown before the first match
FALLBACK_CHARS = 200  # text shown when no word of the body matched


def best_window(matches: Sequence[tuple[int, int]], total_words: int, size: int = SNIPPET_WORDS) -> tuple[int, int]:
    """[first, last) word range of `size` words holding the most different matched keys (of
    equally many, the most matches; of those, the first).

    `matches` are (position, key) pairs sorted by position. One sweep: a window ending at each
    match in turn, its start moved on past matches too far before it."""
    return _window([p for p, _k in matches], [k for _p, k in matches], total_words, size)


def _window(positions: list[int], keys: list[int], total_words: int, size: int) -> tuple[int, int]:
    if not positions:
        return 0, min(total_words, size)
    reach = size - CONTEXT_BEFORE
    best_start, best_kinds, best_count = positions[0], 0, 0
    left = 0
    kinds = 0  # different keys in the window
    counts: dict[int, int] = {}
    for right, position in enumerate(positions):
        key = keys[right]
        held = counts.get(key, 0)
        counts[key] = held + 1
        if not held:
            kinds += 1
        while position - positions[left] >= reach:
            old_key = keys[left]
            held = counts[old_key] - 1
            counts[old_key] = held
            if not held:
                kinds -= 1
            left += 1
        if kinds > best_kinds or (kinds == best_kinds and right - left + 1 > best_count):
            best_kinds, best_count, best_start = kinds, right - left + 1, positions[left]
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
    positions = [p for p, _k in matches]
    first, last = _window(positions, [k for _p, k in matches], total, SNIPPET_WORDS)
    marked = sorted(set(positions[bisect_left(positions, first) : bisect_left(positions, last)]))
    begin = starts[first]
    end = ends[last - 1]
    # Escaping and flattening change each character alone: the window is escaped once, the
    # matched words marked by two characters neither changes (unless the window has them, or a
    # marked word a line break: then piece by piece, as ever).
    pieces: list[str] = []
    cursor = begin
    broken = False  # a marked word spans a line break (flattening it would change it)
    for position in marked:
        start = starts[position]
        pieces.append(text[cursor:start])
        pieces.append(_OPEN)
        cursor = ends[position]
        word = text[start:cursor]
        broken = broken or "\n" in word
        pieces.append(word)
        pieces.append(_CLOSE)
    pieces.append(text[cursor:end])
    window = "".join(pieces)
    if broken or window.count(_OPEN) != len(marked) or window.count(_CLOSE) != len(marked):
        return _make_snippet_piecewise(text, starts, ends, first, last, marked)
    html = escape(_flat(window)).replace(_OPEN, "<b>").replace(_CLOSE, "</b>")
    return ("… " if first > 0 else "") + html + (" …" if last < total else "")


_OPEN = "\x00"  # marks in a window where <b> and </b> go
_CLOSE = "\x01"


def _make_snippet_piecewise(
    text: str, starts: Sequence[int], ends: Sequence[int], first: int, last: int, marked: Sequence[int]
) -> str:
    """make_snippet's window escaped piece by piece."""
    parts: list[str] = []
    if first > 0:
        parts.append("… ")
    cursor = starts[first]
    for position in marked:
        parts.append(escape(_flat(text[cursor : starts[position]])))
        parts.append(f"<b>{escape(text[starts[position] : ends[position]])}</b>")
        cursor = ends[position]
    parts.append(escape(_flat(text[cursor : ends[last - 1]])))
    if last < len(starts):
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
