"""The search filters' lists: a narrow box may shorten its choice with "…", but the open list
shows every entry whole (in any widget style) and each entry's tooltip names it in full, so two
long names that begin alike can be told apart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QStyleFactory, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from content.translit import to_cyrillic
from desktop.shell.search_facets import FacetBar

# Long names of authorities that begin alike (as a user's own content may have them).
LABELS = {
    "inspektorat": "Inspektorat za rad Ministarstva za rad, zapošljavanje, boračka i socijalna pitanja",
    "inspektorat-nis": "Inspektorat za rad Ministarstva za rad, zapošljavanje, boračka i socijalna pitanja, Niš",
    "serbia": "Srbija",
}


@pytest.fixture(params=["Fusion", "Windows"])
def style(request: pytest.FixtureRequest) -> Iterator[str]:
    """Fusion widens a list's popup by itself; "Windows" (like the native styles) keeps it as
    narrow as the box."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.style().name()
    chosen = QStyleFactory.create(request.param)
    assert chosen is not None
    app.setStyle(chosen)
    yield request.param
    restored = QStyleFactory.create(before)
    if restored is not None:
        app.setStyle(restored)


OFFSCREEN_POPUP = "This plugin does not support (raise|grabbing the keyboard)"  # a popup, offscreen


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUP)
def test_the_open_list_shows_every_authority_whole(qtbot: QtBot, style: str) -> None:
    bar = FacetBar(lambda facet, value: to_cyrillic(LABELS.get(value, value)))
    qtbot.addWidget(bar)
    bar.resize(300, 120)
    bar.show()
    qtbot.waitExposed(bar)
    bar.set_counts({"kind": {"guidance": 3}, "jurisdiction": {"inspektorat": 4, "inspektorat-nis": 2, "serbia": 1}})
    combo = bar.jurisdiction
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert len(texts) == 4
    longest = max(combo.fontMetrics().horizontalAdvance(text) for text in texts)
    assert combo.width() < longest, "the box is narrower than its longest entry"
    combo.showPopup()
    try:
        view = combo.view()
        qtbot.waitUntil(view.isVisible, timeout=2000)
        room = view.viewport().width()
        option = QStyleOptionViewItem()
        option.font = view.font()  # type: ignore[attr-defined]
        for row, text in enumerate(texts):
            need = combo.fontMetrics().horizontalAdvance(text)
            item = view.itemDelegate().sizeHint(option, view.model().index(row, 0)).width()  # text and margins
            assert max(need, item) <= room, (style, text, need, item, room)
            assert view.model().index(row, 0).data(3) == text  # Qt.ItemDataRole.ToolTipRole: in full
    finally:
        combo.hidePopup()


def test_the_open_list_is_never_wider_than_the_screen(qtbot: QtBot) -> None:
    bar = FacetBar(lambda facet, value: value * 40 if facet == "jurisdiction" else value)
    qtbot.addWidget(bar)
    bar.resize(300, 120)
    bar.show()
    bar.set_counts({"kind": {"guidance": 1}, "jurisdiction": {"a-very-long-name": 1, "another": 2}})
    screen = bar.jurisdiction.screen()
    assert screen is not None
    longest = max(bar.jurisdiction.fontMetrics().horizontalAdvance(bar.jurisdiction.itemText(i)) for i in range(3))
    assert longest > screen.availableGeometry().width()
    assert bar.jurisdiction.width() < bar.jurisdiction.popup_width() <= screen.availableGeometry().width()
