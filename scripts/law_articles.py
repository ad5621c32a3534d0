#!/usr/bin/env python3
"""Make content/law_articles.yaml: the article numbers of each Serbian law the knowledge base cites.

    python scripts/law_articles.py [LAWS_DIR]     (default: ../shared/domain/laws next to the repository)

It reads the consolidated official texts (Cyrillic JSON from the Legal Information System of the
Republic of Serbia, one file per law, `provisions: [{provision_ref, title, content}]`) and writes,
per law: the names under which the content cites it, the Official Gazette issues the text
includes, the article numbers (lettered ones such as 268a included) and the articles that were
deleted ("Brisan je") or annulled. No law text is copied: only numbers, issue numbers and names.
The table is committed; `python -m content check` reads it and never needs the JSON.

The article number is taken from the provision's heading ("Član 46ž.", "Član 12-14."), not from
`provision_ref`, which transliterates some letters ambiguously (ж and з both become "z")."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_LAWS = REPO.parent / "shared" / "domain" / "laws"
if not DEFAULT_LAWS.is_dir():  # a git worktree sits one level deeper (/work/wt/<name>)
    DEFAULT_LAWS = REPO.parent.parent / "shared" / "domain" / "laws"
TARGET = REPO / "content" / "law_articles.yaml"

# Per file: the key used in the table, and the names the content uses for the law, in English
# and Serbian (Latin; nominative and genitive, the forms that appear in citations) and the
# abbreviations Serbian lawyers use. Cyrillic forms are added from the Latin ones.
LAWS: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    # file stem: (key, English names, Serbian names, abbreviations)
    "krivicni-zakonik": (
        "criminal-code",
        ["Criminal Code"],
        ["Krivični zakonik", "Krivičnog zakonika", "Krivičnim zakonikom"],
        ["KZ"],
    ),
    "zakon-o-radu": (
        "labour-law",
        ["Labour Law", "Labor Law", "Law on Labour", "Law on Labor"],
        ["Zakon o radu", "Zakona o radu", "Zakonom o radu"],
        ["ZR", "ZOR"],
    ),
    "zakon-o-inspekcijskom-nadzoru": (
        "inspection-oversight",
        ["Law on Inspection Oversight", "Law on Inspection Supervision", "Law on Inspection Control"],
        ["Zakon o inspekcijskom nadzoru", "Zakona o inspekcijskom nadzoru", "Zakonom o inspekcijskom nadzoru"],
        ["ZIN"],
    ),
    "zakon-o-strancima": (
        "foreigners",
        ["Law on Foreigners", "Law on Aliens"],
        ["Zakon o strancima", "Zakona o strancima", "Zakonom o strancima"],
        [],
    ),
    "zakon-o-zaposljavanju-stranaca": (
        "employment-of-foreigners",
        [
            "Law on Employment of Foreigners",
            "Law on the Employment of Foreigners",
            "Law on Employment of Foreign Citizens",
        ],
        ["Zakon o zapošljavanju stranaca", "Zakona o zapošljavanju stranaca", "Zakonom o zapošljavanju stranaca"],
        ["ZZS"],
    ),
    "zakon-o-pojednostavljenom-radnom-angazovanju-na-sezonskim-poslovima-u-od": (
        "seasonal-work",
        [
            "Law on Simplified Work Engagement on Seasonal Jobs",
            "Law on Simplified Work Engagement on Seasonal Work",
            "seasonal-work law",
            "seasonal work law",
        ],
        [
            "Zakon o pojednostavljenom radnom angažovanju na sezonskim poslovima",
            "Zakona o pojednostavljenom radnom angažovanju na sezonskim poslovima",
            "zakon o sezonskim poslovima",
            "zakona o sezonskim poslovima",
        ],
        [],
    ),
    "zakon-o-prekrsajima": (
        "misdemeanours",
        ["Law on Misdemeanours", "Law on Misdemeanors", "Law on Minor Offences"],
        ["Zakon o prekršajima", "Zakona o prekršajima", "Zakonom o prekršajima"],
        ["ZOP"],
    ),
    "zakon-o-bezbednosti-i-zdravlju-na-radu": (
        "occupational-safety-and-health",
        ["Law on Occupational Safety and Health", "Law on Safety and Health at Work", "OSH law", "OSH Law"],
        ["Zakon o bezbednosti i zdravlju na radu", "Zakona o bezbednosti i zdravlju na radu"],
        ["ZBZR"],
    ),
    "zakon-o-socijalnoj-zastiti": (
        "social-protection",
        ["Law on Social Protection", "Law on Social Welfare"],
        ["Zakon o socijalnoj zaštiti", "Zakona o socijalnoj zaštiti"],
        [],
    ),
    "zakon-o-azilu-i-privremenoj-zastiti": (
        "asylum",
        ["Law on Asylum and Temporary Protection"],
        ["Zakon o azilu i privremenoj zaštiti", "Zakona o azilu i privremenoj zaštiti"],
        [],
    ),
}

# Names of other states and their laws: a document that names one is never a Serbian law
# ("Belgian Criminal Code", "Code pénal", "UK Modern Slavery Act").
FOREIGN_MARKERS = [
    "Belgian",
    "Belgium",
    "Belgique",
    "België",
    "Code pénal",
    "Strafwetboek",
    "French",
    "France",
    "German",
    "Germany",
    "Greek",
    "Greece",
    "Danish",
    "Denmark",
    "Dutch",
    "Netherlands",
    "Italian",
    "Italy",
    "Spanish",
    "Spain",
    "British",
    "United Kingdom",
    "UK",
    "Finnish",
    "Finland",
    "Swedish",
    "Sweden",
    "Austrian",
    "Austria",
    "Croatian",
    "Croatia",
    "Slovenian",
    "Slovenia",
    "Hungarian",
    "Hungary",
    "Romanian",
    "Romania",
    "Bulgarian",
    "Bulgaria",
    "Polish",
    "Poland",
    "Czech",
    "Portuguese",
    "Portugal",
    "Irish",
    "Ireland",
    "Montenegrin",
    "Montenegro",
    "Bosnia and Herzegovina",
    "North Macedonia",
    "Azerbaijan",
    "Cyprus",
    "United States",
    "US Code",
]

_CYR_TO_LAT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "ђ": "đ",
    "е": "e",
    "ж": "ž",
    "з": "z",
    "и": "i",
    "ј": "j",
    "к": "k",
    "л": "l",
    "љ": "lj",
    "м": "m",
    "н": "n",
    "њ": "nj",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "ћ": "ć",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "č",
    "џ": "dž",
    "ш": "š",
}
_LAT_TO_CYR_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_LAT_TO_CYR = {lat: cyr for cyr, lat in _CYR_TO_LAT.items() if len(lat) == 1}

_HEADING = re.compile(r"Члан\s+(\d+)(?:\s*-\s*(\d+))?([a-zа-шђјљњћџ]{0,2})\.")
_DELETED = re.compile(r"^\s*(Брисан је|Брисани су|Престао је да важи|Престали су да важе)\s*\(")
_ISSUE = re.compile(r"(\d{1,3}/\d{4})(?:-\d+)?(?:\s*\(([^)]*)\))?")


def to_latin(text: str) -> str:
    out = []
    for ch in text:
        latin = _CYR_TO_LAT.get(ch.lower())
        out.append(ch if latin is None else latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def to_cyrillic(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair.lower() in _LAT_TO_CYR_DIGRAPHS:
            cyr = _LAT_TO_CYR_DIGRAPHS[pair.lower()]
            out.append(cyr.upper() if pair[0].isupper() else cyr)
            i += 2
            continue
        ch = text[i]
        cyr = _LAT_TO_CYR.get(ch.lower())
        out.append(ch if cyr is None else (cyr.upper() if ch.isupper() else cyr))
        i += 1
    return "".join(out)


_CYRILLIC_ORDER = "абвгдђежзијклљмнњопрстћуфхцчџш"


def _number_key(article: str) -> tuple[int, int]:
    """Number first, then the letter in the Serbian alphabet's order (268, 268a, 268b, 268v, 268g)."""
    match = re.fullmatch(r"(\d+)(\D*)", article)
    assert match, article
    letter = to_cyrillic(match.group(2))
    return int(match.group(1)), _CYRILLIC_ORDER.index(letter) + 1 if letter else 0


