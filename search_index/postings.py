"""Reading posting lists out of Whoosh, whole, as plain lists (document numbers, counts).

Queries read postings from the decoded copy written next to the index (lexicon.py,
`postings.bin`); this is the reader of what Whoosh itself stores, by which that copy is
checked (tests/search_index/test_store.py)."""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from whoosh.reading import IndexReader, TermNotFound

Postings = tuple[list[int], list[float]]
_EMPTY: Postings = ([], [])


def read_postings(reader: IndexReader, fieldname: str, key: str) -> Postings:
    """All (document number, count) of one term, read a block at a time."""
    try:
        matcher = reader.postings(fieldname, key)
    except TermNotFound:
        return _EMPTY
    try:
        return _read_blocks(matcher)
    except AttributeError:  # not Whoosh's on-disk matcher: use its public, slower interface
        matcher = reader.postings(fieldname, key)
        ids: list[int] = []
        weights: list[float] = []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return ids, weights


def _read_blocks(matcher: Any) -> Postings:
    # Whoosh (W3LeafMatcher) stores a block as a pickled (delta-encoded ids, weights, values)
    # tuple; its public interface steps posting by posting and decodes ids in a Python
    # generator. Decoding whole blocks with itertools.accumulate is about ten times faster.
    ids: list[int] = []
    weights: list[float] = []
    while matcher.is_active():
        matcher._read_data()
        raw_ids, raw_weights = matcher._data[0], matcher._data[1]
        block = list(accumulate(raw_ids))  # each block's ids are delta-encoded from zero
        ids.extend(block)
        if raw_weights is None:
            weights.extend([1.0] * len(block))
        elif isinstance(raw_weights, float):
            weights.extend([raw_weights] * len(block))
        else:
            weights.extend(raw_weights)
        matcher._next_block()
    return ids, weights
