"""The knowledge base as immutable data: articles, cases, indicators, checks, glossary, contacts."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from content.assessment.model import DecisionTree, Rules

_T = TypeVar("_T")

LANGUAGES = ("en", "sr")
# The sectors of the one-page checklists; `sectors:` of an indicator or a check names those whose
# checklist lists it.
CHECKLIST_SECTORS = ("construction", "agriculture", "hospitality", "domestic-work", "transport", "manufacturing")


@dataclass(frozen=True)
class LocalText:
    """A text in English and Serbian (Latin script); Serbian falls back to English."""

    en: str = ""
    sr: str = ""

    def get(self, lang: str) -> str:
        if lang == "sr" and self.sr:
            return self.sr
        return self.en or self.sr

    def __bool__(self) -> bool:
        return bool(self.en or self.sr)


@dataclass(frozen=True)
class Problem:
    """A problem in a content file, reported as `file:line: message`."""

    path: Path
    line: int
    message: str
    # "warning": reported by `content check`, an error only under `--strict` (e.g. a translation
    # behind its original); everything else is an error.
    severity: str = "error"

    def format(self, base: Path | None = None) -> str:
        shown = self.path
        if base is not None:
            try:
                shown = self.path.resolve().relative_to(base.resolve())
            except ValueError:
                shown = self.path
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{shown}:{self.line}: {prefix}{self.message}"


@dataclass(frozen=True)
class SourceRef:
    """A source a document cites: the document, and where known the article and the year."""

    document: str
    article: str = ""
    year: str = ""
    line: int = field(default=0, compare=False)  # of the `- document:` entry in its file (0: unknown)

    def citation(self) -> str:
        parts = [self.document]
        if self.article:
            parts.append(self.article)
        if self.year:
            parts.append(self.year)
        return ", ".join(parts)


@dataclass(frozen=True)
class Labelled:
    """An id with a bilingual label (the taxonomy's topics and jurisdictions)."""

    id: str
    label: LocalText


@dataclass(frozen=True)
class Topic(Labelled):
    """A topic of the guidance (content/taxonomy.yaml)."""

    pass


@dataclass(frozen=True)
class Jurisdiction(Labelled):
    """A jurisdiction of the guidance (content/taxonomy.yaml)."""

    pass


@dataclass(frozen=True)
class ChangeNote:
    """One entry of a document's `changes:` list: what changed in law or guidance, and when."""

    date: date
    text: LocalText  # both languages are required
    line: int  # the entry's line in its file


@dataclass(frozen=True)
class Origin:
    """Where a document comes from: the bundled knowledge base, the user's own content folder,
    or an installed content pack (with its id, version, date and the trusted key that signed it;
    `signer` is empty for an unsigned pack)."""

    kind: str = "bundled"  # bundled | user | pack
    pack_id: str = ""
    pack_title: str = ""
    pack_version: str = ""
    pack_created: str = ""  # YYYY-MM-DD, from the pack's manifest
    signer: str = ""  # the trusted key's id; "" when unsigned (or the signature is not trusted)
    signer_name: LocalText = LocalText()
    updates_bundled: bool = False  # an official pack's newer version of a bundled document

    @property
    def signed(self) -> bool:
        return bool(self.signer)

    def describe(self, lang: str = "en") -> str:
        """One line for the page: "updated by pack X, version Y, 2026-12-07", "unsigned pack …"."""
        if self.kind == "bundled":
            return "Bundled with the app" if lang != "sr" else "Isporučeno uz aplikaciju"
        if self.kind == "user":
            return "My content" if lang != "sr" else "Moj sadržaj"
        signer = self.signer_name.get(lang) or self.signer
        title = self.pack_title or self.pack_id
        if lang == "sr":
            what = "ažurirano paketom" if self.updates_bundled else "iz paketa"
            by = f", potpisao: {signer}" if signer else ", nepotpisan"
            return f"{what} „{title}”, verzija {self.pack_version}, {self.pack_created}{by}"
        what = "updated by pack" if self.updates_bundled else "from pack"
        by = f", signed by {signer}" if signer else ", unsigned"
        title = self.pack_title or self.pack_id
        return f"{what} \u201c{title}\u201d, version {self.pack_version}, {self.pack_created}{by}"


BUNDLED = Origin()


@dataclass(frozen=True)
class Document:
    """Fields shared by guidance articles and cases (one language version of a file)."""

    id: str
    lang: str
    title: str
    summary: str
    tags: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    reviewed: date | None
    body: str
    path: Path
    body_line: int
    changes: tuple[ChangeNote, ...] = ()  # newest first
    origin: Origin = BUNDLED


@dataclass(frozen=True)
class Article(Document):
    """A guidance article (content/guidance/<jurisdiction>/<slug>.md) in one language."""

    topic: str = ""
    jurisdiction: str = ""


CASE_STEP_KEYS = ("situation", "findings", "questions", "analysis", "actions")


@dataclass(frozen=True)
class CaseStep:
    """One step of a case: situation, findings, questions, analysis or actions."""

    key: str  # one of CASE_STEP_KEYS
    heading: str
    body: str
    line: int


@dataclass(frozen=True)
class Case(Document):
    """A training case (content/cases/<slug>.md) in one language, with its steps."""

    sector: str = ""
    recorded: tuple[str, ...] = ()
    expected_outcome: str = ""
    based_on: str = ""
    invented: str = ""
    trainer_notes: str = ""
    steps: tuple[CaseStep, ...] = ()

    def step(self, key: str) -> CaseStep | None:
        return next((s for s in self.steps if s.key == key), None)


@dataclass(frozen=True)
class Dimension:
    """A dimension of the indicators (content/indicators.yaml `dimensions`)."""

    id: str
    framework: str
    label: LocalText
    description: LocalText
    palermo_element: str = ""


@dataclass(frozen=True)
class Indicator:
    """An indicator of forced labour or trafficking (content/indicators.yaml)."""

    id: str
    dimension: str
    strength: str  # strong | medium | weak | n/a
    label: LocalText
    explanation: LocalText
    how_to_check: LocalText
    source: str = ""
    concept: str = ""
    ilo11: tuple[str, ...] = ()
    verification: str = ""
    note: str = ""  # English; note_sr is its Serbian
    note_sr: str = ""
    sectors: tuple[str, ...] = ()  # the sector checklists that list it (CHECKLIST_SECTORS)
    evidence: LocalText = LocalText()  # what to photograph or copy, for the checklists


@dataclass(frozen=True)
class LabourLawCheck:
    """A labour-law check (content/labour_law_checks.yaml)."""

    id: str
    label: LocalText
    explanation: LocalText
    how_to_check: LocalText
    legal_basis: LocalText
    related_indicator: str = ""
    sectors: tuple[str, ...] = ()  # the sector checklists that list it (CHECKLIST_SECTORS)
    evidence: LocalText = LocalText()  # what to photograph or copy, for the checklists


@dataclass(frozen=True)
class Fact:
    """A fact the assessment records that is neither an indicator nor a check
    (content/labour_law_checks.yaml `facts`)."""

    id: str
    label: LocalText
    effect: LocalText
    explanation: LocalText
    how_to_check: LocalText


@dataclass(frozen=True)
class GlossaryTerm:
    """A glossary entry (content/glossary.yaml), with the other names it goes by."""

    id: str
    term: LocalText
    also_en: tuple[str, ...]
    also_sr: tuple[str, ...]
    definition: LocalText
    see: str = ""
    # Serbian wordings not to use for this concept (`content check` warns on them); a word may end
    # in `*` to match every ending ("sredstv* izvršenja").
    avoid_sr: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contact:
    """A referral contact (content/contacts.yaml)."""

    id: str
    institution: LocalText
    role: LocalText
    phone: str | None
    phone_note: LocalText
    email: str
    when: LocalText
    source: str
    verified: date | None
    outcomes: tuple[str, ...] = ()


# The assessment part of a knowledge base: its rule sets and decision trees. A knowledge base read
# from the cache (content/kb_cache.py) keeps it pickled until it is first asked for, so a start
# neither imports content.assessment.model nor unpickles the rules before an assessment needs them.
ASSESSMENT_FIELDS = ("rules", "rule_sets", "trees")
_PICKLED_ASSESSMENT = "_pickled_assessment"
_unpickling = threading.Lock()


def _no_rules() -> Rules | None:
    return None


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything loaded from the content folder. Lookups by id; articles and cases per language."""

    root: Path
    version: str
    digest: str = ""  # content hash of every file (search index freshness)
    articles: Mapping[str, Mapping[str, Article]] = field(default_factory=dict)
    cases: Mapping[str, Mapping[str, Case]] = field(default_factory=dict)
    dimensions: Mapping[str, Dimension] = field(default_factory=dict)
    indicators: Mapping[str, Indicator] = field(default_factory=dict)
    checks: Mapping[str, LabourLawCheck] = field(default_factory=dict)
    facts: Mapping[str, Fact] = field(default_factory=dict)
    glossary: Mapping[str, GlossaryTerm] = field(default_factory=dict)
    contacts: Mapping[str, Contact] = field(default_factory=dict)
    topics: Mapping[str, Topic] = field(default_factory=dict)
    jurisdictions: Mapping[str, Jurisdiction] = field(default_factory=dict)
    # The default rule set of content/rules.yaml; None when it is missing or broken. (A factory rather
    # than a class attribute, so that a pickled assessment part is unpickled when `rules` is read.)
    rules: Rules | None = field(default_factory=_no_rules)
    rule_sets: Mapping[str, Rules] = field(default_factory=dict)  # every rule set by id, in file order
    trees: Mapping[str, DecisionTree] = field(default_factory=dict)  # content/trees/*.yaml by id
    # The user content folder merged in (content.user_content), or None for the bundled content alone.
    user_dir: Path | None = None

    if not TYPE_CHECKING:  # for the type checker the fields stay plain attributes

        def __getattr__(self, name: str) -> object:
            """Called only for an attribute the instance lacks: the assessment part of a knowledge
            base read from the cache, unpickled when first asked for (once, whichever thread asks)."""
            if name in ASSESSMENT_FIELDS:
                _unpickle_assessment(self)
                try:
                    return self.__dict__[name]
                except KeyError:
                    pass
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def with_assessment_pickled(self) -> KnowledgeBase:
        """The same knowledge base, its assessment part kept pickled until first used (what the
        cache stores); equal to this one, field for field."""
        import pickle

        state = dict(self.__dict__)
        if _PICKLED_ASSESSMENT not in state:
            part = {name: state.pop(name) for name in ASSESSMENT_FIELDS}
            state[_PICKLED_ASSESSMENT] = pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)
        copy = object.__new__(KnowledgeBase)
        copy.__dict__.update(state)
        return copy

    def article(self, doc_id: str, lang: str = "en") -> Article | None:
        return _pick(self.articles.get(doc_id), lang)

    def case(self, doc_id: str, lang: str = "en") -> Case | None:
        return _pick(self.cases.get(doc_id), lang)

    def document(self, doc_id: str, lang: str = "en") -> Article | Case | None:
        return self.article(doc_id, lang) or self.case(doc_id, lang)

    def recordable_ids(self) -> set[str]:
        """Ids accepted by the assessment: indicators, labour-law checks and facts."""
        return set(self.indicators) | set(self.checks) | set(self.facts)

    def label_of(self, item_id: str, lang: str = "en") -> str:
        """A human label for any recordable id (falls back to the id itself)."""
        for table in (self.indicators, self.checks, self.facts):
            item = table.get(item_id)
            if item is not None:
                return item.label.get(lang)
        return item_id

    def iter_articles(self) -> Iterator[Article]:
        for versions in self.articles.values():
            yield from versions.values()

    def iter_cases(self) -> Iterator[Case]:
        for versions in self.cases.values():
            yield from versions.values()


def _unpickle_assessment(kb: KnowledgeBase) -> None:
    """Put the pickled assessment part of `kb` in place (nothing when there is none, or no more)."""
    import pickle

    with _unpickling:
        pickled = kb.__dict__.get(_PICKLED_ASSESSMENT)
        if pickled is None:
            return
        kb.__dict__.update(pickle.loads(pickled))  # the fields first: a reader never finds neither
        del kb.__dict__[_PICKLED_ASSESSMENT]


def _pick(versions: Mapping[str, _T] | None, lang: str) -> _T | None:
    if not versions:
        return None
    return versions.get(lang) or versions.get("en") or next(iter(versions.values()))


@dataclass
class LoadResult:
    """A loaded knowledge base and every problem found on the way (broken entries were skipped)."""

    kb: KnowledgeBase
    problems: list[Problem] = field(default_factory=list)
