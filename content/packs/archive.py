"""Reading a pack's zip without trusting it: every name, type and size is checked from the zip's
headers before anything is read, and again while reading (a header may lie).

A pack holds only `manifest.json`, an optional `signature`, `guidance/<jurisdiction>/<slug>.md`
(or `.sr.md`) and `cases/<slug>.md` (or `.sr.md`); folder entries for those folders are allowed.
Names are lowercase ASCII: nothing that could escape the folder, name a device on Windows or
collide on a case-insensitive disk."""

from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from content.packs.manifest import MANIFEST, SIGNATURE
from content.packs.problems import PackProblem

# Limits (documented in docs/packs.md).
MAX_ARCHIVE_BYTES = 50 * 1024 * 1024  # the zip file itself
MAX_ENTRIES = 500  # entries in the zip, folders included
MAX_FILE_BYTES = 5 * 1024 * 1024  # one file, uncompressed
MAX_TOTAL_BYTES = 50 * 1024 * 1024  # all files, uncompressed
MAX_RATIO = 100  # uncompressed / compressed size of one file ...
RATIO_FLOOR = 64 * 1024  # ... checked for files larger than this (tiny files compress oddly)
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 4096
MAX_NAME_LENGTH = 200

_SEGMENT = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_DOC = rf"{_SEGMENT}(?:\.sr)?\.md"
CONTENT_NAME = re.compile(rf"^(?:guidance/{_SEGMENT}/{_DOC}|cases/{_DOC})$")
FOLDER_NAME = re.compile(rf"^(?:guidance/|guidance/{_SEGMENT}/|cases/)$")
_WINDOWS_DEVICES = re.compile(r"^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)")
_CHUNK = 64 * 1024
LAYOUT = "a pack holds only manifest.json, signature, guidance/<jurisdiction>/<slug>.md and cases/<slug>.md"


@dataclass
class ArchiveRead:
    """The files of a pack (name -> bytes) and every problem found reading it."""

    files: dict[str, bytes] = field(default_factory=dict)
    problems: list[PackProblem] = field(default_factory=list)
    unreadable: bool = False  # not a zip, or refused before any entry was read


def _name_problem(name: str) -> str:
    """Why a name may not be in a pack ("" when it may)."""
    if "\\" in name:
        return "backslash in the name (a pack uses '/' only; a Windows path could escape the folder)"
    if name.startswith("/"):
        return "absolute path"
    if re.match(r"^[A-Za-z]:", name):
        return "drive letter in the name"
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return "path escapes the pack folder ('..')"
    if any(p in ("", ".") for p in parts):
        return "empty or '.' path segment"
    if len(name) > MAX_NAME_LENGTH:
        return f"name longer than {MAX_NAME_LENGTH} characters"
    if any(_WINDOWS_DEVICES.match(p) for p in parts):
        return "a reserved device name on Windows"
    if name in (MANIFEST, SIGNATURE) or CONTENT_NAME.match(name) or FOLDER_NAME.match(name):
        return ""
    return f"unexpected file ({LAYOUT}; names in lowercase letters, digits and '-')"


def _type_problem(info: zipfile.ZipInfo) -> str:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        return "symbolic link (a pack may hold only plain files)"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "not a plain file (device, pipe or socket)"
    if info.flag_bits & 0x1:
        return "encrypted entry"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return "unsupported compression (use deflate or none)"
    if kind == stat.S_IFDIR and not info.filename.endswith("/"):
        return "a folder entry with a file's name"
    return ""


