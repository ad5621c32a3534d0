"""Cases and articles as slides for a projector, and where a presentation stands. Qt-free.

A case becomes a title slide and one slide per step (Situation, What the inspection found,
Questions for discussion, Analysis, What was done); an article a title slide and one slide per
`##` section. Inside "What the inspection found" the findings are cards that appear one at a time;
the Analysis stays hidden until the trainer reveals it. The trainer notes of a case are split by
step ("Findings (10 min): …"), so the presenter view shows what to draw out of the room now.

How much fits on a screen is for the front end to measure: `Presentation.layout()` takes a
`fits(blocks)` test per slide and pages each slide so that nothing is ever cut off."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser

from content.model import Article, Case, KnowledgeBase, LocalText
from content.pages import SECTOR_LABELS

TITLE_KEY = "title"
FINDINGS_KEY = "findings"
HIDDEN_KEYS = frozenset({"analysis"})  # steps shown only when the trainer reveals them

# How trainer notes name the steps ("Findings (10 min): …"), besides the step headings themselves.
STEP_NOTE_NAMES: dict[str, tuple[str, ...]] = {
    "situation": ("situation", "situacija"),
    "findings": ("findings", "nalazi", "what the inspection found", "šta je inspekcija utvrdila"),
    "questions": ("questions", "pitanja", "questions for discussion", "pitanja za diskusiju"),
    "analysis": ("analysis", "analiza"),
    "actions": ("what was done", "šta je preduzeto", "actions"),
}
_NOTE_HEAD = re.compile(
    r"^(?P<name>[^():\n]{1,48}?)\s*(?:\((?P<minutes>\d{1,3})\s*min\.?\))?\s*:\s+(?P<rest>.*)$", re.S
)
_ATTR_LIST = re.compile(r"\s*\{[#.][^}]*\}\s*$")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_TAG = re.compile(r"<[^>]+>")

_L = {
    "training_case": LocalText("Training case", "Slučaj za obuku"),
    "based_on": LocalText("Based on", "Zasnovano na"),
    "invented": LocalText("Invented for training", "Izmišljeno za potrebe obuke"),
    "continued": LocalText("continued", "nastavak"),
}


def label(key: str, lang: str) -> str:
    return _L[key].get(lang)


# --- slides ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """What appears at once: one finding card, or one block of a step (paragraph, list, table…)."""

    html: str
    heading: str = ""  # a card's own heading ("The camp"), plain text


@dataclass(frozen=True)
class Slide:
    key: str  # TITLE_KEY, a case step key, or "section-N" for an article
    title: str
    units: tuple[Unit, ...]
    cards: bool = False  # the units appear one at a time (the findings)
    hidden: bool = False  # shown only when the trainer reveals it (the analysis)
    notes: str = ""  # the trainer notes for this step (Markdown)
    minutes: int | None = None  # the time the notes plan for this step


@dataclass(frozen=True)
class Deck:
    kind: str  # "case" | "article"
    doc_id: str
    lang: str
    title: str
    slides: tuple[Slide, ...]
    general_notes: tuple[str, ...] = ()  # the notes not tied to one step (purpose, typical mistakes)
    recorded: tuple[str, ...] = ()  # a case's model answer
    expected_outcome: str = ""

    @property
    def href(self) -> str:
        return f"kb:{self.doc_id}"

    def slide_index(self, key: str) -> int | None:
        return next((n for n, s in enumerate(self.slides) if s.key == key), None)


RenderMarkdown = Callable[[str], str]  # Markdown -> HTML, kb: links resolved in the deck's language


def case_deck(kb: KnowledgeBase, case: Case, render: RenderMarkdown) -> Deck:
    lang = case.lang
    general, per_step = split_trainer_notes(case)
    sector = SECTOR_LABELS.get(case.sector)
    sector_line = " · ".join(
        x for x in (label("training_case", lang), sector.get(lang) if sector else case.sector) if x
    )
    title_units = [Unit(f'<p class="kicker">{_esc(sector_line)}</p>')]
    if case.based_on:
        # The published case it draws on is named as published (never transliterated).
        based_on = f'<span translate="no">{_esc(case.based_on)}</span>'
        title_units.append(Unit(f'<p class="meta">{_esc(label("based_on", lang))}: {based_on}</p>'))
    slides = [Slide(TITLE_KEY, case.title, tuple(title_units))]
    for step in case.steps:
        html = render(step.body)
        cards = step.key == FINDINGS_KEY
        units = card_units(html) if cards else block_units(html)
        text, minutes = per_step.get(step.key, ("", None))
        slides.append(
            Slide(
                step.key,
                clean_heading(step.heading),
                tuple(units),
                cards=cards,
                hidden=step.key in HIDDEN_KEYS,
                notes=text,
                minutes=minutes,
            )
        )
    return Deck(
        "case",
        case.id,
        lang,
        case.title,
        tuple(slides),
        general_notes=tuple(general),
        recorded=case.recorded,
        expected_outcome=case.expected_outcome,
    )


def article_deck(article: Article, render: RenderMarkdown) -> Deck:
    """A title slide (with the summary and any text before the first `##`) and one slide per `##`."""
    intro, sections = split_sections(article.body)
    title_units: list[Unit] = []
    if article.summary:
        title_units.append(Unit(f'<p class="kicker">{_esc(article.summary)}</p>'))
    if intro.strip():
        title_units += block_units(render(intro))
    slides = [Slide(TITLE_KEY, article.title, tuple(title_units))]
    for number, (heading, body) in enumerate(sections, start=1):
        slides.append(Slide(f"section-{number}", clean_heading(heading), tuple(block_units(render(body)))))
    return Deck("article", article.id, article.lang, article.title, tuple(slides))


def split_sections(body: str) -> tuple[str, list[tuple[str, str]]]:
    """(text before the first `##`, [(heading, text)]) — `##` inside code fences does not count."""
    intro: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    in_fence = False
    for line in body.split("\n"):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        if not in_fence and line.startswith("## "):
            sections.append((line[3:].strip(), []))
            continue
        (sections[-1][1] if sections else intro).append(line)
    return "\n".join(intro), [(h, "\n".join(lines).strip("\n")) for h, lines in sections]


def clean_heading(heading: str) -> str:
    """A heading without its `{#anchor}` and without Markdown emphasis."""
    text = _ATTR_LIST.sub("", heading).strip()
    return re.sub(r"[*_`]+", "", text)


# --- trainer notes --------------------------------------------------------------------------


def split_trainer_notes(case: Case) -> tuple[list[str], dict[str, tuple[str, int | None]]]:
    """The paragraphs of the notes that belong to no step, and per step key (text, minutes).

    A paragraph belongs to a step when it starts with the step's name, optionally with the time
    planned for it: "Findings (10 min): ask groups to …"."""
    general: list[str] = []
    per_step: dict[str, tuple[str, int | None]] = {}
    names = {key: {n.casefold() for n in aliases} for key, aliases in STEP_NOTE_NAMES.items()}
    for step in case.steps:
        names.setdefault(step.key, set()).add(clean_heading(step.heading).casefold())
    for paragraph in _paragraphs(case.trainer_notes):
        match = _NOTE_HEAD.match(paragraph)
        key = None
        if match:
            name = match.group("name").strip().casefold()
            key = next((k for k, aliases in names.items() if name in aliases), None)
        if key is None or match is None or key in per_step:
            general.append(paragraph)
            continue
        minutes = int(match.group("minutes")) if match.group("minutes") else None
        rest = match.group("rest").strip()
        per_step[key] = (rest[:1].upper() + rest[1:], minutes)
    return general, per_step


def _paragraphs(text: str) -> list[str]:
    return [
        " ".join(line.strip() for line in block.splitlines())
        for block in re.split(r"\n\s*\n", text.strip())
        if block.strip()
    ]


# --- splitting rendered HTML into units -----------------------------------------------------


class _TopLevel(HTMLParser):
    """Finds where each top-level element of an HTML fragment starts and ends."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.html = html
        self._line_starts = [0]
        for match in re.finditer("\n", html):
            self._line_starts.append(match.end())
        self.depth = 0
        self.spans: list[tuple[int, int]] = []
        self._start = 0
        self.feed(html)
        self.close()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _end_of_tag(self, start: int) -> int:
        return self.html.index(">", start) + 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        if tag in _VOID:
            if self.depth == 0:
                self.spans.append((start, self._end_of_tag(start)))
            return
        if self.depth == 0:
            self._start = start
        self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            start = self._offset()
            self.spans.append((start, self._end_of_tag(start)))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or self.depth == 0:
            return
        self.depth -= 1
        if self.depth == 0:
            self.spans.append((self._start, self._end_of_tag(self._offset())))

    def handle_data(self, data: str) -> None:
        if self.depth == 0 and data.strip():  # loose text at the top: keep it as a paragraph
            start = self._offset()
            self.spans.append((start, start + len(data)))


