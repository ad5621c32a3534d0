"""Drive the real main window: search, open, follow links, go back, zoom, remember state."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.main_window import HOME_HREF, MainWindow
from desktop.shell.search_panel import HREF_ROLE
from tests.conftest import FIXTURES
from tests.desktop.conftest import type_text


def shown_text(win: MainWindow) -> str:
    return win.view.toPlainText()


def test_window_opens_on_the_home_page_with_content_version(window: MainWindow) -> None:
    assert window.history.current is not None and window.history.current.href == HOME_HREF
    assert "Start here" in shown_text(window)
    assert window.version_label.text().startswith("Content ")
    assert window.windowTitle() == "Prepoznaj"


def test_typing_a_query_lists_hits_with_highlighted_snippets(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search.field, "passport")
    qtbot.waitUntil(lambda: bool(window.search.hit_items()), timeout=5000)
    assert window.search.results.isVisible()
    assert not window.nav.isVisible()
    first = window.search.hit_items()[0]
    assert "<b" in first.data(Qt.ItemDataRole.UserRole + 2)


def test_clicking_a_hit_opens_its_page(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search.field, "Palermo")
    qtbot.waitUntil(lambda: bool(window.search.hit_items()), timeout=5000)
    item = window.search.hit_items()[0]
    rect = window.search.results.visualRect(item)
    qtbot.mouseClick(window.search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.history.current is not None
    assert window.history.current.href == item.data(HREF_ROLE)
    assert window.windowTitle().endswith("— Prepoznaj")


def test_serbian_query_with_diacritics_is_typed_and_found(window: MainWindow, qtbot: QtBot) -> None:
    type_text(window.search.field, "pasoš")
    qtbot.waitUntil(lambda: bool(window.search.hit_items()), timeout=5000)
    assert window.search.field.text() == "pasoš"


def test_keyboard_down_and_enter_open_the_first_hit(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search.field, "forced labour")
    qtbot.waitUntil(lambda: bool(window.search.hit_items()), timeout=5000)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert window.search.results.hasFocus() or window.search.results.currentIndex().isValid()
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.history.current is not None
    assert window.history.current.href == window.search.hit_items()[0].data(HREF_ROLE)


def test_escape_clears_the_search_and_shows_navigation(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search.field, "wages")
    qtbot.waitUntil(lambda: bool(window.search.hit_items()), timeout=5000)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == ""
    qtbot.waitUntil(lambda: window.nav.isVisible(), timeout=2000)


def test_empty_result_says_so_and_suggests(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search.field, "qqqzzzxx")
    qtbot.waitUntil(
        lambda: window.search.status.isVisible() and "No results" in window.search.status.text(), timeout=5000
    )


def test_following_a_kb_link_then_back_and_forward(window: MainWindow, qtbot: QtBot) -> None:
    window.open_href("kb:palermo-protocol")
    assert "Palermo" in window.windowTitle()
    window.view.anchorClicked.emit(QUrl("kb:coe-convention#art-13"))
    assert window.history.current is not None and window.history.current.href == "kb:coe-convention#art-13"
    assert "CETS" in window.windowTitle() or "Council of Europe" in window.windowTitle()
    assert window.act_back.isEnabled()
    window.act_back.trigger()
    assert window.history.current.href == "kb:palermo-protocol"
    assert "Palermo" in window.windowTitle()
    assert window.act_forward.isEnabled()
    window.act_forward.trigger()
    assert window.history.current.href == "kb:coe-convention#art-13"


def test_back_restores_the_scroll_position(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(900, 500)
    window.open_href("kb:coe-convention")
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 200, timeout=3000)
    bar.setValue(200)
    window.open_href("kb:palermo-protocol")
    window.go_back()
    assert bar.value() == 200


def test_clicking_an_indicator_in_navigation_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    window.nav.open_requested.emit("kb:cd_confiscation_of_documents")
    assert "How to check it on an inspection" in shown_text(window)


def test_external_links_open_only_in_the_system_browser(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    window.open_href("kb:palermo-protocol")
    window.view.anchorClicked.emit(QUrl("https://www.coe.int/"))
    assert opened == ["https://www.coe.int/"]
    assert window.history.current is not None and window.history.current.href == "kb:palermo-protocol"


def test_zoom_changes_the_text_size_and_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    before = window.view.document().defaultFont().pointSize()
    window.act_zoom_in.trigger()
    window.act_zoom_in.trigger()
    assert window.view.document().defaultFont().pointSize() == before + 2
    window.act_zoom_out.trigger()
    assert window.view.document().defaultFont().pointSize() == before + 1
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.view.document().defaultFont().pointSize() == before + 1


def test_window_geometry_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(760, 540)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 540)


def test_missing_page_shows_a_message_not_a_blank(window: MainWindow) -> None:
    window.open_href("kb:does-not-exist")
    assert "Page not found" in shown_text(window)


def test_switching_content_to_serbian_shows_the_serbian_article(window: MainWindow) -> None:
    window.open_href("kb:criminal-code-art-388")
    window.act_lang_sr.trigger()
    assert "Krivični zakonik" in shown_text(window) or "krivičnog" in shown_text(window).lower()
    window.act_lang_en.trigger()
    assert "Criminal Code" in shown_text(window)


def test_broken_content_file_still_opens_and_names_the_problem(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import desktop.startup as startup

    content = tmp_path / "kb"
    shutil.copytree(FIXTURES / "mini_kb", content)
    (content / "guidance/serbia/serbian-law.md").write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    monkeypatch.setattr(startup, "CONTENT_DIR", content)
    monkeypatch.setattr(startup.StartupWorker.__init__, "__defaults__", (content,))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=60_000):
        win.start_loading()
    assert win.problems_button.isVisible()
    assert "1 content problem" in win.problems_button.text()
    assert "serbian-law.md:3: malformed YAML" in win.statusBar().currentMessage()
    win.open_href("kb:passports")
    assert "Identity documents" in win.windowTitle()


def test_first_start_builds_the_index_with_visible_progress(qtbot: QtBot) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    # What the user sees at each report (the window's own handler runs first: it connected first).
    seen: list[tuple[int, int, bool, int, int, str]] = []

    def look(done: int, total: int) -> None:
        bar = win.progress
        seen.append((done, total, bar.isVisible(), bar.value(), bar.maximum(), win.search.status.text()))

    win.search.field.setText("passport")
    with qtbot.waitSignal(win.ready, timeout=60_000):
        win.start_loading()
        worker = win.startup_worker
        assert worker is not None
        worker.index_progress.connect(look)
    during = [s for s in seen if s[0] < s[1]]
    assert len(during) >= 3, "the build was watched while it ran"
    for done, total, visible, value, maximum, status in during:
        assert visible and (value, maximum) == (done, total), "the status bar shows how far the build is"
        assert f"{done} of {total} documents" in status, "the search panel says search is being prepared"
    assert [d for d, *_ in during] == sorted(d for d, *_ in during)
    assert seen[-1][0] == seen[-1][1]
    assert not win.progress.isVisible(), "the bar goes once search is ready"
    qtbot.waitUntil(lambda: bool(win.search.hit_items()), timeout=5000)


def test_closing_the_window_during_the_first_index_build_stops_the_build_at_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    reports: list[tuple[int, int]] = []
    failures: list[str] = []
    win.start_loading()
    worker = win.startup_worker
    assert worker is not None
    worker.index_progress.connect(lambda done, total: reports.append((done, total)))
    worker.failed.connect(failures.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=60_000)  # the build has begun
    began = time.perf_counter()
    win.close()
    took = time.perf_counter() - began
    assert worker.isFinished()
    assert took < 3.0, f"closing waited {took:.1f} s for the index build"
    index_dir = paths.index_dir()
    assert not (index_dir / "index-meta.json").exists(), "the build went on to the end"
    assert [p.name for p in index_dir.parent.iterdir() if p.name.startswith(f".{index_dir.name}.")] == []
    qtbot.wait(100)  # what the worker reported on its way out arrives
    assert failures == [] and told == [], "a stopped build is no failure to report"
