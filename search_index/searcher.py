"""The query API: any string in, ranked hits with highlighted snippets out — never an exception.

User text is never handed to Whoosh's query parser: it is split into words and quoted phrases
here and turned into query objects, so quotes, operators, field prefixes, wildcards or emoji
cannot make a search fail."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import highlight
from whoosh.index import Index
from whoosh.query import And, Or, Phrase, Prefix, Query, Term
from whoosh.searching import Hit as WhooshHit
from whoosh.searching import Searcher

from search_index.analysis import fold
from search_index.store import open_index

MAX_QUERY_CHARS = 500
MAX_WORDS = 16
FACETS = ("kind", "lang", "jurisdiction", "topic")

_WORD = re.compile(r"\w+(?:['’]\w+)*(\*)?")
_QUOTED = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    title: str
    lang: str
    href: str
    snippet: str  # HTML: matched words in <b>…</b>, everything else escaped
    score: float
    jurisdiction: str = ""
    topic: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "lang": self.lang,
            "href": self.href,
            "snippet": self.snippet,
            "score": round(self.score, 4),
            "jurisdiction": self.jurisdiction,
            "topic": self.topic,
        }


@dataclass
class SearchResults:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    suggestion: str = ""  # "did you mean", as query text
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    prefix_words: tuple[str, ...]  # words typed with a trailing * (or the word being typed)

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.prefix_words)


def parse_user_query(text: str, as_you_type: bool = False) -> ParsedQuery:
    """Split free text into words, quoted phrases and prefixes. Total: never raises."""
    text = (text or "")[:MAX_QUERY_CHARS]
    phrases: list[tuple[str, ...]] = []

    def take_phrase(match: re.Match[str]) -> str:
        words = tuple(m.group(0).rstrip("*") for m in _WORD.finditer(match.group(1)))
        if len(words) > 1:
            phrases.append(words)
            return " "
        return f" {' '.join(words)} "

    rest = _QUOTED.sub(take_phrase, text)
    words: list[str] = []
    prefixes: list[str] = []
    for match in _WORD.finditer(rest.replace('"', " ")):
        word = match.group(0)
        if word.endswith("*"):
            if len(word) > 2:
                prefixes.append(word[:-1])
            elif len(word) == 2:
                words.append(word[:-1])
        else:
            words.append(word)
    if as_you_type and words and text and not text[-1].isspace() and not text.endswith('"'):
        last = words[-1]
        if len(last) >= 2:
            words.pop()
            prefixes.append(last)
    return ParsedQuery(
        words=tuple(words[:MAX_WORDS]),
        phrases=tuple(phrases[:4]),
        prefix_words=tuple(prefixes[:4]),
    )


class SearchIndex:
    """An open index with one long-lived searcher (opening per query would cost a lot)."""

    def __init__(self, ix: Index) -> None:
        self._ix = ix
        self._searcher: Searcher = ix.searcher()
        self._schema = ix.schema
        self._formatter = highlight.HtmlFormatter(tagname="b", between=" … ")
        self._fragmenter = highlight.ContextFragmenter(maxchars=220, surround=50)

    @classmethod
    def open(cls, index_dir: Path) -> SearchIndex:
        return cls(open_index(index_dir))

    def close(self) -> None:
        self._searcher.close()
        self._ix.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def doc_count(self) -> int:
        return int(self._searcher.doc_count())

    # -- query construction -------------------------------------------------------------
    def _terms(self, fieldname: str, word: str) -> list[str]:
        analyzer = self._schema[fieldname].analyzer
        return [t.text for t in analyzer(word, mode="query")]

    def _word_query(self, word: str) -> Query | None:
        alternatives: list[Query] = []
        for fieldname, boost in (
            ("title", 1.0),
            ("keywords", 1.0),
            ("body", 1.0),
            ("title_en", 1.0),
            ("body_en", 0.8),
            ("title_sr", 1.0),
            ("body_sr", 0.8),
        ):
            terms = self._terms(fieldname, word)
            if not terms:
                continue
            parts = [Term(fieldname, t, boost=boost) for t in terms]
            alternatives.append(parts[0] if len(parts) == 1 else And(parts))
        if not alternatives:
            return None
        return Or(alternatives)

    def _prefix_query(self, word: str) -> Query | None:
        folded = fold(word)
        if not folded:
            return None
        exact = self._word_query(word)
        parts: list[Query] = [Prefix(f, folded) for f in ("title", "keywords", "body")]
        if exact is not None:
            parts.insert(0, exact)
        return Or(parts)

    def _phrase_query(self, words: Sequence[str]) -> Query | None:
        folded = [fold(w) for w in words if fold(w)]
        if len(folded) < 2:
            return None
        return Or([Phrase("title", folded, boost=2.0), Phrase("body", folded)])

    def build_query(self, parsed: ParsedQuery, require_all: bool = True) -> Query | None:
        parts: list[Query] = []
        for word in parsed.words:
            q = self._word_query(word)
            if q is not None:
                parts.append(q)
        for word in parsed.prefix_words:
            q = self._prefix_query(word)
            if q is not None:
                parts.append(q)
        for phrase in parsed.phrases:
            q = self._phrase_query(phrase)
            if q is not None:
                parts.append(q)
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return And(parts) if require_all else Or(parts)

    # -- searching ----------------------------------------------------------------------
    def search(
        self,
        text: str,
        limit: int = 20,
        *,
        lang: str | None = None,
        kinds: Sequence[str] | None = None,
        languages: Sequence[str] | None = None,
        jurisdictions: Sequence[str] | None = None,
        topics: Sequence[str] | None = None,
        as_you_type: bool = False,
    ) -> SearchResults:
        parsed = parse_user_query(text, as_you_type=as_you_type)
        results = SearchResults(query=text)
        if parsed.empty or limit <= 0:
            return results
        query = self.build_query(parsed, require_all=True)
        if query is None:
            return results
        filter_query = _filter(kinds=kinds, languages=languages, jurisdictions=jurisdictions, topics=topics)
        found = self._searcher.search(query, limit=None, terms=True)
        if found.is_empty() and (len(parsed.words) + len(parsed.prefix_words)) > 1:
            loose = self.build_query(parsed, require_all=False)
            if loose is not None:
                query = loose
                found = self._searcher.search(query, limit=None, terms=True)
        results.facets = _facet_counts(found)
        if filter_query is not None:
            found = self._searcher.search(query, limit=None, terms=True, filter=filter_query)
        results.total = len(found)
        ordered = sorted(
            found,
            key=lambda h: (-(h.score * (1.25 if lang and h["lang"] == lang else 1.0)), h.docnum),
        )
        found.highlighter.formatter = self._formatter
        found.highlighter.fragmenter = self._fragmenter
        results.hits = [self._hit(h) for h in ordered[:limit]]
        if results.total == 0:
            results.suggestion = self.suggest(parsed)
        return results

    def _hit(self, hit: WhooshHit) -> Hit:
        snippet = hit.highlights("body", top=2) or _escape(hit.get("body", "")[:200])
        return Hit(
            id=hit["id"],
            kind=hit["kind"],
            title=hit["title"],
            lang=hit["lang"],
            href=hit["href"],
            snippet=snippet,
            score=float(hit.score),
            jurisdiction="" if hit["jurisdiction"] == "none" else hit["jurisdiction"],
            topic="" if hit["topic"] == "none" else hit["topic"],
        )

    def suggest(self, parsed: ParsedQuery) -> str:
        """ "Did you mean": each word replaced by the closest word the index knows, if any."""
        changed = False
        words = []
        for word in (*parsed.words, *parsed.prefix_words):
            folded = fold(word)
            if self._searcher.doc_frequency("body", folded) or self._searcher.doc_frequency("title", folded):
                words.append(word)
                continue
            corrected = ""
            for fieldname in ("title", "body"):
                options = self._searcher.corrector(fieldname).suggest(folded, limit=1, maxdist=2)
                if options:
                    corrected = options[0]
                    break
            words.append(corrected or word)
            changed = changed or bool(corrected)
        return " ".join(words) if changed else ""


def _filter(**facets: Sequence[str] | None) -> Query | None:
    parts: list[Query] = []
    for name, values in facets.items():
        if values:
            fieldname = {"kinds": "kind", "languages": "lang", "jurisdictions": "jurisdiction", "topics": "topic"}[name]
            parts.append(Or([Term(fieldname, v) for v in values]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def _facet_counts(found: object) -> dict[str, dict[str, int]]:
    counters: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    for hit in found:  # type: ignore[attr-defined]
        fields = hit.fields()
        for name in FACETS:
            value = fields.get(name, "")
            if value and value != "none":
                counters[name][value] += 1
    return {name: dict(counter.most_common()) for name, counter in counters.items()}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
