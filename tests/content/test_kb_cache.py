"""The knowledge-base cache: a cached load is exactly the fresh load; anything doubtful is reloaded."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from content.kb_cache import CACHE_FILENAME, load_knowledge_base_cached
from content.loader import LoadResult, load_knowledge_base
from content.paths import CONTENT_DIR
from tests.conftest import REPO


def test_a_cached_load_is_exactly_the_fresh_load(tmp_path: Path, real_load: LoadResult) -> None:
    first = load_knowledge_base_cached(CONTENT_DIR, tmp_path)
    second = load_knowledge_base_cached(CONTENT_DIR, tmp_path)
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.result.kb == real_load.kb
    assert second.result.problems == real_load.problems
    assert second.result.kb.digest == real_load.kb.digest
    assert second.result.kb.rules == real_load.kb.rules and second.result.kb.trees == real_load.kb.trees


def test_problems_come_back_from_the_cache_with_file_and_line(tmp_path: Path, mini_kb_dir: Path) -> None:
    (mini_kb_dir / "guidance/serbia/serbian-law.md").write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    fresh = load_knowledge_base(mini_kb_dir)
    load_knowledge_base_cached(mini_kb_dir, tmp_path / "cache")
    cached = load_knowledge_base_cached(mini_kb_dir, tmp_path / "cache")
    assert cached.from_cache
    assert cached.result.problems == fresh.problems
    assert any(
        p.path.name == "serbian-law.md" and p.line == 3 and "malformed YAML" in p.message
        for p in cached.result.problems
    )
    assert cached.result.kb == fresh.kb


def test_a_content_change_is_never_served_from_the_cache(tmp_path: Path, mini_kb_dir: Path) -> None:
    cache = tmp_path / "cache"
    before = load_knowledge_base_cached(mini_kb_dir, cache).result
    article = mini_kb_dir / "guidance/international/passports.md"
    article.write_text(article.read_text(encoding="utf-8").replace("Identity documents", "Identity papers"), "utf-8")
    after = load_knowledge_base_cached(mini_kb_dir, cache)
    assert not after.from_cache
    assert after.result.kb.digest != before.kb.digest
    assert after.result.kb == load_knowledge_base(mini_kb_dir).kb
    assert load_knowledge_base_cached(mini_kb_dir, cache).from_cache  # and the new load is cached


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # empty (a crash before the first byte)
        b"\x80\x05garbage",  # not a pickle
        b"not a pickle at all",
    ],
)
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path: Path, mini_kb_dir: Path, damage: bytes) -> None:
    cache = tmp_path / "cache"
    load_knowledge_base_cached(mini_kb_dir, cache)
    (cache / CACHE_FILENAME).write_bytes(damage)
    again = load_knowledge_base_cached(mini_kb_dir, cache)
    assert not again.from_cache
    assert again.result.kb == load_knowledge_base(mini_kb_dir).kb
    assert load_knowledge_base_cached(mini_kb_dir, cache).from_cache


def test_a_truncated_cache_is_ignored(tmp_path: Path, mini_kb_dir: Path) -> None:
    cache = tmp_path / "cache"
    load_knowledge_base_cached(mini_kb_dir, cache)
    data = (cache / CACHE_FILENAME).read_bytes()
    (cache / CACHE_FILENAME).write_bytes(data[: len(data) // 2])
    assert not load_knowledge_base_cached(mini_kb_dir, cache).from_cache


def test_a_pickle_of_something_else_is_not_trusted(tmp_path: Path, mini_kb_dir: Path) -> None:
    cache = tmp_path / "cache"
    first = load_knowledge_base_cached(mini_kb_dir, cache)
    key, _result = pickle.loads((cache / CACHE_FILENAME).read_bytes())
    (cache / CACHE_FILENAME).write_bytes(pickle.dumps((key, {"kb": "not a knowledge base"})))
    again = load_knowledge_base_cached(mini_kb_dir, cache)
    assert not again.from_cache and again.result.kb == first.result.kb


def test_an_unwritable_cache_folder_still_loads(tmp_path: Path, mini_kb_dir: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    loaded = load_knowledge_base_cached(mini_kb_dir, blocker)
    assert not loaded.from_cache and loaded.result.kb.articles


def test_the_cache_key_follows_the_content_folder(tmp_path: Path, mini_kb_dir: Path) -> None:
    """Two copies of the same content are two knowledge bases (their files are in different places)."""
    import shutil

    cache = tmp_path / "cache"
    load_knowledge_base_cached(mini_kb_dir, cache)
    other = tmp_path / "other_kb"
    shutil.copytree(mini_kb_dir, other)
    moved = load_knowledge_base_cached(other, cache)
    assert not moved.from_cache
    assert moved.result.kb.root == other.resolve()


def test_a_cached_start_does_not_import_the_yaml_loader(tmp_path: Path) -> None:
    """The point of the cache: a warm start reads one pickle instead of parsing YAML and Markdown."""
    script = (
        "import sys; from pathlib import Path\n"
        "from content.kb_cache import load_knowledge_base_cached\n"
        "from content.paths import CONTENT_DIR\n"
        f"r = load_knowledge_base_cached(CONTENT_DIR, Path({str(tmp_path)!r}))\n"
        "print(r.from_cache, 'yaml' in sys.modules, 'content.loader' in sys.modules, 'markdown' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    runs = [
        subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert runs[0].stdout.split() == ["False", "True", "True", "False"]
    assert runs[1].stdout.split() == ["True", "False", "False", "False"]


# -- the assessment part (rule sets, decision trees) is unpickled when first used ---------------


def test_a_cached_start_unpickles_the_rules_and_trees_only_when_first_asked_for(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path\n"
        "from content.kb_cache import load_knowledge_base_cached\n"
        "from content.paths import CONTENT_DIR\n"
        f"kb = load_knowledge_base_cached(CONTENT_DIR, Path({str(tmp_path)!r})).result.kb\n"
        "print('content.assessment.model' in sys.modules)\n"
        "print(kb.rules is not None and len(kb.rule_sets) > 1 and len(kb.trees) > 0)\n"
        "print('content.assessment.model' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    runs = [
        subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert runs[0].stdout.split() == ["True", "True", "True"]  # loaded from the files: all there
    assert runs[1].stdout.split() == ["False", "True", "True"]  # from the cache: when first asked for


def test_a_knowledge_base_with_its_assessment_part_pickled_is_the_same_knowledge_base(real_load: LoadResult) -> None:
    from dataclasses import replace

    kb = real_load.kb
    assert kb.with_assessment_pickled() == kb  # comparing reads every field
    later = pickle.loads(pickle.dumps(kb.with_assessment_pickled()))
    assert "rules" not in vars(later)
    moved = replace(later, version="moved")  # a copy made before anyone asked keeps the rules too
    assert moved.rules == kb.rules and moved.rule_sets == kb.rule_sets and moved.trees == kb.trees
    assert later.trees == kb.trees and later.with_assessment_pickled() == kb
    with pytest.raises(AttributeError):
        _ = later.no_such_field  # type: ignore[attr-defined]


def test_threads_asking_at_once_get_one_and_the_same_rules(
    real_load: LoadResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GUI and the warm-up task may both be first: the rules are unpickled once."""
    import threading
    import time

    kb = pickle.loads(pickle.dumps(real_load.kb.with_assessment_pickled()))
    loads = pickle.loads

    def slow_loads(data: bytes) -> object:
        time.sleep(0.05)  # a window for a second thread to come in
        return loads(data)

    monkeypatch.setattr(pickle, "loads", slow_loads)
    start = threading.Barrier(6)
    seen: list[object] = []

    def ask() -> None:
        start.wait()
        seen.append(kb.trees)

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 6 and all(trees is seen[0] for trees in seen)
    assert seen[0] == real_load.kb.trees


def test_the_code_fingerprint_follows_every_module_of_the_content_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed module anywhere in the package (a subpackage too) must never meet an old pickle;
    data files and compiled copies are not code."""
    from content import kb_cache

    (tmp_path / "assessment" / "__pycache__").mkdir(parents=True)
    (tmp_path / "guidance").mkdir()
    module = tmp_path / "assessment" / "model.py"
    module.write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(kb_cache, "_CODE_DIR", tmp_path)
    first = kb_cache.code_fingerprint()
    (tmp_path / "guidance" / "article.md").write_text("text\n", encoding="utf-8")
    (tmp_path / "assessment" / "__pycache__" / "model.py").write_text("stale\n", encoding="utf-8")
    assert kb_cache.code_fingerprint() == first
    module.write_text("x = 22\n", encoding="utf-8")
    assert kb_cache.code_fingerprint() != first
