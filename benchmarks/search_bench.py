"""Search benchmark: our search API against a competent SQLite FTS5 baseline, same documents,
same folding, same run, timed query by query.

Two corpora: the bundled knowledge base, and 10 000 synthetic documents made from its own
sentences (same languages, vocabulary and length distribution). The 30 queries are realistic
inspector queries from tests/search_index/inspector_queries.yaml (English, Serbian with and
without diacritics, Cyrillic, questions, typos); each is answered with the snippets of its
top 10 hits.

The FTS5 baseline (class `Fts5`) is what a competent application on FTS5 would do:

- Same text: every word of title, keywords and body goes through our own folding
  (`search_fold`: lower case, Cyrillic → Latin, č ć š ž đ folded) and our stemmer of the
  document's language (`word_key`: Snowball English with British/American spellings joined,
  Snowball Serbian on the folded word), and FTS5 indexes those keys (`unicode61`, nothing else
  to do). The query's words are folded the same way and each asks for its English or its
  Serbian key (the query's language is not known, as for our engine).
- Same stop words (`is_stop`): left out of title and keywords and never asked for. The body
  keeps them as tokens so that word positions still map to the original text for snippets;
  FTS5's bm25 therefore counts them in the body length (its k1 1.2 and b 0.75 are fixed).
- Same field weights: `rank` is bm25(title 5, keywords 2.5, body 1), as store.FIELD_WEIGHTS.
- One `MATCH … ORDER BY rank LIMIT 10` query, all words required (AND); snippets are made by
  FTS5's `snippet()` only for the 10 rows returned and mapped back to the original words (the
  body's character offsets are kept in memory, as our index keeps them stored).
- Typos: the query's keys are looked up in an `fts5vocab` table in one statement; for a word
  none of whose keys is known, candidates come from a trigram FTS5 index of the vocabulary
  (`tokenize='trigram'`, best 40 by shared trigrams), kept within edit distance 1 (words of up
  to 5 letters) or 2, and the word asks for any of the 5 closest. No Python scan of the
  vocabulary.
- A question nobody's text holds every word of (AND finds nothing) is asked again with OR,
  ranked the same way, as our engine keeps documents covering most of a long question.

Timing: the two engines alternate query by query (which goes first alternates too), one
warm-up round, then `--rounds` timed rounds; medians and p95 over all samples. Our per-query
memo caches are cleared before each query (`clear_caches`), so a query counts as met for the
first time; what the index holds in memory by design stays, as FTS5's in-memory database does.
Build time is a cold build in this process; a second `ensure_index` on unchanged content must
not rebuild.

`--json` prints {"bundled": {...}, "synthetic_10k": {...}, "load_before": "...", "load_after":
"..."} with p50_ms, p95_ms, fts5_p50_ms, fts5_p95_ms, ratio_p50, ratio_p95, build_s (and more);
the same with `_cpu`: CPU time of the process per query, less sensitive to the load of a shared
machine than the wall clock, which is the measure. Goals (issue 15): bundled
p95 <= 2 x FTS5 p95; 10 000 documents p95 <= 16 ms."""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from content.loader import load_knowledge_base  # noqa: E402
from content.paths import CONTENT_DIR  # noqa: E402
from search_index.analysis import (  # noqa: E402
    MAX_WORD_CHARS,
    WORD_RE,
    edit_distance,
    english_key,
    is_stop,
    search_fold,
    serbian_key,
    word_key,
)
from search_index.documents import SearchDocument, iter_documents  # noqa: E402
from search_index.searcher import SearchIndex  # noqa: E402
from search_index.store import (  # noqa: E402
    BODY,
    FIELD_WEIGHTS,
    KEYWORDS,
    TITLE,
    IndexState,
    build_documents,
    ensure_index,
    glossary_forms,
)

# (query, user language): 30 queries inspectors type, from tests/search_index/inspector_queries.yaml.
QUERIES: list[tuple[str, str]] = [
    # English: terms, and questions as typed
    ("debt bondage", "en"), ("forced labour", "en"), ("who do I call", "en"), ("reflection period", "en"),
    ("passport taken by the employer", "en"), ("minimum wage", "en"), ("worker without a written contract", "en"),
    ("wages withheld", "en"), ("how to interview workers through an interpreter", "en"),
    ("employer keeps passports", "en"), ("no days off", "en"), ("workers sleep in containers on site", "en"),
    # Serbian, with and without diacritics, inflected
    ("prinudni rad", "sr"), ("oduzet pasoš", "sr"), ("radnici bez ugovora", "sr"), ("minimalna zarada", "sr"),
    ("rad na crno", "sr"), ("strani radnik bez dozvole za rad", "sr"), ("zadrzavanje licnih isprava", "sr"),
    ("zrtva trgovine ljudima", "sr"), ("radniku nije isplaćena zarada", "sr"),
    ("kako da razgovaram sa radnikom", "sr"), ("pretnja prijavom policiji", "sr"),
    # Cyrillic
    ("дужничко ропство", "sr"), ("трговина људима", "sr"), ("пасош", "sr"),
    # typos
    ("trafficing", "en"), ("pasport confiscation", "en"), ("minimlna zarada", "sr"), ("refelction period", "en"),
]  # fmt: skip
assert len(QUERIES) == 30

SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")


# -- corpora ------------------------------------------------------------------------------
def bundled_documents() -> tuple[list[SearchDocument], object]:
    kb = load_knowledge_base(CONTENT_DIR).kb
    return list(iter_documents(kb)), kb


def synthetic_documents(base: Sequence[SearchDocument], count: int, seed: int = 5) -> list[SearchDocument]:
    """`count` documents built from the sentences of `base`, with its mix of kinds, languages
    and lengths: realistic vocabulary and statistics, deterministic."""
    rng = random.Random(seed)
    sentences: dict[str, list[str]] = {"en": [], "sr": []}
    titles: dict[str, list[str]] = {"en": [], "sr": []}
    for doc in base:
        sentences[doc.lang].extend(s for s in SENTENCE.split(doc.body) if len(s) > 20)
        titles[doc.lang].append(doc.title)
    documents = []
    for number in range(count):
        model = base[rng.randrange(len(base))]
        lang = model.lang
        words = len(model.body.split())
        body: list[str] = []
        while sum(len(s.split()) for s in body) < words:
            body.append(rng.choice(sentences[lang]))
        title = " ".join(rng.choice(titles[lang]).split()[: rng.randint(3, 8)])
        documents.append(
            replace(
                model,
                key=f"{model.kind}:synthetic-{number}:{lang}",
                id=f"synthetic-{number}",
                href=f"kb:synthetic-{number}",
                title=title,
                body="\n".join(body),
            )
        )
    return documents


# -- the FTS5 baseline ----------------------------------------------------------------------
_HIT, _END_HIT, _CUT = "\x02", "\x03", "\x04"
TYPO_CANDIDATES = 40  # vocabulary terms read from the trigram index per unknown word
TYPO_ALTERNATIVES = 5  # closest terms asked for in place of an unknown word


@dataclass
class _Body:
    text: str  # the original body text
    keys: str  # what FTS5 indexed: one key per word, separated by single spaces
    starts: list[int]  # character offsets of each word in `text`
    ends: list[int]


def _field_keys(text: str, lang: str) -> str:
    """Title and keywords as FTS5 sees them: our keys, stop words left out."""
    keys = []
    for match in WORD_RE.finditer(text):
        if match.end() - match.start() <= MAX_WORD_CHARS:
            folded = search_fold(match.group())
            if folded and not is_stop(folded):
                keys.append(word_key(folded, lang))
    return " ".join(keys)


def _body(text: str, lang: str) -> _Body:
    matches = [m for m in WORD_RE.finditer(text) if m.end() - m.start() <= MAX_WORD_CHARS]
    keys = [word_key(search_fold(m.group()), lang) or "_" for m in matches]
    return _Body(text, " ".join(keys), [m.start() for m in matches], [m.end() for m in matches])


def _trigrams(term: str) -> list[str]:
    return sorted({term[i : i + 3] for i in range(len(term) - 2)})


