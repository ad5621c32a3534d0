"""The correction offered for a typo does not depend on the process that computes it.

The nearest known word was looked for among the 300 words sharing the most trigrams with the
typo, counted in the order of a set of trigrams: that order changes with Python's hash seed,
so among words sharing as many trigrams, which ones were kept (and so the word offered) could
differ between two starts of the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from pathlib import Path
from search_index.lexicon import Lexicon
lexicon = Lexicon.read(Path(sys.argv[1]), with_sequences=False)
# Typos: known words without their first letter (many share their trigrams with many words).
typos = sorted({w[1:] for w in lexicon.words if 5 <= len(w) <= 7 and w.isalpha()})[::7]
print(json.dumps([lexicon.closest_word(t) for t in typos]))
"""


def corrections(index_dir: Path, seed: int) -> list[int]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(index_dir)], env=env, capture_output=True, text=True, check=True, timeout=120
    )
    found: list[int] = json.loads(done.stdout)
    return found


def test_the_nearest_word_is_the_same_whatever_the_hash_seed(real_index_dir: Path) -> None:
    first = corrections(real_index_dir, 1)
    assert sum(1 for wid in first if wid >= 0) > 100  # most typos have a correction
    assert corrections(real_index_dir, 2) == first
    assert corrections(real_index_dir, 3) == first
