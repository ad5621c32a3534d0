"""Ranking signals that a query of one or two words depends on, each on a corpus made for it:
a title that begins with the query names its subject, and a word still being typed is looked
for next to the others as typed, not only as the longer words it may become."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from search_index.searcher import SearchIndex
from search_index.store import build_documents
from tests.search_index.sample_docs import doc

FILLER = (
    "The inspector reads the payroll, walks the site and speaks with the people who work there. "
    "Records are compared with what is seen on the day of the visit. "
)
# More words that "off" may become than are tried, each more frequent than "off" itself.
OFF_WORDS = [
    "office",
    "offices",
    "officer",
    "officers",
    "official",
    "officials",
    "officially",
    "offence",
    "offences",
    "offend",
    "offender",
    "offenders",
    "offer",
    "offers",
    "offered",
    "offering",
    "offset",
    "offshore",
    "offspring",
    "offside",
    "offline",
]
BODY = FILLER + "Trafficking cases are referred on. " * 2 + FILLER


DOCUMENTS = [
    # As many words in the title, the same body: only where "trafficking" stands differs.
    doc("names-coordination", "Anti-trafficking coordination in Serbia", BODY),
    doc("names-trafficking", "Trafficking: coordination in northern Serbia", BODY),
    # A definition that is all about the word, against a long article with many more mentions.
    doc(
        "definition",
        "Trafficking in human beings",
        "Trafficking is recruiting or holding a person by force for exploitation.",
    ),
    doc("long-article", "Anti-trafficking coordination: who does what", (FILLER + "Trafficking again. ") * 6),
    # "off" being typed: the words it may become are more frequent than "off" itself.
    # The same words; only in the first do "day" and "off" stand together.
    doc("adjacent", "Shifts", FILLER + "Each day off started early, the lights went late. " + FILLER),
    doc("scattered", "Shifts", FILLER + "Each day started early, the lights went off late. " + FILLER),
    doc("office", "Office work", (" ".join(OFF_WORDS) + ". ") * 3),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder: Path = tmp_path_factory.mktemp("title-head") / "index"
    build_documents(DOCUMENTS, folder, "test", [])
    with SearchIndex.open(folder) as opened:
        yield opened


def scores(index: SearchIndex, query: str, *, as_you_type: bool = False) -> dict[str, float]:
    return {h.id: h.score for h in index.search(query, 20, as_you_type=as_you_type).hits}


@pytest.mark.parametrize("typing", [False, True])
def test_a_title_that_begins_with_the_query_ranks_above_one_that_only_contains_it(
    index: SearchIndex, typing: bool
) -> None:
    found = scores(index, "trafficking", as_you_type=typing)
    assert found["names-trafficking"] > found["names-coordination"]


def test_a_definition_named_by_the_query_ranks_above_a_long_article_that_repeats_it(index: SearchIndex) -> None:
    found = scores(index, "trafficking")
    assert found["definition"] > found["long-article"]


def test_the_head_counts_in_any_word_order(index: SearchIndex) -> None:
    assert scores(index, "trafficking coordination") == pytest.approx(scores(index, "coordination trafficking"))
    found = scores(index, "coordination trafficking")
    assert found["names-trafficking"] > found["names-coordination"]


def test_a_word_being_typed_is_checked_next_to_the_others_as_typed(index: SearchIndex) -> None:
    typed = scores(index, "day off")
    typing = scores(index, "day off", as_you_type=True)
    assert typed["adjacent"] > typed["scattered"]
    assert typing["adjacent"] > typing["scattered"]
