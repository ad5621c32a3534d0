"""Shared fixtures: every test gets its own data, cache, config and log folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from content.loader import LoadResult, load_knowledge_base
from content.paths import CONTENT_DIR

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_common = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}
# `ci` (the default, used by `make test`): the same examples every run, so a red run is never luck.
# `dev`: fresh random examples and more of them, for hunting (HYPOTHESIS_PROFILE=dev make test).
settings.register_profile("ci", max_examples=60, derandomize=True, **_common)
settings.register_profile("dev", max_examples=300, **_common)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


def app_process_env(folder: Path, **extra: str) -> dict[str, str]:
    """The environment of the app started as a process of its own (python -m desktop), with its
    data, cache, config and log folders under `folder`."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        **{f"PREPOZNAJ_{name}_DIR": str(folder / name.lower()) for name in ("CACHE", "CONFIG", "DATA", "LOG")},
        **extra,
    }


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep tests away from the real user folders (and from each other)."""
    home = tmp_path / "user"
    for name in ("DATA", "CACHE", "CONFIG", "LOG"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(f"PREPOZNAJ_{name}_DIR", str(folder))
    # The interface starts in English whatever the machine's language (tests of the language
    # choice itself take this away).
    monkeypatch.setenv("PREPOZNAJ_LANGUAGE", "en")
    return home


@pytest.fixture(scope="session")
def real_load() -> LoadResult:
    return load_knowledge_base(CONTENT_DIR)


@pytest.fixture(scope="session")
def real_index_dir(request: pytest.FixtureRequest) -> Path:
    """The search index of the bundled knowledge base, built once a session (in a child process,
    see tests/build_real_caches.py). Tests that change it work on a copy."""
    return real_caches(request.config).wait() / "index"


@pytest.fixture
def mini_kb_dir(tmp_path: Path) -> Path:
    """A copy of the small, valid fixture knowledge base that a test may break."""
    target = tmp_path / "mini_kb"
    shutil.copytree(FIXTURES / "mini_kb", target)
    return target


@pytest.fixture
def seeded_cache(real_index_dir: Path, isolated_dirs: Path) -> Iterator[Path]:
    """Put a ready index into this test's cache folder, so the app need not build one."""
    target = isolated_dirs / "cache" / "index"
    shutil.copytree(real_index_dir, target)
    yield target


@pytest.fixture(scope="session")
def real_kb_cache_file(request: pytest.FixtureRequest) -> Path:
    """The knowledge-base cache an earlier start of the app left (written by the app's own loader,
    so its key is the one the app computes)."""
    from content.kb_cache import CACHE_FILENAME

    return real_caches(request.config).wait() / "kb-cache" / CACHE_FILENAME


class RealCaches:
    """The child process that builds the bundled knowledge base's caches into `folder`."""

    def __init__(self, config: pytest.Config) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="prepoznaj-real-caches-"))
        self.log = self.folder / "build.log"
        env = {name: value for name, value in os.environ.items() if name != "PYTEST_ADDOPTS"}
        kb_cache, index = self.folder / "kb-cache", self.folder / "index"
        command = [sys.executable, "-m", "tests.build_real_caches", str(kb_cache), str(index)]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
        config.add_cleanup(self.close)

    def wait(self) -> Path:
        """The folder, once the build has finished (a failed build fails the test that needs it)."""
        code = self.process.wait(timeout=200)  # below the hang guard's limit: the log is shown
        assert code == 0, f"building the caches of the bundled content failed:\n{self.log.read_text(errors='replace')}"
        return self.folder

    def close(self) -> None:
        if self.process.poll() is None:  # the run ended (or was stopped) before the build did
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


_REAL_CACHES = pytest.StashKey[RealCaches]()
NEEDS_REAL_CACHES = {"real_index_dir", "real_kb_cache_file"}


def real_caches(config: pytest.Config) -> RealCaches:
    if _REAL_CACHES not in config.stash:
        config.stash[_REAL_CACHES] = RealCaches(config)
    return config.stash[_REAL_CACHES]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Start building the caches as soon as a collected test is known to need them."""
    if any(NEEDS_REAL_CACHES & set(getattr(item, "fixturenames", ())) for item in items):
        real_caches(config)


@pytest.fixture
def warm_caches(seeded_cache: Path, real_kb_cache_file: Path) -> Path:
    """This test's cache folder as a second start finds it: the ready index and the knowledge base
    cached, so the window is ready without parsing the content again (about 0.7 s a window under
    coverage). Tests of the first start, or of what the caches change, use `seeded_cache` alone."""
    cache = seeded_cache.parent
    shutil.copy2(real_kb_cache_file, cache / real_kb_cache_file.name)
    return cache
