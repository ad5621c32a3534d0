"""html_to_cyrillic leaves alone what the content marks as not Serbian or as verbatim."""

from __future__ import annotations

from content.translit import html_to_cyrillic


def test_an_element_in_another_language_keeps_its_script() -> None:
    html = '<p>Vidi <a href="kb:x" lang="en">Forced labour</a> i <i>dalje</i></p>'
    assert html_to_cyrillic(html) == '<p>Види <a href="kb:x" lang="en">Forced labour</a> и <i>даље</i></p>'


def test_a_serbian_element_inside_an_english_one_stays_as_written_too() -> None:
    assert html_to_cyrillic('<div lang="en"><p>Debt <b>bondage</b></p></div><p>kraj</p>') == (
        '<div lang="en"><p>Debt <b>bondage</b></p></div><p>крај</p>'
    )


def test_lang_sr_variants_are_transliterated() -> None:
    assert html_to_cyrillic('<span lang="sr-Latn">reč</span>') == '<span lang="sr-Latn">реч</span>'


def test_verbatim_text_and_void_elements() -> None:
    html = 'Oznaka: <span translate="no">IR-2026/114</span><br>datum<img src="a.png" alt="slika">posle'
    assert (
        html_to_cyrillic(html)
        == 'Ознака: <span translate="no">IR-2026/114</span><br>датум<img src="a.png" alt="slika">после'
    )


def test_a_rich_tooltip_is_transliterated_as_html_without_its_english_term() -> None:
    title = (
        "&lt;b&gt;dužničko ropstvo&lt;/b&gt; · &lt;span lang=&quot;en&quot;&gt;EN: "
        "&lt;i&gt;debt bondage&lt;/i&gt;&lt;/span&gt;"
    )
    out = html_to_cyrillic(f'<a class="term" href="kb:glossary#d" title="{title}">ropstvo</a>')
    assert "дужничко ропство" in out and "debt bondage" in out and "EN:" in out
    assert 'title="<b>дужничко ропство</b>' in out  # the tooltip's own markup intact, not <б>
    assert ">ропство</a>" in out
