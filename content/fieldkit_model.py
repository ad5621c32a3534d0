"""The field kit as data: the worker's questions, the rights leaflet and the card's texts in the
workers' languages (content/fieldkit/), and the checks `python -m content check` runs on them.

The source file (fieldkit.yaml) holds English (what every translation is made from), Serbian (the
inspector's column) and what each answer records. Each language file holds, per string, the
translation and a separate English back-translation, and says honestly whether a native speaker has
checked it. Qt-free."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from content.model import KnowledgeBase, Problem
from content.pages import CONTACTS
from content.render import KbLink, MarkdownRenderer
from content.yaml_lines import LineDict, field_text, read_yaml_file, str_tuple

FIELDKIT_DIR = "fieldkit"
SOURCE_FILE = "fieldkit.yaml"
ANSWERS = ("yes", "no", "declined")
STATUSES = ("source", "draft", "checked")

# The scripts a language file may declare, and the Unicode character-name prefixes of its letters.
SCRIPTS: dict[str, tuple[str, ...]] = {
    "latin": ("LATIN",),
    "vietnamese": ("LATIN",),  # Latin letters, and every text carries Vietnamese diacritics
    "cyrillic": ("CYRILLIC",),
    "han": ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"),
    "devanagari": ("DEVANAGARI",),
    "tamil": ("TAMIL",),
    "bengali": ("BENGALI",),
}
# Letters allowed in every script: apostrophes written as modifier letters.
_ANY_SCRIPT = {"MODIFIER LETTER APOSTROPHE", "MODIFIER LETTER TURNED COMMA"}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")
_PHONE = re.compile(r"\+?\d[\d \-/]{4,}\d")
_NUMBER = re.compile(r"\d+")
_UPPER_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])")
_PHONE_SLOT = re.compile(r"\{phone:([a-z0-9-]+)\}")


@dataclass(frozen=True)
class Question:
    id: str
    text_en: str
    text_sr: str
    records: dict[str, tuple[str, ...]]  # answer ("yes"/"no") -> recorded ids
    line: int

    @property
    def string_id(self) -> str:
        return f"q.{self.id}"


@dataclass(frozen=True)
class Citation:
    kb: str  # a kb: target, e.g. "employment-of-foreigners#art-15"
    sr: str  # the law or source, in Serbian, for the Serbian column


@dataclass(frozen=True)
class LeafletSection:
    id: str
    cites: tuple[Citation, ...]
    line: int


@dataclass(frozen=True)
class Translation:
    text: str
    back: str  # English back-translation, written from the translation
    line: int


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in its own script, for the chooser
    name_en: str
    name_sr: str  # the language's Serbian name, for the provenance in the Serbian record
    script: str
    status: str  # source | draft | checked
    reviewer_role: str
    checked_on: date | None
    strings: dict[str, Translation]
    path: Path

    @property
    def is_draft(self) -> bool:
        return self.status != "checked" and self.status != "source"


@dataclass(frozen=True)
class FieldKit:
    """The source strings (English and Serbian) and every language."""

    root: Path
    source_en: dict[str, str]
    source_sr: dict[str, str]
    source_lines: dict[str, int]
    questions: tuple[Question, ...]
    sections: tuple[LeafletSection, ...]
    language_order: tuple[str, ...]
    languages: dict[str, Language] = field(default_factory=dict)

    def text(self, lang: str, string_id: str) -> str:
        """The string in a language (English for "en", Serbian for "sr"); empty when missing."""
        if lang == "en":
            return self.source_en.get(string_id, "")
        if lang == "sr":
            return self.source_sr.get(string_id, "")
        language = self.languages.get(lang)
        item = language.strings.get(string_id) if language else None
        return item.text if item else ""

    def back_translation(self, lang: str, string_id: str) -> str:
        if lang == "en":
            return self.source_en.get(string_id, "")
        language = self.languages.get(lang)
        item = language.strings.get(string_id) if language else None
        return item.back if item else ""

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def chooser(self) -> list[tuple[str, str]]:
        """(code, own name) in the chooser's order: languages the kit has, never flags."""
        return [(c, self.languages[c].name) for c in self.language_order if c in self.languages]


@dataclass
class FieldKitResult:
    kit: FieldKit | None
    problems: list[Problem]


def string_ids(kit: FieldKit) -> list[str]:
    return list(kit.source_en)


def fill_phones(text: str, phones: dict[str, str]) -> str:
    """{phone:<contact id>} → the confirmed number (the check makes sure there is one)."""
    return _PHONE_SLOT.sub(lambda m: phones.get(m.group(1), m.group(0)), text)


