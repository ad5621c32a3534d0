"""Whole-knowledge-base checks that need everything loaded: `kb:` links and their anchors."""

from __future__ import annotations

from content.assessment.links import assessment_links
from content.changes import CHANGES
from content.model import Article, Case, KnowledgeBase, Problem
from content.pages import CATALOGUE, CONTACTS, GLOSSARY
from content.render import KbLink, MarkdownRenderer, kb_links_with_lines


def check_links(kb: KnowledgeBase) -> list[Problem]:
    """Every `kb:` link in articles and cases must name an existing target (and anchor)."""
    renderer = MarkdownRenderer()
    anchors: dict[tuple[str, str], set[str]] = {}
    for doc in [*kb.iter_articles(), *kb.iter_cases()]:
        anchors[(doc.id, doc.lang)] = renderer.render(doc.body).anchors | {"sources"}
    problems: list[Problem] = []
    for doc in [*kb.iter_articles(), *kb.iter_cases()]:
        for line, link in kb_links_with_lines(doc.body, doc.body_line):
            message = _link_problem(kb, link, doc.lang, anchors)
            if message:
                problems.append(Problem(doc.path, line, message))
    for path, line, href in assessment_links(kb):  # rules.yaml and trees/*.yaml
        message = _link_problem(kb, KbLink.parse(href), "en", anchors)
        if message:
            problems.append(Problem(path, line, message))
    for term in kb.glossary.values():
        if term.see and _link_problem(kb, KbLink.parse(term.see), "en", anchors):
            problems.append(
                Problem(kb.root / "glossary.yaml", 1, f"glossary term '{term.id}': broken 'see' target '{term.see}'")
            )
    return problems


def _link_problem(kb: KnowledgeBase, link: KbLink, lang: str, anchors: dict[tuple[str, str], set[str]]) -> str:
    target, anchor = link.target, link.anchor
    if not target:
        return f"broken kb: link '{link.href()}': no target"
    if target in kb.articles or target in kb.cases:
        if not anchor:
            return ""
        versions = kb.articles.get(target) or kb.cases.get(target) or {}
        shown = lang if lang in versions else "en"
        if anchor in anchors.get((target, shown), set()):
            return ""
        return f"broken kb: link '{link.href()}': no heading with anchor '#{anchor}' in '{target}'"
    if target in kb.indicators or target in kb.checks or target in kb.facts:
        return "" if not anchor else f"broken kb: link '{link.href()}': indicators have no anchors"
    if target == CATALOGUE:
        if not anchor or anchor in kb.dimensions:
            return ""
        return f"broken kb: link '{link.href()}': no dimension '{anchor}'"
    if target == GLOSSARY:
        if not anchor or anchor in kb.glossary:
            return ""
        return f"broken kb: link '{link.href()}': no glossary term '{anchor}'"
    if target == CONTACTS:
        if not anchor or anchor in kb.contacts:
            return ""
        return f"broken kb: link '{link.href()}': no contact '{anchor}'"
    if target == CHANGES:
        return "" if not anchor else f"broken kb: link '{link.href()}': the page of changes has no anchors"
    return f"broken kb: link '{link.href()}': unknown target '{target}'"


class _LazyAnchors(dict[tuple[str, str], set[str]]):
    """The anchors of a document, rendered the first time a link asks for them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self._kb = kb
        self._renderer = MarkdownRenderer()

    def get(self, key: tuple[str, str], default: set[str] | None = None) -> set[str]:  # type: ignore[override]
        if key not in self:
            doc = self._kb.document(key[0], key[1])
            self[key] = (self._renderer.render(doc.body).anchors | {"sources"}) if doc is not None else set()
        return self[key]


def check_document_links(kb: KnowledgeBase, documents: list[Article | Case]) -> list[Problem]:
    """`check_links` for a few documents only (a pack's), rendering only the documents they link to."""
    anchors = _LazyAnchors(kb)
    problems: list[Problem] = []
    for doc in documents:
        for line, link in kb_links_with_lines(doc.body, doc.body_line):
            message = _link_problem(kb, link, doc.lang, anchors)
            if message:
                problems.append(Problem(doc.path, line, message))
    return problems
