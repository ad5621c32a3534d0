"""Serbian first: a reader of the Serbian interface meets no English-only title or text.

Every article and case has a Serbian version; every page of the knowledge base, every presentation
of a case or article, and the outcome page and record of an assessment, shown in Cyrillic as the
app shows them, has no block of English (tests/content/english_detector.py says how English is
told from Serbian). What is quoted as written — a source's title, the English column of the
glossary — is marked translate="no" and is not read."""

from __future__ import annotations

import pytest

from content.assessment.report import RecordInfo, outcome_html, record_html
from content.assessment.session import Session
from content.backlinks import build_backlinks, cited_by_html
from content.glossary_marks import GlossaryMarker
from content.loader import LoadResult
from content.model import KnowledgeBase
from content.pages import CATALOGUE, CONTACTS, GLOSSARY, PageBuilder
from content.presentation import article_deck, case_deck
from content.translit import html_to_cyrillic
from tests.content.english_detector import english_blocks


@pytest.fixture(scope="module")
def kb(real_load: LoadResult) -> KnowledgeBase:
    return real_load.kb


def _english(html: str) -> list[str]:
    return [block.text[:100] for block in english_blocks(html_to_cyrillic(html))]


def test_every_article_and_case_has_a_serbian_version(kb: KnowledgeBase) -> None:
    missing = [doc_id for doc_id, versions in [*kb.articles.items(), *kb.cases.items()] if "sr" not in versions]
    assert missing == []


def test_every_page_in_cyrillic_has_no_english_block(kb: KnowledgeBase) -> None:
    pages = PageBuilder(kb)
    marker = GlossaryMarker(kb)
    backlinks = build_backlinks(kb)
    hrefs = [f"kb:{i}" for i in [*kb.articles, *kb.cases, *kb.indicators, *kb.checks, *kb.facts]]
    hrefs += [f"kb:{name}" for name in (CATALOGUE, GLOSSARY, CONTACTS, "changes")]
    found = {}
    for href in hrefs:
        page = pages.page(href, "sr", cyrillic=True)
        assert page is not None, href
        assert not page.fallback, f"{href}: the English original is shown"
        # As the article view shows it: glossary terms explained, "Cited by" underneath.
        html = marker.mark(page.html, page.lang) + cited_by_html(backlinks.cited_by(href, "sr"), "sr")
        if english := _english(html):
            found[href] = english[:3]
    assert found == {}


def test_every_title_in_the_navigation_is_serbian(kb: KnowledgeBase) -> None:
    pages = PageBuilder(kb)
    english = {
        doc_id: pages.title_of(f"kb:{doc_id}", "sr")
        for doc_id in [*kb.articles, *kb.cases]
        if english_blocks(f"<p>{html_to_cyrillic(pages.title_of(f'kb:{doc_id}', 'sr'))}</p>")
        or kb.document(doc_id, "sr") is None
    }
    assert english == {}


def test_presentations_of_every_case_and_article_in_serbian(kb: KnowledgeBase) -> None:
    pages = PageBuilder(kb)
    found = {}
    for doc in [*kb.iter_cases(), *kb.iter_articles()]:
        if doc.lang != "sr":
            continue
        render = lambda text, d=doc: pages.render_markdown(text, d.lang)  # noqa: E731
        deck = case_deck(kb, doc, render) if doc.id in kb.cases else article_deck(doc, render)  # type: ignore[arg-type]
        html = "\n".join(u.html for s in deck.slides for u in s.units)
        html += "\n".join(render(n) for n in [*(s.notes for s in deck.slides if s.notes), *deck.general_notes])
        if english := _english(html):
            found[doc.id] = english[:3]
    assert found == {}


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_an_assessment_outcome_and_record_in_serbian(kb: KnowledgeBase, answer: str) -> None:
    tree = kb.trees.get("labour-exploitation") or next(iter(kb.trees.values()))
    session = Session(kb, tree)
    step = session.first_step()
    for _ in range(300):  # the same answer all along the path: the most and the least serious outcomes
        if step not in tree.nodes:
            break
        if session.node(step).is_question:
            session.set_answer(step, answer)
        step = session.next_step(step)
    info = RecordInfo("IR-2026/7", "2026-12-07 09:00", "2026-12-07 09:20", "2026-12-07 09:30", kb.version)
    assert _english(outcome_html(session, "sr")) == []
    assert _english(record_html(session, info, "sr")) == []


def test_the_walk_would_see_an_untranslated_paragraph(kb: KnowledgeBase) -> None:
    # The same reading as above, on a Serbian page with one English paragraph slipped in.
    page = PageBuilder(kb).page("kb:criminal-code-art-388", "sr", cyrillic=True)
    assert page is not None
    slipped = page.html + "<p>The inspector does not decide whether the elements of article 388 are met.</p>"
    assert _english(page.html) == []
    assert len(_english(slipped)) == 1
