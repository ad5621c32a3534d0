"""Scores documents for a query plan: BM25F over title, keywords and body, our own loop over
Whoosh's posting lists.

- A document's score is the sum of its concept scores (query.py), times the share of the
  concepts it covers (weighted by rarity): a document with every word ranks above one with
  some, yet a long question still finds the documents that answer most of it.
- Title and keywords (tags, glossary synonyms, indicator dimensions) weigh more than body text,
  and a document that has the concepts in its title is multiplied up (most when its title is
  exactly what was asked, less when the title begins with it: a title's head names its subject,
  the rest qualifies it); BM25's saturation and length normalisation put an article about X
  above one that mentions X once.
- Query words found next to each other in a document (in either order: the order they were
  typed in never decides what is found) multiply its score, so a phrase ranks above scattered
  words; a glossary synonym of several words counts fully only as a phrase.
- A word's English and Serbian keys and its other forms count as one word, and its rarity is
  measured among texts of the languages it occurs in, so a word and its translation weigh alike.

Work is spent only where it can change what is shown, and every shortcut gives exactly what
scoring everything gives (`score(..., exhaustive=True)`, tests/search_index/test_pruning.py):
the documents that can be kept are found by set operations before any is scored; an
alternative is not scored where an earlier one is sure to score more; the phrase checks look
for their best documents among the best few hundred, found once, and read a document's key
sequence as text (a character per key: `Lexicon.key_text`), each key's first and last
occurrence once, pairs only between them; the phrase bonus of the best documents is worked
out only for those that could be listed (`PhraseBonus`, applied by grouping.py), and so are
the synonyms' phrase checks when every matched document is among the best
(tests/search_index/test_phrase_bonus_settling.py). Answers that depend on the index alone
(a synonym's phrase in a document, what a concept loses without it, how many pairs of a run's
first words stand together, the keys a hit matched by) are kept across queries, so that
typing on reads only what the new keystroke asks; bounded, forgotten by `clear_caches`, never
used by the exhaustive reference (tests/search_index/test_typing_caches.py).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Collection, Iterable, KeysView, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import compress, pairwise
from typing import Generic, TypeVar

from search_index.analysis import is_stop
from search_index.lexicon import KEY_BYTES, SEPARATOR, Lexicon, key_chars
from search_index.query import Concept, Plan, Slot

K1 = 1.6  # BM25 saturation of repeated words (field weights and lengths: store.py)
TITLE_BONUS = 0.6  # score × (1 + bonus × (share of concepts in the title)²)
# The title holds every concept and nothing else: × this bonus. A title that begins with every
# concept (what follows only qualifies it) gets the share of the bonus its head makes of it.
EXACT_TITLE_BONUS = 1.25
PHRASE_BONUS = 0.5  # score × (1 + bonus × share of neighbouring query words found adjacent)
PHRASE_CANDIDATES = 80  # the best documents by word scores checked for adjacency
PHRASE_ROUNDS = 4  # the best PHRASE_CANDIDATES × this are found once, for all phrase checks
SCATTERED_SYNONYM = 0.35  # a synonym of several words, found but not as a phrase
LOOSE_COVERAGE = 0.5  # with 3+ concepts, documents covering this share of the best one are kept
SLOT_CACHE = 100_000  # scored documents kept in cached slots (about 10 MB at most)
ANSWER_CACHE = 50_000  # answers about adjacency, phrases, losses kept across queries (about 5 MB each at most)
MATCHED_CACHE = 10_000  # hits' matched keys kept across queries (a few MB at most)
# A key's postings are looked up by binary search for a few documents rather than read whole:
# a search costs about this many postings read into a dict.
PROBE_COST = 4


_NONE: frozenset[int] = frozenset()
_T = TypeVar("_T")


FULL_SYNONYM = 1.0 + PHRASE_BONUS  # a synonym of several words found as a phrase


@dataclass(frozen=True)
class _Concept:
    scores: dict[int, float]  # document → score of its best alternative
    titles: set[int] | frozenset[int]  # documents with the concept in their title
    # Synonyms of several words: (document → score as scattered words, the phrase). Found as a
    # phrase, a document scores FULL_SYNONYM × that; scattered, only SCATTERED_SYNONYM × that.
    pending: list[tuple[dict[int, float], str]]
    # Each alternative's (document → score, factor): the score certain without any phrase
    # check is the best of score × factor, worked out only for the documents checked
    # (`_reduction`).
    certain_parts: list[tuple[Mapping[int, float], float]]


class _Answers(Generic[_T]):
    """Answers about a document that depend on the index alone (how many pairs of these words
    stand together in it? does it have this phrase? which of a concept's keys made it match?),
    kept across queries: typing on asks them again for the words typed before. Each question's
    answers are a dict document → answer that the asker fills; the questions asked least lately
    are dropped first, once more than `limit` answers are kept (`limit` 0: nothing is kept
    beyond the query)."""

    __slots__ = ("_kept", "_limit", "_size")

    def __init__(self, limit: int) -> None:
        self._kept: OrderedDict[object, dict[int, _T]] = OrderedDict()
        self._limit = limit
        self._size = 0

    def to(self, question: object) -> dict[int, _T]:
        found = self._kept.get(question)
        if found is None:
            found = self._kept[question] = {}
        else:
            self._kept.move_to_end(question)
        return found

    def added(self, count: int) -> None:
        """`count` answers were added: the oldest questions go while there are too many."""
        self._size += count
        while self._size > self._limit and self._kept:
            self._size -= len(self._kept.popitem(last=False)[1])

    def clear(self) -> None:
        self._kept.clear()
        self._size = 0


class _Slot:
    """A slot's documents with their weighted counts (BM25F's term frequency), saturated into
    scores only where asked: most of a common word's documents are only counted, or looked
    up, never scored (a query keeps few of them)."""

    __slots__ = ("_counts", "_docset", "_factor", "_postings", "_scores", "idf", "size", "titles")

    def __init__(
        self,
        idf: float,
        titles: frozenset[int],
        counts: dict[int, float] | None = None,
        postings: tuple[Sequence[int], Sequence[float], float] | None = None,
    ) -> None:
        self.idf = idf
        self.titles = titles
        self._factor = idf * (K1 + 1.0)
        self._counts = counts
        self._postings = postings  # one key's (documents, counts, weight): counted when first asked
        self._scores: dict[int, float] | None = None
        self._docset: frozenset[int] | None = None
        self.size = len(counts) if counts is not None else len(postings[0]) if postings is not None else 0

    @property
    def unread(self) -> bool:
        """Only a single key's postings, neither counted nor scored yet."""
        return self._counts is None and self._scores is None

    @property
    def counts(self) -> dict[int, float]:
        """Document → weighted count (one pass in C over a single key's postings)."""
        if self._counts is None:
            assert self._postings is not None
            ids, weights, weight = self._postings
            if weight == 1.0:
                self._counts = dict(zip(ids, weights, strict=True))
            else:
                self._counts = {d: c * weight for d, c in zip(ids, weights, strict=True)}
        return self._counts

    @property
    def docs(self) -> AbstractSet[int]:
        """The documents, as a set (intersections walk the smaller side)."""
        if self._counts is not None:
            return self._counts.keys()
        if self._scores is not None:
            return self._scores.keys()
        if self._docset is None:
            assert self._postings is not None
            self._docset = frozenset(self._postings[0])
        return self._docset

    @property
    def scores(self) -> dict[int, float]:
        """Document → BM25F score, for every document of the slot."""
        if self._scores is None:
            factor = self._factor
            if self._counts is None and self._postings is not None:
                ids, weights, weight = self._postings
                if weight == 1.0:
                    self._scores = {d: factor * c / (c + K1) for d, c in zip(ids, weights, strict=True)}
                else:
                    self._scores = {
                        d: factor * (c * weight) / (c * weight + K1) for d, c in zip(ids, weights, strict=True)
                    }
            else:
                self._scores = {d: factor * c / (c + K1) for d, c in self.counts.items()}
        return self._scores

    def column(self, docs: Collection[int]) -> Mapping[int, float]:
        """Scores to look `docs` up in (each one of the slot's): a few documents are found by
        binary search in a single key's unread postings; otherwise every document of the slot
        is scored once and kept (other alternatives and concepts ask for the same slot)."""
        if self.unread and len(docs) * PROBE_COST < self.size:
            return self._probe(docs)
        return self.scores

    def scores_within(self, docs: AbstractSet[int]) -> dict[int, float]:
        """Document → score for those of `docs` that the slot has."""
        if self.unread and len(docs) * PROBE_COST < self.size:
            return self._probe(docs)
        scores = self.scores
        return {d: scores[d] for d in docs & scores.keys()}

    def _probe(self, docs: Iterable[int]) -> dict[int, float]:
        """Scores of those of `docs` found in a single key's postings, by binary search."""
        assert self._postings is not None
        ids, weights, weight = self._postings
        end = len(ids)
        factor = self._factor
        found: dict[int, float] = {}
        for docnum in sorted(docs):
            at = bisect_left(ids, docnum)
            if at < end and ids[at] == docnum:
                c = weights[at] if weight == 1.0 else weights[at] * weight
                found[docnum] = factor * c / (c + K1)
        return found

    def has(self, docnum: int) -> bool:
        if self.unread and self._docset is None:
            assert self._postings is not None
            ids = self._postings[0]
            at = bisect_left(ids, docnum)
            return at < len(ids) and ids[at] == docnum
        return docnum in self.docs

    def score_in(self, docnum: int) -> float:
        """`score(docnum)` where the slot has the document, else -1.0 (looked up once)."""
        if self._scores is not None:
            return self._scores.get(docnum, -1.0)
        if self._counts is None and self._postings is not None:
            ids, weights, weight = self._postings
            at = bisect_left(ids, docnum)
            if at == len(ids) or ids[at] != docnum:
                return -1.0
            c = weights[at]
            c = c if weight == 1.0 else c * weight
        else:
            found = self.counts.get(docnum)
            if found is None:
                return -1.0
            c = found
        return self._factor * c / (c + K1)

    def score(self, docnum: int) -> float:
        if self._scores is not None:
            return self._scores[docnum]
        if self._counts is None and self._postings is not None:
            ids, weights, weight = self._postings
            c = weights[bisect_left(ids, docnum)]
            c = c if weight == 1.0 else c * weight
        else:
            c = self.counts[docnum]
        return self._factor * c / (c + K1)


