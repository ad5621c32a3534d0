"""Markdown → HTML for the article view, with `kb:` links resolved against the knowledge base.

The HTML is meant for QTextBrowser (Qt's rich-text subset): headings carry `<a name>` anchors so
`kb:doc#anchor` can scroll to them, and broken `kb:` links are marked instead of silently dropped."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import slugify
from markdown.treeprocessors import Treeprocessor

KB_SCHEME = "kb:"
# A kb: link in Markdown source: [text](kb:target#anchor "title")
KB_LINK_IN_SOURCE = re.compile(r"\]\(\s*<?(kb:[^)\s>]*)>?")

# The Markdown the knowledge base is written in (the search index reads it the same way).
MARKDOWN_EXTENSIONS = ("tables", "attr_list", "admonition", "sane_lists", "def_list")

LinkResolver = Callable[[str], bool]
# Gives the display title of a kb: target (in the reader's language), or "" when unknown.
TitleResolver = Callable[[str], str]


@dataclass(frozen=True)
class KbLink:
    target: str  # document or item id (may be empty for a bare "kb:")
    anchor: str

    @classmethod
    def parse(cls, href: str) -> KbLink:
        rest = href[len(KB_SCHEME) :] if href.startswith(KB_SCHEME) else href
        target, _, anchor = rest.partition("#")
        return cls(target=target.strip().strip("/"), anchor=anchor.strip())

    def href(self) -> str:
        return f"{KB_SCHEME}{self.target}" + (f"#{self.anchor}" if self.anchor else "")


@dataclass
class RenderResult:
    html: str
    anchors: set[str] = field(default_factory=set)
    kb_links: list[KbLink] = field(default_factory=list)


@dataclass
class _LinkContext:
    """What the current render call knows about kb: targets (set per call, cleared after)."""

    resolver: LinkResolver | None = None
    titles: TitleResolver | None = None
    # The language of a title from `titles` when it is not the page's (an English original named in
    # a Serbian page), "" otherwise: set as the link's lang, so a Cyrillic display leaves it as written.
    title_langs: TitleResolver | None = None


class _KbLinkProcessor(Treeprocessor):
    def __init__(self, md: markdown.Markdown, context: _LinkContext) -> None:
        super().__init__(md)
        self._context = context
        self.links: list[KbLink] = []

    def run(self, root: Element) -> None:
        self.links = []
        for element in root.iter():
            if element.tag == "a":
                self._link(element)
            elif element.tag in ("h1", "h2", "h3", "h4", "h5", "h6") and element.get("id"):
                # QTextBrowser scrolls to <a name>, not to heading ids.
                anchor = Element("a", {"name": element.get("id", "")})
                anchor.tail = element.text
                element.text = None
                element.insert(0, anchor)

    def _link(self, element: Element) -> None:
        href = element.get("href", "")
        if not href.startswith(KB_SCHEME):
            if href.startswith(("http://", "https://", "mailto:")):
                element.set("class", "external")
            return
        link = KbLink.parse(href)
        self.links.append(link)
        element.set("href", link.href())
        resolver, titles = self._context.resolver, self._context.titles
        if resolver is not None and not resolver(link.href()):
            element.set("class", "broken")
            element.set("title", f"Broken link: {link.href()}")
            return
        text = (element.text or "").strip()
        if titles is not None and len(element) == 0 and text in (link.target, link.href()):
            # [cd_debt_bondage](kb:cd_debt_bondage): show the label, not the id.
            element.text = titles(link.href()) or element.text
            other = self._context.title_langs(link.href()) if self._context.title_langs is not None else ""
            if other:
                element.set("lang", other)


class _KbExtension(Extension):
    def __init__(self, context: _LinkContext) -> None:
        super().__init__()
        self.context = context
        self.processor: _KbLinkProcessor | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        self.processor = _KbLinkProcessor(md, self.context)
        # After toc (priority 5) has given headings their ids.
        md.treeprocessors.register(self.processor, "kb_links", 4)


def _slugify(value: str, separator: str) -> str:
    return str(slugify(value, separator))


class MarkdownRenderer:
    """A reusable Markdown converter (building one costs more than converting a page)."""

    def __init__(self) -> None:
        self._context = _LinkContext()
        self._kb = _KbExtension(self._context)
        self._md = markdown.Markdown(
            extensions=[*MARKDOWN_EXTENSIONS, "toc", self._kb],
            extension_configs={"toc": {"slugify": _slugify, "permalink": False}},
            output_format="html",
        )

    def render(
        self,
        text: str,
        resolver: LinkResolver | None = None,
        titles: TitleResolver | None = None,
        title_langs: TitleResolver | None = None,
    ) -> RenderResult:
        """HTML for `text`; `resolver` marks broken kb: links, `titles` names links shown by id
        (and `title_langs` gives such a title's language when it differs from the page's)."""
        self._context.resolver, self._context.titles, self._context.title_langs = resolver, titles, title_langs
        try:
            html = self._md.reset().convert(text)
            toc_tokens = getattr(self._md, "toc_tokens", [])
        finally:
            self._context.resolver = self._context.titles = self._context.title_langs = None
        anchors: set[str] = set()
        _collect_anchors(toc_tokens, anchors)
        links = list(self._kb.processor.links) if self._kb.processor else []
        return RenderResult(html=html, anchors=anchors, kb_links=links)


def _collect_anchors(tokens: list[dict[str, object]], into: set[str]) -> None:
    for token in tokens:
        into.add(str(token.get("id", "")))
        children = token.get("children")
        if isinstance(children, list):
            _collect_anchors(children, into)


def kb_links_with_lines(body: str, body_line: int) -> list[tuple[int, KbLink]]:
    """Every `kb:` link in Markdown source with its 1-based file line (for file:line reports)."""
    found = []
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        for match in KB_LINK_IN_SOURCE.finditer(line):
            found.append((body_line + offset, KbLink.parse(match.group(1))))
    return found