def top_level_blocks(html: str) -> list[str]:
    """The top-level elements of an HTML fragment, each as its own HTML string."""
    blocks = []
    for start, end in _TopLevel(html).spans:
        block = html[start:end].strip()
        if not block:
            continue
        blocks.append(block if block.startswith("<") else f"<p>{block}</p>")
    return blocks


def block_units(html: str) -> list[Unit]:
    """One unit per block, and one per list item, so that pages can break between items."""
    units: list[Unit] = []
    for block in top_level_blocks(breakable(html)):
        units += [Unit(item) for item in split_list(block)]
    return units


_LONG_WORD = re.compile(r"(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])")
_TEXT_RUN = re.compile(r"(>|^)([^<]+)")


def breakable(html: str) -> str:
    """Ids such as `ex_no_respect_of_labour_law_or_contract` may break after each underscore
    (a zero-width space), so that large type never pushes a table past the screen's edge."""
    return _TEXT_RUN.sub(lambda m: m.group(1) + _LONG_WORD.sub("_\u200b", m.group(2)), html)


_CARD_HEAD = re.compile(r"^<p>\s*<strong>(?P<text>.*?)</strong>", re.S)
_HEADING = re.compile(r"^<h[3-6][^>]*>(?P<text>.*?)</h[3-6]>", re.S)
_LIST = re.compile(r"^<(?P<tag>ul|ol)(?P<attrs>[^>]*)>(?P<body>.*)</(?P=tag)>$", re.S)


