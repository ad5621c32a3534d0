"""Discreet mode: one key (F12) covers the window with a neutral screen and a neutral title, for
a laptop that an employer can see during a visit; the same key brings everything back.

What it is not, said plainly wherever the mode is offered: not a lock and not a security
feature. Anyone can press the key again; the task bar may still show the program's icon; an
open dialog box stays open; it does not clear anything that was already seen or saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QToolBar, QToolTip, QWidget

DISCREET_KEY = QKeySequence(Qt.Key.Key_F12)


translate = QCoreApplication.translate


def neutral_title() -> str:
    return translate("DiscreetMode", "Document")


def limits_text() -> str:
    """The honest explanation shown in Help and in the action's tooltip."""
    return translate(
        "DiscreetMode",
        "F12 covers the window with a plain screen and changes the window title to “Document”, so "
        "that someone looking at your screen during a visit does not see what you are reading. "
        "Press F12 again to come back; nothing is closed or lost.\n\n"
        "It is not a lock and not a security feature: anyone who presses F12 gets the window "
        "back. The task bar or dock may still show the program's icon, a dialog box that is open "
        "stays open, and it does not hide other windows or undo what was already seen. To leave "
        "the laptop, lock the computer (for example Windows+L or Ctrl+Alt+L).",
    )


def paused_word() -> str:
    return translate("DiscreetMode", "Paused")


class NeutralScreen(QWidget):
    """A plain surface in the window colour with one quiet word; takes the keyboard focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("neutralScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setAccessibleName(paused_word())
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(paused_word())
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), paused_word())


class DiscreetMode(QObject):
    covering = Signal()  # about to cover: save what is being typed
    toggled = Signal(bool)  # True when the neutral screen is up

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window: QMainWindow | None = None
        self._action: QAction | None = None
        self._screen: NeutralScreen | None = None
        self._active = False
        self._saved_title = ""
        self._saved_display_name = ""
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []

    def attach(self, window: QMainWindow, action: QAction) -> None:
        """Cover this window; `action` (F12, checkable) turns the mode on and off."""
        self._window, self._action = window, action
        self._screen = NeutralScreen(window)
        action.setCheckable(True)
        action.toggled.connect(self.set_active)
        window.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._active

    @property
    def screen(self) -> NeutralScreen | None:
        """The neutral screen over the window (None until attached)."""
        return self._screen

    def set_active(self, active: bool) -> None:
        if active == self._active or self._window is None:
            return
        if active:
            self._enter()
        else:
            self._leave()
        if self._action is not None and self._action.isChecked() != active:
            self._action.setChecked(active)
        self.toggled.emit(active)

    def toggle(self) -> None:
        self.set_active(not self._active)

    def _enter(self) -> None:
        window, screen = self._window, self._screen
        assert window is not None and screen is not None
        self.covering.emit()
        self._active = True
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            popup = QApplication.activePopupWidget()
        QToolTip.hideText()
        self._saved_title = window.windowTitle()
        self._saved_display_name = QGuiApplication.applicationDisplayName()
        # Qt appends the display name ("— Prepoznaj") to titles in the task bar: blank it too.
        QGuiApplication.setApplicationDisplayName(neutral_title())
        window.setWindowTitle(neutral_title())
        bars: list[QWidget] = [window.menuBar(), window.statusBar()]
        bars += window.findChildren(QDockWidget)
        bars += window.findChildren(QToolBar)
        self._hidden = [w for w in bars if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self._disabled = [a for a in window.findChildren(QAction) if a is not self._action and a.isEnabled()]
        for act in self._disabled:
            act.setEnabled(False)
        screen.setGeometry(window.rect())
        screen.show()
        screen.raise_()
        screen.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _leave(self) -> None:
        window, screen = self._window, self._screen
        assert window is not None and screen is not None
        self._active = False
        screen.hide()
        for act in self._disabled:
            act.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._disabled, self._hidden = [], []
        QGuiApplication.setApplicationDisplayName(self._saved_display_name)
        window.setWindowTitle(self._saved_title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window, screen = self._window, self._screen
        if window is not None and screen is not None and watched is window and self._active:
            if event.type() == QEvent.Type.Resize:
                screen.setGeometry(window.rect())
            elif event.type() == QEvent.Type.WindowTitleChange and window.windowTitle() != neutral_title():
                # Something underneath (content finishing loading) set a page title: keep it for
                # later and put the neutral one back.
                self._saved_title = window.windowTitle()
                window.setWindowTitle(neutral_title())
        return False
