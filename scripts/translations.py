#!/usr/bin/env python3
"""The interface translations: the .ts sources in resources/translations, compiled into
desktop/resources/translations (the app only loads the compiled catalogues).

    python scripts/translations.py update     refresh prepoznaj_sr_Latn.ts from the tr() calls in desktop/
                                              and prepoznaj_en.ts from the counted ones (tr("%n …(s)", "", n):
                                              English singular and plural), then `cyrillic` and `compile`
    python scripts/translations.py cyrillic   make every *_sr_Cyrl.ts from its *_sr_Latn.ts (never edit those)
    python scripts/translations.py compile [FILE.ts ...]   .ts -> desktop/resources/translations/*.qm
                                              (pyside6-lrelease); all when none given
    python scripts/translations.py check      exit 1 and list every string without a translation, a plural
                                              without Serbian's three forms (English: two), a lost placeholder,
                                              a counted text without English forms, or a Cyrillic catalogue
                                              that is not the one the Latin gives

`make translations` runs `update`; `make run`, `make test`, `make wheel` and `make bundle` compile
what is out of date, and so does the wheel's build step (setup.py)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts import catalogues as cat  # (the repository is put on the path first)


def update() -> int:
    targets = [cat.TRANSLATIONS_DIR / f"{cat.APP_CATALOGUE}_{language}.ts" for language in (cat.LATIN, cat.ENGLISH)]
    for target, language in zip(targets, (cat.LATIN, cat.ENGLISH), strict=True):
        print(cat.run_lupdate(target, language=language).strip())
    cyrillic()
    compile_all([])
    for target in targets:
        problems = cat.catalogue_problems(target)
        if problems:
            print(f"{target.name}: {len(problems)} to do:")
            for problem in problems:
                print("  " + problem)
    return 0


def cyrillic() -> int:
    for latin in sorted(cat.TRANSLATIONS_DIR.glob(f"*_{cat.LATIN}.ts")):
        name = latin.name.removesuffix(f"_{cat.LATIN}.ts")
        written = cat.write_cyrillic(name)
        print(f"{written.name} made from {latin.name}")
    return 0


def compile_all(files: list[str]) -> int:
    sources = [Path(f) for f in files] if files else cat.all_sources()
    for target in cat.compile_catalogues(sources):
        print(f"{target.relative_to(cat.REPO)} compiled")
    return 0


def check() -> int:
    problems: list[str] = []
    for source in cat.all_sources():
        problems += cat.catalogue_problems(source)
    for latin in sorted(cat.TRANSLATIONS_DIR.glob(f"*_{cat.LATIN}.ts")):
        cyrillic_file = latin.with_name(latin.name.replace(cat.LATIN, cat.CYRILLIC))
        wanted = cat.cyrillic_catalogue(latin.read_text(encoding="utf-8"), latin.name)
        if not cyrillic_file.is_file() or cyrillic_file.read_text(encoding="utf-8") != wanted:
            problems.append(f"{cyrillic_file.name}: not made from {latin.name} as it is now (run make translations)")
    # Strings in the code that the catalogue does not have yet.
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        cat.run_lupdate(fresh)
        in_code = cat.read_catalogue(fresh)
    have = {m.key for m in cat.read_catalogue(cat.TRANSLATIONS_DIR / f"{cat.APP_CATALOGUE}_{cat.LATIN}.ts")}
    problems += [
        f"not in the catalogue: [{m.context}] {m.source!r} (run make translations)"
        for m in in_code
        if m.key not in have
    ]
    problems += english_plural_problems(in_code)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem{'' if len(problems) == 1 else 's'}")
    return 1 if problems else 0


def english_plural_problems(in_code: list[cat.Message]) -> list[str]:
    """Counted texts of the code that the English catalogue lacks (the English interface would show
    their "(s)"), and what it holds that is not a counted text of the code."""
    english = cat.TRANSLATIONS_DIR / f"{cat.APP_CATALOGUE}_{cat.ENGLISH}.ts"
    if not english.is_file():
        return [f"{english.name} is missing (run make translations)"]
    have = {m.key: m for m in cat.read_catalogue(english)}
    counted = {m.key for m in in_code if m.numerus}
    problems = [
        f"{english.name}: no English singular and plural for [{m.context}] {m.source!r} (run make translations)"
        for m in in_code
        if m.numerus and m.key not in have
    ]
    problems += [
        f"{english.name}: [{m.context}] {m.source!r} is not a counted text of the code (run make translations)"
        for key, m in have.items()
        if key not in counted and m.kind not in ("vanished", "obsolete")
    ]
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        return update()
    if command == "cyrillic":
        return cyrillic()
    if command == "compile":
        return compile_all(argv[1:])
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
