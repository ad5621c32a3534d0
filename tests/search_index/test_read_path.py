"""Searching reads the copies written beside the Whoosh index, never Whoosh itself: the stored
text copy (stored.bin) must hold exactly what Whoosh stores, opening and searching must not import
Whoosh, and a copy that is damaged (even with its size unchanged) or replaced must be found."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from content.loader import load_knowledge_base
from search_index.cli import main as search_cli
from search_index.freshness import IndexMeta, IndexState, index_state, looks_fresh
from search_index.lexicon import LEXICON_FILE, POSTINGS_FILE, SEQUENCES_FILE
from search_index.searcher import SearchIndex
from search_index.service import open_search
from search_index.stems import STEMS_FILE
from search_index.store import build_index, open_index
from search_index.stored import STORED_FILE, StoredTextError, StoredTexts, StoredWriter
from tests.conftest import REPO


@pytest.fixture
def built(tmp_path: Path, mini_kb_dir: Path) -> Path:
    folder = tmp_path / "index"
    build_index(load_knowledge_base(mini_kb_dir).kb, folder)
    return folder


def test_the_stored_copy_is_what_whoosh_stores(real_index_dir: Path) -> None:
    meta = IndexMeta.read(real_index_dir)
    assert meta is not None
    texts = StoredTexts(real_index_dir / STORED_FILE, meta.doc_count)
    ix = open_index(real_index_dir)
    try:
        with ix.reader() as reader:
            assert reader.doc_count_all() == meta.doc_count
            for docnum in range(meta.doc_count):
                text, starts, ends = reader.stored_fields(docnum)["data"]
                copy = texts.read(docnum)
                assert copy[0] == text
                assert copy[1].tobytes() == starts and copy[2].tobytes() == ends
    finally:
        ix.close()


def test_opening_and_searching_do_not_import_whoosh(real_index_dir: Path) -> None:
    """The app's first query is answered without loading the search engine's modules, nor the
    stemmers (the words of the query are known: their stems were written with the index)."""
    code = f"""
import sys
from pathlib import Path
from search_index.searcher import SearchIndex
from search_index.freshness import IndexMeta, looks_fresh
folder = Path({str(real_index_dir)!r})
assert looks_fresh(folder, IndexMeta.read(folder).content_digest)
with SearchIndex.open(folder) as index:
    hits = index.search("oduzet pasoš", lang="sr", as_you_type=True).hits
    assert hits and all(hit.snippet for hit in hits[:5]), hits
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("whoosh", "snowballstemmer"))
sys.exit(f"loaded: {{loaded}}" if loaded else 0)
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_open_search_of_a_fresh_index_does_not_import_whoosh(real_index_dir: Path) -> None:
    code = f"""
import sys
from pathlib import Path
from content.loader import load_knowledge_base
from content.paths import CONTENT_DIR
from search_index.service import open_search
opened = open_search(load_knowledge_base(CONTENT_DIR).kb, Path({str(real_index_dir)!r}))
assert not opened.rebuilt, opened.state_found
sys.exit(1 if any(name.startswith("whoosh") for name in sys.modules) else 0)
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_stems_written_with_the_index_are_the_stemmers(real_index_dir: Path) -> None:
    """Computed afresh in a process that never opened an index (nothing seeded its stem cache)."""
    code = f"""
import sys
from pathlib import Path
from search_index.analysis import english_key, serbian_key
from search_index.lexicon import Lexicon
from search_index.stems import read_stems
folder = Path({str(real_index_dir)!r})
words = Lexicon.read(folder, with_sequences=False).words
stems = read_stems(folder)
assert len(words) > 1000
pairs = zip(words, stems["en"], stems["sr"], strict=True)
wrong = [w for w, en, sr in pairs if (en, sr) != (english_key(w), serbian_key(w))]
sys.exit(f"wrong stems: {{wrong[:10]}}" if wrong else 0)
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", [STORED_FILE, POSTINGS_FILE, SEQUENCES_FILE, LEXICON_FILE, STEMS_FILE])
def test_a_copy_damaged_without_changing_its_size_is_rebuilt(
    built: Path, mini_kb_dir: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """A flipped byte keeps the size: the CRC (or the stored text's own checks) still finds it."""
    path = built / name
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 if name != STORED_FILE else 2  # stored.bin: in its record offsets
    data[middle] ^= 0xFF
    path.write_bytes(bytes(data))
    code = search_cli(["--content-dir", str(mini_kb_dir), "search", "passport", "--json", "--index-dir", str(built)])
    out, err = capsys.readouterr()
    assert code == 0
    hits = json.loads(out)
    assert hits and hits[0]["id"] == "passports" and hits[0]["snippet"]
    assert "damaged and has been rebuilt" in err
    assert path.read_bytes() != bytes(data)


@pytest.mark.parametrize("damage", ["truncate", "delete", "grow"])
def test_a_stored_copy_of_another_size_is_damage(built: Path, mini_kb_dir: Path, damage: str) -> None:
    kb = load_knowledge_base(mini_kb_dir).kb
    path = built / STORED_FILE
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:-3])
    elif damage == "delete":
        path.unlink()
    else:
        path.write_bytes(path.read_bytes() + b"\0")
    assert not looks_fresh(built, kb.digest)
    assert index_state(built, kb) is IndexState.DAMAGED
    opened = open_search(kb, built)
    with opened.index as index:
        assert opened.rebuilt
        assert index.search("passport").hits[0].snippet
    assert index_state(built, kb) is IndexState.FRESH


def test_a_stored_copy_for_other_documents_is_refused(built: Path) -> None:
    meta = IndexMeta.read(built)
    assert meta is not None
    with pytest.raises(StoredTextError):
        StoredTexts(built / STORED_FILE, meta.doc_count + 1)


def test_an_index_rebuilt_under_an_open_one_gives_no_snippet_from_the_new_files(built: Path, mini_kb_dir: Path) -> None:
    """The folder is replaced while an index is open (a content change rebuilds it): the open
    index reads nothing from the new files (they may number the documents differently), even
    when they happen to look alike."""
    index = SearchIndex.open(built)
    hit = index.search("passport").hits[0]
    shutil.rmtree(built)
    build_index(load_knowledge_base(mini_kb_dir).kb, built)
    assert hit.snippet == ""
    with SearchIndex.open(built) as fresh:
        assert fresh.search("passport").hits[0].snippet


def test_a_closed_index_makes_no_more_snippets(built: Path) -> None:
    index = SearchIndex.open(built)
    shown, later = index.search("passport").hits[:2]
    assert shown.snippet
    index.close()
    assert index.closed and later.snippet == ""


def test_the_stored_copy_holds_exactly_the_documents_announced(tmp_path: Path) -> None:
    words = array("I", [0, 4]).tobytes()
    short = StoredWriter(tmp_path / "short.bin", 2)
    short.add("word more", words, words)
    with pytest.raises(ValueError, match="1 stored texts written, 2 expected"):
        short.close()
    full = StoredWriter(tmp_path / "full.bin", 1)
    full.add("één wörd", words, words)
    with pytest.raises(ValueError, match="more than 1"):
        full.add("another", words, words)
    full.close()
    text, starts, ends = StoredTexts(tmp_path / "full.bin", 1).read(0)
    assert text == "één wörd" and list(starts) == [0, 4] == list(ends)
