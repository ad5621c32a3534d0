"""Serbian alphabetical order, in either script (Qt-free: the content layer sorts its own lists).

Latin: a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž.
Cyrillic: а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш.
A list shown in Cyrillic is sorted in Cyrillic order, which is not the Latin one."""

from __future__ import annotations

from content.translit import to_cyrillic

_LATIN = ["a", "b", "c", "č", "ć", "d", "dž", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "lj", "m", "n",
          "nj", "o", "p", "r", "s", "š", "t", "u", "v", "z", "ž"]  # fmt: skip
_CYRILLIC = list("абвгдђежзијклљмнњопрстћуфхцчџш")
_DIGRAPHS = {"dž", "lj", "nj"}
_LATIN_RANK = {letter: rank for rank, letter in enumerate(_LATIN)}
_CYRILLIC_RANK = {letter: rank for rank, letter in enumerate(_CYRILLIC)}


def _latin_key(text: str) -> tuple[int, ...]:
    key: list[int] = []
    word = text.casefold()
    index = 0
    while index < len(word):
        pair = word[index : index + 2]
        if pair in _DIGRAPHS:
            key.append(_LATIN_RANK[pair])
            index += 2
            continue
        char = word[index]
        # Letters outside the alphabet (q, w, x, y, digits, marks) after it, by code point.
        key.append(_LATIN_RANK.get(char, 100 + ord(char)))
        index += 1
    return tuple(key)


def _cyrillic_key(text: str) -> tuple[int, ...]:
    return tuple(_CYRILLIC_RANK.get(char, 100 + ord(char)) for char in to_cyrillic(text).casefold())


def serbian_sort_key(text: str, cyrillic: bool = False) -> tuple[int, ...]:
    """Sort key for Serbian text written in Latin, in the order of the script it is shown in."""
    return _cyrillic_key(text) if cyrillic else _latin_key(text)
