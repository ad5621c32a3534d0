"""The search panel paints the hits that fit on its screen with the results and fills in the
snippets of the hits further down right after (benchmarks/keystroke_bench.py measures keystroke
to painted results); a keystroke repaints only what changed; nothing it does later may touch an
index that was closed meanwhile, or results that were replaced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAccessible, QPalette, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from content.translit import to_cyrillic
from desktop.shell.search_delegate import ResultRowDelegate
from desktop.shell.search_facets import FacetBar
from desktop.shell.search_panel import HREF_ROLE, HTML_ROLE, KIND_ROLE, SearchPanel
from desktop.shell.search_results import SteadyScrollBar
from desktop.shell.search_rows import TEXT_ROLE
from search_index.searcher import SearchIndex


@pytest.fixture
def index(real_index_dir: Path) -> Iterator[SearchIndex]:
    opened = SearchIndex.open(real_index_dir)
    yield opened
    opened.close()


def shown_panel(qtbot: QtBot, index: SearchIndex) -> SearchPanel:
    """The panel at the size of the main window's search column, shown."""
    widget = SearchPanel()
    qtbot.addWidget(widget)
    widget.set_index(index)
    widget.resize(340, 780)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def panel(qtbot: QtBot, index: SearchIndex) -> SearchPanel:
    return shown_panel(qtbot, index)


def search_now(panel: SearchPanel, text: str) -> None:
    panel.field.setText(text)
    panel.run_search()


def on_screen(panel: SearchPanel, item: QModelIndex) -> bool:
    rect = panel.results.visualRect(item)
    return rect.bottom() >= 0 and rect.top() < panel.results.viewport().height()


class PaintCounter(QObject):
    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.painted: list[str] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched.objectName())
        return False


def test_the_first_screen_comes_with_the_results_and_the_rest_follows(panel: SearchPanel, qtbot: QtBot) -> None:
    search_now(panel, "trafficking")
    items = panel.hit_items()
    shown = [item for item in items if on_screen(panel, item)]
    below = [item for item in items if not on_screen(panel, item)]
    assert shown and below, "more hits than fit on the screen"
    assert all("<b>" in str(item.data(HTML_ROLE)) for item in shown), "every hit on the screen has its snippet"
    assert not any(item.data(HTML_ROLE) for item in below), "snippets below the screen wait for its first paint"
    tooltips = [item.data(Qt.ItemDataRole.ToolTipRole) for item in items]
    assert tooltips == [item.data() for item in items], "every hit names itself at once"
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)
    assert all("<b>" in str(item.data(HTML_ROLE)) for item in panel.hit_items()[len(shown) :])


def test_the_rest_waits_for_the_screen_to_paint_and_comes_at_once(panel: SearchPanel, qtbot: QtBot) -> None:
    """The snippets below the screen are written after the list has painted the first screen,
    and all together: the list lays out and paints once more, not once per few hits."""
    events: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    watch = Watch()
    panel.results.viewport().installEventFilter(watch)
    search_now(panel, "trafficking")
    waiting = [item for item in panel.hit_items() if not item.data(HTML_ROLE)]
    assert len(waiting) > 8
    rows: set[int] = set()  # the rows written (each signal names a run of rows)
    panel.results.model().dataChanged.connect(
        lambda first, last, *_: (rows.update(range(first.row(), last.row() + 1)), events.append("snippet"))
    )
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in waiting), timeout=5000)
    assert events[0] == "paint", "the first screen painted before any snippet further down was written"
    written = [i for i, event in enumerate(events) if event == "snippet"]
    assert rows == {item.row() for item in waiting}, "every waiting row written, no other"
    assert "paint" not in events[written[0] : written[-1]], "written in one go"