def _plain(article: str) -> int | str:
    """Unlettered numbers are written as YAML integers, lettered ones as text (268a)."""
    return int(article) if article.isdigit() else article


def articles_of(provisions: list[dict[str, str]]) -> tuple[list[str], list[str]]:
    """(every article number, the deleted ones), in the law's order, Latin letters."""
    found: list[str] = []
    deleted: list[str] = []
    for provision in provisions:
        match = _HEADING.match(provision["title"])
        if not match:
            raise SystemExit(f"unexpected provision heading {provision['title'][:60]!r}")
        first, last, letter = int(match.group(1)), match.group(2), to_latin(match.group(3))
        numbers = [f"{n}{letter}" for n in range(first, int(last) + 1)] if last else [f"{first}{letter}"]
        found += numbers
        if _DELETED.match(provision["content"]):
            deleted += numbers
    if len(set(found)) != len(found):
        raise SystemExit("an article number occurs twice")
    return sorted(found, key=_number_key), sorted(deleted, key=_number_key)


def gazette_issues(description: str) -> list[str]:
    """'Службени гласник: 24/2005-3, 13/2017-64 (УС), ... Област: ...' -> ['24/2005', '13/2017 (US)', ...]."""
    listed = description.split("Област:")[0]
    issues = []
    for number, note in _ISSUE.findall(listed):
        issues.append(f"{number} ({to_latin(note)})" if note else number)
    return issues


