"""The query API: any string in, ranked hits with highlighted snippets out — never an exception.

`SearchIndex.search` parses the text (query.py), plans concepts with glossary expansion
(query.py), scores documents (ranking.py), groups language versions and counts facets
(grouping.py) and returns hits whose snippets are cut from stored offsets when first read
(snippets.py).

It reads only the copies written beside the Whoosh index (lexicon.py, stored.py): neither
opening nor searching imports Whoosh.

Unknown words are corrected from the index's own vocabulary ("trafficing" → "trafficking",
shown as the texts write it, diacritics included). When the query as typed cannot be fully
matched and the corrected one can, the results are those of the corrected query and say so
(`SearchResults.corrected_query`); otherwise the correction is offered as `suggestion`."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path

from search_index.analysis import MAX_WORD_CHARS, WORD_RE
from search_index.freshness import IndexMeta
from search_index.grouping import FACETS, Entry, Filters, Grouping
from search_index.lexicon import KEY_BYTES, Lexicon
from search_index.query import MIN_PREFIX, ParsedQuery, ParsedWord, Plan, Planner, parse_user_query
from search_index.ranking import Ranker
from search_index.results import Hit, SearchResults, TermMatcher
from search_index.snippets import highlight_words, make_snippet
from search_index.stems import seed_stems
from search_index.stored import STORED_FILE, StoredTextError, StoredTexts

STORED_CACHE = 128  # documents whose stored text stays decoded (a page of results, several keystrokes)

__all__ = ["FACETS", "Hit", "SearchIndex", "SearchResults", "TermMatcher", "parse_user_query"]

log = logging.getLogger(__name__)


class SearchIndex:
    """An open index. Opening costs milliseconds; keep one and reuse it (its caches help the
    next query, e.g. while the user types)."""

    def __init__(self, lexicon: Lexicon, stored: StoredTexts) -> None:
        self._texts = stored
        self.lexicon = lexicon
        self._planner = Planner(lexicon)
        self._ranker = Ranker(lexicon)
        self._grouping = Grouping(lexicon)
        self._lock = threading.RLock()
        self.closed = False  # hits of a closed index have no snippets left to make
        # Stored text and word offsets of the latest hits shown: typing on shows mostly the same.
        self._stored: OrderedDict[int, tuple[str, memoryview, memoryview]] = OrderedDict()
        # Each title's words with their keys (and character spans), as titles are first marked.
        self._title_words: dict[int, list[tuple[int, int, int]]] = {}

    @classmethod
    def open(cls, index_dir: Path) -> SearchIndex:
        """Raises OSError or ValueError (KeyError, TypeError) when the index is missing, damaged
        or not one whole build: the caller rebuilds it (service.open_search)."""
        meta = IndexMeta.read(index_dir)
        if meta is None:
            raise ValueError(f"no readable index meta file in {index_dir}")
        lexicon = Lexicon.read(index_dir, checksums=meta.files)
        if len(lexicon.docs) != meta.doc_count:
            raise ValueError("the index and its lexicon disagree")
        seed_stems(index_dir, lexicon.words, meta.files)
        return cls(lexicon, StoredTexts(index_dir / STORED_FILE, meta.doc_count))

    def close(self) -> None:
        """Hits made before stay readable but make no more snippets (nothing is held open)."""
        with self._lock:
            self.closed = True
            self._stored.clear()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def doc_count(self) -> int:
        return len(self.lexicon.docs)

    def clear_caches(self) -> None:
        """Forget cached postings and expansions (benchmarks measure queries met for the first time)."""
        with self._lock:
            self._ranker.clear_caches()
            self._planner.clear_cache()
            self._stored.clear()
            self._title_words.clear()

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
        correct: bool = True,
        exhaustive: bool = False,
    ) -> SearchResults:
        """Ranked hits for any text.

        `lang` is the user's language: each document is listed once, in that language where it
        exists, and those come first. `kinds`, `languages`, `jurisdictions`, `topics` keep only
        documents with one of the given values (facet counts ignore a facet's own filter).
        `as_you_type` treats the last word as unfinished (a prefix). `correct=False` searches the
        words exactly as typed, without replacing unknown ones ("search instead for …").
        `exhaustive=True` scores every matched document in full, without the pruning that finds
        the same hits faster (the reference that pruning is tested against)."""
        with self._lock:
            filters = Filters.of(kinds, languages, jurisdictions, topics)
            return self._search(text, limit, lang, filters, as_you_type, correct, exhaustive)

    def _search(
        self,
        text: str,
        limit: int,
        lang: str | None,
        filters: Filters,
        as_you_type: bool,
        correct: bool,
        exhaustive: bool = False,
    ) -> SearchResults:
        results = SearchResults(query=text)
        parsed = parse_user_query(text, as_you_type=as_you_type)
        if parsed.empty:
            return results
        if all(word.prefix and len(word.folded) < MIN_PREFIX for word in parsed.words):
            results.too_short = True
            return results
        self._ranker.new_query()
        plan = self._planner.plan(parsed)
        scored, _complete, bonus = self._ranker.score(plan, exhaustive)
        if plan.unknown and correct:
            corrected = self._correction(parsed, plan)
            if corrected:
                results.suggestion = corrected
                corrected_plan = self._planner.plan(parse_user_query(corrected, as_you_type=as_you_type))
                corrected_scored, corrected_complete, corrected_bonus = self._ranker.score(corrected_plan, exhaustive)
                if corrected_scored and (corrected_complete or not scored):
                    plan, scored, bonus = corrected_plan, corrected_scored, corrected_bonus
                    parsed = parse_user_query(corrected, as_you_type)
                    results.corrected_query = corrected
        prefixes = tuple(w.folded for w in parsed.words if w.prefix and len(w.folded) >= 3)
        results.matcher = TermMatcher(frozenset(self.lexicon.keys[k] for k in plan.highlight_keys), prefixes)
        results.glossary_terms = plan.glossary_terms
        arranged = self._grouping.arrange(scored, lang, filters, max(limit, 0), exhaustive, bonus)
        results.facets = arranged.facets
        results.total = arranged.total
        results.hits = [self._hit(entry, plan, results.corrected_query, prefixes) for entry in arranged.top]
        return results

    def _correction(self, parsed: ParsedQuery, plan: Plan) -> str:
        """The query with each unknown word replaced by the closest known one, or ""."""
        unknown = {id(w) for w in plan.unknown}
        changed = False
        words: list[tuple[ParsedWord, str]] = []
        for word in parsed.words:
            text = word.text
            if id(word) in unknown:
                wid = self.lexicon.closest_word(word.folded)
                if wid >= 0 and not self._inflection_of(word.folded, wid):
                    text = self.lexicon.display[wid]
                    changed = True
            words.append((word, text))
        return _query_text(words) if changed else ""

    def _inflection_of(self, folded: str, wid: int) -> bool:
        """Is the nearest known word another Serbian form of the typed one rather than what a
        typo spoiled? Same beginning, another ending: spavaju / spavate (no correction: the
        Serbian near forms already match it). Not minimlna / minimalna (same ending: a typo),
        nor pasošx / pasoš (one word is the other plus letters: a typo)."""
        candidate = self.lexicon.words[wid]
        if self.lexicon.key_en[wid] >= 0 or candidate[-2:] == folded[-2:]:
            return False
        if candidate.startswith(folded) or folded.startswith(candidate):
            return False
        shared = 0
        for a, b in zip(candidate, folded, strict=False):
            if a != b:
                break
            shared += 1
        return shared >= max(4, len(folded) - 3, len(candidate) - 3)

    # -- hits ---------------------------------------------------------------------------
    def _hit(self, entry: Entry, plan: Plan, corrected: str, prefixes: tuple[str, ...]) -> Hit:
        docs = self.lexicon.docs
        docnum = entry.docnum
        memo: list[set[int]] = []

        def keys() -> set[int]:
            if not memo:
                with self._lock:
                    memo.append(self._ranker.matched_keys(docnum, plan))
            return memo[0]

        return Hit(
            id=docs.id[docnum],
            kind=docs.kind[docnum],
            title=docs.title[docnum],
            lang=docs.lang[docnum],
            href=docs.href[docnum],
            score=entry.score,
            snippet=lambda: self.snippet(docnum, keys()),
            title_html=lambda: self.title_html(docnum, keys()),
            matcher=lambda: TermMatcher(frozenset(self.lexicon.keys[k] for k in keys()), prefixes),
            jurisdiction=docs.jurisdiction[docnum],
            topic=docs.topic[docnum],
            corrected_query=corrected,
            docnum=docnum,
        )

    def snippet(self, docnum: int, keys: set[int]) -> str:
        """HTML snippet of a document's text with the words of `keys` in <b>; empty when the
        index was closed, or rebuilt or damaged since it was opened."""
        if self.closed:
            return ""
        try:
            text, starts, ends = self._stored_text(docnum)
        except (OSError, StoredTextError) as exc:
            log.warning("no snippet for document %d: %s", docnum, exc)
            return ""
        matches = self.lexicon.body_matches(docnum, keys)
        return make_snippet(text, starts, ends, matches)

    def _stored_text(self, docnum: int) -> tuple[str, memoryview, memoryview]:
        with self._lock:
            found = self._stored.get(docnum)
            if found is not None:
                self._stored.move_to_end(docnum)
                return found
            if self.closed:
                raise StoredTextError("the index is closed")
            found = self._texts.read(docnum)
            self._stored[docnum] = found
            if len(self._stored) > STORED_CACHE:
                self._stored.popitem(last=False)
            return found

    def title_html(self, docnum: int, keys: AbstractSet[int]) -> str:
        """The title with the words of `keys` in <b>. Its words' keys are the first of the
        document's key sequence, one per word as `tokenize` finds them (store.py): read there,
        not analysed again."""
        title = self.lexicon.docs.title[docnum]
        words = self._title_words.get(docnum)
        if words is None:
            words = self._title_words[docnum] = self._read_title_words(docnum)
        return highlight_words(title, [(start, end) for key, start, end in words if key in keys])

    def _read_title_words(self, docnum: int) -> list[tuple[int, int, int]]:
        """(key, start, end) of each word of the title."""
        lexicon = self.lexicon
        blob = lexicon.sequences
        at = lexicon.sequence_start[docnum]
        words: list[tuple[int, int, int]] = []
        for match in WORD_RE.finditer(lexicon.docs.title[docnum]):  # the words `tokenize` gives
            start, end = match.span()
            if end - start <= MAX_WORD_CHARS:
                words.append((int.from_bytes(blob[at : at + KEY_BYTES], "big"), start, end))
                at += KEY_BYTES
        return words


def _query_text(words: Sequence[tuple[ParsedWord, str]]) -> str:
    """Query text back from words (quotes around phrases, * after typed prefixes)."""
    parts: list[str] = []
    phrase = -1
    last = words[-1][0] if words else None
    for word, text in words:
        if word.quoted != phrase:
            if phrase >= 0:
                parts[-1] += '"'
            if word.quoted >= 0:
                text = '"' + text
            phrase = word.quoted
        parts.append(text + ("*" if word.prefix and word is not last else ""))
    if phrase >= 0 and parts:
        parts[-1] += '"'
    return " ".join(parts)
