"""A cache of the loaded knowledge base, so that a start with unchanged content skips parsing YAML
and front matter: a pickle in the user cache folder, keyed by the content digest.

The key also covers the content folder's location, the code that builds the model (a changed
dataclass must never meet an old pickle) and the Python version. A cache that is missing, stale,
unreadable or damaged is ignored and rewritten; the cache can only ever make loading faster,
never different. Only the app's own cache folder is read: a pickle is trusted as much as the
user's own files (like the search index, whose schema Whoosh pickles too)."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from content.digest import content_hash
from content.model import LoadResult

log = logging.getLogger(__name__)

CACHE_FILENAME = "knowledge-base.pickle"
CACHE_FORMAT = 2  # bump when the file layout below changes (2: the assessment part pickled apart)
_CODE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class CachedLoad:
    result: LoadResult
    from_cache: bool
    digest: str


def code_fingerprint() -> str:
    """Changes whenever any module of the content package changes (size or modification time)."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}".encode())
    if getattr(sys, "frozen", False):
        # The desktop bundle: the modules are inside the program file, which every build changes.
        stat = Path(sys.executable).stat()
        digest.update(f"frozen\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    # os.walk rather than Path.rglob: the same files, in a third of the time (it is on the way to
    # every start; the folder holds the content's data files too).
    modules: list[tuple[str, str]] = []
    for folder, subfolders, files in os.walk(_CODE_DIR):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        where = Path(folder).relative_to(_CODE_DIR)
        modules += [((where / name).as_posix(), os.path.join(folder, name)) for name in files if name.endswith(".py")]
    for relative, path in sorted(modules):
        stat = os.stat(path)
        digest.update(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def cache_key(root: Path, digest: str, user_dir: Path | None = None) -> str:
    where = f"{root.resolve()}\0{user_dir.resolve() if user_dir is not None else ''}"
    return hashlib.sha256(f"{where}\0{digest}\0{code_fingerprint()}".encode()).hexdigest()


def read_cache(path: Path, key: str) -> LoadResult | None:
    """The cached load for `key`, or None when there is none or it cannot be trusted."""
    try:
        with path.open("rb") as handle:
            stored_key, result = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 (a damaged pickle can fail in any way; it is only a cache)
        log.warning("ignoring the damaged knowledge-base cache %s (%s: %s)", path, type(exc).__name__, exc)
        return None
    if stored_key != key:
        return None
    if not isinstance(result, LoadResult):
        log.warning("ignoring the knowledge-base cache %s: unexpected contents", path)
        return None
    return result


def write_cache(path: Path, key: str, result: LoadResult) -> None:
    """Write atomically (a crash mid-write leaves the old file or none, never half a file)."""
    import tempfile  # only when the cache is written (about 5 ms of imports a start need not pay)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".kb-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                # The rule sets and decision trees are unpickled when first used, not at every start.
                stored = LoadResult(result.kb.with_assessment_pickled(), result.problems)
                pickle.dump((key, stored), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError, RecursionError) as exc:
        log.warning("could not write the knowledge-base cache %s (%s)", path, exc)


def load_knowledge_base_cached(root: Path, cache_dir: Path | None, user_dir: Path | None = None) -> CachedLoad:
    """Like content.loader.load_knowledge_base (with `user_dir`: like
    content.user_content.load_with_user_content), from the cache when nothing changed. With a user
    folder the digest covers its files too, so a change there (a new case, an installed or removed
    pack, a trusted key) reloads, and the search index keyed by the same digest is rebuilt."""
    root = root.resolve()
    if user_dir is None:
        digest = content_hash(root)
    else:
        from content.user_content import combined_digest

        digest = combined_digest(root, user_dir)
    if cache_dir is not None:
        path = cache_dir / CACHE_FILENAME
        key = cache_key(root, digest, user_dir)
        cached = read_cache(path, key)
        if cached is not None and cached.kb.digest == digest:
            return CachedLoad(cached, from_cache=True, digest=digest)
    if user_dir is None:
        from content.loader import load_knowledge_base

        result = load_knowledge_base(root)
    else:
        from content.user_content import load_with_user_content

        result = load_with_user_content(root, user_dir)
    if cache_dir is not None:
        # Keyed by what the loader actually read (the files may have changed since we hashed).
        write_cache(cache_dir / CACHE_FILENAME, cache_key(root, result.kb.digest, user_dir), result)
    return CachedLoad(result, from_cache=False, digest=result.kb.digest)
