"""The list of search results: rows of hits grouped under headings, rewritten row by row.

Rows that show what they showed are left alone, so a keystroke that changes nothing on the
screen lays out and paints nothing. Each item carries its height (worked out by the delegate
when the row is written), so laying out the list asks no Python code. The snippets of hits
below the first screen are made a frame after the screen has painted, and written in once
typing pauses (or at once when the list is scrolled or a hit chosen)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QListWidget,
    QListWidgetItem,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from desktop.shell.search_delegate import ResultRowDelegate
from desktop.shell.search_rows import HREF_ROLE, Row, RowText
from search_index.results import Hit

LATER_BATCH = 8  # snippets of hits below the first screen made per turn of the event loop
LATER_AFTER_PAINT_MS = 16  # ... beginning a frame after the first screen has painted
LATER_DELAY_MS = 150  # ... or after this at the latest (nothing painted: the list is hidden)
LATER_IDLE_MS = 300  # ... and written into the list once typing has paused this long (or at once
# when the list is scrolled or a hit chosen): while keys come (100-300 ms apart for most typists),
# rows nobody sees are not laid out again and the list is not repainted for them

Describe = Callable[[Hit], RowText]


class ResultsList(QListWidget):
    """`show_rows` makes the list show rows; `later` hands over the hits whose snippets wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport given here is one PySide already wraps. Asking Qt for the list's own makes
        # PySide work out its type through every QtWidgets class: 15-30 ms of the first start.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")  # the name Qt gives its own
        self.setViewport(viewport)
        self.setObjectName("searchResults")
        self.row_delegate = ResultRowDelegate(self)
        self.setItemDelegate(self.row_delegate)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        # The rows are measured for the width they are shown at: a scroll bar that came and went
        # with the number of hits would change that width after they were measured.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))
        self.rows: list[Row] = []  # what the items show
        self._width = 0  # the viewport width the items' heights were worked out for
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
        self.currentItemChanged.connect(self.complete_later)

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
            if self.currentRow() != -1 or self.selectedItems():
                self.clearSelection()
                self.setCurrentRow(-1)
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

    def _write_rows(self, rows: list[Row]) -> bool:
        count = len(self.rows)
        changed = count != len(rows)
        self._width = width = self.viewport().width()
        font = self.font()
        height = self.row_delegate.height
        for at, row in enumerate(rows):
            if at < count:
                if self.rows[at] != row:
                    changed = True
                    item = self.item(at)
                    if item is not None:
                        row.write(item, self.rows[at], height(row.text, width, font))
            else:
                item = QListWidgetItem()
                row.write(item, None, height(row.text, width, font))
                self.addItem(item)
        for at in range(count - 1, len(rows) - 1, -1):
            self.takeItem(at)
        self.rows = rows
        return changed

    def clear_rows(self) -> None:
        self.drop_later()
        self.clear()
        self.rows = []

    def hit_items(self) -> list[QListWidgetItem]:
        return [it for it in (self.item(i) for i in range(self.count())) if it.data(HREF_ROLE)]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if self.rows and width != self._width:  # every row wraps anew: new heights
            self._width = width
            font = self.font()
            for at, row in enumerate(self.rows):
                item = self.item(at)
                if item is not None:
                    row.write(item, row, self.row_delegate.height(row.text, width, font))

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
        width, font = self.viewport().width(), self.font()
        for at, text in self._later_text:
            row = self.rows[at]
            item = self.item(at)
            if (row.text != text or not row.described) and item is not None:
                described = Row(row.key, row.kind, text)
                described.write(item, row, self.row_delegate.height(text, width, font))
                self.rows[at] = described
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
    gradients) costs about a millisecond to paint."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._shown: tuple[QRect, bool, bool, bool] | None = None  # the look after the last change

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