def build(laws_dir: Path) -> dict[str, object]:
    laws: dict[str, object] = {}
    for stem, (key, english, serbian, abbreviations) in LAWS.items():
        data = json.loads((laws_dir / f"{stem}.json").read_text(encoding="utf-8"))
        articles, deleted = articles_of(data["provisions"])
        issues = gazette_issues(data["description"])
        laws[key] = {
            "title_sr": to_latin(data["title"]),
            "title_en": english[0],
            "names": english + serbian + [to_cyrillic(name) for name in serbian],
            "abbreviations": abbreviations,
            "gazette": issues,
            "latest": issues[-1].split(" ")[0],
            "articles": [_plain(a) for a in articles],
            "deleted": [_plain(a) for a in deleted],
        }
    return {"foreign_markers": FOREIGN_MARKERS, "laws": laws}


HEADER = """\
# Article numbers of the Serbian laws the knowledge base cites -- GENERATED, do not edit by hand.
# Made by scripts/law_articles.py from the consolidated official texts of the Legal Information
# System of the Republic of Serbia (Pravno-informacioni sistem RS; snapshot of 2026-04-11 in
# ../shared/domain/laws). No text of a law is copied here: only names, Official Gazette issues
# ("Sl. glasnik RS") and article numbers. `python -m content check` checks every article of a
# Serbian law cited in a `sources:` entry against this table (see content/citations.py).
#
#   foreign_markers  a document naming one of these is never taken for a Serbian law
#   names            how the content names the law (matched without regard to case, script or
#                    diacritics; a document naming "Law on Amendments to the Labour Law" cites the
#                    Labour Law's article numbers)
#   abbreviations    matched as whole words, case-sensitive
#   gazette          the Gazette issues the consolidated text includes; latest = the last
#   articles         every article number, lettered ones (268a) included
#   deleted          articles the text marks as deleted ("Brisan je") or annulled
"""


class _Dumper(yaml.SafeDumper):
    pass


def _flow_list(dumper: yaml.SafeDumper, data: list[object]) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


_Dumper.add_representer(list, _flow_list)


def main(argv: list[str]) -> int:
    laws_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_LAWS
    table = build(laws_dir)
    text = yaml.dump(table, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    TARGET.write_text(HEADER + text, encoding="utf-8")
    laws = table["laws"]
    assert isinstance(laws, dict)
    for key, law in laws.items():
        print(f"{key}: {len(law['articles'])} articles ({len(law['deleted'])} deleted), up to {law['latest']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