@pytest.mark.parametrize("replace", ["typing", "filter"])
def test_later_snippets_of_replaced_results_are_dropped(
    panel: SearchPanel, index: SearchIndex, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, replace: str
) -> None:
    """A key typed (or a filter chosen) before the hits below the screen have their snippets:
    those snippets are never made for (or written into) the list that is gone."""
    search_now(panel, "trafficking")
    assert any(not item.data(HTML_ROLE) for item in panel.hit_items())
    made: list[int] = []
    snippet = index.snippet
    monkeypatch.setattr(index, "snippet", lambda docnum, keys: made.append(docnum) or snippet(docnum, keys))
    if replace == "typing":
        search_now(panel, "pasos")
    else:
        panel.facets.kind_buttons["case"].click()
    qtbot.wait(300)  # an exception in the event loop fails the test (pytest-qt)
    assert panel.last_results is not None
    assert panel.last_results.query == ("pasos" if replace == "typing" else "trafficking")
    titles = {hit.title for hit in panel.last_results.hits}
    assert {item.data() for item in panel.hit_items()} == titles
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)
    assert set(made) <= {hit.docnum for hit in panel.last_results.hits}, "no snippet of the former hits"
    for item in panel.hit_items():  # each row's own title and snippet
        shown = QTextDocumentFragment.fromHtml(str(item.data(HTML_ROLE))).toPlainText()
        assert shown.startswith(item.data()), (item.data(), shown)


def test_snippets_still_to_come_are_dropped_when_the_index_closes(
    panel: SearchPanel, index: SearchIndex, qtbot: QtBot
) -> None:
    """The window closes the index while hits below the first screen wait for their snippets:
    no error (a closed Whoosh reader raises), the titles stay."""
    search_now(panel, "trafficking")
    index.close()
    qtbot.wait(100)  # an exception in the event loop fails the test (pytest-qt)
    assert all(item.data() for item in panel.hit_items())


def test_a_search_repaints_only_what_changed(panel: SearchPanel, qtbot: QtBot) -> None:
    """The same results again paint nothing: no row, no filter, not the count (turning the
    panel's updates off and on would repaint every one of them); other results paint the list.
    (The field is not watched: its cursor blinks.)"""
    search_now(panel, "forced labour")
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)
    qtbot.wait(50)
    buttons = [panel.facets.all_button, *panel.facets.kind_buttons.values()]
    watch = PaintCounter([panel.status, panel.facets.jurisdiction, *buttons, panel.results.viewport()])
    panel.run_search()
    qtbot.wait(200)
    assert watch.painted == []
    panel.field.blockSignals(True)
    panel.field.setText("debt bondage")
    panel.field.blockSignals(False)
    qtbot.wait(50)
    watch.painted.clear()
    panel.run_search()
    qtbot.waitUntil(lambda: "qt_scrollarea_viewport" in watch.painted, timeout=2000)


