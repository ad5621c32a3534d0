"""The desk in the real window: bookmarks in folders, history with back/forward menus and recently
opened pages, personal notes (saved as typed, searchable, exportable), and "Cited by"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from desktop.main_window import HOME_HREF, MainWindow
from tests.desktop.conftest import type_text

ART = "kb:criminal-code-art-388"
CASE = "kb:greenhouse-pickers"


def on_next_dialog(handler: Callable[[QWidget], None]) -> None:
    """Run `handler` on the next modal dialog as soon as it is open (it would block otherwise)."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, check)
            return
        handler(dialog)

    QTimer.singleShot(0, check)


@pytest.fixture
def restart(qtbot: QtBot) -> Iterator[Callable[[MainWindow], MainWindow]]:
    """Close a window and open a fresh one on the same user folders (what a restart does)."""
    opened: list[MainWindow] = []

    def do(old: MainWindow) -> MainWindow:
        old.close()
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        with qtbot.waitSignal(win.ready, timeout=60_000):
            win.start_loading()
        opened.append(win)
        return win

    yield do
    for win in opened:
        win.close()


# -- bookmarks -------------------------------------------------------------------------------
def test_bookmark_added_with_ctrl_d_into_a_new_folder_is_listed_and_kept_after_restart(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, restart: Callable[[MainWindow], MainWindow]
) -> None:
    window.open_href(ART)
    desk = window.features.desk
    assert desk.act_add_bookmark.isEnabled()
    assert desk.act_add_bookmark.shortcut().toString() == "Ctrl+D"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Field visit Subotica", True))

    def fill(dialog: QWidget) -> None:
        dialog.new_folder.click()  # type: ignore[attr-defined]
        dialog.name.setText("Art. 388 for the visit")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    on_next_dialog(fill)
    desk.act_add_bookmark.trigger()
    panel = desk.bookmarks_panel
    [folder] = panel.folder_items()
    assert folder.text(0) == "Field visit Subotica"
    assert folder.child(0).text(0) == "Art. 388 for the visit"
    # The Bookmarks menu lists it inside the folder's submenu.
    desk.bookmarks_menu.aboutToShow.emit()
    submenus = [a.menu() for a in desk.bookmarks_menu.actions() if a.menu() is not None]
    assert [a.text() for a in submenus[0].actions()] == ["Art. 388 for the visit"]
    fresh = restart(window)
    items = fresh.features.desk.bookmarks_panel.bookmark_items()
    assert [(i.text(0), i.parent().text(0)) for i in items] == [("Art. 388 for the visit", "Field visit Subotica")]


