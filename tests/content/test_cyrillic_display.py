"""Serbian pages shown in Cyrillic: the Serbian text changes script, English never does.

The content marks what is not Serbian in a Serbian page (an English original shown because there is
no translation yet, the English column of the glossary, a source cited as published, what the user
typed) and html_to_cyrillic leaves it as written. The check: transliterate every page, every
presentation and an assessment outcome and record, read every Cyrillic word back in Latin, and
look for words that only ever occur in the English content ("лабоур" would be "labour")."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

import content.assessment.report as report_module
import content.assessment.wording as wording_module
import content.backlinks as backlinks_module
import content.pages as pages_module
import content.presentation as presentation_module
from content.assessment.report import RecordInfo, outcome_html, record_html
from content.assessment.session import Session
from content.backlinks import build_backlinks, cited_by_html
from content.glossary_marks import GlossaryMarker
from content.loader import LoadResult, load_knowledge_base
from content.model import KnowledgeBase, LocalText
from content.pages import PageBuilder
from content.presentation import article_deck, case_deck
from content.translit import html_to_cyrillic, to_cyrillic
from search_index.analysis import CYRILLIC_TO_LATIN

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _local_texts(obj: object, seen: set[int], found: list[LocalText], depth: int = 0) -> None:
    if depth > 8 or id(obj) in seen or isinstance(obj, type):
        return
    seen.add(id(obj))
    if isinstance(obj, LocalText):
        found.append(obj)
    elif isinstance(obj, dict):
        for value in obj.values():
            _local_texts(value, seen, found, depth + 1)
    elif isinstance(obj, (list, tuple)):
        for value in obj:
            _local_texts(value, seen, found, depth + 1)
    elif hasattr(obj, "__dataclass_fields__"):
        for name in obj.__dataclass_fields__:
            _local_texts(getattr(obj, name), seen, found, depth + 1)


def english_only_words(kb: KnowledgeBase) -> set[str]:
    """Words (4+ letters) of the English content that never occur in the Serbian content."""
    texts: list[LocalText] = []
    seen: set[int] = set()
    for table in (kb.indicators, kb.checks, kb.facts, kb.glossary, kb.contacts, kb.dimensions, kb.trees, kb.rules):
        _local_texts(table, seen, texts)
    for module in (pages_module, report_module, presentation_module, backlinks_module, wording_module):
        _local_texts(list(vars(module).values()), seen, texts)  # the labels pages are framed with
    english: set[str] = set()
    serbian: set[str] = set()
    for text in texts:
        english |= _words(text.en)
        serbian |= _words(text.sr)
    for doc in [*kb.iter_articles(), *kb.iter_cases()]:
        words = _words(f"{doc.title}\n{getattr(doc, 'summary', '')}\n{doc.body}")
        (serbian if doc.lang == "sr" else english).update(words)
    return {w for w in english - serbian if len(w) >= 4}


class _Text(HTMLParser):
    """The visible text and the tooltips of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "title" and value:
                inner = _Text()
                inner.feed(unescape(value))
                self.parts.extend(inner.parts)


def english_in_cyrillic(html: str, english: set[str], transliterate: bool = True) -> list[str]:
    """English words written in Cyrillic letters in `html` (after transliterating it, or as shown)."""
    parser = _Text()
    parser.feed(html_to_cyrillic(html) if transliterate else html)
    leaks = []
    for word in _WORD.findall(" ".join(parser.parts)):
        if _CYRILLIC.search(word):
            latin = word.lower().translate(CYRILLIC_TO_LATIN)
            if latin in english:
                leaks.append(f"{word} ({latin})")
    return leaks


@pytest.fixture(scope="module")
def kb(real_load: LoadResult) -> KnowledgeBase:
    return real_load.kb


@pytest.fixture(scope="module")
def english(kb: KnowledgeBase) -> set[str]:
    words = english_only_words(kb)
    assert {"which", "should", "employers", "inspector"} <= words  # the check can see English
    return words


