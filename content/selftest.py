"""Self-test on a case, and the room's live assessment against the case: Qt-free scoring.

An inspector ticks the indicators they see in a case and picks an outcome. The list offered is the
case's model answer (its recorded ids) mixed with plausible distractors: ids the case itself
discusses and does not record (its deliberate traps), the two facts that change every outcome
(a minor, urgent danger), and other indicators of the same dimensions. The same case always
offers the same list, in catalogue order, so nothing in the order gives the answer away.

Scoring says what was found, what was missed and what was a false alarm, and explains each with
the case's own words where it discusses the id, else with what the indicator means."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from content.assessment.engine import assess
from content.model import Case, KnowledgeBase
from content.outcomes import OUTCOME_IDS

KEY_FACTS = ("minor", "urgent_danger")  # decide the outcome in every case: always asked
MIN_DISTRACTORS, MAX_DISTRACTORS = 6, 12
INDICATOR_WEIGHT, OUTCOME_WEIGHT = 70, 30  # of the score in per cent


@dataclass(frozen=True)
class Candidate:
    id: str
    kind: str  # "indicator" | "check" | "fact"
    label: str
    dimension: str  # the indicator's dimension, "" for checks and facts
    strength: str  # strong | medium | weak | n/a, "" for checks and facts


@dataclass(frozen=True)
class CandidateGroup:
    kind: str  # "dimension" | "checks" | "facts"
    dimension: str
    title: str  # the dimension's name in the case's language ("" for checks and facts)
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class Quiz:
    case_id: str
    lang: str
    title: str
    groups: tuple[CandidateGroup, ...]
    answer: frozenset[str]  # the case's recorded ids: the model answer
    expected_outcome: str

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        return tuple(c for g in self.groups for c in g.candidates)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.candidates)


def build_quiz(kb: KnowledgeBase, case: Case) -> Quiz:
    lang = case.lang
    answer = [i for i in case.recorded if i in kb.recordable_ids()]
    chosen: set[str] = set(answer)
    traps = [i for i in mentioned_ids(kb, case) if i not in chosen]
    distractors: list[str] = []
    for item in [*traps, *KEY_FACTS]:
        if item in kb.recordable_ids() and item not in chosen and item not in distractors:
            distractors.append(item)
    target = max(MIN_DISTRACTORS, min(MAX_DISTRACTORS, len(answer)))
    dimensions = {kb.indicators[i].dimension for i in answer if i in kb.indicators}
    pool = [
        i.id
        for i in kb.indicators.values()
        if i.dimension in dimensions and i.id not in chosen and i.id not in distractors
    ]
    rng = random.Random(f"prepoznaj-self-test:{case.id}")  # the same case always offers the same list
    rng.shuffle(pool)
    distractors += pool[: max(0, target - len(distractors))]
    offered = chosen | set(distractors)
    return Quiz(
        case_id=case.id,
        lang=lang,
        title=case.title,
        groups=tuple(_groups(kb, offered, lang)),
        answer=frozenset(answer),
        expected_outcome=case.expected_outcome,
    )


def _groups(kb: KnowledgeBase, offered: set[str], lang: str) -> list[CandidateGroup]:
    groups = []
    for dimension in kb.dimensions.values():
        members = tuple(
            Candidate(i.id, "indicator", i.label.get(lang), i.dimension, i.strength)
            for i in kb.indicators.values()
            if i.dimension == dimension.id and i.id in offered
        )
        if members:
            groups.append(CandidateGroup("dimension", dimension.id, dimension.label.get(lang), members))
    checks = tuple(Candidate(c.id, "check", c.label.get(lang), "", "") for c in kb.checks.values() if c.id in offered)
    if checks:
        groups.append(CandidateGroup("checks", "", "", checks))
    facts = tuple(Candidate(f.id, "fact", f.label.get(lang), "", "") for f in kb.facts.values() if f.id in offered)
    if facts:
        groups.append(CandidateGroup("facts", "", "", facts))
    return groups


# --- what the case says about an id ---------------------------------------------------------

_ID_IN_TEXT = re.compile(r"`([a-z][a-z0-9_]*)`|\(kb:([a-z][a-z0-9_]*)[)#]")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((kb:[^)\s]*|https?://[^)\s]*)\)")
_BACKTICK_ID = re.compile(r"`([a-z][a-z0-9_]*)`")
_EMPHASIS = re.compile(r"(\*\*|__|\*)(.+?)\1", re.S)
MAX_MENTION = 420


def mentioned_ids(kb: KnowledgeBase, case: Case) -> list[str]:
    """Recordable ids the case's text names (in backticks or as kb: links), in order of mention."""
    known = kb.recordable_ids()
    found: dict[str, None] = {}
    for match in _ID_IN_TEXT.finditer(case.body):
        item = match.group(1) or match.group(2)
        if item in known:
            found.setdefault(item, None)
    return list(found)


