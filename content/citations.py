"""The citation check: every article of a Serbian law cited in a `sources:` entry exists in that law.

`law_articles.yaml` (made once by scripts/law_articles.py from the consolidated official texts)
lists, per Serbian law, the names it is cited under, the Official Gazette issues included and its
article numbers. For each source entry of every article and case:

- the document is matched to a law of the table by name (English, Serbian in either script, or an
  abbreviation; "Law on Amendments to the Labour Law" cites Labour Law article numbers);
- a document that looks like a Serbian law ("Law on …", "Zakon o …", a code, with "Sl. glasnik RS",
  "Republic of Serbia" or in a Serbian article) but matches no law of the table is an error;
- every `art./arts/čl./član N` in its `article` (and `document`) field is parsed (lists, ranges
  "168-170", lettered articles "268a", paragraphs "388(1)", "čl. 388 st. 1") and each article
  number must exist and not be deleted in that law;
- the entry names the Gazette issue it was checked against: the latest issue of the consolidated
  text in the table ("as amended up to 109/2025"), unless it cites an amending law by its own issue.

Citations of a repealed law ("Law on Foreigners, 2008 (repealed)") are not checked: the table
holds the texts in force. Paragraph numbers are parsed but not checked (the copy of the official
texts misses the first lines of amended paragraphs)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from content.model import Document, KnowledgeBase, Problem, SourceRef
from content.paths import CONTENT_DIR
from content.yaml_lines import LineDict, read_yaml_file

TABLE_FILENAME = "law_articles.yaml"

# --- folding: one form for Latin and Cyrillic, with or without diacritics -------------------------

_CYRILLIC: dict[int, str] = {
    ord(c): lat for c, lat in zip("абвгдђежзијклмнопрстћуфхцчш", "abvgdđežzijklmnoprstćufhcčš", strict=True)
}
_CYRILLIC.update({ord("љ"): "lj", ord("њ"): "nj", ord("џ"): "dž"})
_SERBIAN_MARKS = {ord("č"): "c", ord("ć"): "c", ord("š"): "s", ord("ž"): "z", ord("đ"): "dj"}


def latin(text: str) -> str:
    """Lower-case Serbian Latin (Cyrillic transliterated, diacritics kept)."""
    return text.casefold().translate(_CYRILLIC)


def fold(text: str) -> str:
    """Lower-case, Latin, without diacritics (đ -> dj), whitespace collapsed: for matching names."""
    plain = latin(text).translate(_SERBIAN_MARKS)
    if not plain.isascii():
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch))
    return " ".join(plain.split())


# --- the citation parser -------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleRef:
    """One cited article, or a range of articles (`last` set), with the paragraphs written after it."""

    first: str  # "388", "268a"
    last: str = ""  # the end of a range ("170" in "arts 168-170")
    paragraphs: tuple[str, ...] = ()  # "1", "c", "12-13" …

    def numbers(self) -> tuple[str, ...]:
        return (self.first, self.last) if self.last else (self.first,)


_PREFIX = re.compile(r"(?<![^\W\d_])(?:arts?\b\.?|articles?\b|čl\.|čl\b|član(?:a|u|om|ovi|ova|ove|ovima)?\b)\s*")
_LETTER = r"(?:dj|dž|lj|nj|[a-zčćđšž])"
_NUMBER = re.compile(r"\s*(\d{1,4})(" + _LETTER + r")?(?![^\W_])")
_PAREN = re.compile(r"\s*\(\s*(\d{1,3}|[a-z])\s*\)")
_PAREN_RANGE = re.compile(r"\s*[-–—]\s*\(\s*(\d{1,3}|[a-z])\s*\)")
_PARAGRAPH_WORD = re.compile(
    r"\s*,?\s*(?:st\.|stav(?:a|u|om|ovi|ova|ove)?\b|para\.|paras?\b|paragraphs?\b|§|t\.|tač\.|tačk[aeiu]\b|point\b|item\b)"
    r"\s*(\d{1,3})\)?"
)
_RANGE = re.compile(r"\s*(?:[-–—]|\bto\b|\bdo\b)\s*(?=\d)")
# After "st. 8" Serbian style goes on with more paragraphs of the same article: "st. 8–10",
# "st. 1 i 10" (another article would be named again: "st. 1 i čl. 10").
_MORE_PARAGRAPHS = re.compile(r"\s*(?:([-–—])|\bi\b|\bili\b)\s*(\d{1,3})\)?(?![^\W_])(?!\s*/)")
_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b|\bor\b|\bi\b|\bili\b|\bkao i\b)\s*")
_REPEATED_PREFIX = re.compile(r"\s*" + _PREFIX.pattern)


def _paragraphs(text: str, pos: int) -> tuple[list[str], int]:
    found: list[str] = []
    while True:
        match = _PAREN.match(text, pos)
        if match:
            found.append(match.group(1))
            pos = match.end()
            ranged = _PAREN_RANGE.match(text, pos)
            if ranged:
                found[-1] = f"{found[-1]}-{ranged.group(1)}"
                pos = ranged.end()
            continue
        match = _PARAGRAPH_WORD.match(text, pos)
        if match:
            found.append(match.group(1))
            pos = match.end()
            more = _MORE_PARAGRAPHS.match(text, pos)
            while more:
                if more.group(1):
                    found[-1] = f"{found[-1]}-{more.group(2)}"
                else:
                    found.append(more.group(2))
                pos = more.end()
                more = _MORE_PARAGRAPHS.match(text, pos)
            continue
        return found, pos


def _article_list(text: str, pos: int) -> tuple[list[ArticleRef], int]:
    """The articles of one list that starts at `pos` (just after "arts "), and where it ends."""
    found: list[ArticleRef] = []
    while True:
        match = _NUMBER.match(text, pos)
        if not match:
            return found, pos
        first = str(int(match.group(1))) + (match.group(2) or "")
        pos = match.end()
        paragraphs, pos = _paragraphs(text, pos)
        last = ""
        ranged = _RANGE.match(text, pos)
        if ranged:
            end = _NUMBER.match(text, ranged.end())
            if end:
                last = str(int(end.group(1))) + (end.group(2) or "")
                pos = end.end()
                more, pos = _paragraphs(text, pos)
                paragraphs += more
        ref = ArticleRef(first, last, tuple(paragraphs))
        # paragraphs listed after a comma belong to the article before: "art. 388(1), (2), (10)"
        while True:
            separator = _SEPARATOR.match(text, pos)
            if not separator:
                found.append(ref)
                return found, pos
            more, after = _paragraphs(text, separator.end())
            if not more or not text[separator.end() : after].lstrip().startswith("("):
                break
            ref = ArticleRef(ref.first, ref.last, ref.paragraphs + tuple(more))
            pos = after
        found.append(ref)
        repeated = _REPEATED_PREFIX.match(text, separator.end())
        pos = repeated.end() if repeated else separator.end()


def parse_citations(text: str) -> list[ArticleRef]:
    """Every article cited with `art.`, `arts`, `article(s)`, `čl.` or `član` in `text`, in order.

    A text that is only a list of numbers ("388(1)", "17, 42") is read as a list of articles."""
    normal = latin(text)
    found: list[ArticleRef] = []
    pos = 0
    if not _PREFIX.search(normal):
        return _article_list(normal, 0)[0]
    while True:
        prefix = _PREFIX.search(normal, pos)
        if not prefix:
            return found
        refs, end = _article_list(normal, prefix.end())
        found += refs
        pos = max(end, prefix.end())


# --- the table of laws ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Law:
    key: str
    title_en: str
    title_sr: str
    names: tuple[str, ...]  # matched without regard to case, script and diacritics
    abbreviations: tuple[str, ...]
    gazette: tuple[str, ...]
    latest: str
    articles: frozenset[str]
    deleted: frozenset[str]

    def label(self) -> str:
        return f"{self.title_en} ({self.title_sr})"

    def text(self) -> str:
        return f"consolidated text up to Sl. glasnik RS {self.latest}"


@dataclass(frozen=True)
class LawTable:
    laws: tuple[Law, ...]
    foreign_markers: tuple[str, ...]

    @functools.cached_property
    def _names(self) -> tuple[re.Pattern[str] | None, dict[str, Law], re.Pattern[str] | None, dict[str, Law]]:
        """One pattern for every name (folded, longest first) and one for the abbreviations."""
        by_name = {fold(name): law for law in self.laws for name in law.names if fold(name)}
        by_abbreviation = {a: law for law in self.laws for a in law.abbreviations}
        return (
            _alternation(by_name) if by_name else None,
            by_name,
            _alternation(by_abbreviation) if by_abbreviation else None,
            by_abbreviation,
        )

    @functools.cached_property
    def _foreign(self) -> re.Pattern[str] | None:
        markers = {fold(marker) for marker in self.foreign_markers if fold(marker)}
        return _alternation(markers) if markers else None

    def laws_named_in(self, document: str) -> list[Law]:
        """The laws whose name or abbreviation the document contains, in order (longest name wins)."""
        names, by_name, abbreviations, by_abbreviation = self._names
        found: list[tuple[int, Law]] = []
        if names is not None:
            found += [(m.start(), by_name[m.group(0)]) for m in names.finditer(fold(document))]
        if abbreviations is not None:
            found += [(m.start(), by_abbreviation[m.group(0)]) for m in abbreviations.finditer(document)]
        laws: list[Law] = []
        for _start, law in sorted(found, key=lambda hit: hit[0]):
            if law not in laws:
                laws.append(law)
        return laws

    def is_foreign(self, document: str) -> bool:
        return self._foreign is not None and self._foreign.search(fold(document)) is not None


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """Any of the words as a whole word, the longest first (so "Law on Employment of Foreigners"
    wins over a shorter name inside it)."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(word) for word in ordered) + r")(?![^\W_])")