def confirmed_phones(kb: KnowledgeBase) -> dict[str, str]:
    return {c.id: c.phone for c in kb.contacts.values() if c.phone}


# --- loading ------------------------------------------------------------------------------------


def load_fieldkit(content_root: Path, recordable: set[str] | None = None) -> FieldKitResult:
    """Read fieldkit.yaml and every language file. `recordable`: the ids a question may record
    (indicators, checks, facts); None skips that check."""
    folder = content_root / FIELDKIT_DIR
    source_path = folder / SOURCE_FILE
    problems: list[Problem] = []

    def report(path: Path) -> Callable[[int, str], None]:
        return lambda line, message: problems.append(Problem(path, line, message))

    if not source_path.exists():
        return FieldKitResult(None, [Problem(source_path, 1, "file is missing")])
    data = read_yaml_file(source_path, report(source_path))
    if not isinstance(data, LineDict):
        if data is not None:
            problems.append(Problem(source_path, 1, "the file must be a YAML mapping"))
        return FieldKitResult(None, problems)
    add = report(source_path)
    en: dict[str, str] = {}
    sr: dict[str, str] = {}
    lines: dict[str, int] = {}

    def put(string_id: str, entry: LineDict, en_key: str, sr_key: str) -> None:
        if string_id in en:
            add(entry.line, f"duplicate string id '{string_id}'")
            return
        for key in (en_key, sr_key):
            if not field_text(entry, key):
                add(entry.line, f"'{string_id}': missing required field '{key}'")
        en[string_id] = field_text(entry, en_key)
        sr[string_id] = field_text(entry, sr_key)
        lines[string_id] = entry.line_of(en_key)

    for entry in _mappings(data, "ui", add):
        put(f"ui.{field_text(entry, 'id')}", entry, "en", "sr")
    questions: list[Question] = []
    for entry in _mappings(data, "questions", add):
        qid = field_text(entry, "id")
        put(f"q.{qid}", entry, "en", "sr")
        records = {a: str_tuple(entry.get(a)) for a in ("yes", "no") if entry.get(a)}
        if not records:
            add(entry.line, f"question '{qid}' records nothing: give 'yes' or 'no' a list of ids")
        for answer, ids in records.items():
            for item in ids:
                if recordable is not None and item not in recordable:
                    add(entry.line_of(answer), f"question '{qid}': unknown indicator id '{item}'")
        questions.append(Question(qid, field_text(entry, "en"), field_text(entry, "sr"), records, entry.line))
    sections: list[LeafletSection] = []
    for entry in _mappings(data, "leaflet", add):
        sid = field_text(entry, "id")
        put(f"leaflet.{sid}.title", entry, "title_en", "title_sr")
        put(f"leaflet.{sid}.text", entry, "text_en", "text_sr")
        cites = []
        for cite in entry.get("cites") or []:
            if isinstance(cite, LineDict) and field_text(cite, "kb") and field_text(cite, "sr"):
                cites.append(Citation(field_text(cite, "kb"), field_text(cite, "sr")))
            else:
                add(entry.line_of("cites"), f"leaflet section '{sid}': every citation needs 'kb' and 'sr'")
        if not cites:
            add(entry.line, f"leaflet section '{sid}' cites nothing: every statement needs its source")
        sections.append(LeafletSection(sid, tuple(cites), entry.line))
    closing = data.get("closing")
    if isinstance(closing, LineDict):
        put("closing", closing, "en", "sr")
    else:
        add(data.line, "missing required field 'closing' (with 'en' and 'sr')")
    order = str_tuple(data.get("languages"))
    kit = FieldKit(folder, en, sr, lines, tuple(questions), tuple(sections), order)
    for path in sorted(folder.glob("*.yaml")):
        if path.name == SOURCE_FILE:
            continue
        language = _load_language(path, kit, problems)
        if language is not None:
            kit.languages[language.code] = language
    for code in order:
        if code not in kit.languages:
            problems.append(
                Problem(source_path, data.line_of("languages"), f"language '{code}' has no file {code}.yaml")
            )
    return FieldKitResult(kit, problems)


def _mappings(data: LineDict, key: str, add: Callable[[int, str], None]) -> list[LineDict]:
    items = data.get(key)
    if not isinstance(items, list) or not items:
        add(data.line_of(key), f"'{key}' must be a non-empty list")
        return []
    result = [i for i in items if isinstance(i, LineDict)]
    if len(result) != len(items):
        add(data.line_of(key), f"every entry of '{key}' must be a mapping")
    return result