def test_bookmark_enter_opens_and_f2_renames_from_the_keyboard(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = window.features.desk
    desk.store.add_bookmark(CASE, "Greenhouse")
    desk.bookmarks_panel.refresh()
    desk.act_show_bookmarks.trigger()
    tree = desk.bookmarks_panel.tree
    assert desk.bookmarks_dock.isVisible() and tree.hasFocus()
    tree.setCurrentItem(desk.bookmarks_panel.bookmark_items()[0])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Greenhouse pickers (case)", True))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert [b.title for b in desk.store.bookmarks()] == ["Greenhouse pickers (case)"]
    tree.setCurrentItem(desk.bookmarks_panel.bookmark_items()[0])
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.history.current is not None and window.history.current.href == CASE


def test_bookmark_on_a_bookmarked_page_opens_the_editor_that_can_remove_it(window: MainWindow) -> None:
    window.open_href(ART)
    desk = window.features.desk
    desk.store.add_bookmark(ART, "Art. 388")
    seen: list[str] = []

    def remove(dialog: QWidget) -> None:
        seen.append(dialog.windowTitle())
        dialog.findChild(QWidget, "removeBookmarkButton").click()  # type: ignore[union-attr]

    on_next_dialog(remove)
    desk.act_add_bookmark.trigger()
    assert seen == ["Edit bookmark"]
    assert desk.store.bookmarks() == []
    assert desk.bookmarks_panel.bookmark_items() == []


def test_bookmark_folder_delete_asks_first_and_takes_its_bookmarks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = window.features.desk
    folder = desk.store.add_folder("Old visit")
    desk.store.add_bookmark(ART, "Art. 388", folder.id)
    desk.store.add_bookmark(CASE, "Greenhouse")
    desk.bookmarks_panel.refresh()
    panel = desk.bookmarks_panel
    panel.tree.setCurrentItem(panel.folder_items()[0])
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.delete_selected()
    assert len(desk.store.bookmarks()) == 2  # "No" keeps everything
    assert "1 bookmark" in asked[0] and "Old visit" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.tree.setCurrentItem(panel.folder_items()[0])
    panel.delete_selected()
    assert [b.title for b in desk.store.bookmarks()] == ["Greenhouse"]
    assert panel.folder_items() == []


def test_bookmark_moves_to_another_folder_from_the_context_menu(window: MainWindow) -> None:
    desk = window.features.desk
    target = desk.store.add_folder("Cases")
    desk.store.add_bookmark(CASE, "Greenhouse")
    panel = desk.bookmarks_panel
    panel.refresh()
    panel.tree.setCurrentItem(panel.bookmark_items()[0])
    menu = panel.build_context_menu()
    move = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in move.actions() if a.text() == "Cases").trigger()
    assert desk.store.bookmarks()[0].folder_id == target.id
    assert panel.bookmark_items()[0].parent().text(0) == "Cases"


# -- history ---------------------------------------------------------------------------------
def test_history_back_menu_lists_earlier_pages_and_jumps_several_steps(window: MainWindow) -> None:
    for href in ("kb:palermo-protocol", ART, CASE):
        window.open_href(href)
    desk = window.features.desk
    desk.back_menu.aboutToShow.emit()
    titles = [a.text() for a in desk.back_menu.actions()]
    assert titles[0].startswith("Trafficking") or "388" in titles[0]
    assert "Palermo" in titles[1]
    assert titles[2] == "Home"
    desk.back_menu.actions()[1].trigger()  # two steps back at once
    assert window.history.current is not None and window.history.current.href == "kb:palermo-protocol"
    desk.forward_menu.aboutToShow.emit()
    assert len(desk.forward_menu.actions()) == 2
    desk.forward_menu.actions()[1].trigger()
    assert window.history.current.href == CASE
    assert window.act_forward.isEnabled() is False


def test_history_panel_groups_today_filters_and_reopens_with_enter(window: MainWindow, qtbot: QtBot) -> None:
    for href in ("kb:palermo-protocol", ART, CASE):
        window.open_href(href)
    desk = window.features.desk
    qtbot.waitUntil(lambda: len(desk.store.history()) == 3, timeout=2000)  # written after painting
    desk.act_show_history.trigger()
    panel = desk.history_panel
    assert panel.filter.hasFocus()
    group = panel.tree.topLevelItem(0)
    assert group is not None and group.text(0) == "Today"
    assert len(panel.visit_items()) == 3
    qtbot.keyClicks(panel.filter, "palermo")
    qtbot.waitUntil(lambda: len(panel.visit_items()) == 1, timeout=2000)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert window.history.current is not None and window.history.current.href == "kb:palermo-protocol"


def test_history_recently_opened_lists_each_page_once_newest_first(window: MainWindow, qtbot: QtBot) -> None:
    desk = window.features.desk
    for href in (ART, CASE, ART, HOME_HREF, "kb:palermo-protocol"):
        window.open_href(href)
    qtbot.waitUntil(lambda: len(desk.store.history()) == 4, timeout=2000)  # written after painting
    desk.recent_menu.aboutToShow.emit()
    hrefs = [a.data() for a in desk.recent_menu.actions()]
    assert hrefs == ["kb:palermo-protocol", ART, CASE]
    assert desk.recent_menu.actions()[0].text().startswith("&1 ")
    desk.recent_menu.actions()[2].trigger()
    assert window.history.current is not None and window.history.current.href == CASE


