"""Words → search keys: case, script and diacritics folded; English and Serbian stems.

Every word of the knowledge base and of a query goes through the same steps, so that what an
inspector types meets what the text says whatever the script, the diacritics or the inflection:

1. `search_fold`: lower case, Cyrillic → Latin, diacritics stripped (č ć → c, š → s, ž → z,
   đ → d, and the digraph dj → d, because people write "Đorđe", "Djordje" and "Dordje").
2. A stem of the folded word, by the document's language: Snowball English (after British
   spellings are mapped to one form) or Snowball Serbian.

The Serbian stemmer runs on the *folded* word on both sides (TECH_BASELINE §5 stems before
folding; that gives a different stem for "radilište" and a typed "radiliste" in 3% of words).
Stemming the folded form makes the key depend only on what was typed modulo diacritics.
Serbian palatalisation (radnik / radnici, kolega / kolezi) and a few other alternations are
handled at query time by `serbian_variants`, which proposes alternative keys that the caller
keeps only when the index knows them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
        "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
        "ч": "č", "џ": "dž", "ш": "š",
    }
)  # fmt: skip
DIACRITICS_FOLD = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj"})
_KEY_FOLD = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "d", "'": None, "’": None})

# Words: letters and digits (any script); an apostrophe inside a word keeps it whole.
WORD_PATTERN = r"[^\W_]+(?:['’][^\W_]+)*"
WORD_RE = re.compile(WORD_PATTERN)
MAX_WORD_CHARS = 40


def to_latin(text: str) -> str:
    """Lower-case Cyrillic → Latin (keeps diacritics)."""
    return text.translate(CYRILLIC_TO_LATIN)


def fold(text: str) -> str:
    """Lower-case, Latin, without diacritics (đ → dj): a display-neutral comparison form."""
    return text.lower().translate(CYRILLIC_TO_LATIN).translate(DIACRITICS_FOLD)


@lru_cache(maxsize=65536)
def _strip_marks(text: str) -> str:
    """Compatibility forms spelled out (𝕬 → A, ﬁ → fi) and accents removed."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_DJ = re.compile("dj+")


def search_fold(word: str) -> str:
    """The form every search key starts from: `fold`, plus đ/dj → d and other accents removed.
    Folding a folded word changes nothing (marks are stripped before and after lower-casing,
    because a compatibility form can decompose to a capital)."""
    folded = _strip_marks(word).lower().translate(CYRILLIC_TO_LATIN).translate(_KEY_FOLD)
    return _DJ.sub("d", _strip_marks(folded))


def tokenize(text: str) -> Iterator[tuple[str, int, int]]:
    """(word, start, end) for every word of `text`; over-long tokens (hashes, URLs) are skipped."""
    for match in WORD_RE.finditer(text):
        start, end = match.span()
        if end - start <= MAX_WORD_CHARS:
            yield match.group(), start, end


# -- stop words: never required, never a key of a glossary form ------------------------------
def _words(text: str) -> list[str]:
    return text.split()


ENGLISH_STOP = frozenset(
    _words(
        """a about after all also am an and any are as at be been being but by can could did do does
        doing for from had has have having he her here hers him his how i if in into is it its me my
        of on or our ours out over she should so some such than that the their theirs them then
        there these they this those to too up us very was we were what when where which while who
        whom whose why will with would you your yours shall may might must during before after
        within between through under against among upon via per since until onto toward towards each
        every other own same just only more most much many both either neither nor yet still now
        less fewer"""
    )
)
SERBIAN_STOP = frozenset(
    search_fold(w)
    for w in _words(
        """a ako ali bi bih bila bile bili bilo bio biti bude budu će ćemo ćete ću ćeš da do gde ga i
        ih iz ili im ja je jer joj jesu još ka kad kada kako kao koga koja koje koji kojih kojim
        kojima kojoj kojom kome ko kod li me mi mu na nad nam nas naš neka neki nešto nje njega
        njemu njen njena njene njeno njih njim njoj njom njihov o od on ona one oni ono ova ovaj ove
        ovi ovo pa po pod pre pri sa se si sam smo ste su sve svi ta taj tako te ti to tu u uz vam
        vas već za zar zašto šta što čemu čega čiji treba trebalo može mogu moram mora biće ima
        imaju imam imamo nema nemaju nemam nije nisu nisam koliko kolika koliki kakav kakva kakvo
        kakve kakvi moj moja moje tvoj vaš naš svoj svoja svoje"""
    )
)


def is_stop(folded: str) -> bool:
    return folded in ENGLISH_STOP or folded in SERBIAN_STOP


