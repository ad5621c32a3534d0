"""The About box: app version, content version and how current it is, the rules version, and
the sources the knowledge base rests on."""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from content.about import ContentFacts, content_facts
from content.model import KnowledgeBase
from desktop.version import app_version


class AboutDialog(QDialog):
    def __init__(self, kb: KnowledgeBase | None, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.facts = content_facts(kb) if kb is not None else None
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutText")
        self.text.setOpenExternalLinks(False)
        self.text.setOpenLinks(False)
        self.text.document().setDefaultStyleSheet(css)
        self.text.document().setDocumentMargin(14)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Prepoznaj"))
        self.text.setAccessibleName(self.tr("About Prepoznaj"))
        self.text.setHtml(self.about_html(self.facts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def about_html(self, facts: ContentFacts | None) -> str:
        title = self.tr("Prepoznaj %1").replace("%1", app_version())
        purpose = self.tr(
            "An offline knowledge base and decision support for labour inspectors: recognising "
            "trafficking in human beings for labour exploitation, telling it apart from labour-law "
            "violations, and acting on it."
        )
        built = self.tr("Python %1 · Qt for Python (PySide6) %2").replace("%1", platform.python_version())
        parts = [
            f"<h1>{escape(title)}</h1>",
            f"<p>{escape(purpose)}</p>",
            f'<p class="meta">{escape(built.replace("%2", pyside_version))}</p>',
        ]
        if facts is None:
            loading = self.tr("The knowledge base is still loading.")
            parts.append(f"<p>{escape(loading)}</p>")
            return "\n".join(parts)
        not_recorded = self.tr("not recorded")
        rows = [
            (self.tr("Content version"), facts.content_version),
            (
                self.tr("Assessment rules version"),
                facts.rules_version or self.tr("no rule file loaded (content/rules.yaml missing or broken)"),
            ),
        ]
        if facts.trees:
            rows.append((self.tr("Decision trees"), ", ".join(f"{tid} {ver}" for tid, ver in facts.trees)))
        contents = (
            self.tr("articles: %1 (in Serbian: %2), cases: %3, indicators: %4, glossary terms: %5, contacts: %6")
            .replace("%1", str(facts.articles))
            .replace("%2", str(facts.translated_articles))
            .replace("%3", str(facts.cases))
            .replace("%4", str(facts.indicators))
            .replace("%5", str(facts.glossary_terms))
            .replace("%6", str(facts.contacts))
        )
        rows += [
            (
                self.tr("Articles and cases last reviewed"),
                _date_range(facts.reviewed_oldest, facts.reviewed_newest, not_recorded),
            ),
            (
                self.tr("Referral contacts last verified"),
                _date_range(facts.verified_oldest, facts.verified_newest, not_recorded),
            ),
            (self.tr("Contents"), contents),
        ]
        parts.append(
            '<table class="about">'
            + "".join(f'<tr><th align="left">{escape(k)}</th><td>{escape(v)}</td></tr>' for k, v in rows)
            + "</table>"
        )
        caution = self.tr(
            "Each article shows its own sources and the date it was last reviewed. Check the "
            "current text of a law before quoting it. Formal identification of a victim is not "
            "the inspector's decision."
        )
        parts.append(f"<p>{escape(caution)}</p>")
        sources = self.tr("Sources (%n document(s))", "", len(facts.sources))
        parts.append(f"<h2>{escape(sources)}</h2><ul>")
        for source in facts.sources:
            years = f" ({', '.join(source.years)})" if source.years else ""
            cited = self.tr("cited in %n document(s)", "", source.cited_in)
            # Source titles are cited as published (mostly English): never transliterated.
            parts.append(
                f'<li><span translate="no">{escape(source.document)}{escape(years)}</span>'
                f' <span class="kind">· {escape(cited)}</span></li>'
            )
        parts.append("</ul>")
        return "\n".join(parts)


def _date_range(oldest: object, newest: object, missing: str) -> str:
    if oldest is None or newest is None:
        return missing
    if oldest == newest:
        return str(newest)
    return f"{oldest} – {newest}"
