"""Paints a row of search results (search_rows.RowText) with QTextLayout: the title in bold, a
muted language tag, the snippet in a smaller font with the matched words in bold.

A row is laid out once for its height (which the list reads from the item, never asking the
delegate) and its paint; Latin and Cyrillic need no shaping, so the fonts skip it (kerning off),
which halves the cost of laying out and drawing. A row shown again is painted from the pixels
kept when it was first drawn."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
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

from desktop.shell.lru import Lru
from desktop.shell.search_rows import MUTED, TEXT_ROLE, Row, RowText

PAD_LEFT = 8  # text inset from the row's left edge (and right)
PAD_TOP = 6
PAD_BOTTOM = 8
SMALL = 0.8  # the snippet's size against the list's font (as HTML's <small>)
LAYOUT_CACHE = 256  # rows laid out (title and snippet) kept: every hit of several keystrokes
ROW_CACHE = 48  # painted rows kept (a few screens; about 160 KB each)

Laid = tuple[QTextLayout, QTextLayout | None, int]  # title, snippet, height of the row


class ResultRowDelegate(QStyledItemDelegate):
    """Lays out and paints RowText rows; `height()` gives the height to store on an item."""

    cache_rows = True  # paint rows shown before from their kept pixels (False: always draw the text)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: Rows | None = None  # the model whose rows are read directly (others: by their roles)
        self._font = QFont()
        self._fonts = self._derive(self._font)
        self._laid: Lru[tuple[RowText, int], Laid] = Lru(LAYOUT_CACHE)
        self._rows: Lru[tuple[RowText, int, int, int, int, float], QPixmap] = Lru(ROW_CACHE)
        self._wrap = QTextOption()
        self._wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)
        self._muted = QTextCharFormat()
        self._muted.setFontWeight(QFont.Weight.Normal)
        self._muted.setForeground(QColor(MUTED))
        self._heading = QTextCharFormat()  # a heading: muted, bold as a title
        self._heading.setForeground(QColor(MUTED))

    @staticmethod
    def text_width(width: int) -> int:
        """The width of a row's text in a list `width` pixels wide."""
        return max(40, width - 2 * PAD_LEFT)

    @staticmethod
    def _derive(font: QFont) -> tuple[QFont, QFont]:
        """The title's (bold) and the snippet's (smaller) font, neither shaped nor kerned."""
        title, snippet = QFont(font), QFont(font)
        title.setBold(True)
        if font.pointSizeF() > 0:
            snippet.setPointSizeF(font.pointSizeF() * SMALL)
        else:
            snippet.setPixelSize(max(1, round(font.pixelSize() * SMALL)))
        for each in (title, snippet):
            each.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
            each.setKerning(False)
        return title, snippet

    def use_font(self, font: QFont) -> None:
        if font != self._font:  # another font (the user changed the size): every layout is stale
            self._font = QFont(font)
            self._fonts = self._derive(self._font)
            self._laid.clear()
            self._rows.clear()

    def kept_rows(self) -> int:
        """How many painted rows are kept (to paint them again from their pixels)."""
        return len(self._rows)

    def line_height(self, font: QFont) -> int:
        """The height of a row of one line of title (a hit whose snippet is still to come, when
        no other row tells how high a hit is)."""
        self.use_font(font)
        return QFontMetrics(self._fonts[0]).height() + PAD_TOP + PAD_BOTTOM

    def height(self, text: RowText, width: int, font: QFont) -> int:
        """A row's height in a list `width` pixels wide (laid out now, kept for its paint)."""
        self.use_font(font)
        return self._layout(text, self.text_width(width))[2]

    def _layout(self, text: RowText, width: int) -> Laid:
        key = (text, width)
        laid = self._laid.get(key)
        if laid is not None:
            return laid
        title_font, snippet_font = self._fonts
        if text.heading:
            shown = text.title.upper()
            title = self._lay(shown, title_font, [(0, len(shown), self._heading)], width, 0.0)
        elif text.tag:
            start = len(text.title) + 1
            title = self._lay(f"{text.title} {text.tag}", title_font, [(start, len(text.tag), self._muted)], width, 0.0)
        else:
            title = self._lay(text.title, title_font, [], width, 0.0)
        bottom = title.boundingRect().bottom()
        snippet = None
        if text.snippet:
            ranges = []
            at = 0
            for run in text.snippet:
                if run.bold:
                    ranges.append((at, len(run.text), self._bold))
                at += len(run.text)
            snippet = self._lay(text.plain_snippet(), snippet_font, ranges, width, bottom)
            bottom = snippet.boundingRect().bottom()
        laid = (title, snippet, int(bottom + 0.999) + PAD_TOP + PAD_BOTTOM)
        self._laid.put(key, laid)
        return laid

    def _lay(
        self, text: str, font: QFont, ranges: list[tuple[int, int, QTextCharFormat]], width: int, top: float
    ) -> QTextLayout:
        layout = QTextLayout(text, font)
        layout.setTextOption(self._wrap)
        if ranges:
            formats = []
            for start, length, char_format in ranges:
                part = QTextLayout.FormatRange()
                part.start, part.length, part.format = start, length, char_format
                formats.append(part)
            layout.setFormats(formats)
        layout.setCacheEnabled(True)  # drawn again from its shaped glyphs, not shaped again
        layout.beginLayout()
        y = top
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # The view's option has all a row needs (its place, state, palette and font): the roles
        # an initStyleOption would ask the model for (icon, check state, colours) rows have not.
        widget = option.widget  # type: ignore[attr-defined]
        text = _text_of(index, self.rows)
        state = option.state  # type: ignore[attr-defined]
        base = _plain_background(widget, option)
        if base is None or state & _DRAWN_BY_STYLE:  # a chosen or focused row: the style's background
            style = widget.style() if widget else QApplication.style()
            background = QStyleOptionViewItem(option)
            background.text = ""  # type: ignore[attr-defined]
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        self.use_font(option.font)  # type: ignore[attr-defined]
        rect = option.rect  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        palette = option.palette  # type: ignore[attr-defined]
        color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        area = QSize(rect.width() - PAD_LEFT // 2, rect.height() - 2)  # where the text may draw
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
            and base is not None
        ):
            key = (text, area.width(), area.height(), color.rgba(), base.rgba(), ratio)
            row = self._rows.get(key)
            if row is None:
                row = QPixmap(area * ratio)
                row.setDevicePixelRatio(ratio)
                row.fill(base)
                row_painter = QPainter(row)
                self._draw_text(row_painter, text, rect.width(), area, color)
                row_painter.end()
                self._rows.put(key, row)
            painter.drawPixmap(rect.left() + PAD_LEFT // 2, rect.top() + 2, row)
            return
        painter.save()
        painter.translate(rect.left() + PAD_LEFT // 2, rect.top() + 2)
        self._draw_text(painter, text, rect.width(), area, color)
        painter.restore()

    def _draw_text(self, painter: QPainter, text: RowText, width: int, area: QSize, color: QColor) -> None:
        """Draws the row's text into `area` (its top left at the painter's origin)."""
        title, snippet, _height = self._layout(text, self.text_width(width))
        painter.setClipRect(QRectF(0, 0, area.width(), area.height() + 2))
        painter.setPen(color)
        origin = QPointF(PAD_LEFT - PAD_LEFT // 2, PAD_TOP - 2)
        title.draw(painter, origin)
        if snippet is not None:
            snippet.draw(painter, origin)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """A row's height as the model keeps it (worked out when the row was written)."""
        rows = self.rows
        model: object = index.model()
        if rows is not None and model is rows and 0 <= index.row() < len(rows.heights):
            return QSize(1, rows.heights[index.row()])
        widget = option.widget  # type: ignore[attr-defined]
        width = widget.viewport().width() if isinstance(widget, QAbstractScrollArea) else 300
        return QSize(1, self.height(_text_of(index, self.rows), width, option.font))  # type: ignore[attr-defined]


class Rows(Protocol):
    """The list's model (search_results.ResultsModel): its rows and their heights, read directly."""

    rows: list[Row]
    heights: list[int]


def _text_of(index: QModelIndex | QPersistentModelIndex, rows: Rows | None) -> RowText:
    model: object = index.model()
    if rows is not None and model is rows and 0 <= index.row() < len(rows.rows):
        return rows.rows[index.row()].text
    text = index.data(TEXT_ROLE)
    return text if isinstance(text, RowText) else RowText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))


# A row drawn by the style beneath its text (its highlight, focus frame or hover).
_DRAWN_BY_STYLE = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver

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