def read_archive(path: Path) -> ArchiveRead:
    result = ArchiveRead()
    label = path.name

    def refuse(message: str, name: str = label) -> ArchiveRead:
        result.problems.append(PackProblem(name, 0, message))
        result.unreadable = True
        return result

    try:
        size = path.stat().st_size
    except OSError as exc:
        return refuse(f"cannot read the pack ({exc.strerror or exc})")
    if size > MAX_ARCHIVE_BYTES:
        return refuse(f"the pack is {size} bytes; the limit is {MAX_ARCHIVE_BYTES}")
    declared = _declared_entries(path)
    if declared is None:
        return refuse("not a readable zip archive (no end-of-archive record)")
    if declared > MAX_ENTRIES:
        return refuse(f"the pack has {declared} entries; the limit is {MAX_ENTRIES}")
    try:
        archive = zipfile.ZipFile(path)
    except Exception as exc:  # noqa: BLE001 (a hostile zip may break zipfile in any way: refuse it)
        return refuse(f"not a readable zip archive ({type(exc).__name__}: {exc})")
    with archive:
        try:
            infos = archive.infolist()
        except Exception as exc:  # noqa: BLE001
            return refuse(f"not a readable zip archive ({type(exc).__name__}: {exc})")
        if len(infos) > MAX_ENTRIES:
            return refuse(f"the pack has {len(infos)} entries; the limit is {MAX_ENTRIES}")
        total = 0
        seen: dict[str, str] = {}
        readable: list[zipfile.ZipInfo] = []
        sized_ok = True
        for info in infos:
            name = info.filename
            why = _name_problem(name) or _type_problem(info)
            folded = name.casefold()
            if not why and folded in seen:
                why = "duplicate entry" if seen[folded] == name else f"same name as '{seen[folded]}' but for case"
            seen.setdefault(folded, name)
            if why:
                result.problems.append(PackProblem(name, 0, why))
                continue
            if info.is_dir():
                continue
            limit = (
                MAX_MANIFEST_BYTES if name == MANIFEST else MAX_SIGNATURE_BYTES if name == SIGNATURE else MAX_FILE_BYTES
            )
            if info.file_size > limit:
                result.problems.append(
                    PackProblem(name, 0, f"{info.file_size} bytes uncompressed; the limit is {limit}")
                )
                sized_ok = False
                continue
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                result.problems.append(
                    PackProblem(
                        name,
                        0,
                        f"compressed {info.compress_size} bytes to {info.file_size}, more than {MAX_RATIO} times "
                        "(a zip bomb?)",
                    )
                )
                sized_ok = False
                continue
            total += info.file_size
            readable.append(info)
        if total > MAX_TOTAL_BYTES:
            result.problems.append(
                PackProblem(label, 0, f"{total} bytes uncompressed in all; the limit is {MAX_TOTAL_BYTES}")
            )
            sized_ok = False
        if not sized_ok:
            result.unreadable = True  # never decompress anything from a pack that may be a bomb
            return result
        read_total = 0
        for info in readable:
            data = _read_entry(archive, info, result)
            if data is None:
                continue
            read_total += len(data)
            if read_total > MAX_TOTAL_BYTES:
                return refuse(f"more than {MAX_TOTAL_BYTES} bytes uncompressed in all")
            result.files[info.filename] = data
    return result


def _declared_entries(path: Path) -> int | None:
    """The entry count in the zip's end-of-archive record, read before zipfile parses the central
    directory (a 50 MiB zip could otherwise list a million tiny entries). A ZIP64 archive says
    0xFFFF here and is refused as too large: a pack within the limits never needs ZIP64."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 22 - 65535))
            tail = handle.read()
    except OSError:
        return None
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None
    count = int.from_bytes(tail[at + 10 : at + 12], "little")
    return count


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, result: ArchiveRead) -> bytes | None:
    """The entry's bytes, reading no more than its header promised (and the limit)."""
    chunks: list[bytes] = []
    got = 0
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(_CHUNK)
                if not chunk:
                    break
                got += len(chunk)
                if got > info.file_size or got > MAX_FILE_BYTES:
                    result.problems.append(
                        PackProblem(info.filename, 0, "larger than its zip header says (a zip bomb?)")
                    )
                    return None
                chunks.append(chunk)
    except Exception as exc:  # noqa: BLE001 (damaged or forged entry: a CRC error, bad deflate data, …)
        result.problems.append(
            PackProblem(info.filename, 0, f"damaged entry, or its sizes do not match its header ({exc})")
        )
        return None
    if got != info.file_size:
        result.problems.append(PackProblem(info.filename, 0, "shorter than its zip header says (damaged)"))
        return None
    return b"".join(chunks)