def _matching(
    parts: list[_Slot], within: AbstractSet[int] | None = None, without: AbstractSet[int] | None = None
) -> tuple[AbstractSet[int], list[Mapping[int, float] | None]]:
    """The documents with every slot of `parts` (in `within`, not in `without`), by set
    operations from the smallest set, a few documents looked up in a single key's unread
    postings by binary search; and, for the parts looked up so, their scores of those
    documents (None for the others)."""
    driver = min(range(len(parts)), key=lambda i: parts[i].size)
    if within is not None and len(within) < parts[driver].size:
        docs: AbstractSet[int] = within
        driver = -1
    else:
        docs = parts[driver].docs
        if within is not None:
            docs = docs & within
    if without is not None:
        docs = docs - without
    probed: list[Mapping[int, float] | None] = [None] * len(parts)
    for number, part in enumerate(parts):
        if number == driver:
            continue
        if part.unread and len(docs) * PROBE_COST < part.size:
            found = part.column(docs)
            probed[number] = found
            docs = found.keys()
        else:
            docs = docs & part.docs
    return docs, probed


class Ranker:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        docs = lexicon.docs
        self._n = len(docs)
        self._is_serbian = [1 if lang == "sr" else 0 for lang in docs.lang]
        self._n_serbian = sum(self._is_serbian)
        # Slots scored lately, the least recently used dropped first (as-you-type repeats them).
        self._slots: OrderedDict[tuple[tuple[int, float], ...], _Slot] = OrderedDict()
        self._cached = 0  # documents scored in the cached slots
        # The slots of the current plan by the identity of their dicts (kept, so never reused).
        self._planned: dict[int, tuple[Slot, _Slot]] = {}
        # Presence of synonyms' phrases, per document (as-you-type asks again about the words
        # typed before).
        self._answers: _Answers[bool] = _Answers(ANSWER_CACHE)
        # The keys that made a document match a concept, by the concept's alternatives (a hit
        # shown asks for them; typing on shows the same documents for the same words).
        self._matched: _Answers[frozenset[int]] = _Answers(MATCHED_CACHE)
        # How many pairs of a run's first words stand together in a document.
        self._pair_counts: _Answers[int] = _Answers(ANSWER_CACHE)
        # What a concept loses in a document where its synonyms are not found as phrases.
        self._reductions: _Answers[float | None] = _Answers(ANSWER_CACHE)
        # Those of the current plan's concepts, by the identity of the concept (kept).
        self._matched_now: dict[int, tuple[Concept, dict[int, frozenset[int]], list[_Choice]]] = {}
        self._questions: dict[int, tuple[Concept, object]] = {}

    def clear_caches(self) -> None:
        self._slots.clear()
        self._planned.clear()
        self._cached = 0
        self._answers.clear()
        self._matched.clear()
        self._matched_now.clear()
        self._reductions.clear()
        self._questions.clear()
        self._pair_counts.clear()

    def new_query(self) -> None:
        """Forget the last plan's slots (the slots themselves stay cached by their keys)."""
        self._planned = {}
        self._matched_now = {}
        self._questions = {}

    # -- keys and slots -------------------------------------------------------------------
    def key_has(self, kid: int, docnum: int) -> bool:
        """Does `docnum` have the key (a binary search in its postings)?"""
        lexicon = self.lexicon
        end = lexicon.posting_start[kid + 1]
        at = bisect_left(lexicon.posting_docs, docnum, lexicon.posting_start[kid], end)
        return at < end and lexicon.posting_docs[at] == docnum

    def slot(self, slot: Slot) -> _Slot:
        """A slot's keys count as one word: a word's English and Serbian stems and its other
        forms, so its rarity is that of the word, not of one of its stems."""
        known = self._planned.get(id(slot))
        if known is not None and known[0] is slot:  # the same dict of the same plan
            return known[1]
        memo = tuple(sorted(slot.items()))
        cached = self._slots.get(memo)
        if cached is not None:
            self._slots.move_to_end(memo)
            self._planned[id(slot)] = (slot, cached)
            return cached
        lexicon = self.lexicon
        if len(memo) == 1:
            # One key: its postings are counted or scored when first asked (one pass, in C).
            kid, weight = memo[0]
            ids, weights = lexicon.postings(kid)
            idf = self._idf(len(ids), lexicon.key_serbian[kid])
            result = _Slot(idf, self._titles(kid), None, (ids, weights, weight))
        else:
            parts = sorted(memo, key=lambda p: -lexicon.key_df[p[0]])  # stable: ties by key id
            ids, weights = lexicon.postings(parts[0][0])
            weight = parts[0][1]
            if weight != 1.0:
                counts = {d: c * weight for d, c in zip(ids, weights, strict=True)}
            else:
                counts = dict(zip(ids, weights, strict=True))
            get = counts.get
            for kid, weight in parts[1:]:
                ids, weights = lexicon.postings(kid)
                for docnum, count in zip(ids, weights, strict=True):
                    counts[docnum] = get(docnum, 0.0) + weight * count
            titles = frozenset().union(*(self._titles(kid) for kid, _weight in parts))
            idf = self._idf(len(counts), sum(map(self._is_serbian.__getitem__, counts)))
            result = _Slot(idf, titles, counts)
        self._slots[memo] = result
        self._planned[id(slot)] = (slot, result)
        self._cached += result.size
        while self._cached > SLOT_CACHE and len(self._slots) > 1:
            self._cached -= self._slots.popitem(last=False)[1].size
        return result

    def _titles(self, kid: int) -> frozenset[int]:
        in_titles = self.lexicon.title_docs.get(kid)
        return frozenset(in_titles) if in_titles else _NONE

    def _idf(self, df: int, serbian: int) -> float:
        """BM25 idf among the documents of the languages the word occurs in."""
        n = (self._n - self._n_serbian if df > serbian else 0) + (self._n_serbian if serbian else 0)
        n = n or self._n
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    # -- concepts ---------------------------------------------------------------------------
    def concept(self, concept: Concept, within: AbstractSet[int] | None = None, prune: bool = True) -> _Concept:
        """Document → score of its best alternative; documents with the concept in their title.
        With `within`, only the documents of that set are scored (the others cannot be kept).
        `prune`: an alternative is not scored where an earlier one is sure to score more."""
        alternatives = [a for a in concept.alternatives if a.slots and all(a.slots)]
        if (
            len(alternatives) == 1
            and len(alternatives[0].slots) == 1
            and alternatives[0].weight == 1.0
            and not concept.required_phrase
        ):
            single = self.slot(alternatives[0].slots[0])
            scores = single.scores if within is None else single.scores_within(within)
            return _Concept(scores, single.titles, [], [(scores, 1.0)])
        best: dict[int, float] = {}  # the best score, counting synonyms as if found as phrases
        certain: list[tuple[Mapping[int, float], float]] = []  # see _Concept.certain_parts
        pending: list[tuple[dict[int, float], str]] = []
        in_title: set[int] = set()
        has = self.lexicon.has_keys
        # Alternatives merged as they are (no phrase to check): their slots, weight, documents.
        merged: list[tuple[frozenset[tuple[tuple[int, float], ...]], float, KeysView[int]]] = []
        for number, alternative in enumerate(alternatives):
            parts = sorted((self.slot(s) for s in alternative.slots), key=lambda p: p.size)
            title_sets = sorted((p.titles for p in parts), key=len)
            in_title.update(title_sets[0].intersection(*title_sets[1:]) if len(title_sets) > 1 else title_sets[0])
            weight = alternative.weight
            plain = (
                prune and not concept.required_phrase and (not alternative.exact or (number == 0 and len(parts) == 1))
            )
            # An alternative whose slots an earlier one has all of, at a weight as high, scores
            # less in every document of that one ("ograničavanje kretanja" in a text with
            # "ograničavanje slobode kretanja"): it is scored only in the other documents.
            slots = frozenset(tuple(sorted(s.items())) for s in alternative.slots) if plain else frozenset()
            covered = [docs for others, w, docs in merged if plain and slots <= others and w >= weight]
            values = _values(parts, weight, within, frozenset().union(*covered) if covered else None)
            if plain:
                merged.append((slots, weight, values.keys()))
            if number == 0 and len(parts) == 1 and not concept.required_phrase:
                best.update(values)
                certain.append((values, 1.0))
                continue
            if concept.required_phrase:
                patterns = _pair_patterns(alternative.phrase)
                values = {d: v for d, v in values.items() if all(any(has(d, p) for p in pair) for pair in patterns)}
            get = best.get
            if alternative.exact:
                # Found as a phrase, a synonym counts like typed words found as a phrase
                # (_phrase_bonus); scattered, much less. Which it is, is checked later, for
                # the best documents only (_verify_synonym_phrases).
                pending.append((values, key_chars(alternative.exact)))
                certain.append((values, SCATTERED_SYNONYM))
                # (Scores are never negative: a document no earlier alternative found is set.)
                best.update({d: full for d, v in values.items() if (full := v * FULL_SYNONYM) > get(d, -1.0)})
            else:
                certain.append((values, 1.0))
                best.update({d: v for d, v in values.items() if v > get(d, 0.0)})
        return _Concept(best, in_title, pending, certain)

    def concept_docs(self, concept: Concept) -> AbstractSet[int] | None:
        """The documents that satisfy a concept (None for a quoted phrase: known only once its
        adjacency is checked), from the slots' document sets, without scoring any."""
        if concept.required_phrase:
            return None
        found: list[AbstractSet[int]] = []
        for alternative in concept.alternatives:
            if alternative.slots and all(alternative.slots):
                found.append(_intersect([self.slot(s).docs for s in alternative.slots]))
        if len(found) == 1:
            return found[0]
        return frozenset().union(*found)

    def concept_weight(self, concept: Concept) -> float:
        idfs = [self.slot(s).idf for a in concept.alternatives for s in a.slots if s]
        return max(idfs) if idfs else math.log(1.0 + (self._n + 0.5) / 0.5)

    # -- the query ----------------------------------------------------------------------------
    def score(self, plan: Plan, exhaustive: bool = False) -> tuple[dict[int, float], bool, PhraseBonus]:
        """Document → score, whether some document covers every concept, and the phrase bonus
        of the best documents, applied to the scores only when asked for (`PhraseBonus`; all of
        it, already, when `exhaustive`).

        Only the documents that can be kept are scored: when some document has every concept,
        the documents of each concept are known from set operations on the slots' documents
        first, and the concepts' scores are computed for those alone (`exhaustive` scores every
        document of every concept, and looks for the best ones among all of them: the reference
        the tests compare with)."""
        if not plan.concepts:
            return _scored_without_bonus({}, False)
        weights = [self.concept_weight(c) for c in plan.concepts]
        within = None if exhaustive else self._candidates(plan.concepts, weights)
        found = [(self.concept(c, within, not exhaustive), w) for c, w in zip(plan.concepts, weights, strict=True)]
        count = len(found)
        all_weight = sum(w for _, w in found)
        title_words = self.lexicon.docs.title_words
        exact_title = plan.typed_words
        if count == 1:
            only = found[0][0]
            scored = dict(only.scores)
            for docnum in only.titles:
                if docnum in scored:
                    bonus = 1.0 + TITLE_BONUS
                    if title_words[docnum] <= exact_title:
                        bonus *= EXACT_TITLE_BONUS
                    else:
                        bonus *= self._head_bonus(docnum, plan)
                    scored[docnum] *= bonus
            complete = bool(scored)
        else:
            dicts = [result.scores for result, _weight in found]
            everything = set(min(dicts, key=len)).intersection(*dicts)  # type: ignore[arg-type]
            complete = bool(everything)
            if complete and count <= 2:
                # The usual case: documents with every concept exist, and only they are kept.
                first, second = dicts
                scored = {d: first[d] + second[d] for d in everything}
            elif complete:
                scored = self._loose(found, all_weight)
            else:
                covered: dict[int, float] = {}
                totals: dict[int, float] = {}
                for result, weight in found:
                    get_covered = covered.get
                    get_total = totals.get
                    for docnum, score in result.scores.items():
                        totals[docnum] = get_total(docnum, 0.0) + score
                        covered[docnum] = get_covered(docnum, 0.0) + weight
                if not totals:
                    return _scored_without_bonus({}, False)
                best = max(covered.values())
                threshold = best * (1.0 if count <= 2 else LOOSE_COVERAGE) - 1e-9
                scored = {d: s * covered[d] / all_weight for d, s in totals.items() if covered[d] >= threshold}
            titled: dict[int, int] = {}
            for result, _weight in found:
                for docnum in result.titles:
                    if docnum in scored:
                        titled[docnum] = titled.get(docnum, 0) + 1
            for docnum, in_title in titled.items():
                bonus = 1.0 + TITLE_BONUS * (in_title / count) ** 2
                if in_title == count and title_words[docnum] <= exact_title:
                    bonus *= EXACT_TITLE_BONUS  # the title is what was asked for, and no more
                elif in_title == count:
                    bonus *= self._head_bonus(docnum, plan)
                scored[docnum] *= bonus
        leaders = _Best(scored, PHRASE_CANDIDATES, 1 if exhaustive else PHRASE_ROUNDS)
        # The exhaustive reference finds every answer afresh, none from earlier queries.
        answers: _Answers[bool] = _Answers(0) if exhaustive else self._answers
        reductions: _Answers[float | None] = _Answers(0) if exhaustive else self._reductions
        results = [result for result, _ in found]
        check = self._synonym_check(list(zip(plan.concepts, results, strict=True)), answers, reductions)
        counts = _Answers(0) if exhaustive else self._pair_counts
        if check is not None and not exhaustive and len(scored) <= PHRASE_CANDIDATES:
            # Every document is among the best: each one's synonyms are checked and it gets the
            # phrase bonus, whatever the others score, so both wait until the list asks.
            return scored, complete, self._phrase_bonus(leaders, plan, counts, check)
        self._verify_synonym_phrases(leaders, check)
        phrase = self._phrase_bonus(leaders, plan, counts)
        if exhaustive:
            phrase.apply_all()
        return scored, complete, phrase

    def _candidates(self, concepts: list[Concept], weights: list[float]) -> AbstractSet[int] | None:
        """The documents that can be kept, when fewer than all documents of the concepts: with
        two concepts, those that have both; with more, those that have an essential concept
        (_loose). None: every document of every concept counts (one concept; or no document
        has them all, and the best coverage decides what is kept; or a quoted phrase)."""
        if len(concepts) < 2:
            return None
        found = [self.concept_docs(c) for c in concepts]
        docs = [d for d in found if d is not None]
        if len(docs) < len(found):
            return None
        everything = _intersect(docs)
        if not everything:
            return None
        if len(docs) == 2:
            return everything
        return frozenset().union(*(docs[i] for i in _essential(weights)))

    def _loose(self, found: list[tuple[_Concept, float]], all_weight: float) -> dict[int, float]:
        """Three or more concepts, some document has them all: documents covering at least
        LOOSE_COVERAGE of the concept weight, each scored by its total times its coverage.

        The rarest concepts are essential: a document found only by common ones, whose weights
        add up to less than the threshold, cannot be kept, so only the documents of the others
        are looked at (max-score pruning; the common words' postings are only looked up)."""
        threshold = all_weight * LOOSE_COVERAGE - 1e-9
        essential = [found[i][0].scores for i in _essential([w for _, w in found])]
        candidates = set(essential[0]).union(*essential[1:]) if len(essential) > 1 else essential[0]
        pairs = [(result.scores.get, weight) for result, weight in found]
        scored: dict[int, float] = {}
        for docnum in candidates:
            total = 0.0
            covered = 0.0
            for get, weight in pairs:
                value = get(docnum)
                if value is not None:
                    total += value
                    covered += weight
            if covered >= threshold:
                scored[docnum] = total * covered / all_weight
        return scored

    def _head_bonus(self, docnum: int, plan: Plan) -> float:
        """When the title's first words (small words aside) name every concept, in any order,
        and only them, the share of the exact-title bonus that they make of the title: the head
        of a title names its subject, what follows qualifies it. "Trafficking in human beings"
        begins with "trafficking" (a third of its words), "Trafficking in human beings: Criminal
        Code art. 388" too (a seventh); "Anti-trafficking coordination in Serbia" does not (its
        subject is coordination)."""
        head = self._title_head(docnum, plan.any_concept_key)
        if not head or any(keys.isdisjoint(head) for keys in plan.concept_keys):
            return 1.0
        share = min(1.0, len(head) / max(1, self.lexicon.docs.title_words[docnum]))
        return 1.0 + (EXACT_TITLE_BONUS - 1.0) * share

    def _title_head(self, docnum: int, wanted: frozenset[int]) -> set[int]:
        """The leading run of a title's content keys that belong to some concept (read up to
        the first that does not: most titles stop at their first word)."""
        lexicon = self.lexicon
        blob = lexicon.sequences
        start = lexicon.sequence_start[docnum]
        end = start + lexicon.docs.title_tokens[docnum] * KEY_BYTES
        df = lexicon.key_df
        words = lexicon.keys
        head: set[int] = set()
        for at in range(start, end, KEY_BYTES):
            kid = int.from_bytes(blob[at : at + KEY_BYTES], "big")
            if kid in wanted:
                head.add(kid)
            elif df[kid] > 0 and not is_stop(words[kid]):
                break
        return head

    def _synonym_check(
        self, concepts: list[tuple[Concept, _Concept]], answers: _Answers[bool], reductions: _Answers[float | None]
    ) -> _SynonymCheck | None:
        """What checks the synonyms' phrases of the concepts in a document; None: no concept
        has a synonym of several words to check."""
        pending = [(concept, result) for concept, result in concepts if result.pending]
        if not pending:
            return None
        known = [(reductions.to(self._question(concept)), result) for concept, result in pending]
        has = _PhraseAnswers(self.lexicon, answers, [phrase for _c, r in pending for _v, phrase in r.pending])
        return _SynonymCheck([result for _concept, result in concepts], known, has, reductions)

    @staticmethod
    def _verify_synonym_phrases(best: _Best, check: _SynonymCheck | None) -> None:
        """A synonym of several words counts fully only where its words stand together. Checking
        that is done for the best documents only (their order is what is shown), repeated until
        the best ones are all checked. What a concept loses in a document (`_reduction`) depends
        on the concept's alternatives and the document alone: `reductions` keeps it for the
        next keystrokes."""
        if check is None:
            return
        checked: set[int] = set()
        for _round in range(3):
            todo: list[tuple[int, list[float]]] = []
            for docnum in best.top():
                if docnum in checked:
                    continue
                checked.add(docnum)  # what it has to check never changes: looked at once
                lost = check.lost(docnum)
                if lost:
                    todo.append((docnum, lost))
            if not todo:
                break
            for docnum, lost in todo:
                factor = check.factor(docnum, lost)
                if factor is not None:
                    best.scale(docnum, factor)
        check.done()

    def _phrase_bonus(
        self, best: _Best, plan: Plan, counts: _Answers[int], check: _SynonymCheck | None = None
    ) -> PhraseBonus:
        """Query words found next to each other (in either order) multiply a document's score:
        by the share of the run's words that could stand together, found so. The share does not
        depend on the order the words were typed in (a proximity boost may reorder, not drop).

        The best documents get the bonus; it is worked out for a document when the list asks
        for it (`PhraseBonus`), after its synonyms' phrases are checked when `check` is given
        (every document is among the best: none checked yet). How many pairs of a run's first
        words stand together in a document is counted once (`counts` keeps it for the next
        keystrokes): typing the next word, only its pairs with the words before are looked at."""
        runs = [run for run in plan.phrases if len(run) > 1]
        if not best.scored or (not runs and check is None):
            return PhraseBonus.none(best.scored)
        # Per run: its words' keys; per number of first words m (2 up to all), the count of
        # their pairs that stand together, per document.
        prepared = [
            (
                [tuple(k for k in choices[:2] if k != SEPARATOR) for choices in run],
                [counts.to(tuple(tuple(choices[:2]) for choices in run[:m])) for m in range(2, len(run) + 1)],
            )
            for run in runs
        ]
        return PhraseBonus(self.lexicon, best.scored, best.top(), prepared, counts, check)

    def matched_keys(self, docnum: int, plan: Plan) -> set[int]:
        """The keys that made `docnum` match: the words of the best alternative of each concept it
        satisfies (so a synonym is highlighted only where the document matched through it)."""
        keys: set[int] = set()
        for concept in plan.concepts:
            known, choices = self._matched_of(concept)
            found = known.get(docnum)
            if found is None:
                found = known[docnum] = self._concept_keys(docnum, choices)
                self._matched.added(1)
            keys.update(found)
        return keys

    def _matched_of(self, concept: Concept) -> tuple[dict[int, frozenset[int]], list[_Choice]]:
        """The keys found so far for `concept` per document: the same for every concept with the
        same alternatives (their weights, and their slots' keys and weights, in order); and its
        alternatives as `_concept_keys` weighs them (this query's)."""
        held = self._matched_now.get(id(concept))
        if held is not None and held[0] is concept:
            return held[1], held[2]
        known = self._matched.to(self._question(concept))
        choices = [_Choice(a.weight, a.slots) for a in concept.alternatives if a.slots and all(a.slots)]
        self._matched_now[id(concept)] = (concept, known, choices)
        return known, choices

    def _question(self, concept: Concept) -> object:
        """What a concept is, for answers kept across queries: equal for concepts that score
        every document alike (their alternatives' slots, weights and phrases, in order)."""
        held = self._questions.get(id(concept))
        if held is not None and held[0] is concept:
            return held[1]
        question = (
            concept.required_phrase,
            tuple(
                (
                    alternative.weight,
                    tuple(tuple(sorted(slot.items())) for slot in alternative.slots),
                    tuple(alternative.exact),
                    tuple(tuple(choices) for choices in alternative.phrase),
                )
                for alternative in concept.alternatives
            ),
        )
        self._questions[id(concept)] = (concept, question)
        return question

    def _concept_keys(self, docnum: int, choices: list[_Choice]) -> frozenset[int]:
        """The keys of the best-scoring alternative of a concept (its `choices`) that `docnum`
        has (the first of equal ones); none when it has no alternative whole. Each slot is found
        once a query, and looked up once per document however many alternatives share it."""
        best_score = 0.0
        best: list[Slot] = []
        seen: dict[int, float] = {}  # id of a _Slot → its score in `docnum` (-1.0: not there)
        for choice in choices:
            parts = choice.parts
            total = 0.0
            for at, slot in enumerate(choice.slots):
                part = parts[at]
                if part is None:
                    part = parts[at] = self.slot(slot)
                found = seen.get(id(part))
                if found is None:
                    found = seen[id(part)] = part.score_in(docnum)
                if found < 0.0:
                    break
                total += found
            else:
                score = choice.weight * total
                if score > best_score:
                    best_score, best = score, choice.slots
        return frozenset(k for slot in best for k in slot if len(slot) == 1 or self.key_has(k, docnum))


