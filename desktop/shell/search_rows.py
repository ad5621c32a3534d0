"""What one row of the search results shows: a heading of a kind, or a hit (its title, and its
HTML once its snippet is made), and the item data roles the list keeps them in."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

HREF_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3


class Row(NamedTuple):
    """What one row of the list shows: a heading of a kind, or a hit (`key` is its href)."""

    key: str
    kind: str
    text: str
    html: str  # "" while a hit's snippet is still to come (the row shows its title)
    heading: bool = False

    def write(self, item: QListWidgetItem, was: Row | None) -> None:
        """Make `item` (which showed `was`) show this row: only what differs is set."""
        if (was is None and self.heading) or (was is not None and was.heading != self.heading):
            item.setFlags(Qt.ItemFlag.NoItemFlags if self.heading else _HIT_FLAGS)
        if was is None or was.key != self.key or was.heading != self.heading:
            item.setData(HREF_ROLE, None if self.heading else self.key)
        if was is None or was.kind != self.kind:
            item.setData(KIND_ROLE, self.kind)
        if was is None or was.text != self.text:
            item.setText(self.text)
            item.setToolTip("" if self.heading else self.text)
        if was is None or was.html != self.html:
            item.setData(HTML_ROLE, self.html or None)


# A new QListWidgetItem's flags
_HIT_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsEnabled
)
