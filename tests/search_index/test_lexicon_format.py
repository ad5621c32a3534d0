"""The lexicon and the stems are stored as binary columns (lexicon.bin, stems.bin): what is written
is read back exactly, with the same types; a damaged or cut file is refused (ValueError, so the
index is rebuilt), never half read; and an index written by the JSON format before is rebuilt
as outdated, not reported as damaged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.loader import load_knowledge_base
from search_index.freshness import META_FILE, IndexMeta, IndexState, index_state
from search_index.lexicon import (
    LEXICON_FILE,
    LEXICON_FORMAT,
    LEXICON_MAGIC,
    ColumnReader,
    ColumnWriter,
    DocColumns,
    GlossaryForm,
    Lexicon,
)
from search_index.service import open_search
from search_index.stems import STEMS_FILE, read_stems
from search_index.store import build_index

# Any text but NUL (the separator of a string column; a value holding it is refused).
texts = st.text(st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)), max_size=12)
numbers = st.integers(min_value=-(2**63), max_value=2**63 - 1)


@st.composite
def lexicons(draw: st.DrawFn) -> Lexicon:
    words = draw(st.lists(texts, max_size=20))
    n = len(words)
    keys = draw(st.lists(texts, max_size=15))
    m = len(keys)
    doc_count = draw(st.integers(0, 6))
    column = st.lists(texts, min_size=doc_count, max_size=doc_count)
    counts = st.lists(st.integers(0, 10**6), min_size=doc_count, max_size=doc_count)
    docs = DocColumns(
        key=draw(column),
        id=draw(column),
        kind=draw(column),
        lang=draw(column),
        href=draw(column),
        title=draw(column),
        jurisdiction=draw(column),
        topic=draw(column),
        title_words=draw(counts),
        title_tokens=draw(counts),
        body_tokens=draw(counts),
        length=draw(st.dictionaries(texts, counts, max_size=3)),
    )
    forms = st.builds(
        GlossaryForm,
        texts,
        texts,
        texts,
        st.lists(texts, max_size=4).map(tuple),
        st.lists(texts, max_size=5).map(tuple),
        st.booleans(),
    )
    lexicon = Lexicon(
        words,
        draw(st.lists(texts, min_size=n, max_size=n)),
        draw(st.lists(numbers, min_size=n, max_size=n)),
        draw(st.lists(st.integers(-1, 10**6), min_size=n, max_size=n)),
        draw(st.lists(st.integers(-1, 10**6), min_size=n, max_size=n)),
        keys,
        docs,
        draw(st.lists(forms, max_size=6)),
        draw(st.lists(numbers, min_size=m, max_size=m)),
        draw(st.lists(st.integers(0, 7), min_size=m, max_size=m)),
        draw(st.lists(numbers, min_size=m, max_size=m)),
    )
    lexicon.title_docs = draw(st.dictionaries(st.integers(0, 10**6), st.lists(st.integers(0, 10**6), max_size=5)))
    return lexicon


def persisted(lexicon: Lexicon) -> dict[str, object]:
    """What the lexicon file holds (the rest is derived from it when read)."""
    return {
        name: getattr(lexicon, name)
        for name in ("words", "display", "freq", "key_en", "key_sr", "keys", "key_df", "key_fields", "key_serbian")
    } | {"title_docs": lexicon.title_docs, "docs": vars(lexicon.docs), "glossary": lexicon.glossary}


def types_of(value: object) -> object:
    """The types inside a value, to compare (a tuple read back as a list would be a change)."""
    if isinstance(value, dict):
        return {types_of(k): types_of(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return (type(value), [types_of(v) for v in value])
    if isinstance(value, GlossaryForm):
        return (GlossaryForm, types_of(list(vars(value).values())))
    return type(value)


@given(lexicons())
def test_a_lexicon_is_read_back_as_written(tmp_path_factory: pytest.TempPathFactory, lexicon: Lexicon) -> None:
    folder = tmp_path_factory.mktemp("lexicon")
    lexicon.write(folder)
    back = Lexicon.read(folder, with_sequences=False)
    assert persisted(back) == persisted(lexicon)
    assert types_of(persisted(back)) == types_of(persisted(lexicon))
    assert back.word_ids == lexicon.word_ids and back.key_ids == lexicon.key_ids
    assert back.doc_groups == lexicon.doc_groups and back.avg_length == lexicon.avg_length


@given(st.lists(st.one_of(st.lists(texts).map(tuple), st.lists(numbers))))
def test_columns_are_read_back_in_order(columns: list[tuple[str, ...] | list[int]]) -> None:
    out = ColumnWriter(LEXICON_MAGIC, LEXICON_FORMAT)
    for column in columns:
        if isinstance(column, tuple):
            out.strings(column)
        else:
            out.ints(column)
    data = ColumnReader(out.getvalue(), LEXICON_MAGIC, LEXICON_FORMAT)
    back = [tuple(data.strings()) if isinstance(column, tuple) else data.ints() for column in columns]
    data.end()
    assert back == columns


def test_a_string_holding_the_separator_is_refused() -> None:
    """Written, it would read back as two strings: the build fails instead."""
    with pytest.raises(ValueError, match="NUL"):
        ColumnWriter(LEXICON_MAGIC, LEXICON_FORMAT).strings(["a\0b", "c"])


@given(lexicons(), st.data())
def test_a_cut_or_lengthened_lexicon_is_refused(
    tmp_path_factory: pytest.TempPathFactory, lexicon: Lexicon, data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("lexicon")
    lexicon.write(folder)
    path = folder / LEXICON_FILE
    whole = path.read_bytes()
    cut = data.draw(st.integers(0, len(whole) - 1))
    for damaged in (whole[:cut], whole + data.draw(st.binary(min_size=1, max_size=9))):
        path.write_bytes(damaged)
        with pytest.raises(ValueError):
            Lexicon.read(folder, with_sequences=False)


def test_a_column_of_the_wrong_kind_is_refused() -> None:
    out = ColumnWriter(LEXICON_MAGIC, LEXICON_FORMAT)
    out.ints([1, 2])
    with pytest.raises(ValueError):
        ColumnReader(out.getvalue(), LEXICON_MAGIC, LEXICON_FORMAT).strings()
    with pytest.raises(ValueError):
        ColumnReader(out.getvalue(), LEXICON_MAGIC, LEXICON_FORMAT + 1)


def test_an_index_of_the_json_format_is_rebuilt_as_outdated(tmp_path: Path, mini_kb_dir: Path) -> None:
    """An index written before the binary columns (schema 8: lexicon.json, stems.json) is outdated:
    rebuilt at the next start, without telling the user it was damaged."""
    kb = load_knowledge_base(mini_kb_dir).kb
    folder = tmp_path / "index"
    build_index(kb, folder)
    lexicon = Lexicon.read(folder, with_sequences=False)
    stems = read_stems(folder)
    # The folder as the JSON format left it: its files, and a meta file that lists them.
    (folder / LEXICON_FILE).unlink()
    (folder / STEMS_FILE).unlink()
    old_lexicon = {"format": 8, "words": lexicon.words, "keys": lexicon.keys}
    (folder / "lexicon.json").write_text(json.dumps(old_lexicon), encoding="utf-8")
    (folder / "stems.json").write_text(json.dumps(stems), encoding="utf-8")
    meta = IndexMeta.read(folder)
    assert meta is not None
    old_meta = IndexMeta(meta.content_digest, 8, meta.doc_count, meta.built_at, files=IndexMeta.stamp(folder))
    old_meta.write(folder)
    assert index_state(folder, kb) is IndexState.STALE
    opened = open_search(kb, folder)
    assert opened.rebuilt and opened.state_found is IndexState.STALE and opened.message == ""
    assert (folder / LEXICON_FILE).is_file() and not (folder / "lexicon.json").exists()
    assert opened.index.search("forced labour").hits
    assert json.loads((folder / META_FILE).read_text(encoding="utf-8"))["schema_version"] > 8
    opened.index.close()
    shutil.rmtree(folder)
