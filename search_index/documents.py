"""What gets indexed: one search document per language version of every article, case,
indicator (with the labour-law checks and facts), glossary term and referral contact, and the page
"What changed in this edition" (as guidance) when the knowledge base records changes."""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from xml.etree.ElementTree import Element

from content.changes import CHANGES, PAGE_TITLE, all_changes, changes_text
from content.model import KnowledgeBase

KINDS = ("guidance", "indicator", "case", "glossary", "contact")

# Words that name a kind, so that "case construction" or "kontakt policija" find that kind.
_KIND_WORDS = {
    "guidance": "",
    "indicator": "indicator indikator pokazatelj",
    "check": "labour law check provera povreda propisa o radu",
    "fact": "",
    "case": "case slučaj primer",
    "glossary": "glossary term pojam rečnik",
    "contact": "contact phone telephone number call kontakt telefon broj poziv zvati pozvati",
    "changes": "what changed new edition changes update šta je novo izmene promene izdanje novine",
}


@dataclass(frozen=True)
class SearchDocument:
    key: str  # unique: kind:id:lang
    id: str
    kind: str  # one of KINDS
    lang: str
    href: str
    title: str
    body: str  # plain text (snippets are cut from it)
    keywords: str  # tags, synonyms, dimension, kind words: weigh more than the body
    jurisdiction: str = ""
    topic: str = ""


# Elements whose text stands on lines of its own; table cells are kept apart by a space.
_BLOCKS = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "div", "table")
) | frozenset(("thead", "tbody", "tr", "ul", "ol", "dl", "hr"))
_CELLS = frozenset(("td", "th"))
_SPACES = re.compile(r"[ \t\u00a0]+")
# Text in which Markdown can find no markup: emphasis, code, links, raw HTML, character references,
# tables and escapes anywhere; lists, quotes, headings, definitions, rules and admonitions at the
# start of a line; code indented by four. Such text (most indicator and glossary texts) is read
# as it stands, with the result Python-Markdown would give (a property test holds the two equal).
_MARKUP = re.compile(r"[\\`*_\[\]<&|]|^[ \t]*(?:[-+>#:=~]|\d+[.)]|!!!)|^(?: {4}|\t)", re.MULTILINE)
_converter = threading.local()  # one Markdown per thread: building one costs more than a page


