"""Appearance: the theme (View ▸ Theme) and discreet mode (F12, View ▸ Discreet Mode, Help ▸
About Discreet Mode). The theme manager and discreet mode themselves are shared services in the
context: other features follow `themes.changed` and `discreet.toggled` without knowing this one.
(Zoom belongs to the article view, in the window's own View section.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QStyleFactory, QToolTip

from desktop.discreet import DISCREET_KEY, limits_text
from desktop.feature import Contribution, Feature
from desktop.themes import Theme

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.feature import Shell


class Appearance(Feature):
    name = "appearance"

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(context, shell)
        self.window = shell.main_window
        self._shut = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._original = (app.style().name(), app.palette(), app.styleSheet())
        context.themes.apply()
        self.act_discreet = QAction(self.window)
        self.act_discreet.setShortcut(QKeySequence(DISCREET_KEY))
        self.act_discreet_help = QAction(self.window)
        self.act_discreet_help.triggered.connect(self.explain_discreet)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[Theme, QAction] = {}
        for theme in Theme:
            action = QAction(self.window)
            action.setCheckable(True)
            action.setChecked(theme == context.themes.theme)
            action.setData(theme.value)
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.theme_menu = QMenu(self.window)
        self.theme_menu.setObjectName("themeMenu")
        for action in self.theme_actions.values():
            self.theme_menu.addAction(action)
        self.retranslate()
        context.discreet.attach(self.window, self.act_discreet)

    def contribution(self) -> Contribution:
        return Contribution(
            sections={
                "view.theme": [self.theme_menu],
                "view.discreet": [self.act_discreet],
                "help.guides": [self.act_discreet_help],
            },
            shortcuts_only=[self.act_discreet],  # works while the menu bar is hidden
        )

    def retranslate(self) -> None:
        for action, text in (
            (self.act_discreet, self.tr("&Discreet Mode")),
            (self.act_discreet_help, self.tr("About Discreet &Mode…")),
            (self.theme_actions[Theme.SYSTEM], self.tr("Follow the &System")),
            (self.theme_actions[Theme.LIGHT], self.tr("&Light")),
            (self.theme_actions[Theme.DARK], self.tr("&Dark")),
            (self.theme_actions[Theme.HIGH_CONTRAST], self.tr("&High Contrast")),
        ):
            action.setText(text)
        self.act_discreet.setToolTip(self.tr("Cover the window with a plain screen (F12 again to return). Not a lock."))
        self.act_discreet.setStatusTip(self.act_discreet.toolTip())
        self.theme_menu.setTitle(self.tr("&Theme"))

    # -- themes ---------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.context.settings.theme = theme.value
        self.theme_actions[theme].setChecked(True)
        self.context.themes.set_theme(theme)

    # -- discreet mode --------------------------------------------------------------------
    def explain_discreet(self) -> None:
        QMessageBox.information(self.window, self.tr("Discreet mode"), limits_text())

    # -- closing --------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Uncover, and give the application back the style it had before the themes."""
        if self._shut:
            return
        self._shut = True
        self.context.discreet.set_active(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            name, palette, sheet = self._original
            if app.style().name().lower() != name.lower():
                style = QStyleFactory.create(name)
                if style is not None:
                    app.setStyle(style)
            app.setPalette(palette)
            QToolTip.setPalette(palette)
            app.setStyleSheet(sheet)
