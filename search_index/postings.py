"""Reading posting lists out of Whoosh, whole, as plain lists (document numbers, counts).

Ranking is done by our own loop over these lists (ranking.py): for the few hundred to ten
thousand documents of this knowledge base that is several times faster than Whoosh's matcher
tree, and it lets one query combine alternatives, coordination and phrases freely."""

from __future__ import annotations

from collections import OrderedDict
from itertools import accumulate
from typing import Any

from whoosh.reading import IndexReader, TermNotFound

Postings = tuple[list[int], list[float]]
_EMPTY: Postings = ([], [])


class PostingsCache:
    """Posting lists by (field, key), the most recently used kept in memory."""

    def __init__(self, reader: IndexReader, capacity: int = 4096) -> None:
        self._reader = reader
        self._capacity = capacity
        self._cache: OrderedDict[tuple[str, str], Postings] = OrderedDict()

    def clear(self) -> None:
        self._cache.clear()

    def get(self, fieldname: str, key: str) -> Postings:
        entry = (fieldname, key)
        found = self._cache.get(entry)
        if found is not None:
            self._cache.move_to_end(entry)
            return found
        postings = read_postings(self._reader, fieldname, key)
        self._cache[entry] = postings
        if len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        return postings


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
