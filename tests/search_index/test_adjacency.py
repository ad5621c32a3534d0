"""The key sequences read as text give what the stored bytes say.

Phrase checks and highlight positions read each document's key sequence as a string with one
character per key (`Lexicon.key_text`, decoded at open from `sequences.bin`), and the phrase
bonus looks for two keys side by side only between the first and last occurrence of each.
Each answer is compared here with one worked out from the stored bytes, key by key."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search_index import ranking
from search_index.lexicon import SEPARATOR, Lexicon, decode_key_sequence, encode_key_sequence, key_chars, sequence_text
from search_index.searcher import SearchIndex

CHECKS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def lexicon(real_index: SearchIndex) -> Lexicon:
    return real_index.lexicon


def stored_keys(lexicon: Lexicon, docnum: int) -> list[int]:
    """A document's key sequence as the build stored it (title, separator, body)."""
    starts = lexicon.sequence_start
    return decode_key_sequence(lexicon.sequences[starts[docnum] : starts[docnum + 1]])


def has_postings(lexicon: Lexicon, kid: int, docnum: int) -> bool:
    return docnum in lexicon.postings(kid)[0]


def test_key_text_has_a_character_per_stored_key_in_every_document(lexicon: Lexicon) -> None:
    separator = chr(max(0xFFFF, len(lexicon.keys)))
    for docnum in range(len(lexicon.docs)):
        text, start, end = lexicon.keys_text(docnum)
        expected = "".join(separator if k == SEPARATOR else chr(k) for k in stored_keys(lexicon, docnum))
        assert text[start:end] == expected, docnum


@pytest.mark.parametrize(
    "count",
    [
        0xD800,  # the most keys read as UTF-16: none is a surrogate
        0xD801,  # read as UTF-32: a key may be a surrogate
        0x10FFFE,  # the most keys there can be
    ],
)
def test_any_key_id_becomes_its_character_and_the_separator_one_no_key_has(count: int) -> None:
    """Ids of every width (one byte, two, three), surrogates among them where there can be,
    side by side, so a key that begins inside another cannot pass unseen."""
    every = [0, 7, 0xFF, 0x100, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFF, 0x10000, 0x10FFFD, 0xFF00]
    keys = [k for k in every if k < count]
    sequence = [*keys[:3], SEPARATOR, *keys[3:], SEPARATOR, *keys[3:]]
    text = sequence_text(encode_key_sequence(sequence), count)
    assert [ord(c) for c in text] == [max(0xFFFF, count) if k == SEPARATOR else k for k in sequence]


@CHECKS
@given(data=st.data())
def test_two_keys_stand_together_where_the_stored_sequence_has_them_side_by_side(
    lexicon: Lexicon, data: st.DataObject
) -> None:
    """Pairs of keys of a document: neighbours (side by side, by construction), keys drawn
    anywhere in it (mostly apart; frequent small words among them), a key with itself, and a
    key it lacks; asked in either order. A key with postings counts only where the document
    has it among them."""
    docnum = data.draw(st.integers(0, len(lexicon.docs) - 1), label="document")
    keys = stored_keys(lexicon, docnum)
    words = [k for k in keys if k != SEPARATOR]
    at = data.draw(st.integers(0, len(keys) - 2), label="at")
    missing = next(k for k in range(len(lexicon.keys)) if k not in set(keys))
    a = data.draw(st.sampled_from([keys[at], *words]), label="a")
    b = data.draw(st.sampled_from([keys[at + 1], a, missing, *words]), label="b")
    if data.draw(st.booleans(), label="asked in the other order"):
        a, b = b, a
    if SEPARATOR in (a, b):
        return
    together = set(pairwise(keys))
    indexed = all(not lexicon.key_df[k] or has_postings(lexicon, k, docnum) for k in (a, b))
    expected = ((a, b) in together or (b, a) in together) and indexed
    reader = ranking._DocumentKeys(lexicon, docnum)
    left, right = reader.present((a,)), reader.present((b,))
    assert (bool(left and right) and reader.adjacent(left, right)) == expected, (docnum, a, b)


@CHECKS
@given(data=st.data())
def test_body_matches_and_phrases_are_those_of_the_stored_sequence(lexicon: Lexicon, data: st.DataObject) -> None:
    docnum = data.draw(st.integers(0, len(lexicon.docs) - 1), label="document")
    keys = stored_keys(lexicon, docnum)
    body = keys[keys.index(SEPARATOR) + 1 :]
    if not body:
        return
    kid = data.draw(st.sampled_from(body), label="key")
    other = data.draw(st.sampled_from(body), label="another key")
    assert lexicon.body_matches(docnum, {kid, other}) == [(i, k) for i, k in enumerate(body) if k in (kid, other)]
    at = data.draw(st.integers(0, len(keys) - 1), label="at")
    length = data.draw(st.integers(1, 4), label="length")
    phrase = keys[at : at + length]
    if SEPARATOR not in phrase:  # (a phrase never runs from the title into the body)
        assert lexicon.has_keys(docnum, key_chars(phrase))
        changed = [*phrase[:-1], next(k for k in range(len(lexicon.keys)) if k not in set(keys))]
        assert not lexicon.has_keys(docnum, key_chars(changed))
