"""Marks words in the article view without touching its HTML: the words a search matched (when
a page is opened from a search hit) and the matches of find-in-page, as Qt extra selections."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextEdit

from search_index.analysis import tokenize

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat, QTextDocument

# QTextCharFormat and QTextCursor are imported where words are first marked: Qt sets up each
# class's enums on its first use from Python (QTextFormat's alone has 116 members), a cost the
# window's start need not pay.

# Strong, theme-independent marker colours with dark text: readable on light, dark and
# high-contrast article backgrounds alike.
TERM_BACKGROUND = QColor("#ffe45c")
FIND_BACKGROUND = QColor("#a8d8ff")
CURRENT_BACKGROUND = QColor("#ff9a3c")
MARK_TEXT = QColor("#000000")


def _format(background: QColor) -> QTextCharFormat:
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setForeground(MARK_TEXT)
    return fmt


def word_spans(document: QTextDocument, matches: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) document positions of every word for which `matches` is true."""
    spans: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        base = block.position()
        for word, start, end in tokenize(block.text()):
            if matches(word):
                spans.append((base + start, base + end))
        block = block.next()
    return spans


class PageHighlighter(QObject):
    """The view's extra selections, in two layers: search terms, and find-in-page matches."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._terms: list[QTextEdit.ExtraSelection] = []
        self._found: list[QTextEdit.ExtraSelection] = []
        self.term_count = 0

    def show_terms(self, matches: Callable[[str], bool]) -> list[tuple[int, int]]:
        """Mark every word of the page that `matches`; returns their positions."""
        spans = word_spans(self._view.document(), matches)
        fmt = _format(TERM_BACKGROUND)
        self._terms = [self._selection(start, end, fmt) for start, end in spans]
        self.term_count = len(spans)
        self._apply()
        return spans

    def clear_terms(self) -> None:
        self._terms = []
        self.term_count = 0
        self._apply()

    def show_found(self, spans: list[tuple[int, int]], current: int) -> None:
        normal = _format(FIND_BACKGROUND)
        emphasis = _format(CURRENT_BACKGROUND)
        self._found = [self._selection(s, e, emphasis if i == current else normal) for i, (s, e) in enumerate(spans)]
        self._apply()

    def clear_found(self) -> None:
        self._found = []
        self._apply()

    def clear(self) -> None:
        self._terms = []
        self._found = []
        self.term_count = 0
        self._apply()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(self._view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = fmt  # type: ignore[attr-defined]
        return selection

    def _apply(self) -> None:
        self._view.setExtraSelections(self._terms + self._found)
