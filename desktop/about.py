"""The About box: app version, content version and how current it is, the rules version, and
the sources the knowledge base rests on."""

from __future__ import annotations

import platform
from html import escape
from importlib.metadata import PackageNotFoundError, version

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from content.about import ContentFacts, content_facts
from content.model import KnowledgeBase


def app_version() -> str:
    try:
        return version("prepoznaj")
    except PackageNotFoundError:
        return "dev"


class AboutDialog(QDialog):
    def __init__(self, kb: KnowledgeBase | None, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Prepoznaj"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutText")
        self.text.setAccessibleName(self.tr("About Prepoznaj"))
        self.text.setOpenExternalLinks(False)
        self.text.setOpenLinks(False)
        self.text.document().setDefaultStyleSheet(css)
        self.text.document().setDocumentMargin(14)
        self.text.setHtml(self.about_html(content_facts(kb) if kb is not None else None))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def about_html(self, facts: ContentFacts | None) -> str:
        tr = self.tr
        parts = [
            f"<h1>Prepoznaj {escape(app_version())}</h1>",
            "<p>"
            + escape(
                tr(
                    "An offline knowledge base and decision support for labour inspectors: recognising "
                    "trafficking in human beings for labour exploitation, telling it apart from labour-law "
                    "violations, and acting on it."
                )
            )
            + "</p>",
            '<p class="meta">'
            + escape(
                tr("Python %1 · Qt for Python (PySide6) %2")
                .replace("%1", platform.python_version())
                .replace("%2", pyside_version)
            )
            + "</p>",
        ]
        if facts is None:
            parts.append(f"<p>{escape(tr('The knowledge base is still loading.'))}</p>")
            return "\n".join(parts)
        rows = [
            (tr("Content version"), facts.content_version),
            (
                tr("Assessment rules version"),
                facts.rules_version or tr("no rule file loaded (content/rules.yaml missing or broken)"),
            ),
        ]
        if facts.trees:
            rows.append((tr("Decision trees"), ", ".join(f"{tid} {ver}" for tid, ver in facts.trees)))
        rows += [
            (
                tr("Articles and cases last reviewed"),
                _date_range(facts.reviewed_oldest, facts.reviewed_newest, tr("not recorded")),
            ),
            (
                tr("Referral contacts last verified"),
                _date_range(facts.verified_oldest, facts.verified_newest, tr("not recorded")),
            ),
            (
                tr("Contents"),
                tr("%1 articles (%2 in Serbian), %3 cases, %4 indicators, %5 glossary terms, %6 contacts")
                .replace("%1", str(facts.articles))
                .replace("%2", str(facts.translated_articles))
                .replace("%3", str(facts.cases))
                .replace("%4", str(facts.indicators))
                .replace("%5", str(facts.glossary_terms))
                .replace("%6", str(facts.contacts)),
            ),
        ]
        parts.append(
            '<table class="about">'
            + "".join(f'<tr><th align="left">{escape(k)}</th><td>{escape(v)}</td></tr>' for k, v in rows)
            + "</table>"
        )
        parts.append(
            "<p>"
            + escape(
                tr(
                    "Each article shows its own sources and the date it was last reviewed. Check the "
                    "current text of a law before quoting it. Formal identification of a victim is not "
                    "the inspector's decision."
                )
            )
            + "</p>"
        )
        parts.append(f"<h2>{escape(tr('Sources (%1 documents)').replace('%1', str(len(facts.sources))))}</h2><ul>")
        for source in facts.sources:
            years = f" ({', '.join(source.years)})" if source.years else ""
            cited = tr("cited in %1").replace("%1", str(source.cited_in))
            parts.append(
                f'<li>{escape(source.document)}{escape(years)} <span class="kind">· {escape(cited)}</span></li>'
            )
        parts.append("</ul>")
        return "\n".join(parts)


def _date_range(oldest: object, newest: object, missing: str) -> str:
    if oldest is None or newest is None:
        return missing
    if oldest == newest:
        return str(newest)
    return f"{oldest} – {newest}"
