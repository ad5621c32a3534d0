"""The English and the Serbian key of every word of the index's vocabulary, stemmed when the index
was built (`stems.json`, in the order of `Lexicon.words`).

A query looks up the keys of each word it is given in both languages (query.py). Seeding the stem
cache with these (analysis.seed_keys) lets a query of known words run without loading either
stemmer (about 100 ms of imports at the first query); only a word the index has never seen (a
typo, a word being typed) needs them, and the app loads them in the background once it is ready."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from search_index.analysis import english_key, seed_keys, serbian_key
from search_index.lexicon import read_checked

STEMS_FILE = "stems.json"


def write_stems(index_dir: Path, words: Sequence[str]) -> None:
    stems = {"en": [english_key(w) for w in words], "sr": [serbian_key(w) for w in words]}
    with open(index_dir / STEMS_FILE, "w", encoding="utf-8") as out:
        json.dump(stems, out, ensure_ascii=False)


def seed_stems(index_dir: Path, words: Sequence[str], checksums: Mapping[str, tuple[int, int]] | None = None) -> None:
    """Raises OSError/ValueError/KeyError/TypeError when the file is missing, damaged or not for
    `words`."""
    stems = json.loads(read_checked(index_dir, STEMS_FILE, checksums))
    for lang in ("en", "sr"):
        keys = stems[lang]
        if not isinstance(keys, list) or len(keys) != len(words):
            raise ValueError(f"{STEMS_FILE} does not match the vocabulary")
        seed_keys(lang, words, keys)
