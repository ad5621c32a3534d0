"""Each document's stored text, as snippets read it: a copy, written at build time, of what the
Whoosh index stores with every document (its plain text and the character offsets of its words).

Reading it needs no Whoosh: the app answers its first query without loading the search engine's
modules, and a snippet reads one record (a seek and a read), not a Whoosh stored-fields block.

`stored.bin`, all integers in the machine's byte order (as `postings.bin` and `sequences.bin`):

    document count n (uint32)
    n + 1 record offsets (uint64, from the start of the file; the last one is the file's size)
    n records: word count w (uint32), w word starts (uint32), w word ends (uint32), text (UTF-8)

The file is opened for each record read and never held open: a rebuild may replace the index
folder at any time (on Windows an open file would stop it). A record read after the folder was
replaced is refused (the file is no longer the one this reader checked), never mixed up."""

from __future__ import annotations

import os
from array import array
from collections.abc import Callable
from pathlib import Path

STORED_FILE = "stored.bin"
_COUNT = array("I").itemsize  # 4
_OFFSET = array("Q").itemsize  # 8


class StoredTextError(ValueError):
    """The stored text is damaged, or was replaced by a newer build since it was opened."""


class StoredWriter:
    """Writes `count` records, one document at a time (the build need not keep them all)."""

    def __init__(self, path: Path, count: int) -> None:
        self._count = count
        self._offsets = array("Q", [0] * (count + 1))
        self._out = open(path, "wb")  # noqa: SIM115 (closed by close(), also when the build fails)
        self._out.write(b"\0" * (_COUNT + _OFFSET * (count + 1)))
        self._at = _COUNT + _OFFSET * (count + 1)
        self._written = 0

    def add(self, text: str, starts: bytes, ends: bytes) -> None:
        """The next document's text and the start and end offsets of its words (array("I") bytes)."""
        if len(starts) != len(ends) or len(starts) % _COUNT:
            raise ValueError("word starts and ends differ")
        if self._written == self._count:
            raise ValueError(f"more than {self._count} stored texts")
        encoded = text.encode("utf-8")
        self._offsets[self._written] = self._at
        self._out.write(array("I", [len(starts) // _COUNT]).tobytes())
        self._out.write(starts)
        self._out.write(ends)
        self._out.write(encoded)
        self._at += _COUNT + len(starts) + len(ends) + len(encoded)
        self._written += 1

    def close(self) -> None:
        """Write the offsets; raises ValueError when fewer records than announced were added."""
        try:
            if self._written != self._count:
                raise ValueError(f"{self._written} stored texts written, {self._count} expected")
            self._offsets[self._count] = self._at
            self._out.seek(0)
            self._out.write(array("I", [self._count]).tobytes())
            self._out.write(self._offsets.tobytes())
        finally:
            self._out.close()

    def discard(self) -> None:
        self._out.close()


class StoredTexts:
    """Reads one document's record at a time. Opening reads and checks the offsets only."""

    def __init__(self, path: Path, doc_count: int) -> None:
        """Raises OSError or StoredTextError when the file is missing, damaged or not for
        `doc_count` documents."""
        self.path = path
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            count = array("I")
            count.frombytes(_exactly(handle.read(_COUNT), _COUNT))
            if count[0] != doc_count:
                raise StoredTextError(f"stored texts for {count[0]} documents, the index has {doc_count}")
            offsets = array("Q")
            offsets.frombytes(_exactly(handle.read(_OFFSET * (doc_count + 1)), _OFFSET * (doc_count + 1)))
        header = _COUNT + _OFFSET * (doc_count + 1)
        if offsets[-1] != status.st_size or (doc_count and offsets[0] != header):
            raise StoredTextError("stored texts do not fill their file")
        if any(offsets[i] + _COUNT > offsets[i + 1] for i in range(doc_count)):
            raise StoredTextError("stored text records overlap")
        self._offsets = offsets
        self._identity = _identity(status)

    def read(self, docnum: int) -> tuple[str, memoryview, memoryview]:
        """The text of document `docnum` and the start and end offsets of its words."""
        start, end = self._offsets[docnum], self._offsets[docnum + 1]
        size = end - start
        # A bare file descriptor: a buffered file object costs twice as much to open for one read.
        descriptor = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            if _identity(os.fstat(descriptor)) != self._identity:
                raise StoredTextError("the index was rebuilt since it was opened")
            record = _exactly(_read_at(descriptor, size, start), size)
        finally:
            os.close(descriptor)
        view = memoryview(record)
        words = view[:_COUNT].cast("I")[0]
        text_at = _COUNT + 2 * words * _COUNT
        if text_at > size:
            raise StoredTextError(f"stored text of document {docnum} is damaged")
        try:
            text = str(view[text_at:], "utf-8")  # decoded where it lies, not copied first
        except UnicodeDecodeError as exc:
            raise StoredTextError(f"stored text of document {docnum} is damaged") from exc
        starts = view[_COUNT : _COUNT + words * _COUNT].cast("I")
        ends = view[_COUNT + words * _COUNT : text_at].cast("I")
        return text, starts, ends


def _identity(status: os.stat_result) -> tuple[int, int, int]:
    return status.st_size, status.st_mtime_ns, status.st_ino


def _read_at(descriptor: int, size: int, offset: int) -> bytes:
    """Up to `size` bytes from `offset` (less only at the end of the file): one call where the
    system reads at an offset (pread), else a seek and reads."""
    parts: list[bytes] = []
    if _PREAD is not None:
        while size > 0 and (more := _PREAD(descriptor, size, offset)):
            parts.append(more)
            size -= len(more)
            offset += len(more)
        return b"".join(parts)  # one part (the usual case) is returned as it is, not copied
    os.lseek(descriptor, offset, os.SEEK_SET)
    while size > 0 and (more := os.read(descriptor, size)):
        parts.append(more)
        size -= len(more)
    return b"".join(parts)  # one part (the usual case) is returned as it is, not copied


_PREAD: Callable[[int, int, int], bytes] | None = getattr(os, "pread", None)  # not on Windows


def _exactly(data: bytes, size: int) -> bytes:
    if len(data) != size:
        raise StoredTextError("stored texts are truncated")
    return data
