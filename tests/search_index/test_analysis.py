"""Analyzers: case, diacritics and script do not matter; English is stemmed."""

from __future__ import annotations

from search_index.analysis import english_analyzer, fold, folded_analyzer, serbian_analyzer


def tokens(analyzer: object, text: str, mode: str = "query") -> list[str]:
    return [t.text for t in analyzer(text, mode=mode)]  # type: ignore[operator]


def test_pasos_pasos_with_diacritics_and_cyrillic_fold_alike() -> None:
    analyzer = folded_analyzer()
    assert tokens(analyzer, "pasos") == tokens(analyzer, "pasoš") == tokens(analyzer, "пасош") == ["pasos"]
    assert tokens(analyzer, "PASOŠ") == ["pasos"]


def test_dj_is_indexed_both_ways() -> None:
    assert tokens(folded_analyzer(), "Đorđe", mode="index") == ["djordje", "dorde"]


def test_english_stemming_after_folding() -> None:
    analyzer = english_analyzer()
    assert tokens(analyzer, "workers") == tokens(analyzer, "worker")
    assert tokens(analyzer, "documents") == tokens(analyzer, "document")


def test_serbian_stemming_joins_inflected_forms() -> None:
    analyzer = serbian_analyzer()
    assert tokens(analyzer, "pasoša") == tokens(analyzer, "pasoš") == tokens(analyzer, "пасошу")


def test_fold_is_idempotent() -> None:
    for text in ("Čačak", "Ђорђе", "šŽ", "plain"):
        assert fold(fold(text)) == fold(text)
