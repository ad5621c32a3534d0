"""The index on disk: built once per content, rebuilt when content changes or files are damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.loader import load_knowledge_base
from search_index.lexicon import LEXICON_FILE, SEQUENCES_FILE
from search_index.service import open_search
from search_index.store import IndexMeta, IndexState, build_index, ensure_index, index_state
from tests.conftest import FIXTURES


def ids(results: object) -> list[str]:
    return [h.id for h in results.hits]  # type: ignore[attr-defined]


def test_unchanged_content_is_not_reindexed(tmp_path: Path) -> None:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    folder = tmp_path / "index"
    state, first = ensure_index(kb, folder)
    assert state is IndexState.MISSING and first is not None
    state, second = ensure_index(kb, folder)
    assert state is IndexState.FRESH and second is not None
    assert second.built_at == first.built_at


def test_changed_content_makes_the_index_stale(tmp_path: Path, mini_kb_dir: Path) -> None:
    folder = tmp_path / "index"
    build_index(load_knowledge_base(mini_kb_dir).kb, folder)
    article = mini_kb_dir / "guidance/serbia/serbian-law.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nA new sentence about cooperatives.\n", encoding="utf-8")
    kb = load_knowledge_base(mini_kb_dir).kb
    assert index_state(folder, kb) is IndexState.STALE
    opened = open_search(kb, folder)
    with opened.index as index:
        assert opened.rebuilt
        assert "serbian-law" in ids(index.search("cooperatives"))


def test_damaged_index_is_detected_and_rebuilt(tmp_path: Path) -> None:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    folder = tmp_path / "index"
    build_index(kb, folder)
    for segment in folder.glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[:40])
    for toc in folder.glob("_*.toc"):
        toc.unlink()
    assert index_state(folder, kb) is IndexState.DAMAGED
    opened = open_search(kb, folder)
    with opened.index as index:
        assert opened.rebuilt and "damaged" in opened.message
        assert "passports" in ids(index.search("passport"))
    assert IndexMeta.read(folder) is not None


@pytest.mark.parametrize("name", [LEXICON_FILE, SEQUENCES_FILE])
def test_a_missing_or_truncated_side_file_is_damage(tmp_path: Path, name: str) -> None:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    folder = tmp_path / "index"
    build_index(kb, folder)
    (folder / name).unlink()
    assert index_state(folder, kb) is IndexState.DAMAGED
    build_index(kb, folder)
    (folder / name).write_bytes((folder / name).read_bytes()[:100])
    opened = open_search(kb, folder)  # opens only after repairing
    with opened.index as index:
        assert opened.rebuilt
        assert "passports" in ids(index.search("passport"))


def test_a_failed_build_leaves_the_old_index_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    folder = tmp_path / "index"
    build_index(kb, folder)
    before = IndexMeta.read(folder)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("search_index.lexicon.Lexicon.write", broken)
    with pytest.raises(OSError, match="disk full"):
        build_index(kb, folder)
    assert IndexMeta.read(folder) == before
    assert index_state(folder, kb) is IndexState.FRESH
    assert not list(tmp_path.glob(".index.building-*"))


def test_progress_is_reported_up_to_the_total(tmp_path: Path) -> None:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    seen: list[tuple[int, int]] = []
    meta = build_index(kb, tmp_path / "index", lambda done, total: seen.append((done, total)))
    assert seen[-1] == (meta.doc_count, meta.doc_count)
    assert all(done <= total for done, total in seen)
