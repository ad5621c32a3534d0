"""Describing a hit (its snippet, its title's marked words, the keys it matched by) takes a few
shortcuts: the window is escaped at once with marks where the bold words go, the positions of
every matched key are collected in one call, a title's words are read once, a concept's slots are
looked up once per document, a stored record is read with one call. Each must give exactly what
the plain way gives; the plain ways are written out here as the references."""

from __future__ import annotations

import os
from html import escape
from itertools import chain
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search_index import stored
from search_index.freshness import IndexMeta
from search_index.lexicon import MAX_TEXT_KEYS, SEPARATOR, DocColumns, Lexicon, encode_key_sequence
from search_index.query import Concept, Planner, parse_user_query
from search_index.ranking import Ranker
from search_index.searcher import SearchIndex
from search_index.snippets import CONTEXT_BEFORE, FALLBACK_CHARS, SNIPPET_WORDS, best_window, make_snippet
from search_index.stored import STORED_FILE, StoredTexts
from tests.search_index.test_typing_caches import vocabulary

# -- the plain ways -------------------------------------------------------------------------


def plain_best_window(matches: list[tuple[int, int]], total_words: int, size: int = SNIPPET_WORDS) -> tuple[int, int]:
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


def plain_snippet(text: str, starts: list[int], ends: list[int], matches: list[tuple[int, int]]) -> str:
    """Every piece escaped (and its line breaks flattened) alone."""

    def flat(piece: str) -> str:
        return piece.replace("\n", " · ")

    total = len(starts)
    if not total:
        return escape(flat(text[:FALLBACK_CHARS]))
    if not matches:
        space = text.rfind(" ", 0, FALLBACK_CHARS)
        cut = text if len(text) <= FALLBACK_CHARS else text[: space if space > FALLBACK_CHARS // 2 else FALLBACK_CHARS]
        return escape(flat(cut)) + (" …" if len(cut) < len(text.rstrip()) else "")
    first, last = plain_best_window(matches, total)
    marked = sorted({p for p, _k in matches if first <= p < last})
    parts = ["… "] if first > 0 else []
    cursor = starts[first]
    for position in marked:
        parts.append(escape(flat(text[cursor : starts[position]])))
        parts.append(f"<b>{escape(text[starts[position] : ends[position]])}</b>")
        cursor = ends[position]
    parts.append(escape(flat(text[cursor : ends[last - 1]])))
    if last < total:
        parts.append(" …")
    return "".join(parts)


# -- snippets of any text ---------------------------------------------------------------------

# Words and what lies between them: markup, quotes, line breaks, the characters the fast way
# marks bold words with, letters of several scripts.
WORD_TEXT = st.text(alphabet="ab<>&\"'\n\x00\x01čЖ🙂", min_size=1, max_size=6)
GAPS = st.text(alphabet=" <>&\"'\n\x00\x01·.", max_size=4)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[int], list[int], list[tuple[int, int]]]:
    """A text, its words' offsets, and (position, key) matches sorted by position."""
    count = draw(st.integers(0, 90))
    text, starts, ends = draw(GAPS), [], []
    for _ in range(count):
        word = draw(WORD_TEXT)
        starts.append(len(text))
        text += word
        ends.append(len(text))
        text += draw(GAPS)
    positions = sorted(draw(st.sets(st.integers(0, count - 1), max_size=count))) if count else []
    matches = [(p, draw(st.integers(0, 4))) for p in positions]
    return text, starts, ends, matches


@given(documents())
def test_a_snippet_is_what_escaping_each_piece_alone_gives(document: tuple[str, list[int], list[int], list]) -> None:
    text, starts, ends, matches = document
    assert make_snippet(text, starts, ends, matches) == plain_snippet(text, starts, ends, matches)
    assert best_window(matches, len(starts)) == plain_best_window(matches, len(starts))


