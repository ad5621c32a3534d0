"""`manifest.json`: what a pack is (id, title, version, languages, author, date, the app version it
needs) and the SHA-256 digest of every file it carries.

`pack build` writes the manifest in one canonical form (keys sorted, two-space indent, UTF-8,
a final newline); the signature covers those exact bytes, so nothing is re-serialised before a
signature is checked."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

from content.packs.problems import PackProblem

MANIFEST = "manifest.json"
SIGNATURE = "signature"
FORMAT = 1
LANGUAGES = ("en", "sr")

PACK_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
VERSION = re.compile(r"^\d{1,6}(?:\.\d{1,6}){0,3}$")
DIGEST = re.compile(r"^[0-9a-f]{64}$")
MAX_ID_LENGTH = 64
MAX_TEXT_LENGTH = 300

REQUIRED = ("format", "id", "title", "version", "languages", "author", "created", "min_app_version", "files")
KNOWN = frozenset(REQUIRED)


@dataclass(frozen=True)
class Manifest:
    id: str
    title: str
    version: str
    languages: tuple[str, ...]
    author: str
    created: str  # YYYY-MM-DD
    min_app_version: str
    files: dict[str, str]  # name inside the pack -> SHA-256 (hex)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "id": self.id,
            "title": self.title,
            "version": self.version,
            "languages": list(self.languages),
            "author": self.author,
            "created": self.created,
            "min_app_version": self.min_app_version,
            "files": [{"path": name, "sha256": self.files[name]} for name in sorted(self.files)],
        }


def canonical_bytes(data: dict[str, Any]) -> bytes:
    """The one form `pack build` writes (and signs)."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def version_tuple(text: str) -> tuple[int, ...]:
    """Versions compare number by number ("1.2" is (1, 2, 0, 0)). Only the leading numbers count,
    so an app version like "0.2.0.dev1" or "0.2.0rc1" compares as 0.2.0."""
    found = re.match(r"\d+(?:\.\d+)*", text.strip())
    parts = [int(p) for p in found.group(0).split(".")] if found else [0]
    return tuple(parts + [0] * (4 - len(parts)))


def app_version() -> str:
    """The installed app's version (pyproject's `version`), read from the package metadata; from
    pyproject.toml next to the sources when the app runs from a checkout that was never installed."""
    try:
        return metadata.version("prepoznaj")
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        try:
            found = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"), re.MULTILINE)
        except OSError:
            found = None
        return found.group(1) if found else "0"


def _key_line(text: str, key: str) -> int:
    """The line of `"key":` in the manifest text (1 when it is not there)."""
    at = text.find(f'"{key}"')
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKeyError(key)
        seen[key] = value
    return seen


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def parse_manifest(raw: bytes) -> tuple[Manifest | None, list[PackProblem]]:
    """The manifest, or None and every problem found (file:line inside the pack)."""
    problems: list[PackProblem] = []

    def bad(line: int, message: str) -> None:
        problems.append(PackProblem(MANIFEST, line, message))

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad(raw.count(b"\n", 0, exc.start) + 1, f"not valid UTF-8 text ({exc.reason})")
        return None, problems
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKeyError as exc:
        bad(_key_line(text, exc.key), f"duplicate key '{exc.key}'")
        return None, problems
    except json.JSONDecodeError as exc:
        bad(exc.lineno, f"not valid JSON ({exc.msg}, column {exc.colno})")
        return None, problems
    except (ValueError, RecursionError) as exc:  # e.g. an integer too long to convert, absurd nesting
        bad(1, f"not valid JSON ({type(exc).__name__})")
        return None, problems
    if not isinstance(data, dict):
        bad(1, "the manifest must be a JSON object")
        return None, problems

    for key in REQUIRED:
        if key not in data:
            bad(1, f"missing required field '{key}'")
    for key in data:
        if key not in KNOWN:
            bad(_key_line(text, key), f"unknown field '{key}'")

    def text_field(key: str, pattern: re.Pattern[str] | None = None, hint: str = "") -> str:
        value = data.get(key)
        if key not in data:
            return ""
        if not isinstance(value, str) or not value.strip():
            bad(_key_line(text, key), f"'{key}' must be a non-empty text")
            return ""
        if len(value) > MAX_TEXT_LENGTH:
            bad(_key_line(text, key), f"'{key}' is longer than {MAX_TEXT_LENGTH} characters")
            return ""
        if pattern is not None and not pattern.match(value):
            bad(_key_line(text, key), f"'{key}' {hint}, not {value!r}")
            return ""
        return value

    if "format" in data and (type(data["format"]) is not int or data["format"] != FORMAT):
        bad(_key_line(text, "format"), f"unsupported pack format {data['format']!r} (this app reads format {FORMAT})")
    pack_id = text_field("id", PACK_ID, "must be lowercase kebab-case like 'farm-cases'")
    if len(pack_id) > MAX_ID_LENGTH:
        bad(_key_line(text, "id"), f"'id' is longer than {MAX_ID_LENGTH} characters")
        pack_id = ""
    title = text_field("title")
    version = text_field("version", VERSION, "must be numbers separated by dots like '1.2'")
    author = text_field("author")
    created = text_field("created")
    if created:
        try:
            date.fromisoformat(created)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", created):
                raise ValueError(created)
        except ValueError:
            bad(_key_line(text, "created"), f"'created' must be a date (YYYY-MM-DD), not {created!r}")
            created = ""
    min_app = text_field("min_app_version", VERSION, "must be numbers separated by dots like '0.1.0'")

    languages: tuple[str, ...] = ()
    if "languages" in data:
        raw_langs = data["languages"]
        if (
            not isinstance(raw_langs, list)
            or not raw_langs
            or not all(isinstance(x, str) and x in LANGUAGES for x in raw_langs)
            or len(set(raw_langs)) != len(raw_langs)
        ):
            bad(_key_line(text, "languages"), f"'languages' must be a list of distinct codes from {list(LANGUAGES)}")
        else:
            languages = tuple(raw_langs)

    files: dict[str, str] = {}
    files_ok = "files" in data
    if files_ok:
        raw_files = data["files"]
        if not isinstance(raw_files, list):
            bad(_key_line(text, "files"), '\'files\' must be a list of {"path": …, "sha256": …} entries')
            files_ok = False
        else:
            for entry in raw_files:
                if (
                    not isinstance(entry, dict)
                    or set(entry) != {"path", "sha256"}
                    or not isinstance(entry["path"], str)
                    or not isinstance(entry["sha256"], str)
                ):
                    bad(_key_line(text, "files"), 'every entry of \'files\' must be {"path": …, "sha256": …}')
                    files_ok = False
                    continue
                name, digest = entry["path"], entry["sha256"]
                if not DIGEST.match(digest):
                    bad(_key_line(text, name), f"'{name}': sha256 must be 64 lowercase hex digits")
                    files_ok = False
                elif name in files:
                    bad(_key_line(text, name), f"'{name}' is listed twice in 'files'")
                    files_ok = False
                else:
                    files[name] = digest
    if problems or not (pack_id and title and version and author and created and min_app and languages and files_ok):
        return None, problems
    return Manifest(pack_id, title, version, languages, author, created, min_app, files), problems