def test_the_check_sees_english_that_is_transliterated(english: set[str]) -> None:
    assert english_in_cyrillic("<p>Employers should pay</p>", english)
    assert not english_in_cyrillic('<p lang="en">Employers should pay</p>', english)
    assert not english_in_cyrillic('<p>Poslodavci <span translate="no">should pay</span></p>', english)


def test_every_serbian_page_keeps_its_english_parts_in_latin(kb: KnowledgeBase, english: set[str]) -> None:
    pages = PageBuilder(kb)
    marker = GlossaryMarker(kb)
    backlinks = build_backlinks(kb)
    hrefs = [f"kb:{i}" for i in [*kb.articles, *kb.cases, *kb.indicators, *kb.checks, *kb.facts]]
    hrefs += ["kb:indicators", "kb:glossary", "kb:contacts", "kb:changes"]
    leaks = {}
    for href in hrefs:
        page = pages.page(href, "sr")
        assert page is not None, href
        # As the article view shows it: glossary terms explained, "Cited by" underneath.
        html = marker.mark(page.html, page.lang) + cited_by_html(backlinks.cited_by(href, "sr"), "sr")
        found = english_in_cyrillic(html, english)
        if found:
            leaks[href] = sorted(set(found))[:8]
    assert not leaks, leaks


def test_a_fallback_page_is_english_but_its_frame_is_cyrillic(mini_kb_dir: Path) -> None:
    # The fixture keeps an article with no Serbian version, whatever the bundled content has.
    kb = load_knowledge_base(mini_kb_dir).kb
    untranslated = kb.articles["serbian-law"]["en"]
    assert "sr" not in kb.articles["serbian-law"]
    page = PageBuilder(kb).page("kb:serbian-law", "sr")
    assert page is not None and page.fallback
    html = html_to_cyrillic(page.html)
    # The title is HTML-escaped on the page (a title may contain quotation marks).
    assert untranslated.title in unescape(html)
    assert to_cyrillic("Ova stranica još nema srpski prevod") in html
    assert to_cyrillic("Izvori") in html


def test_presentations_of_serbian_cases_and_articles(kb: KnowledgeBase, english: set[str]) -> None:
    pages = PageBuilder(kb)
    leaks = {}
    for doc in [*kb.iter_cases(), *kb.iter_articles()]:
        if doc.lang != "sr":
            continue
        render = lambda text, d=doc: pages.render_markdown(text, d.lang)  # noqa: E731
        deck = case_deck(kb, doc, render) if doc.id in kb.cases else article_deck(doc, render)  # type: ignore[arg-type]
        html = "\n".join(u.html for s in deck.slides for u in s.units)
        # and the trainer's notes, as the presenter view renders them
        html += "\n".join(render(n) for n in [*(s.notes for s in deck.slides if s.notes), *deck.general_notes])
        found = english_in_cyrillic(html, english)
        if found:
            leaks[doc.id] = sorted(set(found))[:8]
    assert not leaks, leaks


def test_assessment_outcome_and_record(kb: KnowledgeBase, english: set[str]) -> None:
    tree = kb.trees.get("labour-exploitation") or next(iter(kb.trees.values()))
    session = Session(kb, tree)
    step = session.first_step()
    for _ in range(200):  # answer yes to everything on the path
        if step not in tree.nodes:
            break
        if session.node(step).is_question:
            session.set_answer(step, "yes")
        step = session.next_step(step)
    info = RecordInfo("IR-2026/114 Linglong", "2026-11-30 10:00", "2026-11-30 10:20", "2026-11-30 10:30", kb.version)
    for html in (outcome_html(session, "sr"), record_html(session, info, "sr")):
        assert not english_in_cyrillic(html, english)
    assert "IR-2026/114 Linglong" in html_to_cyrillic(record_html(session, info, "sr"))
