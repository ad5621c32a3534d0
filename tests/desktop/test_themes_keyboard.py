"""Themes (widgets and article CSS), zoom, keyboard operation, the shortcuts list, screen-reader
names, discreet mode and the About box — in the real window."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QKeySequence, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop import themes
from desktop.about import AboutDialog
from desktop.main_window import MainWindow
from desktop.settings import Settings
from desktop.shortcuts import ShortcutsDialog, collect_shortcuts
from desktop.themes import STYLE_DIR, Theme

ART = "kb:criminal-code-art-388"


def body_text_colour(window: MainWindow) -> str:
    """The colour the article's first real paragraph (not the subtitle) is drawn in."""
    block = window.view.document().begin()
    while block.isValid():
        if len(block.text()) > 80 and block.blockFormat().headingLevel() == 0:
            return _drawn(window, block.begin().fragment().charFormat())
        block = block.next()
    raise AssertionError("no paragraph")


def heading_colour(window: MainWindow) -> str:
    block = window.view.document().begin()
    while block.isValid() and block.blockFormat().headingLevel() != 1:
        block = block.next()
    return _drawn(window, block.begin().fragment().charFormat())


def _drawn(window: MainWindow, char_format: QTextCharFormat) -> str:
    """The colour text is drawn in: its own, or the palette's when it has none."""
    brush = char_format.foreground()
    if brush.style() == Qt.BrushStyle.NoBrush:
        return window.view.palette().color(QPalette.ColorRole.Text).name()
    return brush.color().name()


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# -- themes ----------------------------------------------------------------------------------
@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_theme_keeps_article_text_readable_on_its_background(window: MainWindow, qtbot: QtBot, theme: Theme) -> None:
    window.open_href(ART)
    window.comforts.set_theme(theme)
    expected = themes.palette_for(theme).color(QPalette.ColorRole.Base).name()
    qtbot.waitUntil(lambda: window.view.palette().color(QPalette.ColorRole.Base).name() == expected, timeout=2000)
    base = expected
    text, heading = body_text_colour(window), heading_colour(window)
    assert contrast(text, base) >= (7.0 if theme != Theme.LIGHT else 4.5), (theme, text, base)
    assert contrast(heading, base) >= 4.5, (theme, heading, base)
    # the widgets follow too: the search field is drawn in the same scheme as the article
    field = window.search.field.palette()
    assert contrast(field.color(QPalette.ColorRole.Text).name(), field.color(QPalette.ColorRole.Base).name()) >= 4.5


def test_theme_dark_is_applied_to_widgets_and_article_and_remembered(window: MainWindow, qtbot: QtBot) -> None:
    window.open_href(ART)
    light_base = window.view.palette().color(QPalette.ColorRole.Base).lightness()
    dark_action = window.comforts.theme_actions[Theme.DARK]
    dark_action.trigger()
    assert dark_action.isChecked()
    qtbot.waitUntil(lambda: window.view.palette().color(QPalette.ColorRole.Base).lightness() < 60, timeout=2000)
    assert light_base > 200
    assert "article-dark" not in window.view.document().defaultStyleSheet()  # the CSS itself, not a name
    assert "#e6e8eb" in window.view.document().defaultStyleSheet()
    assert body_text_colour(window) == "#e6e8eb"
    assert Settings().theme == "dark"
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.comforts.themes.theme == Theme.DARK
    assert again.comforts.theme_actions[Theme.DARK].isChecked()
    again.close()


