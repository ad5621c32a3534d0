"""Search as you type: a field, filters with counts, and ranked hits grouped by kind.

Keyboard: Down moves from the field into the results (Up from the first hit goes back), Enter
opens a hit (in the field: the first one), Esc clears.

Each keystroke searches at once (on the next turn of the event loop, so keys already typed are
taken together) while searches are quick, and after a short pause once they are slow (a running
average, so one slow search on a busy machine does not make typing wait). The hits that fit on
the screen are prepared with the results (title and snippet, laid out once for both the list's
layout and its paint); the list (search_results.py) rewrites only the rows that change, and the
snippets of the hits further down follow after the screen has painted. Only what changed paints
again: the list, the count, the filters whose counts changed, in one frame (the rows are laid out
with the results, never a frame after the count). The count, filters and list stay in place while
a query is typed, found or not: the first hits after "Type at least 2 letters" only fill the list
(benchmarks/keystroke_bench.py measures keystroke to painted results)."""

from __future__ import annotations

import time
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from content.model import KnowledgeBase
from content.translit import to_cyrillic
from desktop.shell.lru import Lru
from desktop.shell.search_facets import KIND_ORDER, FacetBar
from desktop.shell.search_results import ResultsList
from desktop.shell.search_rows import HREF_ROLE, HTML_ROLE, KIND_ROLE, Row, RowText, describe, hit_title
from search_index.query import MIN_PREFIX
from search_index.results import Hit, SearchResults, TermMatcher

if TYPE_CHECKING:  # Whoosh is loaded by the start-up worker, after the window is on screen
    from search_index.searcher import SearchIndex

DEBOUNCE_MS = 120  # the pause after a keystroke once searches are slow
SLOW_SEARCH_S = 0.05  # searches (with their display) slower than this on average make typing wait
SLOW_AVERAGE_WEIGHT = 0.3  # weight of the latest search in that running average
RESULT_LIMIT = 40
DESCRIBED_CACHE = 256  # rows of hits kept, by the words they matched (typing on often keeps them)


