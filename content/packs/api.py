"""What the app and the command line do with packs: inspect (verify), install, list, remove, build.

Installation is all or nothing: the pack is read with every limit enforced, its files are written
to a staging folder inside the user content folder, loaded there by the real loader together with
the bundled and user content (so clashes, unknown indicators and broken links are found), and only
when nothing is wrong is the staged folder moved into `packs/<id>` with one rename. A refused pack
leaves the user folder exactly as it was."""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from content.checks import check_document_links
from content.digest import content_hash
from content.model import Article, Case, ChangeNote, LoadResult, LocalText, Origin, Problem
from content.packs.archive import CONTENT_NAME, read_archive
from content.packs.manifest import (
    MANIFEST,
    PACK_ID,
    SIGNATURE,
    Manifest,
    app_version,
    canonical_bytes,
    parse_manifest,
    sha256,
    version_tuple,
)
from content.packs.problems import PackProblem
from content.packs.signing import TrustedKey, check_signature, load_trusted_keys, sign_manifest
from content.paths import CONTENT_DIR
from content.user_content import PACKS_DIR, Layer, installed_pack_layer, merge_user_content, trusted_key_files


@dataclass(frozen=True)
class PackItem:
    """One article or case of a pack, and what installing it does."""

    kind: str  # article | case
    id: str
    title: str  # the English title (or the only one)
    languages: tuple[str, ...]
    action: str  # "add" (new content) | "update" (a newer version of a bundled document)
    files: tuple[str, ...]  # names inside the pack
    changes: tuple[ChangeNote, ...] = ()  # an update's `changes:` entries, newest first (what it changes)


@dataclass(frozen=True)
class PackReport:
    """Everything the app shows before installing a pack (File ▸ Import Pack…)."""

    source: Path
    manifest: Manifest | None
    signed: bool  # the pack carries a signature file
    signer: TrustedKey | None  # the trusted key that signed it; None when unsigned or refused
    items: tuple[PackItem, ...] = ()
    problems: tuple[PackProblem, ...] = ()
    installed_version: str | None = None  # the version of this pack already installed, if any

    @property
    def ok(self) -> bool:
        return not self.problems

    def signer_text(self, lang: str = "en") -> str:
        if self.signer is not None:
            word = "ključ" if lang == "sr" else "key"
            return f"{self.signer.name.get(lang)} ({word} {self.signer.id}, {self.signer.fingerprint})"
        return "nepotpisan" if lang == "sr" else "unsigned"

    def summary(self) -> list[str]:
        lines: list[str] = []
        m = self.manifest
        if m is not None:
            lines.append(f"pack {m.id} version {m.version}: {m.title}")
            lines.append(f"author {m.author}, created {m.created}, languages {', '.join(m.languages)}")
            lines.append(f"needs app version {m.min_app_version} or later (this is {app_version()})")
        lines.append(f"signed by: {self.signer_text()}")
        if self.installed_version is not None:
            lines.append(f"version {self.installed_version} of this pack is installed")
        adds = sum(1 for i in self.items if i.action == "add")
        updates = [i for i in self.items if i.action == "update"]
        lines.append(f"adds {adds} document(s), updates {len(updates)} bundled document(s)")
        for item in self.items:
            lines.append(f"  {item.action} {item.kind} {item.id} [{', '.join(item.languages)}]: {item.title}")
            lines += [f"    {note.date.isoformat()}: {note.text.en}" for note in item.changes]
        return lines


@dataclass(frozen=True)
class InstalledPack:
    id: str
    title: str
    version: str
    author: str
    created: str
    signer: TrustedKey | None
    path: Path
    documents: int
    problems: tuple[Problem, ...] = field(default=())


class PackRefusedError(Exception):
    """Installing or building was refused; the report names every problem."""

    def __init__(self, report: PackReport) -> None:
        super().__init__("; ".join(p.format() for p in report.problems))
        self.report = report


class PackError(Exception):
    """A pack operation that cannot be done (e.g. removing a pack that is not installed)."""


# --- the bundled knowledge base, loaded once per process -----------------------------------

_BASE: dict[Path, tuple[str, LoadResult]] = {}


def _bundled(root: Path) -> LoadResult:
    from content.loader import load_knowledge_base

    root = root.resolve()
    digest = content_hash(root)
    cached = _BASE.get(root)
    if cached is None or cached[0] != digest:
        cached = (digest, load_knowledge_base(root))
        _BASE[root] = cached
    return LoadResult(kb=cached[1].kb, problems=list(cached[1].problems))


def trusted_keys(content_root: Path = CONTENT_DIR, user_dir: Path | None = None) -> dict[bytes, TrustedKey]:
    keys, _ = load_trusted_keys(trusted_key_files(content_root.resolve(), user_dir))
    return keys


