"""Search in the real window: filters with counts, corrections, the empty state, the keyboard,
marked words on an opened hit and find in page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.main_window import MainWindow
from desktop.shell.search_panel import HREF_ROLE, KIND_ROLE
from tests.desktop.conftest import type_text


def search(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.search.field.clear()
    type_text(window.search.field, text)
    qtbot.waitUntil(lambda: window.search.last_results is not None and window.search.last_results.query == text)


def hit_kinds(window: MainWindow) -> list[str]:
    return [str(item.data(KIND_ROLE)) for item in window.search.hit_items()]


def marked_words(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.view.extraSelections()]  # type: ignore[attr-defined]


def text_point(label: QLabel, words: str) -> QPoint:
    """Where a rich-text label draws `words`: laid out as QLabel lays out its text (no document
    margin, the block centred vertically when the label is taller than its text)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    area = label.contentsRect()
    document.setTextWidth(area.width())
    found = document.find(words)
    assert not found.isNull(), f"{words!r} is not in the label"
    block = found.block()
    block_top = document.documentLayout().blockBoundingRect(block).top()  # lays the document out
    offset = found.selectionStart() + 2 - block.position()
    line = block.layout().lineForTextPosition(offset)
    assert line.isValid()
    x = line.cursorToX(offset)[0]
    top = block_top + line.y() + line.height() / 2
    if label.alignment() & Qt.AlignmentFlag.AlignVCenter:
        top += max(0.0, (area.height() - document.size().height()) / 2)
    return QPoint(area.left() + round(x), area.top() + round(top))


def test_results_are_grouped_by_kind_with_headings(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "debt bondage")
    model = window.search.results.model()
    items = [model.index(i, 0) for i in range(model.rowCount())]
    headings = [item.data() for item in items if not item.data(HREF_ROLE)]
    assert "Glossary" in headings and "Indicators and checks" in headings
    kinds = hit_kinds(window)
    assert kinds == sorted(kinds, key=kinds.index), "hits of one kind stay together"


def test_kind_buttons_show_counts_and_filter(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "forced labour")
    facets = window.search.facets
    assert facets.isVisible()
    counts = window.search.last_results.facets["kind"]  # type: ignore[union-attr]
    indicator_button = facets.kind_buttons["indicator"]
    assert indicator_button.text() == f"Indicators {counts['indicator']}"
    qtbot.mouseClick(indicator_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: set(hit_kinds(window)) == {"indicator"})
    assert facets.all_button.text() == f"All {sum(counts.values())}", "the other kinds stay countable"
    qtbot.mouseClick(indicator_button, Qt.MouseButton.LeftButton)  # again: every kind
    qtbot.waitUntil(lambda: len(set(hit_kinds(window))) > 1)


def test_jurisdiction_filter_lists_labels_with_counts(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "trafficking")
    combo = window.search.facets.jurisdiction
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "All jurisdictions"
    serbia = next(i for i in range(combo.count()) if combo.itemData(i) == "serbia")
    assert combo.itemText(serbia).startswith("Serbia (")
    combo.setCurrentIndex(serbia)
    combo.activated.emit(serbia)
    qtbot.waitUntil(lambda: all(h.jurisdiction == "serbia" for h in window.search.last_results.hits))  # type: ignore[union-attr]
    assert window.search.last_results.hits  # type: ignore[union-attr]


def test_a_typo_shows_corrected_results_and_offers_the_words_as_typed(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "trafficing")
    status = window.search.status.text()
    assert "Showing results for “trafficking”" in status
    assert "Search instead for" in status
    assert window.search.hit_items()
    window.search.status.linkActivated.emit("exact:")
    qtbot.waitUntil(lambda: "Showing results for" not in window.search.status.text())
    assert window.search.last_results is not None and window.search.last_results.corrected_query == ""


def test_empty_state_explains_what_to_try(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "qqqzzzxx")
    text = window.search.status.text()
    assert "No results for “qqqzzzxx”" in text
    assert "other language" in text and "Cyrillic" in text
    assert window.search.results.model().rowCount() == 0, "no hit of an earlier search stays"
    status = window.search.status
    # The message stands under the field, as tall as its lines (not centred in the empty column).
    assert status.height() <= status.heightForWidth(status.width()) + 2
    assert status.geometry().bottom() < window.search.results.geometry().top()


def test_one_letter_asks_for_another_rather_than_finding_nothing(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "p")
    status = window.search.status.text()
    assert status == "Type at least 2 letters."
    panel = window.search
    assert panel.results.isVisible() and panel.results.model().rowCount() == 0
    assert panel.facets.isVisible() and not panel.facets.kind_buttons["guidance"].isEnabled()
    places = (panel.facets.geometry(), panel.results.geometry())
    type_text(panel.field, "a")
    qtbot.waitUntil(lambda: panel.last_results is not None and panel.last_results.query == "pa")
    assert panel.status.text().endswith(" results") and panel.hit_items()
    assert (panel.facets.geometry(), panel.results.geometry()) == places, "the results appear where the list stood"