class SearchPanel(QWidget):
    open_requested = Signal(str)  # kb: href
    hit_opened = Signal(str, object)  # kb: href, search_index.results.TermMatcher of the words to mark
    results_shown = Signal(bool)  # True while results (not the navigation) should be visible

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._lang = "en"
        self._kb: Callable[[], KnowledgeBase | None] = lambda: None
        self._exact = ""  # search this text exactly as typed (the user refused a correction)
        self._hits: dict[str, Hit] = {}
        self._cyrillic = False  # Serbian shown in Cyrillic script (the knowledge base is Latin)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.status.linkActivated.connect(self._on_status_link)
        self.status.hide()
        self.facets = FacetBar(self._facet_label, self)
        self.facets.changed.connect(self.run_search)
        self.facets.hide()
        self.results = ResultsList(self)
        self.results.set_describer(self._describe, lambda: self._index is not None and not self._index.closed)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.facets)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self._typical_s = 0.0  # running average of a search and its display
        self._rows_context = ("", False)  # the list's rows are in this language and script
        # A hit's row depends only on its document, the words of it that matched, the language
        # searched in and the script: while a word is typed out those often stay the same, and
        # its snippet is not made again.
        self._described: Lru[tuple[str, frozenset[str], str, bool], RowText] = Lru(DESCRIBED_CACHE)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._open_first)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.activated.connect(self._open_item)
        self.results.clicked.connect(self._open_item)
        self.last_results: SearchResults | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text again (the interface language changed)."""
        self.field.setPlaceholderText(self.tr("Search guidance, indicators, cases…"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setToolTip(
            self.tr(
                "English or Serbian, Latin or Cyrillic, with or without č ć š ž đ. "
                'Quotes find a phrase ("debt bondage"); word* finds words that start so.'
            )
        )
        self.results.setAccessibleName(self.tr("Search results"))
        if self.last_results is not None:
            self._show(self.last_results, afresh=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- wiring -------------------------------------------------------------------------
    def set_index(self, index: SearchIndex | None) -> None:
        self._index = index
        self._described.clear()  # another index: other texts
        self.results.drop_later()
        if self.field.text().strip():
            self.run_search()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self.field.text().strip() and self._index is not None:
            self.run_search()

    def set_cyrillic(self, cyrillic: bool) -> None:
        """Show Serbian titles, snippets and labels in Cyrillic script."""
        if cyrillic != self._cyrillic:
            self._cyrillic = cyrillic
            if self.last_results is not None:
                self._show(self.last_results, afresh=True)

    def set_knowledge_base(self, kb: Callable[[], KnowledgeBase | None]) -> None:
        """Where facet values (jurisdictions, topics) find their labels."""
        self._kb = kb

    def show_preparing(self, done: int, total: int) -> None:
        if total:
            self._set_status(
                [
                    [
                        self.tr("Preparing search: %1 of %2 documents indexed…")
                        .replace("%1", str(done))
                        .replace("%2", str(total))
                    ]
                ]
            )
        else:
            self._set_status([[self.tr("Preparing search…")]])
        self.status.setVisible(bool(self.field.text().strip()) or done < total)

    # -- searching ------------------------------------------------------------------------
    def _on_text_changed(self, text: str) -> None:
        self._exact = ""
        self.results.drop_later()  # the hits below the first screen will not be looked at: new ones come
        if text.strip():
            self._timer.start()  # restarted by every key: keys typed meanwhile are searched together
        else:
            self.run_search()  # cleared: back to the navigation at once

    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text()
        if not text.strip():
            self.results.drop_later()
            self._clear_list()
            self.results.hide()
            self.status.hide()
            self.facets.hide()
            self.facets.clear()
            self.last_results = None
            self.results_shown.emit(False)
            return
        self.results_shown.emit(True)
        if self._index is None:
            self._set_status([[self.tr("Search is being prepared; results will appear in a moment.")]])
            self.status.show()
            self.results.hide()
            return
        started = time.perf_counter()
        found = self._index.search(
            text,
            limit=RESULT_LIMIT,
            lang=self._lang,
            as_you_type=True,
            correct=text != self._exact,
            **self.facets.selection(),  # type: ignore[arg-type]
        )
        self.last_results = found
        self._show(found)
        latest = time.perf_counter() - started
        self._typical_s += SLOW_AVERAGE_WEIGHT * (latest - self._typical_s)
        self._timer.setInterval(DEBOUNCE_MS if self._typical_s > SLOW_SEARCH_S else 0)

    def _show(self, found: SearchResults, afresh: bool = False) -> None:
        """Show results. Qt paints on the next turn of the event loop only what changed: the
        list's rows that differ from those shown, the count, the filters whose counts changed
        (never the whole panel, as turning updates off and on again would). `afresh`: every
        row is made again (the script or the language of the texts changed)."""
        if afresh or (self._lang, self._cyrillic) != self._rows_context:
            self._clear_list()
        self._fill(found)

    def _fill(self, found: SearchResults) -> None:
        self.results.drop_later()
        self._hits = {h.href: h for h in found.hits}
        self.facets.set_counts(found.facets)
        # The count (or message), the filters and the list stay where they are whatever is found:
        # one letter, no results and the first hits lay nothing out again (the list stands empty,
        # the filters greyed out, the message at the top rather than alone in the column).
        self.facets.show()
        self.status.show()
        self.results.show()
        if not found.hits:
            self._set_status(self._empty_message(found))
            self._clear_list()
            return
        self._set_status(self._count_message(found))
        # The hits that fit on the screen come with their snippets, measured as the list will lay
        # them out (the layouts are kept for its paint); the others follow. A row that shows what
        # it already shows is left alone: typing on often changes no row on the screen, and then
        # the list neither lays out nor paints again.
        room = self._first_screen()
        shown = self.results.rows
        rows: list[Row] = []
        later: list[tuple[int, Hit]] = []
        for kind in self._kind_order(found.hits):
            heading = RowText(self._kind_heading(kind), heading=True)
            rows.append(Row(kind, kind, heading))
            if room > 0:
                room -= self.results.height_of(heading)
            for hit in (h for h in found.hits if h.kind == kind):
                at = len(rows)
                if room > 0:
                    text = self._describe(hit)
                    room -= self.results.height_of(text)
                    rows.append(Row(hit.href, hit.kind, text))
                elif at < len(shown) and shown[at].key == hit.href:  # until its snippet is made:
                    rows.append(shown[at])  # what the row shows now if it is the same hit
                    later.append((at, hit))
                else:
                    rows.append(Row(hit.href, hit.kind, RowText(hit_title(hit, self._cyrillic)), described=False))
                    later.append((at, hit))
        self.results.show_rows(rows, later)
        self._rows_context = (self._lang, self._cyrillic)

    def _clear_list(self) -> None:
        self.results.clear_rows()

    def _first_screen(self) -> int:
        """The height the list shows, once the count and the filters above it have taken their
        room (the panel lays itself out now, not later)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        return self.results.viewport().height()

    def _describe(self, hit: Hit) -> RowText:
        """A hit's row: title and snippet, matches marked, in the script shown."""
        key = (hit.href, hit.matcher.keys, self._lang, self._cyrillic)
        text = self._described.get(key)
        if text is not None:
            return text
        text = describe(hit, self._lang, self._cyrillic)
        if text.snippet:  # (none: the index was closed meanwhile, or its text could not be read)
            self._described.put(key, text)
        return text

    @staticmethod
    def _kind_order(hits: list[Hit]) -> list[str]:
        """Kinds in the order of their best hit: the most relevant group comes first."""
        order: list[str] = []
        for hit in hits:
            if hit.kind not in order:
                order.append(hit.kind)
        return order

    def _kind_heading(self, kind: str) -> str:
        return {
            "guidance": self.tr("Guidance"),
            "indicator": self.tr("Indicators and checks"),
            "case": self.tr("Cases"),
            "glossary": self.tr("Glossary"),
            "contact": self.tr("Referral contacts"),
        }.get(kind, kind)

    def _facet_label(self, facet: str, value: str) -> str:
        if facet == "kind":
            return {
                "guidance": self.tr("Guidance"),
                "indicator": self.tr("Indicators"),
                "case": self.tr("Cases"),
                "glossary": self.tr("Glossary"),
                "contact": self.tr("Contacts"),
            }.get(value, value)
        if facet == "lang":
            return {"en": self.tr("English"), "sr": self.tr("Serbian")}.get(value, value)
        kb = self._kb()
        table = {"jurisdiction": kb.jurisdictions, "topic": kb.topics}.get(facet) if kb is not None else None
        entry = table.get(value) if table is not None else None
        if entry is None:
            return value.replace("-", " ").capitalize()
        label = entry.label.get(self._lang)
        return to_cyrillic(label) if self._cyrillic and self._lang == "sr" else label

    # -- messages -------------------------------------------------------------------------
    def _set_status(self, lines: list[list[str | Link]]) -> None:
        """Show lines of text and links: as plain text while there is no link (a label of rich
        text lays out a whole text document for each count typed), else as HTML."""
        if any(isinstance(part, Link) for line in lines for part in line):
            text = "<br>".join("".join(_html(part) for part in line) for line in lines)
            text_format = Qt.TextFormat.RichText
        else:
            text = "\n".join("".join(str(part) for part in line) for line in lines)
            text_format = Qt.TextFormat.PlainText
        if self.status.textFormat() != text_format:
            self.status.setText("")  # (a change of format alone would lay out the old text again)
            self.status.setTextFormat(text_format)
        self.status.setText(text)

    def _count_message(self, found: SearchResults) -> list[list[str | Link]]:
        count = self.tr("%n result(s)", "", found.total)
        if not found.corrected_query:
            return [[count]]
        return [
            [
                self.tr("Showing results for “%1”.").replace("%1", found.corrected_query) + " ",
                Link("exact:", self.tr("Search instead for “%1”").replace("%1", found.query.strip())),
            ],
            [count],
        ]

    def _empty_message(self, found: SearchResults) -> list[list[str | Link]]:
        if found.too_short:
            return [[self.tr("Type at least %n letter(s).", "", MIN_PREFIX)]]
        lines: list[list[str | Link]] = [[self.tr("No results for “%1”.").replace("%1", found.query.strip())]]
        if found.suggestion:
            lines.append(
                [Link(f"suggest:{found.suggestion}", self.tr("Did you mean “%1”?").replace("%1", found.suggestion))]
            )
        if self.facets.is_filtering():
            lines.append([Link("clear-filters:", self.tr("Show results of every kind, jurisdiction and topic"))])
        else:
            lines.append(
                [
                    self.tr(
                        "Try fewer or other words, or the term in the other language. Search covers guidance, "
                        "indicators, cases, the glossary and referral contacts, in English and Serbian (Latin "
                        "or Cyrillic, with or without diacritics)."
                    )
                ]
            )
        return lines

    def _on_status_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "suggest":
            self.field.setText(value)
            self.run_search()
        elif kind == "exact":
            self._exact = self.field.text()
            self.run_search()
        elif kind == "clear-filters":
            self.facets.clear()
            self.run_search()
        self.field.setFocus()

    # -- opening ------------------------------------------------------------------------
    def hit_items(self) -> list[QModelIndex]:
        """The rows of the hits shown (the list's model indexes, headings left out)."""
        return self.results.hit_items()

    def _open_item(self, item: QModelIndex | QPersistentModelIndex) -> None:
        href = item.data(HREF_ROLE)
        if not href:
            return
        self.open_requested.emit(str(href))
        hit = self._hits.get(str(href))
        self.hit_opened.emit(str(href), hit.matcher if hit is not None else TermMatcher())

    def _open_first(self) -> None:
        self.run_search()
        items = self.hit_items()
        if items:
            self._open_item(items[0])

    # -- keyboard -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.field and key == Qt.Key.Key_Down:
                if self._timer.isActive():
                    self.run_search()
                items = self.hit_items()
                if items:
                    self.results.setFocus()
                    self.results.setCurrentIndex(items[0])
                    return True
            if key == Qt.Key.Key_Escape:
                self.field.clear()
                self.field.setFocus()
                return True
            if watched is self.results and key == Qt.Key.Key_Up:
                items = self.hit_items()
                if items and self.results.currentIndex() == items[0]:
                    self.field.setFocus()
                    return True
            if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.results.currentIndex()
                if current.isValid():
                    self._open_item(current)
                    return True
        return super().eventFilter(watched, event)


class Link(NamedTuple):
    """A link in the status line: `href` is what it does (see _on_status_link)."""

    href: str
    text: str


def _html(part: str | Link) -> str:
    if isinstance(part, Link):
        return f'<a href="{escape(part.href, quote=True)}">{escape(part.text)}</a>'
    return escape(part)


__all__ = ["HREF_ROLE", "HTML_ROLE", "KIND_ORDER", "KIND_ROLE", "SearchPanel"]
