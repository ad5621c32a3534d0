"""Snippets bold the words that matched, wherever the body's words start in the key sequence
(after the title's words and a separator): the positions of a matched word are read from the
body alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search_index.documents import SearchDocument
from search_index.searcher import SearchIndex
from search_index.store import build_documents
from tests.search_index.sample_docs import doc

FILLER = ["inspector", "visited", "the", "site", "and", "wrote", "notes", "about", "shifts"]


def _document(number: int, title_words: int, before: int) -> SearchDocument:
    title = " ".join(f"heading{number}x{i}" for i in range(title_words))
    body = " ".join([*FILLER[:before], "quarry", *FILLER[before:]])
    return doc(f"doc-{number}", title, body)


@settings(max_examples=15, deadline=None)
@given(title_words=st.integers(0, 6), before=st.integers(0, len(FILLER)))
def test_the_snippet_bolds_the_matched_body_word(
    tmp_path_factory: pytest.TempPathFactory, title_words: int, before: int
) -> None:
    folder: Path = tmp_path_factory.mktemp("snippet") / "index"
    # Titles of several lengths (none has the word): the body's words start at another place.
    documents = [_document(0, title_words, before), _document(1, 2, 0)]
    build_documents(documents, folder, "snippet", [])
    with SearchIndex.open(folder) as index:
        hits = index.search("quarry", 5, lang="en").hits
        assert hits, "the word is in every body"
        for hit in hits:
            assert "<b>quarry</b>" in hit.snippet, hit.snippet
            assert hit.snippet.count("<b>") == 1, hit.snippet