def card_heading(block: str) -> str | None:
    """The heading text when a block opens a card: a `### heading` or a paragraph starting bold."""
    match = _HEADING.match(block) or _CARD_HEAD.match(block)
    return plain_text(match.group("text")) if match else None


def card_units(html: str) -> list[Unit]:
    """Findings as cards: each bold lead paragraph or `###` heading opens a card holding the
    blocks up to the next one. Text before the first card goes with the first card. Without any
    such heading, every block is a card, and a list gives one card per item."""
    blocks = top_level_blocks(breakable(html))
    if not any(card_heading(b) is not None for b in blocks):
        units: list[Unit] = []
        for block in blocks:
            units += [Unit(item) for item in split_list(block)]
        return units
    cards: list[tuple[str, list[str]]] = []
    lead: list[str] = []
    for block in blocks:
        heading = card_heading(block)
        if heading is not None:
            cards.append((heading, [*lead, block]))
            lead = []
        elif cards:
            cards[-1][1].append(block)
        else:
            lead.append(block)
    if lead:  # only possible with no card at all, handled above; kept for safety
        cards.append(("", lead))
    return [Unit("\n".join(parts), heading) for heading, parts in cards]


def split_list(block: str) -> list[str]:
    """A top-level list split into one list per item (numbering kept); anything else unchanged."""
    match = _LIST.match(block)
    if match is None:
        return [block]
    items = top_level_blocks(match.group("body"))
    if len(items) < 2:
        return [block]
    tag = match.group("tag")
    out = []
    for number, item in enumerate(items, start=1):
        start = f' start="{number}"' if tag == "ol" else ""
        out.append(f"<{tag}{start}>{item}</{tag}>")
    return out


def plain_text(html: str) -> str:
    text = _TAG.sub("", html)
    for entity, char in (("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'")):
        text = text.replace(entity, char)
    return re.sub(r"\s+", " ", text.replace("&amp;", "&")).strip()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --- the model answer, for the presenter ----------------------------------------------------


@dataclass(frozen=True)
class ModelItem:
    id: str
    label: str
    strength: str  # strong | medium | weak | n/a | "" for checks and facts