def test_new_rows_paint_in_the_frame_the_count_paints(
    index: SearchIndex, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The frame that shows the new count shows the new rows, laid out: never a count over the
    rows of the search before (nor new rows at the old rows' places) for a frame."""
    painted: list[tuple[str, int]] = []
    paint = ResultRowDelegate.paint

    def noting(self: ResultRowDelegate, painter: object, option: object, item: QModelIndex) -> None:
        painted.append((str(item.data()), option.rect.top()))  # type: ignore[attr-defined]
        paint(self, painter, option, item)  # type: ignore[arg-type]

    monkeypatch.setattr(ResultRowDelegate, "paint", noting)  # (before the delegate is made)
    panel = shown_panel(qtbot, index)
    search_now(panel, "forced labour")
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)
    qtbot.wait(50)
    painted.clear()
    watch = PaintCounter([panel.status, panel.results.viewport()])
    search_now(panel, "debt bondage")
    QApplication.sendPostedEvents()  # the next frame: what is posted (the paint), no timer yet
    assert "searchStatus" in watch.painted and "qt_scrollarea_viewport" in watch.painted
    first = panel.hit_items()[0]
    assert (str(first.data()), panel.results.visualRect(first).top()) in painted


def test_unchanged_counts_leave_the_filter_lists_alone(qtbot: QtBot) -> None:
    bar = FacetBar(lambda facet, value: value.capitalize())
    qtbot.addWidget(bar)
    counts = {"kind": {"guidance": 3, "case": 1}, "jurisdiction": {"serbia": 2, "eu": 1}}
    bar.set_counts(counts)
    resets: list[str] = []
    bar.jurisdiction.model().rowsRemoved.connect(lambda *_: resets.append("removed"))
    bar.jurisdiction.model().rowsInserted.connect(lambda *_: resets.append("inserted"))
    bar.set_counts({key: dict(value) for key, value in counts.items()})
    assert resets == []
    bar.set_counts({"kind": {"guidance": 3}, "jurisdiction": {"serbia": 2, "eu": 4}})
    assert "inserted" in resets
    labels = [bar.jurisdiction.itemText(i) for i in range(bar.jurisdiction.count())]
    assert labels == ["All jurisdictions", "Serbia (2)", "Eu (4)"]
    assert bar.kind_buttons["guidance"].text() == "Guidance 3" and not bar.kind_buttons["case"].isEnabled()


def test_the_filters_keep_their_place_while_a_query_is_typed(panel: SearchPanel, qtbot: QtBot) -> None:
    """Results with other kinds, fewer or more, and counts of one or two digits: the filter
    bar keeps its height and the list stays where it is (no jump, no layout and repaint of
    every row); a kind without results is greyed out, not hidden."""
    queries = ["how", "passport taken", "passport taken by", "forced labour", "worker with", "worker witho"]
    places: set[tuple[int, int, int]] = set()
    kinds_seen: set[frozenset[str]] = set()
    for text in queries:
        search_now(panel, text)
        qtbot.wait(10)
        assert panel.last_results is not None and panel.last_results.hits
        kinds_seen.add(frozenset(panel.last_results.facets["kind"]))
        places.add((panel.facets.height(), panel.results.y(), panel.results.height()))
        for kind, button in panel.facets.kind_buttons.items():
            assert button.isVisibleTo(panel.facets)
            assert button.isEnabled() == (panel.last_results.facets["kind"].get(kind, 0) > 0)
    assert len(kinds_seen) > 1, "the queries must bring results of other kinds"
    assert len(places) == 1


def test_a_kind_s_button_has_room_for_two_digits(qtbot: QtBot) -> None:
    bar = FacetBar(lambda facet, value: value.capitalize())
    qtbot.addWidget(bar)
    widths = []
    for count in (0, 7, 42, 99):
        bar.set_counts({"kind": {"guidance": count, "case": 100}})
        widths.append(bar.kind_buttons["guidance"].minimumWidth())
    bar.set_counts({"kind": {"guidance": 100, "case": 100}})
    assert len(set(widths)) == 1
    assert bar.kind_buttons["guidance"].minimumWidth() > widths[0], "three digits need more room"
    assert bar.kind_buttons["guidance"].minimumWidth() >= bar.kind_buttons["guidance"].sizeHint().width()
    assert not bar.kind_buttons["contact"].isEnabled() and bar.kind_buttons["contact"].isVisibleTo(bar)
    bar.kind_buttons["case"].click()
    assert bar.selection() == {"kinds": ["case"]}
    bar.set_counts({"kind": {"guidance": 3}})  # typing on, no case is left: the choice can still be let go
    assert bar.kind_buttons["case"].isEnabled() and bar.kind_buttons["case"].isChecked()


def test_the_buttons_room_follows_the_font(qtbot: QtBot) -> None:
    bar = FacetBar(lambda facet, value: value.capitalize())
    qtbot.addWidget(bar)
    bar.set_counts({"kind": {"guidance": 5}})
    before = bar.kind_buttons["guidance"].minimumWidth()
    font = bar.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    bar.setFont(font)  # A+: every button measured again, the counts unchanged
    assert bar.kind_buttons["guidance"].minimumWidth() > before * 1.5
    assert bar.kind_buttons["guidance"].text() == "Guidance 5"


def test_every_hit_is_titled_in_the_script_shown_from_the_start(panel: SearchPanel, qtbot: QtBot) -> None:
    panel.set_language("sr")
    panel.set_cyrillic(True)
    search_now(panel, "radnik")
    assert panel.last_results is not None
    serbian = {hit.href: hit.title for hit in panel.last_results.hits if hit.lang == "sr"}
    items = panel.hit_items()
    assert any(not item.data(HTML_ROLE) for item in items), "some hits still wait for their snippets"
    for item in items:
        href = str(item.data(HREF_ROLE))
        if href in serbian:
            assert item.data() == to_cyrillic(serbian[href]), "titled in Cyrillic before its snippet is made"
            assert item.data(KIND_ROLE)


def rows_of(panel: SearchPanel) -> list[tuple[object, ...]]:
    model = panel.results.model()
    items = [model.index(i, 0) for i in range(model.rowCount())]
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, HREF_ROLE, KIND_ROLE, HTML_ROLE)
    return [(*(item.data(role) for role in roles), item.flags()) for item in items]


