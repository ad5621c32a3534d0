"""The start page: what the app is for and where to begin."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from content.model import KnowledgeBase


def _tr(text: str) -> str:
    return QCoreApplication.translate("Home", text)


_START_ARTICLES = (
    "continuum-of-exploitation",
    "first-contact",
    "referral-step-by-step",
    "indicators-overview",
    "criminal-code-art-388",
    "labour-law-inspection-powers",
)


def home_html(kb: KnowledgeBase, lang: str) -> str:
    parts = [
        f"<h1>{escape(_tr('Prepoznaj'))}</h1>",
        "<p>"
        + escape(
            _tr(
                "Recognise trafficking for labour exploitation, tell it apart from labour-law "
                "violations, and know what to do next. Everything here works offline."
            )
        )
        + "</p>",
        f"<h2>{escape(_tr('Start here'))}</h2><ul>",
    ]
    for doc_id in _START_ARTICLES:
        article = kb.article(doc_id, lang)
        if article is not None:
            summary = f" — {escape(article.summary)}" if article.summary else ""
            parts.append(f'<li><a href="kb:{doc_id}">{escape(article.title)}</a>{summary}</li>')
    parts.append("</ul>")
    parts.append(f"<h2>{escape(_tr('Reference'))}</h2><ul>")
    parts.append(
        f'<li><a href="kb:indicators">{escape(_tr("Indicator catalogue"))}</a> — '
        f"{escape(_tr('%1 indicators by dimension and strength').replace('%1', str(len(kb.indicators))))}</li>"
    )
    parts.append(
        f'<li><a href="kb:glossary">{escape(_tr("Glossary"))}</a> — '
        f"{escape(_tr('%1 terms in English and Serbian').replace('%1', str(len(kb.glossary))))}</li>"
    )
    parts.append(f'<li><a href="kb:contacts">{escape(_tr("Referral contacts"))}</a></li></ul>')
    if kb.cases:
        parts.append(f"<h2>{escape(_tr('Training cases'))}</h2><ul>")
        for case in sorted((c for c in (kb.case(i, lang) for i in kb.cases) if c), key=lambda c: c.title.casefold()):
            parts.append(f'<li><a href="kb:{case.id}">{escape(case.title)}</a></li>')
        parts.append("</ul>")
    disclaimer = _tr(
        "Formal identification of a victim is not the inspector’s decision: it belongs to the police "
        "and the Centre for Protection of Victims of Trafficking."
    )
    parts.append(f'<p class="meta">{escape(disclaimer)}</p>')
    return "\n".join(parts)


def not_found_html(href: str) -> str:
    return (
        f"<h1>{escape(_tr('Page not found'))}</h1>"
        + "<p>"
        + escape(
            _tr("There is no page at %1. It may have been renamed or removed from the knowledge base.").replace(
                "%1", href
            )
        )
        + "</p>"
    )
