"""The on-disk index: schema, build into a fresh folder, freshness and damage detection.

An index is built into a temporary sibling folder and swapped in only when complete, so a crash
mid-build never leaves a half-written index in place. `index-meta.json` records the content
digest it was built from, so an unchanged knowledge base is never re-indexed."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import platformdirs
from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.index import Index

from content.model import KnowledgeBase
from search_index.analysis import english_analyzer, folded_analyzer, serbian_analyzer
from search_index.documents import SearchDocument, iter_documents

# Bump when the schema, analyzers or indexed documents change shape: forces a rebuild.
SCHEMA_VERSION = 1
META_FILE = "index-meta.json"
INDEX_NAME = "prepoznaj"

ProgressCallback = Callable[[int, int], None]


def default_index_dir() -> Path:
    return Path(platformdirs.user_cache_dir("prepoznaj", appauthor=False)) / "index"


def make_schema() -> Schema:
    folded = folded_analyzer()
    return Schema(
        key=ID(stored=True, unique=True),
        id=ID(stored=True),
        kind=ID(stored=True),
        lang=ID(stored=True),
        href=STORED(),
        jurisdiction=ID(stored=True),
        topic=ID(stored=True),
        title=TEXT(analyzer=folded, stored=True, field_boost=4.0),
        title_en=TEXT(analyzer=english_analyzer(), field_boost=3.0),
        title_sr=TEXT(analyzer=serbian_analyzer(), field_boost=3.0),
        keywords=TEXT(analyzer=folded, field_boost=2.5),
        body=TEXT(analyzer=folded, stored=True),
        body_en=TEXT(analyzer=english_analyzer()),
        body_sr=TEXT(analyzer=serbian_analyzer()),
    )


class IndexState(Enum):
    FRESH = "fresh"
    MISSING = "missing"
    STALE = "stale"  # built from other content or an older schema
    DAMAGED = "damaged"  # files missing, truncated or unreadable


@dataclass(frozen=True)
class IndexMeta:
    content_digest: str
    schema_version: int
    doc_count: int
    built_at: float

    @classmethod
    def read(cls, index_dir: Path) -> IndexMeta | None:
        try:
            raw = json.loads((index_dir / META_FILE).read_text(encoding="utf-8"))
            return cls(
                content_digest=str(raw["content_digest"]),
                schema_version=int(raw["schema_version"]),
                doc_count=int(raw["doc_count"]),
                built_at=float(raw["built_at"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, index_dir: Path) -> None:
        (index_dir / META_FILE).write_text(json.dumps(self.__dict__), encoding="utf-8")


def index_state(index_dir: Path, kb: KnowledgeBase) -> IndexState:
    """Is the index at `index_dir` usable for this knowledge base? Opens it to be sure."""
    if not index_dir.is_dir():
        return IndexState.MISSING
    meta = IndexMeta.read(index_dir)
    if meta is None:
        has_files = any(index_dir.iterdir())
        return IndexState.DAMAGED if has_files else IndexState.MISSING
    if meta.schema_version != SCHEMA_VERSION or meta.content_digest != kb.digest:
        return IndexState.STALE
    try:
        ix = open_index(index_dir)
    except Exception:  # noqa: BLE001 (any failure to open means the files are damaged)
        return IndexState.DAMAGED
    try:
        if ix.doc_count() != meta.doc_count:
            return IndexState.DAMAGED
    except Exception:  # noqa: BLE001
        return IndexState.DAMAGED
    finally:
        ix.close()
    return IndexState.FRESH


def open_index(index_dir: Path) -> Index:
    return whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME, readonly=True)


def _add(writer: object, doc: SearchDocument) -> None:
    english = doc.lang == "en"
    writer.add_document(  # type: ignore[attr-defined]
        key=doc.key,
        id=doc.id,
        kind=doc.kind,
        lang=doc.lang,
        href=doc.href,
        jurisdiction=doc.jurisdiction or "none",
        topic=doc.topic or "none",
        title=doc.title,
        title_en=doc.title if english else "",
        title_sr=doc.title if not english else "",
        keywords=doc.keywords,
        body=doc.body,
        body_en=doc.body if english else "",
        body_sr=doc.body if not english else "",
    )


def build_index(kb: KnowledgeBase, index_dir: Path, progress: ProgressCallback | None = None) -> IndexMeta:
    """Index every document of `kb` into `index_dir`, replacing what was there."""
    documents = list(iter_documents(kb))
    index_dir = index_dir.resolve()
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    building = index_dir.with_name(f".{index_dir.name}.building-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    try:
        ix = whoosh_index.create_in(str(building), make_schema(), indexname=INDEX_NAME)
        writer = ix.writer(limitmb=128)
        total = len(documents)
        for count, doc in enumerate(documents, start=1):
            _add(writer, doc)
            if progress is not None and (count % 20 == 0 or count == total):
                progress(count, total)
        writer.commit()
        ix.close()
        meta = IndexMeta(
            content_digest=kb.digest,
            schema_version=SCHEMA_VERSION,
            doc_count=total,
            built_at=time.time(),
        )
        meta.write(building)
        _swap_in(building, index_dir)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return meta


def _swap_in(building: Path, index_dir: Path) -> None:
    old = index_dir.with_name(f".{index_dir.name}.old-{os.getpid()}")
    if index_dir.exists():
        shutil.rmtree(old, ignore_errors=True)
        index_dir.rename(old)
    building.rename(index_dir)
    shutil.rmtree(old, ignore_errors=True)


def ensure_index(
    kb: KnowledgeBase, index_dir: Path, progress: ProgressCallback | None = None
) -> tuple[IndexState, IndexMeta | None]:
    """Build the index unless it is fresh. Returns the state found before any rebuild."""
    state = index_state(index_dir, kb)
    if state is IndexState.FRESH:
        return state, IndexMeta.read(index_dir)
    return state, build_index(kb, index_dir, progress)
