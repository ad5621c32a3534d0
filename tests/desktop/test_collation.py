"""One collation for both layers: the desktop sorts its lists (contents, cases, the trainer's
chooser) with content/collation.py, the order the generated pages use. It is checked against the
order the interface had before, Qt's locale collation (ICU), on every glossary term and every
article and case title, in each interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCollator, Qt
from pytestqt.qtbot import QtBot

from content.loader import LoadResult
from content.pages import PageBuilder
from content.translit import to_cyrillic
from desktop import i18n
from desktop.i18n import Language


@pytest.fixture
def language(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[Language]:
    chosen: Language = request.param
    before = i18n.current()
    i18n.install(chosen)
    yield chosen
    i18n.install(before)


def shown(texts: list[str], language: Language) -> list[str]:
    return [to_cyrillic(t) for t in texts] if language.cyrillic else texts


ALL = [Language.ENGLISH, Language.SERBIAN_LATIN, Language.SERBIAN_CYRILLIC]


@pytest.mark.parametrize("language", ALL, indirect=True)
def test_the_desktop_orders_the_glossary_as_the_glossary_page_does(real_load: LoadResult, language: Language) -> None:
    lang = language.content_lang
    page = PageBuilder(real_load.kb).page("kb:glossary", lang, cyrillic=language.cyrillic)
    assert page is not None
    terms = list(real_load.kb.glossary.values())
    on_page = [t.term.get(lang) for t in sorted(terms, key=lambda t: page.html.index(f'name="{t.id}"'))]
    by_desktop = sorted((t.term.get(lang) for t in terms), key=lambda text: i18n.sort_key(text))
    assert shown(by_desktop, language) == shown(on_page, language)


@pytest.mark.parametrize("language", ALL, indirect=True)
def test_the_order_is_the_one_qt_gave_the_interface_before(real_load: LoadResult, language: Language) -> None:
    kb, lang = real_load.kb, language.content_lang
    collator = QCollator(language.locale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    texts = [t.term.get(lang) for t in kb.glossary.values()]
    for doc_id in [*kb.articles, *kb.cases]:
        doc = kb.document(doc_id, lang)
        if doc is not None:
            texts.append(doc.title)
    texts = shown(sorted(set(texts)), language)
    assert sorted(texts, key=i18n.sort_key) == sorted(texts, key=collator.sortKey)
