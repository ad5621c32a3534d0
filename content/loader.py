"""Read the content folder into a KnowledgeBase, collecting every problem as file:line: message.

A broken file never stops the load: it is reported and skipped, and the rest is usable."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from content.assessment.loading import load_assessment
from content.digest import content_hash
from content.frontmatter import FrontMatterError, split_front_matter
from content.model import (
    CASE_STEP_KEYS,
    CHECKLIST_SECTORS,
    Article,
    Case,
    CaseStep,
    ChangeNote,
    Contact,
    Dimension,
    Fact,
    GlossaryTerm,
    Indicator,
    Jurisdiction,
    KnowledgeBase,
    LabourLawCheck,
    LocalText,
    Problem,
    SourceRef,
    Topic,
)
from content.model import LoadResult as LoadResult  # re-exported: callers import it from here
from content.outcomes import OUTCOME_IDS
from content.paths import CONTENT_DIR
from content.yaml_lines import LineDict, field_text, read_yaml_file, report_duplicate_keys, str_tuple

ARTICLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RECORDABLE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
STRENGTHS = ("strong", "medium", "weak", "n/a")
OUTCOMES = OUTCOME_IDS

# The five steps of a case, recognised by their `##` heading in English or Serbian.
STEP_HEADINGS: dict[str, tuple[str, ...]] = {
    "situation": ("situation", "situacija"),
    "findings": ("what the inspection found", "šta je inspekcija utvrdila"),
    "questions": ("questions for discussion", "pitanja za diskusiju"),
    "analysis": ("analysis", "analiza"),
    "actions": ("what was done", "šta je preduzeto"),
}

_T = TypeVar("_T")


class _Reporter:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: Path, line: int, message: str) -> None:
        self.problems.append(Problem(path, line, message))


def load_knowledge_base(root: Path = CONTENT_DIR) -> LoadResult:
    report = _Reporter()
    root = root.resolve()
    meta = _load_yaml_file(root / "meta.yaml", report, required=False)
    version = str(meta.get("version", "")) if isinstance(meta, dict) else ""
    topics, jurisdictions = _load_taxonomy(root / "taxonomy.yaml", report)
    dimensions, indicators = _load_indicators(root / "indicators.yaml", report)
    checks, facts = _load_checks(root / "labour_law_checks.yaml", report)
    glossary = _load_glossary(root / "glossary.yaml", report)
    contacts = _load_contacts(root / "contacts.yaml", report)
    articles = _load_articles(root / "guidance", report, topics, jurisdictions)
    recordable = set(indicators) | set(checks) | set(facts)
    cases = _load_cases(root / "cases", report, recordable)
    _check_shared_ids(articles, cases, report)
    digest = content_hash(root)
    kb = KnowledgeBase(
        root=root,
        version=f"{version or 'dev'}+{digest[:8]}",
        digest=digest,
        articles=articles,
        cases=cases,
        dimensions=dimensions,
        indicators=indicators,
        checks=checks,
        facts=facts,
        glossary=glossary,
        contacts=contacts,
        topics=topics,
        jurisdictions=jurisdictions,
    )
    # The assessment rules and decision trees need the indicators, checks, facts and cases above.
    assessment = load_assessment(kb)
    kb = replace(kb, rules=assessment.rules, rule_sets=assessment.rule_sets, trees=assessment.trees)
    return LoadResult(kb=kb, problems=report.problems + assessment.problems)


# --- YAML files ---------------------------------------------------------------------------


def _load_yaml_file(path: Path, report: _Reporter, required: bool = True) -> Any:
    if not path.exists():
        if required:
            report.add(path, 1, "file is missing")
        return None
    return read_yaml_file(path, lambda line, message: report.add(path, line, message))


def _entries(path: Path, data: Any, key: str, report: _Reporter) -> list[LineDict]:
    """The list under `key`, keeping only mapping entries (others are reported)."""
    if data is None:
        return []
    if not isinstance(data, LineDict):
        report.add(path, 1, "the file must be a YAML mapping")
        return []
    items = data.get(key)
    if items is None:
        report.add(path, data.line, f"missing required field '{key}'")
        return []
    if not isinstance(items, list):
        report.add(path, data.line_of(key), f"'{key}' must be a list")
        return []
    entries = []
    for item in items:
        if isinstance(item, LineDict):
            entries.append(item)
        else:
            report.add(path, data.line_of(key), f"every entry of '{key}' must be a mapping")
    return entries


_text = field_text


def _local(entry: LineDict, stem: str) -> LocalText:
    return LocalText(en=_text(entry, f"{stem}_en"), sr=_text(entry, f"{stem}_sr"))


_str_tuple = str_tuple


def _unique(
    path: Path,
    entries: list[LineDict],
    report: _Reporter,
    build: Callable[[LineDict], _T | None],
    required: tuple[str, ...] = ("id",),
    id_pattern: re.Pattern[str] | None = None,
) -> dict[str, _T]:
    """Build one item per entry, reporting missing fields, bad ids and duplicate ids."""
    result: dict[str, _T] = {}
    first_line: dict[str, int] = {}
    for entry in entries:
        missing = [k for k in required if entry.get(k) in (None, "")]
        if missing:
            for key in missing:
                report.add(path, entry.line, f"missing required field '{key}'")
            continue
        item_id = str(entry["id"])
        if id_pattern is not None and not id_pattern.match(item_id):
            report.add(path, entry.line_of("id"), f"invalid id '{item_id}'")
            continue
        if item_id in result:
            report.add(
                path,
                entry.line_of("id"),
                f"duplicate id '{item_id}' (first defined on line {first_line[item_id]})",
            )
            continue
        item = build(entry)
        if item is not None:
            result[item_id] = item
            first_line[item_id] = entry.line_of("id")
    return result


def _load_taxonomy(path: Path, report: _Reporter) -> tuple[dict[str, Topic], dict[str, Jurisdiction]]:
    data = _load_yaml_file(path, report)
    topics = _unique(
        path,
        _entries(path, data, "topics", report),
        report,
        lambda e: Topic(id=str(e["id"]), label=_local(e, "label")),
        ("id", "label_en"),
    )
    jurisdictions = _unique(
        path,
        _entries(path, data, "jurisdictions", report),
        report,
        lambda e: Jurisdiction(id=str(e["id"]), label=_local(e, "label")),
        ("id", "label_en"),
    )
    return topics, jurisdictions


def _load_indicators(path: Path, report: _Reporter) -> tuple[dict[str, Dimension], dict[str, Indicator]]:
    data = _load_yaml_file(path, report)
    dimensions = _unique(
        path,
        _entries(path, data, "dimensions", report),
        report,
        lambda e: Dimension(
            id=str(e["id"]),
            framework=_text(e, "framework"),
            label=_local(e, "label"),
            description=_local(e, "description"),
            palermo_element=_text(e, "palermo_element"),
        ),
        ("id", "label_en"),
    )

    def build(entry: LineDict) -> Indicator | None:
        dimension = _text(entry, "dimension")
        strength = _text(entry, "strength")
        if dimension not in dimensions:
            report.add(path, entry.line_of("dimension"), f"unknown dimension '{dimension}'")
            return None
        if strength not in STRENGTHS:
            report.add(
                path,
                entry.line_of("strength"),
                f"strength must be one of {', '.join(STRENGTHS)}, not '{strength}'",
            )
            return None
        return Indicator(
            id=str(entry["id"]),
            dimension=dimension,
            strength=strength,
            label=_local(entry, "label"),
            explanation=_local(entry, "explanation"),
            how_to_check=_local(entry, "how_to_check"),
            source=_text(entry, "source"),
            concept=_text(entry, "concept"),
            ilo11=_str_tuple(entry.get("ilo11")),
            verification=_text(entry, "verification"),
            note=_text(entry, "note"),
            note_sr=_text(entry, "note_sr"),
            sectors=_sectors(path, entry, report),
            evidence=_local(entry, "evidence"),
        )

    indicators = _unique(
        path,
        _entries(path, data, "indicators", report),
        report,
        build,
        ("id", "dimension", "strength", "label_en"),
        RECORDABLE_ID,
    )
    return dimensions, indicators


def _load_checks(path: Path, report: _Reporter) -> tuple[dict[str, LabourLawCheck], dict[str, Fact]]:
    data = _load_yaml_file(path, report)
    checks = _unique(
        path,
        _entries(path, data, "checks", report),
        report,
        lambda e: LabourLawCheck(
            id=str(e["id"]),
            label=_local(e, "label"),
            explanation=_local(e, "explanation"),
            how_to_check=_local(e, "how_to_check"),
            legal_basis=LocalText(en=_text(e, "legal_basis"), sr=_text(e, "legal_basis_sr")),
            related_indicator=_text(e, "related_indicator"),
            sectors=_sectors(path, e, report),
            evidence=_local(e, "evidence"),
        ),
        ("id", "label_en", "legal_basis"),
        RECORDABLE_ID,
    )
    facts = _unique(
        path,
        _entries(path, data, "facts", report),
        report,
        lambda e: Fact(
            id=str(e["id"]),
            label=_local(e, "label"),
            effect=LocalText(en=_text(e, "effect"), sr=_text(e, "effect_sr")),
            explanation=_local(e, "explanation"),
            how_to_check=_local(e, "how_to_check"),
        ),
        ("id", "label_en"),
        RECORDABLE_ID,
    )
    return checks, facts


def _sectors(path: Path, entry: LineDict, report: _Reporter) -> tuple[str, ...]:
    """`sectors:` of an indicator or a check; an unknown sector is an error (and left out)."""
    sectors = _str_tuple(entry.get("sectors"))
    for sector in sectors:
        if sector not in CHECKLIST_SECTORS:
            report.add(
                path,
                entry.line_of("sectors"),
                f"'{entry.get('id')}': unknown sector '{sector}' (one of {', '.join(CHECKLIST_SECTORS)})",
            )
    return tuple(s for s in sectors if s in CHECKLIST_SECTORS)


def _load_glossary(path: Path, report: _Reporter) -> dict[str, GlossaryTerm]:
    data = _load_yaml_file(path, report)
    return _unique(
        path,
        _entries(path, data, "terms", report),
        report,
        lambda e: GlossaryTerm(
            id=str(e["id"]),
            term=LocalText(en=_text(e, "en"), sr=_text(e, "sr")),
            also_en=_str_tuple(e.get("also_en")),
            also_sr=_str_tuple(e.get("also_sr")),
            definition=_local(e, "definition"),
            see=_text(e, "see"),
            avoid_sr=_str_tuple(e.get("avoid_sr")),
        ),
        ("id", "en", "sr", "definition_en"),
        ARTICLE_ID,
    )


def _load_contacts(path: Path, report: _Reporter) -> dict[str, Contact]:
    data = _load_yaml_file(path, report)

    def build(entry: LineDict) -> Contact | None:
        outcomes = _str_tuple(entry.get("outcomes"))
        for outcome in outcomes:
            if outcome not in OUTCOMES:
                report.add(path, entry.line_of("outcomes"), f"unknown outcome '{outcome}'")
        phone = entry.get("phone")
        return Contact(
            id=str(entry["id"]),
            institution=_local(entry, "institution"),
            role=_local(entry, "role"),
            phone=str(phone).strip() if phone not in (None, "") else None,
            phone_note=_local(entry, "phone_note"),
            email=_text(entry, "email"),
            when=_local(entry, "when"),
            source=_text(entry, "source"),
            verified=_date(entry, "verified", path, report),
            outcomes=tuple(o for o in outcomes if o in OUTCOMES),
        )

    return _unique(
        path,
        _entries(path, data, "contacts", report),
        report,
        build,
        ("id", "institution_en", "source", "verified"),
        ARTICLE_ID,
    )


def _date(entry: LineDict, key: str, path: Path, report: _Reporter) -> date | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        report.add(path, entry.line_of(key), f"'{key}' must be a date (YYYY-MM-DD), not '{value}'")
        return None


# --- Markdown documents -------------------------------------------------------------------


def _doc_lang(path: Path) -> str:
    return "sr" if path.name.endswith(".sr.md") else "en"


def _read_front_matter(path: Path, report: _Reporter) -> tuple[LineDict, str, int] | None:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        report.add(path, 1, f"cannot be read ({exc.strerror or exc})")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        report.add(path, raw.count(b"\n", 0, exc.start) + 1, f"not valid UTF-8 text ({exc.reason})")
        return None
    text = text.replace("\r\n", "\n")  # as read_text did (universal newlines)
    text = text.replace("\r", "\n")
    try:
        doc = split_front_matter(text)
    except FrontMatterError as exc:
        report.add(path, exc.line, exc.message)
        return None
    report_duplicate_keys(doc.meta, lambda line, message: report.add(path, line, message))  # at any depth
    return doc.meta, doc.body, doc.body_line


_DOC_REQUIRED = ("id", "title", "sources", "reviewed")


def _common_fields(
    path: Path, meta: LineDict, report: _Reporter, extra_required: tuple[str, ...]
) -> dict[str, Any] | None:
    ok = True
    for key in _DOC_REQUIRED + extra_required:
        if meta.get(key) in (None, "", []):
            report.add(path, meta.line_of(key) if key in meta else 1, f"missing required field '{key}'")
            ok = False
    if not ok:
        return None
    doc_id = str(meta["id"])
    if not ARTICLE_ID.match(doc_id):
        report.add(path, meta.line_of("id"), f"invalid id '{doc_id}' (use lowercase kebab-case)")
        return None
    reviewed = _date(meta, "reviewed", path, report)
    if reviewed is None:
        return None
    sources = _sources(path, meta, report)
    if sources is None:
        return None
    changes = _changes(path, meta, report, reviewed)
    return {
        "id": doc_id,
        "lang": _doc_lang(path),
        "title": _text(meta, "title"),
        "summary": _text(meta, "summary"),
        "tags": _str_tuple(meta.get("tags")),
        "sources": sources,
        "reviewed": reviewed,
        "changes": changes,
    }


def _changes(path: Path, meta: LineDict, report: _Reporter, reviewed: date) -> tuple[ChangeNote, ...]:
    """The `changes:` list (optional): each entry a date and what changed, in English and Serbian.
    A broken entry is reported and left out; the document itself still loads."""
    raw = meta.get("changes")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        report.add(
            path, meta.line_of("changes"), "'changes' must be a list of entries with 'date', 'text_en' and 'text_sr'"
        )
        return ()
    notes: list[ChangeNote] = []
    for item in raw:
        if not isinstance(item, LineDict):
            report.add(
                path, meta.line_of("changes"), "each entry of 'changes' must have 'date', 'text_en' and 'text_sr'"
            )
            continue
        missing = [key for key in ("date", "text_en", "text_sr") if not _text(item, key)]
        for key in missing:
            report.add(path, item.line, f"change is missing required field '{key}'")
        if missing:
            continue
        value = item["date"]
        when = value if isinstance(value, date) and not isinstance(value, datetime) else None
        if when is None:
            shown = value.isoformat() if isinstance(value, datetime) else value
            report.add(path, item.line_of("date"), f"a change's 'date' must be a date (YYYY-MM-DD), not '{shown}'")
            continue
        if when > reviewed:
            report.add(
                path,
                item.line_of("date"),
                f"a change dated {when.isoformat()} is later than 'reviewed' ({reviewed.isoformat()}): "
                "move 'reviewed' to the date the page was last checked",
            )
            continue
        notes.append(
            ChangeNote(date=when, text=LocalText(en=_text(item, "text_en"), sr=_text(item, "text_sr")), line=item.line)
        )
    return tuple(sorted(notes, key=lambda note: note.date, reverse=True))


def _sources(path: Path, meta: LineDict, report: _Reporter) -> tuple[SourceRef, ...] | None:
    raw = meta.get("sources")
    if not isinstance(raw, list) or not raw:
        report.add(path, meta.line_of("sources"), "'sources' must be a non-empty list")
        return None
    sources = []
    for item in raw:
        if not isinstance(item, LineDict):
            report.add(path, meta.line_of("sources"), "each source must have 'document' and 'year'")
            return None
        if not _text(item, "document") or item.get("year") in (None, ""):
            missing = "document" if not _text(item, "document") else "year"
            report.add(path, item.line, f"source is missing required field '{missing}'")
            return None
        year = _text(item, "year")
        if not re.fullmatch(r"\d{4}|n\.d\.", year):
            report.add(
                path, item.line_of("year"), f"source year must be a year like 2005 or \"n.d.\" (undated), not '{year}'"
            )
            return None
        sources.append(
            SourceRef(
                document=_text(item, "document"),
                article=_text(item, "article"),
                year=_text(item, "year"),
                line=item.line,
            )
        )
    return tuple(sources)


def _load_articles(
    folder: Path,
    report: _Reporter,
    topics: dict[str, Topic],
    jurisdictions: dict[str, Jurisdiction],
) -> dict[str, dict[str, Article]]:
    articles: dict[str, dict[str, Article]] = {}
    paths = sorted(folder.glob("*/*.md"))
    # English first, so a Serbian file can be checked against its original.
    for path in sorted(paths, key=lambda p: _doc_lang(p) == "sr"):
        parsed = _read_front_matter(path, report)
        if parsed is None:
            continue
        meta, body, body_line = parsed
        fields = _common_fields(path, meta, report, ("topic", "jurisdiction"))
        if fields is None:
            continue
        topic, jurisdiction = _text(meta, "topic"), _text(meta, "jurisdiction")
        if topic not in topics:
            report.add(path, meta.line_of("topic"), f"unknown topic '{topic}' (see taxonomy.yaml)")
            continue
        if jurisdiction not in jurisdictions:
            report.add(
                path,
                meta.line_of("jurisdiction"),
                f"unknown jurisdiction '{jurisdiction}' (see taxonomy.yaml)",
            )
            continue
        if jurisdiction != path.parent.name:
            report.add(
                path,
                meta.line_of("jurisdiction"),
                f"jurisdiction '{jurisdiction}' does not match the folder '{path.parent.name}'",
            )
            continue
        versions = articles.setdefault(fields["id"], {})
        if fields["lang"] in versions:
            other = versions[fields["lang"]].path
            report.add(path, meta.line_of("id"), f"duplicate id '{fields['id']}' (also in {other})")
            continue
        if fields["lang"] == "sr" and "en" not in versions:
            report.add(
                path,
                meta.line_of("id"),
                f"Serbian article '{fields['id']}' has no English original with the same id",
            )
            continue
        versions[fields["lang"]] = Article(
            **fields,
            body=body,
            path=path,
            body_line=body_line,
            topic=topic,
            jurisdiction=jurisdiction,
        )
    return {k: v for k, v in articles.items() if v}


_STEP_HEADING = re.compile(r"^##\s+(.+?)\s*(?:\{#[^}]*\})?\s*$")


def split_case_steps(body: str, body_line: int) -> tuple[list[CaseStep], list[tuple[int, str]]]:
    """Split a case body at its `##` headings. Returns the steps and (line, heading) of unknown ones."""
    steps: list[CaseStep] = []
    unknown: list[tuple[int, str]] = []
    current: tuple[str, str, int] | None = None
    buffer: list[str] = []

    def flush() -> None:
        if current is not None:
            key, heading, line = current
            steps.append(CaseStep(key=key, heading=heading, body="\n".join(buffer).strip(), line=line))

    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        match = None if in_fence else _STEP_HEADING.match(line)
        if match:
            flush()
            buffer = []
            heading = match.group(1).strip()
            key = next((k for k, names in STEP_HEADINGS.items() if heading.lower() in names), "")
            if not key:
                unknown.append((body_line + offset, heading))
            current = (key, heading, body_line + offset)
        else:
            buffer.append(line)
    flush()
    return [s for s in steps if s.key], unknown


def _load_cases(folder: Path, report: _Reporter, recordable: set[str]) -> dict[str, dict[str, Case]]:
    cases: dict[str, dict[str, Case]] = {}
    paths = sorted(folder.glob("*.md"))
    for path in sorted(paths, key=lambda p: _doc_lang(p) == "sr"):
        parsed = _read_front_matter(path, report)
        if parsed is None:
            continue
        meta, body, body_line = parsed
        fields = _common_fields(path, meta, report, ("sector", "indicators", "expected_outcome", "based_on"))
        if fields is None:
            continue
        recorded = _str_tuple(meta.get("indicators"))
        bad = [i for i in recorded if i not in recordable]
        for item in bad:
            report.add(path, meta.line_of("indicators"), f"unknown indicator id '{item}'")
        outcome = _text(meta, "expected_outcome")
        if outcome not in OUTCOMES:
            report.add(path, meta.line_of("expected_outcome"), f"unknown outcome '{outcome}'")
            continue
        steps, unknown = split_case_steps(body, body_line)
        for line, heading in unknown:
            report.add(path, line, f"unknown case step '## {heading}'")
        keys = [s.key for s in steps]
        if keys != list(CASE_STEP_KEYS):
            expected = ", ".join(STEP_HEADINGS[k][0 if fields["lang"] == "en" else 1] for k in CASE_STEP_KEYS)
            report.add(path, body_line, f"a case needs exactly these '##' steps in order: {expected}")
            continue
        if bad:
            continue
        versions = cases.setdefault(fields["id"], {})
        if fields["lang"] in versions:
            report.add(
                path, meta.line_of("id"), f"duplicate id '{fields['id']}' (also in {versions[fields['lang']].path})"
            )
            continue
        if fields["lang"] == "sr" and "en" not in versions:
            report.add(
                path, meta.line_of("id"), f"Serbian case '{fields['id']}' has no English original with the same id"
            )
            continue
        versions[fields["lang"]] = Case(
            **fields,
            body=body,
            path=path,
            body_line=body_line,
            sector=_text(meta, "sector"),
            recorded=recorded,
            expected_outcome=outcome,
            based_on=_text(meta, "based_on"),
            invented=_text(meta, "invented"),
            trainer_notes=_text(meta, "trainer_notes"),
            steps=tuple(steps),
        )
    return {k: v for k, v in cases.items() if v}


def _check_shared_ids(
    articles: dict[str, dict[str, Article]], cases: dict[str, dict[str, Case]], report: _Reporter
) -> None:
    """Articles and cases share one id space, because `kb:` links name them the same way."""
    for case_id, versions in cases.items():
        if case_id in articles:
            case = next(iter(versions.values()))
            other = next(iter(articles[case_id].values())).path
            report.add(case.path, 1, f"duplicate id '{case_id}' (also used by the article {other})")
