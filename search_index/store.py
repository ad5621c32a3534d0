"""The on-disk index: schema, and build into a fresh folder. Whoosh is the store; searching reads
the decoded copies written beside it, and never imports this module (nor Whoosh).

Documents are analysed here, once, by our own code (analysis.py) and handed to Whoosh as
ready-made term counts (`WeightedTermsField`), so Whoosh stores postings without running an
analyzer of its own. Next to the postings, each document stores its plain text with the word
and character offsets of every word: snippets and highlights read those instead of
re-analysing the text. The build also writes the copies that queries read: `lexicon.bin` (the
vocabulary and the per-document columns), `sequences.bin`, `postings.bin` (lexicon.py) and
`stored.bin` (stored.py).

An index is built into a temporary sibling folder and swapped in only when complete, so a crash
mid-build never leaves a half-written index in place. `index-meta.json` records the content
digest it was built from, so an unchanged knowledge base is never re-indexed, and the size and
CRC of every file, so damage is found without opening the index (freshness.py)."""

from __future__ import annotations

import os
import re
import shutil
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter
from whoosh.fields import STORED, FieldType, Schema
from whoosh.formats import Existence
from whoosh.index import Index

from content.model import KnowledgeBase
from search_index.analysis import MAX_WORD_CHARS, WORD_RE, is_stop, remember_keys, search_fold, tokenize, word_key
from search_index.documents import SearchDocument, iter_documents

# Re-exported: callers and tests know these names from here.
from search_index.freshness import INDEX_NAME as INDEX_NAME
from search_index.freshness import META_FILE as META_FILE
from search_index.freshness import SCHEMA_VERSION as SCHEMA_VERSION
from search_index.freshness import WRITE_LOCK as WRITE_LOCK
from search_index.freshness import IndexMeta as IndexMeta
from search_index.freshness import IndexState as IndexState
from search_index.freshness import index_state as index_state
from search_index.leftovers import _LEFTOVER as _LEFTOVER
from search_index.leftovers import leftover_path as leftover_path
from search_index.leftovers import process_alive as process_alive
from search_index.leftovers import remove_leftovers as remove_leftovers
from search_index.lexicon import (
    POSTINGS_FILE,
    SEPARATOR,
    SEQUENCES_FILE,
    DocColumns,
    GlossaryForm,
    Lexicon,
    VocabularyBuilder,
    encode_key_sequence,
)
from search_index.stems import write_stems
from search_index.stored import STORED_FILE, StoredWriter

# The parts of a document that count, and how much (BM25F): title, keywords, body. A word's
# counts in them, weighted and length-normalised, are added up at build time into one posting
# weight (field "w"); the lexicon lists the documents that have the word in their title.
TITLE, KEYWORDS, BODY = "t", "k", "b"
TEXT_FIELDS = (TITLE, KEYWORDS, BODY)
FIELD_WEIGHTS = {TITLE: 5.0, KEYWORDS: 2.5, BODY: 1.0}
FIELD_B = {TITLE: 0.3, KEYWORDS: 0.3, BODY: 0.65}
FIELD_BITS = {TITLE: 1, KEYWORDS: 2, BODY: 4}
WEIGHTED = "w"

# Called with (documents done, total) while an index is built, at least every REPORT_EVERY
# documents. It may raise to stop the build (the app does when its window is closed meanwhile):
# the exception reaches the caller and nothing of the half-built index is left on disk.
ProgressCallback = Callable[[int, int], None]
REPORT_EVERY = 10


def default_index_dir() -> Path:
    return Path(platformdirs.user_cache_dir("prepoznaj", appauthor=False)) / "index"


class WeightedTermsField(FieldType):
    """A field whose value is already analysed: a mapping of term (its UTF-8 bytes) → posting
    weight. Only the weight is stored (Whoosh's Existence format keeps no per-posting values).
    The build encodes each term once: Whoosh holds every posting in memory until it commits, and
    one bytes object per posting would cost about 3 MiB more at the peak of a build."""

    def __init__(self) -> None:
        super().__init__(format=Existence(), analyzer=None, scorable=False, stored=False)

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        for term, weight in value.items():
            yield term, 1, weight, b""