def test_history_cleared_leaves_bookmarks_and_notes(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_href(ART)
    desk = window.features.desk
    qtbot.waitUntil(lambda: len(desk.store.history()) == 1, timeout=2000)
    desk.store.add_bookmark(ART, "Art. 388")
    desk.store.save_note(ART, "Art. 388", "ask about the debt")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    desk.act_clear_history.trigger()
    assert desk.store.history() == [] and desk.store.recent() == []
    desk.recent_menu.aboutToShow.emit()
    assert [a.isEnabled() for a in desk.recent_menu.actions()] == [False]
    assert len(desk.store.bookmarks()) == 1 and len(desk.store.notes()) == 1


def test_history_does_not_record_a_rerender_of_the_same_page(window: MainWindow, qtbot: QtBot) -> None:
    store = window.features.desk.store
    window.open_href(ART)
    qtbot.waitUntil(lambda: len(store.history()) == 1, timeout=2000)
    window.set_content_language("sr")  # re-renders the same page
    window.set_content_language("en")
    qtbot.wait(50)
    assert [v.href for v in store.history()] == [ART]


# -- notes -----------------------------------------------------------------------------------
def test_note_typed_is_saved_without_a_button_and_is_there_after_restart(
    window: MainWindow, qtbot: QtBot, restart: Callable[[MainWindow], MainWindow]
) -> None:
    window.open_href(ART)
    desk = window.features.desk
    desk.act_note.trigger()
    editor = desk.notes_panel.editor
    assert desk.notes_dock.isVisible() and editor.hasFocus()
    type_text(editor, "Pasoš zadržan — pitati ponovo.")
    qtbot.waitUntil(lambda: desk.store.note(ART) is not None, timeout=3000)
    assert desk.notes_panel.state.text().startswith("Saved")
    fresh = restart(window)
    fresh.open_href(ART + "#para-1")  # the note belongs to the page, whatever the section
    assert fresh.features.desk.notes_panel.editor.toPlainText() == "Pasoš zadržan — pitati ponovo."


def test_note_is_saved_when_leaving_the_page_before_the_delay_and_empty_note_is_deleted(
    window: MainWindow,
) -> None:
    window.open_href(ART)
    panel = window.features.desk.notes_panel
    panel.editor.setPlainText("first thought")
    window.open_href(CASE)  # immediately: no waiting for the autosave timer
    assert window.features.desk.store.note(ART) is not None
    assert panel.editor.toPlainText() == ""
    assert "Greenhouse" in panel.page_label.text() or "greenhouse" in panel.page_label.text().lower()
    window.go_back()
    assert panel.editor.toPlainText() == "first thought"
    panel.editor.clear()
    panel.flush()
    assert window.features.desk.store.note(ART) is None


def test_note_search_ignores_case_diacritics_and_script(window: MainWindow, qtbot: QtBot) -> None:
    desk = window.features.desk
    desk.store.save_note(ART, "Art. 388", "Poslodavac drži pasoše radnika.")
    desk.store.save_note(CASE, "Greenhouse", "Payroll does not match the hours.")
    desk.act_search_notes.trigger()
    panel = desk.notes_panel
    assert panel.search.hasFocus()
    type_text(panel.search, "пасоше")
    qtbot.waitUntil(lambda: len(panel.note_items()) == 1, timeout=2000)
    assert panel.note_items()[0].text().startswith("Art. 388")
    assert "1 of 2" in panel.count.text()
    panel.search.clear()
    qtbot.keyClicks(panel.search, "PAYROLL hours")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert window.history.current is not None and window.history.current.href == CASE


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_note_export_writes_every_note_to_markdown_or_html(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    desk = window.features.desk
    desk.store.save_note(ART, "Art. 388 <Serbia>", "Line one\nLine two & more")
    desk.store.save_note(CASE, "Greenhouse", "Payroll check")
    target = tmp_path / f"notes{suffix}"
    chosen = "Web page (*.html)" if suffix == ".html" else "Markdown (*.md)"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), chosen))
    desk.act_export_notes.trigger()
    text = target.read_text(encoding="utf-8")
    if suffix == ".md":
        assert "## Art. 388 <Serbia>" in text and "Line one\nLine two & more" in text
        assert "`kb:greenhouse-pickers`" in text
    else:
        assert "<h2>Art. 388 &lt;Serbia&gt;</h2>" in text and "Line one<br>Line two &amp; more" in text
    assert "· 2 notes" in text
    assert not list(tmp_path.glob("*.part"))