_LAW_WORD = re.compile(r"(?<![^\W_])(?:law|zakon\w*|code|act)(?![^\W_])")
_SERBIAN_MARKER = re.compile(
    r"sl\. ?glasnik rs|sluzbeni glasnik|republic of serbia|republike srbije|\bserbian?\b|\bsrbij\w*|\bsrpsk\w*"
)
# "Law on Amendments to the Labour Law, Sl. glasnik RS 75/2014" names its own issue, not the latest
_AMENDING = re.compile(r"\bamendments? (?:to|of)\b|\bizmen\w* i dopun\w*|\bizmen\w* (?:zakon|krivicn)\w*")
_REPEALED = re.compile(r"\brepealed\b|no longer in force|prestao (?:je )?da vazi|\bstari zakon\b")


def load_law_table(path: Path) -> tuple[LawTable | None, list[Problem]]:
    problems: list[Problem] = []

    def report(line: int, message: str) -> None:
        problems.append(Problem(path, line, message))

    data = read_yaml_file(path, report)
    if data is None:
        return None, problems
    raw_laws = data.get("laws") if isinstance(data, dict) else None
    if not isinstance(raw_laws, dict) or not raw_laws:
        report(1, "the table needs a 'laws' mapping (regenerate it with scripts/law_articles.py)")
        return None, problems
    laws = []
    for key, entry in raw_laws.items():
        line = raw_laws.line_of(key) if isinstance(raw_laws, LineDict) else 1
        names = _texts(entry.get("names")) if isinstance(entry, dict) else ()
        if not names or not isinstance(entry.get("articles"), list):
            report(line, f"law '{key}' needs a list of 'names' and a list of 'articles'")
            continue
        laws.append(
            Law(
                key=str(key),
                title_en=str(entry.get("title_en", key)),
                title_sr=str(entry.get("title_sr", "")),
                names=names,
                abbreviations=_texts(entry.get("abbreviations")),
                gazette=_texts(entry.get("gazette")),
                latest=str(entry.get("latest") or ""),
                articles=frozenset(latin(a) for a in _texts(entry["articles"])),
                deleted=frozenset(latin(a) for a in _texts(entry.get("deleted"))),
            )
        )
    return LawTable(tuple(laws), _texts(data.get("foreign_markers"))), problems


