"""The application context: built from the test's own folders, it opens the user database and
says in the user's language what went wrong with it; the window shows what it says."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import i18n, paths
from desktop.context import build_context
from desktop.i18n import Language
from desktop.main_window import MainWindow
from desktop.userdata.database import DB_FILENAME


def test_a_damaged_user_database_is_moved_aside_and_the_user_told_in_serbian(qtbot: QtBot) -> None:
    path = paths.data_dir() / DB_FILENAME
    path.write_bytes(b"not a database" * 100)
    before = i18n.current()
    i18n.install(Language.SERBIAN_LATIN)
    try:
        context = build_context()
    finally:
        i18n.install(before)
    assert "oštećen" in context.db_message and ".damaged-" in context.db_message
    assert context.user_db.path == path  # a fresh file in its place
    context.close()


def test_a_newer_user_database_is_left_alone_and_a_temporary_one_used(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = paths.data_dir() / DB_FILENAME
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    context = build_context()
    assert "could not be opened" in context.db_message and "temporary" in context.db_message
    assert context.user_db.path != path
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(context=context)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert shown == [context.db_message]
    window.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 99  # never downgraded
    raw.close()
