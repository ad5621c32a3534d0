"""Is the index on disk built from this content? Answered from its meta file and a look at its
files, without importing Whoosh — so the app can be ready before the search engine is loaded.

This is the cheap first check; opening the index (search_index.store.index_state) is the thorough
one and still catches files that are present but damaged."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from search_index.lexicon import LEXICON_FILE, POSTINGS_FILE, SEQUENCES_FILE

# Bump when the schema, analysis or indexed documents change shape: forces a rebuild.
SCHEMA_VERSION = 7  # 5: decoded postings copy (postings.bin); 6: body text from the Markdown tree; 7: key_serbian
META_FILE = "index-meta.json"
INDEX_NAME = "prepoznaj"
WRITE_LOCK = f"{INDEX_NAME}_WRITELOCK"


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
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, index_dir: Path) -> None:
        (index_dir / META_FILE).write_text(json.dumps(self.__dict__), encoding="utf-8")


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
    """True when the meta file says the index was built from this content with this schema, its
    files are all there and not empty, and no writer holds its lock. Reads no index file."""
    meta = IndexMeta.read(index_dir)
    if meta is None or meta.schema_version != SCHEMA_VERSION or meta.content_digest != content_digest:
        return False
    if lock_held(index_dir / WRITE_LOCK):
        return False
    try:
        wanted = [index_dir / LEXICON_FILE, index_dir / SEQUENCES_FILE, index_dir / POSTINGS_FILE]
        tocs = list(index_dir.glob(f"_{INDEX_NAME}_*.toc"))
        return bool(tocs) and all(p.is_file() and p.stat().st_size > 0 for p in [*wanted, *tocs])
    except OSError:
        return False