# -- cited by and glossary terms ---------------------------------------------------------------
def test_backlinks_cited_by_under_an_article_open_the_citing_page(window: MainWindow) -> None:
    window.open_href("kb:palermo-protocol")
    text = window.view.toPlainText()
    assert "Cited by (" in text
    html = window.view.toHtml()
    assert 'href="kb:' in html
    cited = window.features.desk.backlinks.cited_by("kb:palermo-protocol", "en")  # type: ignore[union-attr]
    assert cited and cited[0].title in text
    window.view.anchorClicked.emit(QUrl(cited[0].source))
    assert window.history.current is not None and window.history.current.href == cited[0].source


def test_backlinks_section_is_in_the_reader_language(window: MainWindow) -> None:
    window.set_content_language("sr")
    window.open_href(ART)
    assert "Pominje se u (" in window.view.toPlainText()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip window, offscreen
def test_glossary_term_in_an_article_shows_definition_and_serbian_term_as_tooltip(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.open_href("kb:first-contact")
    doc = window.view.document()
    block = doc.begin()
    found = None
    while block.isValid() and found is None:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref().startswith("kb:glossary#"):
                found = fragment
                break
            it += 1
        block = block.next()
    assert found is not None
    tip = found.charFormat().toolTip()
    assert "SR:" in tip and "<br>" in tip
    # Hovering shows it: send a tooltip event at the term's position.
    cursor = window.view.textCursor()
    cursor.setPosition(found.position() + 1)
    window.view.setTextCursor(cursor)
    window.view.ensureCursorVisible()
    point = window.view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.view.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=2000)
    assert "SR:" in QToolTip.text()
    # Tabbing to it (keyboard) says the same in the status bar.
    window.view.highlighted.emit(QUrl(found.charFormat().anchorHref()))
    assert " — SR: " in window.statusBar().currentMessage()
    QToolTip.hideText()


def test_backlink_hover_message_does_not_wipe_other_status_messages(window: MainWindow) -> None:
    window.open_href(ART)
    bar = window.statusBar()
    window.view.highlighted.emit(QUrl("kb:palermo-protocol"))
    assert bar.currentMessage().startswith("→ ") and "Palermo" in bar.currentMessage()
    window.view.highlighted.emit(QUrl())
    assert bar.currentMessage() == ""
    bar.showMessage("Sent 3 page(s) to the printer.")
    window.view.highlighted.emit(QUrl())  # leaving a link later keeps that message
    assert bar.currentMessage() == "Sent 3 page(s) to the printer."


def test_bookmark_dialog_fields_are_reached_with_their_alt_keys(window: MainWindow, qtbot: QtBot) -> None:
    window.open_href(ART)
    focused: list[str] = []

    def use_keys(dialog: QWidget) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        focused.append(dialog.focusWidget().objectName())  # type: ignore[union-attr]
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        focused.append(dialog.focusWidget().objectName())  # type: ignore[union-attr]
        dialog.reject()  # type: ignore[attr-defined]

    on_next_dialog(use_keys)
    window.features.desk.act_add_bookmark.trigger()
    assert focused == ["bookmarkFolder", "bookmarkName"]
