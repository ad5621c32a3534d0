"""Markdown rendering, kb: links and generated pages."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from content.frontmatter import FrontMatterError, split_front_matter
from content.loader import load_knowledge_base
from content.pages import PageBuilder
from content.render import KbLink, MarkdownRenderer, kb_links_with_lines
from content.yaml_lines import YamlError, load_yaml


def builder(root: Path) -> PageBuilder:
    return PageBuilder(load_knowledge_base(root).kb)


def test_kb_links_stay_kb_and_broken_ones_are_marked(mini_kb_dir: Path) -> None:
    pages = builder(mini_kb_dir)
    html = pages.render_markdown("[ok](kb:passports#valid) and [bad](kb:nowhere)")
    assert 'href="kb:passports#valid"' in html
    assert 'class="broken"' in html and "kb:nowhere" in html
    assert html.count('class="broken"') == 1


def test_headings_get_scroll_anchors_for_qtextbrowser() -> None:
    result = MarkdownRenderer().render("## Recovery period {#art-13}\n\ntext")
    assert '<a name="art-13"></a>' in result.html
    assert "art-13" in result.anchors


def test_external_links_are_marked_external() -> None:
    html = MarkdownRenderer().render("[site](https://example.org)").html
    assert 'class="external"' in html and 'href="https://example.org"' in html


def test_unconfirmed_box_renders_with_its_title() -> None:
    html = MarkdownRenderer().render('!!! unconfirmed "Unconfirmed"\n    Not checked.').html
    assert 'class="admonition unconfirmed"' in html
    assert "Unconfirmed" in html and "Not checked." in html


def test_kb_links_are_found_with_their_lines() -> None:
    body = "line one\nsee [x](kb:a#b) and [y](kb:c)\n```\n[z](kb:ignored)\n```\n"
    found = [(line, link.href()) for line, link in kb_links_with_lines(body, 10)]
    assert found == [(11, "kb:a#b"), (11, "kb:c")]


def test_kb_link_parse_round_trips() -> None:
    assert KbLink.parse("kb:coe-convention#art-13") == KbLink("coe-convention", "art-13")
    assert KbLink.parse("kb:glossary#debt-bondage").href() == "kb:glossary#debt-bondage"


def test_article_page_shows_title_sources_and_reviewed_date(mini_kb_dir: Path) -> None:
    page = builder(mini_kb_dir).page("kb:passports", "en")
    assert page is not None and page.kind == "article"
    assert "<h1>Identity documents kept by the employer</h1>" in page.html
    assert "Council of Europe Convention on Action against Trafficking (CETS 197), art. 20(c), 2005" in page.html
    assert "Reviewed: 2026-11-29" in page.html


def test_serbian_page_is_used_when_it_exists(mini_kb_dir: Path) -> None:
    page = builder(mini_kb_dir).page("kb:passports", "sr")
    assert page is not None and page.lang == "sr" and not page.fallback
    assert "Lična dokumenta koja drži poslodavac" in page.html


def test_english_page_with_a_note_when_no_serbian_exists(mini_kb_dir: Path) -> None:
    page = builder(mini_kb_dir).page("kb:serbian-law", "sr")
    assert page is not None and page.fallback and page.lang == "en"
    assert "nema srpski prevod" in page.html


def test_indicator_page_explains_and_flags_unconfirmed_strength(mini_kb_dir: Path) -> None:
    page = builder(mini_kb_dir).page("kb:cd_confiscation_of_documents", "en")
    assert page is not None and page.kind == "indicator"
    assert "The employer keeps passports or identity cards." in page.html
    assert "strength of this indicator is unconfirmed" in page.html


def test_catalogue_lists_every_dimension_with_anchor(mini_kb_dir: Path) -> None:
    page = builder(mini_kb_dir).page("kb:indicators", "en")
    assert page is not None
    assert '<a name="exploitative_conditions_of_work"></a>' in page.html
    assert '<a name="coercion_at_destination"></a>' in page.html
    assert page.html.count('href="kb:') >= 3


def test_glossary_page_has_term_anchors_in_both_languages(mini_kb_dir: Path) -> None:
    page = builder(mini_kb_dir).page("kb:glossary", "sr")
    assert page is not None
    assert '<a name="debt-bondage"></a><b>dužničko ropstvo</b>' in page.html


def test_contact_without_a_confirmed_number_says_so(mini_kb_dir: Path) -> None:
    page = builder(mini_kb_dir).page("kb:contacts", "en")
    assert page is not None
    assert "<b>192</b>" in page.html
    assert "No confirmed number" in page.html


def test_case_page_lists_recorded_items_and_expected_outcome(mini_kb_dir: Path) -> None:
    page = builder(mini_kb_dir).page("kb:farm", "en")
    assert page is not None and page.kind == "case"
    assert 'href="kb:llv_no_written_contract"' in page.html
    assert "Labour-law violation" in page.html


def test_unknown_page_is_none(mini_kb_dir: Path) -> None:
    pages = builder(mini_kb_dir)
    assert pages.page("kb:nothing-here") is None
    assert not pages.exists("kb:nothing-here")


@given(st.text(max_size=400))
def test_front_matter_parser_only_raises_its_own_error(text: str) -> None:
    try:
        doc = split_front_matter(text)
    except FrontMatterError as exc:
        assert exc.line >= 1
    else:
        assert doc.body_line >= 3


@given(st.text(max_size=300))
def test_yaml_loader_only_raises_yaml_error(text: str) -> None:
    try:
        load_yaml(text)
    except YamlError as exc:
        assert exc.line >= 1


@given(
    st.dictionaries(
        st.sampled_from(["id", "title", "topic", "jurisdiction", "sources", "reviewed", "tags", "summary"]),
        st.one_of(st.none(), st.integers(), st.text(max_size=20), st.lists(st.text(max_size=8), max_size=3)),
    )
)
def test_random_front_matter_never_crashes_the_loader(mini_kb_dir: Path, fields: dict[str, object]) -> None:
    import yaml

    path = mini_kb_dir / "guidance" / "international" / "random.md"
    path.write_text("---\n" + yaml.safe_dump(fields, allow_unicode=True) + "---\nbody\n", encoding="utf-8")
    result = load_knowledge_base(mini_kb_dir)
    assert "passports" in result.kb.articles  # the rest still loads
    assert all(p.line >= 1 for p in result.problems)


def test_link_whose_text_is_its_id_shows_the_label_in_the_readers_language(mini_kb_dir: Path) -> None:
    pages = builder(mini_kb_dir)
    english = pages.render_markdown("[cd_confiscation_of_documents](kb:cd_confiscation_of_documents)", "en")
    serbian = pages.render_markdown("[cd_confiscation_of_documents](kb:cd_confiscation_of_documents)", "sr")
    assert ">Confiscation of documents</a>" in english
    assert ">Oduzimanje dokumenata</a>" in serbian
    assert ">kept</a>" in pages.render_markdown("[kept](kb:cd_confiscation_of_documents)", "sr")


def test_indicator_sources_are_named_not_keyed(real_load: object) -> None:
    from content.loader import LoadResult

    assert isinstance(real_load, LoadResult)
    pages = PageBuilder(real_load.kb)
    for lang in ("en", "sr"):
        for item_id in ("cd_confiscation_of_documents", "fl_deception", "rv_difficulties_in_the_past"):
            page = pages.page(f"kb:{item_id}", lang)
            assert page is not None
            assert not re.search(r"\bS3\d\b", page.html), (item_id, lang)
    serbian = pages.page("kb:cd_confiscation_of_documents", "sr")
    assert serbian is not None and "Operativni indikatori trgovine ljudima (2009)" in serbian.html