def test_a_window_holding_a_marking_character_is_escaped_piece_by_piece() -> None:
    text = "a \x00 b <c>\x01 d"
    starts, ends = [0, 4, 6, 11], [1, 5, 9, 12]
    matches = [(1, 0), (2, 1)]
    assert make_snippet(text, starts, ends, matches) == "a \x00 <b>b</b> <b>&lt;c&gt;</b>\x01 d"
    assert make_snippet(text, starts, ends, matches) == plain_snippet(text, starts, ends, matches)


def test_a_marked_word_with_a_line_break_is_not_flattened() -> None:
    text = "one\ntwo three"
    starts, ends = [0, 8], [7, 13]
    assert make_snippet(text, starts, ends, [(0, 1)]) == "<b>one\ntwo</b> three"


# -- every matched key's positions in one call -------------------------------------------------

KEY_IDS = st.one_of(
    st.integers(0, 40), st.integers(0, MAX_TEXT_KEYS - 2), st.sampled_from([0x000500, 0x050000, 0x000005, 0xD800])
)


@given(
    st.lists(st.lists(KEY_IDS, max_size=6), min_size=1, max_size=4),
    st.lists(st.lists(KEY_IDS, max_size=60), min_size=1, max_size=4),
    st.sets(KEY_IDS, max_size=6),
)
def test_body_matches_are_the_positions_of_the_keys_in_the_body(
    titles: list[list[int]], bodies: list[list[int]], keys: set[int]
) -> None:
    """Keys whose bytes also stand across two neighbouring keys (0x000500 inside 0x..0005 0x00....)
    are found only where they are whole; the title's keys are not the body's."""
    count = min(len(titles), len(bodies))
    blob, starts = b"", []
    for title, body in zip(titles[:count], bodies[:count], strict=True):
        starts.append(len(blob))
        blob += encode_key_sequence([*title, SEPARATOR, *body])
    starts.append(len(blob))
    lexicon = Lexicon([], [], [], [], [], [], DocColumns(title_tokens=[len(t) for t in titles[:count]]), [])
    lexicon.use_sequences(blob, starts, max([0, *chain(*titles, *bodies)]) + 1)
    for docnum in range(count):
        expected = [(p, k) for p, k in enumerate(bodies[docnum]) if k in keys]
        assert lexicon.body_matches(docnum, keys) == expected


# -- the keys a hit matched by -------------------------------------------------------------------


def plain_concept_keys(ranker: Ranker, docnum: int, concept: Concept) -> frozenset[int]:
    best_score = 0.0
    best: list[dict[int, float]] = []
    for alternative in concept.alternatives:
        slots = alternative.slots
        if not slots or not all(s and ranker.slot(s).has(docnum) for s in slots):
            continue
        score = alternative.weight * sum(ranker.slot(s).score(docnum) for s in slots)
        if score > best_score:
            best_score, best = score, slots
    return frozenset(k for slot in best for k in slot if len(slot) == 1 or ranker.key_has(k, docnum))


QUERIES = [
    ("zadrzavanje licnih isprava", "sr"),  # a term with many synonyms, slots of several keys
    ("passport taken by the employer", "en"),
    ("pretnja prijavom policiji", "sr"),
    ("worker without a written contract", "en"),
    ("dužničko ropstvo rad za dug", None),
]


@pytest.mark.parametrize(("query", "lang"), QUERIES)
def test_a_hit_matched_by_the_keys_of_its_best_alternatives(real_index: SearchIndex, query: str, lang: str) -> None:
    real_index.clear_caches()
    found = real_index.search(query, 40, lang=lang)
    assert found.hits and not found.corrected_query
    ranker = Ranker(real_index.lexicon)
    plan = Planner(real_index.lexicon).plan(parse_user_query(query))
    ranker.new_query()
    ranker.score(plan, False)
    for hit in found.hits:
        expected: set[int] = set()
        for concept in plan.concepts:
            expected |= plain_concept_keys(ranker, hit.docnum, concept)
        assert ranker.matched_keys(hit.docnum, plan) == expected, hit
        assert hit.matcher.keys == frozenset(real_index.lexicon.keys[k] for k in expected)


