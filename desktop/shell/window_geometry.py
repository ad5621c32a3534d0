"""Where the main window opens the first time: sized to the screen it is on, never beyond it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

PREFERRED = QSize(1280, 820)
MARGIN = 0.06  # leave a little of the desktop visible around a first window


def first_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The preferred size, shrunk to fit `available` (the screen minus task bars), centred on it."""
    max_width = int(available.width() * (1 - MARGIN))
    max_height = int(available.height() * (1 - MARGIN))
    width = min(preferred.width(), max_width) if max_width > 0 else preferred.width()
    height = min(preferred.height(), max_height) if max_height > 0 else preferred.height()
    left = available.x() + (available.width() - width) // 2
    top = available.y() + (available.height() - height) // 2
    return QRect(left, top, width, height)


def navigation_width(window_width: int) -> int:
    """The left pane's share of a first window: about a quarter, between 240 and 360 pixels."""
    return max(240, min(360, window_width // 4))