class _Choice:
    """An alternative of a concept whose slots all have keys, and its slots as this query's
    ranker found them (when first needed)."""

    __slots__ = ("parts", "slots", "weight")

    def __init__(self, weight: float, slots: list[Slot]) -> None:
        self.weight = weight
        self.slots = slots
        self.parts: list[_Slot | None] = [None] * len(slots)


class PhraseBonus:
    """The phrase bonus (`Ranker._phrase_bonus`) of the best documents, multiplied into their
    scores (`scored`, in place) only when asked for: until then a waiting document's score is
    at most `ceiling` times what `scored` says. The list shown asks only for the documents whose
    bonus could change it (`Grouping.arrange`): most of the best few dozen of a long question
    are never checked for adjacency, and what is shown is exactly what applying every bonus
    shows (tests/search_index/test_phrase_bonus_settling.py). When every matched document is
    among the best, a document's synonyms' phrases are checked when its bonus is applied, too
    (`_SynonymCheck`: that only lowers its score)."""

    __slots__ = ("_check", "_counts", "_lexicon", "_prepared", "_unchecked", "ceiling", "scored", "waiting")

    def __init__(
        self,
        lexicon: Lexicon | None,
        scored: dict[int, float],
        docs: Iterable[int],
        prepared: list[tuple[list[tuple[int, ...]], list[dict[int, int]]]],
        counts: _Answers[int],
        check: _SynonymCheck | None = None,
    ) -> None:
        self.scored = scored
        self.waiting: set[int] = set(docs)  # documents whose bonus is not applied yet
        # The most a waiting score is multiplied by: every pair found (a synonym's phrase
        # missing only lowers it).
        self.ceiling = 1.0 + PHRASE_BONUS if prepared else 1.0
        self._lexicon = lexicon
        self._prepared = prepared
        self._counts = counts
        self._check = check  # the synonyms' phrases are checked first (_verify_synonym_phrases)
        self._unchecked: set[int] = set(self.waiting) if check is not None else set()

    def unchecked(self, docnum: int) -> bool:
        """Are the synonyms' phrases of a waiting document still to be checked?"""
        return docnum in self._unchecked

    def check(self, docnum: int) -> None:
        """Check the synonyms' phrases of a waiting document (its score may only go down; the
        bonus still waits)."""
        check = self._check
        if check is None or docnum not in self._unchecked:
            return
        self._unchecked.discard(docnum)
        if lost := check.lost(docnum):
            factor = check.factor(docnum, lost)
            if factor is not None:
                self.scored[docnum] *= factor
        check.done()

    def apply(self, docs: Iterable[int]) -> None:
        """Multiply the bonus into the scores of those of `docs` still waiting for it (their
        synonyms' phrases checked first, where not yet)."""
        waiting = self.waiting
        prepared = self._prepared
        lexicon = self._lexicon
        scored = self.scored
        check = self._check
        unchecked = self._unchecked
        counted = 0
        for docnum in docs:
            if docnum not in waiting:
                continue
            waiting.discard(docnum)
            if check is not None and docnum in unchecked:
                unchecked.discard(docnum)
                if lost := check.lost(docnum):
                    factor = check.factor(docnum, lost)
                    if factor is not None:
                        scored[docnum] *= factor
            keys: _DocumentKeys | None = None  # read only when a count is not known yet
            share = 0.0
            for words, first_words in prepared:
                needed = len(words) - 1
                # The most first words whose pairs are counted already; then the pairs of each
                # next word with those before it.
                found = 0
                word = 1
                for known_count in range(needed - 1, -1, -1):
                    count = first_words[known_count].get(docnum)
                    if count is not None:
                        found, word = count, known_count + 2
                        break
                if word <= needed:
                    if keys is None:
                        assert lexicon is not None
                        keys = _DocumentKeys(lexicon, docnum)
                    together = keys.pairs_together(words, word, found)
                    for last, count in enumerate(together, word):
                        first_words[last - 1][docnum] = count  # every pair of the first last + 1 words
                    counted += len(together)
                    found = together[-1]
                share = max(share, min(1.0, found / needed))
                if share == 1.0:
                    break
            if share:
                scored[docnum] *= 1.0 + PHRASE_BONUS * share
        self._counts.added(counted)
        if check is not None:
            check.done()

    def apply_all(self) -> None:
        self.apply(list(self.waiting))

    @classmethod
    def none(cls, scored: dict[int, float]) -> PhraseBonus:
        """No document waits for a bonus."""
        return cls(None, scored, (), [], _Answers(0))


