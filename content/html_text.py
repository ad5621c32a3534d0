"""One walk over HTML for everything that changes a page's text but not its markup.

Transliteration (`content.translit`) and glossary marking (`content.glossary_marks`) both take a
page's HTML, change some of its text and must leave everything else exactly as it was. `rewrite`
does the walking once for both:

    rewrite(html, text=to_cyrillic, skip=lambda tag: tag.name == "code", start_tag=retitle)

- Everything the caller does not change is copied byte for byte: tags and their attributes as
  written (quotes, case, spacing), comments, the doctype, character references, the content of
  `<script>` and `<style>`. With no callbacks `rewrite(html) == html` for any string.
- `text(run)` gets each run of literal text outside skipped elements: the text between two pieces
  of markup, cut at character references (`&amp;`, `&#160;`, `&#x27;`), which are kept as written.
  A run therefore holds no markup and no reference (a `<` that starts nothing, as in "a < b", is
  text); what `text` returns is put in as HTML (so it may
  add markup, as glossary marking does). The content of `<script>` and `<style>` is never a run.
- `skip(tag)` says whether an element's text (its own and its descendants') is left alone, e.g.
  `<code>`, or an element marked `lang="en"`. It is asked once per start tag, with the tag.
- `start_tag(tag, skipped)` returns what to write for every start tag (default: `tag.raw`);
  `skipped` is true when the tag is inside a skipped element or skipped itself. `tag.get(name)`
  reads an attribute (references decoded) and `tag.with_attribute(name, value)` rewrites one.

Tags are read as an HTML5 tokenizer reads them (an attribute value may hold `>`; a `<` that starts
no tag is text). Void elements (`<br>`, `<img>`) and self-closed tags (`<br />`) open nothing; an
end tag closes the innermost open element of its name and any opened inside it, and an end tag
with nothing to close is copied and ignored. Unterminated markup at the end (`<a href="x`) is text.
No Qt here: the content layer uses it, and the desktop through it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape

__all__ = ["StartTag", "quote_attribute", "rewrite"]

VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
RAW_TEXT_ELEMENTS = frozenset({"script", "style"})  # their content is not text, and holds no tags

_TAG_NAME = re.compile(r"[a-zA-Z][^\t\n\f\r />]*")
_ATTRIBUTE = re.compile(
    r"[\t\n\f\r /]*"
    r"(?P<name>[^\t\n\f\r />][^\t\n\f\r />=]*)"
    r"(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?P<value>\"[^\"]*\"|'[^']*'|[^\t\n\f\r >]*))?"
)
_TAG_END = re.compile(r"[\t\n\f\r /]*>")
_CHARREF = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[a-zA-Z][a-zA-Z0-9]*;)")


def quote_attribute(value: str) -> str:
    """`value` made safe between double quotes: `&` and `"` escaped, nothing else."""
    return value.replace("&", "&amp;").replace('"', "&quot;")


@dataclass(frozen=True)
class _Attribute:
    name: str  # lower case
    value: str | None  # references decoded; None for a bare attribute (`<input disabled>`)
    name_end: int  # in the tag's raw text: where the name ends
    value_span: tuple[int, int] | None  # in the tag's raw text: the value with its quotes


@dataclass(frozen=True)
class StartTag:
    """One start tag as written, with its name and attributes read."""

    raw: str
    name: str  # lower case
    attributes: tuple[_Attribute, ...]
    self_closing: bool  # written `<br />`: opens nothing
    tail: int  # in `raw`: where the closing `>` (or `/>`, with the spaces before it) starts

    def get(self, name: str) -> str | None:
        """The first attribute of that name, references decoded ("" when bare); None if absent."""
        for attribute in self.attributes:
            if attribute.name == name:
                return "" if attribute.value is None else attribute.value
        return None

    def has(self, name: str) -> bool:
        return any(attribute.name == name for attribute in self.attributes)

    @property
    def classes(self) -> frozenset[str]:
        return frozenset((self.get("class") or "").split())

    def with_attribute(self, name: str, value: str) -> str:
        """The tag with attribute `name` set to `value` (already escaped for double quotes, see
        `quote_attribute`); the rest of the tag as written. A new attribute goes last."""
        for attribute in self.attributes:
            if attribute.name == name:
                if attribute.value_span is None:
                    at = attribute.name_end
                    return f'{self.raw[:at]}="{value}"{self.raw[at:]}'
                start, end = attribute.value_span
                return f'{self.raw[:start]}"{value}"{self.raw[end:]}'
        at = self.tail if self.self_closing else len(self.raw) - 1
        return f'{self.raw[:at]} {name}="{value}"{self.raw[at:]}'


def _read_start_tag(html: str, at: int) -> StartTag | None:
    """The start tag at `html[at] == "<"`, or None when it is not terminated."""
    name = _TAG_NAME.match(html, at + 1)
    if name is None:
        return None
    position = name.end()
    attributes: list[_Attribute] = []
    while True:
        end = _TAG_END.match(html, position)
        if end is not None:
            break
        found = _ATTRIBUTE.match(html, position)
        if found is None:
            return None  # the input ends inside the tag
        value_span: tuple[int, int] | None = None
        value: str | None = None
        raw_value = found.group("value")
        if raw_value is not None:
            start, stop = found.span("value")
            value_span = (start - at, stop - at)
            quoted = raw_value[:1] in ('"', "'")
            value = unescape(raw_value[1:-1] if quoted else raw_value)
        attributes.append(_Attribute(found.group("name").lower(), value, found.end("name") - at, value_span))
        position = found.end()
    return StartTag(
        raw=html[at : end.end()],
        name=name.group(0).lower(),
        attributes=tuple(attributes),
        self_closing=end.group(0).endswith("/>"),
        tail=end.start() - at,
    )


def _markup_end(html: str, at: int) -> int:
    """Where a comment, doctype, processing instruction or end tag starting at `at` ends."""
    if html.startswith("<!--", at):
        if html.startswith(">", at + 4):  # "<!-->"
            return at + 5
        if html.startswith("->", at + 4):  # "<!--->"
            return at + 6
        close = html.find("-->", at + 4)
        return len(html) if close < 0 else close + 3
    close = html.find(">", at + 2)
    return len(html) if close < 0 else close + 1


_RAW_TEXT_CLOSE = {name: re.compile(rf"</{name}[\t\n\f\r />]", re.IGNORECASE) for name in RAW_TEXT_ELEMENTS}


def _raw_text_end(html: str, at: int, name: str) -> int:
    """Where the content of a `<script>` or `<style>` opened before `at` ends."""
    found = _RAW_TEXT_CLOSE[name].search(html, at)
    return len(html) if found is None else found.start()


def rewrite(
    html: str,
    *,
    text: Callable[[str], str] | None = None,
    skip: Callable[[StartTag], bool] | None = None,
    start_tag: Callable[[StartTag, bool], str] | None = None,
) -> str:
    """`html` with its text runs and start tags passed through the callbacks (see the module)."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements: (name, its text is skipped)
    position = 0
    length = len(html)

    def emit_text(segment: str) -> None:
        if text is None or (stack and stack[-1][1]):
            out.append(segment)
            return
        last = 0
        for ref in _CHARREF.finditer(segment):
            if ref.start() > last:
                out.append(text(segment[last : ref.start()]))
            out.append(ref.group(0))
            last = ref.end()
        if last < len(segment):
            out.append(text(segment[last:]))

    while position < length:
        at = html.find("<", position)
        if at < 0:
            emit_text(html[position:])
            break
        following = html[at + 1 : at + 2]
        tag = _read_start_tag(html, at) if following.isascii() and following.isalpha() else None
        closes_or_other = following in ("!", "?") or (following == "/" and len(html) > at + 2)
        if tag is None and not closes_or_other:
            # a "<" that starts nothing: text up to the next "<" after it
            following_lt = html.find("<", at + 1)
            stop = length if following_lt < 0 else following_lt
            emit_text(html[position:stop])
            position = stop
            continue
        if at > position:
            emit_text(html[position:at])
        if tag is None:
            end = _markup_end(html, at)
            markup = html[at:end]
            out.append(markup)
            position = end
            closed = _TAG_NAME.match(markup, 2) if markup.startswith("</") else None
            if closed is not None:
                name = closed.group(0).lower()
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == name:
                        del stack[depth:]
                        break
            continue
        inherited = bool(stack) and stack[-1][1]
        skipped = inherited or (skip is not None and skip(tag))
        out.append(tag.raw if start_tag is None else start_tag(tag, skipped))
        position = at + len(tag.raw)
        if tag.self_closing or tag.name in VOID_ELEMENTS:
            continue
        stack.append((tag.name, skipped))
        if tag.name in RAW_TEXT_ELEMENTS:
            end = _raw_text_end(html, position, tag.name)
            out.append(html[position:end])
            position = end
    return "".join(out)
