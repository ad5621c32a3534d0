"""The article view: a QTextBrowser with our CSS, zoom, and link handling.

`kb:` links are turned into a signal for the window to navigate; web links only ever open in
the system browser; `#anchor` links scroll within the page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.paths import RESOURCES_DIR
from desktop.settings import ZOOM_MAX, ZOOM_MIN

BASE_POINT_SIZE = 12


def article_css() -> str:
    return (RESOURCES_DIR / "style" / "article.css").read_text(encoding="utf-8")


class ArticleView(QTextBrowser):
    kb_link_activated = Signal(str)  # "kb:target#anchor"
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(article_css())
        self.document().setDocumentMargin(18)
        self.anchorClicked.connect(self._on_anchor)
        self._zoom = 0
        self._apply_font()
        self.setAccessibleName(self.tr("Article"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Article"))
        super().changeEvent(event)

    # -- content ------------------------------------------------------------------------
    def show_html(self, html: str, anchor: str = "", scroll: int = 0) -> None:
        self.setHtml(html)
        if anchor:
            self.scrollToAnchor(anchor)
        else:
            self.verticalScrollBar().setValue(scroll)

    # -- links --------------------------------------------------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme()
        text = url.toString()
        if scheme == "kb":
            self.kb_link_activated.emit(text)
        elif scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif text.startswith("#"):
            self.scrollToAnchor(text[1:])

    # -- zoom ---------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, step: int) -> None:
        step = max(ZOOM_MIN, min(ZOOM_MAX, step))
        if step == self._zoom:
            return
        self._zoom = step
        self._apply_font()
        self.zoom_changed.emit(step)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    def point_size(self) -> int:
        return BASE_POINT_SIZE + self._zoom

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSize(self.point_size())
        self.document().setDefaultFont(font)
