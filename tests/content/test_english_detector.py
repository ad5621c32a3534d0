"""The detector the Serbian-first test relies on: it must see English in either script and must
not mistake Serbian, names or citations for English."""

from __future__ import annotations

from content.translit import html_to_cyrillic, to_cyrillic
from tests.content.english_detector import english_blocks, is_english

ENGLISH = "The inspector must not turn a presumed victim into the accused of an offence."
SERBIAN = "Inspektor ne sme da pretpostavljenu žrtvu pretvori u okrivljenog za prekršaj koji je učinjen."


def test_english_is_english_in_latin_and_in_cyrillic_letters() -> None:
    assert is_english(ENGLISH)
    assert is_english(to_cyrillic(ENGLISH))  # what a Cyrillic reader would see of an untranslated text


def test_serbian_names_and_citations_are_not_english() -> None:
    assert not is_english(SERBIAN)
    assert not is_english(to_cyrillic(SERBIAN))
    assert not is_english("Chowdury and Others v. Greece, no. 21884/15")  # one 'and': a title, not prose
    assert not is_english("čl. 388 st. 1 KZ, „Sl. glasnik RS“, br. 94/2024")


def test_a_serbian_sentence_quoting_an_english_term_is_serbian() -> None:
    assert not is_english("Na engleskom se to zove „forced labour“ i to je prinudni rad iz čl. 2 Konvencije.")


def test_english_paragraphs_are_found_in_a_cyrillic_page_but_not_what_is_kept_as_written() -> None:
    html = (
        f"<h1>Наслов</h1><p>{SERBIAN}</p><div><p>{ENGLISH}</p></div>"
        f'<ul class="sources" translate="no"><li>{ENGLISH}</li></ul>'
    )
    found = english_blocks(html_to_cyrillic(html))
    assert [(b.tag, b.text) for b in found] == [("p", to_cyrillic(ENGLISH))]


def test_an_english_block_inside_a_serbian_block_is_found_on_its_own() -> None:
    found = english_blocks(f"<div>{SERBIAN}<p>{ENGLISH}</p></div>")
    assert [b.text for b in found] == [ENGLISH]
