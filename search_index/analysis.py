"""Analyzers: case, diacritics and script folded (Cyrillic → Latin), English and Serbian stems.

Order matters (TECH_BASELINE §5): English folds *before* stemming; Serbian transliterates, stems
(the Snowball stemmer needs diacritics), then folds."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import snowballstemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.analysis.acore import Token
from whoosh.analysis.analyzers import Analyzer

CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
        "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
        "ч": "č", "џ": "dž", "ш": "š",
    }
)  # fmt: skip
DIACRITICS_FOLD = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj"})

# Words: letters and digits (any script); an apostrophe inside a word keeps it whole.
WORD_PATTERN = r"\w+(?:['’]\w+)*"


def to_latin(text: str) -> str:
    """Lower-case Cyrillic → Latin (keeps diacritics)."""
    return text.translate(CYRILLIC_TO_LATIN)


def fold(text: str) -> str:
    """Lower-case, Latin, without diacritics: the form every field compares."""
    return text.lower().translate(CYRILLIC_TO_LATIN).translate(DIACRITICS_FOLD)


class SerbianFoldFilter(Filter):
    """Cyrillic → Latin, then strip diacritics. When indexing, a word with 'đ' is indexed both as
    'dj' and 'd' at the same position, because people type either."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            latin = token.text.translate(CYRILLIC_TO_LATIN)
            token.text = latin.translate(DIACRITICS_FOLD)
            yield token
            if "đ" in latin and token.mode == "index":
                twin = token.copy()
                twin.text = latin.replace("đ", "d").translate(DIACRITICS_FOLD)
                yield twin


class TransliterateFilter(Filter):
    """Cyrillic → Latin only; keeps diacritics for the Serbian stemmer."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = token.text.translate(CYRILLIC_TO_LATIN)
            yield token


@lru_cache(maxsize=1)
def _serbian() -> snowballstemmer.SerbianStemmer:
    return snowballstemmer.stemmer("serbian")


def serbian_stem(word: str) -> str:
    """Module-level so that the index schema (pickled by Whoosh) can refer to it."""
    return str(_serbian().stemWord(word))


def folded_analyzer() -> Analyzer:
    """Exact word forms, folded: for titles, phrases and as-you-type prefixes."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | SerbianFoldFilter()


def english_analyzer() -> Analyzer:
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | SerbianFoldFilter()
        | StopFilter(renumber=False)
        | StemFilter(lang="en", cachesize=50000)
    )


def serbian_analyzer() -> Analyzer:
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | TransliterateFilter()
        | StemFilter(stemfn=serbian_stem, cachesize=50000)
        | SerbianFoldFilter()
    )
