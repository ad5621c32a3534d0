"""Paints a row of search results: its HTML (title, snippet with the matched words in <b>)
laid out by a QTextDocument. The laid-out document of a row is kept, so measuring it for the
list's layout and painting it lay it out once; a row shown again is painted from the pixels kept
when it was first drawn."""

from __future__ import annotations

from collections import OrderedDict
from html import escape

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPixmap,
    QTextDocument,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.shell.search_rows import HTML_ROLE

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
