"""What an installed copy depends on: one version shown everywhere, the icon and desktop id, every
run-time file declared as package data (so the wheel and the bundle carry it), and the knowledge
base cache telling bundle builds apart."""

from __future__ import annotations

import importlib.resources
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from content.paths import CONTENT_DIR
from desktop import i18n, paths
from desktop.resources import resource, resource_dir
from desktop.version import app_version, shipped_content_version, version_line
from tests.conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_version_comes_from_pyproject_and_is_printed_with_the_content_version() -> None:
    assert app_version() == PYPROJECT["project"]["version"]
    from content.loader import load_knowledge_base

    assert shipped_content_version() == load_knowledge_base(CONTENT_DIR).kb.version  # as the About box shows it
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == version_line() == f"Prepoznaj {app_version()} (content {shipped_content_version()})"


def test_the_window_icon_and_desktop_id_match_the_freedesktop_files() -> None:
    code = (
        "from desktop.app import APP_ID, create_application;"
        "app = create_application(['prepoznaj']);"
        "print(APP_ID, app.desktopFileName(), sorted(s.width() for s in app.windowIcon().availableSizes()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    app_id, desktop_name, sizes = done.stdout.split(" ", 2)
    assert desktop_name == app_id
    assert sizes.strip() == "[16, 24, 32, 48, 64, 128, 256, 512]"
    linux = REPO / "resources" / "linux"
    entry = (linux / f"{app_id}.desktop").read_text(encoding="utf-8")
    assert f"Icon={app_id}\n" in entry and "Exec=prepoznaj\n" in entry
    metainfo = (linux / f"{app_id}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{app_id}</id>" in metainfo
    assert f'<launchable type="desktop-id">{app_id}.desktop</launchable>' in metainfo
    assert f'<release version="{app_version()}"' in metainfo  # release notes for this version
    assert f"APP_ID  := {app_id}" in (REPO / "Makefile").read_text(encoding="utf-8")


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A package-data glob as setuptools reads it: `*` stays within a folder, `**/` spans folders."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


def _declared(package_dir: Path, patterns: list[str], path: Path) -> bool:
    relative = path.relative_to(package_dir).as_posix()
    return any(_glob_regex(pattern).match(relative) for pattern in patterns)


def _tracked(folder: Path) -> list[Path]:
    listed = subprocess.run(["git", "ls-files", str(folder)], cwd=REPO, capture_output=True, text=True, check=False)
    if listed.returncode != 0 or not listed.stdout.strip():
        pytest.skip("not a git checkout")
    return [REPO / line for line in listed.stdout.splitlines() if not line.endswith(".py")]


def test_every_content_file_is_package_data() -> None:
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["content"]
    missing = [p for p in _tracked(CONTENT_DIR) if not _declared(CONTENT_DIR, patterns, p)]
    assert not missing, f"content files the wheel would leave out (add them to package-data): {missing}"


def test_every_run_time_resource_is_package_data_and_found_through_importlib() -> None:
    assert resource_dir() == paths.RESOURCES_DIR == REPO / "desktop" / "resources"
    assert resource_dir() == importlib.resources.files("desktop.resources")  # the answer it spares itself
    assert resource("translations") == i18n.TRANSLATIONS_DIR
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["desktop.resources"]
    files = [*_tracked(resource_dir()), *resource("translations").glob("*.qm")]
    assert any(p.suffix == ".qm" for p in files), "no compiled catalogue: run make (or scripts/translations.py compile)"
    missing = [p for p in files if p.suffix != ".ico" and not _declared(resource_dir(), patterns, p)]
    assert not missing, f"run-time resources the wheel would leave out: {missing}"


def test_subpackages_are_found_automatically() -> None:
    find = PYPROJECT["tool"]["setuptools"]["packages"]["find"]
    for package in ("content", "search_index", "desktop"):
        assert package in find["include"] and f"{package}.*" in find["include"]


def test_the_knowledge_base_cache_of_a_bundle_changes_with_the_program_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from content import kb_cache

    program = tmp_path / "prepoznaj"
    program.write_bytes(b"build one")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.setattr(kb_cache, "_CODE_DIR", tmp_path / "no-sources")  # a bundle has no .py files
    first = kb_cache.code_fingerprint()
    program.write_bytes(b"build two, a newer bundle")
    assert kb_cache.code_fingerprint() != first


def test_dependencies_whose_private_parts_are_used_have_upper_bounds() -> None:
    dependencies = " ".join(PYPROJECT["project"]["dependencies"])
    assert re.search(r"whoosh-reloaded>=[\d.]+,<[\d.]+", dependencies)
    assert re.search(r"snowballstemmer>=[\d.]+,<[\d.]+", dependencies)
    pinned = (REPO / "requirements" / "constraints.txt").read_text(encoding="utf-8")
    for name in ("Whoosh-Reloaded", "snowballstemmer", "PySide6_Essentials", "psutil"):
        assert re.search(rf"^{name}==[\d.]+$", pinned, re.M | re.I), name


def test_the_single_instance_name_is_a_valid_pipe_and_socket_name_for_any_user_and_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QLocalServer makes it \\\\.\\pipe\\NAME on Windows and a socket file on POSIX: the name must
    hold no path characters, whatever the user's name or the data folder's path."""
    import getpass

    from desktop.single_instance import server_name

    names = set()
    for user in ("ana", "Ana Petrović", "DOMAIN\\ana", "ана"):
        monkeypatch.setattr(getpass, "getuser", lambda user=user: user)
        for folder in (tmp_path / "data", tmp_path / "Podaci sa razmakom" / "čćž"):
            name = server_name(folder)
            assert re.fullmatch(r"prepoznaj-[0-9a-f]{24}", name), name
            names.add(name)
    assert len(names) == 8  # one per user and folder
