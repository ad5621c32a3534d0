"""Backlinks: for every `kb:` target, the pages that link to it ("Cited by").

Computed from the Markdown source (no rendering), so building the map for the whole knowledge
base takes a few milliseconds. Citing pages are articles and cases (in every language version)
and glossary terms (their `see:` target). A page linking to itself is not a citation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from content.model import Document, KnowledgeBase, LocalText
from content.render import KB_SCHEME, KbLink, kb_links_with_lines

GLOSSARY_TARGET = "glossary"
CONTEXT_CHARS = 180

_L = {
    "cited_by": LocalText("Cited by", "Pominje se u"),
    "article": LocalText("Article", "Članak"),
    "case": LocalText("Case", "Slučaj"),
    "glossary": LocalText("Glossary", "Rečnik pojmova"),
}

_KIND_ORDER = {"article": 0, "case": 1, "glossary": 2}

# Markdown syntax removed when a source line is shown as plain context.
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_ATTRS = re.compile(r"\s*\{[#.][^}]*\}\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_MD_LEAD = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*|!!!\s+\w+\s*)+")


@dataclass(frozen=True)
class Citation:
    """One link from a citing page to a target."""

    source: str  # the citing page's address, e.g. "kb:first-contact" or "kb:glossary#forced-labour"
    source_id: str  # document id, or the glossary term id
    kind: str  # article | case | glossary
    lang: str  # the language version that holds the link
    anchor: str  # the section of the target that is cited ("" for the whole page)
    target: str  # the cited id
    line_index: int = -1  # where the link is in the citing document's body (0-based)


@dataclass(frozen=True)
class CitedBy:
    """One citing page as shown under the target, in one display language."""

    source: str
    kind: str
    title: str
    context: str
    anchors: tuple[str, ...]
    title_lang: str = ""  # the language of `title` and of `context` ("" when unknown)
    context_lang: str = ""


class Backlinks:
    """Every target id mapped to the citations that point at it."""

    def __init__(self, kb: KnowledgeBase, citations: Mapping[str, tuple[Citation, ...]]) -> None:
        self._kb = kb
        self._citations = citations

    def targets(self) -> set[str]:
        return set(self._citations)

    def citations(self, target: str) -> tuple[Citation, ...]:
        """All citations of `target` (an id, or an href such as "kb:id#anchor")."""
        return self._citations.get(KbLink.parse(target).target, ())

    def cited_by(self, target: str, lang: str) -> list[CitedBy]:
        """The citing pages of `target`, one entry each, titled and quoted in `lang` where possible."""
        grouped: dict[str, list[Citation]] = {}
        for citation in self.citations(target):
            grouped.setdefault(citation.source, []).append(citation)
        entries = []
        for source, citations in grouped.items():
            preferred = [c for c in citations if c.lang == lang] or citations
            anchors = tuple(sorted({c.anchor for c in preferred if c.anchor}))
            entries.append(
                CitedBy(
                    source=source,
                    kind=preferred[0].kind,
                    title=self._title(preferred[0], lang),
                    context=self.context(preferred[0]),
                    anchors=anchors,
                    title_lang=self._title_lang(preferred[0], lang),
                    context_lang=preferred[0].lang,
                )
            )
        entries.sort(key=lambda e: (_KIND_ORDER.get(e.kind, 9), e.title.casefold()))
        return entries

    def context(self, citation: Citation) -> str:
        """The cited sentence as plain text (worked out on demand: most pages are never opened)."""
        if citation.kind == "glossary":
            term = self._kb.glossary.get(citation.source_id)
            if term is None:
                return ""
            return _shorten(term.definition.get(citation.lang))  # the title already names the term
        versions = self._kb.articles.get(citation.source_id) or self._kb.cases.get(citation.source_id) or {}
        doc = versions.get(citation.lang)
        if doc is None:
            return ""
        return _context(doc.body.split("\n"), citation.line_index, citation.target)

    def _title_lang(self, citation: Citation, lang: str) -> str:
        if citation.kind == "glossary":
            return lang  # every term is named in both languages
        doc = self._kb.document(citation.source_id, lang)
        return doc.lang if doc else ""

    def _title(self, citation: Citation, lang: str) -> str:
        if citation.kind == "glossary":
            term = self._kb.glossary.get(citation.source_id)
            return term.term.get(lang) if term else citation.source_id
        doc = self._kb.document(citation.source_id, lang)
        return doc.title if doc else citation.source_id


def build_backlinks(kb: KnowledgeBase) -> Backlinks:
    found: dict[str, list[Citation]] = {}
    seen: set[tuple[str, str, str, str]] = set()

    def add(target: str, citation: Citation) -> None:
        key = (target, citation.source, citation.lang, citation.anchor)
        if not target or key in seen:
            return
        seen.add(key)
        found.setdefault(target, []).append(citation)

    for kind, documents in (("article", kb.iter_articles()), ("case", kb.iter_cases())):
        for doc in documents:
            for target, citation in _document_citations(doc, kind):
                add(target, citation)
    for term in kb.glossary.values():
        if not term.see:
            continue
        link = KbLink.parse(term.see)
        for lang in ("en", "sr"):
            add(
                link.target,
                Citation(
                    source=f"{KB_SCHEME}{GLOSSARY_TARGET}#{term.id}",
                    source_id=term.id,
                    kind="glossary",
                    lang=lang,
                    anchor=link.anchor,
                    target=link.target,
                ),
            )
    return Backlinks(kb, {target: tuple(citations) for target, citations in found.items()})


def _document_citations(doc: Document, kind: str) -> Iterable[tuple[str, Citation]]:
    for line_number, link in kb_links_with_lines(doc.body, doc.body_line):
        if not link.target or link.target == doc.id:
            continue
        yield (
            link.target,
            Citation(
                source=f"{KB_SCHEME}{doc.id}",
                source_id=doc.id,
                kind=kind,
                lang=doc.lang,
                anchor=link.anchor,
                target=link.target,
                line_index=line_number - doc.body_line,
            ),
        )


_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||>|!!!)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZČĆŠŽĐ(„“\"])")


def _context(lines: list[str], index: int, target: str) -> str:
    """The sentence holding the link, taken from its whole paragraph (source lines are wrapped)."""
    if not 0 <= index < len(lines):
        return ""
    start = index
    while start > 0 and lines[start - 1].strip() and not _BLOCK_START.match(lines[start]):
        if _BLOCK_START.match(lines[start - 1]) and lines[start - 1].lstrip().startswith(("#", "|")):
            break
        start -= 1
    end = index
    while end + 1 < len(lines) and lines[end + 1].strip() and not _BLOCK_START.match(lines[end + 1]):
        end += 1
    paragraph = " ".join(lines[start : end + 1])
    link_text = ""
    for match in _MD_LINK.finditer(paragraph):
        if KbLink.parse(match.group(0).partition("](")[2].rstrip(")").strip()).target == target:
            link_text = plain_line(match.group(1))
            break
    text = plain_line(paragraph)
    sentences = _SENTENCE_END.split(text)
    chosen = next((s for s in sentences if link_text and link_text in s), sentences[0] if sentences else "")
    return _shorten(chosen)


def plain_line(line: str) -> str:
    """A Markdown source line as readable text: link text kept, markup removed."""
    text = _MD_LINK.sub(r"\1", line)
    text = _MD_ATTRS.sub("", text)
    text = _MD_LEAD.sub("", text)
    text = _MD_EMPHASIS.sub("", text)
    return " ".join(text.split())


def _shorten(text: str, limit: int = CONTEXT_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + " …"


def cited_by_html(entries: list[CitedBy], lang: str) -> str:
    """The "Cited by" section appended under a page (empty when nothing cites it)."""
    if not entries:
        return ""
    items = []
    for entry in entries:
        kind = _L[entry.kind].get(lang) if entry.kind in _L else entry.kind
        # An English original quoted under a Serbian page is marked so (kept as written in Cyrillic).
        title_lang = f' lang="{escape(entry.title_lang)}"' if entry.title_lang not in ("", lang) else ""
        context_lang = f' lang="{escape(entry.context_lang)}"' if entry.context_lang not in ("", lang) else ""
        context = f'<br><span class="context"{context_lang}>{escape(entry.context)}</span>' if entry.context else ""
        items.append(
            f'<li><a href="{escape(entry.source)}"{title_lang}>{escape(entry.title)}</a>'
            f' <span class="kind">· {escape(kind)}</span>{context}</li>'
        )
    heading = f"{_L['cited_by'].get(lang)} ({len(entries)})"
    return (
        f'<h2 class="cited-by"><a name="cited-by"></a>{escape(heading)}</h2><ul class="cited-by">{"".join(items)}</ul>'
    )