# --- inspect -------------------------------------------------------------------------------


def inspect(
    path: Path,
    user_dir: Path | None = None,
    *,
    content_root: Path = CONTENT_DIR,
    extra_keys: Mapping[bytes, TrustedKey] | None = None,
) -> PackReport:
    """Read and check a pack without installing it: every problem, its signer, what it adds or
    updates. With `user_dir`, clashes with the content already there are problems too, and the
    keys the user trusts count. `extra_keys` are trusted for this check only (`build_pack` checks
    a pack it signs with its own key)."""
    with tempfile.TemporaryDirectory(prefix="prepoznaj-pack-") as staging:
        report, _ = _examine(path, user_dir, content_root, Path(staging), extra_keys or {})
    return report


def _examine(
    path: Path,
    user_dir: Path | None,
    content_root: Path,
    staging: Path,
    extra_keys: Mapping[bytes, TrustedKey],
) -> tuple[PackReport, Path]:
    """The report, and the folder inside `staging` holding the pack's files as they would be installed."""
    archive = read_archive(path)
    problems = list(archive.problems)
    files = archive.files
    manifest: Manifest | None = None
    manifest_bytes = files.get(MANIFEST)
    if manifest_bytes is None and not archive.unreadable:
        problems.append(PackProblem(MANIFEST, 0, "missing: every pack needs a manifest (see `pack build`)"))
    elif manifest_bytes is not None:
        manifest, found = parse_manifest(manifest_bytes)
        problems += found
    content = {name: data for name, data in files.items() if CONTENT_NAME.match(name)}
    if manifest is not None:
        problems += _digest_problems(manifest, content, set(files))
        needed = manifest.min_app_version
        if version_tuple(needed) > version_tuple(app_version()):
            problems.append(
                PackProblem(
                    MANIFEST,
                    1,
                    f"the pack needs app version {needed} or later; this is {app_version()}: update the app",
                )
            )
    root = content_root.resolve()
    keys, _ = load_trusted_keys(trusted_key_files(root, user_dir))  # a broken file is shown by `content check`
    keys = {**keys, **extra_keys}
    signed = SIGNATURE in files
    signer: TrustedKey | None = None
    if signed and manifest_bytes is None:
        problems.append(PackProblem(SIGNATURE, 0, "a signature without a manifest.json to sign"))
    elif manifest_bytes is not None:
        check = check_signature(files.get(SIGNATURE), manifest_bytes, keys)
        problems += check.problems
        signer = check.key
    installed_version = None
    if manifest is not None and user_dir is not None:
        installed = _installed_manifest(user_dir / PACKS_DIR / manifest.id)
        installed_version = installed.version if installed else None

    folder = staging / (manifest.id if manifest is not None else "pack")
    items: list[PackItem] = []
    if not archive.unreadable:
        folder.mkdir(parents=True)
        for name, data in files.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        intact = not any(p.file in content or p.file == MANIFEST for p in problems)
        trusted = signer is not None and intact
        origin = _origin(manifest, signer if trusted else None)
        items, load_problems = _load_staged(folder, origin, trusted, user_dir, root, manifest)
        problems += load_problems
    report = PackReport(
        source=path,
        manifest=manifest,
        signed=signed,
        signer=signer,
        items=tuple(items),
        problems=tuple(problems),
        installed_version=installed_version,
    )
    return report, folder


def _digest_problems(manifest: Manifest, content: dict[str, bytes], present: set[str]) -> list[PackProblem]:
    problems: list[PackProblem] = []
    for name, digest in sorted(manifest.files.items()):
        if not CONTENT_NAME.match(name):
            problems.append(PackProblem(MANIFEST, 1, f"'files' lists '{name}', which is no article or case"))
        elif name not in content:
            if name not in present:
                problems.append(PackProblem(name, 0, "listed in manifest.json but not in the pack"))
        elif sha256(content[name]) != digest:
            problems.append(
                PackProblem(name, 0, "its SHA-256 does not match manifest.json (changed after the pack was built?)")
            )
    for name in sorted(content):
        if name not in manifest.files:
            problems.append(PackProblem(name, 0, "not listed in manifest.json"))
        lang = "sr" if name.endswith(".sr.md") else "en"
        if lang not in manifest.languages:
            problems.append(
                PackProblem(name, 0, f"a '{lang}' file, but the manifest's languages are {list(manifest.languages)}")
            )
    return problems


def _origin(manifest: Manifest | None, signer: TrustedKey | None) -> Origin:
    if manifest is None:
        return Origin(kind="pack")
    return Origin(
        kind="pack",
        pack_id=manifest.id,
        pack_title=manifest.title,
        pack_version=manifest.version,
        pack_created=manifest.created,
        signer=signer.id if signer else "",
        signer_name=signer.name if signer else LocalText(),
    )


