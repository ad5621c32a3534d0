"""Search as you type: a field, filters with counts, and ranked hits grouped by kind.

Keyboard: Down moves from the field into the results (Up from the first hit goes back), Enter
opens a hit (in the field: the first one), Esc clears.

Each keystroke searches at once (on the next turn of the event loop, so keys already typed are
taken together) while searches are quick, and after a short pause once they are slow (a running
average, so one slow search on a busy machine does not make typing wait). The hits that fit on
the screen are prepared with the results (title and snippet, laid out once for both the list's
layout and its paint). Rows that show what they showed are left alone, so a keystroke that
changes nothing on the screen paints nothing, and a row shown again is painted from the pixels
kept when it was first drawn. The snippets of the hits further down are made a frame after the
screen has painted and written in once typing pauses, or at once when the list is scrolled or a
hit chosen. Only what changed paints again: the list, the count, the filters whose counts changed
(benchmarks/keystroke_bench.py measures keystroke to painted results)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QTextDocument,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from content.model import KnowledgeBase
from content.translit import html_to_cyrillic, to_cyrillic
from desktop.shell.search_facets import KIND_ORDER, FacetBar
from search_index.results import Hit, SearchResults, TermMatcher

if TYPE_CHECKING:  # Whoosh is loaded by the start-up worker, after the window is on screen
    from search_index.searcher import SearchIndex

HREF_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
DEBOUNCE_MS = 120  # the pause after a keystroke once searches are slow
SLOW_SEARCH_S = 0.05  # searches (with their display) slower than this on average make typing wait
SLOW_AVERAGE_WEIGHT = 0.3  # weight of the latest search in that running average
RESULT_LIMIT = 40
LATER_BATCH = 8  # snippets of hits below the first screen made per turn of the event loop
LATER_AFTER_PAINT_MS = 16  # ... beginning a frame after the first screen has painted
LATER_DELAY_MS = 150  # ... or after this at the latest (nothing painted: the list is hidden)
LATER_IDLE_MS = 300  # ... and written into the list once typing has paused this long (or at once
# when the list is scrolled or a hit chosen): while keys come (100-300 ms apart for most typists),
# rows nobody sees are not laid out again and the list is not repainted for them
DOCUMENT_CACHE = 128  # laid-out item documents kept (size hint and paint use the same one)
ROW_CACHE = 48  # painted rows kept (a few screens; about 160 KB each)
HEIGHT_CACHE = 4096  # heights of items kept (an item's height without its document)


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML (title + snippet with <b> matches). The laid-out document of an
    item is kept, so measuring it for the list's layout and painting it lay it out once; its
    height is kept longer than the document (the list measures every item, paints a screenful)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._font = QFont()
        self._documents: OrderedDict[tuple[str, int], QTextDocument] = OrderedDict()  # (HTML, width) → laid out
        self._heights: OrderedDict[tuple[str, int], int] = OrderedDict()
        # Rows as painted (text on the list's plain background), kept for a row shown again:
        # the next keystroke often shows many of the same rows, the list repaints whole rows.
        self._rows: OrderedDict[tuple[str, int, int, int, int, float], QPixmap] = OrderedDict()

    cache_rows = True  # paint rows shown before from their kept pixels (False: always draw the text)

    @staticmethod
    def html(index: QModelIndex | QPersistentModelIndex) -> str:
        """What an item shows: its HTML, or its text until the HTML is made."""
        return str(index.data(HTML_ROLE) or escape(str(index.data(Qt.ItemDataRole.DisplayRole) or "")))

    @staticmethod
    def text_width(width: int) -> int:
        """The width of an item's text in a list `width` pixels wide."""
        return max(60, width - 8)

    def height(self, html: str, width: int, font: QFont) -> int:
        """An item's height in a list `width` pixels wide."""
        self._use_font(font)
        key = (html, self.text_width(width))
        height = self._heights.get(key)
        if height is None:
            height = int(self._document(html, key[1], font).size().height()) + 6
            self._heights[key] = height
            if len(self._heights) > HEIGHT_CACHE:
                self._heights.popitem(last=False)
        return height

    def _use_font(self, font: QFont) -> None:
        if font != self._font:  # another font (the user changed the size): every layout is stale
            self._font = QFont(font)
            self._documents.clear()
            self._heights.clear()

    def _document(self, html: str, text_width: int, font: QFont) -> QTextDocument:
        key = (html, text_width)
        doc = self._documents.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setHtml(html)
            doc.setTextWidth(text_width)
            self._documents[key] = doc
            if len(self._documents) > DOCUMENT_CACHE:
                self._documents.popitem(last=False)
        else:
            self._documents.move_to_end(key)
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, widget)
        font = option.font  # type: ignore[attr-defined]
        self._use_font(font)
        rect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        palette = option.palette  # type: ignore[attr-defined]
        color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        html = self.html(index)
        area = QSize(rect.width() - 4, rect.height() - 2)  # where the text may draw
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        transform = painter.transform()
        if (
            self.cache_rows
            and not state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
            and area.width() > 0
            and area.height() > 0
            and ratio.is_integer()  # whole device pixels: the kept pixels land exactly where drawn text would
            and transform.type() in _MOVES_ONLY
            and transform.dx().is_integer()
            and transform.dy().is_integer()
            and (base := _plain_background(widget, option)) is not None
        ):
            key = (html, area.width(), area.height(), color.rgba(), base.rgba(), ratio)
            row = self._rows.get(key)
            if row is None:
                row = QPixmap(area * ratio)
                row.setDevicePixelRatio(ratio)
                row.fill(base)
                row_painter = QPainter(row)
                self._draw_text(row_painter, html, rect.width(), area, font, color)
                row_painter.end()
                self._rows[key] = row
                if len(self._rows) > ROW_CACHE:
                    self._rows.popitem(last=False)
            else:
                self._rows.move_to_end(key)
            painter.drawPixmap(rect.left() + 4, rect.top() + 2, row)
            return
        painter.save()
        painter.translate(rect.left() + 4, rect.top() + 2)
        self._draw_text(painter, html, rect.width(), area, font, color)
        painter.restore()

    def _draw_text(self, painter: QPainter, html: str, width: int, area: QSize, font: QFont, color: QColor) -> None:
        doc = self._document(html, self.text_width(width), font)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.setClipRect(QRectF(0, 0, area.width(), area.height() + 2))
        doc.documentLayout().draw(painter, context)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = option.widget.viewport().width() if option.widget else 300  # type: ignore[attr-defined]
        return QSize(width, self.height(self.html(index), width, option.font))  # type: ignore[attr-defined]


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
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self._delegate = RichTextDelegate(self.results)
        self.results.setItemDelegate(self._delegate)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
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
        self._rows: list[_Row] = []  # what the list's rows show
        self._rows_context = ("", False)  # ... in which language and script
        self._later: list[tuple[int, Hit]] = []  # rows of hits below the first screen, HTML to come
        self._later_html: list[tuple[int, str]] = []  # ... made, shown together when all are
        self._first_paint_due = False  # the list has not yet painted the latest results
        self._later_timer = QTimer(self)
        self._later_timer.setSingleShot(True)
        self._later_timer.timeout.connect(self._fill_later)
        self._write_timer = QTimer(self)
        self._write_timer.setSingleShot(True)
        self._write_timer.timeout.connect(self._write_later)
        self._filled_at = 0.0
        self._filling = False
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._open_first)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.viewport().installEventFilter(self)  # its first paint of new results
        # Before anyone looks below the first screen, the snippets there are written in.
        self.results.verticalScrollBar().valueChanged.connect(self._complete_later)
        self.results.currentItemChanged.connect(self._complete_later)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
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
        self._later = []
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
            self.status.setText(
                escape(
                    self.tr("Preparing search: %1 of %2 documents indexed…")
                    .replace("%1", str(done))
                    .replace("%2", str(total))
                )
            )
        else:
            self.status.setText(escape(self.tr("Preparing search…")))
        self.status.setVisible(bool(self.field.text().strip()) or done < total)

    # -- searching ------------------------------------------------------------------------
    def _on_text_changed(self, text: str) -> None:
        self._exact = ""
        self._drop_later()  # the hits below the first screen will not be looked at: new ones come
        if text.strip():
            self._timer.start()  # restarted by every key: keys typed meanwhile are searched together
        else:
            self.run_search()  # cleared: back to the navigation at once

    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text()
        if not text.strip():
            self._drop_later()
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
            self.status.setText(escape(self.tr("Search is being prepared; results will appear in a moment.")))
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
        self._filling = True
        try:
            self._fill_rows(found)
        finally:
            self._filling = False
        self._filled_at = time.perf_counter()

    def _fill_rows(self, found: SearchResults) -> None:
        self._drop_later()
        self._hits = {h.href: h for h in found.hits}
        self.facets.set_counts(found.facets)
        self.facets.setVisible(bool(found.hits) or self.facets.is_filtering())
        if not found.hits:
            self.status.setText(self._empty_message(found))
            self.status.show()
            self.results.hide()
            self._clear_list()
            return
        self.status.setText(self._count_message(found))
        self.status.show()
        self.results.show()
        # As a newly filled list: no hit chosen, scrolled to the top.
        if self.results.currentRow() != -1 or self.results.selectedItems():
            self.results.clearSelection()
            self.results.setCurrentRow(-1)
        if self.results.verticalScrollBar().value():
            self.results.scrollToTop()
        # The hits that fit on the screen come with their snippets, measured as the list will lay
        # them out (the documents are kept for its layout and paint); the others follow. A row
        # that shows what it already shows is left alone: typing on often changes no row on the
        # screen, and then the list neither lays out nor paints again.
        width, room = self._first_screen()
        font = self.results.font()
        rows: list[_Row] = []
        for kind in self._kind_order(found.hits):
            heading = self._kind_heading(kind)
            html = f'<span style="color:#5a6473; font-weight:bold;">{escape(heading.upper())}</span>'
            rows.append(_Row(kind, kind, heading, html, heading=True))
            if room > 0:
                room -= self._delegate.height(html, width, font)
            for hit in (h for h in found.hits if h.kind == kind):
                title = self._title(hit)
                if room > 0:
                    html = self._describe(hit)
                    room -= self._delegate.height(html, width, font)
                else:  # until its snippet is made: what the row shows now if it is the same hit
                    at = len(rows)
                    same = at < len(self._rows) and self._rows[at].key == hit.href
                    html = self._rows[at].html if same else ""
                    self._later.append((at, hit))
                rows.append(_Row(hit.href, hit.kind, title, html))
        changed = self._update_rows(rows)
        if self._later and not changed:  # no paint to wait for
            self._later_timer.start(LATER_AFTER_PAINT_MS)
        elif self._later:
            self._later_timer.start(LATER_DELAY_MS)  # sooner: once the first screen has painted
            self._first_paint_due = True

    def _update_rows(self, rows: list[_Row]) -> bool:
        """Make the list show `rows`, touching only the rows that change; whether any did."""
        count = len(self._rows)
        changed = count != len(rows)
        for at, row in enumerate(rows):
            if at < count:
                if self._rows[at] != row:
                    changed = True
                    item = self.results.item(at)
                    if item is not None:
                        row.write(item, self._rows[at])
            else:
                item = QListWidgetItem()
                row.write(item, None)
                self.results.addItem(item)
        for at in range(count - 1, len(rows) - 1, -1):
            self.results.takeItem(at)
        self._rows = rows
        self._rows_context = (self._lang, self._cyrillic)
        return changed

    def _clear_list(self) -> None:
        self._drop_later()
        self.results.clear()
        self._rows = []

    def _first_screen(self) -> tuple[int, int]:
        """The width of the list's items and the height the list shows, once the count and the
        filters above it have taken their room (the panel lays itself out now, not later)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        viewport = self.results.viewport()
        return viewport.width(), viewport.height()

    def _fill_later(self) -> None:
        """The snippets of the hits below the first screen: made a few per turn of the event loop
        (a key typed meanwhile drops them), then written in together once typing has paused (one
        layout and paint of the list; none when each row already shows its snippet)."""
        if self._index is None or self._index.closed:  # the window is closing
            self._drop_later()
            return
        batch, self._later = self._later[:LATER_BATCH], self._later[LATER_BATCH:]
        self._later_html.extend((at, self._describe(hit)) for at, hit in batch)
        if self._later:
            self._later_timer.start(0)
            return
        idle_ms = (time.perf_counter() - self._filled_at) * 1000
        if idle_ms >= LATER_IDLE_MS:
            self._write_later()
        else:
            self._write_timer.start(int(LATER_IDLE_MS - idle_ms) + 1)

    def _write_later(self) -> None:
        self._write_timer.stop()
        for at, html in self._later_html:
            row = self._rows[at]
            item = self.results.item(at)
            if row.html != html and item is not None:
                described = _Row(row.key, row.kind, row.text, html)
                described.write(item, row)
                self._rows[at] = described
        self._later_html = []

    def _complete_later(self, *_: object) -> None:
        """The list is scrolled or a hit chosen: every snippet still to come, now."""
        if self._filling or not (self._later or self._later_html):
            return
        self._first_paint_due = False
        self._later_timer.stop()
        while self._later:
            self._fill_later()
        self._write_later()

    def _drop_later(self) -> None:
        self._first_paint_due = False
        self._later_timer.stop()
        self._write_timer.stop()
        self._later = []
        self._later_html = []

    def _title(self, hit: Hit) -> str:
        """A hit's title in the script shown (only Serbian text changes script, never English)."""
        return to_cyrillic(hit.title) if self._cyrillic and hit.lang == "sr" else hit.title

    def _describe(self, hit: Hit) -> str:
        """A hit's HTML: title and snippet, matches in <b>."""
        lang_mark = "" if hit.lang == self._lang else f' <span style="color:#5a6473;">[{hit.lang.upper()}]</span>'
        snippet = hit.snippet
        if hit.kind == "glossary" and " · " in snippet:
            # A term's snippet ends with its name in the other language: as written, in any script.
            definition, _, other = snippet.rpartition(" · ")
            snippet = f'{definition} · <span lang="{"en" if hit.lang == "sr" else "sr"}">{other}</span>'
        html = f"<b>{hit.title_html}</b>{lang_mark}<br><small>{snippet}</small>"
        if self._cyrillic and hit.lang == "sr":
            html = html_to_cyrillic(html)
        return html

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
    def _count_message(self, found: SearchResults) -> str:
        message = escape(self.tr("%n result(s)", "", found.total))
        if found.corrected_query:
            message = (
                escape(self.tr("Showing results for “%1”.").replace("%1", found.corrected_query))
                + " "
                + _link("exact:", self.tr("Search instead for “%1”").replace("%1", found.query.strip()))
                + "<br>"
                + message
            )
        return message

    def _empty_message(self, found: SearchResults) -> str:
        parts = [escape(self.tr("No results for “%1”.").replace("%1", found.query.strip()))]
        if found.suggestion:
            parts.append(
                _link(f"suggest:{found.suggestion}", self.tr("Did you mean “%1”?").replace("%1", found.suggestion))
            )
        if self.facets.is_filtering():
            parts.append(_link("clear-filters:", self.tr("Show results of every kind, jurisdiction and topic")))
        else:
            parts.append(
                escape(
                    self.tr(
                        "Try fewer or other words, or the term in the other language. Search covers guidance, "
                        "indicators, cases, the glossary and referral contacts, in English and Serbian (Latin "
                        "or Cyrillic, with or without diacritics)."
                    )
                )
            )
        return "<br>".join(parts)

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
    def hit_items(self) -> list[QListWidgetItem]:
        return [it for it in (self.results.item(i) for i in range(self.results.count())) if it.data(HREF_ROLE)]

    def _open_item(self, item: QListWidgetItem) -> None:
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
        if event.type() == QEvent.Type.Paint and watched is self.results.viewport():
            if self._first_paint_due:  # the first screen is painting: a frame later, the rest
                self._first_paint_due = False
                self._later_timer.start(LATER_AFTER_PAINT_MS)
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.field and key == Qt.Key.Key_Down:
                if self._timer.isActive():
                    self.run_search()
                items = self.hit_items()
                if items:
                    self.results.setFocus()
                    self.results.setCurrentItem(items[0])
                    return True
            if key == Qt.Key.Key_Escape:
                self.field.clear()
                self.field.setFocus()
                return True
            if watched is self.results and key == Qt.Key.Key_Up:
                items = self.hit_items()
                if items and self.results.currentItem() is items[0]:
                    self.field.setFocus()
                    return True
            if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.results.currentItem()
                if current is not None:
                    self._open_item(current)
                    return True
        return super().eventFilter(watched, event)