def _passages(body: str) -> list[str]:
    """Paragraphs and list items of Markdown, without headings, tables or box titles."""
    passages: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            passages.append(" ".join(line.strip() for line in current))
            current.clear()

    for raw in body.split("\n"):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "|", "!!!", "```")):
            flush()
            continue
        if _LIST_MARK.match(line):
            flush()
            current.append(_LIST_MARK.sub("", line, count=1))
            continue
        current.append(stripped)
    flush()
    return passages


def plain(kb: KnowledgeBase, text: str, lang: str) -> str:
    """Markdown to plain text; ids shown by bare id become their labels in quotes."""

    def link(match: re.Match[str]) -> str:
        shown, href = match.group(1), match.group(2)
        target = href[3:].partition("#")[0] if href.startswith("kb:") else ""
        if target and shown.strip("`") == target:
            name = kb.label_of(target, lang)
            # '"Very low pay …" ([ex_low_or_no_salary](kb:…))': the label is there already
            return "" if name.casefold() in text.casefold() else _quoted(name, lang)
        return shown

    text = re.sub(r"\(\s*\)", "", _MD_LINK.sub(link, text))
    text = _BACKTICK_ID.sub(
        lambda m: _quoted(kb.label_of(m.group(1), lang), lang) if m.group(1) in kb.recordable_ids() else m.group(1),
        text,
    )
    text = _EMPHASIS.sub(lambda m: m.group(2), text).replace("`", "")
    return re.sub(r"\s+", " ", text).strip()


def _quoted(text: str, lang: str) -> str:
    return f"„{text}“" if lang == "sr" else f"“{text}”"


def case_says(kb: KnowledgeBase, case: Case, item_id: str) -> str:
    """What the case itself says about an id, preferring its Analysis; "" when it only lists it.

    A passage that is nothing but a list of ids ("Recorded ids: a, b and c.") explains nothing and
    is skipped."""
    steps = sorted(case.steps, key=lambda s: s.key != "analysis")
    by_id = re.compile(rf"`{re.escape(item_id)}`|\(kb:{re.escape(item_id)}[)#]")
    for step in steps:
        for passage in _passages(step.body):
            if not by_id.search(passage):
                continue
            rest = _MD_LINK.sub("", _BACKTICK_ID.sub("", passage))
            if len(re.sub(r"[\W\d_]+", "", rest)) < 40:
                continue
            return _shorten(plain(kb, passage, case.lang))
    # Else the passage of the Analysis that names it by its label ("No social protection" is …).
    name = kb.label_of(item_id, case.lang).split(" (")[0].strip().casefold()
    analysis = case.step("analysis")
    if analysis is not None and len(name) >= 12:
        passages = [
            (passage, plain(kb, _MD_LINK.sub("", _BACKTICK_ID.sub("", passage)), case.lang).casefold())
            for passage in _passages(analysis.body)
        ]
        quoted = [f'"{name}"', f"“{name}”", f"„{name}“"]  # named as a term first, then in passing
        for wanted in (quoted, [name]):
            for passage, own_words in passages:
                if any(w in own_words for w in wanted):
                    return _shorten(plain(kb, passage, case.lang))
    return ""


def _shorten(text: str) -> str:
    if len(text) <= MAX_MENTION:
        return text
    cut = text.rfind(". ", 0, MAX_MENTION)
    return text[: cut + 1] if cut > 80 else text[:MAX_MENTION].rsplit(" ", 1)[0] + " …"


# --- scoring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Explanation:
    id: str
    kind: str  # "miss" | "false-alarm"
    label: str
    dimension: str  # the dimension's name, "" for checks and facts
    strength: str
    case_says: str  # the case's own words about the id, or ""
    meaning: str  # what the id means (indicator, check or fact explanation)
    how_to_check: str

    @property
    def href(self) -> str:
        return f"kb:{self.id}"