class _SynonymCheck:
    """What a document loses where its concepts' synonyms of several words are not found as
    phrases (`_reduction`, kept in `known` per concept across keystrokes)."""

    __slots__ = ("_added", "_has", "_known", "_reductions", "_results")

    def __init__(
        self,
        results: list[_Concept],
        known: list[tuple[dict[int, float | None], _Concept]],
        has: _PhraseAnswers,
        reductions: _Answers[float | None],
    ) -> None:
        self._results = results  # every concept of the query
        self._known = known  # those with synonyms to check, and what each loses per document
        self._has = has
        self._reductions = reductions
        self._added = 0

    def lost(self, docnum: int) -> list[float]:
        """What each concept loses in `docnum` (those that lose nothing left out)."""
        lost: list[float] = []
        for kept, result in self._known:
            if docnum in kept:
                reduction = kept[docnum]
            else:
                reduction = kept[docnum] = _reduction(result, docnum, self._has)
                self._added += 1
            if reduction is not None:
                lost.append(reduction)
        return lost

    def factor(self, docnum: int, lost: list[float]) -> float | None:
        """What the score of `docnum` is multiplied by, having lost `lost`; None: unchanged."""
        total = sum(c.scores.get(docnum, 0.0) for c in self._results)
        reduced = total
        for reduction in lost:
            reduced -= reduction
        if reduced < total and total > 0:
            return reduced / total
        return None

    def done(self) -> None:
        """The answers found are counted in (the oldest dropped past the limit)."""
        self._reductions.added(self._added)
        self._added = 0
        self._has.done()


