"""The index's own vocabulary, kept next to the Whoosh files and loaded into memory at open.

It answers the questions a query asks before any posting is read: which keys does this word
have in English and Serbian texts, which words start with what is being typed, what is the
nearest known word to a typo and how is it written with its diacritics ("pasos" → "pasoš").
It also carries the per-document columns that ranking, facets and grouping need for every
matched document (kind, language, id, jurisdiction, topic, field lengths), so a query reads
stored fields only for the hits whose snippets are shown.

`sequences.bin` holds every document's title and body as a sequence of key ids (3 bytes each).
At open it is also decoded into `key_text`, a string with one character per key (the key id as
its code point): phrase checks and highlight positions are `str.find` calls on it instead of
re-analysing text. A character cannot match half of one key and half of the next, as a byte
pattern can, and the search skips ahead faster over varied characters than over the zero bytes
that begin most 3-byte ids.

`postings.bin` holds the postings of Whoosh's weighted field as they are decoded, key after key
(document numbers as 32-bit integers, then the weights as doubles; a key's share is its
`key_df`): loaded with the lexicon, a query reads a key's postings as a slice of memory, not
by a Whoosh term look-up and block decoding (which cost more than scoring them).

`lexicon.bin` holds the vocabulary and the columns as plain columns, not JSON (which took about
two thirds of opening the index): each a list of strings (UTF-8, NUL-separated: one decode and one
split) or of integers (an `array("q")` read as it lies), written and read in one fixed order
(`ColumnWriter`, `ColumnReader`). Decoding it takes about a third of the time the same data took
as JSON (measured 2026-12-07: 10 against 27 ms on a busy machine), on the way from the start of the
app to its first answer."""

from __future__ import annotations

import bisect
import struct
import sys
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from search_index.analysis import edit_distance

if TYPE_CHECKING:
    from search_index.documents import SearchDocument

LEXICON_FILE = "lexicon.bin"
SEQUENCES_FILE = "sequences.bin"
POSTINGS_FILE = "postings.bin"
LEXICON_FORMAT = 9  # 8: key_serbian; 9: binary columns (lexicon.bin) instead of JSON
LEXICON_MAGIC = b"PZLEXCOL"
KEY_BYTES = 3
POSTING_DOC_BYTES = 4  # array("I")
POSTING_WEIGHT_BYTES = 8  # array("d")
SEPARATOR = (1 << 8 * KEY_BYTES) - 1  # between a document's title and body in its key sequence
MAX_TEXT_KEYS = 0x10FFFF  # key ids must be code points (key_text); far above any vocabulary here

_T = TypeVar("_T")


def encode_key_sequence(key_ids: Iterable[int]) -> bytes:
    return b"".join(k.to_bytes(KEY_BYTES, "big") for k in key_ids)


def decode_key_sequence(encoded: bytes) -> list[int]:
    return [int.from_bytes(encoded[at : at + KEY_BYTES], "big") for at in range(0, len(encoded), KEY_BYTES)]


def key_chars(key_ids: Iterable[int]) -> str:
    """Keys as `Lexicon.key_text` writes them: a character per key."""
    return "".join(map(chr, key_ids))


def sequence_text(sequences: bytes, key_count: int) -> str:
    """Key sequences (3 bytes per key, big-endian) as text, a character per key: chr(key id),
    and for the separator chr(max(0xFFFF, `key_count`)), which no key is. The bytes are laid
    out by slice copies and decoded, all in C: as UTF-16 while every id is below the
    surrogates (the separator's two low bytes are U+FFFF already), else as UTF-32, which keeps
    surrogates apart (they are key ids too)."""
    if key_count >= MAX_TEXT_KEYS:
        raise ValueError("too many keys for a key text")
    count = len(sequences) // KEY_BYTES
    if key_count <= 0xD800:
        narrow = bytearray(count * 2)
        narrow[0::2] = sequences[2::KEY_BYTES]
        narrow[1::2] = sequences[1::KEY_BYTES]
        return narrow.decode("utf-16-le")
    wide = bytearray(count * 4)
    wide[0::4] = sequences[2::KEY_BYTES]
    wide[1::4] = sequences[1::KEY_BYTES]
    wide[2::4] = sequences[0::KEY_BYTES]
    # The separator (three 0xff bytes) can only match at a key's start: every fourth byte is 0.
    wide = wide.replace(SEPARATOR.to_bytes(4, "little"), max(0xFFFF, key_count).to_bytes(4, "little"))
    return wide.decode("utf-32-le", "surrogatepass")


