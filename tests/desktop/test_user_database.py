"""The user database: migrations, transactions, damaged files moved aside (never emptied silently)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.userdata import database
from desktop.userdata.database import Migration, NewerDatabaseError, UserDatabase

SCHEMA = [
    Migration("one", "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"),
    Migration("two", "ALTER TABLE things ADD COLUMN colour TEXT;\nCREATE INDEX things_name ON things(name);"),
]


def test_migrations_run_in_order_and_set_user_version(tmp_path: Path) -> None:
    db = UserDatabase.open(tmp_path / "u.sqlite3", SCHEMA[:1])
    assert db.schema_version == 1
    db.close()
    db = UserDatabase.open(tmp_path / "u.sqlite3", SCHEMA)
    assert db.schema_version == 2
    with db.transaction() as cur:
        cur.execute("INSERT INTO things (name, colour) VALUES ('x', 'red')")
    assert db.connection.execute("SELECT colour FROM things").fetchone()[0] == "red"
    assert db.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    db = UserDatabase.open(tmp_path / "u.sqlite3", SCHEMA)
    with pytest.raises(RuntimeError), db.transaction() as cur:
        cur.execute("INSERT INTO things (name) VALUES ('half')")
        raise RuntimeError("crash mid-way")
    assert db.connection.execute("SELECT count(*) FROM things").fetchone()[0] == 0


def test_damaged_file_is_moved_aside_and_a_fresh_one_created(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    db = UserDatabase.open(path, SCHEMA)
    assert db.notice is not None
    assert db.notice.moved_to.exists()
    assert db.notice.moved_to.read_bytes().startswith(b"this is not a database")
    assert ".damaged-" in db.notice.moved_to.name
    assert db.schema_version == 2


def test_corrupted_pages_fail_the_integrity_check(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    db = UserDatabase.open(path, SCHEMA)
    with db.transaction() as cur:
        cur.executemany("INSERT INTO things (name) VALUES (?)", [(f"n{i}" * 50,) for i in range(400)])
    db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # scribble over every page but the header
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    reopened = UserDatabase.open(path, SCHEMA)
    assert reopened.notice is not None and reopened.notice.moved_to.exists()
    assert reopened.connection.execute("SELECT count(*) FROM things").fetchone()[0] == 0


def test_a_newer_database_is_refused_not_downgraded(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 9")
    raw.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        UserDatabase.open(path, SCHEMA)
    assert path.exists()


def test_a_damaged_database_is_closed_before_it_is_moved_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows cannot rename a file this process still has open: the damaged database is closed
    before it is moved aside."""
    import psutil

    from desktop.userdata import database

    path = tmp_path / "prepoznaj.sqlite3"
    path.write_bytes(b"not a database at all " * 200)
    move_aside = database._move_aside
    open_then: list[str] = []

    def watching(target: Path) -> Path:
        open_then.extend(f.path for f in psutil.Process().open_files() if Path(f.path).name.startswith(path.name))
        return move_aside(target)

    monkeypatch.setattr(database, "_move_aside", watching)
    db = database.UserDatabase.open(path)
    try:
        assert db.notice is not None and db.notice.moved_to.is_file()
        assert open_then == []
    finally:
        db.close()


class Recorded:
    """Every connection the user database opens, and every statement run on it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.connections: list[sqlite3.Connection] = []
        self.statements: list[str] = []
        real = sqlite3.connect

        def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
            connection = real(*args, **kwargs)
            connection.set_trace_callback(self.statements.append)
            self.connections.append(connection)
            return connection

        monkeypatch.setattr(database.sqlite3, "connect", connect)


def is_closed(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_a_connection_to_a_file_that_fails_its_first_pragma_is_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "u.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    recorded = Recorded(monkeypatch)
    db = UserDatabase.open(path, SCHEMA)
    assert db.notice is not None  # the journal_mode pragma refused the file: moved aside
    assert len(recorded.connections) == 2
    assert is_closed(recorded.connections[0]), "the connection to the damaged file is left open"
    assert not is_closed(db.connection)
    db.close()


def test_opening_runs_the_quick_check_not_the_full_integrity_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    UserDatabase.open(tmp_path / "u.sqlite3", SCHEMA).close()
    recorded = Recorded(monkeypatch)
    UserDatabase.open(tmp_path / "u.sqlite3", SCHEMA).close()
    assert "PRAGMA quick_check" in recorded.statements
    assert not [s for s in recorded.statements if "integrity_check" in s]
