"""Backlinks ("Cited by"), glossary terms explained in place, and the About facts — Qt-free."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from content.about import content_facts
from content.backlinks import build_backlinks, cited_by_html, plain_line
from content.glossary_marks import GlossaryMarker
from content.loader import LoadResult, load_knowledge_base
from content.model import GlossaryTerm, KnowledgeBase, LocalText
from tests.conftest import FIXTURES


def _mini() -> KnowledgeBase:
    return load_knowledge_base(FIXTURES / "mini_kb").kb


def test_backlinks_list_every_page_linking_to_a_target_with_the_cited_section() -> None:
    backlinks = build_backlinks(_mini())
    law = backlinks.cited_by("kb:serbian-law", "en")
    assert [(e.source, e.anchors) for e in law] == [("kb:passports", ("means",))]
    indicator = {e.source: e.kind for e in backlinks.cited_by("cd_confiscation_of_documents", "en")}
    # the article's link and the glossary term's `see:` both count
    assert indicator == {"kb:passports": "article", "kb:glossary#debt-bondage": "glossary"}


def test_backlink_context_is_the_sentence_that_holds_the_link() -> None:
    backlinks = build_backlinks(_mini())
    [entry] = backlinks.cited_by("kb:serbian-law", "en")
    assert entry.context == "See the Serbian law and the indicator."
    assert entry.title == "Identity documents kept by the employer"


def test_backlinks_ignore_a_page_linking_to_itself_and_use_the_reader_language(mini_kb_dir: Path) -> None:
    (mini_kb_dir / "guidance/serbia/serbian-law.md").write_text(
        (mini_kb_dir / "guidance/serbia/serbian-law.md").read_text(encoding="utf-8")
        + "\nSee [above](kb:serbian-law#means).\n",
        encoding="utf-8",
    )
    (mini_kb_dir / "guidance/international/passports.sr.md").write_text(
        (mini_kb_dir / "guidance/international/passports.sr.md").read_text(encoding="utf-8")
        + "\nVidi [srpski zakon](kb:serbian-law).\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base(mini_kb_dir).kb
    backlinks = build_backlinks(kb)
    sources = [e.source for e in backlinks.cited_by("kb:serbian-law", "sr")]
    assert sources == ["kb:passports"]  # not serbian-law itself
    [entry] = backlinks.cited_by("kb:serbian-law", "sr")
    assert entry.title == "Lična dokumenta koja drži poslodavac"
    assert entry.context == "Vidi srpski zakon."


def test_backlinks_html_is_empty_for_an_uncited_page_and_counts_citations() -> None:
    backlinks = build_backlinks(_mini())
    assert cited_by_html(backlinks.cited_by("kb:farm", "en"), "en") == ""
    html = cited_by_html(backlinks.cited_by("kb:cd_confiscation_of_documents", "sr"), "sr")
    assert "Pominje se u (2)" in html
    assert 'href="kb:passports"' in html and 'href="kb:glossary#debt-bondage"' in html


def test_backlinks_on_the_real_knowledge_base_are_many_and_fast(real_load: LoadResult) -> None:
    backlinks = build_backlinks(real_load.kb)
    cited = backlinks.cited_by("kb:criminal-code-art-388", "en")
    assert len(cited) > 10
    assert all(e.context for e in cited)
    assert "](" not in "".join(e.context for e in cited)  # Markdown link syntax removed


def test_plain_line_removes_markdown_but_keeps_link_text() -> None:
    assert plain_line("- **Keep** the [passport](kb:x#y) `code` {#anchor}") == "Keep the passport code"


def _term(term_id: str, en: str, sr: str, also_en: tuple[str, ...] = (), also_sr: tuple[str, ...] = ()) -> GlossaryTerm:
    return GlossaryTerm(
        id=term_id,
        term=LocalText(en, sr),
        also_en=also_en,
        also_sr=also_sr,
        definition=LocalText(f"Definition of {en}.", f"Definicija za {sr}."),
    )


def _kb(*terms: GlossaryTerm) -> KnowledgeBase:
    return KnowledgeBase(root=Path("."), version="t", glossary={t.id: t for t in terms})


def test_glossary_marks_first_mention_with_definition_and_other_language_term() -> None:
    marker = GlossaryMarker(_kb(_term("forced-labour", "forced labour", "prinudni rad")))
    html = marker.mark("<p>Forced labour is common. Forced labour again.</p>", "en")
    links = re.findall(r'<a class="term" href="kb:glossary#forced-labour" title="([^"]*)">([^<]*)</a>', html)
    assert len(links) == 1  # only the first mention
    title, text = links[0]
    assert text == "Forced labour"
    assert "prinudni rad" in title and "Definition of forced labour." in title and "SR" in title
    assert html.endswith("Forced labour again.</p>")


def test_glossary_marks_serbian_pages_with_inflected_forms_but_not_loose_synonyms() -> None:
    term = _term("employer", "employer", "poslodavac", also_en=("boss",), also_sr=("poslodavci", "gazda"))
    marker = GlossaryMarker(_kb(term))
    html = marker.mark("<p>Gazda i poslodavci.</p>", "sr")
    assert '<a class="term" href="kb:glossary#employer"' in html
    assert ">poslodavci</a>" in html and ">Gazda<" not in html
    assert "EN: <i>employer</i>" in html.replace("&lt;", "<").replace("&gt;", ">")
    assert "term" not in GlossaryMarker(_kb(term)).mark("<p>The boss left.</p>", "en")


def test_glossary_marks_leave_headings_links_code_and_sources_alone() -> None:
    marker = GlossaryMarker(_kb(_term("debt-bondage", "debt bondage", "dužničko ropstvo")))
    html = (
        "<h2>Debt bondage</h2><p><a href='kb:x'>debt bondage</a> <code>debt bondage</code></p>"
        '<ul class="sources"><li>debt bondage report</li></ul>'
    )
    assert marker.mark(html, "en") == html
    assert 'class="term"' in marker.mark(html + "<p>about debt bondage</p>", "en")


def test_glossary_marks_never_land_inside_a_tag_or_a_script() -> None:
    """The page is walked as HTML (content.html_text): a ">" inside an attribute value does not end
    the tag, and the content of a script is not text. The earlier regex tokenizer marked both."""
    marker = GlossaryMarker(_kb(_term("debt-bondage", "debt bondage", "dužničko ropstvo")))
    html = '<p><span title="risk > debt bondage">x</span></p><script>let s = "<b>debt bondage";</script>'
    assert marker.mark(html, "en") == html
    marked = marker.mark(html + "<p>debt bondage</p>", "en")
    assert marked.startswith(html) and marked.count('class="term"') == 1


def test_glossary_acronyms_match_only_in_capitals() -> None:
    marker = GlossaryMarker(_kb(_term("thb", "trafficking in human beings", "trgovina ljudima", also_en=("THB",))))
    assert 'class="term"' in marker.mark("<p>THB cases</p>", "en")
    assert 'class="term"' not in marker.mark("<p>thb cases</p>", "en")


def test_glossary_existing_glossary_link_gets_the_tooltip() -> None:
    marker = GlossaryMarker(_mini())
    html = marker.mark('<p>Read the <a href="kb:glossary#debt-bondage">glossary</a>.</p>', "en")
    assert 'href="kb:glossary#debt-bondage" title="' in html
    note = marker.note_for_href("kb:glossary#debt-bondage", "en")
    assert note is not None and note.other_term == "dužničko ropstvo"


def test_about_facts_name_versions_reviewed_dates_and_sources() -> None:
    kb = _mini()
    facts = content_facts(kb)
    assert facts.content_version == kb.version and "+" in facts.content_version
    assert facts.reviewed_newest == date(2026, 11, 29)
    documents = [s.document for s in facts.sources]
    assert "Council of Europe Convention on Action against Trafficking (CETS 197)" in documents
    assert facts.translated_articles == 1
