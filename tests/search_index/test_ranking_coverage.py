"""A query of three or more words keeps the documents that cover most of it (by the rarity of
the words they have), not only those with every word; documents with only its common words go."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from search_index.documents import SearchDocument
from search_index.searcher import SearchIndex
from search_index.store import build_documents
from tests.search_index.sample_docs import doc as sample_doc


def doc(doc_id: str, body: str) -> SearchDocument:
    return sample_doc(doc_id, doc_id.replace("-", " "), body)


# "worker" and "site" are in every document; "scaffold" and "harness" in few.
DOCUMENTS = [
    doc("everything", "The worker on the site had no harness on the scaffold."),
    doc("rare-words", "A scaffold without a harness. The worker stood on the site."),
    doc("one-rare-word", "The worker climbed the scaffold at the site."),
    doc("other-rare-word", "A harness was missing for the worker at the site."),
    *(doc(f"common-{n}", f"Worker number {n} walked around the site and the yard.") for n in range(12)),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder: Path = tmp_path_factory.mktemp("coverage") / "index"
    build_documents(DOCUMENTS, folder, "test", [])
    with SearchIndex.open(folder) as opened:
        yield opened


def test_documents_covering_most_of_a_long_query_are_kept_and_common_words_alone_are_not(
    index: SearchIndex,
) -> None:
    found = [h.id for h in index.search("worker site scaffold harness", 50).hits]
    assert found[:2] == ["everything", "rare-words"] or found[:2] == ["rare-words", "everything"]
    assert {"one-rare-word", "other-rare-word"} <= set(found)
    assert not any(name.startswith("common-") for name in found)
