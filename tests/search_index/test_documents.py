"""The text that is indexed and cut into snippets: Markdown read by Python-Markdown, as the article
view reads it, so character references are decoded and no character of the text itself is lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.loader import load_knowledge_base
from search_index.documents import _MARKUP, _PlainText, plain_text
from search_index.searcher import SearchIndex
from search_index.store import build_index
from tests.content.test_check import replace_in


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("Caf&eacute; &amp; bar &#8211; open", "Café & bar – open"),
        (
            "More than 12 hours a day (> 60 a week), pay < the minimum",
            "More than 12 hours a day (> 60 a week), pay < the minimum",
        ),
        ("AT&T and R&D", "AT&T and R&D"),
        ("> a quoted **worker** said", "a quoted worker said"),
        ("See [the law](kb:serbian-law#means) and ![a scan](scan.png).", "See the law and a scan."),
        ("## Means {#means}\n\nBody *here* and `a < b`.", "Means\nBody here and a < b."),
        ("An \\*escaped\\* star and a_b_c", "An *escaped* star and a_b_c"),
        ("- one\n- two\n\n1. three", "one\ntwo\nthree"),
        ("| who | pays |\n|---|---|\n| agency | 300 &euro; |", "who pays\nagency 300 €"),
        ('!!! unconfirmed "Unconfirmed"\n    Not confirmed yet.', "Unconfirmed:\nNot confirmed yet."),
        ("Debt\n:   Money owed", "Debt\nMoney owed"),
        ("<div>raw &lt;b&gt; text</div>", "raw <b> text"),
        ("a line\nthe next line\n\n\n   spaced    out   ", "a line\nthe next line\nspaced out"),
    ],
)
def test_markdown_becomes_the_text_a_reader_sees(markdown: str, text: str) -> None:
    assert plain_text(markdown) == text


# Prose with the characters that mean nothing to Markdown inside a line.
PROSE = st.text(alphabet=st.sampled_from("abcčćđšž XYZ019.,;:!?()'\"/%-+=#>~\n\t"), max_size=200)


@given(PROSE)
def test_text_without_markup_reads_as_python_markdown_reads_it(text: str) -> None:
    # The shortcut for text with no markup gives what the Markdown route gives.
    if not _MARKUP.search(text):
        assert plain_text(text) == _PlainText()(text)


@given(st.text(max_size=300))
def test_any_text_gives_clean_text(text: str) -> None:
    result = plain_text(text)
    if "\x02" not in text and "\x03" not in text:
        assert "\x02" not in result and "\x03" not in result, "a Python-Markdown placeholder leaked"
    assert all(line == line.strip() and line for line in result.split("\n") if result)


@pytest.fixture
def indexed(mini_kb_dir: Path, tmp_path: Path) -> Iterator[SearchIndex]:
    replace_in(
        mini_kb_dir / "guidance/international/passports.md",
        "An employer who keeps a worker's passport controls the worker.",
        "An employer who keeps a worker's passport controls the worker. The agency's caf&eacute; charged "
        "&euro;300 for a bed; shifts ran > 14 hours.",
    )
    loaded = load_knowledge_base(mini_kb_dir)
    assert not loaded.problems
    build_index(loaded.kb, tmp_path / "index")
    with SearchIndex.open(tmp_path / "index") as index:
        yield index


def test_a_word_written_with_a_character_reference_is_found_and_shown_decoded(indexed: SearchIndex) -> None:
    found = indexed.search("café", 10, lang="en")
    assert [h.id for h in found.hits] == ["passports"]
    snippet = found.hits[0].snippet
    assert "<b>café</b> charged €300" in snippet
    assert "eacute" not in snippet


def test_the_greater_than_sign_stays_in_the_snippet(indexed: SearchIndex) -> None:
    snippet = indexed.search("shifts", 10, lang="en").hits[0].snippet
    assert "<b>shifts</b> ran &gt; 14 hours" in snippet  # escaped for the result list's HTML
