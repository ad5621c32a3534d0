"""What is added under and inside every page as it is shown and printed: the glossary terms
explained in place and the "Cited by" list. Built off the GUI thread at start-up (the warm-up
task) or, when a page is wanted before that, on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from content.backlinks import Backlinks
    from content.glossary_marks import GlossaryMarker
    from content.model import KnowledgeBase
    from content.pages import Page

# Page kinds that get "Cited by" and glossary terms explained in place.
DECORATED_KINDS = {"article", "case", "indicator", "check", "fact"}
DECORATED_CACHE = 64


class PageExtras:
    def __init__(self, knowledge_base: Callable[[], KnowledgeBase | None]) -> None:
        self._current_kb = knowledge_base
        self._kb: KnowledgeBase | None = None
        self._backlinks: Backlinks | None = None
        self._marker: GlossaryMarker | None = None
        self._decorated: dict[tuple[str, str, str], str] = {}  # back and forth is instant

    def _ensure_kb(self) -> None:
        kb = self._current_kb()
        if kb is not None and kb is not self._kb:
            from content.backlinks import build_backlinks  # usually prepared at start-up (adopt)
            from content.glossary_marks import GlossaryMarker

            self._kb = kb
            self._backlinks = build_backlinks(kb)
            self._marker = GlossaryMarker(kb)
            self._decorated.clear()

    def adopt(self, kb: KnowledgeBase, backlinks: Backlinks, marker: GlossaryMarker) -> None:
        """Take "Cited by" and the glossary marks prepared off the GUI thread at start-up."""
        if kb is self._current_kb() and self._kb is not kb:
            self._kb, self._backlinks, self._marker = kb, backlinks, marker
            self._decorated.clear()

    @property
    def backlinks(self) -> Backlinks | None:
        self._ensure_kb()
        return self._backlinks

    @property
    def marker(self) -> GlossaryMarker | None:
        self._ensure_kb()
        return self._marker

    def decorate(self, page: Page, lang: str) -> str:
        """The page's HTML with its glossary terms explained and its "Cited by" list."""
        if page.kind not in DECORATED_KINDS:
            return page.html
        self._ensure_kb()
        key = (page.href, lang, page.html)
        cached = self._decorated.get(key)
        if cached is not None:
            return cached
        html = page.html
        if self.marker is not None:
            html = self.marker.mark(html, page.lang if page.lang in ("en", "sr") else lang)
        if self.backlinks is not None:
            from content.backlinks import cited_by_html

            html += cited_by_html(self.backlinks.cited_by(page.href, lang), lang)
        if len(self._decorated) >= DECORATED_CACHE:
            self._decorated.pop(next(iter(self._decorated)))
        self._decorated[key] = html
        return html
