"""What one row of the search results shows, as plain text runs with the matched words marked:
a heading of a kind, or a hit (title, a language tag, the snippet). The delegate lays these
runs out itself (search_delegate.py); the HTML of a row is kept for whoever reads the list.

The engine's snippets are HTML whose only markup is <b> around matched words (escaped text
otherwise), so they are read back into runs here; Serbian shown in Cyrillic is transliterated
run by run, which keeps every marked word marked."""

from __future__ import annotations

import re
from html import escape, unescape
from typing import NamedTuple

from PySide6.QtCore import Qt

from content.translit import to_cyrillic
from search_index.results import Hit

HREF_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the row as HTML (title, snippet, matches in <b>)
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
TEXT_ROLE = Qt.ItemDataRole.UserRole + 4  # the row as RowText (what the delegate lays out)

MUTED = "#5a6473"  # headings and language tags
_TAG = re.compile(r"(<b>|</b>|<[^>]*>)")


class Run(NamedTuple):
    text: str
    bold: bool = False
    lang: str = ""  # set when the run is in another language than the row (kept as written)


class RowText(NamedTuple):
    """A row's text: `title` (bold), `tag` (e.g. "[EN]", muted) and `snippet` runs (smaller,
    matched words bold). A heading is its title alone, muted, in capitals."""

    title: str
    tag: str = ""
    snippet: tuple[Run, ...] = ()
    heading: bool = False
    title_runs: tuple[Run, ...] = ()  # the title with its matched words marked (all of it is bold)

    def html(self) -> str:
        """The same as HTML (what QTextDocument would show)."""
        if self.heading:
            return f'<span style="color:{MUTED}; font-weight:bold;">{escape(self.title.upper())}</span>'
        tag = f' <span style="color:{MUTED};">{escape(self.tag)}</span>' if self.tag else ""
        title = "".join(_run_html(run) for run in self.title_runs) if self.title_runs else escape(self.title)
        html = f"<b>{title}</b>{tag}"
        if self.snippet:
            html += f"<br><small>{''.join(_run_html(run) for run in self.snippet)}</small>"
        return html

    def plain_snippet(self) -> str:
        return "".join(run.text for run in self.snippet)


def _run_html(run: Run) -> str:
    text = escape(run.text, quote=False)
    if run.bold:
        text = f"<b>{text}</b>"
    return f'<span lang="{run.lang}">{text}</span>' if run.lang else text


def runs_of_html(html: str) -> tuple[Run, ...]:
    """Runs of an engine snippet: escaped text with matched words in <b> (any other tag is
    dropped, its text kept)."""
    runs: list[Run] = []
    bold = 0
    for part in _TAG.split(html):
        if part == "<b>":
            bold += 1
        elif part == "</b>":
            bold = max(0, bold - 1)
        elif part and not part.startswith("<"):
            text = unescape(part)
            if runs and runs[-1].bold == (bold > 0):
                runs[-1] = Run(runs[-1].text + text, bold > 0)
            else:
                runs.append(Run(text, bold > 0))
    return tuple(runs)


def hit_title(hit: Hit, cyrillic: bool) -> str:
    """A hit's title in the script shown (only Serbian text changes script, never English)."""
    return to_cyrillic(hit.title) if cyrillic and hit.lang == "sr" else hit.title


def describe(hit: Hit, lang: str, cyrillic: bool) -> RowText:
    """A hit's row: its title, a tag when its language is not the one searched in, and its
    snippet (made now, if it was not yet)."""
    tag = "" if hit.lang == lang else f"[{hit.lang.upper()}]"
    runs = runs_of_html(hit.snippet)
    if hit.kind == "glossary" and runs and " · " in runs[-1].text and not runs[-1].bold:
        # A term's snippet ends with its name in the other language: as written, in any script.
        last = runs[-1]
        definition, _, other = last.text.rpartition(" · ")
        runs = (*runs[:-1], Run(definition + " · ", False), Run(other, False, "en" if hit.lang == "sr" else "sr"))
    title_runs = runs_of_html(hit.title_html)
    if cyrillic and hit.lang == "sr":
        tag = to_cyrillic(tag)
        runs = tuple(run if run.lang else Run(to_cyrillic(run.text), run.bold) for run in runs)
        title_runs = tuple(Run(to_cyrillic(run.text), run.bold) for run in title_runs)
    return RowText(hit_title(hit, cyrillic), tag, runs, title_runs=title_runs)


class Row(NamedTuple):
    """What one row of the list shows: a heading of a kind, or a hit (`key` is its href)."""

    key: str
    kind: str
    text: RowText
    described: bool = True  # False while a hit's snippet is still to come (the row shows its title)

    @property
    def heading(self) -> bool:
        return self.text.heading
