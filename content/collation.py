"""Serbian alphabetical order, in either script (Qt-free: the content layer sorts its own lists).

Latin: a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž.
Cyrillic: а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш.
A list shown in Cyrillic is sorted in Cyrillic order, which is not the Latin one. English is
sorted a to z. Spaces and punctuation come before letters (word by word), as in dictionaries and
in the interface's own lists: the desktop sorts with this module too (desktop.i18n.sort_key)."""

from __future__ import annotations

import unicodedata

from content.translit import to_cyrillic

_LATIN = ["a", "b", "c", "č", "ć", "d", "dž", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "lj", "m", "n",
          "nj", "o", "p", "r", "s", "š", "t", "u", "v", "z", "ž"]  # fmt: skip
_CYRILLIC = list("абвгдђежзијклљмнњопрстћуфхцчџш")
_DIGRAPHS = {"dž", "lj", "nj"}
_LATIN_RANK = {letter: rank for rank, letter in enumerate(_LATIN)}
_CYRILLIC_RANK = {letter: rank for rank, letter in enumerate(_CYRILLIC)}


def _other(char: str) -> int:
    """Where a character outside the alphabet goes: spaces and punctuation first (so that lists
    are sorted word by word, "inspektor rada" before "inspektorat"), then digits, both before the
    letters; anything else (q, w, x, y in Serbian, other scripts) after them, by code point."""
    if char.isspace():
        return 0
    if char.isdigit():
        return 200 + ord(char)
    if not char.isalnum():
        return 1 + min(ord(char), 198)
    return 1000 + ord(char)


_LETTERS_FROM = 400  # the alphabet's ranks start here: after spaces, punctuation and digits


def _latin_key(text: str) -> tuple[int, ...]:
    key: list[int] = []
    word = text.casefold()
    index = 0
    while index < len(word):
        pair = word[index : index + 2]
        if pair in _DIGRAPHS:
            key.append(_LETTERS_FROM + _LATIN_RANK[pair])
            index += 2
            continue
        char = word[index]
        rank = _LATIN_RANK.get(char)
        key.append(_LETTERS_FROM + rank if rank is not None else _other(char))
        index += 1
    return tuple(key)


def _cyrillic_key(text: str) -> tuple[int, ...]:
    key: list[int] = []
    for char in to_cyrillic(text).casefold():
        rank = _CYRILLIC_RANK.get(char)
        key.append(_LETTERS_FROM + rank if rank is not None else _other(char))
    return tuple(key)


def serbian_sort_key(text: str, cyrillic: bool = False) -> tuple[int, ...]:
    """Sort key for Serbian text written in Latin, in the order of the script it is shown in."""
    return _cyrillic_key(text) if cyrillic else _latin_key(text)


def english_sort_key(text: str) -> tuple[int, ...]:
    """Sort key for English text: a to z, accents and case aside, word by word."""
    key: list[int] = []
    for char in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.combining(char):
            continue
        key.append(_LETTERS_FROM + ord(char) - ord("a") if "a" <= char <= "z" else _other(char))
    return tuple(key)


def sort_key(text: str, lang: str, cyrillic: bool = False) -> tuple[int, ...]:
    """The one collation of the app, for the content layer and the desktop alike: Serbian ("sr")
    in the order of the script it is shown in, anything else in English order."""
    return serbian_sort_key(text, cyrillic) if lang == "sr" else english_sort_key(text)