@dataclass(frozen=True)
class ModelGroup:
    title: str  # the dimension's name, or "Labour-law checks" / "Facts" from the caller
    kind: str  # "dimension" | "checks" | "facts"
    dimension: str
    items: tuple[ModelItem, ...]


def model_groups(kb: KnowledgeBase, recorded: Sequence[str], lang: str) -> list[ModelGroup]:
    """A case's recorded ids grouped by dimension (in catalogue order), then checks, then facts."""
    groups: list[ModelGroup] = []
    for dimension in kb.dimensions.values():
        items = tuple(
            ModelItem(i, kb.label_of(i, lang), kb.indicators[i].strength)
            for i in recorded
            if i in kb.indicators and kb.indicators[i].dimension == dimension.id
        )
        if items:
            groups.append(ModelGroup(dimension.label.get(lang), "dimension", dimension.id, items))
    checks = tuple(ModelItem(i, kb.label_of(i, lang), "") for i in recorded if i in kb.checks)
    if checks:
        groups.append(ModelGroup("", "checks", "", checks))
    facts = tuple(ModelItem(i, kb.label_of(i, lang), "") for i in recorded if i in kb.facts)
    if facts:
        groups.append(ModelGroup("", "facts", "", facts))
    return groups


# --- where the presentation stands ----------------------------------------------------------


@dataclass(frozen=True)
class Page:
    start: int  # first unit of the slide on this page
    end: int  # one past the last


@dataclass(frozen=True)
class Frame:
    """One state of the audience screen."""

    slide: int
    page: int
    shown: int  # units of the page visible (cards appear one at a time; other pages show all)
    placeholder: bool = False  # a hidden step that the trainer has not revealed yet


Fits = Callable[[int, Sequence[Unit], bool], bool]  # (slide, units, continued page?) -> fits the screen


def paginate(units: Sequence[Unit], fits: Callable[[Sequence[Unit], bool], bool]) -> list[Page]:
    """Greedy pages: as many units as fit, at least one per page. A unit that does not fit alone
    gets a page of its own (the front end then shrinks or scrolls it). A page never ends with a
    heading whose text is on the next page, and a heading is never alone on a page."""
    if not units:
        return [Page(0, 0)]
    pages: list[Page] = []
    start = 0
    while start < len(units):
        end = start + 1
        while end < len(units) and fits(units[start : end + 1], bool(pages)):
            end += 1
        while end - start > 1 and end < len(units) and _is_heading(units[end - 1]):
            end -= 1
        if end - start == 1 and end < len(units) and _is_heading(units[start]):
            end += 1  # a heading never stands alone: it goes with its text, shrunk to fit if need be
        pages.append(Page(start, end))
        start = end
    return pages


def _is_heading(unit: Unit) -> bool:
    return bool(re.match(r"^<h[1-6]", unit.html)) or bool(
        re.fullmatch(r"<p>\s*<strong>.*?</strong>\s*:?\s*</p>", unit.html, re.S)
    )