@dataclass(frozen=True)
class QuizResult:
    case_id: str
    chosen: tuple[str, ...]
    hits: tuple[str, ...]
    misses: tuple[str, ...]
    false_alarms: tuple[str, ...]
    chosen_outcome: str  # "" when none was picked
    expected_outcome: str
    ticks_outcome: str  # what the assessment engine gives for the ticks alone
    explanations: tuple[Explanation, ...]  # misses first, then false alarms, in list order

    @property
    def outcome_correct(self) -> bool:
        return bool(self.chosen_outcome) and self.chosen_outcome == self.expected_outcome

    @property
    def indicator_score(self) -> float:
        """Agreement with the model answer: found / (model answer + false alarms), 0 to 1."""
        total = len(self.hits) + len(self.misses) + len(self.false_alarms)
        return len(self.hits) / total if total else 1.0

    @property
    def score(self) -> int:
        """Per cent: indicators weigh 70, the outcome 30."""
        return round(INDICATOR_WEIGHT * self.indicator_score + (OUTCOME_WEIGHT if self.outcome_correct else 0))


def score_quiz(kb: KnowledgeBase, case: Case, quiz: Quiz, ticked: Iterable[str], outcome: str) -> QuizResult:
    """Score ticks against the model answer. Unknown ids and ids the quiz did not offer are ignored;
    an outcome that is not one of the outcome ids counts as none picked."""
    offered = quiz.ids
    ticked_set = {i for i in ticked if i in offered}
    chosen = tuple(i for i in offered if i in ticked_set)
    hits = tuple(i for i in offered if i in ticked_set and i in quiz.answer)
    misses = tuple(i for i in offered if i in quiz.answer and i not in ticked_set)
    false_alarms = tuple(i for i in offered if i in ticked_set and i not in quiz.answer)
    ticks_outcome = assess(kb, chosen).outcome if kb.rules is not None else ""
    explanations = tuple(
        [explain(kb, case, i, "miss") for i in misses] + [explain(kb, case, i, "false-alarm") for i in false_alarms]
    )
    return QuizResult(
        case_id=case.id,
        chosen=chosen,
        hits=hits,
        misses=misses,
        false_alarms=false_alarms,
        chosen_outcome=outcome if outcome in OUTCOME_IDS else "",
        expected_outcome=quiz.expected_outcome,
        ticks_outcome=ticks_outcome,
        explanations=explanations,
    )


def explain(kb: KnowledgeBase, case: Case, item_id: str, kind: str) -> Explanation:
    lang = case.lang
    dimension = strength = meaning = how = ""
    if item_id in kb.indicators:
        indicator = kb.indicators[item_id]
        dim = kb.dimensions.get(indicator.dimension)
        dimension = dim.label.get(lang) if dim else indicator.dimension
        strength = indicator.strength
        meaning, how = indicator.explanation.get(lang), indicator.how_to_check.get(lang)
    elif item_id in kb.checks:
        check = kb.checks[item_id]
        meaning, how = check.explanation.get(lang), check.how_to_check.get(lang)
    elif item_id in kb.facts:
        fact = kb.facts[item_id]
        meaning, how = fact.explanation.get(lang), fact.how_to_check.get(lang)
    return Explanation(
        id=item_id,
        kind=kind,
        label=kb.label_of(item_id, lang),
        dimension=dimension,
        strength=strength,
        case_says=case_says(kb, case, item_id),
        meaning=plain(kb, meaning, lang),
        how_to_check=plain(kb, how, lang),
    )


# --- the room's live assessment against the case ----------------------------------------------


@dataclass(frozen=True)
class RoomComparison:
    room_outcome: str
    expected_outcome: str
    shared: tuple[str, ...]  # recorded by the room and by the case
    room_only: tuple[str, ...]  # recorded by the room, not by the case
    case_only: tuple[str, ...]  # recorded by the case, not by the room
    seriousness: int  # < 0: the room's outcome is more serious; > 0: less serious; 0: the same

    @property
    def same_outcome(self) -> bool:
        return self.room_outcome == self.expected_outcome


def compare_with_case(kb: KnowledgeBase, case: Case, room_recorded: Sequence[str], room_outcome: str) -> RoomComparison:
    """What the room's assessment recorded and concluded, against the case's model answer."""
    room = list(dict.fromkeys(room_recorded))
    model = list(dict.fromkeys(case.recorded))
    seriousness = 0
    if kb.rules is not None and room_outcome != case.expected_outcome:
        try:
            seriousness = kb.rules.seriousness(room_outcome) - kb.rules.seriousness(case.expected_outcome)
        except KeyError:
            seriousness = 0
    return RoomComparison(
        room_outcome=room_outcome,
        expected_outcome=case.expected_outcome,
        shared=tuple(i for i in model if i in room),
        room_only=tuple(i for i in room if i not in model),
        case_only=tuple(i for i in model if i not in room),
        seriousness=seriousness,
    )