class Fts5:
    def __init__(self, documents: Sequence[SearchDocument]) -> None:
        started = time.perf_counter()
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, keywords, body, tokenize='unicode61')"
        )
        weights = ", ".join(str(FIELD_WEIGHTS[name]) for name in (TITLE, KEYWORDS, BODY))
        self.db.execute("INSERT INTO docs(docs, rank) VALUES ('rank', ?)", (f"bm25(0.0, {weights})",))
        self.bodies: list[_Body] = []
        rows = []
        for rowid, doc in enumerate(documents, start=1):
            body = _body(doc.body, doc.lang)
            self.bodies.append(body)
            rows.append(
                (rowid, doc.key, _field_keys(doc.title, doc.lang), _field_keys(doc.keywords, doc.lang), body.keys)
            )
        self.db.executemany("INSERT INTO docs(rowid, key, title, keywords, body) VALUES (?, ?, ?, ?, ?)", rows)
        self.db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
        self.db.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(docs, 'row')")
        self.db.execute("CREATE VIRTUAL TABLE grams USING fts5(term, tokenize='trigram')")
        self.db.execute("INSERT INTO grams SELECT term FROM vocab WHERE length(term) >= 3")
        self.db.execute("INSERT INTO grams(grams) VALUES ('optimize')")
        self.db.commit()
        self.build_s = time.perf_counter() - started

    # -- one query --------------------------------------------------------------------------
    def search(self, text: str) -> list[tuple[str, str]]:
        """(document key, snippet HTML) of the best 10 documents."""
        phrases, words = _parse(text)
        if not phrases and not words:
            return []
        known = self._known({k for alternatives in words for k in alternatives})
        free = []
        for alternatives in words:
            if known & alternatives:
                free.append(sorted(known & alternatives))
            else:
                free.append(self._near(alternatives) or sorted(alternatives))
        parts = [_phrase(p) for p in phrases] + [_any(a) for a in free]
        rows = self._run(" AND ".join(parts))
        if not rows and len(parts) > 1:
            rows = self._run(" OR ".join(parts))
        return [(key, self._snippet(rowid, snippet)) for rowid, key, snippet in rows]

    def _run(self, expression: str) -> list[tuple[int, str, str]]:
        try:
            return self.db.execute(
                "SELECT rowid, key, snippet(docs, 3, ?, ?, ?, 24) FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10",
                (_HIT, _END_HIT, _CUT, expression),
            ).fetchall()
        except sqlite3.OperationalError:
            return []

    def _known(self, keys: set[str]) -> set[str]:
        if not keys:
            return set()
        marks = ", ".join("?" * len(keys))
        return {t for (t,) in self.db.execute(f"SELECT term FROM vocab WHERE term IN ({marks})", sorted(keys))}

    def _near(self, keys: set[str]) -> list[str]:
        """Known terms close to an unknown word's keys: trigram candidates, then edit distance."""
        found: dict[str, tuple[int, int]] = {}
        for key in keys:
            grams = _trigrams(key)
            if len(key) < 4 or not grams:
                continue
            limit = 1 if len(key) <= 5 else 2
            expression = " OR ".join(f'"{g}"' for g in grams)
            candidates = self.db.execute(
                "SELECT term FROM grams WHERE grams MATCH ? ORDER BY rank LIMIT ?", (expression, TYPO_CANDIDATES)
            ).fetchall()
            for rank, (term,) in enumerate(candidates):
                distance = edit_distance(key, term, limit)
                if distance <= limit and (term not in found or found[term] > (distance, rank)):
                    found[term] = (distance, rank)
        return sorted(found, key=found.__getitem__)[:TYPO_ALTERNATIVES]

    def _snippet(self, rowid: int, marked: str) -> str:
        """FTS5's snippet of the body keys, turned back into the original words."""
        body = self.bodies[rowid - 1]
        if not body.starts:
            return ""
        window = marked.strip(_CUT)
        plain = window.replace(_HIT, "").replace(_END_HIT, "")
        at = body.keys.find(plain) if plain else -1
        if at < 0:
            return escape(body.text[:200])
        first = body.keys.count(" ", 0, at)
        tokens = window.split(" ")
        last = min(len(body.starts), first + len(tokens)) - 1
        parts = ["… " if marked.startswith(_CUT) else ""]
        cursor = body.starts[first]
        for offset, token in enumerate(tokens):
            if token.startswith(_HIT) and first + offset <= last:
                word = first + offset
                parts.append(escape(body.text[cursor : body.starts[word]]))
                parts.append(f"<b>{escape(body.text[body.starts[word] : body.ends[word]])}</b>")
                cursor = body.ends[word]
        parts.append(escape(body.text[cursor : body.ends[last]]))
        parts.append(" …" if marked.endswith(_CUT) else "")
        return "".join(parts).replace("\n", " · ")


def _parse(text: str) -> tuple[list[list[str]], list[set[str]]]:
    """Quoted phrases (keys in order) and free content words (each: its English and Serbian key)."""
    phrases = []
    for quoted in re.findall(r'"([^"]+)"', text):
        folded = [search_fold(w) for w in WORD_RE.findall(quoted)]
        if folded:
            phrases.append([serbian_key(f) for f in folded if f])
    rest = re.sub(r'"[^"]*"', " ", text)
    words = []
    for word in WORD_RE.findall(rest):
        folded = search_fold(word)
        if folded and not is_stop(folded):
            words.append({english_key(folded), serbian_key(folded)})
    if not words and not phrases:  # a query of stop words only still searches them
        words = [{english_key(f), serbian_key(f)} for f in (search_fold(w) for w in WORD_RE.findall(rest)) if f]
    return phrases, words


def _phrase(keys: list[str]) -> str:
    return '"' + " ".join(keys) + '"'


def _any(keys: list[str]) -> str:
    return "(" + " OR ".join(f'"{k}"' for k in keys) + ")"


