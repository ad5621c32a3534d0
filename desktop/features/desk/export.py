"""Personal notes exported to a Markdown or HTML file (to keep, print or attach elsewhere)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from desktop.features.desk.store import Note

translate = QCoreApplication.translate


class NotesExport(QObject):
    """The counted words of the file (a class: lupdate reads the plural of self.tr(), not that of a
    translate() with a counted argument)."""

    def exported(self, at: datetime, count: int) -> str:
        return self.tr("Exported %1 · %n note(s)", "", count).replace("%1", _local(at))


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def notes_markdown(notes: list[Note], exported_at: datetime) -> str:
    lines = [
        "# " + translate("NotesExport", "Prepoznaj — my notes"),
        "",
        NotesExport().exported(exported_at, len(notes)),
        "",
    ]
    for note in notes:
        lines += [
            f"## {note.title}",
            "",
            f"`{note.href}` · " + translate("NotesExport", "last changed %1").replace("%1", _local(note.updated_at)),
            "",
            note.body.rstrip(),
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def notes_html(notes: list[Note], exported_at: datetime) -> str:
    title = translate("NotesExport", "Prepoznaj — my notes")
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.45;color:#1d2433}"
        "h2{color:#123b6d;margin-top:1.6em}.meta{color:#5a6473;font-size:90%}</style>",
        "</head><body>",
        f"<h1>{escape(title)}</h1>",
        '<p class="meta">' + escape(NotesExport().exported(exported_at, len(notes))) + "</p>",
    ]
    for note in notes:
        paragraphs = [p for p in note.body.strip().split("\n\n") if p.strip()]
        body = "".join("<p>" + escape(p.strip()).replace("\n", "<br>") + "</p>" for p in paragraphs)
        parts += [
            f"<h2>{escape(note.title)}</h2>",
            f'<p class="meta"><code>{escape(note.href)}</code> · '
            + escape(translate("NotesExport", "last changed %1").replace("%1", _local(note.updated_at)))
            + "</p>",
            body,
        ]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_notes(path: Path, notes: list[Note], exported_at: datetime) -> Path:
    """Writes Markdown, or HTML when the file name ends in .html/.htm; adds .md when there is no
    extension. Written to a temporary file first, so a failed write leaves no half file."""
    if path.suffix.lower() not in (".md", ".markdown", ".html", ".htm", ".txt"):
        path = path.with_name(path.name + ".md")
    html = path.suffix.lower() in (".html", ".htm")
    text = notes_html(notes, exported_at) if html else notes_markdown(notes, exported_at)
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return path
