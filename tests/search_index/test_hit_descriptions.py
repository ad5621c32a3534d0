"""What a hit shows (its title with the matched words in bold, the words that made it match) is
worked out from what the index stored, not by analysing the text again; it must be what
analysing it gives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from search_index.analysis import search_fold, tokenize, word_key
from search_index.searcher import SearchIndex
from search_index.snippets import highlight_words
from search_index.store import build_documents
from tests.search_index.sample_docs import doc

AWKWARD_TITLES = [
    ("en", "The worker's passport (kept) — 2011/36/EU"),
    ("en", "Labour, labours and LABOURED: one key " + "x" * 45 + " after an over-long token"),
    ("sr", "Đorđe i Djordje: zadržavanje ličnih isprava"),
    ("sr", "Ђорђе: одузет пасош радника"),
    ("sr", "Radnik’s ključ — ugovor o radu, čl. 30"),
    ("en", "🙂 emoji, digits 12 and a-hyphen-ated word"),
    ("en", ""),
]


@pytest.fixture(scope="module")
def awkward(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    documents = [
        doc(f"title-{n}", title, f"Body {n} of a text about {title}.", lang=lang)
        for n, (lang, title) in enumerate(AWKWARD_TITLES)
    ]
    folder = tmp_path_factory.mktemp("titles") / "index"
    build_documents(documents, folder, "titles", [])
    with SearchIndex.open(folder) as opened:
        yield opened


def analysed_title_keys(index: SearchIndex, docnum: int) -> list[int]:
    """The key of each word of a title, as analysing it gives (-1: a key the index lacks)."""
    docs = index.lexicon.docs
    return [
        index.lexicon.key_id(word_key(search_fold(w), docs.lang[docnum])) for w, _s, _e in tokenize(docs.title[docnum])
    ]


def analysed_title_html(index: SearchIndex, docnum: int, keys: set[int]) -> str:
    title = index.lexicon.docs.title[docnum]
    words = zip(tokenize(title), analysed_title_keys(index, docnum), strict=True)
    return highlight_words(title, [(s, e) for (_w, s, e), key in words if key in keys])


def check_titles(index: SearchIndex) -> None:
    for docnum in range(index.doc_count):
        keys = analysed_title_keys(index, docnum)
        # Every other word's key, the first word's included and excluded: each word is bold
        # exactly when its own key is asked for.
        for chosen in (set(keys[::2]), set(keys[1::2]), set(keys)):
            assert index.title_html(docnum, chosen) == analysed_title_html(index, docnum, chosen), docnum


def test_titles_are_marked_as_analysing_them_marks_them(awkward: SearchIndex) -> None:
    check_titles(awkward)
    marked = [awkward.title_html(n, set(analysed_title_keys(awkward, n))) for n in range(awkward.doc_count)]
    assert "<b>passport</b>" in marked[0] and "x" * 45 in marked[1] and "<b>Đorđe</b>" in marked[2]


def test_every_title_of_the_knowledge_base_is_marked_as_analysing_it_marks_it(real_index: SearchIndex) -> None:
    check_titles(real_index)
