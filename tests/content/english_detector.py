"""Finding English text on a page a Serbian reader sees.

How English is told from Serbian: by function words, not by letters. Both languages are written in
Latin letters, and an English paragraph shown in Cyrillic becomes English in Cyrillic letters
("форцед лабоур"), so each block of text is first read back into Latin. A block counts as English
when it has at least two English function words that do not exist in Serbian (the, of, with …) and
more of them than Serbian function words (je, u, da, se …). Words that are both (a, i, to, on, no,
do) count for neither. Names, numbers and legal citations carry no function words, so a list of
sources or a quoted title does not trip the test; what is marked `translate="no"` (a source's title
as published, what the user typed) is skipped on purpose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

ENGLISH_ONLY = frozenset(
    [
        "the",
        "of",
        "and",
        "with",
        "is",
        "are",
        "was",
        "were",
        "for",
        "that",
        "this",
        "these",
        "those",
        "which",
        "from",
        "by",
        "be",
        "been",
        "not",
        "or",
        "an",
        "it",
        "its",
        "their",
        "they",
        "them",
        "has",
        "have",
        "had",
        "who",
        "whom",
        "when",
        "what",
        "where",
        "why",
        "how",
        "must",
        "may",
        "should",
        "can",
        "could",
        "will",
        "would",
        "if",
        "at",
        "as",
        "into",
        "than",
        "there",
        "here",
        "shall",
        "any",
        "all",
        "each",
        "every",
        "other",
        "such",
        "only",
        "also",
        "our",
        "your",
        "you",
        "we",
        "he",
        "she",
        "his",
        "her",
        "does",
        "did",
        "done",
        "being",
        "about",
        "after",
        "before",
        "between",
        "under",
        "over",
        "within",
        "without",
        "against",
        "during",
    ]
)
SERBIAN_ONLY = frozenset(
    [
        "je",
        "su",
        "i",
        "u",
        "na",
        "da",
        "se",
        "za",
        "od",
        "ili",
        "koji",
        "koja",
        "koje",
        "kojih",
        "kojim",
        "kao",
        "po",
        "sa",
        "iz",
        "ako",
        "nije",
        "mora",
        "može",
        "što",
        "kod",
        "prema",
        "radi",
        "sve",
        "svi",
        "biti",
        "bio",
        "bila",
        "bilo",
        "ima",
        "imaju",
        "nema",
        "ni",
        "niti",
        "već",
        "samo",
        "ovaj",
        "ova",
        "ovo",
        "taj",
        "ta",
        "to",
        "te",
        "tu",
        "kada",
        "gde",
        "zato",
        "jer",
        "pa",
        "ali",
        "dok",
        "li",
        "bez",
        "pri",
        "kroz",
        "nad",
        "pod",
        "pre",
        "posle",
        "tokom",
        "između",
    ]
) - {"i", "to", "pa"}  # shared or too short to decide anything

_CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i",
    "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote", "div"})


# Each Cyrillic letter, small and capital (a capital digraph letter gives "Lj", "Nj", "Dž").
_TO_LATIN = str.maketrans(
    {**_CYR_TO_LAT, **{cyrillic.upper(): latin.capitalize() for cyrillic, latin in _CYR_TO_LAT.items()}}
)


def to_latin(text: str) -> str:
    return text.translate(_TO_LATIN)


def function_words(text: str) -> tuple[int, int]:
    """(English-only function words, Serbian-only function words) in `text`, in either script."""
    words = [w.lower() for w in _WORD.findall(to_latin(text))]
    return sum(w in ENGLISH_ONLY for w in words), sum(w in SERBIAN_ONLY for w in words)


def is_english(text: str) -> bool:
    english, serbian = function_words(text)
    return english >= 2 and english > serbian


@dataclass(frozen=True)
class Block:
    tag: str
    text: str


class _Blocks(HTMLParser):
    """The text of each block element, without what is marked translate="no"."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self._text: list[list[str]] = []

    def _skipping(self) -> bool:
        return any(skip for _, skip in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "hr", "meta", "input"):
            return
        skip = any(n == "translate" and (v or "").lower() == "no" for n, v in attrs)
        self._stack.append((tag, skip))
        if tag in _BLOCKS:
            self._text.append([])

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                for closed, _ in reversed(self._stack[depth:]):
                    if closed in _BLOCKS and self._text:
                        text = " ".join("".join(self._text.pop()).split())
                        if text:
                            self.blocks.append(Block(closed, text))
                del self._stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        if self._text and not self._skipping():
            self._text[-1].append(data)


def english_blocks(html: str) -> list[Block]:
    """Every block of `html` whose own text (nested blocks apart) reads as English."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    return [b for b in parser.blocks if is_english(b.text)]
