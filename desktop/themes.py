"""Themes: light, dark and high contrast, for the Qt widgets *and* the article HTML.

"System" (the default) follows the desktop's light/dark choice (Qt 6 `QStyleHints.colorScheme`)
and changes with it. Widgets get a palette on the Fusion style (native styles on some platforms
ignore palettes); articles get their own CSS per theme, so text stays readable in the dark
(Qt Assistant and Zeal users' top complaint: dark UI, light-assuming page CSS)."""

from __future__ import annotations

import contextlib
from enum import StrEnum

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyleFactory, QToolTip

from desktop.paths import RESOURCES_DIR

STYLE_DIR = RESOURCES_DIR / "style"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


ARTICLE_CSS_FILES = {
    Theme.LIGHT: "article.css",
    Theme.DARK: "article-dark.css",
    Theme.HIGH_CONTRAST: "article-high-contrast.css",
}
APP_QSS_FILES = {Theme.HIGH_CONTRAST: "app-high-contrast.qss"}

_R = QPalette.ColorRole
# Colours per role; Light/Midlight/Mid/Dark/Shadow are derived from Button.
_PALETTES: dict[Theme, dict[QPalette.ColorRole, str]] = {
    Theme.LIGHT: {
        _R.Window: "#f3f4f6",
        _R.WindowText: "#1d2433",
        _R.Base: "#ffffff",
        _R.AlternateBase: "#f3f5f8",
        _R.Text: "#1d2433",
        _R.Button: "#e8ebf0",
        _R.ButtonText: "#1d2433",
        _R.BrightText: "#ffffff",
        _R.Highlight: "#2f6fb7",
        _R.HighlightedText: "#ffffff",
        _R.Link: "#0b57b7",
        _R.LinkVisited: "#6b3fa0",
        _R.ToolTipBase: "#fffbe6",
        _R.ToolTipText: "#1d2433",
        _R.PlaceholderText: "#646d7a",
    },
    Theme.DARK: {
        _R.Window: "#202329",
        _R.WindowText: "#e6e8eb",
        _R.Base: "#16181c",
        _R.AlternateBase: "#1c1f24",
        _R.Text: "#e6e8eb",
        _R.Button: "#2d3139",
        _R.ButtonText: "#e6e8eb",
        _R.BrightText: "#ffffff",
        _R.Highlight: "#3d7bd9",
        _R.HighlightedText: "#ffffff",
        _R.Link: "#8ab4f8",
        _R.LinkVisited: "#c9a6f5",
        _R.ToolTipBase: "#2d3139",
        _R.ToolTipText: "#e6e8eb",
        _R.PlaceholderText: "#9aa1ab",
    },
    Theme.HIGH_CONTRAST: {
        _R.Window: "#000000",
        _R.WindowText: "#ffffff",
        _R.Base: "#000000",
        _R.AlternateBase: "#000000",
        _R.Text: "#ffffff",
        _R.Button: "#000000",
        _R.ButtonText: "#ffffff",
        _R.BrightText: "#ffffff",
        _R.Highlight: "#1aebff",
        _R.HighlightedText: "#000000",
        _R.Link: "#ffff00",
        _R.LinkVisited: "#ffff00",
        _R.ToolTipBase: "#000000",
        _R.ToolTipText: "#ffffff",
        _R.PlaceholderText: "#c8c8c8",
    },
}
_DISABLED_TEXT = {Theme.LIGHT: "#8a919c", Theme.DARK: "#6f7680", Theme.HIGH_CONTRAST: "#3ff23f"}


def parse_theme(value: object) -> Theme:
    try:
        return Theme(str(value))
    except ValueError:
        return Theme.SYSTEM


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def effective_theme(theme: Theme) -> Theme:
    """The theme actually drawn: "system" becomes light or dark."""
    if theme == Theme.SYSTEM:
        return Theme.DARK if system_is_dark() else Theme.LIGHT
    return theme


def article_css(theme: Theme = Theme.LIGHT) -> str:
    name = ARTICLE_CSS_FILES[effective_theme(theme)]
    return (STYLE_DIR / name).read_text(encoding="utf-8")


def palette_for(theme: Theme) -> QPalette:
    theme = effective_theme(theme)
    palette = QPalette()
    for role, colour in _PALETTES[theme].items():
        palette.setColor(role, QColor(colour))
    button = QColor(_PALETTES[theme][_R.Button])
    if theme == Theme.HIGH_CONTRAST:
        frame = QColor("#ffffff")  # every edge drawn in full white
        for role in (_R.Light, _R.Midlight, _R.Mid, _R.Dark, _R.Shadow):
            palette.setColor(role, frame)
    else:
        palette.setColor(_R.Light, button.lighter(150))
        palette.setColor(_R.Midlight, button.lighter(120))
        palette.setColor(_R.Mid, button.darker(130))
        palette.setColor(_R.Dark, button.darker(170))
        palette.setColor(_R.Shadow, button.darker(250))
    disabled = QColor(_DISABLED_TEXT[theme])
    for role in (_R.Text, _R.WindowText, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def arrow_icon(palette: QPalette, pointing_left: bool) -> QIcon:
    """A back/forward arrow in the theme's text colours (the style's stock arrows are black
    bitmaps that vanish on a dark toolbar)."""
    icon = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(palette.color(group, QPalette.ColorRole.ButtonText), 3.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath()
        tip, tail = (7.0, 25.0) if pointing_left else (25.0, 7.0)
        path.moveTo(QPointF(tail, 16))
        path.lineTo(QPointF(tip, 16))
        wing = 8.0 if pointing_left else -8.0
        path.moveTo(QPointF(tip + wing, 8))
        path.lineTo(QPointF(tip, 16))
        path.lineTo(QPointF(tip + wing, 24))
        painter.drawPath(path)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


class ThemeManager(QObject):
    """Applies the chosen theme to the application and says when the drawn theme changes."""

    changed = Signal(str)  # the effective theme ("light", "dark", "high-contrast")

    def __init__(self, theme: Theme = Theme.SYSTEM, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._applied: Theme | None = None
        self._base_qss: str | None = None  # whatever style sheet the app had before us
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_scheme)

    def detach(self) -> None:
        """Stop following the system's colour scheme (the window that used this is closing)."""
        hints = QGuiApplication.styleHints()
        if hints is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # never connected, or already not
                hints.colorSchemeChanged.disconnect(self._on_system_scheme)

    @property
    def theme(self) -> Theme:
        """What the user chose (may be "system")."""
        return self._theme

    @property
    def effective(self) -> Theme:
        return effective_theme(self._theme)

    def article_css(self) -> str:
        return article_css(self._theme)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.apply()

    def apply(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        effective = self.effective
        if app.style().name().lower() != "fusion":
            fusion = QStyleFactory.create("Fusion")
            if fusion is not None:
                app.setStyle(fusion)
        palette = palette_for(effective)
        app.setPalette(palette)
        QToolTip.setPalette(palette)  # tooltips keep their own palette otherwise
        if self._base_qss is None:
            self._base_qss = app.styleSheet()
        qss_name = APP_QSS_FILES.get(effective)
        extra = (STYLE_DIR / qss_name).read_text(encoding="utf-8") if qss_name else ""
        app.setStyleSheet("\n".join(part for part in (self._base_qss, extra) if part))
        if effective != self._applied:
            self._applied = effective
            self.changed.emit(effective.value)

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme == Theme.SYSTEM:
            self.apply()