class _FieldWriter(W3FieldWriter):  # type: ignore[misc]
    def add_postings(self, schema: Schema, lengths: object, items: Any) -> None:
        # Whoosh looks up each posting's field length (a file stat per posting for fields
        # without stored lengths) only to record block statistics that we never use.
        super().add_postings(schema, None, items)


class IndexCodec(W3Codec):  # type: ignore[misc]
    """Whoosh's codec without block compression (the blocks are small: compressing them costs
    more time than it saves space) and without per-posting field-length look-ups."""

    def __init__(self) -> None:
        super().__init__(compression=0)

    def field_writer(self, storage: Any, segment: Any) -> W3FieldWriter:
        return _FieldWriter(self, storage, segment)


def make_schema() -> Schema:
    return Schema(
        key=STORED(),
        w=WeightedTermsField(),  # WEIGHTED
        data=STORED(),
    )


def open_index(index_dir: Path) -> Index:
    """The Whoosh index itself (searching does not use it; tests compare the copies with it)."""
    return whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME, readonly=True)


# -- analysis of documents --------------------------------------------------------------------
class Analyser:
    """Turns documents into keys, remembering every written form it has seen (the vocabulary)."""

    def __init__(self) -> None:
        self._keys: dict[str, dict[str, tuple[str, bool]]] = {"en": {}, "sr": {}}  # surface → (key, stop)
        self.surfaces: dict[str, Counter[str]] = {"en": Counter(), "sr": Counter()}

    def _key(self, surface: str, lang: str) -> tuple[str, bool]:
        folded = search_fold(surface)
        key = word_key(folded, lang)
        found = (key, is_stop(folded))
        self._keys[lang][surface] = found
        return found

    def keys(self, text: str, lang: str) -> list[tuple[str, bool]]:
        words = [m.group() for m in WORD_RE.finditer(text) if len(m.group()) <= MAX_WORD_CHARS]
        self.surfaces[lang].update(words)
        known = self._keys[lang]
        return [known.get(w) or self._key(w, lang) for w in words]

    def body(self, text: str, lang: str) -> tuple[list[tuple[str, bool]], array, array]:
        matches = [m for m in WORD_RE.finditer(text) if m.end() - m.start() <= MAX_WORD_CHARS]
        words = [m.group() for m in matches]
        starts = array("I", [m.start() for m in matches])
        ends = array("I", [m.end() for m in matches])
        self.surfaces[lang].update(words)
        known = self._keys[lang]
        return [known.get(w) or self._key(w, lang) for w in words], starts, ends

    def analyse(self, doc: SearchDocument) -> _AnalysedDocument:
        title = self.keys(doc.title, doc.lang)
        keywords = self.keys(doc.keywords, doc.lang)
        body, starts, ends = self.body(doc.body, doc.lang)
        return _AnalysedDocument(
            doc=doc,
            counts={
                TITLE: Counter(k for k, stop in title if not stop),
                KEYWORDS: Counter(k for k, stop in keywords if not stop),
                BODY: Counter(k for k, stop in body if not stop),
            },
            title_keys=[k for k, _ in title],
            body_keys=[k for k, _ in body],
            body_starts=starts,
            body_ends=ends,
        )

    def vocabulary(self) -> VocabularyBuilder:
        vocabulary = VocabularyBuilder()
        for lang, counts in self.surfaces.items():
            keys = self._keys[lang]
            for surface, count in counts.items():
                vocabulary.add(surface, search_fold(surface), keys[surface][0], lang, count)
        return vocabulary


@dataclass
class _AnalysedDocument:
    doc: SearchDocument
    counts: dict[str, Counter[str]]  # field → key → count (stop words left out)
    title_keys: list[str]  # the key of each word, in order (phrases, highlights)
    body_keys: list[str]
    body_starts: array
    body_ends: array

    def word_counts(self) -> dict[str, int]:
        return {name: sum(c.values()) for name, c in self.counts.items()}


def weighted_counts(item: _AnalysedDocument, averages: dict[str, float]) -> dict[str, float]:
    """BM25F's weighted, length-normalised count of each key of one document, over its fields."""
    weighted: dict[str, float] = {}
    for name, counts in item.counts.items():
        length = sum(counts.values())
        norm = FIELD_WEIGHTS[name] / (1.0 - FIELD_B[name] + FIELD_B[name] * length / averages[name])
        for key, count in counts.items():
            weighted[key] = weighted.get(key, 0.0) + count * norm
    return weighted


