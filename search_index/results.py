"""What a search returns: hits (snippets made on first use), facet counts, corrections."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from search_index.analysis import english_key, search_fold, serbian_key, tokenize


@dataclass(frozen=True)
class TermMatcher:
    """Tells whether a word of any text matches the query (to highlight it in the article view)."""

    keys: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.keys or self.prefixes)

    def matches(self, word: str) -> bool:
        folded = search_fold(word)
        if not folded:
            return False
        if english_key(folded) in self.keys or serbian_key(folded) in self.keys:
            return True
        return any(folded.startswith(p) for p in self.prefixes)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the matching words of `text`."""
        return [(s, e) for w, s, e in tokenize(text) if self.matches(w)]


class Hit:
    """One result. `snippet` (HTML, matched words in <b>) is made when first read, so a list
    of forty hits costs snippets only for those shown."""

    __slots__ = (
        "_matcher",
        "_snippet",
        "_title_html",
        "corrected_query",
        "docnum",
        "href",
        "id",
        "jurisdiction",
        "kind",
        "lang",
        "score",
        "title",
        "topic",
    )

    def __init__(
        self,
        *,
        id: str,
        kind: str,
        title: str,
        lang: str,
        href: str,
        score: float,
        snippet: str | Callable[[], str] = "",
        title_html: str | Callable[[], str] = "",
        matcher: TermMatcher | Callable[[], TermMatcher] | None = None,
        jurisdiction: str = "",
        topic: str = "",
        corrected_query: str = "",
        docnum: int = -1,
    ) -> None:
        self.id = id
        self.kind = kind
        self.title = title
        self.lang = lang
        self.href = href
        self.score = score
        self.jurisdiction = jurisdiction
        self.topic = topic
        self.corrected_query = corrected_query
        self.docnum = docnum
        self._snippet = snippet
        self._title_html = title_html
        self._matcher = matcher

    @property
    def snippet(self) -> str:
        if not isinstance(self._snippet, str):
            self._snippet = self._snippet()
        return self._snippet

    @property
    def title_html(self) -> str:
        """The title as HTML, matched words in <b>."""
        if not isinstance(self._title_html, str):
            self._title_html = self._title_html()
        return self._title_html or escape(self.title)

    @property
    def matcher(self) -> TermMatcher:
        """Which words of this document's page matched the query (to highlight them there)."""
        if self._matcher is None:
            self._matcher = TermMatcher()
        elif not isinstance(self._matcher, TermMatcher):
            self._matcher = self._matcher()
        return self._matcher

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
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
        if self.corrected_query:
            data["corrected_query"] = self.corrected_query
        return data

    def __repr__(self) -> str:
        return f"Hit({self.kind}:{self.id}:{self.lang} {self.score:.2f})"


@dataclass
class SearchResults:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    suggestion: str = ""  # "did you mean": the query with unknown words corrected
    corrected_query: str = ""  # set when the hits are for `suggestion`, not for what was typed
    matcher: TermMatcher = field(default_factory=TermMatcher)  # the words searched for
    glossary_terms: list[str] = field(default_factory=list)  # glossary terms recognised in the query
    # Nothing searched yet: every word is one still being typed, too short to look for (a word
    # is searched from its MIN_PREFIX-th letter), so "no results" would say nothing true.
    too_short: bool = False
    # Facet → value → documents; counted over every match when first read (a caller that shows
    # no filters never pays for them).
    _facets: dict[str, dict[str, int]] | Callable[[], dict[str, dict[str, int]]] = field(
        default_factory=dict, repr=False
    )

    @property
    def facets(self) -> dict[str, dict[str, int]]:
        if not isinstance(self._facets, dict):
            self._facets = self._facets()
        return self._facets

    @facets.setter
    def facets(self, value: dict[str, dict[str, int]] | Callable[[], dict[str, dict[str, int]]]) -> None:
        self._facets = value