@pytest.mark.parametrize("before", ["trafficking", "pasos", "radnik bez ugovora", "zzzzqx"])
def test_rows_kept_from_the_last_keystroke_show_what_new_rows_would(
    qtbot: QtBot, index: SearchIndex, before: str
) -> None:
    """The list keeps the rows that stay and rewrites the others: after any earlier search
    (with a hit chosen and the list scrolled) it shows exactly what a fresh panel shows."""
    panels = [shown_panel(qtbot, index) for _ in range(2)]
    typed, fresh = panels
    search_now(typed, before)
    qtbot.wait(100)
    if typed.hit_items():
        typed.results.setCurrentIndex(typed.hit_items()[-1])  # chosen and scrolled to
    for panel in panels:
        search_now(panel, "forced labour")
    for panel in panels:
        qtbot.waitUntil(lambda p=panel: all(item.data(HTML_ROLE) for item in p.hit_items()), timeout=5000)
    assert rows_of(typed) == rows_of(fresh)
    assert not typed.results.currentIndex().isValid() and not typed.results.selectedIndexes()
    assert typed.results.verticalScrollBar().value() == 0


def test_rows_painted_from_kept_pixels_look_exactly_as_drawn(panel: SearchPanel, qtbot: QtBot) -> None:
    """Rows shown again are painted from the pixels kept when they were first drawn (unless
    chosen or focused): pixel for pixel what drawing their text again gives."""
    delegate = panel.results.itemDelegate()
    assert isinstance(delegate, ResultRowDelegate)
    for text in ("forced labour", "pasos", "radnik"):
        search_now(panel, text)
        qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)
        for choose in (False, True):
            if choose:  # a chosen row (and one with the focus) is drawn, never kept
                panel.results.setFocus()
                panel.results.setCurrentIndex(panel.hit_items()[1])
            images = []
            for kept in (True, True, False):
                delegate.cache_rows = kept
                images.append(panel.results.viewport().grab().toImage())
            delegate.cache_rows = True
            assert delegate.kept_rows() > 0, "rows were painted from kept pixels"
            assert images[0] == images[1] == images[2], (text, choose)
            panel.field.setFocus()


@pytest.mark.parametrize("look", ["scroll", "choose"])
def test_scrolling_or_choosing_a_hit_brings_every_snippet_at_once(panel: SearchPanel, look: str) -> None:
    """The snippets below the first screen wait for a pause in typing, but never for someone
    looking at them: scrolling the list, or moving to a hit, writes them all in first."""
    search_now(panel, "trafficking")
    assert any(not item.data(HTML_ROLE) for item in panel.hit_items())
    if look == "scroll":
        panel.results.scrollTo(panel.hit_items()[-1])
        assert panel.results.verticalScrollBar().value() > 0
    else:
        panel.results.setCurrentIndex(panel.hit_items()[-1])
    assert all("<b>" in str(item.data(HTML_ROLE)) for item in panel.hit_items())


def test_the_scroll_bar_paints_again_only_when_its_handle_moves(panel: SearchPanel, qtbot: QtBot) -> None:
    """A new range that leaves the handle where it was paints nothing (the next keystroke's list
    is a few pixels taller); one that moves it, or reaches an end, paints the bar again."""
    search_now(panel, "trafficking")
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)
    bar = panel.results.verticalScrollBar()
    assert bar.maximum() > 2 * bar.pageStep(), "a list some screens long"
    qtbot.wait(50)
    watch = PaintCounter([bar])
    bar.setRange(0, bar.maximum() + 1)  # a pixel taller: the handle stays
    qtbot.wait(50)
    assert watch.painted == []
    bar.setRange(0, bar.maximum() // 3)  # a third as long: a longer handle
    qtbot.waitUntil(lambda: len(watch.painted) > 0, timeout=2000)
    watch.painted.clear()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: len(watch.painted) > 0, timeout=2000)
    watch.painted.clear()
    bar.setRange(0, bar.maximum() + 1)  # no longer at the end: its arrow is no longer dimmed
    qtbot.waitUntil(lambda: len(watch.painted) > 0, timeout=2000)


