"""The list of search results: rows of hits grouped under headings, rewritten row by row.

The list is a view over a small model of `Row`s (search_rows.py): what it shows is a Python
list, read directly by the delegate that paints it, and a new set of rows costs one comparison
per row and a signal for each run of rows that changed, not a setter per role per item. Rows
that show what they showed are left alone, so a keystroke that changes nothing on the screen
lays out and paints nothing. The model keeps each row's height (worked out by the delegate when
the row is written). The snippets of hits below the first screen are made a frame after the
screen has painted, and written in once typing pauses (or at once when the list is scrolled or
a hit chosen); until then such a row is as high as the hits above it are on average, so that
the scroll bar shows about as long a list as it will."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QListView,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from desktop.shell.search_delegate import ResultRowDelegate
from desktop.shell.search_rows import HREF_ROLE, HTML_ROLE, KIND_ROLE, TEXT_ROLE, Row, RowText
from search_index.results import Hit

LATER_BATCH = 8  # snippets of hits below the first screen made per turn of the event loop
LATER_AFTER_PAINT_MS = 16  # ... beginning a frame after the first screen has painted
LATER_DELAY_MS = 150  # ... or after this at the latest (nothing painted: the list is hidden)
LATER_IDLE_MS = 300  # ... and written into the list once typing has paused this long (or at once
# when the list is scrolled or a hit chosen): while keys come (100-300 ms apart for most typists),
# rows nobody sees are not laid out again and the list is not repainted for them

Describe = Callable[[Hit], RowText]
AnyIndex = QModelIndex | QPersistentModelIndex

_HIT_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class ResultsModel(QAbstractListModel):
    """The rows the list shows and their heights. Each row answers the roles a reader of the
    list asks for: its title (DisplayRole, and as tooltip for a hit), HREF_ROLE, KIND_ROLE, the
    row's text (TEXT_ROLE), its HTML once its snippet is there (HTML_ROLE) and the snippet as
    its accessible description."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.heights: list[int] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        at = index.row()
        if not index.isValid() or not 0 <= at < len(self.rows):
            return _NO_FLAGS
        return _NO_FLAGS if self.rows[at].text.heading else _HIT_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        at = index.row()
        if not index.isValid() or not 0 <= at < len(self.rows):
            return None
        row = self.rows[at]
        text = row.text
        if role == Qt.ItemDataRole.DisplayRole:
            return text.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if text.heading else text.title
        if role == HREF_ROLE:
            return None if text.heading else row.key
        if role == KIND_ROLE:
            return row.kind
        if role == TEXT_ROLE:
            return text
        if role == HTML_ROLE:
            return text.html() if row.described else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return text.plain_snippet()
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(1, self.heights[at])  # as wide as the list
        return None

    def set_rows(self, rows: list[Row], heights: list[int]) -> tuple[bool, bool]:
        """Show `rows`, `heights` pixels high: only the rows that differ signal a change (one
        signal for each run of them). Whether any row changed, and whether the list must be
        laid out again (a height or the number of rows changed)."""
        count, new = len(self.rows), len(rows)
        common = min(count, new)
        old_rows, old_heights = self.rows, self.heights
        relayout = count != new
        runs: list[tuple[int, int]] = []
        for at in range(common):
            if old_rows[at] != rows[at] or old_heights[at] != heights[at]:
                relayout = relayout or old_heights[at] != heights[at]
                if runs and runs[-1][1] == at - 1:
                    runs[-1] = (runs[-1][0], at)
                else:
                    runs.append((at, at))
        if new < count:
            self.beginRemoveRows(QModelIndex(), new, count - 1)
            self.rows, self.heights = old_rows[:new], old_heights[:new]
            self.endRemoveRows()
        self.rows[:common] = rows[:common]
        self.heights[:common] = heights[:common]
        for first, last in runs:
            self.dataChanged.emit(self.index(first), self.index(last))
        if new > count:
            self.beginInsertRows(QModelIndex(), count, new - 1)
            self.rows.extend(rows[count:])
            self.heights.extend(heights[count:])
            self.endInsertRows()
        return bool(runs) or count != new, relayout

    def clear(self) -> None:
        if self.rows:
            self.beginResetModel()
            self.rows, self.heights = [], []
            self.endResetModel()