class _RawHtmlText(HTMLParser):
    """The text of a piece of raw HTML, character references decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


class _PlainText:
    """Markdown read by Python-Markdown with the extensions the article view uses; the text comes
    from the element tree it builds, so nothing of the text is lost to markup rules."""

    def __init__(self) -> None:
        import markdown
        from markdown.util import AMP_SUBSTITUTE, HTML_PLACEHOLDER_RE

        from content.render import MARKDOWN_EXTENSIONS

        self._md = markdown.Markdown(extensions=list(MARKDOWN_EXTENSIONS))
        self._md.treeprocessors.deregister("prettify")  # whitespace for the HTML only
        self._amp = AMP_SUBSTITUTE
        self._placeholder = HTML_PLACEHOLDER_RE

    def __call__(self, markdown_text: str) -> str:
        md = self._md.reset()
        # Markdown.convert() up to the finished tree (its HTML is not needed).
        lines: list[str] = markdown_text.split("\n")
        for preprocessor in md.preprocessors:
            lines = list(preprocessor.run(lines))
        root = md.parser.parseDocument(lines).getroot()
        for treeprocessor in md.treeprocessors:
            replaced = treeprocessor.run(root)
            if replaced is not None:
                root = replaced
        parts: list[str] = []
        self._walk(root, parts)
        return _tidy(self._placeholder.sub(self._raw_html, "".join(parts)))

    def _walk(self, element: Element, parts: list[str]) -> None:
        tag = element.tag
        block = tag in _BLOCKS
        if block:
            parts.append("\n")
        elif tag in _CELLS:
            parts.append(" ")
        elif tag == "img":
            parts.append(element.get("alt", ""))
        parts.append(self._text(element.text, tag))
        for child in element:
            self._walk(child, parts)
        if tag == "p" and "admonition-title" in element.get("class", "").split():
            parts.append(":")
        if block:
            parts.append("\n")
        elif tag in _CELLS:
            parts.append(" ")
        parts.append(self._text(element.tail, ""))

    def _text(self, text: str | None, tag: str) -> str:
        if not text:
            return ""
        if not text.strip():  # layout between elements (Python-Markdown puts newlines there)
            return " "
        if tag == "code":  # Python-Markdown keeps code escaped (&lt;) in its tree
            text = html.unescape(text)
        if self._amp in text:  # an e-mail address written as character references
            text = html.unescape(text.replace(self._amp, "&"))
        return text

    def _raw_html(self, match: re.Match[str]) -> str:
        """Raw HTML and character references (&amp; &eacute; &#8211;) wait in Python-Markdown's
        stash until the HTML is written; their text is taken from there."""
        blocks = self._md.htmlStash.rawHtmlBlocks
        index = int(match.group(1))
        raw = blocks[index] if index < len(blocks) else ""
        if not isinstance(raw, str):  # an element stashed whole
            return " ".join(raw.itertext())
        parser = _RawHtmlText()
        parser.feed(raw)
        parser.close()
        return "".join(parser.parts)


def _tidy(text: str) -> str:
    """One space between words, no blank lines, no space at either end of a line."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def plain_text(markdown_text: str) -> str:
    """Markdown reduced to readable text for snippets: no markup, character references decoded,
    every character of the text itself (`>` and `<` included) kept."""
    if not _MARKUP.search(markdown_text):
        return _tidy(markdown_text)
    convert: _PlainText | None = getattr(_converter, "convert", None)
    if convert is None:
        convert = _converter.convert = _PlainText()
    return convert(markdown_text)


def iter_documents(kb: KnowledgeBase) -> Iterator[SearchDocument]:
    for article in kb.iter_articles():
        yield SearchDocument(
            key=f"guidance:{article.id}:{article.lang}",
            id=article.id,
            kind="guidance",
            lang=article.lang,
            href=f"kb:{article.id}",
            title=article.title,
            body=plain_text(f"{article.summary}\n{article.body}"),
            keywords=" ".join((*article.tags, *(s.document for s in article.sources))),
            jurisdiction=article.jurisdiction,
            topic=article.topic,
        )
    for case in kb.iter_cases():
        yield SearchDocument(
            key=f"case:{case.id}:{case.lang}",
            id=case.id,
            kind="case",
            lang=case.lang,
            href=f"kb:{case.id}",
            title=case.title,
            body=plain_text(f"{case.summary}\n{case.body}"),
            keywords=" ".join((*case.tags, case.sector, case.based_on, _KIND_WORDS["case"])),
        )
    has_changes = bool(all_changes(kb))
    for lang in ("en", "sr"):
        if has_changes:
            yield SearchDocument(
                key=f"guidance:{CHANGES}:{lang}",
                id=CHANGES,
                kind="guidance",
                lang=lang,
                href=f"kb:{CHANGES}",
                title=PAGE_TITLE.get(lang),
                body=changes_text(kb, lang),
                keywords=_KIND_WORDS["changes"],
            )
        yield from _indicator_documents(kb, lang)
        for term in kb.glossary.values():
            other = "en" if lang == "sr" else "sr"
            synonyms = term.also_sr if lang == "sr" else term.also_en
            yield SearchDocument(
                key=f"glossary:{term.id}:{lang}",
                id=term.id,
                kind="glossary",
                lang=lang,
                href=f"kb:glossary#{term.id}",
                title=term.term.get(lang),
                body=f"{term.definition.get(lang)}\n{getattr(term.term, other)}",
                keywords=" ".join((*synonyms, _KIND_WORDS["glossary"])),
            )
        for contact in kb.contacts.values():
            phone = contact.phone or ""
            yield SearchDocument(
                key=f"contact:{contact.id}:{lang}",
                id=contact.id,
                kind="contact",
                lang=lang,
                href=f"kb:contacts#{contact.id}",
                title=contact.institution.get(lang),
                body="\n".join(
                    part
                    for part in (
                        contact.role.get(lang),
                        phone,
                        contact.phone_note.get(lang),
                        contact.when.get(lang),
                        contact.email,
                    )
                    if part
                ),
                keywords=_KIND_WORDS["contact"],
            )


def _indicator_documents(kb: KnowledgeBase, lang: str) -> Iterator[SearchDocument]:
    for ind in kb.indicators.values():
        dimension = kb.dimensions.get(ind.dimension)
        yield SearchDocument(
            key=f"indicator:{ind.id}:{lang}",
            id=ind.id,
            kind="indicator",
            lang=lang,
            href=f"kb:{ind.id}",
            title=ind.label.get(lang),
            body=plain_text(f"{ind.explanation.get(lang)}\n{ind.how_to_check.get(lang)}"),
            keywords=" ".join((dimension.label.get(lang) if dimension else "", _KIND_WORDS["indicator"])),
        )
    for check in kb.checks.values():
        yield SearchDocument(
            key=f"indicator:{check.id}:{lang}",
            id=check.id,
            kind="indicator",
            lang=lang,
            href=f"kb:{check.id}",
            title=check.label.get(lang),
            body=plain_text(
                f"{check.explanation.get(lang)}\n{check.how_to_check.get(lang)}\n{check.legal_basis.get(lang)}"
            ),
            keywords=_KIND_WORDS["check"],
        )
    for fact in kb.facts.values():
        yield SearchDocument(
            key=f"indicator:{fact.id}:{lang}",
            id=fact.id,
            kind="indicator",
            lang=lang,
            href=f"kb:{fact.id}",
            title=fact.label.get(lang),
            body=plain_text(f"{fact.explanation.get(lang)}\n{fact.how_to_check.get(lang)}"),
            keywords=_KIND_WORDS["fact"],
        )
