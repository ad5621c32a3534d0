"""The keystroke benchmark measures what it says: from a key press in the real search panel
until the results of the new text have painted."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.shell.search_panel import HTML_ROLE, SearchPanel
from search_index.searcher import SearchIndex
from tests.conftest import REPO


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location("keystroke_bench", REPO / "benchmarks" / "keystroke_bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def panel(qtbot: QtBot, real_index_dir: Path) -> Iterator[SearchPanel]:
    widget = SearchPanel()
    qtbot.addWidget(widget)
    index = SearchIndex.open(real_index_dir)
    widget.set_index(index)
    widget.resize(340, 780)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    index.close()


def shown(panel: SearchPanel) -> tuple[str, list[tuple[str, str]]]:
    """What the panel shows on the screen: its count line, and the text and HTML of every row
    in sight (rows below it may change unseen)."""
    view = panel.results
    model = view.model()
    items = [model.index(i, 0) for i in range(model.rowCount())]
    in_sight = [item for item in items if view.visualRect(item).top() < view.viewport().height()]
    return panel.status.text(), [(item.data(), str(item.data(HTML_ROLE))) for item in in_sight]


def test_a_keystroke_is_timed_until_its_results_have_painted(bench: ModuleType, panel: SearchPanel) -> None:
    """Every keystroke is timed until its results painted; one whose results change nothing
    on screen (the panel then paints nothing) is timed until they arrived, and truly changed
    nothing."""
    app = QApplication.instance()
    watch = bench.PaintWatch(panel)
    timings = []
    for character in "pasos":
        before = shown(panel)
        timing = bench.keystroke(app, panel, watch, character)
        timings.append(timing)
        painted, arrived, cpu, anything = timing
        assert 0 < arrived <= painted < 5 and cpu >= 0
        if not anything:
            assert painted == arrived
            assert shown(panel) == before, "results that painted nothing changed nothing"
        bench.settle(app)
    assert panel.field.text() == "pasos"
    assert panel.last_results is not None and panel.last_results.query == "pasos"
    assert panel.last_results.hits
    assert timings[0][3], "the first results painted the list"