def _load_staged(
    folder: Path,
    origin: Origin,
    trusted: bool,
    user_dir: Path | None,
    root: Path,
    manifest: Manifest | None,
) -> tuple[list[PackItem], list[PackProblem]]:
    """Load the staged pack with the real loader over the bundled (and user) content; keep the
    problems that are in the pack's files, named by their place inside the pack."""
    base = _bundled(root)
    exclude = {manifest.id} if manifest is not None else set()
    layer = Layer(folder, origin, trusted)
    if user_dir is not None:
        merged = merge_user_content(base, user_dir, extra_layers=[layer], exclude_packs=exclude)
    else:
        with tempfile.TemporaryDirectory(prefix="prepoznaj-empty-") as empty:
            merged = merge_user_content(base, Path(empty), extra_layers=[layer])
    staged = folder.resolve()
    every: list[Article | Case] = [*merged.kb.iter_articles(), *merged.kb.iter_cases()]
    documents = [doc for doc in every if doc.path.resolve().is_relative_to(staged)]
    raw = merged.problems + check_document_links(merged.kb, documents)
    problems = [
        PackProblem(p.path.resolve().relative_to(staged).as_posix(), p.line, p.message)
        for p in raw
        if p.path.resolve().is_relative_to(staged)
    ]
    items: dict[tuple[str, str], list] = {}
    for doc in documents:
        kind = "case" if doc.id in merged.kb.cases else "article"
        items.setdefault((kind, doc.id), []).append(doc)
    result = []
    for (kind, doc_id), docs in sorted(items.items()):
        docs.sort(key=lambda d: d.lang != "en")
        result.append(
            PackItem(
                kind=kind,
                id=doc_id,
                title=docs[0].title,
                languages=tuple(d.lang for d in docs),
                action="update" if docs[0].origin.updates_bundled else "add",
                files=tuple(d.path.resolve().relative_to(staged).as_posix() for d in docs),
                changes=docs[0].changes if docs[0].origin.updates_bundled else (),
            )
        )
    return result, problems


def _installed_manifest(pack_dir: Path) -> Manifest | None:
    try:
        return parse_manifest((pack_dir / MANIFEST).read_bytes())[0]
    except OSError:
        return None


# --- install, remove, list -----------------------------------------------------------------


def install(
    path: Path, user_dir: Path, *, allow_unsigned: bool = False, content_root: Path = CONTENT_DIR
) -> PackReport:
    """Install the pack into `user_dir/packs/<id>`, all or nothing. Raises PackRefusedError (with every
    problem) and leaves the user folder as it was when anything is wrong, when the pack is not
    signed by a trusted key and `allow_unsigned` is false, or when the same or a newer version of
    it is installed."""
    created = not user_dir.exists()
    user_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=user_dir))
    try:
        report, folder = _examine(path, user_dir, content_root, staging, {})
        extra: list[PackProblem] = []
        manifest = report.manifest
        if report.ok and report.signer is None and not allow_unsigned:
            extra.append(
                PackProblem(
                    path.name,
                    0,
                    "the pack is not signed by a trusted key: install it only if you trust where it came from "
                    "(--allow-unsigned); it can then only add content, marked unsigned",
                )
            )
        installed = report.installed_version
        if (
            manifest is not None
            and installed is not None
            and version_tuple(manifest.version) <= version_tuple(installed)
        ):
            extra.append(
                PackProblem(
                    MANIFEST,
                    1,
                    f"version {installed} of pack '{manifest.id}' is already installed; only a newer version "
                    "replaces it (remove it first to go back)",
                )
            )
        if extra:
            report = PackReport(**{**report.__dict__, "problems": report.problems + tuple(extra)})
        if not report.ok or manifest is None:
            raise PackRefusedError(report)
        packs = user_dir / PACKS_DIR
        packs.mkdir(exist_ok=True)
        target = packs / manifest.id
        if target.exists():
            old = staging / ".replaced"
            os.replace(target, old)
            try:
                os.replace(folder, target)
            except OSError:
                os.replace(old, target)
                raise
        else:
            os.replace(folder, target)
        return report
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if created and not any(user_dir.iterdir()):
            user_dir.rmdir()


