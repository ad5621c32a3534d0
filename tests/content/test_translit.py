"""Serbian Latin → Cyrillic: digraphs, their exceptions, foreign words, HTML left intact."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.translit import html_to_cyrillic, to_cyrillic
from search_index.analysis import to_latin


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Trgovina ljudima", "Трговина људима"),
        ("Njegoš i džep", "Његош и џеп"),
        ("ĐORĐE NJIVA LJUBAV", "ЂОРЂЕ ЊИВА ЉУБАВ"),
        # n + j of a loanword stay two letters (TECH_BASELINE §5, pitfall 4)
        ("injekcija", "инјекција"),
        ("Injekcija", "Инјекција"),
        ("konjugacija", "конјугација"),
        ("konjunkcija", "конјункција"),
        ("nadživeti", "надживети"),
        ("odžaliti", "оджалити"),
        ("Centar za zaštitu žrtava trgovine ljudima", "Центар за заштиту жртава трговине људима"),
        ("član 388, stav 1", "члан 388, став 1"),
    ],
)
def test_known_words(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


def test_foreign_words_and_addresses_stay_latin() -> None:
    assert to_cyrillic("Chowdury protiv Grčke") == "Chowdury против Грчке"
    assert to_cyrillic("pišite na natco@mup.gov.rs ili https://www.astra.rs/") == (
        "пишите на natco@mup.gov.rs или https://www.astra.rs/"
    )


def test_html_keeps_markup_links_and_code() -> None:
    html = '<p>Vidi <a href="kb:coe-convention#art-13" title="Rok za oporavak">član 13</a> i <code>llv_x</code>.</p>'
    assert html_to_cyrillic(html) == (
        '<p>Види <a href="kb:coe-convention#art-13" title="Рок за опоравак">члан 13</a> и <code>llv_x</code>.</p>'
    )


def test_entities_survive() -> None:
    assert html_to_cyrillic("<p>plata &amp; smeštaj &#8212; da</p>") == "<p>плата &amp; смештај &#8212; да</p>"


_SERBIAN_LETTERS = "abcčćdđefghijklmnoprsštuvzž"


@given(st.text(alphabet=_SERBIAN_LETTERS + " .,", max_size=40))
def test_round_trip_back_to_latin(text: str) -> None:
    # Back to Latin gives the same text, except where a split digraph was chosen deliberately.
    cyr = to_cyrillic(text)
    assert to_latin(cyr.lower()) == text.lower() or "nj" in text or "lj" in text or "dž" in text or "dj" in text
