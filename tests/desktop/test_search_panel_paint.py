"""The search panel paints the first screen of hits with the results and fills in the snippets
of the hits further down right after (benchmarks/keystroke_bench.py measures keystroke to
painted results); nothing it does later may touch an index that was closed meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.search_panel import FIRST_SCREEN, HTML_ROLE, SearchPanel
from search_index.searcher import SearchIndex


@pytest.fixture
def panel(qtbot: QtBot, real_index_dir: Path) -> Iterator[SearchPanel]:
    widget = SearchPanel()
    qtbot.addWidget(widget)
    index = SearchIndex.open(real_index_dir)
    widget.set_index(index)
    widget.resize(340, 780)
    widget.show()
    yield widget
    index.close()


def test_the_first_screen_comes_with_the_results_and_the_rest_follows(panel: SearchPanel, qtbot: QtBot) -> None:
    panel.field.setText("trafficking")
    panel.run_search()
    items = panel.hit_items()
    assert len(items) > FIRST_SCREEN
    described = [item for item in items if item.data(HTML_ROLE)]
    assert len(described) == FIRST_SCREEN, "only the first screen's snippets are made before the first paint"
    assert all("<b>" in str(item.data(HTML_ROLE)) for item in described)
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)


def test_snippets_still_to_come_are_dropped_when_the_index_closes(panel: SearchPanel, qtbot: QtBot) -> None:
    """The window closes the index while hits below the first screen wait for their snippets:
    no error (a closed Whoosh reader raises), the titles stay."""
    panel.field.setText("trafficking")
    panel.run_search()
    assert panel._index is not None
    panel._index.close()
    qtbot.wait(100)  # an exception in the event loop fails the test (pytest-qt)
    assert all(item.text() for item in panel.hit_items())