@dataclass(frozen=True)
class GlossaryForm:
    term_id: str
    lang: str
    text: str  # as written in the glossary
    keys: tuple[str, ...]  # content-word keys (stop words left out)
    sequence: tuple[str, ...] = ()  # keys of every word, in order (to find it as a phrase)
    main: bool = False  # the term itself (not one of its synonyms)


@dataclass
class DocColumns:
    """Per-document values, indexed by Whoosh document number."""

    key: list[str] = field(default_factory=list)
    id: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    lang: list[str] = field(default_factory=list)
    href: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    jurisdiction: list[str] = field(default_factory=list)
    topic: list[str] = field(default_factory=list)
    title_words: list[int] = field(default_factory=list)  # distinct words of the title, not stop words
    title_tokens: list[int] = field(default_factory=list)  # all words of the title (key sequences)
    body_tokens: list[int] = field(default_factory=list)  # all words of the body (key sequences)
    length: dict[str, list[int]] = field(default_factory=dict)  # field name → word count per doc

    def __len__(self) -> int:
        return len(self.key)

    def add(self, doc: SearchDocument, lengths: dict[str, int], title_words: int, tokens: tuple[int, int]) -> None:
        self.title_words.append(title_words)
        self.title_tokens.append(tokens[0])
        self.body_tokens.append(tokens[1])
        self.key.append(doc.key)
        self.id.append(doc.id)
        self.kind.append(doc.kind)
        self.lang.append(doc.lang)
        self.href.append(doc.href)
        self.title.append(doc.title)
        self.jurisdiction.append(doc.jurisdiction)
        self.topic.append(doc.topic)
        for name, value in lengths.items():
            self.length.setdefault(name, []).append(value)