class _Row(NamedTuple):
    """What one row of the list shows: a heading of a kind, or a hit (`key` is its href)."""

    key: str
    kind: str
    text: str
    html: str  # "" while a hit's snippet is still to come (the row shows its title)
    heading: bool = False

    def write(self, item: QListWidgetItem, was: _Row | None) -> None:
        """Make `item` (which showed `was`) show this row: only what differs is set."""
        if (was is None and self.heading) or (was is not None and was.heading != self.heading):
            item.setFlags(Qt.ItemFlag.NoItemFlags if self.heading else _HIT_FLAGS)
        if was is None or was.key != self.key or was.heading != self.heading:
            item.setData(HREF_ROLE, None if self.heading else self.key)
        if was is None or was.kind != self.kind:
            item.setData(KIND_ROLE, self.kind)
        if was is None or was.text != self.text:
            item.setText(self.text)
            item.setToolTip("" if self.heading else self.text)
        if was is None or was.html != self.html:
            item.setData(HTML_ROLE, self.html or None)


# A new QListWidgetItem's flags
_HIT_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsEnabled
)


_MOVES_ONLY = (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate)


def _plain_background(widget: QWidget | None, option: QStyleOptionViewItem) -> QColor | None:
    """The colour beneath a row's text when it is the list's plain background (no style sheet,
    which may paint its own; no brush of the row's own; a solid fill), else None."""
    app = QApplication.instance()
    if not isinstance(widget, QAbstractScrollArea) or not isinstance(app, QApplication):
        return None
    if app.styleSheet() or widget.styleSheet():
        return None
    if option.backgroundBrush.style() != Qt.BrushStyle.NoBrush:  # type: ignore[attr-defined]
        return None
    viewport = widget.viewport()
    if not viewport.autoFillBackground():
        return None
    if not viewport.isEnabled():
        group = QPalette.ColorGroup.Disabled
    else:
        group = QPalette.ColorGroup.Active if viewport.isActiveWindow() else QPalette.ColorGroup.Inactive
    brush = viewport.palette().brush(group, viewport.backgroundRole())
    return brush.color() if brush.style() == Qt.BrushStyle.SolidPattern else None


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


__all__ = ["HREF_ROLE", "HTML_ROLE", "KIND_ORDER", "SearchPanel"]
