"""Which screen the audience sees and which one the trainer keeps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate


def screens() -> list[QScreen]:
    return list(QGuiApplication.screens())


def screen_label(screen: QScreen, number: int) -> str:
    """What the trainer picks from, e.g. "Screen 2: HDMI-1, 1024×768"."""
    size = screen.geometry().size()
    name = screen.name() or screen.model() or ""
    text = translate("Screens", "Screen %1").replace("%1", str(number))
    if name:
        text += f": {name}"
    text += f", {size.width()}×{size.height()}"
    if screen is QGuiApplication.primaryScreen():
        text += " " + translate("Screens", "(main)")
    return text


def audience_screen(preferred: str, trainer_window: QWidget | None) -> QScreen:
    """The remembered screen when it is connected; else with two or more screens one the trainer's
    window is not on (a projector is rarely the main screen); else the only one."""
    available = screens()
    for screen in available:
        if preferred and screen.name() == preferred:
            return screen
    own = trainer_window.screen() if trainer_window is not None else QGuiApplication.primaryScreen()
    others = [s for s in available if s is not own]
    if others:
        return others[0]
    return own or available[0]


def presenter_screen(audience: QScreen, trainer_window: QWidget | None) -> QScreen | None:
    """Where the presenter view goes: the trainer's screen if it is not the audience's, else any
    other screen; None with a single screen."""
    own = trainer_window.screen() if trainer_window is not None else None
    if own is not None and own is not audience:
        return own
    return next((s for s in screens() if s is not audience), None)