def test_every_documents_matched_keys_for_common_words(real_index: SearchIndex) -> None:
    """Every document with any of them, not only the best: alternatives found partly, or not at all."""
    words = vocabulary(real_index, 40)[:12]
    ranker, planner = Ranker(real_index.lexicon), Planner(real_index.lexicon)
    for text in (" ".join(words[:3]), " ".join(words[3:6]), "radnik ugovor pasoš"):
        ranker.new_query()
        plan = planner.plan(parse_user_query(text))
        ranker.score(plan, False)
        for docnum in range(real_index.doc_count):
            expected = set().union(*(plain_concept_keys(ranker, docnum, c) for c in plan.concepts))
            assert ranker.matched_keys(docnum, plan) == expected, (text, docnum)


def plain_slot_counts(lexicon: Lexicon, slot: dict[int, float]) -> dict[int, float]:
    """A slot of several keys: each key's weighted counts added in, key by key (the most
    frequent key first), every posting in turn."""
    counts: dict[int, float] = {}
    for kid, weight in sorted(sorted(slot.items()), key=lambda p: -lexicon.key_df[p[0]]):
        ids, weights = lexicon.postings(kid)
        for docnum, count in zip(ids, weights, strict=True):
            counts[docnum] = counts[docnum] + weight * count if docnum in counts else weight * count
    return counts


def test_a_slot_of_several_keys_counts_every_posting_of_each(real_index: SearchIndex) -> None:
    """Ranker.slot adds the next keys' counts into the first one's: the same values, in the same
    order, as adding every posting in turn (the reference for any faster way of merging them)."""
    ranker, planner = Ranker(real_index.lexicon), Planner(real_index.lexicon)
    met = 0
    for text in ("radnici rade radniku", "ugovora ugovor", "zarada zaradu", "workers worker working"):
        ranker.new_query()
        plan = planner.plan(parse_user_query(text))
        for concept in plan.concepts:
            for alternative in concept.alternatives:
                for slot in alternative.slots:
                    if len(slot) > 1:
                        met += 1
                        expected = plain_slot_counts(real_index.lexicon, slot)
                        assert list(ranker.slot(slot).counts.items()) == list(expected.items()), slot
    assert met >= 4


@pytest.mark.parametrize("state", ["unread", "counted", "scored"])
def test_a_slots_score_in_a_document_is_looked_up_once(real_index: SearchIndex, state: str) -> None:
    """score_in (what matched_keys asks) is score where the slot has the document, else -1.0,
    whether the slot's postings are unread, counted or scored."""
    ranker, planner = Ranker(real_index.lexicon), Planner(real_index.lexicon)
    plan = planner.plan(parse_user_query("radnici bez ugovora pasoš"))
    slots = [s for c in plan.concepts for a in c.alternatives for s in a.slots if s]
    assert any(len(s) == 1 for s in slots) and any(len(s) > 1 for s in slots)
    for slot in slots:
        ranker.clear_caches()
        part = ranker.slot(slot)
        if state == "counted":
            assert part.counts
        elif state == "scored":
            assert part.scores
        for docnum in range(real_index.doc_count):
            expected = part.score(docnum) if part.has(docnum) else -1.0
            assert part.score_in(docnum) == expected, (slot, docnum)


# -- a stored record in one call ---------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "pread"), reason="the system reads at an offset only by seeking")
def test_a_record_read_at_its_offset_is_the_record_read_after_a_seek(
    real_index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meta = IndexMeta.read(real_index_dir)
    assert meta is not None
    texts = StoredTexts(real_index_dir / STORED_FILE, meta.doc_count)
    at_offset = [texts.read(d) for d in range(meta.doc_count)]
    monkeypatch.setattr(stored, "_PREAD", None)
    for docnum, (text, starts, ends) in enumerate(at_offset):
        seeking = texts.read(docnum)
        assert seeking[0] == text and seeking[1] == starts and seeking[2] == ends
