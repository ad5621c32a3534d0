"""Analysis: case, diacritics and script do not matter; inflected forms meet at one key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search_index.analysis import (
    edit_distance,
    english_key,
    fold,
    is_stop,
    search_fold,
    serbian_key,
    serbian_variants,
    to_latin,
    tokenize,
)


@pytest.mark.parametrize("word", ["pasoš", "pasos", "PASOŠ", "пасош", "ПАСОШ", "Pasoš"])
def test_script_case_and_diacritics_fold_alike(word: str) -> None:
    assert search_fold(word) == "pasos"


@pytest.mark.parametrize("word", ["Đorđe", "Djordje", "Dordje", "Ђорђе", "djordje"])
def test_dj_and_d_are_one_letter(word: str) -> None:
    assert search_fold(word) == "dorde"


def test_other_accents_are_dropped_too() -> None:
    assert search_fold("Sürya") == "surya"
    assert search_fold("workers’") == search_fold("workers'") == "workers"


@pytest.mark.parametrize(
    "forms",
    [
        ("radnik", "radnika", "radniku", "radnike", "radnicima", "радника"),
        ("pasoš", "pasoša", "pasošu", "pasoše", "pasosa", "пасоша"),
        ("ugovor", "ugovora", "ugovoru", "ugovori", "ugovorom"),
        ("zarada", "zarade", "zaradu", "zaradi"),
        ("dužničko", "dužničkog", "duznicko", "дужничко"),
    ],
)
def test_serbian_inflected_forms_share_a_key(forms: tuple[str, ...]) -> None:
    keys = {serbian_key(search_fold(f)) for f in forms}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("changed", "plain"), [("radnici", "radnik"), ("kolezi", "kolega"), ("žrtava", "žrtva")])
def test_serbian_sound_changes_are_proposed_as_variants(changed: str, plain: str) -> None:
    """Palatalisation (k → c, g → z) and the fleeting a are offered as alternative keys."""
    assert serbian_key(search_fold(plain)) in serbian_variants(serbian_key(search_fold(changed)))


@pytest.mark.parametrize(
    "forms",
    [
        ("worker", "workers"),
        ("labour", "labor", "labours"),
        ("recognise", "recognize", "recognised"),
        ("organisation", "organization"),
        ("paid", "pay", "pays"),
        ("kept", "keep", "keeps"),
        ("trafficking", "trafficked", "traffick"),
    ],
)
def test_english_stems_join_forms_and_spellings(forms: tuple[str, ...]) -> None:
    keys = {english_key(search_fold(f)) for f in forms}
    assert len(keys) == 1, keys


def test_stop_words_of_both_languages() -> None:
    assert is_stop("the") and is_stop("who") and is_stop("je") and is_stop(search_fold("šta"))
    assert not is_stop("passport") and not is_stop("bez") and not is_stop("rad")


def test_tokenize_gives_offsets_into_the_text() -> None:
    text = "Radnik — pasoš, 2011/36/EU i đak."
    for word, start, end in tokenize(text):
        assert text[start:end] == word
    assert [w for w, _s, _e in tokenize(text)] == ["Radnik", "pasoš", "2011", "36", "EU", "i", "đak"]


def test_edit_distance_counts_a_swap_as_one() -> None:
    assert edit_distance("trafficing", "trafficking", 2) == 1
    assert edit_distance("refelction", "reflection", 2) == 1
    assert edit_distance("abc", "xyz", 1) == 2  # above the limit: limit + 1


@given(st.text(max_size=40))
def test_folding_is_idempotent_and_total(text: str) -> None:
    assert search_fold(search_fold(text)) == search_fold(text)
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet="абвгдђежзијклљмнњопрстћуфхцчџш ", max_size=30))
def test_cyrillic_folds_like_its_latin_transliteration(text: str) -> None:
    assert search_fold(text) == search_fold(to_latin(text))


@given(st.text(max_size=60))
def test_tokens_are_always_slices_of_the_text(text: str) -> None:
    for word, start, end in tokenize(text):
        assert text[start:end] == word and word


@given(st.text(alphabet="abcdefgh", max_size=8), st.text(alphabet="abcdefgh", max_size=8))
def test_edit_distance_is_symmetric_and_bounded(a: str, b: str) -> None:
    assert edit_distance(a, b, 3) == edit_distance(b, a, 3)
    assert (edit_distance(a, b, 3) == 0) == (a == b)


def table_distance(a: str, b: str) -> int:
    """The optimal-string-alignment distance by its textbook table (a cell per pair of letters)."""
    rows = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


LETTERS = "abcšč"  # few: repeated letters are common


@st.composite
def typed(draw: st.DrawFn) -> tuple[str, str]:
    """A word and the word typed with a few slips: letters swapped with their neighbour,
    replaced, left out or added."""
    word = draw(st.text(alphabet=LETTERS, max_size=12))
    letters = list(word)
    for _slip in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["swap", "replace", "leave out", "add"]))
        at = draw(st.integers(0, len(letters)))
        if kind == "swap" and at + 1 < len(letters):
            letters[at], letters[at + 1] = letters[at + 1], letters[at]
        elif kind == "replace" and at < len(letters):
            letters[at] = draw(st.sampled_from(LETTERS))
        elif kind == "leave out" and at < len(letters):
            del letters[at]
        elif kind == "add":
            letters.insert(at, draw(st.sampled_from(LETTERS)))
    return word, "".join(letters)


@given(typed(), st.integers(min_value=0, max_value=3))
def test_edit_distance_is_the_alignment_tables_up_to_the_limit(pair: tuple[str, str], limit: int) -> None:
    a, b = pair
    expected = table_distance(a, b)
    assert edit_distance(a, b, limit) == (expected if expected <= limit else limit + 1), (a, b, limit)
    assert edit_distance(b, a, limit) == edit_distance(a, b, limit)