@dataclass
class Presentation:
    """Where a presentation stands: the slide, the page of it and how many cards are showing,
    and which hidden steps the trainer has revealed. Both the audience screen and the presenter
    view show this one state."""

    deck: Deck
    pages: list[list[Page]] = field(default_factory=list)
    revealed: set[int] = field(default_factory=set)
    index: int = 0  # into frames()

    def __post_init__(self) -> None:
        if not self.pages:
            self.pages = [[Page(0, len(s.units))] for s in self.deck.slides]
        self._frames = self._build_frames()

    # -- layout -----------------------------------------------------------------------------
    def layout(self, fits: Fits) -> None:
        """Page every slide with `fits`; the audience keeps seeing the same place."""
        slide, unit = self.position()

        def slide_fits(number: int) -> Callable[[Sequence[Unit], bool], bool]:
            return lambda units, more: fits(number, units, more)

        self.pages = [paginate(s.units, slide_fits(n)) for n, s in enumerate(self.deck.slides)]
        self._frames = self._build_frames()
        self.index = self._locate(slide, unit)

    def _build_frames(self) -> list[Frame]:
        frames: list[Frame] = []
        for number, slide in enumerate(self.deck.slides):
            if slide.hidden and number not in self.revealed:
                frames.append(Frame(number, 0, 0, placeholder=True))
                continue
            for page_number, page in enumerate(self.pages[number]):
                size = page.end - page.start
                if slide.cards and size > 1:
                    frames += [Frame(number, page_number, shown) for shown in range(1, size + 1)]
                else:
                    frames.append(Frame(number, page_number, size))
        return frames

    def position(self) -> tuple[int, int]:
        """(slide, anchor unit) — what survives a new layout: the card that appeared last on a
        findings step, else the first unit on the screen."""
        frame = self.frame
        if frame.placeholder:
            return frame.slide, 0
        start = self.pages[frame.slide][frame.page].start
        if self.deck.slides[frame.slide].cards and frame.shown:
            return frame.slide, start + frame.shown - 1
        return frame.slide, start

    def _locate(self, slide: int, anchor: int) -> int:
        candidates = [n for n, f in enumerate(self._frames) if f.slide == slide]
        if not candidates:
            return 0
        cards = self.deck.slides[slide].cards
        for n in candidates:
            f = self._frames[n]
            if f.placeholder:
                return n
            page = self.pages[slide][f.page]
            if page.start <= anchor < max(page.end, page.start + 1) and (
                not cards or page.start + f.shown - 1 >= anchor
            ):
                return n
        return candidates[-1]

    # -- what is shown ----------------------------------------------------------------------
    @property
    def frames(self) -> list[Frame]:
        return list(self._frames)

    @property
    def frame(self) -> Frame:
        return self._frames[self.index]

    @property
    def slide(self) -> Slide:
        return self.deck.slides[self.frame.slide]

    def page_count(self, slide: int | None = None) -> int:
        return len(self.pages[self.frame.slide if slide is None else slide])

    def visible_units(self) -> tuple[Unit, ...]:
        frame = self.frame
        if frame.placeholder:
            return ()
        page = self.pages[frame.slide][frame.page]
        return self.slide.units[page.start : page.start + frame.shown]

    def is_hidden(self) -> bool:
        return self.frame.placeholder

    def can_reveal(self) -> bool:
        return self.slide.hidden

    def cards_left(self) -> int:
        """Cards of this step still to appear (on this page and the pages after it)."""
        frame = self.frame
        if not self.slide.cards or frame.placeholder:
            return 0
        return len(self.slide.units) - (self.pages[frame.slide][frame.page].start + frame.shown)

    def next_slide(self) -> Slide | None:
        number = self.frame.slide + 1
        return self.deck.slides[number] if number < len(self.deck.slides) else None

    def at_start(self) -> bool:
        return self.index == 0

    def at_end(self) -> bool:
        return self.index == len(self._frames) - 1

    # -- moving -----------------------------------------------------------------------------
    def forward(self) -> bool:
        """The next card, page or step; on a hidden step, reveal it. False at the end."""
        if self.frame.placeholder:
            self.reveal()
            return True
        if self.at_end():
            return False
        self.index += 1
        return True

    def back(self) -> bool:
        if self.at_start():
            return False
        self.index -= 1
        return True

    def first(self) -> None:
        self.index = 0

    def last(self) -> None:
        self.index = len(self._frames) - 1

    def place(self, slide: int, anchor: int = 0) -> None:
        """Show unit `anchor` of step `slide` (both clamped): the room keeps its place when the deck
        is made again (in the other language, or script)."""
        slide = max(0, min(slide, len(self.deck.slides) - 1))
        self.index = self._locate(slide, anchor)

    def go_to_slide(self, slide: int) -> None:
        """The start of a step (all of a step's cards when arriving from the end is for back())."""
        self.index = next((n for n, f in enumerate(self._frames) if f.slide == slide), self.index)

    def reveal(self) -> None:
        slide = self.frame.slide
        if not self.deck.slides[slide].hidden or slide in self.revealed:
            return
        self.revealed.add(slide)
        self._frames = self._build_frames()
        self.index = self._locate(slide, 0)

    def hide(self) -> None:
        slide = self.frame.slide
        if slide not in self.revealed:
            return
        self.revealed.discard(slide)
        self._frames = self._build_frames()
        self.index = self._locate(slide, 0)

    def toggle_reveal(self) -> None:
        if self.frame.slide in self.revealed:
            self.hide()
        else:
            self.reveal()
