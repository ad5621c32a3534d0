"""The data classes' methods compiled once (desktop/code_cache.py): the same classes and methods as
`dataclasses` makes itself, compiled at the first start only, and a cache that can never break
a start."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType, FunctionType

import pytest

from desktop import code_cache
from tests.conftest import REPO, app_process_env

# A frozen data class with defaults, a factory, a field left out of comparisons and a method of
# its own: every kind of method `dataclasses` writes.
CLASS_SOURCE = '''
import dataclasses

@dataclasses.dataclass(frozen=True)
class Record:
    """A record."""

    name: str
    size: int = 0
    tags: tuple[str, ...] = ()
    seen: list[str] = dataclasses.field(default_factory=list, compare=False)

    def label(self) -> str:
        return f"{self.name} ({self.size})"
'''


def make_class() -> type:
    namespace: dict[str, object] = {"__name__": "records"}
    exec(compile(CLASS_SOURCE, "records.py", "exec", dont_inherit=True), namespace)
    made = namespace["Record"]
    assert isinstance(made, type)
    return made


@pytest.fixture
def cache_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    code_cache.uninstall()


def generated(cls: type) -> dict[str, FunctionType]:
    names = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
    return {name: cls.__dict__[name] for name in names}


def same_code(one: CodeType, other: CodeType) -> bool:
    return (one.co_code, one.co_consts, one.co_names, one.co_varnames, one.co_flags, one.co_filename) == (
        other.co_code, other.co_consts, other.co_names, other.co_varnames, other.co_flags, other.co_filename,
    )  # fmt: skip


def test_the_methods_are_those_dataclasses_writes(cache_dir: Path) -> None:
    plain = make_class()
    code_cache.install(cache_dir)
    cached = make_class()
    assert code_cache.compiled() == 6
    for name, method in generated(cached).items():
        own = generated(plain)[name]
        assert same_code(method.__code__, own.__code__), name
        # The compiler flags are not the caller's: this module's `from __future__ import
        # annotations` would turn __init__'s annotations into strings.
        assert method.__annotations__ == own.__annotations__, name
    record = cached("a", 2, ("x",))
    assert record == cached("a", 2, ("x",), ["ignored"]) and hash(record) == hash(cached("a", 2, ("x",)))
    assert repr(record) == "Record(name='a', size=2, tags=('x',), seen=[])"
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.size = 3  # type: ignore[attr-defined]
    assert dataclasses.replace(record, size=5).label() == "a (5)"


def test_a_second_start_compiles_nothing(cache_dir: Path) -> None:
    code_cache.install(cache_dir)
    make_class()
    assert code_cache.compiled() == 6
    assert code_cache.save()
    assert (cache_dir / code_cache.CACHE_FILENAME).exists()
    code_cache.install(cache_dir)  # as the next start does
    cached = make_class()
    assert code_cache.compiled() == 0
    assert not code_cache.save()  # nothing new: the file is left as it is
    assert cached("b").label() == "b (0)"


def test_a_damaged_or_foreign_cache_only_means_compiling(cache_dir: Path) -> None:
    path = cache_dir / code_cache.CACHE_FILENAME
    for content in (b"", b"not a cache", code_cache._HEADER + b"\xff\x00garbage", b"other header" + bytes(20)):
        path.write_bytes(content)
        code_cache.install(cache_dir)
        assert make_class()("c", 1).label() == "c (1)"
        assert code_cache.compiled() == 6
    assert code_cache.save()
    code_cache.install(cache_dir)
    make_class()
    assert code_cache.compiled() == 0


def test_uninstall_gives_dataclasses_the_builtin_exec_back(cache_dir: Path) -> None:
    code_cache.install(cache_dir)
    assert code_cache.installed()
    code_cache.uninstall()
    assert not code_cache.installed() and "exec" not in vars(dataclasses)
    make_class()
    assert code_cache.compiled() == 0  # counted only through the cache


@pytest.mark.slow
def test_the_app_entry_point_installs_the_cache_before_its_imports(tmp_path: Path) -> None:
    code = (
        "import runpy, sys\n"
        "sys.argv = ['desktop', '--version']\n"
        "from desktop import code_cache\n"
        "try:\n"
        "    runpy.run_module('desktop', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(code_cache.installed(), code_cache.compiled())\n"
    )
    env = app_process_env(tmp_path)
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True)
    installed, compiled = done.stdout.split()[-2:]
    # The app's own data classes (desktop.crash, desktop.feature, …) went through the cache.
    assert installed == "True" and int(compiled) > 5


def test_a_cache_folder_that_cannot_be_written_only_means_no_cache(
    cache_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = cache_dir / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    code_cache.install(blocked / "cache")  # nothing to read there
    assert make_class()("d", 4).label() == "d (4)"
    assert code_cache.compiled() == 6
    assert not code_cache.save()
    assert "could not write the data-class code cache" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_cache_file_is_readable_by_its_user_only(cache_dir: Path) -> None:
    code_cache.install(cache_dir)
    make_class()
    assert code_cache.save()
    assert (cache_dir / code_cache.CACHE_FILENAME).stat().st_mode & 0o077 == 0
