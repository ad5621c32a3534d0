"""The start page: what the app is for and where to begin."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.i18n import script_text, sort_key

if TYPE_CHECKING:
    from content.model import KnowledgeBase

_START_ARTICLES = (
    "continuum-of-exploitation",
    "first-contact",
    "referral-step-by-step",
    "indicators-overview",
    "criminal-code-art-388",
    "labour-law-inspection-powers",
)


class Home(QObject):
    """The start page's texts (a class: its name is the translation context, and lupdate reads
    the plurals of self.tr(), not those of a translate() with a counted argument)."""

    def html(self, kb: KnowledgeBase, lang: str) -> str:
        """In the interface language; titles and summaries in `lang` (the content's), in the reader's script."""
        intro = self.tr(
            "Recognise trafficking for labour exploitation, tell it apart from labour-law "
            "violations, and know what to do next. Everything here works offline."
        )
        parts = [f"<h1>{escape(self.title())}</h1>", f"<p>{escape(intro)}</p>"]
        start = self.tr("Start here")
        parts.append(f"<h2>{escape(start)}</h2><ul>")
        for doc_id in _START_ARTICLES:
            article = kb.article(doc_id, lang)
            if article is not None:
                shown = escape(script_text(article.title, article.lang))
                summary = f" — {escape(script_text(article.summary, article.lang))}" if article.summary else ""
                parts.append(f'<li><a href="kb:{doc_id}">{shown}</a>{summary}</li>')
        parts.append("</ul>")
        catalogue = self.tr("Indicator catalogue")
        indicators = self.tr("%n indicators by dimension and strength", "", len(kb.indicators))
        glossary = self.tr("Glossary")
        terms = self.tr("%n terms in English and Serbian", "", len(kb.glossary))
        contacts = self.tr("Referral contacts")
        changes = self.tr("What changed in this edition")
        changed = self.tr("%n change(s) in law and guidance, newest first", "", _change_count(kb))
        reference = self.tr("Reference")
        parts.append(f"<h2>{escape(reference)}</h2><ul>")
        parts.append(f'<li><a href="kb:indicators">{escape(catalogue)}</a> — {escape(indicators)}</li>')
        parts.append(f'<li><a href="kb:glossary">{escape(glossary)}</a> — {escape(terms)}</li>')
        parts.append(f'<li><a href="kb:contacts">{escape(contacts)}</a></li>')
        parts.append(f'<li><a href="kb:changes">{escape(changes)}</a> — {escape(changed)}</li></ul>')
        if kb.cases:
            training = self.tr("Training cases")
            parts.append(f"<h2>{escape(training)}</h2><ul>")
            titles = [(script_text(c.title, c.lang), c.id) for c in (kb.case(i, lang) for i in kb.cases) if c]
            for title, case_id in sorted(titles, key=lambda pair: sort_key(pair[0])):
                parts.append(f'<li><a href="kb:{case_id}">{escape(title)}</a></li>')
            parts.append("</ul>")
        disclaimer = self.tr(
            "Formal identification of a victim is not the inspector’s decision: it belongs to the police "
            "and the Centre for Protection of Victims of Trafficking."
        )
        parts.append(f'<p class="meta">{escape(disclaimer)}</p>')
        return "\n".join(parts)

    def title(self) -> str:
        return self.tr("Prepoznaj")

    def not_found(self, href: str) -> str:
        heading = self.tr("Page not found")
        text = self.tr("There is no page at %1. It may have been renamed or removed from the knowledge base.")
        return f"<h1>{escape(heading)}</h1><p>{escape(text.replace('%1', href))}</p>"


def _change_count(kb: KnowledgeBase) -> int:
    from content.changes import all_changes  # Qt-free and light: the start page is shown first

    return len(all_changes(kb))


def home_html(kb: KnowledgeBase, lang: str) -> str:
    return Home().html(kb, lang)


def not_found_html(href: str) -> str:
    return Home().not_found(href)
