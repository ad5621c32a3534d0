"""Bookmarks (in folders), the visit history and personal notes, kept in the user database.

Plain Python over `UserDatabase` (no Qt): every write is one transaction, committed at once, so
a crash loses nothing that was saved. The tables are migration slot 2 "desk" in
`desktop/userdata/database.py`. Pages are addressed by their `kb:` href without the
anchor, so a note or a bookmark belongs to the document, whichever language it was read in."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.userdata.database import UserDatabase

HISTORY_LIMIT = 10_000  # visits kept; older ones are dropped as new ones come in


@dataclass(frozen=True)
class Folder:
    id: int
    name: str
    parent_id: int | None


@dataclass(frozen=True)
class Bookmark:
    id: int
    folder_id: int | None
    href: str
    title: str
    created_at: datetime


@dataclass(frozen=True)
class VisitRecord:
    href: str
    title: str
    lang: str
    visited_at: datetime


@dataclass(frozen=True)
class Note:
    href: str
    title: str
    body: str
    created_at: datetime
    updated_at: datetime


def page_key(href: str) -> str:
    """The document a page belongs to: "kb:id#anchor" → "kb:id"."""
    return href.partition("#")[0]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def search_key(text: str) -> str:
    """Case, diacritics, script and "dj"/"d" do not matter when searching notes."""
    if not text:
        return ""
    from search_index.analysis import fold  # the search engine's folding, loaded when first needed

    return fold(text).replace("dj", "d")


class DeskStore:
    def __init__(self, db: UserDatabase) -> None:
        self.db = db

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        return list(self.db.connection.execute(sql, params).fetchall())

    # -- folders ------------------------------------------------------------------------
    def add_folder(self, name: str, parent_id: int | None = None) -> Folder:
        name = _clean_name(name)
        with self.db.transaction() as cur:
            cur.execute(
                "INSERT INTO bookmark_folder (name, parent_id, created_at) VALUES (?, ?, ?)",
                (name, parent_id, _now()),
            )
            folder_id = int(cur.lastrowid or 0)
        return Folder(folder_id, name, parent_id)

    def rename_folder(self, folder_id: int, name: str) -> None:
        with self.db.transaction() as cur:
            cur.execute("UPDATE bookmark_folder SET name = ? WHERE id = ?", (_clean_name(name), folder_id))

    def move_folder(self, folder_id: int, parent_id: int | None) -> None:
        if parent_id is not None and (parent_id == folder_id or folder_id in self._ancestors(parent_id)):
            raise ValueError("A folder cannot be moved into itself.")
        with self.db.transaction() as cur:
            cur.execute("UPDATE bookmark_folder SET parent_id = ? WHERE id = ?", (parent_id, folder_id))

    def _ancestors(self, folder_id: int) -> set[int]:
        parents = {f.id: f.parent_id for f in self.folders()}
        seen: set[int] = set()
        current = parents.get(folder_id)
        while current is not None and current not in seen:
            seen.add(current)
            current = parents.get(current)
        return seen

    def delete_folder(self, folder_id: int) -> None:
        """Deletes the folder, its sub-folders and the bookmarks in them."""
        with self.db.transaction() as cur:
            cur.execute("DELETE FROM bookmark_folder WHERE id = ?", (folder_id,))

    def folders(self) -> list[Folder]:
        rows = self._rows("SELECT id, name, parent_id FROM bookmark_folder ORDER BY name COLLATE NOCASE, id")
        return [Folder(int(r["id"]), str(r["name"]), r["parent_id"]) for r in rows]

    def folder_path(self, folder_id: int | None) -> list[Folder]:
        """The folder and its parents, outermost first."""
        by_id = {f.id: f for f in self.folders()}
        path: list[Folder] = []
        current = by_id.get(folder_id) if folder_id is not None else None
        while current is not None and current not in path:
            path.insert(0, current)
            current = by_id.get(current.parent_id) if current.parent_id is not None else None
        return path

    # -- bookmarks ----------------------------------------------------------------------
    def add_bookmark(self, href: str, title: str, folder_id: int | None = None) -> Bookmark:
        title = " ".join(title.split()) or href
        created = _now()
        with self.db.transaction() as cur:
            cur.execute(
                "INSERT INTO bookmark (folder_id, href, title, created_at) VALUES (?, ?, ?, ?)",
                (folder_id, href, title, created),
            )
            bookmark_id = int(cur.lastrowid or 0)
        return Bookmark(bookmark_id, folder_id, href, title, _time(created))

    def bookmarks(self) -> list[Bookmark]:
        rows = self._rows("SELECT id, folder_id, href, title, created_at FROM bookmark ORDER BY created_at, id")
        return [_bookmark(r) for r in rows]

    def bookmarks_for(self, href: str) -> list[Bookmark]:
        rows = self._rows(
            "SELECT id, folder_id, href, title, created_at FROM bookmark WHERE href = ? ORDER BY id", (href,)
        )
        return [_bookmark(r) for r in rows]

    def rename_bookmark(self, bookmark_id: int, title: str) -> None:
        with self.db.transaction() as cur:
            cur.execute("UPDATE bookmark SET title = ? WHERE id = ?", (_clean_name(title), bookmark_id))

    def move_bookmark(self, bookmark_id: int, folder_id: int | None) -> None:
        with self.db.transaction() as cur:
            cur.execute("UPDATE bookmark SET folder_id = ? WHERE id = ?", (folder_id, bookmark_id))

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self.db.transaction() as cur:
            cur.execute("DELETE FROM bookmark WHERE id = ?", (bookmark_id,))

    # -- history ------------------------------------------------------------------------
    def record_visit(self, href: str, title: str, lang: str, at: datetime | None = None) -> None:
        when = (at or datetime.now(UTC)).isoformat(timespec="microseconds")
        with self.db.transaction() as cur:
            cur.execute(
                "INSERT INTO visit (href, title, lang, visited_at) VALUES (?, ?, ?, ?)", (href, title, lang, when)
            )
            cur.execute(
                "DELETE FROM visit WHERE id IN (SELECT id FROM visit ORDER BY visited_at DESC, id DESC "
                "LIMIT -1 OFFSET ?)",
                (HISTORY_LIMIT,),
            )

    def history(self, limit: int = 1000, query: str = "") -> list[VisitRecord]:
        """Visits, newest first; `query` filters on the title (case, diacritics, script ignored)."""
        rows = self._rows("SELECT href, title, lang, visited_at FROM visit ORDER BY visited_at DESC, id DESC")
        key = search_key(query.strip())
        found = []
        for row in rows:
            if key and key not in search_key(str(row["title"])):
                continue
            found.append(VisitRecord(str(row["href"]), str(row["title"]), str(row["lang"]), _time(row["visited_at"])))
            if len(found) >= limit:
                break
        return found

    def recent(self, limit: int = 10) -> list[VisitRecord]:
        """The most recently opened pages, each once, newest first."""
        rows = self._rows(
            "SELECT v.href, v.title, v.lang, v.visited_at FROM visit v "
            "JOIN (SELECT href, MAX(id) AS last FROM visit GROUP BY href) latest ON v.id = latest.last "
            "ORDER BY v.visited_at DESC, v.id DESC LIMIT ?",
            (limit,),
        )
        return [VisitRecord(str(r["href"]), str(r["title"]), str(r["lang"]), _time(r["visited_at"])) for r in rows]

    def clear_history(self) -> None:
        with self.db.transaction() as cur:
            cur.execute("DELETE FROM visit")

    # -- notes --------------------------------------------------------------------------
    def note(self, href: str) -> Note | None:
        rows = self._rows(
            "SELECT href, title, body, created_at, updated_at FROM note WHERE href = ?", (page_key(href),)
        )
        return _note(rows[0]) if rows else None

    def save_note(self, href: str, title: str, body: str) -> Note | None:
        """Saves the note on a page; an empty text deletes it. Returns what is stored."""
        key = page_key(href)
        if not body.strip():
            self.delete_note(key)
            return None
        now = _now()
        with self.db.transaction() as cur:
            cur.execute(
                "INSERT INTO note (href, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(href) DO UPDATE SET title = excluded.title, body = excluded.body, "
                "updated_at = excluded.updated_at",
                (key, title, body, now, now),
            )
        return self.note(key)

    def delete_note(self, href: str) -> None:
        with self.db.transaction() as cur:
            cur.execute("DELETE FROM note WHERE href = ?", (page_key(href),))

    def notes(self, query: str = "") -> list[Note]:
        """Every note, most recently changed first; `query` words must all appear in the title or
        the text (case, diacritics and script do not matter)."""
        rows = self._rows("SELECT href, title, body, created_at, updated_at FROM note ORDER BY updated_at DESC")
        words = search_key(query).split()
        found = []
        for row in rows:
            haystack = search_key(f"{row['title']}\n{row['body']}")
            if all(word in haystack for word in words):
                found.append(_note(row))
        return found


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError("The name cannot be empty.")
    return name


def _bookmark(row: sqlite3.Row) -> Bookmark:
    folder = row["folder_id"]
    return Bookmark(
        int(row["id"]),
        int(folder) if folder is not None else None,
        str(row["href"]),
        str(row["title"]),
        _time(row["created_at"]),
    )


def _note(row: sqlite3.Row) -> Note:
    return Note(
        str(row["href"]),
        str(row["title"]),
        str(row["body"]),
        _time(row["created_at"]),
        _time(row["updated_at"]),
    )
