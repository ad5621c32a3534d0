"""Content packs through `python -m content pack …`: hostile packs are refused whole (exit 2, every
problem named, the user folder byte-for-byte unchanged), official signed packs update bundled
articles, a trainer's pack goes install → load → search → remove."""

from __future__ import annotations

import contextlib
import io
import json
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from content.changes import all_changes
from content.packs.archive import MAX_ENTRIES, MAX_FILE_BYTES
from content.packs.manifest import canonical_bytes, sha256
from content.packs.signing import sign_manifest
from content.user_content import load_with_user_content
from search_index import cli as search_cli
from tests.content.pack_helpers import (
    CASE,
    CASE_NAME,
    KeyPair,
    make_key,
    manifest_for,
    pack_entries,
    patch_central_sizes,
    run,
    snapshot,
    trust,
    write_zip,
)

LAW_NAME = "guidance/serbia/serbian-law.md"


@pytest.fixture
def key(tmp_path: Path) -> KeyPair:
    return make_key(tmp_path)


@pytest.fixture
def user_dir(tmp_path: Path, mini_kb_dir: Path) -> Path:
    """A user folder with content in it already: an own article, an installed pack, a trusted key."""
    folder = tmp_path / "user-content"
    own = folder / "guidance" / "practice"
    own.mkdir(parents=True)
    law = (mini_kb_dir / LAW_NAME).read_text(encoding="utf-8")
    own_article = law.replace("id: serbian-law", "id: my-notes").replace(
        "jurisdiction: serbia", "jurisdiction: practice"
    )
    (own / "my-notes.md").write_text(own_article, encoding="utf-8")
    trust(folder, make_key(tmp_path, "other"), key_id="other-office")
    earlier = write_zip(
        tmp_path / "earlier.zip", pack_entries({CASE_NAME: CASE.replace("vineyard", "orchard").encode()}, id="orchard")
    )
    code, _, err = run(
        "--content-dir",
        str(mini_kb_dir),
        "pack",
        "install",
        str(earlier),
        "--user-dir",
        str(folder),
        "--allow-unsigned",
    )
    assert code == 0, err
    return folder


