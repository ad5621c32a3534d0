"""The translation catalogues as files: refresh the Serbian Latin catalogue and the English plurals
catalogue from the source code (pyside6-lupdate), derive the Cyrillic one from the Latin, compile
them (lrelease), and read them back for checks. Build tooling, never imported by the app:
scripts/translations.py, setup.py (the wheel's build step) and the tests use it. The sources (.ts)
are in resources/translations; the compiled catalogues (.qm) go into desktop/resources/translations,
where the app loads them from.

Serbian is written by hand in Latin script (resources/translations/*_sr_Latn.ts). The Cyrillic
catalogue is generated, never edited: each translation goes through content.translit.to_cyrillic,
except what is not Serbian words — placeholders (%1, %n), markup, file patterns (*.pdf), key names
(Ctrl+K), and names that stay Latin in Serbian Cyrillic text (PDF, HTML, Unicode).

English is the source language, so its catalogue (resources/translations/prepoznaj_en.ts) holds only
the counted texts (`tr("%n result(s)", "", n)`), each with its singular and plural ("%n result",
"%n results"): Qt reads plural forms from a catalogue only, and without one the English interface
would show the source's "(s)". lupdate -pluralonly keeps it in step with the code."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from html import escape, unescape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = REPO / "resources" / "translations"  # the .ts sources (edited, in git)
COMPILED_DIR = REPO / "desktop" / "resources" / "translations"  # the .qm the app loads (built)
APP_CATALOGUE = "prepoznaj"
QT_CATALOGUE = "qtbase"
LATIN, CYRILLIC = "sr_Latn", "sr_Cyrl"
ENGLISH = "en"  # the source language: a catalogue of plural forms only
# How many plural forms each language's counted texts have (Serbian: 1, 2–4, 5+; English: 1, other).
PLURAL_FORMS = {ENGLISH: 2, LATIN: 3, CYRILLIC: 3}
# A message whose translator comment says this is copied to Cyrillic unchanged (paper sizes, codes).
KEEP_LATIN = "keep-latin"

# Words that stay in Latin letters inside Serbian Cyrillic text.
# fmt: off
LATIN_WORDS = frozenset({
    "PDF", "HTML", "CUPS", "Unicode", "PostScript", "Markdown", "Qt", "PySide6", "Python", "Ctrl", "Shift",
    "Alt", "AltGr", "Meta", "Esc", "Enter", "Return", "Tab", "Backspace", "Del", "Delete", "Ins", "Insert",
    "Home", "End", "PgUp", "PgDown", "Space", "Menu", "Windows", "Cmd", "F1", "F2", "F3", "F4", "F5", "F6",
    "F7", "F8", "F9", "F10", "F11", "F12", "LTR", "RTL", "LRE", "LRI", "LRM", "LRO", "PDI", "RLE", "RLI",
    "RLM", "RLO", "ZWJ", "ZWNJ", "ZWSP", "FSI", "ANSI", "JIS", "PRC", "DL", "KB", "MB", "GB", "TB",
    "Left", "Right", "Up", "Down", "Page", "PageUp", "PageDown", "mm", "cm", "in", "pt", "pc", "CC", "DD",
    # Letter keys (B, F, R, T…); not I, U, O, S, A, K, which are Serbian words too.
    "B", "C", "D", "E", "F", "G", "H", "J", "L", "M", "N", "P", "Q", "R", "T", "V", "W", "X", "Y", "Z",
})
# fmt: on
_PROTECTED = re.compile(
    r"%L?\d+|%n|%p"  # Qt placeholders
    r"|<[^<>]*>|&[a-zA-Z]+;|&#\d+;"  # markup and entities
    r"|\*\.[\w*]+|\(\*\)"  # file patterns
    r"|(?:https?://|www\.)\S+"  # addresses
    r"|\b(?:[A-Z][a-z]*\+)+\w+"  # key combinations: Ctrl+K, Shift+F10, Alt+Left
    r"|\b[A-Z]{1,4}\d+[A-Z]?\b"  # codes: A4, B10, C65
    r"|(?P<word>&?\b[A-Za-z][\w&-]*\b)"  # a Latin word, mnemonic & and all (kept when one of LATIN_WORDS)
)


def cyrillic_text(text: str) -> str:
    """One Serbian Latin interface text in Cyrillic, with its placeholders, markup and names intact."""
    from content.translit import to_cyrillic  # here: the wheel's build step has no content dependencies

    out: list[str] = []
    last = 0
    for match in _PROTECTED.finditer(text):
        token = match.group(0)
        if match.group("word") and token.replace("&", "") not in LATIN_WORDS:
            continue  # an ordinary word: transliterated with the text around it
        out.append(to_cyrillic(text[last : match.start()]))
        out.append(token)
        last = match.end()
    out.append(to_cyrillic(text[last:]))
    return "".join(out)


# -- reading -----------------------------------------------------------------------------------
@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=list)
    kind: str = ""  # "" (finished), "unfinished", "vanished", "obsolete"
    translator_comment: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_catalogue(path: Path) -> list[Message]:
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    found: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    translations=texts,
                    kind=translation.get("type", ""),
                    translator_comment=message.findtext("translatorcomment") or "",
                )
            )
    return found


def catalogue_language(path: Path) -> str:
    """The language a catalogue translates into (its TS element's `language`: en, sr_Latn…)."""
    import xml.etree.ElementTree as ET

    return ET.parse(path).getroot().get("language", "")


def catalogue_problems(path: Path, plural_forms: int | None = None) -> list[str]:
    """What keeps a catalogue from being complete: unfinished, empty or vanished entries, a plural
    without all of its language's forms (by default PLURAL_FORMS of the catalogue's language), a
    placeholder lost in translation."""
    if plural_forms is None:
        plural_forms = PLURAL_FORMS.get(catalogue_language(path), 3)
    problems = []
    for message in read_catalogue(path):
        where = f"{path.name}: [{message.context}] {message.source!r}"
        if message.kind in ("vanished", "obsolete"):
            problems.append(f"{where}: no longer in the source (run make translations)")
            continue
        if message.kind == "unfinished":
            problems.append(f"{where}: not translated yet")
            continue
        if any(not text.strip() for text in message.translations) and message.source.strip():
            problems.append(f"{where}: empty translation")
        if "%n" in message.source and not message.numerus:
            problems.append(f"{where}: %n but no plural forms (lupdate reads plurals from a QObject's own tr only)")
        if message.numerus and len(message.translations) != plural_forms:
            problems.append(f"{where}: {len(message.translations)} plural forms instead of {plural_forms}")
        wanted = sorted(set(re.findall(r"%L?\d+|%n", message.source)))
        for text in message.translations:
            have = sorted(set(re.findall(r"%L?\d+|%n", text)))
            if have != wanted:
                problems.append(f"{where}: placeholders {have} instead of {wanted} in {text!r}")
    return problems


# -- the Cyrillic catalogue ------------------------------------------------------------------------
_TRANSLATION = re.compile(
    r"(?P<open><(?:translation|numerusform)(?:\s[^>]*)?>)(?P<text>[^<]*)(?P<close></(?:translation|numerusform)>)"
)
_MESSAGE = re.compile(r"<message\b.*?</message>", re.S)
GENERATED_NOTE = (
    "<!-- Generated from {source} by scripts/translations.py (content.translit): do not edit; "
    "edit {source} and run make translations. -->"
)


def cyrillic_catalogue(latin: str, source_name: str) -> str:
    """The text of the Cyrillic .ts made from the text of the Latin one (same layout, line for line)."""

    def message(match: re.Match[str]) -> str:
        block = match.group(0)
        if f"<translatorcomment>{KEEP_LATIN}" in block:
            return block
        return _TRANSLATION.sub(
            lambda m: m.group("open") + _xml(cyrillic_text(unescape(m.group("text")))) + m.group("close"), block
        )

    text = _MESSAGE.sub(message, re.sub(r"<!--.*?-->\n?", "", latin, flags=re.S))  # the Latin file's own notes
    text = re.sub(r'(<TS\b[^>]*\blanguage=")sr_Latn(")', rf"\g<1>{CYRILLIC}\2", text, count=1)
    note = GENERATED_NOTE.format(source=source_name)
    return text.replace("<!DOCTYPE TS>\n", f"<!DOCTYPE TS>\n{note}\n", 1)


def _xml(text: str) -> str:
    return escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def write_cyrillic(name: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    latin = folder / f"{name}_{LATIN}.ts"
    target = folder / f"{name}_{CYRILLIC}.ts"
    text = cyrillic_catalogue(latin.read_text(encoding="utf-8"), latin.name)
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    else:
        target.touch()  # up to date: newer than its source, for make
    return target


# -- Qt's tools ------------------------------------------------------------------------------------
def _tool(name: str) -> str:
    """Qt's `name` (lupdate, lrelease): PREPOZNAJ_<NAME> if set, else the one PySide6 ships, else
    one on the PATH."""
    import os
    import shutil

    chosen = os.environ.get(f"PREPOZNAJ_{name.upper()}")
    if chosen:
        return chosen
    try:
        import PySide6
    except ImportError:
        pass
    else:
        bundled = Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if sys.platform == "win32" else name)
        if bundled.is_file():
            return str(bundled)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} (part of PySide6) was not found")
    return found


