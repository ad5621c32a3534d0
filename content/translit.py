"""Serbian Latin → Cyrillic for display (content is written in Latin; Cyrillic is derived).

Latin → Cyrillic is not a letter-for-letter map: "nj", "lj" and "dž" are usually one letter
(њ, љ, џ) but sometimes two (injekcija → ињекција, nadživeti → надживети). Known prefix and
loanword exceptions are kept as two letters. Words that cannot be Serbian (with q, w, x or y,
e.g. "Chowdury") and web addresses stay in Latin, as Serbian Cyrillic texts do."""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

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
    return "".join(
        _convert_word(token) if token[:1].isalpha() else token for token in _WORD_OR_OTHER.findall(text)
    )


_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)


def _kept_as_written(attrs: list[tuple[str, str | None]]) -> bool:
    """An element whose text is not Serbian (lang="en") or must stay as written (translate="no"):
    English in a Serbian page, a title cited as published, what the user typed."""
    for name, value in attrs:
        if name == "translate" and (value or "").strip().lower() == "no":
            return True
        if name == "lang" and not (value or "").strip().lower().startswith("sr"):
            return True
    return False


class _HtmlTransliterator(HTMLParser):
    """Rebuilds HTML with only the Serbian text nodes transliterated: tags, attributes, code, and
    elements marked as another language or as verbatim are kept."""

    _VERBATIM = frozenset({"code", "pre", "script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self._open: list[tuple[str, bool]] = []  # (tag, keeps its text as written)

    @property
    def _keep(self) -> bool:
        return bool(self._open) and self._open[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        keep = self._keep or tag in self._VERBATIM or _kept_as_written(attrs)
        self.out.append(self._tag_text(tag, attrs, keep))
        if tag not in _VOID:
            self._open.append((tag, keep))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        keep = self._keep or _kept_as_written(attrs)
        self.out.append(self._tag_text(tag, attrs, keep, closed=True))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._open) - 1, -1, -1):  # an end tag closes what it opened
            if self._open[depth][0] == tag:
                del self._open[depth:]
                break
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data if self._keep else to_cyrillic(data))

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def _tag_text(self, tag: str, attrs: list[tuple[str, str | None]], keep: bool, closed: bool = False) -> str:
        parts = [tag]
        for name, value in attrs:
            if value is None:
                parts.append(name)
            else:
                # A tooltip (title) is read by people: transliterated like the text (a rich tooltip
                # as HTML); everything else is markup.
                shown = value
                if name == "title" and not keep:
                    shown = html_to_cyrillic(value) if "<" in value else to_cyrillic(value)
                escaped = shown.replace("&", "&amp;").replace('"', "&quot;")
                parts.append(f'{name}="{escaped}"')
        return "<" + " ".join(parts) + (" />" if closed else ">")


def html_to_cyrillic(html: str) -> str:
    """Transliterate the visible text of an HTML fragment, leaving markup and links intact, and
    the text of elements marked lang="en" (any language but Serbian) or translate="no"."""
    parser = _HtmlTransliterator()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)
