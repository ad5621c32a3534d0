"""Showing windows: in front, or full screen on a given screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def bring_to_front(widget: QWidget) -> None:
    """Show a window (restored if minimised) and, where the platform can, raise and activate it."""
    if widget.isMinimized():
        widget.showNormal()
    widget.show()
    if QGuiApplication.platformName() != "offscreen":  # offscreen warns that it cannot raise windows
        widget.raise_()
        widget.activateWindow()


def show_full_screen(widget: QWidget, screen: QScreen) -> None:
    """Full screen on that screen — also without a window manager, which ignores the request."""
    widget.setScreen(screen)
    widget.setGeometry(screen.geometry())
    widget.showFullScreen()
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()