class ResultsList(QListView):
    """`show_rows` makes the list show rows; `later` hands over the hits whose snippets wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport given here is one PySide already wraps. Asking Qt for the list's own makes
        # PySide work out its type through every QtWidgets class: 15-30 ms of the first start.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")  # the name Qt gives its own
        # ... and its background: the list's own colour (not the window's beneath it), which also
        # makes the viewport opaque, so that repainting rows paints nothing behind them
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.setObjectName("searchResults")
        self.rows_model = ResultsModel(self)
        self.setModel(self.rows_model)
        self.row_delegate = ResultRowDelegate(self)
        self.row_delegate.rows = self.rows_model
        self.setItemDelegate(self.row_delegate)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The rows are measured for the width they are shown at: a scroll bar that came and went
        # with the number of hits would change that width after they were measured.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))
        self._width = 0  # the viewport width the rows' heights were worked out for
        self._describe: Describe | None = None
        self._alive: Callable[[], bool] = lambda: True
        self._later: list[tuple[int, Hit]] = []  # rows of hits below the first screen, text to come
        self._later_text: list[tuple[int, RowText]] = []  # ... made, shown together when all are
        self._first_paint_due = False  # the list has not yet painted the latest rows
        self._later_timer = QTimer(self)
        self._later_timer.setSingleShot(True)
        self._later_timer.timeout.connect(self._fill_later)
        self._write_timer = QTimer(self)
        self._write_timer.setSingleShot(True)
        self._write_timer.timeout.connect(self._write_later)
        self._shown_at = 0.0
        self.writing = False  # rows are being written (moving the current row then is no choice)
        self.viewport().installEventFilter(self)  # its first paint of new rows
        # Before anyone looks below the first screen, the snippets there are written in.
        self.verticalScrollBar().valueChanged.connect(self.complete_later)
        selection = self.selectionModel()
        if selection is not None:
            selection.currentChanged.connect(self.complete_later)

    @property
    def rows(self) -> list[Row]:
        """What the list shows."""
        return self.rows_model.rows

    def set_describer(self, describe: Describe, alive: Callable[[], bool]) -> None:
        """How a hit's row is made once its snippet is wanted; `alive`: whether it still can be
        (False once the index is closed)."""
        self._describe = describe
        self._alive = alive

    # -- rows ---------------------------------------------------------------------------------
    def height_of(self, text: RowText) -> int:
        """A row's height in this list (laid out now; the layout is kept for its paint)."""
        return self.row_delegate.height(text, self.viewport().width(), self.font())

    def show_rows(self, rows: list[Row], later: list[tuple[int, Hit]]) -> bool:
        """Make the list show `rows`, touching only the rows that change; whether any did.
        `later`: rows (by position) of hits whose snippets are made after the first paint."""
        self.drop_later()
        self.writing = True
        try:
            # As a newly filled list: no hit chosen, scrolled to the top.
            self._unchoose()
            if self.verticalScrollBar().value():
                self.scrollToTop()
            changed = self._write_rows(rows)
        finally:
            self.writing = False
        self._shown_at = time.perf_counter()
        self._later = later
        if later and not changed:  # no paint to wait for
            self._later_timer.start(LATER_AFTER_PAINT_MS)
        elif later:
            self._later_timer.start(LATER_DELAY_MS)  # sooner: once the first screen has painted
            self._first_paint_due = True
        return changed

    def _unchoose(self) -> None:
        selection = self.selectionModel()
        if selection is not None and (selection.currentIndex().isValid() or selection.hasSelection()):
            selection.clear()

    def _heights(self, rows: list[Row]) -> list[int]:
        """Each row's height: a described row (or heading) laid out for the list's width; a hit
        whose snippet is still to come (below the first screen) as high as the described hits
        are on average, which it will be about once its snippet is there."""
        self._width = width = self.viewport().width()
        font = self.font()
        height = self.row_delegate.height
        heights = [height(row.text, width, font) if row.described else 0 for row in rows]
        described = [h for row, h in zip(rows, heights, strict=True) if row.described and not row.heading]
        typical = round(sum(described) / len(described)) if described else self.row_delegate.line_height(font)
        return [h if row.described else typical for row, h in zip(rows, heights, strict=True)]

    def _write_rows(self, rows: list[Row]) -> bool:
        changed, relayout = self.rows_model.set_rows(rows, self._heights(rows))
        if relayout:  # other heights or rows: laid out now, so that they paint in the frame the count does
            self.scheduleDelayedItemsLayout()
            self.executeDelayedItemsLayout()
        return changed

    def clear_rows(self) -> None:
        self.drop_later()
        self.rows_model.clear()

    def hit_items(self) -> list[QModelIndex]:
        """The rows of hits (not headings), as the model's indexes."""
        model = self.rows_model
        return [model.index(at) for at, row in enumerate(model.rows) if not row.heading]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.rows and self.viewport().width() != self._width:  # every row wraps anew: new heights
            self._write_rows(list(self.rows))

    # -- snippets below the first screen ----------------------------------------------------
    def _fill_later(self) -> None:
        """The snippets of the hits below the first screen: made a few per turn of the event loop
        (a key typed meanwhile drops them), then written in together once typing has paused (one
        layout and paint of the list; none when each row already shows its snippet)."""
        if self._describe is None or not self._alive():  # the window is closing
            self.drop_later()
            return
        describe = self._describe
        batch, self._later = self._later[:LATER_BATCH], self._later[LATER_BATCH:]
        self._later_text.extend((at, describe(hit)) for at, hit in batch)
        if self._later:
            self._later_timer.start(0)
            return
        idle_ms = (time.perf_counter() - self._shown_at) * 1000
        if idle_ms >= LATER_IDLE_MS:
            self._write_later()
        else:
            self._write_timer.start(int(LATER_IDLE_MS - idle_ms) + 1)

    def _write_later(self) -> None:
        self._write_timer.stop()
        if self._later_text:
            rows = list(self.rows)
            for at, text in self._later_text:
                row = rows[at]
                rows[at] = Row(row.key, row.kind, text)
            self._write_rows(rows)
        self._later_text = []

    def complete_later(self, *_: object) -> None:
        """The list is scrolled or a hit chosen: every snippet still to come, now."""
        if self.writing or not (self._later or self._later_text):
            return
        self._first_paint_due = False
        self._later_timer.stop()
        while self._later:
            self._fill_later()
        self._write_later()

    def drop_later(self) -> None:
        self._first_paint_due = False
        self._later_timer.stop()
        self._write_timer.stop()
        self._later = []
        self._later_text = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.viewport() and self._first_paint_due:
            self._first_paint_due = False  # the first screen is painting: a frame later, the rest
            self._later_timer.start(LATER_AFTER_PAINT_MS)
        return super().eventFilter(watched, event)