def _load_language(path: Path, kit: FieldKit, problems: list[Problem]) -> Language | None:
    def add(line: int, message: str) -> None:
        problems.append(Problem(path, line, message))

    data = read_yaml_file(path, add)
    if not isinstance(data, LineDict):
        if data is not None:
            add(1, "the file must be a YAML mapping")
        return None
    code = path.stem
    for key in ("name", "name_en", "name_sr", "script", "status"):
        if not field_text(data, key):
            add(data.line, f"missing required field '{key}'")
    script = field_text(data, "script")
    if script and script not in SCRIPTS:
        add(data.line_of("script"), f"unknown script '{script}' (one of {', '.join(SCRIPTS)})")
        script = ""
    status = field_text(data, "status")
    role = field_text(data, "reviewer_role")
    checked_on = data.get("date")
    if status and status not in STATUSES:
        add(data.line_of("status"), f"status must be one of {', '.join(STATUSES)}, not '{status}'")
    if status == "checked" and (not role or not isinstance(checked_on, date)):
        add(
            data.line_of("status"),
            "status 'checked' needs the reviewer's role ('reviewer_role') and the 'date' of the check",
        )
    if status == "draft" and role:
        add(
            data.line_of("reviewer_role"),
            "a draft has no reviewer: leave 'reviewer_role' empty until a native speaker has checked it",
        )
    if status == "source" and code != "en":
        add(data.line_of("status"), "only English, the source, has status 'source'")
    strings: dict[str, Translation] = {}
    raw = data.get("strings")
    if status == "source":
        raw = raw or LineDict()
    elif not isinstance(raw, LineDict):
        add(data.line, "missing required field 'strings' (a mapping of string id to text and back)")
        raw = LineDict()
    if isinstance(raw, LineDict) and status != "source":
        for string_id, value in raw.items():
            line = raw.line_of(string_id)
            if string_id not in kit.source_en:
                add(line, f"unknown string id '{string_id}' (not in {SOURCE_FILE})")
                continue
            if not isinstance(value, LineDict):
                add(line, f"'{string_id}' must have 'text' and 'back'")
                continue
            text, back = field_text(value, "text"), field_text(value, "back")
            if not text:
                add(line, f"'{string_id}': missing 'text'")
            if not back:
                add(line, f"'{string_id}': missing the English back-translation 'back'")
            strings[string_id] = Translation(text, back, line)
        for string_id in kit.source_en:
            if string_id not in strings and string_id not in raw:
                add(data.line_of("strings"), f"missing translation of '{string_id}'")
    name = field_text(data, "name")
    if script and name:
        for message in script_problems(name, script, ""):
            add(data.line_of("name"), f"name: {message}")
    for string_id, item in strings.items():
        source = kit.source_en[string_id]
        if item.text:
            for message in script_problems(item.text, script, source):
                add(item.line, f"'{string_id}': {message}")
            for message in placeholder_problems(item.text, source):
                add(item.line, f"'{string_id}': {message}")
        if item.back and len(source.split()) >= 12 and item.back.strip() == source.strip():
            problems.append(
                Problem(
                    path,
                    item.line,
                    f"'{string_id}': back-translation is a copy of the source; write it from the translation",
                    "warning",
                )
            )
    return Language(
        code=code,
        name=name,
        name_en=field_text(data, "name_en"),
        name_sr=field_text(data, "name_sr"),
        script=script,
        status=status,
        reviewer_role=role,
        checked_on=checked_on if isinstance(checked_on, date) else None,
        strings=strings,
        path=path,
    )


# --- the checks on one text ---------------------------------------------------------------------


def _tokens(text: str) -> Counter[str]:
    """Placeholders, phone numbers and numbers (any script's digits, as values)."""
    found: Counter[str] = Counter(_PLACEHOLDER.findall(text))
    rest = _PLACEHOLDER.sub(" ", text)
    for phone in _PHONE.findall(rest):
        found["phone " + _digits(phone)] += 1
    rest = _PHONE.sub(" ", rest)
    for number in _NUMBER.findall(rest):
        found[_digits(number)] += 1
    return found


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())