def test_theme_follows_the_system_scheme_by_default(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.comforts.themes.theme == Theme.SYSTEM
    hints = QGuiApplication.styleHints()
    assert hints is not None
    window.open_href(ART)
    monkeypatch.setattr(themes, "system_is_dark", lambda: True)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop switched to dark
    assert window.comforts.themes.effective == Theme.DARK
    assert body_text_colour(window) == "#e6e8eb"
    monkeypatch.setattr(themes, "system_is_dark", lambda: False)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert body_text_colour(window) == "#1d2433"
    window.comforts.set_theme(Theme.HIGH_CONTRAST)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # a chosen theme stays
    assert window.comforts.themes.effective == Theme.HIGH_CONTRAST


def test_theme_css_files_style_every_selector_of_the_light_one() -> None:
    def selectors(name: str) -> set[str]:
        css = re.sub(r"/\*.*?\*/", "", (STYLE_DIR / name).read_text(encoding="utf-8"), flags=re.S)
        return {s.strip() for block in re.findall(r"([^{}]+)\{", css) for s in block.split(",")}

    light = selectors("article.css")
    for name in ("article-dark.css", "article-high-contrast.css"):
        missing = light - selectors(name)
        assert not missing, f"{name} lacks {sorted(missing)}: add them so the dark/high-contrast pages stay readable"


def test_theme_high_contrast_adds_a_thick_focus_frame_and_window_closing_restores_the_app(
    window: MainWindow,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.comforts.set_theme(Theme.HIGH_CONTRAST)
    assert "3px solid #ffff00" in app.styleSheet()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    window.close()  # other windows (and the next test) get the application as it was
    assert "#ffff00" not in app.styleSheet()
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"


# -- zoom ------------------------------------------------------------------------------------
def test_zoom_is_remembered_across_restart_and_survives_a_theme_change(window: MainWindow, qtbot: QtBot) -> None:
    window.open_href(ART)
    for _ in range(3):
        window.act_zoom_in.trigger()
    size = window.view.document().defaultFont().pointSize()
    window.comforts.set_theme(Theme.DARK)
    assert window.view.document().defaultFont().pointSize() == size
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.view.zoom == 3
    assert again.view.document().defaultFont().pointSize() == size
    again.close()


# -- keyboard --------------------------------------------------------------------------------
def test_shortcut_list_is_generated_from_the_actual_menus(window: MainWindow) -> None:
    window.comforts.act_shortcuts.setShortcut(QKeySequence("Ctrl+Alt+F1"))  # changed here…
    dialog = ShortcutsDialog(window)
    rows = dialog.rows()
    keys = {action: key for _group, action, key in rows}
    assert keys["Keyboard Shortcuts"] == "Ctrl+Alt+F1"  # …shows there
    assert keys["Add Bookmark"] == "Ctrl+D"
    assert keys["Print"] == QKeySequence(QKeySequence.StandardKey.Print).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert keys["Discreet Mode"] == "F12"
    assert keys["Next Pane"] == "F6"
    groups = {group for group, _a, _k in rows}
    assert {"File", "Go", "View", "Bookmarks", "Notes", "Help"} <= groups
    dialog.filter.setText("bookmark")
    assert all("bookmark" in f"{g} {a} {k}".lower() for g, a, k in dialog.rows())
    dialog.close()


def test_shortcut_opens_the_list_from_help_with_f1(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[int] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: opened.append(len(self.rows())) or 0)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    assert window.comforts.act_shortcuts in help_menu.actions()
    assert window.comforts.act_shortcuts.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.comforts.act_shortcuts.trigger()
    assert opened and opened[0] > 20


def test_shortcut_keys_are_not_assigned_twice(window: MainWindow) -> None:
    used = Counter(key.strip() for entry in collect_shortcuts(window) for key in entry.keys.split(", ") if key.strip())
    clashes = {key: count for key, count in used.items() if count > 1}
    assert not clashes


def test_keyboard_f6_moves_between_the_panes(window: MainWindow, qtbot: QtBot) -> None:
    window.open_href(ART)
    window.comforts.desk.act_note.trigger()  # the notes panel is open too
    window.search.field.setFocus()
    order = []
    for _ in range(4):
        window.comforts.act_next_pane.trigger()
        order.append(QApplication.focusWidget())
    assert order == [window.nav, window.view, window.comforts.desk.notes_panel.editor, window.search.field]
    window.comforts.act_previous_pane.trigger()
    assert QApplication.focusWidget() is window.comforts.desk.notes_panel.editor


def test_keyboard_tab_order_runs_search_list_article(window: MainWindow, qtbot: QtBot) -> None:
    window.search.field.setFocus()
    assert window.search.field.nextInFocusChain() is not None
    chain = []
    widget: QWidget = window.search.field
    for _ in range(40):
        widget = widget.nextInFocusChain()
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        if len(chain) == 2:
            break
    assert chain == [window.nav, window.view]


def test_keyboard_every_focusable_control_has_a_screen_reader_name(window: MainWindow) -> None:
    window.open_href(ART)
    desk = window.comforts.desk
    desk.act_show_bookmarks.trigger()
    desk.act_note.trigger()
    desk.act_show_history.trigger()
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            unnamed.append(f"{type(widget).__name__}:{widget.objectName()}")
    assert not unnamed


def test_keyboard_discreet_mode_f12_covers_everything_and_comes_back(window: MainWindow, qtbot: QtBot) -> None:
    window.open_href(ART)
    desk = window.comforts.desk
    desk.act_note.trigger()
    desk.notes_panel.editor.setPlainText("employer is watching")
    title = window.windowTitle()
    assert "388" in title
    qtbot.keyClick(window, Qt.Key.Key_F12)
    discreet = window.comforts.discreet
    assert discreet.active
    assert window.windowTitle() == "Document"
    assert QGuiApplication.applicationDisplayName() == "Document"  # nothing appended in the task bar
    assert discreet.screen.isVisible() and discreet.screen.geometry() == window.rect()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert not desk.notes_dock.isVisible()
    assert desk.store.note(ART) is not None  # what was being typed was saved first
    assert not window.comforts.act_print.isEnabled()  # no command works underneath
    window.open_href("kb:palermo-protocol")  # something underneath changes the title…
    assert window.windowTitle() == "Document"  # …the neutral one stays
    qtbot.keyClick(discreet.screen, Qt.Key.Key_F12)
    assert not discreet.active and not discreet.screen.isVisible()
    assert "Palermo" in window.windowTitle()
    assert window.menuBar().isVisible() and desk.notes_dock.isVisible()
    assert window.comforts.act_print.isEnabled()
    assert QGuiApplication.applicationDisplayName() == "Prepoznaj" or QGuiApplication.applicationDisplayName()


def test_keyboard_discreet_mode_is_explained_honestly(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.comforts.QMessageBox.information", lambda _p, _t, text: shown.append(text))
    window.comforts.act_discreet_help.trigger()
    assert "not a lock" in shown[0] and "anyone" in shown[0].lower() and "F12" in shown[0]
    assert "Not a lock" in window.comforts.act_discreet.toolTip()


# -- about -----------------------------------------------------------------------------------
def test_about_names_app_content_and_rules_versions_reviewed_dates_and_sources(window: MainWindow) -> None:
    assert window.kb is not None
    dialog = AboutDialog(window.kb, window.comforts.themes.article_css(), window)
    text = dialog.text.toPlainText()
    assert "Prepoznaj 0." in text
    assert window.kb.version in text
    assert "Assessment rules version" in text
    rules = getattr(window.kb, "rules", None)
    if rules is not None:
        assert str(rules.version) in text
    for rule_set in window.kb.rule_sets.values():  # every rule set with its version
        assert f"{rule_set.id} {rule_set.version}" in text
    assert re.search(r"last reviewed\s+20\d\d-\d\d-\d\d", text)
    assert "Referral contacts last verified" in text
    assert "Sources (" in text and "Palermo" in text
    dialog.close()
