"""The content digest: one hash over every content file, so that anything built from the content
(the search index, the cached knowledge base) knows when it is out of date. Kept apart from the
loader so that checking a cache does not import the YAML and Markdown machinery."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

CONTENT_PATTERNS = ("*.yaml", "guidance/*/*.md", "cases/*.md", "trees/*.yaml")


def content_files(root: Path) -> Iterable[Path]:
    for pattern in CONTENT_PATTERNS:
        yield from root.glob(pattern)


def content_hash(root: Path) -> str:
    """A digest of every content file: it changes whenever any text or data changes."""
    digest = hashlib.sha256()
    for path in sorted(content_files(root)):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