class _PhraseAnswers:
    """Does a document have a phrase (its keys side by side, in order)? Answers kept in
    `answers` under the phrase."""

    __slots__ = ("_added", "_answers", "_has", "_known")

    def __init__(self, lexicon: Lexicon, answers: _Answers[bool], phrases: Iterable[str]) -> None:
        self._has = lexicon.has_keys
        self._answers = answers
        self._known = {phrase: answers.to(phrase) for phrase in phrases}  # (phrases as key text)
        self._added = 0

    def __call__(self, docnum: int, phrase: str) -> bool:
        known = self._known[phrase]
        there = known.get(docnum)
        if there is None:
            there = known[docnum] = self._has(docnum, phrase)
            self._added += 1
        return there

    def done(self) -> None:
        self._answers.added(self._added)
        self._added = 0


def _reduction(result: _Concept, docnum: int, has: _PhraseAnswers) -> float | None:
    """How much of its score a concept loses in `docnum` once its synonyms' phrases are looked
    for there; None when its score there needs no check: no synonym of several words scores
    more there, found as a phrase, than the score certain without any phrase check (the best
    of each alternative's score × its factor, `_Concept.certain_parts`). A phrase is looked
    for only while it would score more than the best one found."""
    full = [
        (value * FULL_SYNONYM, phrase) for values, phrase in result.pending if (value := values.get(docnum)) is not None
    ]
    if not full:
        return None
    known = max(
        [value * factor for values, factor in result.certain_parts if (value := values.get(docnum)) is not None],
        default=0.0,
    )
    checked = False
    found = 0.0  # the best score found as a phrase (every one exceeds `known`, which is not negative)
    for value, phrase in full:
        if value > known:
            checked = True
            if value > found and has(docnum, phrase):
                found = value
    if not checked:
        return None
    return result.scores[docnum] - max(found, known)


