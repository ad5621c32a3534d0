"""What a user reads in a window, and whether it fits: for the tests that open every window and
dialog in every language (tests/desktop/test_i18n.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableWidget,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")
_LETTERS = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Texts that are the same in every language: names, key names, codes and signs.
SAME_IN_EVERY_LANGUAGE = frozenset(
    {
        "Prepoznaj",
        "English",
        "Srpski (latinica)",
        "Српски (ћирилица)",
        "Tab, Shift+Tab",
        "Enter",
        "Esc",
        "Del",
        "F2",
        "Markdown (*.md)",
        "Left, Page Up",
        "Right, Space, Page Down",
        "A−",  # smaller and larger type, on the toolbar
        "A+",
    }
)


@dataclass(frozen=True)
class Shown:
    """One text on screen: where (a readable path) and what."""

    where: str
    text: str


def plain(text: str) -> str:
    """A text as read: without markup, mnemonic ampersands, shortcut columns or the ellipsis of a menu."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.split("\t")[0].replace("&nbsp;", " ").strip()


def _path(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _actions(menu: QMenu, where: str) -> list[Shown]:
    found = [Shown(f"{where} ▸ menu", plain(menu.title()))] if menu.title() else []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _actions(sub, f"{where} ▸ {plain(sub.title())}")
        elif action.text():
            found.append(Shown(f"{where} ▸ action", plain(action.text())))
    return found


def shown_texts(window: QWidget) -> list[Shown]:
    """The interface texts of a window as the user meets them: labels, buttons, group and tab titles,
    placeholders, column headers, tool tips, menus and the window title. Content (text browsers,
    list and tree items) is left to the content tests."""
    found: list[Shown] = []
    if window.windowTitle():
        found.append(Shown(f"{_path(window)} title", plain(window.windowTitle())))
    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                found += _actions(menu, "menu bar")
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        where = _path(widget)
        texts: list[str] = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QHeaderView) and not widget.isHidden():
            model = widget.model()
            if model is not None:
                texts += [str(model.headerData(i, widget.orientation()) or "") for i in range(widget.count())]
        if widget.toolTip() and not isinstance(widget, (QTreeWidget, QTableWidget)):
            texts.append(widget.toolTip())
        found += [Shown(where, plain(t)) for t in texts if plain(t)]
    return found


def has_letters(text: str) -> bool:
    return bool(_LETTERS.search(text))


def untranslated(serbian: list[Shown], english: set[str]) -> list[Shown]:
    """Texts shown in Serbian that are word for word what the English interface shows."""
    return [s for s in serbian if s.text in english and has_letters(s.text) and s.text not in SAME_IN_EVERY_LANGUAGE]


def not_cyrillic(shown: list[Shown], latin_ok: set[str] = frozenset()) -> list[Shown]:  # type: ignore[assignment]
    """Texts with letters but no Cyrillic one, in a Cyrillic interface (names and key names aside)."""
    from scripts.catalogues import cyrillic_text

    return [
        s
        for s in shown
        if has_letters(s.text)
        and not _CYRILLIC.search(s.text)
        and s.text not in SAME_IN_EVERY_LANGUAGE
        and s.text not in latin_ok
        and cyrillic_text(s.text) != s.text  # key names, codes, PDF… stay Latin in Cyrillic too
    ]


# -- text wider than its widget ----------------------------------------------------------------
def clipped(window: QWidget) -> list[str]:
    """Labels, buttons, check boxes, group titles, tabs, tool buttons and menu bar entries whose
    text needs more room than the widget has (a tab or a combo box that elides says so itself)."""
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        where = _path(widget)
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():  # wraps: cut off only if its lines need more height than it has
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    problems.append(f"{where}: label {plain(text)[:60]!r} needs {need}px high, has {widget.height()}px")
                continue
            if "<" in text and widget.textFormat() != widget.textFormat().PlainText:
                continue  # rich text lays itself out
            need = max(metrics.horizontalAdvance(plain(line)) for line in text.split("\n"))
            room = widget.contentsRect().width()
            if need > room + 1:
                problems.append(f"{where}: label {plain(text)!r} needs {need}px, has {room}px")
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(
                    f"{where}: {type(widget).__name__} {plain(widget.text())!r} needs "
                    f"{widget.sizeHint().width()}px, has {widget.width()}px"
                )
        elif isinstance(widget, QToolButton) and widget.text() and not isinstance(widget.parentWidget(), QTabBar):
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{where}: tool button {plain(widget.text())!r} is cut")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = metrics.horizontalAdvance(plain(widget.title())) + 16
            if need > widget.width():
                problems.append(f"{where}: group title {widget.title()!r} needs {need}px, has {widget.width()}px")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() + 1 < widget.tabSizeHint(i).width():
                    problems.append(f"{where}: tab {widget.tabText(i)!r} is cut")
        elif isinstance(widget, QComboBox) and widget.currentText() and not widget.property("elidesText"):
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            need = metrics.horizontalAdvance(widget.currentText()) + 2
            if need > field.width():
                problems.append(f"{where}: choice {widget.currentText()!r} needs {need}px, has {field.width()}px")
    if isinstance(window, QMainWindow):
        bar = window.menuBar()
        for action in bar.actions():
            if action.isVisible() and bar.actionGeometry(action).right() > bar.width():
                problems.append(f"menu bar: {plain(action.text())!r} does not fit")
        for toolbar in window.findChildren(QToolBar):
            if not toolbar.isVisible():
                continue
            hidden = [
                a
                for a in toolbar.actions()
                if isinstance(a, QAction)
                and a.isVisible()
                and toolbar.widgetForAction(a) is not None
                and not toolbar.widgetForAction(a).isVisible()
            ]
            if hidden:
                problems.append(f"toolbar {toolbar.objectName()}: {[plain(a.text()) for a in hidden]} behind »")
    return problems


class Recorder(QTranslator):
    """Installed last, so asked first: notes every text looked up, then lets the catalogues answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        self.asked.add((context, source))
        return None

    def isEmpty(self) -> bool:
        return False
