"""Serbian Latin → Cyrillic for display (content is written in Latin; Cyrillic is derived).

Latin → Cyrillic is not a letter-for-letter map: "nj", "lj" and "dž" are usually one letter
(њ, љ, џ) but sometimes two (injekcija → ињекција, nadživeti → надживети). Known prefix and
loanword exceptions are kept as two letters. Words that cannot be Serbian (with q, w, x or y,
e.g. "Chowdury") and web addresses stay in Latin, as Serbian Cyrillic texts do."""

from __future__ import annotations

import re
from functools import lru_cache

from content.html_text import StartTag, quote_attribute, rewrite

_SINGLE = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф",
    "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}

# Word parts where the digraph letters belong to two morphemes, so they stay two letters.
_SPLIT_DIGRAPH = re.compile(
    r"(?:^|(?<=[^a-zčćđšž]))("  # at the start of a word: prefix + j/ž…
    r"nadž|odž|podž|predž|nadj|odj|podj|prednj|"
    r"injek|injunk|konjuga|konjunk|konjug|tanjug|vanjezi|vanjug"
    r")",
    re.IGNORECASE,
)
_FOREIGN = re.compile(r"[qwxyQWXY]")
_WORD_OR_OTHER = re.compile(r"[^\W\d_]+|[\W\d_]+")
_URL = re.compile(r"(?:https?://|www\.|mailto:)\S+|\S+@\S+\.\S+")


def _digraph_at(part: str) -> int:
    """Where the two letters that must stay two are in an exception ("in|j|ek": 1, "na|dž|": 2)."""
    lower = part.lower()
    found = [lower.rfind(pair) for pair in _DIGRAPHS]
    return max(found) if max(found) >= 0 else len(part) - 2


@lru_cache(maxsize=16384)  # a page repeats its words: each is worked out once
def _convert_word(word: str) -> str:
    if _FOREIGN.search(word):
        return word
    keep_split = {m.start(1) + _digraph_at(m.group(1)) for m in _SPLIT_DIGRAPH.finditer(word)}
    out: list[str] = []
    index = 0
    while index < len(word):
        pair = word[index : index + 2]
        lower_pair = pair.lower()
        if lower_pair in _DIGRAPHS and index not in keep_split:
            cyr = _DIGRAPHS[lower_pair]
            if pair[0].isupper():
                # "Nj" in "Njegoš" → "Њ"; "NJ" in an all-caps word → "Њ" as well
                cyr = cyr.upper()
            out.append(cyr)
            index += 2
            continue
        char = word[index]
        lower = char.lower()
        if lower in _SINGLE:
            cyr = _SINGLE[lower]
            out.append(cyr.upper() if char.isupper() else cyr)
        else:
            out.append(char)
        index += 1
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """Plain text in Serbian Latin → Serbian Cyrillic (web addresses and e-mails untouched)."""
    pieces: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        pieces.append(_convert_plain(text[last : match.start()]))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(_convert_plain(text[last:]))
    return "".join(pieces)


def _convert_plain(text: str) -> str:
    return "".join(_convert_word(token) if token[:1].isalpha() else token for token in _WORD_OR_OTHER.findall(text))


def _kept_as_written(tag: StartTag) -> bool:
    """An element whose text is not Serbian (lang="en") or must stay as written (translate="no"):
    English in a Serbian page, a title cited as published, what the user typed; and code."""
    if tag.name in _VERBATIM:
        return True
    if (tag.get("translate") or "").strip().lower() == "no":
        return True
    lang = tag.get("lang")
    return lang is not None and not lang.strip().lower().startswith("sr")


_VERBATIM = frozenset({"code", "pre", "script", "style"})


def _tag_to_cyrillic(tag: StartTag, kept: bool) -> str:
    """A tooltip (title) is read by people: transliterated like the text (a rich tooltip as HTML);
    every other attribute is markup."""
    title = tag.get("title")
    if kept or not title:
        return tag.raw
    shown = html_to_cyrillic(title) if "<" in title else to_cyrillic(title)
    return tag.raw if shown == title else tag.with_attribute("title", quote_attribute(shown))


def html_to_cyrillic(html: str) -> str:
    """Transliterate the visible text of an HTML fragment, leaving markup and links intact, and
    the text of elements marked lang="en" (any language but Serbian) or translate="no"."""
    return rewrite(html, text=to_cyrillic, skip=_kept_as_written, start_tag=_tag_to_cyrillic)