def content_keys(text: str, lang: str) -> tuple[str, ...]:
    """Keys of the words of a short text that are not stop words (glossary forms, queries)."""
    keys = []
    for surface, _s, _e in tokenize(text):
        folded = search_fold(surface)
        key = word_key(folded, lang)
        if not is_stop(folded) and not is_stop(key):  # "beings" → "be"
            keys.append(key)
    return tuple(keys)


_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def glossary_forms(kb: KnowledgeBase) -> list[GlossaryForm]:
    """Every name and synonym of every glossary term, as keys. A term's explanation in
    parentheses ("worker (employee)") is not part of the name people type."""
    forms: list[GlossaryForm] = []
    for term in kb.glossary.values():
        for lang, texts in (("en", (term.term.en, *term.also_en)), ("sr", (term.term.sr, *term.also_sr))):
            seen: set[tuple[str, ...]] = set()
            for position, written in enumerate(texts):
                text = _PARENTHESES.sub("", written).strip() or written
                keys = content_keys(text, lang)
                if keys and keys not in seen:
                    seen.add(keys)
                    sequence = tuple(word_key(search_fold(w), lang) for w, _s, _e in tokenize(text))
                    forms.append(GlossaryForm(term.id, lang, text, keys, sequence, main=position == 0))
    return forms


# -- build ------------------------------------------------------------------------------------
def build_index(kb: KnowledgeBase, index_dir: Path, progress: ProgressCallback | None = None) -> IndexMeta:
    """Index every document of `kb` into `index_dir`, replacing what was there."""
    _reuse_stems(index_dir)
    return build_documents(iter_documents(kb), index_dir, kb.digest, glossary_forms(kb), progress)


