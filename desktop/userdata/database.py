"""The user database: one SQLite file, WAL, migrations by `PRAGMA user_version`.

Opening never loses data silently: a file that SQLite cannot read or that fails the integrity
check (`PRAGMA quick_check`) is moved aside with a timestamp, a fresh database is created, and the
caller gets a notice naming where the old file is. Every write goes through `transaction()`, committed at once, so a
crash or a power cut loses nothing that was acknowledged."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

DB_FILENAME = "prepoznaj.sqlite3"


def _to_utc(column: str) -> str:
    """SQL for a stored local time with offset, as UTC in the form utc_timestamp() writes."""
    return f"coalesce(strftime('%Y-%m-%dT%H:%M:%S', {column}) || '.000000+00:00', {column})"


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str  # one or more statements; run in one transaction with the version bump


# Append only: never edit or reorder a migration that has shipped. Slot owners:
#   1 "assessments" (guided assessment)   2 "desk" (bookmarks, history, notes)   3 "trainer" (self-test)
#   4 "assessment rule set" (guided assessment)   5 "worker_card" (field kit: the worker's answers on the card)
#   6 "utc-times" (the assessment, trainer and worker-card times, written as local time before, made UTC)
MIGRATIONS: list[Migration] = [
    # 1: guided assessments. A case reference, never a person's name; the tree, rules and content
    # versions used; the step to resume at; one row per answer, written the moment it is given.
    Migration(
        "assessments",
        """
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            case_reference TEXT NOT NULL DEFAULT '',
            tree_id TEXT NOT NULL,
            tree_version TEXT NOT NULL,
            rules_version TEXT NOT NULL,
            content_version TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT 'en',
            position TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE assessment_answers (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            node_id TEXT NOT NULL,
            answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'unknown')),
            recorded TEXT NOT NULL DEFAULT '',
            answered_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, node_id)
        );
        CREATE INDEX assessments_by_update ON assessments(updated_at);
        """,
    ),
    # 2: the desk: bookmarks in (nested) folders, the visit history, one personal note per page.
    # Pages are kb: hrefs without the anchor; titles are kept for lists when content changes.
    Migration(
        "desk",
        """
        CREATE TABLE bookmark_folder (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            parent_id INTEGER REFERENCES bookmark_folder(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE bookmark (
            id INTEGER PRIMARY KEY,
            folder_id INTEGER REFERENCES bookmark_folder(id) ON DELETE CASCADE,
            href TEXT NOT NULL,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX bookmark_href ON bookmark(href);
        CREATE TABLE visit (
            id INTEGER PRIMARY KEY,
            href TEXT NOT NULL,
            title TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT '',
            visited_at TEXT NOT NULL
        );
        CREATE INDEX visit_time ON visit(visited_at);
        CREATE INDEX visit_href ON visit(href);
        CREATE TABLE note (
            href TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
    ),
    # 3: trainer mode: self-test results and the room's live assessments of training cases. No
    # names: the case id, what was ticked or recorded, the outcome picked, the score, the time.
    Migration(
        "trainer",
        """
        CREATE TABLE trainer_result (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('self-test', 'live')),
            case_id TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT 'en',
            content_version TEXT NOT NULL,
            rules_version TEXT NOT NULL,
            chosen TEXT NOT NULL DEFAULT '',
            hits INTEGER NOT NULL DEFAULT 0,
            misses INTEGER NOT NULL DEFAULT 0,
            false_alarms INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL DEFAULT '',
            expected_outcome TEXT NOT NULL DEFAULT '',
            score INTEGER NOT NULL DEFAULT 0,
            taken_at TEXT NOT NULL
        );
        CREATE INDEX trainer_result_by_case ON trainer_result(case_id, taken_at);
        """,
    ),
    # 4: the rule set (content/rules.yaml `rule_sets`) an assessment was made with, kept with its
    # version. Assessments saved before there were rule sets were made with the ILO/EC rule, which
    # is the rule set "research" now.
    Migration(
        "assessment rule set",
        """
        ALTER TABLE assessments ADD COLUMN rule_set TEXT NOT NULL DEFAULT 'research';
        """,
    ),
    # 5: the worker card (field kit): each answer the worker gave on the card, in which language, when;
    # and the inspector's decision on it (none yet, confirmed, or changed to the inspector's answer).
    Migration(
        "worker_card",
        """
        CREATE TABLE worker_card_answers (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            lang TEXT NOT NULL,
            answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'declined')),
            answered_at TEXT NOT NULL,
            decision TEXT CHECK (decision IS NULL OR decision IN ('confirmed', 'changed')),
            inspector_answer TEXT CHECK (inspector_answer IS NULL OR inspector_answer IN ('yes', 'no', 'unknown')),
            decided_at TEXT,
            PRIMARY KEY (assessment_id, question_id)
        );
        """,
    ),
    # 6: times are UTC from now on (see utc_timestamp). The rows written before carry local time
    # with its offset ("2026-11-30T14:05:12+01:00"): SQLite's strftime reads the offset and gives
    # UTC. A value it cannot read is kept as it was.
    Migration(
        "utc-times",
        f"""
        UPDATE assessments SET created_at = {_to_utc("created_at")}, updated_at = {_to_utc("updated_at")};
        UPDATE assessment_answers SET answered_at = {_to_utc("answered_at")};
        UPDATE trainer_result SET taken_at = {_to_utc("taken_at")};
        UPDATE worker_card_answers SET answered_at = {_to_utc("answered_at")},
            decided_at = {_to_utc("decided_at")};
        """,
    ),
]


def utc_timestamp() -> str:
    """When a record was written: UTC to the microsecond, always the same width
    ("2026-11-30T13:05:12.000000+00:00"), so that the order of the text is the order in time, across
    a change to or from summer time and a journey to another time zone alike."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def local_time(stamp: str, seconds: bool = False) -> str:
    """A stored time as the user reads it: local time, to the minute ("2026-11-30 14:05"), or
    to the second. Empty for empty; a value that is no time comes back as it is."""
    if not stamp:
        return ""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


class NewerDatabaseError(RuntimeError):
    """The file was written by a newer Prepoznaj; we refuse to downgrade it."""


@dataclass(frozen=True)
class OpenNotice:
    """Something the user must be told about after opening (e.g. where a damaged file went)."""

    moved_to: Path
    reason: str


class UserDatabase:
    def __init__(self, connection: sqlite3.Connection, path: Path, notice: OpenNotice | None = None) -> None:
        self.connection = connection
        self.path = path
        self.notice = notice

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, migrations: list[Migration] | None = None) -> UserDatabase:
        migrations = MIGRATIONS if migrations is None else migrations
        path.parent.mkdir(parents=True, exist_ok=True)
        notice: OpenNotice | None = None
        try:
            connection = _connect_checked(path)
        except sqlite3.DatabaseError as exc:
            moved = _move_aside(path)
            notice = OpenNotice(moved_to=moved, reason=str(exc))
            log.warning("user database %s was damaged (%s); moved to %s", path, exc, moved)
            connection = _connect_checked(path)
        db = cls(connection, path, notice)
        db._migrate(migrations)
        return db

    def close(self) -> None:
        self.connection.close()

    @property
    def schema_version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, migrations: list[Migration]) -> None:
        current = self.schema_version
        if current > len(migrations):
            raise NewerDatabaseError(
                f"{self.path} was written by a newer version of Prepoznaj (schema {current}, "
                f"this version knows {len(migrations)}). Update Prepoznaj to open it."
            )
        for number, migration in enumerate(migrations[current:], start=current + 1):
            with self.transaction() as cur:
                for statement in _statements(migration.sql):
                    cur.execute(statement)
                cur.execute(f"PRAGMA user_version = {number}")
            log.info("user database migrated to %d (%s)", number, migration.name)

    # -- writing ------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Cursor]:
        """BEGIN IMMEDIATE … COMMIT (or ROLLBACK on error). Committed when the block ends."""
        cur = self.connection.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")
        finally:
            cur.close()


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), isolation_level=None, timeout=5.0, check_same_thread=False)
    try:
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")  # an acknowledged answer survives a power cut
        connection.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        # Closed now, not when the exception is forgotten: Windows cannot move a damaged
        # database aside while this process still has it open.
        connection.close()
        raise
    return connection


def _connect_checked(path: Path) -> sqlite3.Connection:
    """Connect and verify; raises sqlite3.DatabaseError when the file is not a healthy database.
    `quick_check` reads every page and the structure of every table (what a crash or a bad disk
    damages) without the full cross-check of each index against its table, which at every start
    would cost time in proportion to the whole file."""
    connection = _connect(path)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except BaseException:
        connection.close()
        raise
    verdict = [str(r[0]) for r in rows]
    if verdict != ["ok"]:
        connection.close()
        raise sqlite3.DatabaseError("integrity check failed: " + "; ".join(verdict[:5]))
    return connection


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
        counter += 1
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement keeps triggers whole)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