_Span = tuple[int, str, int, int]  # a key, its character, where it first and last occurs


class _DocumentKeys:
    """Which of the query's words stand side by side in one document. Its key sequence is read
    as text (`Lexicon.key_text`): each key's first and last occurrence are found once (two
    scans in C), so a word none of whose keys the document has is settled without more, and
    two keys are looked for side by side only between those occurrences (a pair with a rare
    word reads a few characters, not the document).

    A key with postings counts only where the document's postings have it (a binary search,
    before the text is read): a small word of the document's language is in its sequence but
    not its postings ("in" in an English text), though it has postings in texts of the other
    language."""

    __slots__ = ("_df", "_docnum", "_end", "_posting_docs", "_posting_start", "_spans", "_start", "_text")

    def __init__(self, lexicon: Lexicon, docnum: int) -> None:
        self._text, self._start, self._end = lexicon.keys_text(docnum)
        self._docnum = docnum
        self._df = lexicon.key_df
        self._posting_docs = lexicon.posting_docs
        self._posting_start = lexicon.posting_start
        self._spans: dict[int, _Span | None] = {}

    def pairs_together(self, words: list[tuple[int, ...]], first: int, found: int) -> list[int]:
        """For each word from `first` on, how many pairs of words up to it stand together
        (counting on from `found`, the pairs of the words before `first`): each pair is looked
        for only when the document has both words."""
        spans = self._spans
        here = []
        for keys in words:  # each word's keys that the document has (as `present`)
            for kid in keys:
                if kid not in spans:
                    spans[kid] = self._span(kid)
            here.append([span for kid in keys if (span := spans[kid]) is not None])
        counts = []
        for last in range(first, len(words)):
            right = here[last]
            if right:
                for left in here[:last]:
                    if left and self.adjacent(left, right):
                        found += 1
            counts.append(found)
        return counts

    def present(self, keys: tuple[int, ...]) -> list[_Span]:
        """Those of a word's keys that the document has."""
        spans = self._spans
        for kid in keys:
            if kid not in spans:
                spans[kid] = self._span(kid)
        return [span for kid in keys if (span := spans[kid]) is not None]

    def adjacent(self, left: list[_Span], right: list[_Span]) -> bool:
        """Does a key of `left` stand beside a key of `right`, in either order? A key stands
        right before another only from the first occurrence of each (less one for the second)
        to the last of each: only there is the pair looked for."""
        text = self._text
        for _a, a, a_first, a_last in left:
            for _b, b, b_first, b_last in right:
                low = a_first if a_first >= b_first - 1 else b_first - 1  # a before b
                high = a_last if a_last <= b_last - 1 else b_last - 1
                if low <= high and text.find(a + b, low, high + 2) >= 0:
                    return True
                low = b_first if b_first >= a_first - 1 else a_first - 1  # b before a
                high = b_last if b_last <= a_last - 1 else a_last - 1
                if low <= high and text.find(b + a, low, high + 2) >= 0:
                    return True
        return False

    def _span(self, kid: int) -> _Span | None:
        if self._df[kid]:  # in the postings? (Ranker.key_has)
            docs, end = self._posting_docs, self._posting_start[kid + 1]
            at = bisect_left(docs, self._docnum, self._posting_start[kid], end)
            if at == end or docs[at] != self._docnum:
                return None
        key = chr(kid)
        at = self._text.find(key, self._start, self._end)
        return None if at < 0 else (kid, key, at, self._text.rfind(key, at, self._end))


