"""Hypothesis over packs: any manifest (arbitrary JSON) and any archive structure (random names,
sizes, duplicates, hostile paths) — `pack verify` never crashes, exits 0 or 2, and names every
problem as `file: message` or `file:line: message`."""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from content.packs.manifest import REQUIRED, canonical_bytes
from tests.conftest import FIXTURES
from tests.content.pack_helpers import CASE, CASE_NAME, manifest_for, run, snapshot, write_zip

MINI_KB = FIXTURES / "mini_kb"
PROBLEM_LINE = re.compile(r"^.+?(?::\d+)?: \S")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)

# A manifest: the valid one with some fields replaced by arbitrary JSON (or removed), or anything at all.
manifest_changes = st.dictionaries(st.sampled_from([*REQUIRED, "extra"]), json_values | st.just(None), max_size=4)


def verify(pack: Path) -> tuple[int, str, str]:
    return run("--content-dir", str(MINI_KB), "pack", "verify", str(pack))


def assert_named(code: int, out: str, err: str) -> None:
    assert code in (0, 2), (code, out, err)
    assert "Traceback" not in err
    if code == 0:
        assert "is a valid pack" in out
        return
    lines = err.strip().splitlines()
    assert lines and lines[-1].endswith("problem(s)")
    assert len(lines) >= 2, err  # at least one problem named
    for line in lines[:-1]:
        assert PROBLEM_LINE.match(line), line


@given(manifest_changes, st.booleans())
def test_pack_verify_survives_any_manifest(changes: dict[str, Any], whole_random: bool) -> None:
    manifest: Any = manifest_for({CASE_NAME: CASE.encode()})
    for key, value in changes.items():
        if value is None:
            manifest.pop(key, None)
        else:
            manifest[key] = value
    with tempfile.TemporaryDirectory() as folder:
        data = json.dumps(changes if whole_random else manifest).encode()
        pack = write_zip(Path(folder) / "p.zip", [("manifest.json", data), (CASE_NAME, CASE.encode())])
        assert_named(*verify(pack))


@given(json_values)
def test_pack_verify_survives_any_json_as_manifest(value: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pack = write_zip(
            Path(folder) / "p.zip", [("manifest.json", json.dumps(value).encode()), (CASE_NAME, CASE.encode())]
        )
        assert_named(*verify(pack))


NAMES = st.sampled_from(
    [
        CASE_NAME,
        "cases/other.md",
        "cases/other.sr.md",
        "guidance/serbia/note.md",
        "guidance/serbia/",
        "cases/",
        "manifest.json",
        "signature",
        "../x.md",
        "/abs.md",
        "C:/x.md",
        "cases\\x.md",
        "cases/CON.md",
        "cases/./x.md",
        "guidance/x.md",
    ]
) | st.text(alphabet="abc./\\-:_Č", min_size=1, max_size=20)
BODIES = st.sampled_from([CASE.encode(), b"", b"---\n---\n", b"\xff\xfe"]) | st.binary(max_size=300)


@given(st.lists(st.tuples(NAMES, BODIES), max_size=8), st.booleans(), st.integers(0, 2))
def test_pack_verify_survives_any_archive_structure(
    entries: list[tuple[str, bytes]], add_manifest: bool, repeat: int
) -> None:
    entries = entries + entries[:repeat]  # duplicates
    if add_manifest:
        files = {name: data for name, data in entries if name.endswith(".md")}
        entries = [("manifest.json", canonical_bytes(manifest_for(files))), *entries]
    with tempfile.TemporaryDirectory() as folder:
        try:
            pack = write_zip(Path(folder) / "p.zip", list(entries))
        except (ValueError, OSError):
            assume(False)
            return
        assert_named(*verify(pack))


@given(st.binary(max_size=400))
def test_pack_verify_survives_any_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pack = Path(folder) / "p.zip"
        pack.write_bytes(data)
        assert_named(*verify(pack))


def test_pack_verify_of_a_stored_entry_with_a_broken_crc_names_it(tmp_path: Path) -> None:
    pack = tmp_path / "p.zip"
    with zipfile.ZipFile(pack, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", canonical_bytes(manifest_for({CASE_NAME: CASE.encode()})))
        archive.writestr(CASE_NAME, CASE.encode())
    data = pack.read_bytes().replace(b"Seasonal", b"Xeasonal", 1)
    pack.write_bytes(data)
    code, out, err = verify(pack)
    assert_named(code, out, err)
    assert code == 2 and f"{CASE_NAME}: damaged entry" in err


def test_pack_problem_lines_stay_one_line_whatever_the_names_hold(tmp_path: Path) -> None:
    """Found by the fuzzing above: a manifest key "\\x1e" (a line separator to splitlines) broke the output."""
    manifest = manifest_for({CASE_NAME: CASE.encode()})
    manifest["\x1e\nx"] = 1
    pack = write_zip(tmp_path / "p.zip", [("manifest.json", json.dumps(manifest).encode()), (CASE_NAME, CASE.encode())])
    code, out, err = verify(pack)
    assert_named(code, out, err)
    assert "manifest.json:1: unknown field '\\x1e\\nx'" in err


@settings(max_examples=30)
@given(st.lists(st.tuples(NAMES, BODIES), max_size=6), st.booleans())
def test_pack_install_is_all_or_nothing_for_any_archive(entries: list[tuple[str, bytes]], add_manifest: bool) -> None:
    if add_manifest:
        files = {name: data for name, data in entries if name.endswith(".md")}
        entries = [("manifest.json", canonical_bytes(manifest_for(files))), *entries]
    with tempfile.TemporaryDirectory() as folder:
        user = Path(folder) / "user"
        (user / "cases").mkdir(parents=True)
        (user / "cases" / "mine.md").write_text(CASE.replace("id: vineyard", "id: mine"), encoding="utf-8")
        try:
            pack = write_zip(Path(folder) / "p.zip", list(entries))
        except (ValueError, OSError):
            assume(False)
            return
        before = snapshot(user)
        code, _, err = run(
            "--content-dir", str(MINI_KB), "pack", "install", str(pack), "--user-dir", str(user), "--allow-unsigned"
        )
        assert code in (0, 2), err
        if code == 2:
            assert snapshot(user) == before
        else:
            after = snapshot(user)
            added = {name for name in after if name not in before}
            assert added and all(name.startswith("packs/vineyard-cases") or name == "packs" for name in added)
            assert not [name for name in after if name.startswith(".")]  # no staging left behind