class Lexicon:
    def __init__(
        self,
        words: list[str],
        display: list[str],
        freq: list[int],
        key_en: list[int],
        key_sr: list[int],
        keys: list[str],
        docs: DocColumns,
        glossary: list[GlossaryForm],
        key_df: list[int] | None = None,
        key_fields: list[int] | None = None,
        key_serbian: list[int] | None = None,
    ) -> None:
        self.words = words  # folded, sorted: a word id is a position in this list
        self.display = display
        self.freq = freq
        self.key_en = key_en  # key id of the word in English texts, -1 when never seen there
        self.key_sr = key_sr
        self.keys = keys  # key id → key
        self.key_df = key_df or [0] * len(keys)  # documents with the key in any field
        self.key_fields = key_fields or [7] * len(keys)  # bits: 1 title, 2 keywords, 4 body
        self.key_serbian = key_serbian or [0] * len(keys)  # Serbian documents among the key's documents
        self.title_docs: dict[int, list[int]] = {}  # key id → documents with the key in their title
        self.docs = docs
        self.glossary = glossary
        self.key_ids = {k: i for i, k in enumerate(keys)}
        self.word_ids = {w: i for i, w in enumerate(words)}
        self._trigrams: dict[str, list[int]] | None = None
        self.sequences = b""
        self.sequence_start: list[int] = []
        # The sequences as text, a character per key; the title's end is marked by a character
        # no key has (`sequence_text`). Offsets are in keys: `text_start[docnum]`.
        self.key_text = ""
        self.text_start: list[int] = []
        self.posting_start: list[int] = []  # key id → first posting (and one past the last key)
        self.posting_docs: Sequence[int] = ()
        self.posting_weights: Sequence[float] = ()
        self.doc_groups: dict[str, list[int]] = defaultdict(list)
        for docnum, (kind, doc_id) in enumerate(zip(docs.kind, docs.id, strict=True)):
            self.doc_groups[f"{kind}:{doc_id}"].append(docnum)
        self.avg_length = {
            name: (sum(values) / len(values) if values else 1.0) or 1.0 for name, values in docs.length.items()
        }

    # -- lookups -----------------------------------------------------------------------
    def word_id(self, folded: str) -> int:
        return self.word_ids.get(folded, -1)

    def key_id(self, key: str) -> int:
        return self.key_ids.get(key, -1)

    def words_with_prefix(self, prefix: str, limit: int) -> list[int]:
        """Word ids starting with `prefix`, the most frequent first."""
        start = bisect.bisect_left(self.words, prefix)
        end = bisect.bisect_left(self.words, prefix + "\uffff", lo=start)
        if end - start <= limit:
            return list(range(start, end))
        freq = self.freq
        return sorted(range(start, end), key=lambda i: -freq[i])[:limit]

    def word_keys(self, wid: int) -> list[int]:
        keys = []
        if self.key_en[wid] >= 0:
            keys.append(self.key_en[wid])
        if self.key_sr[wid] >= 0 and self.key_sr[wid] != self.key_en[wid]:
            keys.append(self.key_sr[wid])
        return keys

    def postings(self, key_id: int) -> tuple[Sequence[int], Sequence[float]]:
        """The documents of a key (ascending) and their weighted, length-normalised counts."""
        start = self.posting_start[key_id]
        end = self.posting_start[key_id + 1]
        return self.posting_docs[start:end], self.posting_weights[start:end]

    # -- body key sequences ---------------------------------------------------------------
    def use_sequences(self, sequences: bytes, starts: list[int], key_count: int) -> None:
        """Read documents' key sequences from `sequences` (document d's from byte `starts[d]`),
        as bytes and as text; `key_count`: one more than the highest key id."""
        self.sequences = sequences
        self.sequence_start = starts
        self.key_text = sequence_text(sequences, key_count)
        self.text_start = [start // KEY_BYTES for start in starts]

    def body_matches(self, docnum: int, key_ids: Iterable[int]) -> list[tuple[int, int]]:
        """(word position, key id) of every word of the body of `docnum` whose key is one of
        `key_ids`, by position (not its title: the body's key sequence follows the title's and a
        separator, and only it is read; in the key text a match is always a whole key)."""
        text = self.key_text
        body = self.text_start[docnum] + self.docs.title_tokens[docnum] + 1
        end = self.text_start[docnum + 1]
        find = text.find
        found: list[tuple[int, int]] = []
        append = found.append
        for key_id in key_ids:
            key = chr(key_id)
            at = find(key, body, end)
            while at >= 0:
                append((at - body, key_id))
                at = find(key, at + 1, end)
        found.sort()
        return found

    def keys_text(self, docnum: int) -> tuple[str, int, int]:
        """The text of `docnum`'s key sequence: (`key_text`, start, end). Every phrase check
        reads a document through here (tests count the documents read)."""
        return self.key_text, self.text_start[docnum], self.text_start[docnum + 1]

    def has_keys(self, docnum: int, keys: str) -> bool:
        """Does `docnum` have the keys `keys` (characters, see `key_chars`) side by side, in order?"""
        text, start, end = self.keys_text(docnum)
        return text.find(keys, start, end) >= 0

    # -- spelling ----------------------------------------------------------------------
    def closest_word(self, folded: str) -> int:
        """The known word nearest to an unknown one (a typo), or -1. Frequent words win ties."""
        if len(folded) < 4 or folded.isdigit():
            return -1
        limit = 1 if len(folded) <= 5 else 2
        if self._trigrams is None:
            self._trigrams = _trigram_table(self.words)
        table = self._trigrams
        # Trigrams in a fixed order: words sharing as many come in the same order in every
        # process (a set's order changes with the hash seed), whichever the 300 kept are.
        grams_of = sorted(_trigrams_of(folded))
        counts: Counter[int] = Counter(chain.from_iterable(table.get(gram, ()) for gram in grams_of))
        best, best_rank = -1, (limit + 1, 0)
        grams = len(folded) + 2 - 2
        needed = max(1, grams - 3 * limit)
        length = len(folded)
        words = self.words
        for wid, shared in counts.most_common(300):
            # An edit changes at most four of a word's trigrams (a swap of neighbours), so a
            # word sharing fewer than grams − 4 × (best distance so far) cannot beat the best:
            # candidates come most shared first, and the search stops there.
            if shared < needed or shared < grams - 4 * best_rank[0]:
                break
            word = words[wid]
            within = min(limit, best_rank[0])
            if abs(len(word) - length) > within:
                continue
            distance = edit_distance(folded, word, within)
            if distance > limit:
                continue
            rank = (distance, -self.freq[wid])
            if rank < best_rank:
                best, best_rank = wid, rank
        return best

    # -- persistence -------------------------------------------------------------------
    def write(self, index_dir: Path) -> None:
        out = ColumnWriter(LEXICON_MAGIC, LEXICON_FORMAT)
        out.strings(self.words)
        out.strings(self.display)
        out.ints(self.freq)
        out.ints(self.key_en)
        out.ints(self.key_sr)
        out.strings(self.keys)
        out.ints(self.key_df)
        out.ints(self.key_fields)
        out.ints(self.key_serbian)
        title_keys = list(self.title_docs)
        out.ints(title_keys)
        out.ints([len(self.title_docs[k]) for k in title_keys])
        out.ints([d for k in title_keys for d in self.title_docs[k]])
        d = self.docs
        for strings in (d.key, d.id, d.kind, d.lang, d.href, d.title, d.jurisdiction, d.topic):
            out.strings(strings)
        for numbers in (d.title_words, d.title_tokens, d.body_tokens):
            out.ints(numbers)
        out.strings(list(d.length))
        for lengths in d.length.values():
            out.ints(lengths)
        g = self.glossary
        out.strings([f.term_id for f in g])
        out.strings([f.lang for f in g])
        out.strings([f.text for f in g])
        out.ints([1 if f.main else 0 for f in g])
        out.ints([len(f.keys) for f in g])
        out.strings([k for f in g for k in f.keys])
        out.ints([len(f.sequence) for f in g])
        out.strings([k for f in g for k in f.sequence])
        (index_dir / LEXICON_FILE).write_bytes(out.getvalue())

    @classmethod
    def read(
        cls, index_dir: Path, with_sequences: bool = True, checksums: Mapping[str, tuple[int, int]] | None = None
    ) -> Lexicon:
        """Raises OSError/ValueError/KeyError/TypeError when the files are missing or damaged.
        `checksums`: file name → (size, CRC-32) as the build recorded them (IndexMeta.files);
        a file read here that differs from its record is damage (ValueError)."""
        data = ColumnReader(read_checked(index_dir, LEXICON_FILE, checksums), LEXICON_MAGIC, LEXICON_FORMAT)
        words, display, freq, key_en, key_sr = data.strings(), data.strings(), data.ints(), data.ints(), data.ints()
        keys, key_df, key_fields, key_serbian = data.strings(), data.ints(), data.ints(), data.ints()
        title_keys, title_counts, title_flat = data.ints(), data.ints(), data.ints()
        key, id_, kind, lang, href, title, jurisdiction, topic = (data.strings() for _ in range(8))
        title_words, title_tokens, body_tokens = data.ints(), data.ints(), data.ints()
        length_names = data.strings()
        length = {name: data.ints() for name in length_names}
        docs = DocColumns(
            key=key,
            id=id_,
            kind=kind,
            lang=lang,
            href=href,
            title=title,
            jurisdiction=jurisdiction,
            topic=topic,
            title_words=title_words,
            title_tokens=title_tokens,
            body_tokens=body_tokens,
            length=length,
        )
        columns: list[Sequence[object]] = [key, id_, kind, lang, href, title, jurisdiction, topic]
        columns += [title_words, title_tokens, body_tokens, *length.values()]
        if len({len(column) for column in columns}) > 1:
            raise ValueError("lexicon document columns differ in length")
        term_ids, form_langs, texts, mains = data.strings(), data.strings(), data.strings(), data.ints()
        form_keys = _split(data.ints(), data.strings())
        form_sequences = _split(data.ints(), data.strings())
        data.end()
        if not len(term_ids) == len(form_langs) == len(texts) == len(mains) == len(form_keys) == len(form_sequences):
            raise ValueError("lexicon glossary columns differ in length")
        glossary = [
            GlossaryForm(t, lg, x, k, q, bool(m))
            for t, lg, x, m, k, q in zip(term_ids, form_langs, texts, mains, form_keys, form_sequences, strict=True)
        ]
        lexicon = cls(words, display, freq, key_en, key_sr, keys, docs, glossary, key_df, key_fields, key_serbian)
        if not (len(lexicon.words) == len(lexicon.display) == len(lexicon.freq) == len(lexicon.key_en)):
            raise ValueError("lexicon columns differ in length")
        if len(lexicon.key_sr) != len(lexicon.words):
            raise ValueError("lexicon columns differ in length")
        if not (len(lexicon.keys) == len(lexicon.key_df) == len(lexicon.key_fields) == len(lexicon.key_serbian)):
            raise ValueError("lexicon key columns differ in length")
        title_groups = _split(title_counts, title_flat)
        lexicon.title_docs = {k: list(group) for k, group in zip(title_keys, title_groups, strict=True)}
        if not with_sequences:
            return lexicon
        sequences = read_checked(index_dir, SEQUENCES_FILE, checksums)
        starts = [0]
        for title_count, body_count in zip(docs.title_tokens, docs.body_tokens, strict=True):
            starts.append(starts[-1] + (title_count + 1 + body_count) * KEY_BYTES)
        if starts[-1] != len(sequences):
            raise ValueError("sequences do not match the documents")
        lexicon.use_sequences(sequences, starts, len(lexicon.keys))
        postings = read_checked(index_dir, POSTINGS_FILE, checksums)
        count = sum(lexicon.key_df)
        if len(postings) != count * (POSTING_DOC_BYTES + POSTING_WEIGHT_BYTES):
            raise ValueError("postings do not match the vocabulary")
        view = memoryview(postings)
        lexicon.posting_docs = view[: count * POSTING_DOC_BYTES].cast("I")
        lexicon.posting_weights = view[count * POSTING_DOC_BYTES :].cast("d")
        lexicon.posting_start = [0, *accumulate(lexicon.key_df)]
        return lexicon


_SECTION = struct.Struct("<cII")  # kind (b"s" strings, b"q" integers), item count, byte count
_HEADER = struct.Struct("<8sI")  # magic, format


class ColumnWriter:
    """Columns written one after another: a header, then each list of strings or integers."""

    def __init__(self, magic: bytes, version: int) -> None:
        self._parts: list[bytes] = [_HEADER.pack(magic, version)]

    def strings(self, values: Sequence[str]) -> None:
        """UTF-8, separated by NUL (which no value may contain: ValueError)."""
        text = "\0".join(values)
        if text.count("\0") != max(0, len(values) - 1):
            raise ValueError("a string of the lexicon contains NUL")
        data = text.encode("utf-8")
        self._parts += [_SECTION.pack(b"s", len(values), len(data)), data]

    def ints(self, values: Iterable[int]) -> None:
        numbers = array("q", values)
        if sys.byteorder == "big":
            numbers.byteswap()  # little-endian on disk, as the headers
        self._parts += [_SECTION.pack(b"q", len(numbers), len(numbers) * numbers.itemsize), numbers.tobytes()]

    def getvalue(self) -> bytes:
        return b"".join(self._parts)


class ColumnReader:
    """Reads what ColumnWriter wrote, in the same order; anything else is a ValueError."""

    def __init__(self, data: bytes, magic: bytes, version: int) -> None:
        if len(data) < _HEADER.size or _HEADER.unpack_from(data) != (magic, version):
            raise ValueError("not a column file of this format")
        self._data = data
        self._at = _HEADER.size

    def _section(self, kind: bytes) -> tuple[int, bytes]:
        data, at = self._data, self._at
        if at + _SECTION.size > len(data):
            raise ValueError("column file cut short")
        found, count, size = _SECTION.unpack_from(data, at)
        at += _SECTION.size
        if found != kind or at + size > len(data):
            raise ValueError("column file damaged")
        self._at = at + size
        return count, data[at : at + size]

    def strings(self) -> list[str]:
        count, payload = self._section(b"s")
        if count == 0:
            if payload:
                raise ValueError("column file damaged")
            return []
        values = payload.decode("utf-8").split("\0")
        if len(values) != count:
            raise ValueError("column file damaged")
        return values

    def ints(self) -> list[int]:
        count, payload = self._section(b"q")
        numbers = array("q")
        if len(payload) != count * numbers.itemsize:
            raise ValueError("column file damaged")
        numbers.frombytes(payload)
        if sys.byteorder == "big":
            numbers.byteswap()
        return numbers.tolist()

    def end(self) -> None:
        if self._at != len(self._data):
            raise ValueError("column file has bytes after its columns")


def _split(counts: Sequence[int], flat: Sequence[_T]) -> list[tuple[_T, ...]]:
    """`flat` cut into consecutive groups of `counts` items (ValueError when they do not add up)."""
    if sum(counts) != len(flat) or (counts and min(counts) < 0):
        raise ValueError("column file damaged")
    items = iter(flat)
    return [tuple(islice(items, n)) for n in counts]


def read_checked(index_dir: Path, name: str, checksums: Mapping[str, tuple[int, int]] | None) -> bytes:
    """A file of the index, checked against its (size, CRC-32) in `checksums` when given."""
    data = (index_dir / name).read_bytes()
    if checksums is not None:
        expected = checksums.get(name)
        if expected is None or expected != (len(data), zlib.crc32(data)):
            raise ValueError(f"{name} is not the file the index was built with")
    return data


def _trigrams_of(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _trigram_table(words: Iterable[str]) -> dict[str, list[int]]:
    table: dict[str, list[int]] = defaultdict(list)
    for wid, word in enumerate(words):
        if len(word) >= 3 and not word.isdigit():
            for gram in _trigrams_of(word):
                table[gram].append(wid)
    return dict(table)


class VocabularyBuilder:
    """Collects words while documents are analysed at build time."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.surfaces: list[Counter[str]] = []
        self.freq: list[int] = []
        self.key_en: list[str] = []
        self.key_sr: list[str] = []

    def add(self, surface: str, folded: str, key: str, lang: str, count: int = 1) -> None:
        wid = self.ids.get(folded)
        if wid is None:
            wid = len(self.freq)
            self.ids[folded] = wid
            self.surfaces.append(Counter())
            self.freq.append(0)
            self.key_en.append("")
            self.key_sr.append("")
        self.freq[wid] += count
        self.surfaces[wid][surface] += count
        if lang == "sr":
            self.key_sr[wid] = key
        else:
            self.key_en[wid] = key

    def lexicon(self, docs: DocColumns, glossary: list[GlossaryForm]) -> Lexicon:
        words = sorted(self.ids)
        order = [self.ids[w] for w in words]
        keys = sorted({k for k in (*self.key_en, *self.key_sr) if k})
        key_ids = {k: i for i, k in enumerate(keys)}
        return Lexicon(
            words=words,
            display=[self.display_form(old) for old in order],
            freq=[self.freq[old] for old in order],
            key_en=[key_ids.get(self.key_en[old], -1) for old in order],
            key_sr=[key_ids.get(self.key_sr[old], -1) for old in order],
            keys=keys,
            docs=docs,
            glossary=glossary,
        )

    def display_form(self, wid: int) -> str:
        """How a word is usually written: its most frequent spelling, lower case unless the
        text nearly always capitalises it (names, acronyms)."""
        surfaces = self.surfaces[wid]
        lowered: Counter[str] = Counter()
        for surface, count in surfaces.items():
            lowered[surface.lower()] += count
        common = lowered.most_common(1)[0][0]
        capitalised = sum(c for s, c in surfaces.items() if s[:1].isupper())
        if capitalised >= 0.8 * sum(surfaces.values()):
            return max((s for s in surfaces if s.lower() == common), key=lambda s: surfaces[s])
        return common