def _scored_without_bonus(scored: dict[int, float], complete: bool) -> tuple[dict[int, float], bool, PhraseBonus]:
    return scored, complete, PhraseBonus.none(scored)


def best_of(scored: dict[int, float], count: int) -> list[int]:
    """The (about) `count` best-scored documents, in no order: every document scored at least
    as the count-th best (ties included)."""
    if len(scored) <= count:
        return list(scored)
    threshold = sorted(scored.values())[-count]  # sorting in C beats heapq.nlargest's loop
    return list(compress(scored, map(threshold.__le__, scored.values())))


class _Best:
    """The best `count` documents of a dict of scores while a few rounds change some of them:
    the best `count × rounds` are found once, and later ones are found among them, which is
    exact as long as at least `count` of those are unchanged (every document outside scores
    below each of them); otherwise among all documents again. One round: always among all."""

    def __init__(self, scored: dict[int, float], count: int, rounds: int) -> None:
        self.scored = scored
        self._count = count
        self._pool = scored if rounds <= 1 else {d: scored[d] for d in best_of(scored, count * rounds)}
        self._changed: set[int] = set()

    def top(self) -> list[int]:
        if len(self._pool) - len(self._changed) >= self._count or len(self._pool) == len(self.scored):
            return best_of(self._pool, self._count)
        self._pool = self.scored
        return best_of(self.scored, self._count)

    def scale(self, docnum: int, factor: float) -> None:
        self.scored[docnum] *= factor
        if self._pool is not self.scored:
            self._pool[docnum] = self.scored[docnum]
            self._changed.add(docnum)


