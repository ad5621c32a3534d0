"""Serbian alphabetical order in both scripts, and the glossary page that uses it."""

from __future__ import annotations

from content.collation import serbian_sort_key
from content.loader import LoadResult
from content.pages import PageBuilder
from content.translit import to_cyrillic


def test_latin_order_puts_c_with_caron_after_c_not_after_z() -> None:
    words = ["žrtva", "čas", "cena", "zarada", "ćutanje", "džep", "đak", "dug", "ljudi", "lanac", "njiva", "nadzor"]
    assert sorted(words, key=serbian_sort_key) == [
        "cena", "čas", "ćutanje", "dug", "džep", "đak", "lanac", "ljudi", "nadzor", "njiva", "zarada", "žrtva",
    ]  # fmt: skip


def test_cyrillic_order_is_the_cyrillic_alphabet() -> None:
    words = ["cena", "čas", "zarada", "vrbovanje", "grad", "žrtva"]  # ц ч з в г ж
    ordered = sorted(words, key=lambda w: serbian_sort_key(w, cyrillic=True))
    assert [to_cyrillic(w) for w in ordered] == ["врбовање", "град", "жртва", "зарада", "цена", "час"]


def test_glossary_page_follows_the_readers_script(real_load: LoadResult) -> None:
    pages = PageBuilder(real_load.kb)
    terms = sorted(real_load.kb.glossary.values(), key=lambda t: t.term.sr)
    latin = pages.page("kb:glossary", "sr")
    cyrillic = pages.page("kb:glossary", "sr", cyrillic=True)
    assert latin is not None and cyrillic is not None

    def shown_order(html: str) -> list[str]:
        return sorted((html.index(f'name="{t.id}"'), t.term.sr) for t in terms)

    latin_terms = [term for _, term in shown_order(latin.html)]
    cyrillic_terms = [term for _, term in shown_order(cyrillic.html)]
    assert latin_terms == sorted(latin_terms, key=serbian_sort_key)
    assert cyrillic_terms == sorted(cyrillic_terms, key=lambda t: serbian_sort_key(t, cyrillic=True))
    assert latin_terms != cyrillic_terms
