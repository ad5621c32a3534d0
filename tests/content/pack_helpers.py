"""Helpers for the pack tests: crafted zips, a test keypair, the CLI in-process, folder snapshots."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from content.cli import main
from content.packs.manifest import canonical_bytes, sha256
from content.packs.signing import sign_manifest

CASE_NAME = "cases/vineyard.md"
CASE = """---
id: vineyard
title: "Grape pickers in Zupa"
sector: agriculture
indicators: [ex_low_or_no_salary, llv_no_written_contract]
expected_outcome: labour-law-violation
based_on: composite
invented: "Everything."
sources:
  - document: "Labour Law, Sl. glasnik RS 24/2005, as amended up to 109/2025"
    article: "art. 32"
    year: 2005
reviewed: 2026-12-01
---

## Situation

Seasonal workers pick grapes near Aleksandrovac; the trainer calls it the zupavineyard case.

## What the inspection found

No contracts; pay below the agreed amount. See [the law](kb:serbian-law#means).

## Questions for discussion

Is this trafficking?

## Analysis

No means.

## What was done

An order to conclude contracts.
"""


@dataclass(frozen=True)
class KeyPair:
    private: Ed25519PrivateKey
    path: Path  # the PEM file

    @property
    def public_b64(self) -> str:
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode()


def make_key(folder: Path, name: str = "office") -> KeyPair:
    """A keypair made for the test (never a real key)."""
    private = Ed25519PrivateKey.generate()
    path = folder / f"{name}.pem"
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.write_bytes(pem)
    return KeyPair(private, path)


def trust(folder: Path, key: KeyPair, key_id: str = "test-office", name: str = "Test office") -> None:
    """List `key` in folder/trusted_keys.yaml (the user folder, or a bundled content folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "trusted_keys.yaml").write_text(
        f'keys:\n  - id: {key_id}\n    name_en: "{name}"\n    name_sr: "Probna kancelarija"\n'
        f'    public_key: "{key.public_b64}"\n',
        encoding="utf-8",
    )


def manifest_for(files: dict[str, bytes], **overrides: object) -> dict[str, object]:
    manifest: dict[str, object] = {
        "format": 1,
        "id": "vineyard-cases",
        "title": "Vineyard cases",
        "version": "1.0",
        "languages": ["en", "sr"],
        "author": "A trainer",
        "created": "2026-12-07",
        "min_app_version": "0.1",
        "files": [{"path": name, "sha256": sha256(data)} for name, data in sorted(files.items())],
    }
    manifest.update(overrides)
    return manifest


def pack_entries(
    files: dict[str, bytes] | None = None, key: KeyPair | None = None, **overrides: object
) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    """The entries of a valid pack (manifest first), signed when `key` is given."""
    files = {CASE_NAME: CASE.encode()} if files is None else files
    manifest_bytes = canonical_bytes(manifest_for(files, **overrides))
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [("manifest.json", manifest_bytes)]
    if key is not None:
        entries.append(("signature", sign_manifest(manifest_bytes, key.private)))
    entries += list(files.items())
    return entries


def write_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """A zip with exactly these entries (duplicates and odd names included)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: that is the point
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return path


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file's bytes and every folder (None) under `folder`: equal snapshots, unchanged folder."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))
    }


def patch_central_sizes(
    data: bytes, name: str, *, file_size: int | None = None, compress_size: int | None = None
) -> bytes:
    """Rewrite the sizes the central directory records for `name` (a zip whose header lies)."""
    buffer = bytearray(data)
    at = 0
    encoded = name.encode()
    while True:
        at = buffer.find(b"PK\x01\x02", at)
        assert at >= 0, name
        length = int.from_bytes(buffer[at + 28 : at + 30], "little")
        if bytes(buffer[at + 46 : at + 46 + length]) == encoded:
            if compress_size is not None:
                buffer[at + 20 : at + 24] = compress_size.to_bytes(4, "little")
            if file_size is not None:
                buffer[at + 24 : at + 28] = file_size.to_bytes(4, "little")
            return bytes(buffer)
        at += 4


def manifest_json(**overrides: object) -> bytes:
    return json.dumps(manifest_for({CASE_NAME: CASE.encode()}, **overrides)).encode()
