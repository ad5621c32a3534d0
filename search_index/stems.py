"""The English and the Serbian key of every word of the index's vocabulary, stemmed when the index
was built (`stems.bin`: two string columns in the order of `Lexicon.words`, written as the
lexicon's columns are).

A query looks up the keys of each word it is given in both languages (query.py). Seeding the stem
cache with these (analysis.seed_keys) lets a query of known words run without loading either
stemmer (about 100 ms of imports at the first query); only a word the index has never seen (a
typo, a word being typed) needs them, and the app loads them in the background once it is ready."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from search_index.analysis import english_key, seed_keys, serbian_key
from search_index.lexicon import ColumnReader, ColumnWriter, read_checked

STEMS_FILE = "stems.bin"
STEMS_MAGIC = b"PZSTEMS\0"
STEMS_FORMAT = 1


def write_stems(index_dir: Path, words: Sequence[str]) -> None:
    out = ColumnWriter(STEMS_MAGIC, STEMS_FORMAT)
    out.strings([english_key(w) for w in words])
    out.strings([serbian_key(w) for w in words])
    (index_dir / STEMS_FILE).write_bytes(out.getvalue())


def read_stems(index_dir: Path, checksums: Mapping[str, tuple[int, int]] | None = None) -> dict[str, list[str]]:
    """Language → the key of each word. Raises OSError/ValueError when missing or damaged."""
    data = ColumnReader(read_checked(index_dir, STEMS_FILE, checksums), STEMS_MAGIC, STEMS_FORMAT)
    stems = {"en": data.strings(), "sr": data.strings()}
    data.end()
    return stems


def seed_stems(index_dir: Path, words: Sequence[str], checksums: Mapping[str, tuple[int, int]] | None = None) -> None:
    """Raises OSError/ValueError when the file is missing, damaged or not for `words`."""
    stems = read_stems(index_dir, checksums)
    for lang, keys in stems.items():
        if len(keys) != len(words):
            raise ValueError(f"{STEMS_FILE} does not match the vocabulary")
        seed_keys(lang, words, keys)