def test_a_filter_that_hides_everything_offers_to_clear_it(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "reflection period")
    qtbot.mouseClick(window.search.facets.kind_buttons["glossary"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: set(hit_kinds(window)) == {"glossary"})
    # Type over the words (emptying the field would drop the filters): "greenhouse" is in a case
    # and in guidance, in no glossary entry, so the filter hides every hit.
    window.search.field.selectAll()
    type_text(window.search.field, "greenhouse")
    qtbot.waitUntil(lambda: window.search.last_results is not None and window.search.last_results.query == "greenhouse")
    status = window.search.status
    assert not window.search.hit_items()
    assert window.search.facets.is_filtering() and window.search.facets.isVisible()
    assert 'href="clear-filters:"' in status.text()
    assert "Show results of every kind, jurisdiction and topic" in status.text()
    # Click the words themselves, where the label draws them.
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton, pos=text_point(status, "No results"))
    assert window.search.facets.is_filtering(), "the message is no link"
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton, pos=text_point(status, "every kind"))
    qtbot.waitUntil(lambda: bool(window.search.hit_items()))
    assert not window.search.facets.is_filtering()
    assert {"case", "guidance"} <= set(hit_kinds(window)), "every kind is shown again"
    assert window.search.field.text() == "greenhouse", "the words typed stay"


def test_keyboard_down_enter_opens_and_marks_the_matched_words(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "prinudni rad")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert window.search.results.hasFocus()
    href = window.search.results.currentIndex().data(HREF_ROLE)
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.history.current is not None and window.history.current.href == href
    qtbot.waitUntil(lambda: bool(marked_words(window)))
    words = {w.lower() for w in marked_words(window)}
    assert words & {"prinudni", "prinudnog", "rad", "rada", "forced", "labour"}


def test_up_from_the_first_hit_returns_to_the_field_and_esc_clears(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "passport")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search.results, Qt.Key.Key_Up)
    assert window.search.field.hasFocus()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == ""
    assert window.nav.isVisible()


def test_marks_go_when_another_page_is_opened_or_esc_is_pressed(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "debt bondage")
    window.search.results.activated.emit(window.search.hit_items()[0])
    qtbot.waitUntil(lambda: bool(marked_words(window)))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert marked_words(window) == []
    window.search.results.activated.emit(window.search.hit_items()[0])
    qtbot.waitUntil(lambda: bool(marked_words(window)))
    window.open_href("kb:indicators")
    assert marked_words(window) == []


def test_find_in_page_ignores_diacritics_and_steps_through_matches(window: MainWindow, qtbot: QtBot) -> None:
    window.open_href("kb:criminal-code-art-388")
    window.features.search_tools.act_find_in_page.trigger()
    bar = window.features.search_tools.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    type_text(bar.field, "zadrzavanje")  # the Serbian page writes "zadržavanje"
    window.set_content_language("sr")
    qtbot.waitUntil(lambda: bar.match_count > 0, timeout=3000)
    total = bar.match_count
    assert bar.count.text() == f"{bar.current_index + 1} of {total}"
    cursor = window.view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 11)
    assert cursor.selectedText().lower() == "zadržavanje"
    first = bar.current_index
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.current_index == (first + 1) % total
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current_index == first
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert marked_words(window) == []
    window.set_content_language("en")


def test_find_in_page_says_when_nothing_matches(window: MainWindow, qtbot: QtBot) -> None:
    window.open_href("kb:first-contact")
    window.features.search_tools.act_find_in_page.trigger()
    bar = window.features.search_tools.find_bar
    type_text(bar.field, "zzqqy")
    qtbot.waitUntil(lambda: bar.count.text() == "No matches")
    assert bar.match_count == 0
    bar.close_bar()


def test_find_actions_are_in_the_go_menu_with_their_keys(window: MainWindow) -> None:
    tools = window.features.search_tools
    assert tools.act_find_in_page.shortcut().toString() == "Ctrl+F"
    assert tools.act_find_next.shortcut().toString() == "F3"
    menu = window.act_find.associatedObjects()
    assert any(tools.act_find_in_page in getattr(m, "actions", list)() for m in menu)
    assert QApplication.instance() is not None


def test_serbian_results_show_in_cyrillic_when_the_interface_is_cyrillic(window: MainWindow, qtbot: QtBot) -> None:
    window.search.set_language("sr")
    search(window, qtbot, "dužničko ropstvo")
    window.search.set_cyrillic(True)
    serbian = [i for i in window.search.hit_items() if "ропство" in i.data().lower()]
    assert serbian, [i.data() for i in window.search.hit_items()]
    assert "<b>дужничко</b>" in serbian[0].data(Qt.ItemDataRole.UserRole + 2).lower()
    window.search.set_cyrillic(False)
    window.search.set_language("en")
