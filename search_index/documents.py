"""What gets indexed: one search document per language version of every article, case,
indicator (with the labour-law checks and facts), glossary term and referral contact, and the page
"What changed in this edition" (as guidance) when the knowledge base records changes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

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


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ATTR = re.compile(r"\s*\{[#.][^}]*\}")
_ADMONITION = re.compile(r'^\s*!!!\s*\w+\s*(?:"([^"]*)")?\s*$', re.MULTILINE)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$", re.MULTILINE)
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>\n]*>")
_SPACES = re.compile(r"[ \t]+")


def plain_text(markdown_text: str) -> str:
    """Markdown reduced to readable text for snippets (no markup characters)."""
    text = _LINK.sub(r"\1", markdown_text)
    text = _ATTR.sub("", text)
    text = _ADMONITION.sub(lambda m: (m.group(1) or "") + ":", text)
    text = _TABLE_RULE.sub("", text)
    text = _HEADING.sub("", text)
    text = _LIST_MARK.sub("", text)
    text = _HTML_TAG.sub("", text)
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    text = text.replace("|", " ").replace(">", " ")
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


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
