"""Ed25519 signatures over a pack's manifest, and the keys the app trusts.

The `signature` file inside a pack is JSON:

    {"format": 1, "algorithm": "ed25519", "public_key": "<32 bytes, base64>",
     "signature": "<64 bytes, base64>"}

and the signature is over the exact bytes of `manifest.json` (which lists the SHA-256 of every
other file). A pack is *signed by a trusted key* when that public key is listed in the bundled
`content/trusted_keys.yaml` or in `trusted_keys.yaml` in the user content folder, and the
signature verifies. Uses the `cryptography` library."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from content.model import LocalText
from content.packs.manifest import SIGNATURE
from content.packs.problems import PackProblem
from content.yaml_lines import LineDict, field_text, read_yaml_file

TRUSTED_KEYS_FILE = "trusted_keys.yaml"
KEY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class TrustedKey:
    id: str
    name: LocalText
    public_key: bytes  # raw 32 bytes
    source: Path  # the trusted_keys.yaml it is listed in

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class SignatureCheck:
    """What a pack's signature says: `key` is the trusted key that signed it (None when unsigned);
    problems name a signature that is malformed, does not verify, or is by an unknown key."""

    present: bool
    key: TrustedKey | None
    problems: tuple[PackProblem, ...] = ()


def fingerprint(public_key: bytes) -> str:
    """Short, stable name of a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def encode_public_key(key: Ed25519PublicKey) -> str:
    return base64.b64encode(public_bytes(key)).decode("ascii")


def decode_public_key(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def generate_key(out: Path) -> str:
    """Write a new private key (PEM, PKCS#8, readable by its owner only) to `out`, which must not
    exist yet; return the public key (base64)."""
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return encode_public_key(private.public_key())


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Raises ValueError with a readable message when the file is no Ed25519 private key."""
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise ValueError(f"{path}: not an unencrypted PEM private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path}: not an Ed25519 key")
    return key


def sign_manifest(manifest_bytes: bytes, key: Ed25519PrivateKey) -> bytes:
    """The contents of the pack's `signature` file."""
    data = {
        "format": 1,
        "algorithm": "ed25519",
        "public_key": encode_public_key(key.public_key()),
        "signature": base64.b64encode(key.sign(manifest_bytes)).decode("ascii"),
    }
    return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("ascii")


def load_trusted_keys(files: list[Path]) -> tuple[dict[bytes, TrustedKey], list[PackProblem]]:
    """Every key listed in these files (a missing file lists none). Broken entries are reported
    (file:line) and left out."""
    keys: dict[bytes, TrustedKey] = {}
    problems: list[PackProblem] = []
    for path in files:
        if not path.is_file():
            continue

        def report(line: int, message: str, where: Path = path) -> None:
            problems.append(PackProblem(str(where), line, message))

        data = read_yaml_file(path, report)
        if data is None:
            continue
        entries = data.get("keys") if isinstance(data, LineDict) else None
        if not isinstance(entries, list):
            report(1, "the file must have 'keys:', a list of {id, name_en, name_sr, public_key}")
            continue
        for entry in entries:
            if not isinstance(entry, LineDict):
                report(data.line_of("keys"), "every key must be a mapping with id, name_en and public_key")
                continue
            key_id, public = field_text(entry, "id"), decode_public_key(field_text(entry, "public_key"))
            if not KEY_ID.match(key_id):
                report(entry.line_of("id"), f"key id must be lowercase kebab-case, not {key_id!r}")
            elif public is None:
                report(entry.line_of("public_key"), "public_key must be 32 bytes in base64 (see `pack keygen`)")
            elif not field_text(entry, "name_en"):
                report(entry.line, "missing required field 'name_en'")
            elif public not in keys:
                name = LocalText(field_text(entry, "name_en"), field_text(entry, "name_sr"))
                keys[public] = TrustedKey(key_id, name, public, path)
    return keys, problems


def check_signature(raw: bytes | None, manifest_bytes: bytes, trusted: dict[bytes, TrustedKey]) -> SignatureCheck:
    if raw is None:
        return SignatureCheck(present=False, key=None)

    def refused(message: str) -> SignatureCheck:
        return SignatureCheck(present=True, key=None, problems=(PackProblem(SIGNATURE, 0, message),))

    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return refused("not a valid signature file (JSON with algorithm, public_key and signature)")
    if not isinstance(data, dict) or data.get("algorithm") != "ed25519" or data.get("format") != 1:
        return refused("unsupported signature: expected format 1, algorithm 'ed25519'")
    public = decode_public_key(data["public_key"]) if isinstance(data.get("public_key"), str) else None
    if public is None:
        return refused("the signature's public_key is not an Ed25519 key (32 bytes, base64)")
    try:
        signature = base64.b64decode(str(data.get("signature", "")), validate=True)
    except (binascii.Error, ValueError):
        signature = b""
    if len(signature) != 64:
        return refused("the signature is not 64 bytes of base64")
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, manifest_bytes)
    except InvalidSignature:
        return refused(
            "the signature does not verify: manifest.json was changed after signing, or the signature is forged"
        )
    key = trusted.get(public)
    if key is None:
        return refused(
            f"signed by an unknown key (fingerprint {fingerprint(public)}): it is not in the trusted keys; "
            "ask the sender for their public key and add it only if you trust them"
        )
    return SignatureCheck(present=True, key=key)