def build_documents(
    documents: Iterable[SearchDocument],
    index_dir: Path,
    digest: str,
    glossary: list[GlossaryForm],
    progress: ProgressCallback | None = None,
) -> IndexMeta:
    began = time.perf_counter()
    documents = list(documents)
    total = len(documents)
    analyser = Analyser()
    analysed: list[_AnalysedDocument] = []
    if progress is not None:
        progress(0, total)
    for count, doc in enumerate(documents, start=1):
        analysed.append(analyser.analyse(doc))
        if progress is not None and count % REPORT_EVERY == 0:
            progress(count // 2, total)
    del documents  # each is held by its analysis, and let go with it once written (below)
    lengths = [item.word_counts() for item in analysed]
    averages = {name: (sum(n[name] for n in lengths) / max(1, total)) or 1.0 for name in TEXT_FIELDS}
    index_dir = index_dir.resolve()
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    building = Path(leftover_path(index_dir, "building", os.getpid()))
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    writer = None
    stored: StoredWriter | None = None
    try:
        columns = DocColumns(length={name: [] for name in TEXT_FIELDS})
        lexicon = analyser.vocabulary().lexicon(columns, glossary)
        if progress is not None:
            progress(total // 2, total)
        key_ids = lexicon.key_ids
        encoded = [key.encode("utf-8") for key in lexicon.keys]
        key_df = [0] * len(lexicon.keys)
        key_fields = [0] * len(lexicon.keys)
        key_serbian = [0] * len(lexicon.keys)
        title_docs: dict[int, list[int]] = {}
        sequences = bytearray()
        posting_docs: list[array[int]] = [array("I") for _ in lexicon.keys]
        posting_weights: list[array[float]] = [array("d") for _ in lexicon.keys]
        ix = whoosh_index.create_in(str(building), make_schema(), indexname=INDEX_NAME)
        writer = ix.writer(limitmb=512, codec=IndexCodec())
        stored = StoredWriter(building / STORED_FILE, total)
        analysed.reverse()  # taken from the end, so that each document is let go once written
        for docnum in range(total):
            item = analysed.pop()
            doc = item.doc
            weighted = weighted_counts(item, averages)
            starts, ends = item.body_starts.tobytes(), item.body_ends.tobytes()
            terms = {encoded[key_ids[key]]: weight for key, weight in weighted.items()}
            writer.add_document(key=doc.key, w=terms, data=(doc.body, starts, ends))
            stored.add(doc.body, starts, ends)
            columns.add(doc, lengths[docnum], len(item.counts[TITLE]), (len(item.title_keys), len(item.body_keys)))
            for name, bit in FIELD_BITS.items():
                for key in item.counts[name]:
                    key_fields[key_ids[key]] |= bit
            for key in item.counts[TITLE]:
                title_docs.setdefault(key_ids[key], []).append(docnum)
            serbian = 1 if doc.lang == "sr" else 0
            for key, weight in weighted.items():
                kid = key_ids[key]
                key_df[kid] += 1
                key_serbian[kid] += serbian
                posting_docs[kid].append(docnum)
                posting_weights[kid].append(weight)
            sequences += encode_key_sequence(
                [*(key_ids[k] for k in item.title_keys), SEPARATOR, *(key_ids[k] for k in item.body_keys)]
            )
            if progress is not None and (docnum % REPORT_EVERY == 0 or docnum == total - 1):
                progress(total // 2 + docnum // 2, total)
        writer.commit()
        segments = len(ix._segments())
        ix.close()
        if segments > 1:
            raise RuntimeError("search index was written in more than one segment")
        lexicon.key_df = key_df
        lexicon.key_fields = key_fields
        lexicon.key_serbian = key_serbian
        lexicon.title_docs = title_docs
        (building / SEQUENCES_FILE).write_bytes(bytes(sequences))
        with open(building / POSTINGS_FILE, "wb") as postings:
            for docs in posting_docs:
                postings.write(docs.tobytes())
            for weights in posting_weights:
                postings.write(weights.tobytes())
        lexicon.write(building)
        stored.close()
        write_stems(building, lexicon.words)
        meta = IndexMeta(
            content_digest=digest,
            schema_version=SCHEMA_VERSION,
            doc_count=total,
            built_at=time.time(),
            build_seconds=round(time.perf_counter() - began, 3),
            files=IndexMeta.stamp(building),
        )
        meta.write(building)
        _swap_in(building, index_dir)
    except BaseException:  # stopped or failed half-way: let go of every file, then clean up
        if writer is not None and not writer.is_closed:
            writer.cancel()
            ix.close()
        if stored is not None:
            stored.discard()
        shutil.rmtree(building, ignore_errors=True)
        raise
    if progress is not None:
        progress(total, total)
    return meta


def _reuse_stems(index_dir: Path) -> None:
    """Seed the stem cache from the index being replaced: most words survive an edit."""
    try:
        old = Lexicon.read(index_dir, with_sequences=False)
    except (OSError, ValueError, KeyError, TypeError):
        return
    for lang, key_of in (("en", old.key_en), ("sr", old.key_sr)):
        remember_keys(lang, ((w, old.keys[k]) for w, k in zip(old.words, key_of, strict=True) if k >= 0))


def _swap_in(building: Path, index_dir: Path) -> None:
    old = Path(leftover_path(index_dir, "old", os.getpid()))
    if index_dir.exists():
        shutil.rmtree(old, ignore_errors=True)
        _rename(index_dir, old)
    _rename(building, index_dir)
    shutil.rmtree(old, ignore_errors=True)  # a file still open elsewhere (Windows) stays: removed later


RENAME_ATTEMPTS = 20
RENAME_PAUSE_S = 0.05


def _rename(source: Path, target: Path) -> None:
    """Rename, trying again for a second when refused: on Windows a folder cannot be renamed while
    a file in it is open, and virus scanners and the search indexer open new files for a moment."""
    for attempt in range(RENAME_ATTEMPTS):
        try:
            source.rename(target)
            return
        except PermissionError:
            if attempt == RENAME_ATTEMPTS - 1:
                raise
            time.sleep(RENAME_PAUSE_S)


def ensure_index(
    kb: KnowledgeBase, index_dir: Path, progress: ProgressCallback | None = None
) -> tuple[IndexState, IndexMeta | None]:
    """Build the index unless it is fresh. Returns the state found before any rebuild."""
    state = index_state(index_dir, kb)
    if state is IndexState.FRESH:
        return state, IndexMeta.read(index_dir)
    return state, build_index(kb, index_dir, progress)