def source_files(root: Path = REPO) -> list[Path]:
    """The files whose tr() strings the interface catalogue holds."""
    return sorted(p for p in (root / "desktop").rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(target: Path, sources: list[Path] | None = None, language: str = LATIN) -> str:
    """Refresh `target` (.ts) from the tr() calls in `sources`: new strings come in unfinished, kept
    ones keep their translation, strings gone from the code are dropped. For English (the source
    language) only the counted texts, which need their plural forms."""
    files = sources if sources is not None else source_files()
    listing = target.with_name(target.name + ".files")
    listing.write_text("\n".join(str(p) for p in files) + "\n", encoding="utf-8")
    try:
        done = subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", language, *(["-pluralonly"] if language == ENGLISH else []),
             f"@{listing}", "-ts", str(target)],
            capture_output=True, text=True, check=False, timeout=120,
        )  # fmt: skip
    finally:
        listing.unlink(missing_ok=True)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout + done.stderr


def compiled_path(source: Path) -> Path:
    """Where the catalogue compiled from `source` (.ts) goes: the app's resources."""
    return COMPILED_DIR / source.with_suffix(".qm").name


def run_lrelease(source: Path, target: Path | None = None) -> Path:
    """The one lrelease runner: `source` (.ts) -> `target` (.qm, by default in the app's
    resources), written through a temporary file so that no half-written catalogue is left."""
    import os
    import tempfile

    target = target or compiled_path(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(suffix=".qm", dir=target.parent)
    os.close(handle)
    try:
        done = subprocess.run(
            [_tool("lrelease"), "-silent", str(source), "-qm", partial],
            capture_output=True, text=True, check=False, timeout=120,
        )  # fmt: skip
        if done.returncode != 0 or not Path(partial).stat().st_size:
            raise RuntimeError(f"lrelease failed on {source.name}: {done.stderr.strip() or done.stdout.strip()}")
        os.replace(partial, target)
    finally:
        Path(partial).unlink(missing_ok=True)
    return target


def out_of_date(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    """The sources whose compiled catalogue is missing or older than the source."""
    stale = []
    for source in all_sources(folder):
        target = compiled_path(source)
        if not target.is_file() or target.stat().st_mtime < source.stat().st_mtime:
            stale.append(source)
    return stale


def compile_catalogues(sources: list[Path] | None = None) -> list[Path]:
    """Compile `sources` (all when None) into the app's resources; returns the .qm written."""
    return [run_lrelease(source) for source in (sources if sources is not None else all_sources())]


def all_sources(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    return sorted(folder.glob("*.ts"))
