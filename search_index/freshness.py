"""Is the index on disk built from this content, and whole? Answered from its meta file and a look
at its files, without importing Whoosh: searching never loads the search engine's modules (the
decoded copies answer queries), so neither does checking.

The meta file records the content digest the index was built from and every file the build wrote,
with its size and CRC-32 (`IndexMeta.files`). A file missing, truncated or grown is found by its
size at once (`index_state`, `looks_fresh`); the files that opening reads whole (lexicon,
postings, key sequences) are checked against their CRC as they are read (lexicon.py), so a
damaged copy is rebuilt, never searched."""

from __future__ import annotations

import json
import os
import sys
import zlib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from search_index.leftovers import remove_leftovers
from search_index.lexicon import LEXICON_FILE, POSTINGS_FILE, SEQUENCES_FILE
from search_index.stems import STEMS_FILE
from search_index.stored import STORED_FILE

if TYPE_CHECKING:
    from content.model import KnowledgeBase

# Bump when the schema, analysis or indexed documents change shape: forces a rebuild.
# 5: decoded postings copy (postings.bin); 6: body text from the Markdown tree; 7: stored text
# copy (stored.bin), the vocabulary's stems (stems.json), every file's size and CRC in the meta;
# 8: the Serbian document count of each key in the lexicon (key_serbian); 9: the lexicon and the
# stems as binary columns (lexicon.bin, stems.bin) instead of JSON.
SCHEMA_VERSION = 9
META_FILE = "index-meta.json"
INDEX_NAME = "prepoznaj"
WRITE_LOCK = f"{INDEX_NAME}_WRITELOCK"
# Written by us next to Whoosh's files, and read by every search.
SIDE_FILES = (LEXICON_FILE, SEQUENCES_FILE, POSTINGS_FILE, STORED_FILE, STEMS_FILE)


class IndexState(Enum):
    FRESH = "fresh"
    MISSING = "missing"
    STALE = "stale"  # built from other content or an older schema
    DAMAGED = "damaged"  # files missing, truncated or unreadable
    LOCKED = "locked"  # a writer's lock is still held on the folder (it hung, or crashed on a network drive)


@dataclass(frozen=True)
class IndexMeta:
    content_digest: str
    schema_version: int
    doc_count: int
    built_at: float
    build_seconds: float = 0.0
    # File name → (size in bytes, CRC-32) of every file the build wrote (not the lock, not this file).
    files: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def read(cls, index_dir: Path) -> IndexMeta | None:
        try:
            raw = json.loads((index_dir / META_FILE).read_text(encoding="utf-8"))
            return cls(
                content_digest=str(raw["content_digest"]),
                schema_version=int(raw["schema_version"]),
                doc_count=int(raw["doc_count"]),
                built_at=float(raw["built_at"]),
                build_seconds=float(raw.get("build_seconds", 0.0)),
                files={str(name): (int(size), int(crc)) for name, (size, crc) in raw.get("files", {}).items()},
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def write(self, index_dir: Path) -> None:
        (index_dir / META_FILE).write_text(json.dumps(self.__dict__), encoding="utf-8")

    @staticmethod
    def stamp(index_dir: Path) -> dict[str, tuple[int, int]]:
        """Size and CRC-32 of every file of a just-built index folder."""
        files: dict[str, tuple[int, int]] = {}
        for path in sorted(index_dir.iterdir()):
            if path.name not in (META_FILE, WRITE_LOCK) and path.is_file():
                size = crc = 0
                with open(path, "rb") as handle:
                    while chunk := handle.read(1 << 20):  # a megabyte at a time, not the file at once
                        size += len(chunk)
                        crc = zlib.crc32(chunk, crc)
                files[path.name] = (size, crc)
        return files

    def files_intact(self, index_dir: Path) -> bool:
        """Every file the build wrote is there with the size it was written with (and the side
        files and at least one Whoosh table of contents are among them). Reads no file."""
        names = self.files
        if not all(name in names for name in SIDE_FILES):
            return False
        if not any(name.startswith(f"_{INDEX_NAME}_") and name.endswith(".toc") for name in names):
            return False
        try:
            return all((index_dir / name).stat().st_size == size for name, (size, _crc) in names.items())
        except OSError:
            return False


def lock_held(lock_path: Path) -> bool:
    """Whether someone holds the index's write lock. Whoosh keeps the lock file after every write
    and locks it while writing, with the platform's own lock (flock on POSIX, a one-byte msvcrt
    lock on Windows): the same lock is tried here, and released at once."""
    if not lock_path.exists():
        return False
    try:
        fd = os.open(lock_path, os.O_RDWR)
    except OSError:
        return True  # a lock file we cannot open is no better than a held one
    try:
        return not _lock_free(fd)
    finally:
        os.close(fd)


def _lock_free(fd: int) -> bool:
    """Take and release at once the lock Whoosh takes on an open lock file: False when it is held."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)  # Whoosh locks the first byte
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    fcntl.flock(fd, fcntl.LOCK_UN)
    return True


def looks_fresh(index_dir: Path, content_digest: str) -> bool:
    """True when the meta file says the index was built from this content with this schema, every
    file it wrote is there with its size, and no writer holds its lock. Reads no index file."""
    meta = IndexMeta.read(index_dir)
    if meta is None or meta.schema_version != SCHEMA_VERSION or meta.content_digest != content_digest:
        return False
    return meta.files_intact(index_dir) and not lock_held(index_dir / WRITE_LOCK)


def index_state(index_dir: Path, kb: KnowledgeBase) -> IndexState:
    """Is the index at `index_dir` usable for this knowledge base? Also removes the folders that a
    crashed build left beside it. The files read whole when the index is opened are checked
    against their CRC then (a damaged one fails the opening, and the caller rebuilds)."""
    remove_leftovers(index_dir)
    if not index_dir.is_dir():
        return IndexState.MISSING
    meta = IndexMeta.read(index_dir)
    if meta is None:
        try:
            has_files = any(index_dir.iterdir())
        except OSError:
            return IndexState.DAMAGED
        return IndexState.DAMAGED if has_files else IndexState.MISSING
    if meta.schema_version != SCHEMA_VERSION or meta.content_digest != kb.digest:
        return IndexState.STALE
    if not meta.files_intact(index_dir):
        return IndexState.DAMAGED
    if lock_held(index_dir / WRITE_LOCK):
        return IndexState.LOCKED
    return IndexState.FRESH
