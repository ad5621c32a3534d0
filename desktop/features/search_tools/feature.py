"""Search in the article view: the words a search matched are marked when its hit is opened,
and find in page (Ctrl+F, F3 / Shift+F3) searches the page shown.

Puts the find bar under the article view, contributes its actions to the Go menu, and listens
to the search panel and to the context's `page_shown` and `language_changed`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from desktop.feature import Contribution, Feature
from desktop.features.search_tools.article_highlight import PageHighlighter
from desktop.features.search_tools.find_bar import FindBar
from search_index.results import TermMatcher

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.feature import Shell


class SearchTools(Feature):
    name = "search_tools"

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        window = shell.main_window
        view = shell.view
        self.view = view
        self.highlighter = PageHighlighter(view)
        self.find_bar = FindBar(view, self.highlighter)
        self._place_under_article()
        self._pending_highlight: tuple[str, TermMatcher] | None = None

        self.act_find_in_page = QAction(window)
        self.act_find_in_page.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.act_find_next = QAction(window)
        self.act_find_next.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.act_find_previous = QAction(window)
        self.act_find_previous.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))
        self.retranslate()
        self.act_find_in_page.triggered.connect(self.find_bar.open_bar)
        self.act_find_next.triggered.connect(self.find_bar.find_next)
        self.act_find_previous.triggered.connect(self.find_bar.find_previous)

        shell.search.set_knowledge_base(lambda: context.kb)
        shell.search.hit_opened.connect(self.mark_hit)
        context.page_shown.connect(self._on_page_shown)
        view.installEventFilter(self)
        context.language_changed.connect(self._on_language)
        self._on_language()

    def contribution(self) -> Contribution:
        return Contribution(sections={"go.find": [self.act_find_in_page, self.act_find_next, self.act_find_previous]})

    def retranslate(self) -> None:
        self.act_find_in_page.setText(self.tr("Find in &Page…"))
        self.act_find_next.setText(self.tr("Find &Next"))
        self.act_find_previous.setText(self.tr("Find Pre&vious"))

    def _on_language(self) -> None:
        """Serbian in Cyrillic script shows search results in Cyrillic too."""
        self.shell.search.set_cyrillic(self.context.language.cyrillic)

    def _place_under_article(self) -> None:
        """The find bar sits along the bottom edge of the article view, inside it; the view's
        text area shrinks by the bar's height while it is shown (the window layout is untouched)."""
        view = self.view
        self.find_bar.setParent(view)
        self.find_bar.setAutoFillBackground(True)
        self.find_bar.hide()
        self.find_bar.visibility_changed.connect(self._fit_find_bar)

    def _fit_find_bar(self) -> None:
        view = self.view
        height = self.find_bar.sizeHint().height() if self.find_bar.isVisible() else 0
        view.setViewportMargins(0, 0, 0, height)
        if height:
            right = view.viewport().geometry().right() + 1  # not over the vertical scroll bar
            self.find_bar.setGeometry(0, view.height() - height, max(right, view.width() // 2), height)
            self.find_bar.raise_()

    # -- search words on the page ---------------------------------------------------------
    def mark_hit(self, href: str, matcher: object) -> None:
        """Mark the words the search matched on the page just opened from a hit."""
        if not isinstance(matcher, TermMatcher) or not matcher:
            return
        spans = self.highlighter.show_terms(matcher.matches)
        if spans:
            self.context.notify(
                self.tr("%n matching word(s) marked on this page. Esc clears the marks.", "", len(spans)), 8000
            )
            if "#" not in href:
                QTimer.singleShot(0, lambda: self._reveal(spans[0][0]))
        if self.find_bar.isVisible():
            self.find_bar.refresh()

    def _reveal(self, position: int) -> None:
        from PySide6.QtGui import QTextCursor  # on first use (see article_highlight.py)

        view = self.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()

    def _on_page_shown(self, _href: str, _title: str) -> None:
        self.highlighter.clear_terms()
        if self.find_bar.isVisible():
            QTimer.singleShot(0, self.find_bar.refresh)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize and self.find_bar.isVisible():
            QTimer.singleShot(0, self._fit_find_bar)
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            if self.find_bar.isVisible():
                self.find_bar.close_bar()
                return True
            if self.highlighter.term_count:
                self.highlighter.clear_terms()
                self.context.clear_notice()
                return True
        return super().eventFilter(watched, event)
