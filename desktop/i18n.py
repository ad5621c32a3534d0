"""The interface language: English, Serbian in Latin script or Serbian in Cyrillic script.

One choice covers the interface and the content. The interface texts come from Qt translation
catalogues (ours, and ours for Qt's own dialogs and menus, since Qt ships no Serbian one), compiled
into desktop/resources/translations when the app is built from the .ts sources in
resources/translations; the Cyrillic catalogues are generated from the Latin ones
(scripts/translations.py). English, the language of the sources, has a catalogue of plural forms
only: Qt turns `tr("%n result(s)", "", n)` into "1 result" / "30 results" through a catalogue alone.
Content is written in Serbian Latin; in Cyrillic it is transliterated for display, never the English.

Switching installs the other catalogues: Qt sends every widget a LanguageChange event, and each
window, panel and controller sets its texts again (their `retranslate()` methods)."""

from __future__ import annotations

import logging
import os
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import paths

if TYPE_CHECKING:
    from content.model import LocalText

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = paths.RESOURCES_DIR / "translations"
# Our own interface, then Qt's standard buttons, dialogs and context menus.
CATALOGUES = ("prepoznaj", "qtbase")
# English: only the singular and plural of our counted texts (Qt's own texts are English already).
ENGLISH_CATALOGUES = ("prepoznaj",)


class Language(StrEnum):
    ENGLISH = "en"
    SERBIAN_LATIN = "sr_Latn"
    SERBIAN_CYRILLIC = "sr_Cyrl"

    @property
    def content_lang(self) -> str:
        """The language of the knowledge base to show: "en" or "sr"."""
        return "en" if self is Language.ENGLISH else "sr"

    @property
    def cyrillic(self) -> bool:
        return self is Language.SERBIAN_CYRILLIC

    @property
    def native_name(self) -> str:
        """The name in the language itself (as every language menu shows it): not translated."""
        return _NATIVE_NAMES[self]

    def locale(self) -> QLocale:
        if self is Language.ENGLISH:
            return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        script = QLocale.Script.CyrillicScript if self.cyrillic else QLocale.Script.LatinScript
        return QLocale(QLocale.Language.Serbian, script, QLocale.Country.Serbia)


_NATIVE_NAMES = {
    Language.ENGLISH: "English",
    Language.SERBIAN_LATIN: "Srpski (latinica)",
    Language.SERBIAN_CYRILLIC: "Српски (ћирилица)",
}


def parse_language(value: object) -> Language | None:
    text = str(value or "").strip().replace("-", "_")
    for language in Language:
        if text.lower() == language.value.lower():
            return language
    return None


def language_for_locale(locale: QLocale) -> Language:
    """The language a new user most likely wants: Serbian in the script of a Serbian system."""
    if locale.language() != QLocale.Language.Serbian:
        return Language.ENGLISH
    if locale.script() == QLocale.Script.LatinScript:
        return Language.SERBIAN_LATIN
    return Language.SERBIAN_CYRILLIC  # sr_RS without a script is Cyrillic (glibc, Windows, Qt)


# -- the catalogues --------------------------------------------------------------------------
def compiled_catalogue(name: str, language: Language) -> Path | None:
    """The compiled catalogue (.qm) shipped with the app, or None when it is missing. The app only
    loads catalogues: they are compiled from the .ts sources when the app is built (make, the
    wheel's build step, the bundle), never at run time."""
    path = TRANSLATIONS_DIR / f"{name}_{language.value}.qm"
    return path if path.is_file() else None


# -- the language in use ---------------------------------------------------------------------
_current = Language.ENGLISH
_installed: list[QTranslator] = []


def current() -> Language:
    return _current


def install(language: Language) -> None:
    """Make `language` the interface language: its catalogues replace the installed ones (Qt then
    posts LanguageChange to every window) and QLocale's default follows (numbers, dates)."""
    global _current
    app = QCoreApplication.instance()
    _current = language
    QLocale.setDefault(language.locale())
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for name in ENGLISH_CATALOGUES if language is Language.ENGLISH else CATALOGUES:
        qm = compiled_catalogue(name, language)
        translator = QTranslator(app)
        if qm is None or not translator.load(str(qm)):
            if language is Language.ENGLISH:
                log.warning("no %s catalogue for en: counted texts read “(s)” (“%%n result(s)”)", name)
            else:
                log.warning("no %s catalogue for %s: those texts stay in English", name, language.value)
            continue
        app.installTranslator(translator)
        _installed.append(translator)


# -- content in the chosen script ------------------------------------------------------------
def uses_cyrillic(lang: str) -> bool:
    """Whether content in `lang` is shown in Cyrillic (Serbian, with the Cyrillic interface)."""
    return lang == "sr" and _current.cyrillic


def script_text(text: str, lang: str) -> str:
    """Text in `lang` as the reader should see it: Serbian in Cyrillic when that script is chosen."""
    if uses_cyrillic(lang):
        from content.translit import to_cyrillic

        return to_cyrillic(text)
    return text


def script_html(html: str, lang: str) -> str:
    """A page or fragment asked for in `lang`, in the chosen script: text only, never markup, links,
    code, nor what the content marks as English (lang="en") or as verbatim (translate="no")."""
    if uses_cyrillic(lang):
        return _html_in_cyrillic(html)
    return html


@lru_cache(maxsize=32)  # back and forth between pages is instant in Cyrillic too
def _html_in_cyrillic(html: str) -> str:
    from content.translit import html_to_cyrillic

    return html_to_cyrillic(html)


def sort_key(text: str) -> tuple[int, ...]:
    """For sorting shown text in the order of the interface language, case aside (Cyrillic:
    а б в г д ђ е …; Latin: … c č ć d dž đ e …). The content layer's collation
    (content/collation.py), so a list here and a generated page list terms in the same order."""
    from content.collation import sort_key as collation_key

    return collation_key(text, _current.content_lang, _current.cyrillic)


def local_text(text: LocalText, lang: str) -> str:
    """A bilingual content label in `lang` (Serbian falls back to English, which is never transliterated)."""
    if lang == "sr" and text.sr:
        return script_text(text.sr, "sr")
    return text.get(lang)


def initial_language(chosen: str, old_content_language: str = "", system: QLocale | None = None) -> Language:
    """The language to start in: the one chosen in the settings; else Serbian (Latin) for someone who
    had chosen Serbian content before the interface was translated; else the system's language;
    PREPOZNAJ_LANGUAGE overrides all of them (screenshots, support, tests)."""
    forced = parse_language(os.environ.get("PREPOZNAJ_LANGUAGE"))
    if forced is not None:
        return forced
    language = parse_language(chosen)
    if language is not None:
        return language
    if old_content_language == "sr":
        return Language.SERBIAN_LATIN
    return language_for_locale(system if system is not None else QLocale.system())