def zip_bytes(entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    write_zip_to(buffer, entries)
    return buffer.getvalue()


def write_zip_to(target: io.BytesIO, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(name, data)


def with_extra(name: str | zipfile.ZipInfo, data: bytes = b"x") -> Callable[[KeyPair], bytes]:
    return lambda key: zip_bytes([*pack_entries(), (name, data)])


def symlink_entry(key: KeyPair) -> bytes:
    info = zipfile.ZipInfo("cases/link.md")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return zip_bytes([*pack_entries(), (info, b"/etc/passwd")])


def bomb(key: KeyPair) -> bytes:
    files = {CASE_NAME: CASE.encode() + b" " * (2 * 1024 * 1024)}  # 2 MiB of spaces: about 1000:1
    return zip_bytes(pack_entries(files))


def too_large(key: KeyPair) -> bytes:
    files = {CASE_NAME: CASE.encode() + bytes(range(256)) * (MAX_FILE_BYTES // 256)}
    return zip_bytes(pack_entries(files))


def too_many(key: KeyPair) -> bytes:
    files = {f"cases/case-{i}.md": b"x" for i in range(MAX_ENTRIES)}
    return zip_bytes(pack_entries(files))


def total_too_large(key: KeyPair) -> bytes:
    """Eleven small entries whose headers each claim 5 MiB: 55 MiB in all, refused from the headers."""
    files = {f"cases/case-{i}.md": b"x" for i in range(11)}
    data = zip_bytes(pack_entries(files))
    for name in files:
        data = patch_central_sizes(data, name, file_size=MAX_FILE_BYTES, compress_size=MAX_FILE_BYTES)
    return data


def lying_header(key: KeyPair) -> bytes:
    """The header says 100 bytes; the data inflates to the whole case: caught while reading."""
    return patch_central_sizes(zip_bytes(pack_entries()), CASE_NAME, file_size=100)


def entry_count_too_large(key: KeyPair) -> bytes:
    """The end-of-archive record claims 65535 entries (ZIP64): refused before the central directory is parsed."""
    data = bytearray(zip_bytes(pack_entries()))
    at = data.rfind(b"PK\x05\x06")
    data[at + 8 : at + 12] = b"\xff\xff\xff\xff"
    return bytes(data)


def bad_utf8_name(key: KeyPair) -> bytes:
    """An entry name flagged as UTF-8 whose bytes are not UTF-8."""
    data = bytearray(zip_bytes([*pack_entries(), ("cases/zz.md", b"x")]))
    data = bytearray(bytes(data).replace(b"cases/zz.md", b"cases/\xff\xfe.md"))
    at = data.rfind(b"PK\x01\x02")  # the last central directory header: the odd entry's
    flags = int.from_bytes(data[at + 8 : at + 10], "little") | 0x800
    data[at + 8 : at + 10] = flags.to_bytes(2, "little")
    return bytes(data)


def duplicate(key: KeyPair) -> bytes:
    return zip_bytes([*pack_entries(), (CASE_NAME, CASE.encode())])


def case_file(text: str | bytes, **overrides: object) -> Callable[[KeyPair], bytes]:
    data = text if isinstance(text, bytes) else text.encode()
    return lambda key: zip_bytes(pack_entries({CASE_NAME: data}, **overrides))


def two_with_one_id(key: KeyPair) -> bytes:
    article = (
        "---\nid: vineyard\ntitle: T\ntopic: legal-definitions\njurisdiction: serbia\nsources:\n"
        "  - document: D\n    year: 2005\nreviewed: 2026-12-01\n---\n\nText.\n"
    )
    return zip_bytes(pack_entries({CASE_NAME: CASE.encode(), "guidance/serbia/vineyard.md": article.encode()}))


def digest_mismatch(key: KeyPair) -> bytes:
    manifest = canonical_bytes(manifest_for({CASE_NAME: CASE.encode()}))
    return zip_bytes([("manifest.json", manifest), (CASE_NAME, CASE.replace("grapes", "plums").encode())])


def tampered_after_signing(key: KeyPair) -> bytes:
    manifest = canonical_bytes(manifest_for({CASE_NAME: CASE.encode()}))
    signature = sign_manifest(manifest, key.private)
    changed = manifest.replace(b"Vineyard cases", b"Vineyard casez")
    return zip_bytes([("manifest.json", changed), ("signature", signature), (CASE_NAME, CASE.encode())])


def unknown_key(key: KeyPair) -> bytes:
    return zip_bytes(pack_entries(key=key))  # `key` is not trusted in these tests


def unlisted(key: KeyPair) -> bytes:
    manifest = canonical_bytes(manifest_for({CASE_NAME: CASE.encode()}))
    extra = CASE.replace("vineyard", "extra").encode()
    return zip_bytes([("manifest.json", manifest), (CASE_NAME, CASE.encode()), ("cases/extra.md", extra)])


def no_manifest(key: KeyPair) -> bytes:
    return zip_bytes([(CASE_NAME, CASE.encode())])


def not_a_zip(key: KeyPair) -> bytes:
    return b"PK\x03\x04 this is not really a zip archive"


def bad_manifest_json(key: KeyPair) -> bytes:
    return zip_bytes([("manifest.json", b'{\n  "id": "x",\n  "title": \n}'), (CASE_NAME, CASE.encode())])


# (name, the zip, the file the problem names, a part of the message)
REFUSALS: list[tuple[str, Callable[[KeyPair], bytes], str, str]] = [
    ("dotdot", with_extra("../evil.md"), "../evil.md", "path escapes the pack folder"),
    ("dotdot-inside", with_extra("cases/../../evil.md"), "cases/../../evil.md", "path escapes the pack folder"),
    ("absolute", with_extra("/etc/evil.md"), "/etc/evil.md", "absolute path"),
    ("drive-letter", with_extra("C:/cases/evil.md"), "C:/cases/evil.md", "drive letter"),
    ("backslash", with_extra("cases\\..\\..\\evil.md"), "cases\\..\\..\\evil.md", "backslash"),
    ("symlink", symlink_entry, "cases/link.md", "symbolic link"),
    ("device-name", with_extra("cases/con.md"), "cases/con.md", "reserved device name"),
    ("unexpected-file", with_extra("cases/run.py"), "cases/run.py", "unexpected file"),
    ("zip-bomb-ratio", bomb, CASE_NAME, "more than 100 times (a zip bomb?)"),
    ("file-too-large", too_large, CASE_NAME, f"the limit is {MAX_FILE_BYTES}"),
    ("too-many-files", too_many, "pack.zip", f"the limit is {MAX_ENTRIES}"),
    ("entry-count-header", entry_count_too_large, "pack.zip", f"65535 entries; the limit is {MAX_ENTRIES}"),
    ("total-too-large", total_too_large, "pack.zip", "uncompressed in all; the limit is"),
    ("header-lies", lying_header, CASE_NAME, "sizes do not match its header"),
    ("bad-utf8-name", bad_utf8_name, "pack.zip", "not a readable zip archive (UnicodeDecodeError"),
    ("duplicate-entry", duplicate, CASE_NAME, "duplicate entry"),
    ("bad-utf8", case_file(CASE.encode().replace(b"Seasonal", b"Seas\xffonal")), f"{CASE_NAME}:18", "not valid UTF-8"),
    ("bad-yaml", case_file(CASE.replace('title: "Grape', 'title: ["Grape')), f"{CASE_NAME}:4", "malformed YAML"),
    ("no-front-matter", case_file("## Situation\n"), f"{CASE_NAME}:1", "missing front matter"),
    (
        "unknown-indicator",
        case_file(CASE.replace("ex_low_or_no_salary", "cd_made_up")),
        f"{CASE_NAME}:5",
        "unknown indicator id 'cd_made_up'",
    ),
    (
        "clash-bundled",
        case_file(CASE.replace("id: vineyard", "id: farm")),
        f"{CASE_NAME}:2",
        "already used by the bundled case farm.md",
    ),
    (
        "clash-installed",
        case_file(CASE.replace("id: vineyard", "id: orchard")),
        f"{CASE_NAME}:2",
        "duplicate id 'orchard'",
    ),
    ("clash-own", case_file(CASE.replace("id: vineyard", "id: my-notes")), f"{CASE_NAME}:2", "duplicate id 'my-notes'"),
    ("clash-inside", two_with_one_id, CASE_NAME, "duplicate id 'vineyard'"),
    (
        "broken-link",
        case_file(CASE.replace("kb:serbian-law#means", "kb:nowhere")),
        f"{CASE_NAME}:22",
        "unknown target 'nowhere'",
    ),
    ("digest-mismatch", digest_mismatch, CASE_NAME, "SHA-256 does not match manifest.json"),
    ("not-listed", unlisted, "cases/extra.md", "not listed in manifest.json"),
    ("signature-forged", tampered_after_signing, "signature", "the signature does not verify"),
    ("unknown-key", unknown_key, "signature", "signed by an unknown key"),
    ("newer-app", case_file(CASE, min_app_version="99.0"), "manifest.json:1", "needs app version 99.0 or later"),
    ("no-manifest", no_manifest, "manifest.json", "missing"),
    ("manifest-json", bad_manifest_json, "manifest.json:4", "not valid JSON"),
    ("manifest-field", case_file(CASE, version="one"), "manifest.json", "'version' must be numbers"),
    ("not-a-zip", not_a_zip, "pack.zip", "not a readable zip archive"),
]


@pytest.mark.parametrize(("make", "where", "message"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_hostile_pack_is_refused_whole_and_changes_nothing(
    tmp_path: Path,
    mini_kb_dir: Path,
    user_dir: Path,
    key: KeyPair,
    make: Callable[[KeyPair], bytes],
    where: str,
    message: str,
) -> None:
    pack = tmp_path / "pack.zip"
    pack.write_bytes(make(key))
    before, bundled = snapshot(user_dir), snapshot(mini_kb_dir)
    for command in (["verify", str(pack)], ["install", str(pack), "--allow-unsigned"]):
        code, out, err = run("--content-dir", str(mini_kb_dir), "pack", *command, "--user-dir", str(user_dir))
        assert code == 2, (command, out, err)
        assert any(line.startswith(f"{where}:") and message in line for line in err.splitlines()), err
        assert "Traceback" not in err
    assert snapshot(user_dir) == before
    assert snapshot(mini_kb_dir) == bundled


def test_an_unsigned_pack_needs_allow_unsigned(tmp_path: Path, mini_kb_dir: Path, user_dir: Path) -> None:
    pack = write_zip(tmp_path / "pack.zip", pack_entries())
    before = snapshot(user_dir)
    code, _, err = run("--content-dir", str(mini_kb_dir), "pack", "install", str(pack), "--user-dir", str(user_dir))
    assert code == 2 and "not signed by a trusted key" in err and "--allow-unsigned" in err
    assert snapshot(user_dir) == before


def test_a_refused_install_into_a_new_folder_leaves_no_folder(tmp_path: Path, mini_kb_dir: Path) -> None:
    pack = write_zip(tmp_path / "pack.zip", [*pack_entries(), ("../x.md", b"x")])
    folder = tmp_path / "never-made"
    code, _, _ = run(
        "--content-dir", str(mini_kb_dir), "pack", "install", str(pack), "--user-dir", str(folder), "--allow-unsigned"
    )
    assert code == 2 and not folder.exists()


def test_verify_names_every_problem_not_just_the_first(tmp_path: Path, mini_kb_dir: Path) -> None:
    bad = CASE.replace("ex_low_or_no_salary", "cd_made_up")
    files = {CASE_NAME: bad.encode(), "cases/other.md": CASE.replace("id: vineyard", "id: farm").encode()}
    pack = write_zip(tmp_path / "pack.zip", [*pack_entries(files), ("../evil.md", b"x")])
    code, _, err = run("--content-dir", str(mini_kb_dir), "pack", "verify", str(pack))
    assert code == 2
    assert "../evil.md: path escapes" in err
    assert f"{CASE_NAME}:5: unknown indicator id 'cd_made_up'" in err
    assert "cases/other.md:2: id 'farm' is already used by the bundled case" in err


# --- official packs -----------------------------------------------------------------------

UPDATE_NOTE = "The penalty range was raised by the 2026 amendment."


def updated_law(mini_kb_dir: Path, reviewed: str = "2026-12-07", changes: bool = True) -> bytes:
    text = (mini_kb_dir / LAW_NAME).read_text(encoding="utf-8")
    block = (
        f'changes:\n  - date: {reviewed}\n    text_en: "{UPDATE_NOTE}"\n'
        '    text_sr: "Raspon kazni je povećan izmenama iz 2026."\n'
        if changes
        else ""
    )
    text = text.replace("reviewed: 2026-11-29\n", f"reviewed: {reviewed}\n{block}")
    return text.replace(
        "Retaining identity documents is a means.", "Retaining identity documents is a means (updated)."
    ).encode()


@pytest.mark.parametrize("trusted_where", ["user", "bundled"])
def test_official_pack_updates_a_bundled_article_with_a_what_changed_entry(
    tmp_path: Path, mini_kb_dir: Path, key: KeyPair, trusted_where: str
) -> None:
    folder = tmp_path / "user-content"
    trust(folder if trusted_where == "user" else mini_kb_dir, key)
    pack = write_zip(
        tmp_path / "official.zip",
        pack_entries({LAW_NAME: updated_law(mini_kb_dir)}, key=key, id="law-update", version="2026.1"),
    )
    bundled_before = (mini_kb_dir / LAW_NAME).read_bytes()
    code, out, err = run("--content-dir", str(mini_kb_dir), "pack", "verify", str(pack), "--user-dir", str(folder))
    assert code == 0, err
    assert "signed by: Test office (key test-office" in out
    assert "update article serbian-law [en]" in out and "updates 1 bundled document(s)" in out
    assert f"    2026-12-07: {UPDATE_NOTE}" in out  # what the update changes, shown before installing
    code, out, err = run("--content-dir", str(mini_kb_dir), "pack", "install", str(pack), "--user-dir", str(folder))
    assert code == 0, err
    assert (mini_kb_dir / LAW_NAME).read_bytes() == bundled_before  # bundled content is never modified

    loaded = load_with_user_content(mini_kb_dir, folder)
    assert [p.format() for p in loaded.problems] == []
    article = loaded.kb.article("serbian-law")
    assert article is not None and "(updated)" in article.body
    origin = article.origin
    assert (origin.kind, origin.pack_id, origin.pack_version, origin.signer, origin.updates_bundled) == (
        "pack",
        "law-update",
        "2026.1",
        "test-office",
        True,
    )
    assert (
        origin.describe("en")
        == "updated by pack \u201cVineyard cases\u201d, version 2026.1, 2026-12-07, signed by Test office"
    )
    entry = all_changes(loaded.kb)[0]
    assert (entry.doc_id, entry.text.en, entry.origin.pack_id) == ("serbian-law", UPDATE_NOTE, "law-update")

    code, out, _ = run("--content-dir", str(mini_kb_dir), "pack", "list", "--user-dir", str(folder))
    assert "law-update\t2026.1\t2026-12-07\tsigned by Test office (test-office)" in out
    code, _, _ = run("--content-dir", str(mini_kb_dir), "pack", "remove", "law-update", "--user-dir", str(folder))
    assert code == 0
    restored = load_with_user_content(mini_kb_dir, folder).kb.article("serbian-law")
    assert restored is not None and restored.origin.kind == "bundled" and "(updated)" not in restored.body


@pytest.mark.parametrize(
    ("signed", "reviewed", "changes", "message"),
    [
        (False, "2026-12-07", True, "only a pack signed by a trusted key may bring a newer version"),
        (True, "2026-11-29", False, "must be newer: its 'reviewed' (2026-11-29) is not later"),
        (True, "2026-12-07", False, "must say what changed: add a 'changes:' entry dated after 2026-11-29"),
    ],
    ids=["unsigned", "not-newer", "no-changes-entry"],
)
def test_a_bundled_article_is_updated_only_by_a_trusted_newer_documented_version(
    tmp_path: Path, mini_kb_dir: Path, key: KeyPair, signed: bool, reviewed: str, changes: bool, message: str
) -> None:
    folder = tmp_path / "user-content"
    trust(folder, key)
    files = {LAW_NAME: updated_law(mini_kb_dir, reviewed, changes)}
    pack = write_zip(tmp_path / "p.zip", pack_entries(files, key=key if signed else None))
    before = snapshot(folder)
    code, _, err = run(
        "--content-dir", str(mini_kb_dir), "pack", "install", str(pack), "--user-dir", str(folder), "--allow-unsigned"
    )
    assert code == 2 and message in err and err.startswith(f"{LAW_NAME}:")
    assert snapshot(folder) == before


def test_a_newer_version_of_an_installed_pack_replaces_it_an_older_one_is_refused(
    tmp_path: Path, mini_kb_dir: Path
) -> None:
    folder = tmp_path / "u"
    args = ("--content-dir", str(mini_kb_dir), "pack", "install")
    v1 = write_zip(tmp_path / "v1.zip", pack_entries(version="1.0"))
    v2 = write_zip(
        tmp_path / "v2.zip", pack_entries({CASE_NAME: CASE.replace("grapes", "plums").encode()}, version="1.1")
    )
    assert run(*args, str(v1), "--user-dir", str(folder), "--allow-unsigned")[0] == 0
    assert run(*args, str(v2), "--user-dir", str(folder), "--allow-unsigned")[0] == 0
    case = load_with_user_content(mini_kb_dir, folder).kb.case("vineyard")
    assert case is not None and "plums" in case.body and case.origin.pack_version == "1.1"
    before = snapshot(folder)
    code, _, err = run(*args, str(v1), "--user-dir", str(folder), "--allow-unsigned")
    assert code == 2 and "version 1.1 of pack 'vineyard-cases' is already installed" in err
    assert snapshot(folder) == before


# --- a trainer's pack: build → install → load → search → remove ----------------------------


def test_trainer_pack_build_install_search_remove(tmp_path: Path, mini_kb_dir: Path) -> None:
    from search_index.freshness import looks_fresh
    from search_index.service import open_search

    source = tmp_path / "my-cases"
    (source / "cases").mkdir(parents=True)
    (source / CASE_NAME).write_text(CASE, encoding="utf-8")
    (source / "pack.yaml").write_text(
        'id: zupa-cases\ntitle: "Cases from Zupa"\nversion: "1.0"\nauthor: "A trainer"\n', encoding="utf-8"
    )
    pack, folder = tmp_path / "zupa.zip", tmp_path / "u"
    code, out, err = run("--content-dir", str(mini_kb_dir), "pack", "build", str(source), "--out", str(pack))
    assert code == 0, err
    assert "add case vineyard [en]" in out
    code, out, err = run("--content-dir", str(mini_kb_dir), "pack", "verify", str(pack))
    assert code == 0 and "signed by: unsigned" in out, err
    assert (
        run(
            "--content-dir",
            str(mini_kb_dir),
            "pack",
            "install",
            str(pack),
            "--user-dir",
            str(folder),
            "--allow-unsigned",
        )[0]
        == 0
    )

    kb = load_with_user_content(mini_kb_dir, folder).kb
    case = kb.case("vineyard")
    assert case is not None
    assert (case.origin.kind, case.origin.pack_id, case.origin.signed) == ("pack", "zupa-cases", False)
    assert "unsigned" in case.origin.describe("en")
    index_dir = tmp_path / "index"
    with open_search(kb, index_dir).index as index:
        assert "vineyard" in [hit.id for hit in index.search("zupavineyard").hits]
    cli_index = tmp_path / "cli-index"
    search = ("--content-dir", str(mini_kb_dir), "--user-dir", str(folder), "search", "zupavineyard", "--json")
    with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()):
        assert search_cli.main([*search, "--index-dir", str(cli_index)]) == 0
    assert [hit["id"] for hit in json.loads(out.getvalue())] == ["vineyard"]

    assert run("--content-dir", str(mini_kb_dir), "pack", "remove", "zupa-cases", "--user-dir", str(folder))[0] == 0
    after = load_with_user_content(mini_kb_dir, folder).kb
    assert after.case("vineyard") is None
    assert not looks_fresh(index_dir, after.digest)  # the index is rebuilt after the pack is gone
    with open_search(after, index_dir).index as index:
        assert index.search("zupavineyard").hits == []


def test_signed_build_and_keygen(tmp_path: Path, mini_kb_dir: Path) -> None:
    keyfile = tmp_path / "office.pem"
    code, public, _ = run("pack", "keygen", "--out", str(keyfile))
    assert code == 0 and keyfile.stat().st_mode & 0o077 == 0
    assert run("pack", "keygen", "--out", str(keyfile))[0] == 2  # never overwritten
    source = tmp_path / "src"
    (source / "cases").mkdir(parents=True)
    (source / CASE_NAME).write_text(CASE, encoding="utf-8")
    pack = tmp_path / "signed.zip"
    code, _, err = run(
        "--content-dir",
        str(mini_kb_dir),
        "pack",
        "build",
        str(source),
        "--out",
        str(pack),
        "--sign",
        str(keyfile),
        "--id",
        "signed",
        "--title",
        "Signed",
        "--version",
        "1",
        "--author",
        "Office",
    )
    assert code == 0, err
    folder = tmp_path / "u"
    code, _, err = run("--content-dir", str(mini_kb_dir), "pack", "verify", str(pack), "--user-dir", str(folder))
    assert code == 2 and "signed by an unknown key" in err  # not trusted here yet
    code, _, _ = run(
        "pack", "trust", public.strip(), "--id", "nis-office", "--name", "Niš office", "--user-dir", str(folder)
    )
    assert code == 0
    code, out, err = run("--content-dir", str(mini_kb_dir), "pack", "install", str(pack), "--user-dir", str(folder))
    assert code == 0, err
    assert "signed by: Niš office (key nis-office" in out
    with zipfile.ZipFile(pack) as archive:
        manifest = archive.read("manifest.json")
        assert sha256(archive.read(CASE_NAME)) in manifest.decode()


def test_packs_and_user_content_never_import_qt() -> None:
    code = (
        "import sys, content.packs.api, content.packs.cli, content.user_content, content.kb_cache;"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','shiboken6'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_inspect_tells_the_app_the_signer_and_what_a_pack_adds_or_updates(
    tmp_path: Path, mini_kb_dir: Path, key: KeyPair
) -> None:
    import content.packs as packs

    folder = tmp_path / "u"
    trust(folder, key)
    files = {LAW_NAME: updated_law(mini_kb_dir), CASE_NAME: CASE.encode()}
    signed = packs.inspect(
        write_zip(tmp_path / "s.zip", pack_entries(files, key=key)), folder, content_root=mini_kb_dir
    )
    assert signed.ok and signed.signed and signed.signer is not None and signed.signer.id == "test-office"
    assert signed.signer_text("sr").startswith("Probna kancelarija (ključ test-office, ")
    assert [(i.kind, i.id, i.action) for i in signed.items] == [
        ("article", "serbian-law", "update"),
        ("case", "vineyard", "add"),
    ]
    assert [n.text.en for n in signed.items[0].changes] == [UPDATE_NOTE] and signed.items[1].changes == ()
    assert signed.manifest is not None and signed.manifest.id == "vineyard-cases"

    unsigned = packs.inspect(write_zip(tmp_path / "u.zip", pack_entries()), folder, content_root=mini_kb_dir)
    assert unsigned.ok and not unsigned.signed and unsigned.signer is None
    assert (unsigned.signer_text("en"), unsigned.signer_text("sr")) == ("unsigned", "nepotpisan")
    with pytest.raises(packs.PackRefusedError) as refused:
        packs.install(tmp_path / "u.zip", folder, content_root=mini_kb_dir)
    assert "not signed by a trusted key" in str(refused.value)
    report = packs.install(tmp_path / "u.zip", folder, allow_unsigned=True, content_root=mini_kb_dir)
    assert report.ok
    [installed] = packs.list_installed(folder, content_root=mini_kb_dir)
    assert (installed.id, installed.version, installed.signer, installed.documents) == (
        "vineyard-cases",
        "1.0",
        None,
        1,
    )
    assert packs.remove("vineyard-cases", folder).id == "vineyard-cases"
    assert packs.list_installed(folder, content_root=mini_kb_dir) == []
    with pytest.raises(packs.PackError):
        packs.remove("vineyard-cases", folder)
    with pytest.raises(packs.PackError):
        packs.remove("../escape", folder)


@pytest.mark.parametrize(
    ("app", "needed", "code"), [("0.2.0.dev1", "0.2", 0), ("0.2.0.dev1", "0.2.1", 2), ("1.10", "1.9", 0)]
)
def test_min_app_version_compares_numbers_even_for_a_development_version(
    tmp_path: Path, mini_kb_dir: Path, monkeypatch: pytest.MonkeyPatch, app: str, needed: str, code: int
) -> None:
    from content.packs import manifest

    monkeypatch.setattr(manifest.metadata, "version", lambda name: app)
    pack = write_zip(tmp_path / "p.zip", pack_entries(min_app_version=needed))
    result, _, err = run("--content-dir", str(mini_kb_dir), "pack", "verify", str(pack))
    assert result == code, err
    assert code == 0 or f"needs app version {needed} or later; this is {app}" in err


def test_build_refuses_to_write_a_pack_that_would_not_verify(tmp_path: Path, mini_kb_dir: Path) -> None:
    source = tmp_path / "src"
    (source / "cases").mkdir(parents=True)
    (source / CASE_NAME).write_text(CASE.replace("ex_low_or_no_salary", "cd_typo"), encoding="utf-8")
    out = tmp_path / "out.zip"
    args = ("--id", "p", "--title", "P", "--version", "1", "--author", "A")
    code, _, err = run("--content-dir", str(mini_kb_dir), "pack", "build", str(source), "--out", str(out), *args)
    assert code == 2 and f"{CASE_NAME}:5: unknown indicator id 'cd_typo'" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mini_kb", "src", "user"]  # no pack, no temporary file
    code, _, err = run("--content-dir", str(mini_kb_dir), "pack", "build", str(source), "--out", str(out))
    assert code == 2 and "missing id, title, version, author" in err
