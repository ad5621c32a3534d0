"""From scored document versions to the list shown: one entry per document in the user's
language, facet counts, filters and the order of the list.

Facets and totals count every matched document; the list itself is built only from the best
few hundred, because nobody reads further and building entries costs time per document. The
phrase bonus of the best documents is applied here, only to those whose bonus could change
the list (`_settle_documents`, `_settle_versions`)."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from search_index.lexicon import Lexicon
from search_index.ranking import PhraseBonus, best_of

OTHER_VERSION_FACTOR = 0.7  # a document matched only through its version in the other language
OTHER_LANGUAGE_DEFER = 3  # without a user language, a document's second version drops this far
CANDIDATES = 200  # best-scored versions from which the list is built (at least 4 × the limit)
FACETS = ("kind", "lang", "jurisdiction", "topic")


@dataclass(frozen=True)
class Filters:
    kinds: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    jurisdictions: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        kinds: Sequence[str] | None = None,
        languages: Sequence[str] | None = None,
        jurisdictions: Sequence[str] | None = None,
        topics: Sequence[str] | None = None,
    ) -> Filters:
        return cls(*(frozenset(v or ()) for v in (kinds, languages, jurisdictions, topics)))

    def __bool__(self) -> bool:
        return bool(self.kinds or self.languages or self.jurisdictions or self.topics)


@dataclass(frozen=True)
class Entry:
    docnum: int  # the version shown
    score: float
    tier: int  # 0: in the user's language (or any, without one); 1: only in another language


@dataclass
class Arranged:
    facets: Callable[[], dict[str, dict[str, int]]]  # counted when called
    total: int
    top: list[Entry]


class Grouping:
    def __init__(self, lexicon: Lexicon) -> None:
        docs = lexicon.docs
        self._lang = docs.lang
        self._kind = docs.kind
        self._jurisdiction = docs.jurisdiction
        self._topic = docs.topic
        group_ids: dict[str, int] = {}
        self._group = [
            group_ids.setdefault(f"{k}:{i}", len(group_ids)) for k, i in zip(docs.kind, docs.id, strict=True)
        ]
        # The version of each document in each language (-1: none).
        self._version: dict[str, list[int]] = {lang: [-1] * len(group_ids) for lang in set(docs.lang)}
        for docnum, (group, lang) in enumerate(zip(self._group, docs.lang, strict=True)):
            self._version[lang][group] = docnum
        # Per language, per document: does the document have a version in that language?
        self._has_version = {
            lang: [versions[group] >= 0 for group in self._group] for lang, versions in self._version.items()
        }

    def arrange(
        self,
        scored: dict[int, float],
        lang: str | None,
        filters: Filters,
        limit: int,
        exhaustive: bool = False,
        bonus: PhraseBonus | None = None,
    ) -> Arranged:
        """The list and its facets. `exhaustive` looks for the best documents among all matched
        ones, never first among the best of them (the reference the tests compare with).
        `bonus`: the phrase bonus still to be applied to some of the best documents' scores;
        it is applied to those whose bonus could change the list (`_settle`)."""
        if lang is not None and filters.languages and lang not in filters.languages:
            # Only texts in another language were asked for: show those.
            lang = next(iter(filters.languages)) if len(filters.languages) == 1 else None
        matched = scored

        def facets() -> dict[str, dict[str, int]]:
            return self._facets(matched, lang, filters)

        if filters:
            scored = {d: s for d, s in scored.items() if self._passes(d, filters, None)}
        if lang is None:
            if bonus is not None and bonus.waiting and limit > 0:
                self._settle_versions(scored, bonus, 2 * limit + OTHER_LANGUAGE_DEFER)
            total = len(scored)
            top = self._top_versions(scored, limit)
        else:
            count = max(CANDIDATES, 4 * limit)
            candidates = self._with_version(scored, lang, count, exhaustive)
            if (
                bonus is not None
                and bonus.waiting
                and limit > 0
                and not self._settle_documents(scored, bonus, lang, limit, count, candidates)
            ):
                candidates = self._with_version(scored, lang, count, exhaustive)  # may have changed
            total = len(set(map(self._group.__getitem__, scored)))
            top = self._top_documents(scored, lang, limit, exhaustive, candidates)
        return Arranged(facets, total, top)

    # -- the phrase bonus -----------------------------------------------------------------------
    # The phrase bonus is applied to every document whose bonus could change the list, so the
    # list is the one every bonus applied gives. A waiting document scores at most `ceiling`
    # times its score now; documents are taken best first, and the rest are left once none of
    # them could reach the list either way.

    @staticmethod
    def _settle_versions(scored: dict[int, float], bonus: PhraseBonus, count: int) -> None:
        """Without a language the list is made of the best `count` versions (_top_versions): a
        version that cannot reach the score of the `count`-th best certain one, whatever its
        bonus, is not among them either way."""
        waiting = [d for d in bonus.waiting if d in scored]
        waits = set(waiting)
        heap = sorted([s for d, s in scored.items() if d not in waits])[-count:]  # certain scores, a heap
        ceiling = bonus.ceiling
        highest = [(-scored[d] * ceiling, d) for d in waiting]  # the most each could score, a heap
        heapq.heapify(highest)
        while highest:
            most, docnum = heapq.heappop(highest)
            if len(heap) >= count and -most < heap[0]:
                break  # neither it nor any after it can be among the best `count`
            if bonus.unchecked(docnum):  # its synonyms first: its score may only go down
                Grouping._check(scored, bonus, docnum)
                heapq.heappush(highest, (-scored[docnum] * ceiling, docnum))
                continue
            Grouping._apply(scored, bonus, [docnum])
            _keep_best(heap, scored[docnum], count)

    def _settle_documents(
        self, scored: dict[int, float], bonus: PhraseBonus, lang: str, limit: int, count: int, candidates: list[int]
    ) -> bool:
        """With a language the list has one entry per document, made from `candidates`, the
        best `count` versions with a version in `lang` (_top_documents). They are the same
        whatever the bonus while fewer than `count` wait: the waiting ones are the best of all,
        above every other, and only rise. A version whose score, whatever its bonus, cannot
        reach the `limit`-th best certain entry decides no entry that can be listed: either its
        document's entry is that of another version, or it is below that one either way. And
        every document listed either way is met before the list is complete (_top_documents'
        loop stops only below `limit` entries found). False: every bonus was applied
        (`candidates` may have changed)."""
        waiting = [d for d in bonus.waiting if d in scored]
        group_of = self._group
        groups = set(map(group_of.__getitem__, candidates))
        if len(waiting) >= count or len(groups) < limit:  # every bonus may count
            self._apply(scored, bonus, waiting)
            return False
        in_lang = self._version[lang]
        waits = set(waiting)
        uncertain = {group_of[d] for d in waiting}
        # The best `limit` entries of the documents with no version waiting, met best first: a
        # document's entry scores at most as its best version, the first met.
        heap: list[float] = []
        seen: set[int] = set()
        for docnum in sorted(candidates, key=scored.__getitem__, reverse=True):
            if len(heap) >= limit and scored[docnum] <= heap[0]:
                break
            group = group_of[docnum]
            if group in seen or group in uncertain:
                continue
            seen.add(group)
            _keep_best(heap, self._entry_score(in_lang[group], self._versions_of(group), scored), limit)
        # Then the waiting versions, the highest they could score first, with every waiting
        # version of their document (their synonyms checked first, where not yet: a score may
        # go down, and wait again).
        ceiling = bonus.ceiling
        highest = [(-scored[d] * ceiling, d) for d in waiting if group_of[d] in groups]  # a heap
        heapq.heapify(highest)
        while highest:
            most, docnum = heapq.heappop(highest)
            if docnum not in waits:  # applied with another version of its document
                continue
            if len(heap) >= limit and -most < heap[0]:
                break  # neither it nor any after it decides a listed entry
            if bonus.unchecked(docnum):
                self._check(scored, bonus, docnum)
                heapq.heappush(highest, (-scored[docnum] * ceiling, docnum))
                continue
            group = group_of[docnum]
            versions = self._versions_of(group)
            applied = [v for v in versions if v in waits]
            waits.difference_update(applied)
            self._apply(scored, bonus, applied)
            _keep_best(heap, self._entry_score(in_lang[group], versions, scored), limit)
        return True

    @staticmethod
    def _check(scored: dict[int, float], bonus: PhraseBonus, docnum: int) -> None:
        bonus.check(docnum)
        if scored is not bonus.scored:  # a filtered copy
            scored[docnum] = bonus.scored[docnum]

    @staticmethod
    def _apply(scored: dict[int, float], bonus: PhraseBonus, docs: list[int]) -> None:
        bonus.apply(docs)
        if scored is not bonus.scored:  # a filtered copy
            for docnum in docs:
                scored[docnum] = bonus.scored[docnum]

    @staticmethod
    def _entry_score(own: int, versions: list[int], scored: dict[int, float]) -> float:
        """A document's entry: its version `own` as it scored, or another version, discounted,
        when that is higher."""
        score = scored.get(own, 0.0)
        for version in versions:
            if version != own and version in scored:
                score = max(score, scored[version] * OTHER_VERSION_FACTOR)
        return score

    # -- filters and facets -------------------------------------------------------------------
    def _passes(self, docnum: int, filters: Filters, skip: str | None) -> bool:
        return (
            (skip == "kind" or not filters.kinds or self._kind[docnum] in filters.kinds)
            and (skip == "lang" or not filters.languages or self._lang[docnum] in filters.languages)
            and (
                skip == "jurisdiction"
                or not filters.jurisdictions
                or self._jurisdiction[docnum] in filters.jurisdictions
            )
            and (skip == "topic" or not filters.topics or self._topic[docnum] in filters.topics)
        )

    def _facets(self, scored: dict[int, float], lang: str | None, filters: Filters) -> dict[str, dict[str, int]]:
        """Counts of documents per facet value (documents, not versions, when `lang` is given).
        Each facet is counted with the other facets' filters only, so that choosing a value
        never hides the others."""
        counted: dict[str, Counter[str]] = {}
        columns = {"kind": self._kind, "lang": self._lang, "jurisdiction": self._jurisdiction, "topic": self._topic}
        unfiltered: list[int] | None = None  # one version of each document, when no filter applies
        for name in FACETS:
            versions: Iterable[int] = scored
            if filters:
                versions = [d for d in scored if self._passes(d, filters, name)]
            if name == "lang" or lang is None:
                counted[name] = Counter(map(columns[name].__getitem__, versions))
                continue
            if filters or unfiltered is None:  # a document counts once, whichever of its versions matched
                one_each = list({self._group[d]: d for d in versions}.values())
                if not filters:
                    unfiltered = one_each
            else:
                one_each = unfiltered
            counted[name] = Counter(map(columns[name].__getitem__, one_each))
        for counts in counted.values():
            counts.pop("", None)
        return {name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for name, c in counted.items()}

    # -- the list -----------------------------------------------------------------------------
    def _top_documents(
        self, scored: dict[int, float], lang: str, limit: int, exhaustive: bool, candidates: list[int]
    ) -> list[Entry]:
        """One entry per document: its version in `lang`, scored as it matched, or as its other
        version did, discounted, when that is higher. Documents without a version in `lang`
        come after all the others."""
        in_lang = self._version.get(lang, [])
        group_of = self._group
        doc_lang = self._lang
        count = max(CANDIDATES, 4 * limit)
        entries: list[Entry] = []
        seen: set[int] = set()
        kept: list[float] = []  # the best `limit` scores of the entries so far (a heap)
        for docnum in sorted(candidates, key=scored.__getitem__, reverse=True):
            if not exhaustive and limit > 0 and len(kept) >= limit and kept[0] > scored[docnum]:
                # An entry scores at most as its best version, the first met: every later one
                # scores less than each of the best `limit` so far.
                break
            group = group_of[docnum]
            if group in seen:
                continue
            seen.add(group)
            own = in_lang[group]
            score = self._entry_score(own, self._versions_of(group), scored)
            entries.append(Entry(own, score, 0))
            if limit > 0:
                _keep_best(kept, score, limit)
        if len(entries) < limit:
            has_version = self._has_version.get(lang)
            without = {d: v for d, v in scored.items() if not has_version[d]} if has_version else scored
            for docnum in _best(without, count):
                group = group_of[docnum]
                if group not in seen and doc_lang[docnum] != lang:
                    seen.add(group)
                    entries.append(Entry(docnum, scored[docnum], 1))
        entries.sort(key=lambda e: (e.tier, -e.score, e.docnum))
        return entries[:limit]

    def _with_version(self, scored: dict[int, float], lang: str, count: int, exhaustive: bool) -> list[int]:
        """`best_of` the documents that have a version in `lang` (in the order of `scored`):
        looked for among the best of all first (most have one), among all of them when too few
        are there."""
        has_version = self._has_version.get(lang)
        if not has_version:
            return []
        pool = scored
        if len(scored) > 2 * count and not exhaustive:
            pool = {d: scored[d] for d in best_of(scored, 2 * count)}
        kept = {d: v for d, v in pool.items() if has_version[d]}
        if pool is not scored and len(kept) < count:
            kept = {d: v for d, v in scored.items() if has_version[d]}
        return best_of(kept, count)

    def _versions_of(self, group: int) -> list[int]:
        return [v[group] for v in self._version.values() if v[group] >= 0]

    def _top_versions(self, scored: dict[int, float], limit: int) -> list[Entry]:
        """Without a user language both versions of a document may be listed: the second one
        goes a few places down, so that the first results are different documents."""
        ranked = sorted(
            (Entry(d, scored[d], 0) for d in _best(scored, 2 * limit + OTHER_LANGUAGE_DEFER)),
            key=lambda e: (-e.score, e.docnum),
        )
        ordered: list[Entry] = []
        deferred: list[tuple[int, Entry]] = []
        seen: set[int] = set()
        for entry in ranked:
            while deferred and deferred[0][0] <= len(ordered):
                ordered.append(deferred.pop(0)[1])
            group = self._group[entry.docnum]
            if group in seen:
                deferred.append((len(ordered) + OTHER_LANGUAGE_DEFER, entry))
            else:
                seen.add(group)
                ordered.append(entry)
        ordered.extend(e for _, e in deferred)
        return ordered[:limit]


def _keep_best(heap: list[float], score: float, size: int) -> None:
    """Keep in `heap` (a min-heap, size > 0) the best `size` scores met so far."""
    if len(heap) < size:
        heapq.heappush(heap, score)
    elif score > heap[0]:
        heapq.heapreplace(heap, score)


def _best(scored: dict[int, float], count: int) -> list[int]:
    """The `count` best-scored keys (and any tied with the last), best first."""
    return sorted(best_of(scored, count), key=scored.__getitem__, reverse=True)
