"""What changed in this edition: every `changes:` entry of every article and case, newest first.

The entries live in the documents' front matter (the loader validates them); this module gathers
them for the generated page `kb:changes`, the start page and search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from content.model import BUNDLED, KnowledgeBase, LocalText, Origin

CHANGES = "changes"  # the page's kb: address: kb:changes
PAGE_TITLE = LocalText("What changed in this edition", "Šta je novo u ovom izdanju")


@dataclass(frozen=True)
class ChangeEntry:
    date: date
    doc_id: str  # the article or case that changed
    kind: str  # article | case
    text: LocalText
    origin: Origin = BUNDLED  # the document's: an official pack's update says which pack brought it


def content_edition(kb: KnowledgeBase) -> str:
    """The content version of meta.yaml (without the digest the loader adds to `kb.version`)."""
    return kb.version.partition("+")[0]


def all_changes(kb: KnowledgeBase) -> list[ChangeEntry]:
    """Every change, newest first; on the same day in the order of the documents' ids. An entry
    repeated in a document's translation (same date and English text) is listed once."""
    seen: set[tuple[str, date, str]] = set()
    entries: list[ChangeEntry] = []
    for kind, documents in (("article", kb.articles), ("case", kb.cases)):
        for doc_id, versions in documents.items():
            for lang in ("en", "sr"):
                doc = versions.get(lang)
                if doc is None:
                    continue
                for note in doc.changes:
                    key = (doc_id, note.date, note.text.en)
                    if key in seen:
                        continue
                    seen.add(key)
                    entries.append(ChangeEntry(note.date, doc_id, kind, note.text, doc.origin))
    entries.sort(key=lambda e: e.doc_id)
    entries.sort(key=lambda e: e.date, reverse=True)
    return entries


_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Dates as a Serbian lawyer writes them: "7. decembra 2026." (the month in the genitive).
_MONTHS_SR = [
    "januara",
    "februara",
    "marta",
    "aprila",
    "maja",
    "juna",
    "jula",
    "avgusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
]


def long_date(day: date, lang: str) -> str:
    if lang == "sr":
        return f"{day.day}. {_MONTHS_SR[day.month - 1]} {day.year}."
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def changes_text(kb: KnowledgeBase, lang: str) -> str:
    """The page's entries as plain text in `lang`, one a line (for search): date — page — change."""
    lines = []
    for entry in all_changes(kb):
        doc = kb.document(entry.doc_id, lang)
        title = doc.title if doc is not None else entry.doc_id
        lines.append(f"{long_date(entry.date, lang)} — {title} — {entry.text.get(lang)}")
    return "\n".join(lines)