class SteadyScrollBar(QScrollBar):
    """A scroll bar that paints again on a change of its range only when that moves what it
    shows: its handle, or whether it stands at either end. Each keystroke changes the height of
    the list a little, which seldom moves the handle by a pixel; the style's scroll bar (Fusion's
    gradients) costs more than a millisecond to paint, most of it its groove, which no move of
    the handle changes: the groove is painted from pixels kept (over the bar's background colour)
    while the bar is left alone (not pointed at, not dragged) and no style sheet paints it, the
    handle and arrows over it as the style draws them."""

    cache_groove = True  # False: the style paints the whole bar every time

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._shown: tuple[QRect, bool, bool, bool] | None = None  # the look after the last change
        self._groove: tuple[tuple[object, ...], QPixmap] | None = None  # (what it was painted for, pixels)

    def look(self) -> tuple[QRect, bool, bool, bool]:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, self
        )
        position = self.sliderPosition()
        return handle, self.minimum() == self.maximum(), position == self.minimum(), position == self.maximum()

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        look = self.look()
        if change == QAbstractSlider.SliderChange.SliderRangeChange and look == self._shown:
            return  # looks as it does: nothing to paint
        self._shown = look
        super().sliderChange(change)

    def paintEvent(self, event: QPaintEvent) -> None:
        style = self.style()
        background = self.palette().brush(self.backgroundRole())
        app = QApplication.instance()
        if (
            not self.cache_groove
            or self.isSliderDown()
            or self.underMouse()  # the style may mark the part pointed at or pressed
            or style.styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, self)
            or background.style() != Qt.BrushStyle.SolidPattern
            or not isinstance(app, QApplication)
            or app.styleSheet()
            or self.styleSheet()
        ):
            super().paintEvent(event)
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        ratio = self.devicePixelRatioF()
        state, palette = option.state, option.palette  # type: ignore[attr-defined]
        key = (self.size(), ratio, state.value, palette.cacheKey(), style.name(), background.color().rgba())
        if self._groove is None or self._groove[0] != key:
            groove = QPixmap(self.size() * ratio)
            groove.setDevicePixelRatio(ratio)
            # The groove's edges are partly transparent: kept over the bar's own background (the
            # window's colour beneath it, with no style sheet), they blend as drawn there.
            groove.fill(background.color())
            painter = QPainter(groove)
            option.subControls = QStyle.SubControl.SC_ScrollBarGroove  # type: ignore[attr-defined]
            style.drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, self)
            painter.end()
            self._groove = (key, groove)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._groove[1])
        option.subControls = _ALL_BUT_GROOVE  # type: ignore[attr-defined]
        style.drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, self)
        painter.end()


_ALL_BUT_GROOVE = (
    QStyle.SubControl.SC_ScrollBarAddLine
    | QStyle.SubControl.SC_ScrollBarSubLine
    | QStyle.SubControl.SC_ScrollBarAddPage
    | QStyle.SubControl.SC_ScrollBarSubPage
    | QStyle.SubControl.SC_ScrollBarFirst
    | QStyle.SubControl.SC_ScrollBarLast
    | QStyle.SubControl.SC_ScrollBarSlider
)
