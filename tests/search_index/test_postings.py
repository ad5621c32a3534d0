"""Queries read postings from the decoded copy written next to the Whoosh index (postings.bin).
That copy must hold exactly what Whoosh stores, and a damaged or missing copy must be rebuilt,
never searched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from content.loader import load_knowledge_base
from search_index.cli import main as search_cli
from search_index.lexicon import POSTINGS_FILE, Lexicon
from search_index.postings import read_postings
from search_index.store import WEIGHTED, build_index, open_index


def test_the_decoded_postings_are_whoosh_postings(real_index_dir: Path) -> None:
    lexicon = Lexicon.read(real_index_dir)
    ix = open_index(real_index_dir)
    try:
        with ix.reader() as reader:
            for kid, key in enumerate(lexicon.keys):
                ids, weights = read_postings(reader, WEIGHTED, key)
                docs, counts = lexicon.postings(kid)
                assert list(docs) == ids, key
                assert list(counts) == pytest.approx(weights, rel=1e-6), key
                assert len(ids) == lexicon.key_df[kid], key
    finally:
        ix.close()


@pytest.mark.parametrize("damage", ["truncate", "delete"])
def test_damaged_postings_are_rebuilt(
    tmp_path: Path, mini_kb_dir: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    folder = tmp_path / "index"
    build_index(load_knowledge_base(mini_kb_dir).kb, folder)
    postings = folder / POSTINGS_FILE
    if damage == "truncate":
        postings.write_bytes(postings.read_bytes()[:-5])
    else:
        postings.unlink()
    code = search_cli(["--content-dir", str(mini_kb_dir), "search", "passport", "--json", "--index-dir", str(folder)])
    out, _err = capsys.readouterr()
    assert code == 0
    assert any(hit["id"] == "passports" for hit in json.loads(out))
    assert postings.stat().st_size == sum(Lexicon.read(folder).key_df) * 12