# -- English ----------------------------------------------------------------------------------
# British and American spellings meet in one form before stemming (the content is British;
# people type both).
_EN_SPELLING = {
    "labour": "labor", "labours": "labors", "laboured": "labored", "labourer": "laborer",
    "labourers": "laborers", "behaviour": "behavior", "behaviours": "behaviors", "favour": "favor",
    "honour": "honor", "neighbour": "neighbor", "neighbours": "neighbors", "harbour": "harbor",
    "centre": "center", "centres": "centers", "programme": "program", "programmes": "programs",
    "licence": "license", "licences": "licenses", "defence": "defense", "offence": "offense",
    "offences": "offenses", "practise": "practice", "judgement": "judgment", "ageing": "aging",
    "enrol": "enroll", "fulfil": "fulfill", "counselling": "counseling", "travelling": "traveling",
    "traveller": "traveler", "travellers": "travelers", "cheque": "check", "gaol": "jail",
    "storey": "story", "kerb": "curb", "tyre": "tire", "misdemeanour": "misdemeanor",
    "misdemeanours": "misdemeanors", "rumour": "rumor", "colour": "color", "endeavour": "endeavor",
}  # fmt: skip
_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$")
_ISE_KEEP = frozenset(
    _words(
        """advise advised advises advising exercise exercised exercises exercising otherwise promise
        promised promises promising premise premises enterprise enterprises expertise raise raised
        raises raising comprise comprised comprises comprising surprise surprised surprises
        supervise supervised supervises supervising franchise precise concise noise cruise praise
        praised revise revised revising devise devised television improvise disguise disguised
        incise despise merchandise chastise compromise compromised compromises"""
    )
)


# Irregular verb forms the stemmer cannot join to their verb (paid / pay, kept / keep).
_EN_IRREGULAR = {
    "paid": "pay", "kept": "keep", "held": "hold", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "left": "leave", "sold": "sell", "bought": "buy", "brought": "bring",
    "told": "tell", "made": "make", "found": "find", "went": "go", "gone": "go", "slept": "sleep",
    "beaten": "beat", "hit": "hit", "lost": "lose", "owed": "owe", "stolen": "steal", "stole": "steal",
    "threw": "throw", "thrown": "throw", "caught": "catch", "felt": "feel", "fled": "flee",
    "hid": "hide", "hidden": "hide", "ran": "run", "said": "say", "sent": "send", "spent": "spend",
    "won": "win", "wrote": "write", "written": "write", "forbade": "forbid", "forbidden": "forbid",
    "drove": "drive", "driven": "drive", "ate": "eat", "eaten": "eat",
    "children": "child", "men": "man", "women": "woman", "people": "person", "persons": "person",
}  # fmt: skip


def english_spelling(word: str) -> str:
    mapped = _EN_IRREGULAR.get(word) or _EN_SPELLING.get(word)
    if mapped:
        return mapped
    if word not in _ISE_KEEP and _ISE.search(word):
        return _ISE.sub(r"iz\1", word)
    return word


@lru_cache(maxsize=1)
def _english() -> Callable[[str], str]:
    # Whoosh's hand-written Porter2 (Snowball English): three times faster than the generated
    # snowballstemmer code, and the same stems but for a dozen words in four thousand.
    # Imported here: whoosh.lang.snowball loads every language and urllib (about 80 ms), which
    # the app's window must not wait for (it imports this module for folding and highlighting).
    from whoosh.lang.snowball.english import EnglishStemmer

    return EnglishStemmer().stem  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _serbian() -> Callable[[str], str]:
    # Imported here: the snowballstemmer package loads all of its languages (about 30 ms), which
    # the app's window must not wait for.
    from snowballstemmer.serbian_stemmer import SerbianStemmer

    class FoldedSerbianStemmer(SerbianStemmer):  # type: ignore[misc]
        """Snowball Serbian for words already folded to Latin without diacritics. Its passes over
        every letter that change nothing in such words are skipped (they were 60% of its time):
        Cyrillic → Latin, and dj → đ (folding has turned every dj into d)."""

        def _SerbianStemmer__r_cyr_to_lat(self) -> bool:
            return True

        def _SerbianStemmer__r_prelude(self) -> bool:
            if "je" not in self.current:  # the rest of the prelude: ije / je → e (ijekavian)
                return True
            return bool(SerbianStemmer._SerbianStemmer__r_prelude(self))

    return FoldedSerbianStemmer().stemWord  # type: ignore[no-any-return]


# Stems already computed, by language. Stemming is the costliest step of a build, so a
# rebuild seeds these from the previous index's vocabulary (`remember_keys`).
_KEYS: dict[str, dict[str, str]] = {"en": {}, "sr": {}}
_KEY_CACHE_LIMIT = 200_000


