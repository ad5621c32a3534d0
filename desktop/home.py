"""The start page: what the app is for and where to begin."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.i18n import script_text

if TYPE_CHECKING:
    from content.model import KnowledgeBase

translate = QCoreApplication.translate

_START_ARTICLES = (
    "continuum-of-exploitation",
    "first-contact",
    "referral-step-by-step",
    "indicators-overview",
    "criminal-code-art-388",
    "labour-law-inspection-powers",
)


def home_html(kb: KnowledgeBase, lang: str) -> str:
    """The start page in the interface language; titles and summaries in `lang` (the content's), in
    the reader's script."""
    title = translate("Home", "Prepoznaj")
    intro = translate(
        "Home",
        "Recognise trafficking for labour exploitation, tell it apart from labour-law "
        "violations, and know what to do next. Everything here works offline.",
    )
    parts = [f"<h1>{escape(title)}</h1>", f"<p>{escape(intro)}</p>"]
    start = translate("Home", "Start here")
    parts.append(f"<h2>{escape(start)}</h2><ul>")
    for doc_id in _START_ARTICLES:
        article = kb.article(doc_id, lang)
        if article is not None:
            shown = escape(script_text(article.title, article.lang))
            summary = f" — {escape(script_text(article.summary, article.lang))}" if article.summary else ""
            parts.append(f'<li><a href="kb:{doc_id}">{shown}</a>{summary}</li>')
    parts.append("</ul>")
    catalogue = translate("Home", "Indicator catalogue")
    indicators = translate("Home", "%n indicators by dimension and strength", "", len(kb.indicators))
    glossary = translate("Home", "Glossary")
    terms = translate("Home", "%n terms in English and Serbian", "", len(kb.glossary))
    contacts = translate("Home", "Referral contacts")
    reference = translate("Home", "Reference")
    parts.append(f"<h2>{escape(reference)}</h2><ul>")
    parts.append(f'<li><a href="kb:indicators">{escape(catalogue)}</a> — {escape(indicators)}</li>')
    parts.append(f'<li><a href="kb:glossary">{escape(glossary)}</a> — {escape(terms)}</li>')
    parts.append(f'<li><a href="kb:contacts">{escape(contacts)}</a></li></ul>')
    if kb.cases:
        training = translate("Home", "Training cases")
        parts.append(f"<h2>{escape(training)}</h2><ul>")
        cases = sorted((c for c in (kb.case(i, lang) for i in kb.cases) if c), key=lambda c: c.title.casefold())
        for case in cases:
            parts.append(f'<li><a href="kb:{case.id}">{escape(script_text(case.title, case.lang))}</a></li>')
        parts.append("</ul>")
    disclaimer = translate(
        "Home",
        "Formal identification of a victim is not the inspector’s decision: it belongs to the police "
        "and the Centre for Protection of Victims of Trafficking.",
    )
    parts.append(f'<p class="meta">{escape(disclaimer)}</p>')
    return "\n".join(parts)


def not_found_html(href: str) -> str:
    heading = translate("Home", "Page not found")
    text = translate(
        "Home", "There is no page at %1. It may have been renamed or removed from the knowledge base."
    ).replace("%1", href)
    return f"<h1>{escape(heading)}</h1><p>{escape(text)}</p>"