def _essential(weights: list[float]) -> list[int]:
    """With three or more concepts, the ones a kept document must have at least one of: the
    others' weights add up to less than LOOSE_COVERAGE of all (max-score pruning)."""
    threshold = sum(weights) * LOOSE_COVERAGE - 1e-9
    optional: set[int] = set()
    total = 0.0
    for number in sorted(range(len(weights)), key=weights.__getitem__):
        total += weights[number]
        if total >= threshold:
            break
        optional.add(number)
    return [i for i in range(len(weights)) if i not in optional]


def _intersect(sets: Sequence[AbstractSet[int]]) -> AbstractSet[int]:
    """The documents in every one of `sets` (each step walks the smaller side)."""
    ordered = sorted(sets, key=len)
    result = ordered[0]
    for other in ordered[1:]:
        result = result & other
    return result


def _values(
    parts: list[_Slot], weight: float, within: AbstractSet[int] | None, without: AbstractSet[int] | None = None
) -> dict[int, float]:
    """Document → weighted sum of the slots' scores, for the documents with every slot (in
    `within`, not in `without`). The slots come smallest first."""
    if len(parts) == 1 and within is None and without is None:
        whole = parts[0].scores
        return whole if weight == 1.0 else {d: v * weight for d, v in whole.items()}
    docs, probed = _matching(parts, within, without)
    columns = [part.column(docs) if found is None else found for part, found in zip(parts, probed, strict=True)]
    first = columns[0]
    if len(parts) == 1:
        return {d: first[d] for d in docs} if weight == 1.0 else {d: first[d] * weight for d in docs}
    if len(parts) == 2:
        second = columns[1]
        return {d: (first[d] + second[d]) * weight for d in docs}
    rest = columns[1:]
    return {d: (first[d] + sum(o[d] for o in rest)) * weight for d in docs}


def _pair_patterns(choices: list[list[int]]) -> list[list[str]]:
    """Neighbour pairs of a phrase given as key-id choices per word, as key text."""
    pairs = []
    for left, right in pairwise(choices):
        options = [key_chars((a, b)) for a in left[:2] for b in right[:2] if SEPARATOR not in (a, b)]
        if options:
            pairs.append(options)
    return pairs
