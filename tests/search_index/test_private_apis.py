"""search_index leans on private parts of its two libraries, so pyproject.toml gives both an upper
bound. If an upgrade (inside or past the bound) changes them, these tests fail naming the private
API and the code that uses it, instead of search silently getting slower or wrong."""

from __future__ import annotations

import inspect

import pytest


def fail(api: str, used_in: str, change: str) -> None:
    pytest.fail(
        f"private API changed: {api} ({change}). It is used by {used_in}; adapt that code, or keep the "
        "library below the upper bound in pyproject.toml and requirements/constraints.txt."
    )


def test_whoosh_w3_field_writer_and_codec_are_as_store_py_expects() -> None:
    from whoosh.codec import whoosh3

    writer = getattr(whoosh3, "W3FieldWriter", None)
    if not inspect.isclass(writer):
        fail("whoosh.codec.whoosh3.W3FieldWriter", "search_index/store.py (_FieldWriter)", "the class is gone")
    parameters = list(inspect.signature(writer.add_postings).parameters)
    if parameters != ["self", "schema", "lengths", "items"]:
        fail("W3FieldWriter.add_postings(schema, lengths, items)", "search_index/store.py (_FieldWriter)",
             f"its parameters are now {parameters}")  # fmt: skip
    codec = whoosh3.W3Codec
    if "compression" not in inspect.signature(codec.__init__).parameters:
        fail("W3Codec(compression=...)", "search_index/store.py (IndexCodec)", "no compression parameter")
    if list(inspect.signature(codec.field_writer).parameters) != ["self", "storage", "segment"]:
        fail("W3Codec.field_writer(storage, segment)", "search_index/store.py (IndexCodec)", "its parameters changed")


def test_whoosh_index_segments_is_as_store_py_expects(tmp_path: object) -> None:
    from whoosh import index
    from whoosh.fields import ID, Schema

    ix = index.create_in(str(tmp_path), Schema(key=ID(stored=True)))
    try:
        segments = getattr(ix, "_segments", None)
        if not callable(segments):
            fail("whoosh FileIndex._segments()", "search_index/store.py (build_documents)", "the method is gone")
        writer = ix.writer()
        writer.add_document(key="one")
        writer.commit()
        found = segments()
        if not isinstance(found, list) or len(found) != 1:
            fail("whoosh FileIndex._segments()", "search_index/store.py (build_documents)",
                 f"it returned {found!r} for an index written once")  # fmt: skip
    finally:
        ix.close()


def test_snowball_serbian_name_mangled_passes_are_as_analysis_py_expects() -> None:
    from snowballstemmer.serbian_stemmer import SerbianStemmer

    for name in ("_SerbianStemmer__r_cyr_to_lat", "_SerbianStemmer__r_prelude"):
        if not callable(getattr(SerbianStemmer, name, None)):
            fail(f"snowballstemmer SerbianStemmer.{name}", "search_index/analysis.py (FoldedSerbianStemmer)",
                 "the name-mangled pass is gone or renamed")  # fmt: skip


def test_the_overridden_serbian_passes_are_the_ones_the_stemmer_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    """The subclass replaces two passes by name: they must still be the passes stemWord runs."""
    from snowballstemmer.serbian_stemmer import SerbianStemmer

    called: list[str] = []
    for name in ("_SerbianStemmer__r_cyr_to_lat", "_SerbianStemmer__r_prelude"):
        original = getattr(SerbianStemmer, name)

        def spy(self: object, _name: str = name, _original: object = original) -> object:
            called.append(_name)
            return _original(self)  # type: ignore[operator]

        monkeypatch.setattr(SerbianStemmer, name, spy)
    SerbianStemmer().stemWord("radnicima")
    if sorted(set(called)) != ["_SerbianStemmer__r_cyr_to_lat", "_SerbianStemmer__r_prelude"]:
        fail("snowballstemmer SerbianStemmer.__r_cyr_to_lat / __r_prelude", "search_index/analysis.py",
             f"stemWord no longer calls them (called: {called})")  # fmt: skip


def test_the_folded_serbian_stemmer_gives_the_library_s_stems() -> None:
    from snowballstemmer.serbian_stemmer import SerbianStemmer

    from search_index.analysis import serbian_key

    stock = SerbianStemmer()
    for word in ("radnicima", "pasosi", "prinudnog", "zaposlenje", "eksploatacija", "vrijeme"):
        assert serbian_key(word) == stock.stemWord(word), word
