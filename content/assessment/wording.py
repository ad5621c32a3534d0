"""The words of the trace, in English and Serbian (Latin script). Qt-free, like the rest of content/.

Serbian numerals govern the case of what follows (jedan jak indikator, dva jaka indikatora, pet
jakih indikatora), so counts that the rules can produce are written out per form."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from content.model import KnowledgeBase, LocalText

if TYPE_CHECKING:
    from content.assessment.engine import DimensionResult

STRENGTH = {
    "strong": LocalText("strong", "jak"),
    "medium": LocalText("medium", "srednji"),
    "weak": LocalText("weak", "slab"),
    "n/a": LocalText("not weighted", "bez pondera"),
}
_STRENGTH_GEN_PL = {"strong": "jakih", "medium": "srednjih", "weak": "slabih"}

ALWAYS = LocalText("none of the outcomes above applies", "ne primenjuje se nijedan od gornjih ishoda")
APPLIES = LocalText("applies", "primenjuje se")
DOES_NOT_APPLY = LocalText("does not apply", "ne primenjuje se")

_EN_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four"}
_SR_NUMBERS = {1: "jedan", 2: "dva", 3: "tri", 4: "četiri"}

# Serbian forms of "N more ... indicator(s)": (singular, paucal 2-4, genitive plural 5+)
_SR_MISSING = {
    "strong": ("jak indikator", "jaka indikatora", "jakih indikatora"),
    "medium": ("srednji ili jak indikator", "srednja ili jaka indikatora", "srednjih ili jakih indikatora"),
    "weak": ("indikator bilo koje jačine", "indikatora bilo koje jačine", "indikatora bilo koje jačine"),
}
_EN_MISSING = {
    "strong": ("strong indicator", "strong indicators"),
    "medium": ("medium or strong indicator", "medium or strong indicators"),
    "weak": ("indicator of any strength", "indicators of any strength"),
}


def _quote(text: str, lang: str) -> str:
    return f"„{text}“" if lang == "sr" else f"“{text}”"


def both(make: Callable[[str], str]) -> LocalText:
    """LocalText from a function of the language."""
    return LocalText(en=make("en"), sr=make("sr"))


def join(parts: Sequence[LocalText]) -> LocalText:
    return both(lambda lang: "; ".join(p.get(lang) for p in parts))


def items_with_strength(kb: KnowledgeBase, ids: Iterable[str], lang: str) -> str:
    parts = []
    for item in ids:
        indicator = kb.indicators.get(item)
        strength = f" ({STRENGTH[indicator.strength].get(lang)})" if indicator else ""
        parts.append(f"{kb.label_of(item, lang)}{strength}")
    return "; ".join(parts)


def counts_text(counts: Mapping[str, int], lang: str) -> str:
    shown = [(s, n) for s, n in counts.items() if n]
    if lang == "sr":
        return ", ".join(f"{_STRENGTH_GEN_PL[s]}: {n}" for s, n in shown)
    return ", ".join(f"{n} {STRENGTH[s].en}" for s, n in shown)


def missing_text(missing: Mapping[str, int], lang: str) -> str:
    """'one more strong indicator and one more indicator of any strength' / 'još jedan jak …'."""
    parts = []
    for strength in ("strong", "medium", "weak"):
        n = missing.get(strength, 0)
        if not n:
            continue
        if lang == "sr":
            one, few, many = _SR_MISSING[strength]
            noun = one if n == 1 else few if n <= 4 else many
            parts.append(f"još {_SR_NUMBERS.get(n, str(n))} {noun}")
        else:
            single, plural = _EN_MISSING[strength]
            parts.append(f"{_EN_NUMBERS.get(n, str(n))} more {single if n == 1 else plural}")
    joiner = " i " if lang == "sr" else " and "
    return joiner.join(parts)


def dimension_line(kb: KnowledgeBase, result: DimensionResult) -> LocalText:
    def make(lang: str) -> str:
        label = result.label.get(lang)
        if result.positive and result.met is not None:
            head = f"{_quote(label, lang)}: dimenzija je pozitivna" if lang == "sr" else f"{label}: positive"
            return f"{head} — {result.met.label.get(lang)}: {items_with_strength(kb, result.indicators, lang)}"
        head = f"{_quote(label, lang)}: dimenzija nije pozitivna" if lang == "sr" else f"{label}: not positive"
        if not result.indicators:
            tail = "nije zabeležen nijedan indikator" if lang == "sr" else "no indicator recorded"
            return f"{head} — {tail}"
        have = counts_text(result.counts, lang)
        items = items_with_strength(kb, result.indicators, lang)
        recorded = "Zabeleženo" if lang == "sr" else "Recorded"
        if result.closest is None:
            return f"{head} — {have}. {recorded}: {items}"
        needs = missing_text(result.missing, lang)
        closest = result.closest.label.get(lang)
        if lang == "sr":
            return f"{head} — {have}; treba {needs} (najbliža kombinacija: {closest}). {recorded}: {items}"
        return f"{head} — {have}, needs {needs} (nearest combination: {closest}). {recorded}: {items}"

    return both(make)


def recorded_line(kb: KnowledgeBase, ids: Sequence[str], present: set[str]) -> LocalText:
    def make(lang: str) -> str:
        parts = []
        for item in ids:
            label = _quote(kb.label_of(item, lang), lang)
            if item in present:
                parts.append(f"zabeleženo: {label}" if lang == "sr" else f"recorded: {label}")
            else:
                parts.append(f"nije zabeleženo: {label}" if lang == "sr" else f"not recorded: {label}")
        return "; ".join(parts)

    return both(make)


def positive_line(result: DimensionResult) -> LocalText:
    def make(lang: str) -> str:
        label = _quote(result.label.get(lang), lang)
        if lang == "sr":
            return f"dimenzija {label} je pozitivna" if result.positive else f"dimenzija {label} nije pozitivna"
        return f"dimension {label} is positive" if result.positive else f"dimension {label} is not positive"

    return both(make)


def any_positive_line(results: Sequence[DimensionResult]) -> LocalText:
    def make(lang: str) -> str:
        positive = [_quote(r.label.get(lang), lang) for r in results if r.positive]
        if positive:
            if lang == "sr":
                return ("pozitivna dimenzija: " if len(positive) == 1 else "pozitivne dimenzije: ") + ", ".join(
                    positive
                )
            return ("positive dimension: " if len(positive) == 1 else "positive dimensions: ") + ", ".join(positive)
        names = ", ".join(_quote(r.label.get(lang), lang) for r in results)
        if lang == "sr":
            return f"nijedna od dimenzija {names} nije pozitivna"
        return f"none of the dimensions {names} is positive"

    return both(make)


def checks_line(kb: KnowledgeBase, found: Sequence[str]) -> LocalText:
    def make(lang: str) -> str:
        if found:
            labels = "; ".join(kb.label_of(i, lang) for i in found)
            return (
                f"zabeležene provere po radnom pravu: {labels}"
                if lang == "sr"
                else f"labour-law checks recorded: {labels}"
            )
        return "nije zabeležena nijedna provera po radnom pravu" if lang == "sr" else "no labour-law check recorded"

    return both(make)


def indicators_in_line(kb: KnowledgeBase, found: Sequence[str], dimensions: Sequence[LocalText]) -> LocalText:
    def make(lang: str) -> str:
        names = ", ".join(_quote(d.get(lang), lang) for d in dimensions)
        if found:
            labels = items_with_strength(kb, found, lang)
            return (
                f"zabeleženi indikatori dimenzije {names}: {labels}"
                if lang == "sr"
                else f"indicators of {names} recorded: {labels}"
            )
        return (
            f"nije zabeležen nijedan indikator dimenzije {names}"
            if lang == "sr"
            else f"no indicator of {names} recorded"
        )

    return both(make)
