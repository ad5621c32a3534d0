"""Find in page (Ctrl+F): a bar under the article with next/previous and a match count.

Like search, it ignores case, diacritics and script: "pasos" finds "pasoš" and "пасош"."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QIcon, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from desktop.features.search_tools.article_highlight import PageHighlighter
from search_index.analysis import CYRILLIC_TO_LATIN, DIACRITICS_FOLD

DEBOUNCE_MS = 80


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character, lower case, Latin, without diacritics (may become two: љ → lj, đ → dj)."""
    folded = ch.lower().translate(CYRILLIC_TO_LATIN).translate(DIACRITICS_FOLD)
    if not folded.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)) or folded
    return folded


def fold_with_positions(text: str) -> tuple[str, list[int]]:
    """`text` folded, and for each folded character the index of the character it came from."""
    parts: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = fold_char(ch)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of every occurrence of `needle`, folded alike."""
    wanted = "".join(fold_char(ch) for ch in needle)
    if not wanted.strip():
        return []
    folded, origin = fold_with_positions(text)
    spans = []
    at = folded.find(wanted)
    while at >= 0:
        spans.append((origin[at], origin[at + len(wanted) - 1] + 1))
        at = folded.find(wanted, at + len(wanted))
    return spans


class FindBar(QWidget):
    closed = Signal()
    visibility_changed = Signal()

    def __init__(self, view: QTextEdit, highlighter: PageHighlighter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = view
        self._highlighter = highlighter
        self._spans: list[tuple[int, int]] = []
        self._current = -1
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.previous_button = self._button("go-up", "↑")
        self.next_button = self._button("go-down", "↓")
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("888 of 888") + 8)
        self.close_button = self._button("window-close", "✕")
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.installEventFilter(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Find:"))
        self.field.setPlaceholderText(self.tr("Find in page"))
        self.field.setAccessibleName(self.tr("Find in page"))
        for button, tip in (
            (self.previous_button, self.tr("Previous match (Shift+Enter)")),
            (self.next_button, self.tr("Next match (Enter)")),
            (self.close_button, self.tr("Close (Esc)")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _button(self, icon_name: str, fallback: str) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        icon = QIcon.fromTheme(icon_name)
        if icon.isNull():
            button.setText(fallback)
        else:
            button.setIcon(icon)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visibility_changed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit()

    # -- opening and closing --------------------------------------------------------------
    def open_bar(self) -> None:
        selected = self._view.textCursor().selectedText().strip()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.field.setText(selected)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self._timer.stop()
        self.hide()
        self._spans = []
        self._current = -1
        self._highlighter.clear_found()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # -- finding ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Find the field's text again (the text or the page changed)."""
        self._timer.stop()
        if not self.isVisible():
            return
        needle = self.field.text()
        self._spans = self._find(needle) if needle.strip() else []
        self._current = self._first_after_cursor() if self._spans else -1
        self._show()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    @property
    def match_count(self) -> int:
        return len(self._spans)

    @property
    def current_index(self) -> int:
        return self._current

    def _step(self, step: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self._timer.isActive():
            self.refresh()
        if not self._spans:
            return
        self._current = (self._current + step) % len(self._spans)
        self._show()

    def _find(self, needle: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        block = self._view.document().begin()
        while block.isValid():
            base = block.position()
            spans.extend((base + s, base + e) for s, e in find_all(block.text(), needle))
            block = block.next()
        return spans

    def _first_after_cursor(self) -> int:
        top = self._view.cursorForPosition(self._view.viewport().rect().topLeft()).position()
        return next((i for i, (start, _end) in enumerate(self._spans) if start >= top), 0)

    def _show(self) -> None:
        self._highlighter.show_found(self._spans, self._current)
        if 0 <= self._current < len(self._spans):
            from PySide6.QtGui import QTextCursor  # on first use (see article_highlight.py)

            start, end = self._spans[self._current]
            cursor = QTextCursor(self._view.document())
            cursor.setPosition(end)  # no selection: it would hide the current-match colour
            self._view.setTextCursor(cursor)
            cursor.setPosition(start)
            self._view.setTextCursor(cursor)
            self._view.ensureCursorVisible()
        self._show_count()

    def _show_count(self) -> None:
        needle = self.field.text().strip()
        if not needle:
            self.count.setText("")
        elif not self._spans:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(self._current + 1)).replace("%2", str(len(self._spans)))
            )
        self.field.setProperty("notFound", bool(needle) and not self._spans)
        self.previous_button.setEnabled(len(self._spans) > 1)
        self.next_button.setEnabled(len(self._spans) > 1)

    # -- keys ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
