"""The cheap freshness check the app relies on before it loads the search engine."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from content.loader import load_knowledge_base
from search_index.freshness import META_FILE, WRITE_LOCK, looks_fresh
from search_index.store import build_index
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    kb = load_knowledge_base(FIXTURES / "mini_kb").kb
    folder = tmp_path_factory.mktemp("fresh") / "index"
    build_index(kb, folder)
    return folder, kb.digest


def copy_of(built: tuple[Path, str], tmp_path: Path) -> Path:
    target = tmp_path / "index"
    shutil.copytree(built[0], target)
    return target


def test_a_just_built_index_looks_fresh(built: tuple[Path, str]) -> None:
    assert looks_fresh(built[0], built[1])


def test_other_content_is_not_fresh(built: tuple[Path, str]) -> None:
    assert not looks_fresh(built[0], "0" * 64)


@pytest.mark.parametrize("damage", ["no meta", "no lexicon", "empty toc", "lock held"])
def test_missing_or_emptied_files_and_a_lock_are_not_fresh(
    built: tuple[Path, str], tmp_path: Path, damage: str
) -> None:
    folder = copy_of(built, tmp_path)
    if damage == "no meta":
        (folder / META_FILE).unlink()
    elif damage == "no lexicon":
        next(folder.glob("lexicon*")).unlink()
    elif damage == "empty toc":
        next(folder.glob("_*.toc")).write_bytes(b"")
    else:
        from whoosh.filedb.filestore import FileStorage

        lock = FileStorage(str(folder)).lock(WRITE_LOCK)  # Whoosh's own lock (flock here, msvcrt on Windows)
        assert lock.acquire(blocking=False)  # as a writer that hung would hold it
        try:
            assert not looks_fresh(folder, built[1])
        finally:
            lock.release()
        assert looks_fresh(folder, built[1])  # released: the lock file alone is normal
        return
    assert not looks_fresh(folder, built[1])


def test_the_check_does_not_import_the_search_engine(built: tuple[Path, str]) -> None:
    code = (
        "import sys; from pathlib import Path; from search_index.freshness import looks_fresh;"
        f"assert looks_fresh(Path({str(built[0])!r}), {built[1]!r});"
        "sys.exit(1 if any(m.startswith('whoosh') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