def english_key(folded: str) -> str:
    found = _KEYS["en"].get(folded)
    if found is None:
        found = folded if len(folded) < 3 or folded.isdigit() else str(_english()(english_spelling(folded)))
        _remember("en", folded, found)
    return found


def serbian_key(folded: str) -> str:
    found = _KEYS["sr"].get(folded)
    if found is None:
        found = folded if len(folded) < 3 or folded.isdigit() else str(_serbian()(folded))
        _remember("sr", folded, found)
    return found


def _remember(lang: str, folded: str, key: str) -> None:
    table = _KEYS[lang]
    if len(table) >= _KEY_CACHE_LIMIT:
        table.clear()
    table[folded] = key


def seed_keys(lang: str, words: Sequence[str], keys: Sequence[str]) -> None:
    """Seed the stem cache with the key of each of `words` in `lang` (an index's vocabulary,
    stemmed when it was built): a query of known words then needs no stemmer."""
    table = _KEYS[lang]
    if len(table) + len(words) > _KEY_CACHE_LIMIT:
        table.clear()
    table.update(zip(words, keys, strict=True))


def load_stemmers() -> None:
    """Import both stemmers now (about 100 ms), rather than at the first word they must stem."""
    _english()
    _serbian()


def remember_keys(lang: str, pairs: Iterable[tuple[str, str]]) -> None:
    """Seed the stem cache with (folded word, key) pairs known from an earlier build."""
    for folded, key in pairs:
        _remember(lang, folded, key)


def word_key(folded: str, lang: str) -> str:
    """The search key of a folded word in a text of language `lang` ("en" or "sr")."""
    return serbian_key(folded) if lang == "sr" else english_key(folded)


# -- Serbian alternations, proposed at query time ------------------------------------------
# Palatalisation turns k/g/h into c/z/s before -i/-e (radnik → radnici, kolega → kolezi, and
# č/ž/š, folded to c/z/s, in the vocative and in verbs); the stemmer keeps the changed
# consonant. A "fleeting a" comes and goes (žrtva → žrtava) and plurals of short nouns add
# -ov-/-ev- (dug → dugovi).
_PALATAL_PAIRS = {"k": "c", "c": "k", "g": "z", "z": "g", "h": "s", "s": "h"}
_VOWELS = frozenset("aeiou")


def serbian_variants(key: str) -> list[str]:
    """Keys a Serbian key may take in other forms of the same word (the caller filters by index)."""
    if len(key) < 3 or key.isdigit():
        return []
    variants: list[str] = []
    last = key[-1]
    if last in _PALATAL_PAIRS and len(key) >= 4:
        variants.append(key[:-1] + _PALATAL_PAIRS[last])
    if len(key) >= 5 and key[-2] == "a" and last not in _VOWELS and key[-3] not in _VOWELS:
        variants.append(key[:-2] + last)  # žrtav → žrtv
    if len(key) >= 4 and last not in _VOWELS and key[-2] not in _VOWELS:
        variants.append(key[:-1] + "a" + last)  # žrtv → žrtav
    if len(key) >= 5 and key.endswith(("ov", "ev")):
        variants.append(key[:-2])  # dugov → dug
    elif len(key) >= 3 and last not in _VOWELS:
        variants.extend((key + "ov", key + "ev"))  # dug → dugov
    return variants


# -- spelling distance ------------------------------------------------------------------------
def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of neighbours counts 1); `limit + 1` when above.

    Bit-parallel (Hyyrö 2003, as in rapidfuzz's OSA): bit i of each vector stands for the i-th
    letter of `a`, and one step per letter of `b` moves a whole column of the alignment table.
    A few integer operations per letter instead of one Python step per cell of the table."""
    length = len(a)
    if abs(length - len(b)) > limit:
        return limit + 1
    if not length:
        return len(b)
    where: dict[str, int] = {}  # letter → the bits of its places in `a`
    bit = 1
    for letter in a:
        where[letter] = where.get(letter, 0) | bit
        bit <<= 1
    full = bit - 1
    last = bit >> 1
    plus, minus, diagonal, before = full, 0, 0, 0  # vertical +1 / -1 deltas, matches, last letter's bits
    distance = length
    get = where.get
    for letter in b:
        match = get(letter, 0)
        swapped = ((~diagonal & match) << 1) & before  # a swap of neighbours
        diagonal = (((match & plus) + plus) ^ plus) | match | minus | swapped
        up = minus | (full & ~(diagonal | plus))
        down = diagonal & plus
        if up & last:
            distance += 1
        elif down & last:
            distance -= 1
        up = ((up << 1) | 1) & full
        plus = ((down << 1) & full) | (full & ~(diagonal | up))
        minus = up & diagonal
        before = match
    return distance if distance <= limit else limit + 1