def _texts(value: object) -> tuple[str, ...]:
    """The non-empty items of a YAML list as text (numbers such as 388 included); () for anything else."""
    if not isinstance(value, list):
        return ()
    return tuple(str(item).strip() for item in value if item is not None and str(item).strip())


def table_path(root: Path) -> Path:
    """The knowledge base's own table, or the bundled one when the folder has none."""
    own = root / TABLE_FILENAME
    return own if own.exists() else CONTENT_DIR / TABLE_FILENAME


# --- the check -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckedCitation:
    """One article number of a Serbian law found in a source entry (for counts and reports)."""

    path: Path
    line: int
    law: str
    article: str


# Sources that mention a law without being one: a ratification law cites a treaty's articles, a draft
# is not law, a law firm's note or a news report about a law is commentary.
_NOT_A_LAW = re.compile(r"\blaw firms?\b|potvrdjivanju|ratif|\bnacrt\w*|\bdraft\b|\bnews\b|\breport\b")


def _looks_like_serbian_law(document: str, jurisdiction: str) -> bool:
    """A document that is a law names itself so in its first words ("Labour Law (Zakon o radu) …",
    "Zakon o strancima …"); a news report or a web page that mentions a law further on is not one."""
    folded = fold(document)
    opening = " ".join(folded.split()[:4])
    if not _LAW_WORD.search(opening) or _NOT_A_LAW.search(folded):
        return False
    return jurisdiction == "serbia" or bool(_SERBIAN_MARKER.search(folded))


