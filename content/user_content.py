"""The user content folder: the user's own articles and cases and the installed content packs,
merged over the bundled knowledge base. Each document knows its origin (content.model.Origin).

Layout (default: `<user data folder>/content`, or `$PREPOZNAJ_DATA_DIR/content`):

    guidance/<jurisdiction>/<slug>.md, cases/<slug>.md (and .sr.md)   the user's own content
    packs/<pack-id>/manifest.json, signature, guidance/…, cases/…      installed packs
    trusted_keys.yaml                                                  keys the user trusts

Everything is read by the same loader as the bundled content (problems as file:line, a broken
file is skipped and never stops the rest). The bundled files are never written. A user document
may not reuse the id of a bundled one, except in a pack signed by a trusted key that brings a
newer version of it (a later `reviewed` date and a `changes:` entry saying what changed)."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import platformdirs

from content.digest import content_hash
from content.model import Article, Case, Document, KnowledgeBase, LoadResult, Origin, Problem
from content.paths import CONTENT_DIR

if TYPE_CHECKING:
    from content.packs.signing import TrustedKey

APP_NAME = "prepoznaj"
PACKS_DIR = "packs"
TRUSTED_KEYS_FILE = "trusted_keys.yaml"
USER_PATTERNS = (
    "guidance/*/*.md",
    "cases/*.md",
    TRUSTED_KEYS_FILE,
    f"{PACKS_DIR}/*/manifest.json",
    f"{PACKS_DIR}/*/signature",
    f"{PACKS_DIR}/*/guidance/*/*.md",
    f"{PACKS_DIR}/*/cases/*.md",
)

_D = TypeVar("_D", bound=Document)


def default_user_dir() -> Path:
    """`content` in the user data folder (the folder can be moved with PREPOZNAJ_DATA_DIR, as the
    app's other data)."""
    env = os.environ.get("PREPOZNAJ_DATA_DIR")
    base = Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base / "content"


def user_content_hash(user_dir: Path) -> str:
    """A digest of every file the user content folder contributes (own content, packs, trusted keys)."""
    digest = hashlib.sha256()
    if user_dir.is_dir():
        files = {p for pattern in USER_PATTERNS for p in user_dir.glob(pattern) if p.is_file()}
        for path in sorted(files):
            digest.update(path.relative_to(user_dir).as_posix().encode())
            digest.update(b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError as exc:  # the loader reports the file; the digest only has to differ
                digest.update(f"unreadable: {exc}".encode())
            digest.update(b"\0")
    return digest.hexdigest()


def combined_digest(root: Path, user_dir: Path | None) -> str:
    """The knowledge base's digest: the bundled content's, combined with the user content's when
    a user folder is merged in. The search index and the cache are keyed by it, so they are rebuilt
    whenever either changes."""
    bundled = content_hash(root)
    return bundled if user_dir is None else with_user_content(bundled, user_dir)


def with_user_content(bundled_digest: str, user_dir: Path) -> str:
    return hashlib.sha256(f"{bundled_digest}\0user\0{user_content_hash(user_dir)}".encode()).hexdigest()


def trusted_key_files(root: Path, user_dir: Path | None) -> list[Path]:
    files = [root / TRUSTED_KEYS_FILE]
    if user_dir is not None:
        files.append(user_dir / TRUSTED_KEYS_FILE)
    return files


@dataclass(frozen=True)
class Layer:
    """A folder of articles and cases merged over the bundled ones, with the origin its documents get."""

    folder: Path  # holds guidance/ and cases/
    origin: Origin
    trusted: bool  # signed by a trusted key: may bring newer versions of bundled documents


def load_with_user_content(root: Path = CONTENT_DIR, user_dir: Path | None = None) -> LoadResult:
    """The bundled knowledge base with the user content folder merged in (the app's entry point)."""
    from content.loader import load_knowledge_base

    base = load_knowledge_base(root)
    if user_dir is None:
        return base
    return merge_user_content(base, user_dir)


def installed_pack_layer(pack_dir: Path, trusted: Mapping[bytes, TrustedKey]) -> tuple[Layer | None, list[Problem]]:
    """An installed pack as a layer: its manifest is read again and its files and signature checked
    again, so a pack changed on disk after installation (or whose key is no longer trusted) loses
    its trust, and is loaded as unsigned."""
    from content.packs.manifest import MANIFEST, SIGNATURE, parse_manifest
    from content.packs.signing import check_signature

    problems: list[Problem] = []
    try:
        manifest_bytes = (pack_dir / MANIFEST).read_bytes()
    except OSError:
        return None, [Problem(pack_dir / MANIFEST, 1, "installed pack without manifest.json: skipped")]
    manifest, manifest_problems = parse_manifest(manifest_bytes)
    problems += [Problem(pack_dir / p.file, p.line or 1, p.message) for p in manifest_problems]
    if manifest is None:
        return None, problems
    if manifest.id != pack_dir.name:
        problems.append(
            Problem(pack_dir / MANIFEST, 1, f"the pack's id '{manifest.id}' does not match its folder: skipped")
        )
        return None, problems
    intact = True
    on_disk = {
        p.relative_to(pack_dir).as_posix()
        for pattern in ("guidance/*/*.md", "cases/*.md")
        for p in pack_dir.glob(pattern)
    }
    for name in sorted(on_disk | set(manifest.files)):
        path = pack_dir / name
        if name not in manifest.files:
            problems.append(Problem(path, 1, "not listed in the pack's manifest (added after installation?)"))
            intact = False
        elif name not in on_disk or _file_digest(path) != manifest.files[name]:
            problems.append(
                Problem(path, 1, "changed since the pack was installed (its SHA-256 differs from the manifest)")
            )
            intact = False
    signature_path = pack_dir / SIGNATURE
    try:
        raw_signature: bytes | None = signature_path.read_bytes()
    except FileNotFoundError:
        raw_signature = None
    except OSError as exc:
        problems.append(Problem(signature_path, 1, f"cannot be read ({exc.strerror or exc})"))
        raw_signature = b""
    check = check_signature(raw_signature, manifest_bytes, dict(trusted))
    problems += [Problem(signature_path, 1, f"{p.message}; the pack is loaded as unsigned") for p in check.problems]
    key = check.key if intact else None
    if check.key is not None and not intact:
        problems.append(Problem(pack_dir / MANIFEST, 1, "the pack was changed after installation: loaded as unsigned"))
    origin = Origin(
        kind="pack",
        pack_id=manifest.id,
        pack_title=manifest.title,
        pack_version=manifest.version,
        pack_created=manifest.created,
        signer=key.id if key else "",
        signer_name=key.name if key else Origin().signer_name,
    )
    return Layer(pack_dir, origin, trusted=key is not None), problems


def user_layers(
    user_dir: Path, trusted: Mapping[bytes, TrustedKey], exclude_packs: Iterable[str] = ()
) -> tuple[list[Layer], list[Problem]]:
    """The installed packs (in the order of their ids), then the user's own content."""
    layers: list[Layer] = []
    problems: list[Problem] = []
    packs = user_dir / PACKS_DIR
    excluded = set(exclude_packs)
    if packs.is_dir():
        for pack_dir in sorted(packs.iterdir()):
            if pack_dir.name.startswith(".") or not pack_dir.is_dir() or pack_dir.name in excluded:
                continue
            layer, found = installed_pack_layer(pack_dir, trusted)
            problems += found
            if layer is not None:
                layers.append(layer)
    layers.append(Layer(user_dir, Origin(kind="user"), trusted=False))
    return layers, problems


def merge_user_content(
    base: LoadResult,
    user_dir: Path,
    *,
    extra_layers: Sequence[Layer] = (),
    exclude_packs: Iterable[str] = (),
) -> LoadResult:
    """`base` (the bundled knowledge base) with the user folder's packs and own content merged in,
    then `extra_layers` (a pack being checked before installation)."""
    from content.packs.signing import load_trusted_keys

    kb = base.kb
    problems = list(base.problems)
    keys, key_problems = load_trusted_keys(trusted_key_files(kb.root, user_dir))
    problems += [Problem(Path(p.file), p.line or 1, p.message) for p in key_problems]
    layers, layer_problems = user_layers(user_dir, keys, exclude_packs)
    problems += layer_problems
    articles, cases = merge_layers(kb, [*layers, *extra_layers], problems)
    merged = replace(
        kb,
        articles=articles,
        cases=cases,
        digest=with_user_content(kb.digest, user_dir),
        user_dir=user_dir.resolve(),
    )
    merged = replace(merged, version=f"{kb.version.partition('+')[0]}+{merged.digest[:8]}")
    return LoadResult(kb=merged, problems=problems)


def merge_layers(
    kb: KnowledgeBase, layers: Sequence[Layer], problems: list[Problem]
) -> tuple[dict[str, dict[str, Article]], dict[str, dict[str, Case]]]:
    from content.loader import _load_articles, _load_cases, _Reporter

    articles = {k: dict(v) for k, v in kb.articles.items()}
    cases = {k: dict(v) for k, v in kb.cases.items()}
    owner: dict[str, Path] = {}  # id -> the layer folder that brought it (absent: bundled)
    recordable = kb.recordable_ids()
    for layer in layers:
        report = _Reporter()
        layer_articles = _load_articles(layer.folder / "guidance", report, dict(kb.topics), dict(kb.jurisdictions))
        layer_cases = _load_cases(layer.folder / "cases", report, recordable)
        problems += report.problems
        _merge_kind(layer, "article", layer_articles, articles, cases, owner, problems)
        _merge_kind(layer, "case", layer_cases, cases, articles, owner, problems)
    return articles, cases


def _merge_kind(
    layer: Layer,
    kind: str,
    loaded: dict[str, dict[str, _D]],
    target: dict[str, dict[str, _D]],
    other: dict[str, dict[str, Article]] | dict[str, dict[str, Case]],
    owner: dict[str, Path],
    problems: list[Problem],
) -> None:
    for doc_id, versions in loaded.items():
        first = versions.get("en") or next(iter(versions.values()))
        if doc_id in other:
            where = next(iter(other[doc_id].values())).path
            problems.append(
                Problem(first.path, _field_line(first.path, "id"), f"duplicate id '{doc_id}' (also used by {where})")
            )
            continue
        if doc_id not in target:
            target[doc_id] = {lang: replace(doc, origin=layer.origin) for lang, doc in versions.items()}
            owner[doc_id] = layer.folder
            continue
        existing = target[doc_id]
        if doc_id in owner:
            where = next(iter(existing.values())).path
            problems.append(
                Problem(first.path, _field_line(first.path, "id"), f"duplicate id '{doc_id}' (also in {where})")
            )
            continue
        found = _update_problems(layer, kind, doc_id, existing, versions)
        if found:
            problems += found
            continue
        update = replace(layer.origin, updates_bundled=True)
        merged = dict(existing)
        for lang, doc in versions.items():
            merged[lang] = replace(doc, origin=update)
        target[doc_id] = merged
        owner[doc_id] = layer.folder


def _update_problems(
    layer: Layer, kind: str, doc_id: str, bundled: dict[str, _D], versions: dict[str, _D]
) -> list[Problem]:
    """Why these documents may not replace the bundled ones with the same id (none when they may)."""
    found: list[Problem] = []
    for lang, doc in versions.items():
        old = bundled.get(lang) or bundled.get("en") or next(iter(bundled.values()))
        if not layer.trusted:
            found.append(
                Problem(
                    doc.path,
                    _field_line(doc.path, "id"),
                    f"id '{doc_id}' is already used by the bundled {kind} {old.path.name}: only a pack signed by a "
                    "trusted key may bring a newer version of it; give this one its own id",
                )
            )
            break
        if old.reviewed is not None and (doc.reviewed is None or doc.reviewed <= old.reviewed):
            found.append(
                Problem(
                    doc.path,
                    _field_line(doc.path, "reviewed"),
                    f"an update of the bundled {kind} '{doc_id}' must be newer: its 'reviewed' "
                    f"({doc.reviewed}) is not later than the bundled one's ({old.reviewed})",
                )
            )
        elif old.reviewed is not None and not any(note.date > old.reviewed for note in doc.changes):
            found.append(
                Problem(
                    doc.path,
                    _field_line(doc.path, "reviewed"),
                    f"an update of the bundled {kind} '{doc_id}' must say what changed: add a 'changes:' entry "
                    f"dated after {old.reviewed.isoformat()}",
                )
            )
    return found


def _file_digest(path: Path) -> str:
    """SHA-256 of a file ("" when it cannot be read: it then matches no manifest entry)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _field_line(path: Path, key: str) -> int:
    """The line of `key:` in a document's front matter (1 when it cannot be found)."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return 1
    pattern = re.compile(rf"^{re.escape(key)}\s*:")
    return next((i for i, line in enumerate(lines, 1) if pattern.match(line)), 1)


def has_user_content(user_dir: Path) -> bool:
    """Whether the user content folder holds anything the loader would read (own content, packs,
    trusted keys). Without any, the knowledge base is the bundled one, digest and all."""
    return user_dir.is_dir() and any(p.is_file() for pattern in USER_PATTERNS for p in user_dir.glob(pattern))