# -- measuring ------------------------------------------------------------------------------
def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(ours: SearchIndex, floor: Fts5, rounds: int) -> dict[str, list[float]]:
    def run_ours(query: str, lang: str) -> None:
        ours.clear_caches()
        started, cpu = time.perf_counter(), time.process_time()
        results = ours.search(query, 10, lang=lang)
        for hit in results.hits:
            _ = hit.snippet
        timings["ours"].append(time.perf_counter() - started)
        timings["ours_cpu"].append(time.process_time() - cpu)

    def run_floor(query: str, _lang: str) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        floor.search(query)
        timings["fts5"].append(time.perf_counter() - started)
        timings["fts5_cpu"].append(time.process_time() - cpu)

    engines: list[Callable[[str, str], None]] = [run_ours, run_floor]
    timings: dict[str, list[float]] = {}
    for round_number in range(rounds + 1):
        if round_number <= 1:  # the first round warmed both engines up
            timings = {"ours": [], "fts5": [], "ours_cpu": [], "fts5_cpu": []}
        for index, (query, lang) in enumerate(QUERIES):
            order = engines if (index + round_number) % 2 == 0 else engines[::-1]
            for run in order:
                run(query, lang)
    return timings


def summarise(timings: dict[str, list[float]]) -> dict[str, float]:
    """Wall-clock percentiles (the measure) and CPU-time ones (less sensitive to the load of a
    shared machine), with the ratios ours / FTS5."""
    result: dict[str, float] = {}
    for suffix, ours_name, fts_name in (("", "ours", "fts5"), ("_cpu", "ours_cpu", "fts5_cpu")):
        ours = [t * 1000 for t in timings[ours_name]]
        fts = [t * 1000 for t in timings[fts_name]]
        result.update(
            {
                f"p50{suffix}_ms": round(statistics.median(ours), 2),
                f"p95{suffix}_ms": round(percentile(ours, 0.95), 2),
                f"fts5_p50{suffix}_ms": round(statistics.median(fts), 2),
                f"fts5_p95{suffix}_ms": round(percentile(fts, 0.95), 2),
                f"ratio_p50{suffix}": round(statistics.median(ours) / max(statistics.median(fts), 1e-9), 2),
                f"ratio_p95{suffix}": round(percentile(ours, 0.95) / max(percentile(fts, 0.95), 1e-9), 2),
            }
        )
    return result


def bench_corpus(documents: list[SearchDocument], glossary: list, digest: str, rounds: int, folder: Path) -> dict:
    started = time.perf_counter()
    meta = build_documents(documents, folder, digest, glossary)
    build_s = time.perf_counter() - started
    floor = Fts5(documents)
    with SearchIndex.open(folder) as ours:
        result = summarise(measure(ours, floor, rounds))
    result.update(
        build_s=round(build_s, 2),
        fts5_build_s=round(floor.build_s, 2),
        docs=meta.doc_count,
        rounds=rounds,
        samples=rounds * len(QUERIES),
    )
    return result


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--rounds", type=int, default=10, help="timed rounds on the bundled corpus (default 10)")
    parser.add_argument("--rounds-10k", type=int, default=5, help="timed rounds on 10 000 documents (default 5)")
    parser.add_argument("--skip-10k", action="store_true", help="only the bundled corpus")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="prepoznaj-search-bench-"))
    report: dict[str, object] = {"load_before": load_average()}
    try:
        documents, kb = bundled_documents()
        glossary = glossary_forms(kb)  # type: ignore[arg-type]
        bundled = bench_corpus(documents, glossary, kb.digest, args.rounds, workdir / "bundled")  # type: ignore[attr-defined]
        started = time.perf_counter()
        state, _meta = ensure_index(kb, workdir / "bundled")  # type: ignore[arg-type]
        bundled["unchanged_check_s"] = round(time.perf_counter() - started, 3)
        bundled["rebuilt_when_unchanged"] = state is not IndexState.FRESH
        report["bundled"] = bundled
        if not args.skip_10k:
            synthetic = synthetic_documents(documents, 10_000)
            report["synthetic_10k"] = bench_corpus(
                synthetic, glossary, "synthetic", args.rounds_10k, workdir / "synthetic"
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report["load_after"] = load_average()

    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    for name, values in report.items():
        if not isinstance(values, dict):
            print(f"{name}: {values}")
            continue
        print(f"{name}:")
        for key, value in values.items():
            print(f"  {key:24} {value}")
    targets = report["bundled"]
    assert isinstance(targets, dict)
    print(
        "goals: bundled p95 <= 2 x FTS5 p95: {} | no rebuild when unchanged: {}".format(
            targets["ratio_p95"] <= 2, not targets["rebuilt_when_unchanged"]
        )
    )
    synthetic_report = report.get("synthetic_10k")
    if isinstance(synthetic_report, dict):
        print(f"       10k p95 <= 16 ms: {synthetic_report['p95_ms'] <= 16}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