def source_problems(
    table: LawTable, source: SourceRef, jurisdiction: str, path: Path, checked: list[CheckedCitation] | None = None
) -> list[Problem]:
    """What is wrong with one source entry's citation of a Serbian law (nothing for other sources)."""
    line = source.line or 1
    if table.is_foreign(source.document):
        return []
    laws = table.laws_named_in(source.document)
    if not laws:
        if _looks_like_serbian_law(source.document, jurisdiction) and not _REPEALED.search(fold(source.document)):
            return [
                Problem(
                    path,
                    line,
                    f"unknown Serbian law '{source.document}': not in {TABLE_FILENAME} (add its official text "
                    "and regenerate the table with scripts/law_articles.py, or correct the name)",
                )
            ]
        return []
    if len(laws) > 1:
        names = ", ".join(law.title_en for law in laws)
        return [Problem(path, line, f"one source entry names several Serbian laws ({names}); give each its own entry")]
    law = laws[0]
    if _REPEALED.search(fold(source.document)):
        return []  # a repealed text: the table holds the law in force
    problems = []
    folded = fold(source.document)
    if law.latest and law.latest not in folded and not _AMENDING.search(folded):
        problems.append(
            Problem(
                path,
                line,
                f"the source entry of the {law.label()} does not name the Gazette issue it was checked against: "
                f"add 'Sl. glasnik RS …, as amended up to {law.latest}' to the document",
            )
        )
    for ref in [*parse_citations(source.article), *_document_citations(source.document)]:
        for number in ref.numbers():
            if checked is not None:
                checked.append(CheckedCitation(path, line, law.key, number))
            if number in law.deleted:
                problems.append(
                    Problem(path, line, f"art. {number} of the {law.label()} has been deleted ({law.text()})")
                )
            elif number not in law.articles:
                problems.append(Problem(path, line, f"no art. {number} in the {law.label()}, {law.text()}"))
        if ref.last and _order(ref.last) < _order(ref.first):
            problems.append(Problem(path, line, f"article range {ref.first}-{ref.last} runs backwards"))
    return problems


def _document_citations(document: str) -> list[ArticleRef]:
    """Articles named in the document field itself need the `art.` word ("Labour Law, art. 32")."""
    return parse_citations(document) if _PREFIX.search(latin(document)) else []


def _order(article: str) -> tuple[int, str]:
    match = re.match(r"\d+", article)
    return (int(match.group(0)) if match else 0, article)


def check_citations(kb: KnowledgeBase, checked: list[CheckedCitation] | None = None) -> list[Problem]:
    """Every Serbian-law citation in the `sources:` of articles and cases, against the law table."""
    path = table_path(kb.root)
    table, problems = load_law_table(path)
    if table is None:
        return problems
    documents: list[Document] = [*kb.iter_articles(), *kb.iter_cases()]
    for doc in documents:
        jurisdiction = str(getattr(doc, "jurisdiction", "") or "")
        for source in doc.sources:
            problems += source_problems(table, source, jurisdiction, doc.path, checked)
    return problems