def placeholder_problems(text: str, source: str) -> list[str]:
    """A placeholder (`{…}`, `%1`), phone number or number that differs from the source."""
    mine, theirs = _tokens(text), _tokens(source)
    if mine == theirs:
        return []
    missing = sorted((theirs - mine).elements())
    extra = sorted((mine - theirs).elements())
    parts = []
    if missing:
        parts.append("missing " + ", ".join(f"'{t}'" for t in missing))
    if extra:
        parts.append("not in the source " + ", ".join(f"'{t}'" for t in extra))
    return [f"placeholders or numbers differ from the source: {'; '.join(parts)}"]


def script_problems(text: str, script: str, source: str) -> list[str]:
    """Letters outside the language's script. Upper-case Latin words that the English source also
    has (names such as ASTRA) may stay in Latin."""
    if script not in SCRIPTS:
        return []
    prefixes = SCRIPTS[script]
    allowed_words = set(_UPPER_WORD.findall(source))
    plain = _PLACEHOLDER.sub(" ", text)
    plain = _UPPER_WORD.sub(lambda m: " " if m.group(0) in allowed_words else m.group(0), plain)
    wrong: list[str] = []
    for ch in plain:
        category = unicodedata.category(ch)
        if category[0] not in "LM":
            continue
        name = unicodedata.name(ch, "")
        if name in _ANY_SCRIPT or name.startswith(prefixes):
            continue
        if category[0] == "M" and name.startswith("COMBINING") and prefixes == ("LATIN",):
            continue
        if ch not in wrong:
            wrong.append(ch)
    problems = []
    if wrong:
        shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in wrong[:5])
        problems.append(f"text is not in the {script} script: {shown}")
    if script == "vietnamese" and not _has_vietnamese_marks(plain):
        problems.append("Vietnamese text without Vietnamese diacritics")
    return problems


def _has_vietnamese_marks(text: str) -> bool:
    if "đ" in text.lower():
        return True
    decomposed = unicodedata.normalize("NFD", text)
    return any(unicodedata.category(ch) == "Mn" for ch in decomposed)


# --- the whole check ----------------------------------------------------------------------------


def check_fieldkit(kb: KnowledgeBase, root: Path | None = None) -> list[Problem]:
    """Everything `python -m content check` reports about the field kit of the content folder
    `root` (default: the knowledge base's own). A knowledge base without a `fieldkit/` folder (a
    small test fixture) has no field kit and nothing to report; the bundled one has it."""
    root = root or kb.root
    if not (root / FIELDKIT_DIR).is_dir():
        return []
    recordable = set(kb.indicators) | set(kb.checks) | set(kb.facts)
    result = load_fieldkit(root, recordable)
    problems = list(result.problems)
    kit = result.kit
    if kit is None:
        return problems
    source_path = kit.root / SOURCE_FILE
    phones = confirmed_phones(kb)
    for string_id, text in [*kit.source_en.items(), *kit.source_sr.items()]:
        for contact in _PHONE_SLOT.findall(text):
            if contact not in kb.contacts:
                problems.append(
                    Problem(source_path, kit.source_lines[string_id], f"'{string_id}': unknown contact '{contact}'")
                )
            elif contact not in phones:
                problems.append(
                    Problem(
                        source_path,
                        kit.source_lines[string_id],
                        f"'{string_id}': contact '{contact}' has no confirmed phone number",
                    )
                )
    for string_id, text in kit.source_sr.items():
        # The Serbian column says more than the worker's (the statute's terms), so only the
        # placeholders must agree, not every number.
        if Counter(_PLACEHOLDER.findall(text)) != Counter(_PLACEHOLDER.findall(kit.source_en[string_id])):
            problems.append(
                Problem(
                    source_path,
                    kit.source_lines[string_id],
                    f"'{string_id}' (sr): placeholders differ from the English source",
                )
            )
    problems += _citation_problems(kb, kit, source_path)
    return problems


def _citation_problems(kb: KnowledgeBase, kit: FieldKit, path: Path) -> list[Problem]:
    renderer = MarkdownRenderer()
    problems = []
    for section in kit.sections:
        for cite in section.cites:
            link = KbLink.parse("kb:" + cite.kb)
            target, anchor = link.target, link.anchor
            ok = False
            if target in kb.articles:
                versions = kb.articles[target]
                doc = versions.get("en") or next(iter(versions.values()))
                ok = not anchor or anchor in renderer.render(doc.body).anchors
            elif target in kb.indicators or target in kb.checks or target in kb.facts:
                ok = not anchor
            elif target == CONTACTS:
                ok = not anchor or anchor in kb.contacts
            if not ok:
                problems.append(
                    Problem(path, section.line, f"leaflet section '{section.id}': broken citation 'kb:{cite.kb}'")
                )
    return problems