def test_a_hit_waiting_for_its_snippet_is_as_high_as_the_hits_above(panel: SearchPanel, qtbot: QtBot) -> None:
    """Below the first screen a hit shows its title until its snippet comes; meanwhile its row is
    as high as the hits with snippets are on average (not one line: the scroll bar shows about
    the list it will be), and gets its own height once the snippet is written."""
    search_now(panel, "trafficking")
    view = panel.results
    items = panel.hit_items()
    described = [view.visualRect(item).height() for item in items if item.data(HTML_ROLE)]
    waiting = [item for item in items if not item.data(HTML_ROLE)]
    assert described and waiting
    title_only = view.row_delegate.height(waiting[0].data(TEXT_ROLE), view.viewport().width(), view.font())
    assert {view.visualRect(item).height() for item in waiting} == {round(sum(described) / len(described))}
    assert title_only < min(described)
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in waiting), timeout=5000)
    for item in waiting:
        text = item.data(TEXT_ROLE)
        assert view.visualRect(item).height() == view.row_delegate.height(text, view.viewport().width(), view.font())


@pytest.mark.parametrize("style", ["Fusion", "Windows"])
def test_the_scroll_bar_painted_over_its_kept_groove_looks_exactly_as_drawn(
    panel: SearchPanel, qtbot: QtBot, style: str
) -> None:
    """The scroll bar paints its groove from kept pixels and its handle over them: pixel for
    pixel what the style draws, wherever the handle stands and in any style."""
    chosen = QStyleFactory.create(style)
    assert chosen is not None
    bar = panel.results.verticalScrollBar()
    assert isinstance(bar, SteadyScrollBar)
    bar.setStyle(chosen)
    search_now(panel, "trafficking")
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)
    for value in (0, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        images = []
        for kept in (True, True, False):
            bar.cache_groove = kept
            images.append(bar.grab().toImage())
        bar.cache_groove = True
        assert images[0] == images[1] == images[2], (style, value)


def test_the_count_is_plain_text_and_a_link_makes_the_status_rich(panel: SearchPanel) -> None:
    """The count typed on is shown as plain text (a rich-text label lays out a text document for
    every keystroke); a message with a link is HTML, and the words typed stay as typed in both."""
    status = panel.status
    search_now(panel, "trafficking")
    assert status.textFormat() == Qt.TextFormat.PlainText
    assert status.text().startswith(f"{panel.last_results.total} result")  # type: ignore[union-attr]
    search_now(panel, "trafficing")  # corrected: a link to search for the words as typed
    assert panel.last_results is not None and panel.last_results.corrected_query
    assert status.textFormat() == Qt.TextFormat.RichText
    assert 'href="exact:"' in status.text()
    search_now(panel, "zzzzqx <i>")
    assert panel.last_results is not None and not panel.last_results.hits
    if panel.last_results.suggestion:
        assert status.textFormat() == Qt.TextFormat.RichText and "&lt;i&gt;" in status.text()
    else:
        assert status.textFormat() == Qt.TextFormat.PlainText and "“zzzzqx <i>”" in status.text()


def test_the_list_has_the_background_of_a_list(panel: SearchPanel, qtbot: QtBot) -> None:
    """The results are on the list's own colour (the palette's base, as any list view), not on
    the window's grey beneath: the viewport fills its background, as Qt's own viewport does."""
    search_now(panel, "pasos")
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)
    image = panel.results.viewport().grab().toImage()
    beside = image.pixelColor(1, image.height() // 2)  # left of the rows' text (which is inset)
    assert beside == panel.results.palette().color(QPalette.ColorRole.Base)
    assert beside != panel.results.palette().color(QPalette.ColorRole.Window)


def test_a_screen_reader_hears_each_hit_s_title_and_snippet(panel: SearchPanel, qtbot: QtBot) -> None:
    """What the list tells assistive technology: each row named by its title, a hit described by
    its snippet once that is there; headings can be neither chosen nor opened."""
    search_now(panel, "pasos")
    qtbot.waitUntil(lambda: all(item.data(HTML_ROLE) for item in panel.hit_items()), timeout=5000)
    view = panel.results
    model = view.model()
    accessible = QAccessible.queryAccessibleInterface(view)
    assert accessible is not None
    rows = [model.index(i, 0) for i in range(model.rowCount())]
    assert accessible.childCount() == len(rows)
    for index in rows:
        cell = accessible.child(index.row())
        assert cell is not None
        text = index.data(TEXT_ROLE)
        assert cell.text(QAccessible.Text.Name) == text.title
        if index.data(HREF_ROLE):
            assert cell.text(QAccessible.Text.Description) == text.plain_snippet() != ""
            assert index.flags() & Qt.ItemFlag.ItemIsSelectable
        else:
            assert not index.flags() & (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