def remove(pack_id: str, user_dir: Path) -> InstalledPack:
    """Remove an installed pack (one rename, then the files are deleted). Raises PackError when no
    such pack is installed."""
    if not PACK_ID.match(pack_id):
        raise PackError(f"'{pack_id}' is no pack id (lowercase kebab-case)")
    target = user_dir / PACKS_DIR / pack_id
    if not (target / MANIFEST).is_file():
        raise PackError(f"no pack '{pack_id}' is installed in {user_dir}")
    info = _describe(target, {})
    trash = Path(tempfile.mkdtemp(prefix=".removing-", dir=user_dir))
    os.replace(target, trash / pack_id)
    shutil.rmtree(trash, ignore_errors=True)
    return info


def list_installed(user_dir: Path, *, content_root: Path = CONTENT_DIR) -> list[InstalledPack]:
    """The installed packs, by id, each with its signer as checked now (None: unsigned, or no
    longer trusted, or changed on disk) and the problems found reading it."""
    packs = user_dir / PACKS_DIR
    if not packs.is_dir():
        return []
    keys = trusted_keys(content_root, user_dir)
    return [
        _describe(p, keys)
        for p in sorted(packs.iterdir())
        if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).is_file()
    ]


def _describe(pack_dir: Path, keys: dict[bytes, TrustedKey]) -> InstalledPack:
    layer, problems = installed_pack_layer(pack_dir, keys)
    manifest = _installed_manifest(pack_dir)
    documents = len([*pack_dir.glob("guidance/*/*.md"), *pack_dir.glob("cases/*.md")])
    signer = None
    if layer is not None and layer.trusted:
        signer = next((k for k in keys.values() if k.id == layer.origin.signer), None)
    return InstalledPack(
        id=pack_dir.name,
        title=manifest.title if manifest else "",
        version=manifest.version if manifest else "",
        author=manifest.author if manifest else "",
        created=manifest.created if manifest else "",
        signer=signer,
        path=pack_dir,
        documents=documents,
        problems=tuple(problems),
    )


# --- build ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackMeta:
    id: str
    title: str
    version: str
    author: str
    created: str = ""  # default: today
    min_app_version: str = ""  # default: this app's version


def build_pack(
    source: Path,
    out: Path,
    meta: PackMeta,
    *,
    key_file: Path | None = None,
    content_root: Path = CONTENT_DIR,
) -> PackReport:
    """Pack `source/guidance/<jurisdiction>/*.md` and `source/cases/*.md` into `out` with a manifest
    (signed with the private key in `key_file`, if given). The result is verified before `out` is
    written; raises PackRefusedError (and writes nothing) when the pack would not verify, ValueError for
    a bad key file."""
    from content.packs.signing import load_private_key, public_bytes

    key = load_private_key(key_file) if key_file is not None else None
    own: dict[bytes, TrustedKey] = {}
    if key is not None and key_file is not None:
        public = public_bytes(key.public_key())
        own[public] = TrustedKey("signing-key", LocalText(f"the key in {key_file.name}"), public, key_file)
    names = sorted(
        p.relative_to(source).as_posix()
        for pattern in ("guidance/*/*.md", "cases/*.md")
        for p in source.glob(pattern)
        if p.is_file()
    )
    contents = {name: (source / name).read_bytes() for name in names}
    languages = sorted({"sr" if n.endswith(".sr.md") else "en" for n in names}, key=("en", "sr").index)
    manifest = {
        "format": 1,
        "id": meta.id,
        "title": meta.title,
        "version": meta.version,
        "languages": languages,
        "author": meta.author,
        "created": meta.created or date.today().isoformat(),
        "min_app_version": meta.min_app_version or app_version(),
        "files": [{"path": name, "sha256": sha256(data)} for name, data in contents.items()],
    }
    manifest_bytes = canonical_bytes(manifest)
    entries = {MANIFEST: manifest_bytes, **contents}
    if key is not None:
        entries[SIGNATURE] = sign_manifest(manifest_bytes, key)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".pack-", suffix=".zip", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        stamp = _zip_time(str(manifest["created"]))
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in sorted(entries, key=lambda n: (n != MANIFEST, n != SIGNATURE, n)):
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16
                archive.writestr(info, entries[name])
        report = inspect(tmp, content_root=content_root, extra_keys=own)
        problems = report.problems
        if not names:
            empty = PackProblem(
                str(source), 0, "no articles or cases to pack (guidance/<jurisdiction>/*.md, cases/*.md)"
            )
            problems = (*problems, empty)
        report = PackReport(**{**report.__dict__, "source": out, "problems": problems})
        if not report.ok:
            raise PackRefusedError(report)
        os.replace(tmp, out)
        return report
    finally:
        tmp.unlink(missing_ok=True)


def _zip_time(created: str) -> tuple[int, int, int, int, int, int]:
    try:
        day = date.fromisoformat(created)
    except ValueError:
        day = date.today()
    return (max(day.year, 1980), day.month, day.day, 0, 0, 0)
