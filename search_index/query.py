"""From what the user typed to what the index is asked: words, phrases, prefixes and concepts.

User text is never handed to Whoosh's query parser: it is split here into words and quoted
phrases, so quotes, operators, field prefixes, wildcards or emoji cannot make a search fail.

A *concept* is one thing the user asked for: a word, or a run of words that the glossary knows
as a term ("prinudni rad", "debt bondage"). Each concept has alternatives that satisfy it —
the words themselves, the term's synonyms in the same language and its translation — and a
document matches the concept when it contains every word of at least one alternative."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from search_index.analysis import (
    WORD_RE,
    english_key,
    is_stop,
    search_fold,
    serbian_key,
    serbian_variants,
)
from search_index.lexicon import SEPARATOR, GlossaryForm, Lexicon

MAX_QUERY_CHARS = 500
MAX_WORDS = 16
PREFIX_EXPANSIONS = 16  # words tried for a word being typed
MIN_PREFIX = 2

# How much an alternative counts, relative to the words as typed.
VARIANT_WEIGHT = 0.8  # another Serbian form (radnici → radnik)
PREFIX_WEIGHT = 0.85  # a completion of the word being typed
SYNONYM_WEIGHT = 0.85  # another form of the glossary term, same language
TRANSLATION_WEIGHT = 0.75  # the glossary term in the other language
MOST_WORDS_WEIGHT = 0.6  # all words of a typed term of three or more but one
MAX_SYNONYMS = 3  # synonyms of a glossary term used per language, besides its name
COMMON_SHARE = 0.2  # a typed word in more than this share of documents is "common"
NEAR_WEIGHT = 0.6  # a Serbian word with the same beginning (a derivation)
NEAR_MIN_LENGTH = 6
NEAR_EXPANSIONS = 12
NEAR_KEYS = 6
NEAR_PREFIX = 4  # a near match of a glossary word shares this many first letters
OPERATORS = frozenset({"AND", "OR", "NOT"})
FIELD_NAMES = frozenset({"title", "body", "text", "content", "kind", "lang", "tag", "tags", "id", "topic"})

_QUOTED = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class ParsedWord:
    text: str  # as typed
    folded: str
    prefix: bool = False  # typed with a trailing *, or the word being typed
    quoted: int = -1  # index of the quoted phrase it belongs to, -1 when free

    @property
    def stop(self) -> bool:
        return is_stop(self.folded)


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[ParsedWord, ...]
    phrases: int = 0  # number of quoted phrases

    @property
    def empty(self) -> bool:
        return not self.words

    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def parse_user_query(text: str, as_you_type: bool = False) -> ParsedQuery:
    """Split free text into words and quoted phrases. Total: never raises."""
    text = (text or "")[:MAX_QUERY_CHARS]
    words: list[ParsedWord] = []
    phrase_count = 0
    position = 0
    pieces: list[tuple[str, int]] = []  # (text, phrase index or -1)
    for match in _QUOTED.finditer(text):
        pieces.append((text[position : match.start()], -1))
        pieces.append((match.group(1), phrase_count))
        phrase_count += 1
        position = match.end()
    pieces.append((text[position:].replace('"', " "), -1))
    for piece, phrase in pieces:
        for match in WORD_RE.finditer(piece):
            word = match.group()
            if phrase < 0 and word in OPERATORS:
                continue
            if piece[match.end() : match.end() + 1] == ":" and word.lower() in FIELD_NAMES:
                continue  # "title:pasoš" searches pasoš
            star = piece[match.end() : match.end() + 1] == "*"
            folded = search_fold(word)
            if folded:
                words.append(ParsedWord(word, folded, prefix=star and phrase < 0, quoted=phrase))
    if as_you_type and words and text and not text[-1].isspace() and text[-1] not in '"*':
        last = words[-1]
        if last.quoted < 0 and not last.prefix:
            words[-1] = ParsedWord(last.text, last.folded, prefix=True)
    return ParsedQuery(words=tuple(words[:MAX_WORDS]), phrases=phrase_count)


# -- the plan ---------------------------------------------------------------------------------
Slot = dict[int, float]  # key id → weight: any one of these keys fills the slot


@dataclass
class Alternative:
    slots: list[Slot]  # every slot must be filled
    weight: float = 1.0
    phrase: list[list[int]] = field(default_factory=list)  # key-id choices per word, in order (adjacency)
    exact: list[int] = field(default_factory=list)  # a synonym's keys in order: full weight only as a phrase


@dataclass
class Concept:
    label: str
    alternatives: list[Alternative]
    required_phrase: bool = False  # a quoted phrase: the words must be adjacent


@dataclass
class Plan:
    concepts: list[Concept]
    phrases: list[list[list[int]]]  # runs of query words as key-id choices (adjacency bonus)
    highlight_keys: set[int]  # every key that may be shown highlighted
    unknown: list[ParsedWord]  # content words the index does not know (typos?)
    glossary_terms: list[str]  # glossary term ids recognised in the query
    typed_words: int = 0  # content words typed

    @cached_property
    def concept_keys(self) -> list[frozenset[int]]:
        """Every key of each concept, over its alternatives."""
        return [frozenset(k for a in c.alternatives for slot in a.slots for k in slot) for c in self.concepts]

    @cached_property
    def any_concept_key(self) -> frozenset[int]:
        return frozenset().union(*self.concept_keys)


class Planner:
    """Turns a parsed query into concepts, using the lexicon (keys, prefixes, glossary)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._prefix_cache: dict[str, Slot] = {}
        self._word_cache: dict[str, Slot] = {}
        self._forms_by_key: dict[str, list[GlossaryForm]] = {}  # every key of a form → the form
        self._forms_by_stem_start: dict[str, list[GlossaryForm]] = {}  # first letters of a key → forms
        self._function_keys: dict[int, frozenset[str]] = {}  # id of a form → keys of its stop words (on first use)
        self._forms_by_term: dict[str, list[GlossaryForm]] = {}  # term id → its forms
        self._glossary_order: dict[int, int] = {}  # id of a form → its place in the glossary
        by_key = self._forms_by_key
        by_stem_start = self._forms_by_stem_start
        by_term = self._forms_by_term
        for number, form in enumerate(lexicon.glossary):
            by_term.setdefault(form.term_id, []).append(form)
            self._glossary_order[id(form)] = number
            keys = form.keys
            for key in keys if len(keys) == 1 else dict.fromkeys(keys):
                by_key.setdefault(key, []).append(form)
                if len(keys) > 1 and len(key) > NEAR_PREFIX:
                    by_stem_start.setdefault(key[:NEAR_PREFIX], []).append(form)

    def function_keys(self, form: GlossaryForm) -> frozenset[str]:
        """The keys of a glossary form's small words: those its key sequence has more often
        than its content keys (worked out for the forms a query meets, not all at open)."""
        found = self._function_keys.get(id(form))
        if found is None:
            sequence, keys = form.sequence, form.keys
            found = frozenset(k for k in sequence if sequence.count(k) > keys.count(k))
            self._function_keys[id(form)] = found
        return found

    def clear_cache(self) -> None:
        self._prefix_cache.clear()
        self._word_cache.clear()

    # -- words ---------------------------------------------------------------------------
    def word_keys(self, folded: str) -> Slot:
        """Known keys of a whole word: its English and Serbian stems, and Serbian variants."""
        cached = self._word_cache.get(folded)
        if cached is not None:
            return cached
        key_id = self.lexicon.key_id
        slot: Slot = {}
        sr = serbian_key(folded)
        for key in (english_key(folded), sr):
            kid = key_id(key)
            if kid >= 0:
                slot[kid] = 1.0
        for variant in serbian_variants(sr):
            kid = key_id(variant)
            if kid >= 0 and kid not in slot:
                slot[kid] = VARIANT_WEIGHT
        lexicon = self.lexicon
        if len(folded) >= NEAR_MIN_LENGTH and not folded.isdigit():
            # Serbian derivations the stemmer keeps apart (razgovaram / razgovor): Serbian
            # words sharing all but the last few letters. Not the very common ones: they
            # would cost much and change little.
            prefix = folded[: max(NEAR_MIN_LENGTH - 1, len(folded) - 3)]
            common = len(lexicon.docs) * COMMON_SHARE
            added = 0
            for wid in lexicon.words_with_prefix(prefix, NEAR_EXPANSIONS):
                kid = lexicon.key_sr[wid]
                serbian_only = lexicon.key_en[wid] < 0  # not an English word quoted in Serbian text
                if kid >= 0 and serbian_only and kid not in slot and lexicon.key_df[kid] < common:
                    slot[kid] = NEAR_WEIGHT
                    added += 1
                    if added == NEAR_KEYS:
                        break
        if len(self._word_cache) > 4096:
            self._word_cache.clear()
        self._word_cache[folded] = slot
        return slot

    def known(self, word: ParsedWord) -> bool:
        """Does the index know this word (as written, or another form of it)? A typo does not."""
        if self.lexicon.word_id(word.folded) >= 0:
            return True
        slot = self.keys_of(word)
        return any(weight >= VARIANT_WEIGHT for weight in slot.values())

    def prefix_keys(self, folded: str) -> Slot:
        """Keys of the most frequent words that start with what is being typed."""
        if len(folded) < MIN_PREFIX:
            return {}
        cached = self._prefix_cache.get(folded)
        if cached is not None:
            return cached
        slot: Slot = {}
        for wid in self.lexicon.words_with_prefix(folded, PREFIX_EXPANSIONS):
            for kid in self.lexicon.word_keys(wid):
                slot.setdefault(kid, PREFIX_WEIGHT)
        for kid, weight in self.word_keys(folded).items():
            slot[kid] = weight
        if len(self._prefix_cache) > 4096:
            self._prefix_cache.clear()
        self._prefix_cache[folded] = slot
        return slot

    def keys_of(self, word: ParsedWord) -> Slot:
        return self.prefix_keys(word.folded) if word.prefix else self.word_keys(word.folded)

    # -- plan ----------------------------------------------------------------------------
    def plan(self, parsed: ParsedQuery) -> Plan:
        words = list(parsed.words)
        content = [w for w in words if not w.stop]
        if not content:
            content = words  # a query of stop words only ("who", "the") still searches them
        slots = {id(w): self.keys_of(w) for w in words}
        unknown = [w for w in content if not w.folded.isdigit() and not self.known(w)]
        highlight: set[int] = set()
        for slot in slots.values():
            highlight.update(slot)
        concepts: list[Concept] = []
        terms: list[str] = []

        # Quoted phrases: the words in order, adjacent.
        for phrase_index in range(parsed.phrases):
            members = [w for w in words if w.quoted == phrase_index]
            member_slots = [slots[id(w)] for w in members if slots[id(w)]]
            if len(member_slots) != len(members) or not members:
                if members:  # a word of the phrase is unknown: nothing can match it
                    concepts.append(Concept(" ".join(w.text for w in members), [Alternative([{}])]))
                continue
            order = [list(s) for s in member_slots]
            content_slots = [slots[id(w)] for w in members if not w.stop] or member_slots
            concepts.append(
                Concept(
                    " ".join(w.text for w in members),
                    [Alternative(list(content_slots), 1.0, order)],
                    required_phrase=len(members) > 1,
                )
            )

        # Free words: glossary terms first (the longest, in any word order), then single words.
        free = [w for w in content if w.quoted < 0]
        matched: dict[int, tuple[list[int], list[GlossaryForm]]] = {}  # first word → the term's words
        taken: set[int] = set()
        stop_keys = {key for w in words if w.stop for key in (serbian_key(w.folded), english_key(w.folded))}
        for positions, forms in self._glossary_matches(free, slots, stop_keys):
            matched[positions[0]] = (positions, forms)
            taken.update(positions)
        for index, word in enumerate(free):
            if index in matched:
                positions, forms = matched[index]
                concept, term_ids = self._term_concept([free[i] for i in positions], forms, slots, highlight)
                concepts.append(concept)
                terms.extend(term_ids)
            elif index not in taken:
                slot = slots[id(word)]
                concepts.append(Concept(word.text, [Alternative([slot] if slot else [{}])]))

        runs: list[list[list[int]]] = []
        run: list[list[int]] = []
        for word in words:
            if word.quoted >= 0 or not slots[id(word)]:
                if len(run) > 1:
                    runs.append(run)
                run = []
                continue
            # The word's own keys first (a word being typed lists its completions too): the
            # adjacency check looks at the first ones.
            slot = slots[id(word)]
            run.append(sorted(slot, key=slot.__getitem__, reverse=True)[:3])
        if len(run) > 1:
            runs.append(run)
        return Plan(concepts, runs, highlight, unknown, terms, len(content))

    def _glossary_matches(
        self, free: Sequence[ParsedWord], slots: dict[int, Slot], stop_keys: set[str]
    ) -> list[tuple[list[int], list[GlossaryForm]]]:
        """Glossary forms among the free words, compared as keys, in whatever order the words
        were typed ("oduzet pasoš" and "pasoš oduzet" both name the retention of documents):
        each match is the positions of its words (in typed order) and the forms it matches.

        The longest forms win, exact ones over near ones; ties go by the words themselves, never
        by where they stand, so any order of the same words gives the same terms. In a form of
        two or more words, one word may differ in its ending beyond what the stemmer joins
        (oduzet / oduzimanje: the same first four letters, both five or longer), as long as the
        others match exactly. A form's own small words must be in the query too ("rad za dug"
        needs its "za"): they tell a term from the same content words met apart ("koliko dugo
        radnik sme da radi" is not about debt)."""
        if not free:
            return []
        word_keys = [self._word_key_strings(w, slots) for w in free]
        candidates: dict[int, GlossaryForm] = {}
        for keys in word_keys:
            for key in keys:
                for form in self._forms_by_key.get(key, ()):
                    candidates[id(form)] = form
                if len(key) > NEAR_PREFIX:
                    for form in self._forms_by_stem_start.get(key[:NEAR_PREFIX], ()):
                        candidates[id(form)] = form
        typed = set().union(*word_keys)
        # Per word, the first letters of its longer keys: a form's key that matches none of a
        # word's keys may still match it nearly (_assign), looked up here once per query.
        word_starts = [{k[:NEAR_PREFIX] for k in keys if len(k) > NEAR_PREFIX} for keys in word_keys]
        found: list[tuple[tuple[int, int, list[str], str, str], frozenset[int], GlossaryForm]] = []
        for form in candidates.values():
            if len(form.keys) > len(free) or not self.function_keys(form) <= stop_keys:
                continue
            if sum(key in typed for key in form.keys) < len(form.keys) - 1:
                continue  # two of its words are missing: no assignment can match it
            assigned = _assign(form.keys, word_keys, word_starts)
            if assigned is not None:
                positions, exact = assigned
                words = sorted(free[i].folded for i in positions)
                found.append(((-len(form.keys), -exact, words, form.term_id, form.text), positions, form))
        found.sort(key=lambda match: match[0])
        chosen: list[tuple[list[int], list[GlossaryForm]]] = []
        chosen_sets: list[tuple[tuple[int, int], frozenset[int]]] = []
        taken: set[int] = set()
        for rank, positions, form in found:
            same = next((i for i, (r, p) in enumerate(chosen_sets) if r == rank[:2] and p == positions), -1)
            if same >= 0:
                if form not in chosen[same][1]:
                    chosen[same][1].append(form)
                continue
            if taken & positions:
                continue
            taken |= positions
            chosen.append((sorted(positions), [form]))
            chosen_sets.append((rank[:2], positions))
        return chosen

    def _word_key_strings(self, word: ParsedWord, slots: dict[int, Slot]) -> set[str]:
        """The keys a word may stand for; for a word being typed, also those of its completions
        ("debt bond" → debt bondage)."""
        keys = self.lexicon.keys
        return {keys[k] for k in slots[id(word)]} | {serbian_key(word.folded), english_key(word.folded)}

    def _term_concept(
        self, span: Sequence[ParsedWord], matched: list[GlossaryForm], slots: dict[int, Slot], highlight: set[int]
    ) -> tuple[Concept, list[str]]:
        term_ids = sorted({f.term_id for f in matched})
        typed_langs = {f.lang for f in matched}
        typed_keys = {f.keys for f in matched}
        original_slots = [slots[id(w)] for w in span]
        alternatives = [
            Alternative(
                list(original_slots) if all(original_slots) else [{}],
                1.0,
                [list(s)[:3] for s in original_slots] if all(original_slots) and len(span) > 1 else [],
            )
        ]
        if len(original_slots) >= 3 and all(original_slots):
            # "ograničavanje kretanja" for "ograničavanje slobode kretanja": all words but one.
            for skipped in range(len(original_slots)):
                rest = [s for i, s in enumerate(original_slots) if i != skipped]
                alternatives.append(Alternative(rest, MOST_WORDS_WEIGHT))
        key_id = self.lexicon.key_id
        key_df = self.lexicon.key_df
        # A term the texts use everywhere (radnik, worker) gets only its names in both
        # languages, not every synonym: they would add little but cost a lot.
        common_df = len(self.lexicon.docs) * COMMON_SHARE
        common = all(original_slots) and min(sum(key_df[k] for k in slot) for slot in original_slots) > common_df
        forms = [f for term_id in term_ids for f in self._forms_by_term.get(term_id, ()) if f.keys not in typed_keys]
        forms.sort(key=lambda f: self._glossary_order[id(f)])
        forms.sort(key=lambda f: not f.main)  # the term's names first, then synonyms in the glossary's order
        synonyms: dict[tuple[str, str], int] = {}
        for form in forms:
            if not form.main:
                if common:
                    continue
                counted = (form.term_id, form.lang)
                if synonyms.get(counted, 0) >= MAX_SYNONYMS:
                    continue
            ids = [key_id(k) for k in form.keys]
            if any(k < 0 for k in ids):
                continue  # a word of this form occurs nowhere in the knowledge base
            if len(ids) == 1 and not form.main and key_df[ids[0]] > common_df:
                continue  # "ugovor" for "bez ugovora": found everywhere, it tells nothing
            weight = SYNONYM_WEIGHT if form.lang in typed_langs else TRANSLATION_WEIGHT
            if any(a.weight >= weight and _implies(set(ids), a.slots) for a in alternatives if all(a.slots)):
                continue  # every document it finds, an alternative found already counts as much
            if not form.main:
                synonyms[(form.term_id, form.lang)] = synonyms.get((form.term_id, form.lang), 0) + 1
            sequence = [key_id(k) for k in form.sequence] if len(ids) > 1 else []
            exact = sequence if sequence and all(k >= 0 for k in sequence) else []
            never = [SEPARATOR, SEPARATOR] if len(ids) > 1 else []  # a phrase with an unknown word
            alternatives.append(Alternative([{k: 1.0} for k in ids], weight, exact=exact or never))
            highlight.update(ids)
        return Concept(" ".join(w.text for w in span), alternatives), term_ids


def _assign(
    form_keys: Sequence[str], word_keys: Sequence[set[str]], word_starts: Sequence[set[str]]
) -> tuple[frozenset[int], int] | None:
    """The words (positions) a glossary form's keys match, each word used once, and how many
    match exactly; None when the form is not there. At most one key may match only nearly:
    its first NEAR_PREFIX letters are those of a longer key of the word (`word_starts`), both
    longer than that."""
    used: set[int] = set()
    missing: list[str] = []
    for key in form_keys:
        for position, keys in enumerate(word_keys):
            if position not in used and key in keys:
                used.add(position)
                break
        else:
            missing.append(key)
    if len(missing) > (1 if len(form_keys) > 1 else 0):
        return None
    for key in missing:
        start = key[:NEAR_PREFIX] if len(key) > NEAR_PREFIX else None
        for position, starts in enumerate(word_starts):
            if position not in used and start in starts:
                used.add(position)
                break
        else:
            return None
    return frozenset(used), len(form_keys) - len(missing)


def _implies(keys: set[int], slots: list[Slot]) -> bool:
    """Does a document with all of `keys` necessarily fill every one of `slots`?"""
    return all(any(k in keys for k in slot) for slot in slots)
