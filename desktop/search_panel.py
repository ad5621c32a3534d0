"""Search as you type: a field, a short debounce, and ranked hits with highlighted snippets.

Keyboard: Down moves from the field into the results, Enter opens a hit, Esc clears."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
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

if TYPE_CHECKING:  # Whoosh is loaded by the start-up worker, after the window is on screen
    from search_index.searcher import SearchIndex, SearchResults

HREF_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 120
RESULT_LIMIT = 40


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML (title + snippet with <b> matches)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        doc.setHtml(str(index.data(HTML_ROLE) or escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))))
        doc.setTextWidth(max(60, option.rect.width() - 8))  # type: ignore[attr-defined]
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)  # type: ignore[attr-defined]
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        rect = option.rect  # type: ignore[attr-defined]
        painter.translate(rect.left() + 4, rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, rect.width() - 4, rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = option.widget.viewport().width() if option.widget else 300  # type: ignore[attr-defined]
        option.rect.setWidth(width)  # type: ignore[attr-defined]
        doc = self._document(option, index)
        return QSize(width, int(doc.size().height()) + 6)


class SearchPanel(QWidget):
    open_requested = Signal(str)  # kb: href
    results_shown = Signal(bool)  # True while results (not the navigation) should be visible

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._lang = "en"
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Search guidance, indicators, cases…"))
        self.field.setAccessibleName(self.tr("Search"))
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._open_first)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.last_results: SearchResults | None = None

    # -- wiring -------------------------------------------------------------------------
    def set_index(self, index: SearchIndex | None) -> None:
        self._index = index
        if self.field.text().strip():
            self.run_search()

    def set_language(self, lang: str) -> None:
        self._lang = lang

    def show_preparing(self, done: int, total: int) -> None:
        if total:
            self.status.setText(
                self.tr("Preparing search: %1 of %2 documents indexed…")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        else:
            self.status.setText(self.tr("Preparing search…"))
        self.status.setVisible(bool(self.field.text().strip()) or done < total)

    # -- searching ------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text()
        if not text.strip():
            self.results.clear()
            self.results.hide()
            self.status.hide()
            self.last_results = None
            self.results_shown.emit(False)
            return
        self.results_shown.emit(True)
        if self._index is None:
            self.status.setText(self.tr("Search is being prepared; results will appear in a moment."))
            self.status.show()
            self.results.hide()
            return
        found = self._index.search(text, limit=RESULT_LIMIT, lang=self._lang, as_you_type=True)
        self.last_results = found
        self._show(found)

    def _show(self, found: SearchResults) -> None:
        self.results.clear()
        if not found.hits:
            message = self.tr("No results for “%1”.").replace("%1", found.query.strip())
            if found.suggestion:
                message += " " + self.tr("Did you mean “%1”?").replace("%1", found.suggestion)
            else:
                message += " " + self.tr("Try fewer words, another spelling, or the other language.")
            self.status.setText(message)
            self.status.show()
            self.results.hide()
            return
        self.status.setText(self.tr("%n result(s)", "", found.total))
        self.status.show()
        kinds = [
            ("guidance", self.tr("Guidance")),
            ("indicator", self.tr("Indicators and checks")),
            ("case", self.tr("Cases")),
            ("glossary", self.tr("Glossary")),
        ]
        for kind, heading in kinds:
            hits = [h for h in found.hits if h.kind == kind]
            if not hits:
                continue
            header = QListWidgetItem(heading)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(
                HTML_ROLE, f'<span style="color:#5a6473; font-weight:bold;">{escape(heading.upper())}</span>'
            )
            self.results.addItem(header)
            for hit in hits:
                item = QListWidgetItem(hit.title)
                item.setData(HREF_ROLE, hit.href)
                lang_mark = (
                    "" if hit.lang == self._lang else f' <span style="color:#5a6473;">[{hit.lang.upper()}]</span>'
                )
                item.setData(HTML_ROLE, f"<b>{escape(hit.title)}</b>{lang_mark}<br><small>{hit.snippet}</small>")
                item.setToolTip(hit.title)
                self.results.addItem(item)
        self.results.show()

    def hit_items(self) -> list[QListWidgetItem]:
        return [it for it in (self.results.item(i) for i in range(self.results.count())) if it.data(HREF_ROLE)]

    def _open_item(self, item: QListWidgetItem) -> None:
        href = item.data(HREF_ROLE)
        if href:
            self.open_requested.emit(str(href))

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
