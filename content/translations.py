"""Keeping translations in step with their originals.

A translated file (usually `<slug>.sr.md`, or the English `<slug>.md` when the Serbian text is the
original) records which version of its original it translates, in its front matter:

    translation_of:
      lang: en            # the language of the original
      digest: 3f5a…       # `document_digest` of the original when the translation was last made
      date: 2026-12-07    # when it was marked

`python -m content translations --mark FILE` writes that block. `content check` then reports a
translation whose original has changed since as *behind its original* (a warning; an error under
`--strict`). The digest covers what a translator translates — the body and the front matter —
but not the bookkeeping fields (`reviewed`, `changes`, `translation_of`), so moving a review date
does not make every translation look stale, nor the `sources` list: each language cites its
sources in its own citation style ("arts 168-170" / "čl. 168–170"), and the citation check
verifies the Serbian-law entries of both files against the official texts on their own.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from content.frontmatter import FrontMatterError, split_front_matter
from content.model import Article, Case, KnowledgeBase, Problem

MARK_KEY = "translation_of"
# Bookkeeping fields: changing them does not change what a translator has to translate.
_NOT_TRANSLATED = frozenset({"reviewed", "changes", "sources", MARK_KEY})

State = Literal["in-step", "behind", "unmarked", "untranslated"]


@dataclass(frozen=True)
class Mark:
    lang: str
    digest: str
    date: date | None
    line: int  # line of the `translation_of` key in the translated file


@dataclass(frozen=True)
class TranslationStatus:
    doc_id: str
    kind: str  # article | case
    original: Path
    original_lang: str
    translation: Path | None  # None: the document exists in one language only
    state: State
    original_reviewed: date | None
    line: int = 1  # where a problem is reported in the translation


def _plain(value: Any) -> Any:
    """YAML values (LineDict, dates) as JSON-stable plain data."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def digest_of_text(text: str) -> str:
    """The digest of a document's translatable content (see the module doc)."""
    doc = split_front_matter(text)
    meta = {k: _plain(v) for k, v in doc.meta.items() if k not in _NOT_TRANSLATED}
    body = "\n".join(line.rstrip() for line in doc.body.strip().splitlines())
    payload = json.dumps({"meta": meta, "body": body}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def document_digest(path: Path) -> str:
    return digest_of_text(path.read_text(encoding="utf-8"))


def read_mark(path: Path) -> Mark | None:
    """The `translation_of` block of `path`, or None when it has none (or it is malformed)."""
    try:
        doc = split_front_matter(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, FrontMatterError):
        return None
    raw = doc.meta.get(MARK_KEY)
    if not isinstance(raw, dict):
        return None
    lang, digest = str(raw.get("lang", "")), str(raw.get("digest", ""))
    if lang not in ("en", "sr") or not re.fullmatch(r"[0-9a-f]{64}", digest):
        return None
    when = raw.get("date")
    if not isinstance(when, date):
        try:
            when = date.fromisoformat(str(when))
        except ValueError:
            when = None
    return Mark(lang, digest, when, doc.meta.line_of(MARK_KEY))


def _pair_status(doc_id: str, kind: str, versions: Mapping[str, Article | Case]) -> TranslationStatus:
    if len(versions) < 2:
        only = next(iter(versions.values()))
        return TranslationStatus(doc_id, kind, only.path, only.lang, None, "untranslated", only.reviewed)
    en, sr = versions["en"], versions["sr"]
    # The file that carries a mark is the translation; by default the Serbian one.
    en_mark, sr_mark = read_mark(en.path), read_mark(sr.path)
    found: Mark | None
    if en_mark is not None and en_mark.lang == "sr" and sr_mark is None:
        original, translation, found = sr, en, en_mark
    else:
        original, translation, found = en, sr, sr_mark
    if found is None:
        return TranslationStatus(
            doc_id, kind, original.path, original.lang, translation.path, "unmarked", original.reviewed
        )
    state: State = "in-step" if found.digest == document_digest(original.path) else "behind"
    return TranslationStatus(
        doc_id, kind, original.path, original.lang, translation.path, state, original.reviewed, found.line
    )


def translation_statuses(kb: KnowledgeBase) -> list[TranslationStatus]:
    """The state of every article and case: in step, behind, unmarked, or in one language only."""
    statuses = [_pair_status(i, "article", v) for i, v in sorted(kb.articles.items())]
    statuses += [_pair_status(i, "case", v) for i, v in sorted(kb.cases.items())]
    return statuses


_LANG_NAME = {"en": "English", "sr": "Serbian"}


def check_translations(kb: KnowledgeBase) -> list[Problem]:
    """Warnings for translations that are behind their original or carry no mark."""
    problems = []
    for status in translation_statuses(kb):
        if status.translation is None:
            continue
        original = _LANG_NAME[status.original_lang]
        if status.state == "behind":
            when = status.original_reviewed.isoformat() if status.original_reviewed else "?"
            problems.append(
                Problem(
                    status.translation,
                    status.line,
                    f"translation is behind its {original} original {status.original.name} (reviewed {when}); "
                    f"update it, then run `python -m content translations --mark {status.translation.name}`",
                    severity="warning",
                )
            )
        elif status.state == "unmarked":
            problems.append(
                Problem(
                    status.translation,
                    1,
                    f"translation does not record which version of {status.original.name} it translates; "
                    f"run `python -m content translations --mark {status.translation.name}`",
                    severity="warning",
                )
            )
    return problems


def counterpart(path: Path) -> Path:
    """`x.sr.md` ↔ `x.md`."""
    name = path.name
    if name.endswith(".sr.md"):
        return path.with_name(name[: -len(".sr.md")] + ".md")
    return path.with_name(name[: -len(".md")] + ".sr.md")


def _mark_block(lang: str, digest: str, when: date) -> list[str]:
    return [f"{MARK_KEY}:", f"  lang: {lang}", f"  digest: {digest}", f"  date: {when.isoformat()}"]


def mark(path: Path, today: date | None = None) -> Mark:
    """Record in `path` that it translates the current version of its counterpart.

    The counterpart must exist; the block replaces an earlier one, or is added just before the
    closing `---`, so every other line of the front matter stays as written."""
    original = counterpart(path)
    if not original.is_file():
        raise FileNotFoundError(f"{path.name}: no original {original.name} beside it")
    lang = "en" if not original.name.endswith(".sr.md") else "sr"
    digest = document_digest(original)
    when = today or date.today()
    text = path.read_text(encoding="utf-8")
    split_front_matter(text)  # refuse a broken file before touching it
    lines = text.split("\n")
    end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    start = next((i for i in range(1, end) if re.match(rf"{MARK_KEY}\s*:", lines[i])), None)
    if start is not None:
        stop = start + 1
        while stop < end and (lines[stop].startswith((" ", "\t")) or not lines[stop].strip()):
            stop += 1
        lines[start:stop] = _mark_block(lang, digest, when)
    else:
        lines[end:end] = _mark_block(lang, digest, when)
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_mark(path)
    assert result is not None
    return result


def behind_note(kb: KnowledgeBase, doc: Article | Case) -> date | None:
    """When `doc` is a translation behind its original: the original's review date (else None)."""
    versions = kb.articles.get(doc.id) or kb.cases.get(doc.id)
    if not versions or len(versions) < 2:
        return None
    status = _pair_status(doc.id, "article", versions)
    if status.state != "behind" or status.translation is None or status.translation != doc.path:
        return None
    return status.original_reviewed or date.min
