"""Facts about the loaded knowledge base for the About box: versions, how current the texts are
(reviewed and verified dates), and the sources everything rests on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from content.model import KnowledgeBase


@dataclass(frozen=True)
class SourceSummary:
    document: str
    years: tuple[str, ...]
    cited_in: int  # how many articles and cases cite it


@dataclass(frozen=True)
class ContentFacts:
    content_version: str
    articles: int
    translated_articles: int  # with a Serbian version
    cases: int
    indicators: int
    glossary_terms: int
    contacts: int
    reviewed_oldest: date | None
    reviewed_newest: date | None
    verified_oldest: date | None  # referral contacts
    verified_newest: date | None
    rules_version: str  # "" when content/rules.yaml is missing or broken
    trees: tuple[tuple[str, str], ...]  # (tree id, version)
    sources: tuple[SourceSummary, ...]


def content_facts(kb: KnowledgeBase) -> ContentFacts:
    documents = [*kb.iter_articles(), *kb.iter_cases()]
    reviewed = sorted(d.reviewed for d in documents if d.reviewed is not None)
    verified = sorted(c.verified for c in kb.contacts.values() if c.verified is not None)
    cited: dict[str, set[str]] = {}
    years: dict[str, set[str]] = {}
    for doc in documents:
        for source in doc.sources:
            cited.setdefault(source.document, set()).add(doc.id)
            if source.year:
                years.setdefault(source.document, set()).add(str(source.year))
    sources = tuple(
        sorted(
            (SourceSummary(name, tuple(sorted(years.get(name, ()))), len(ids)) for name, ids in cited.items()),
            key=lambda s: (-s.cited_in, s.document.casefold()),
        )
    )
    rules = getattr(kb, "rules", None)
    trees = getattr(kb, "trees", {}) or {}
    return ContentFacts(
        content_version=kb.version,
        articles=len(kb.articles),
        translated_articles=sum(1 for versions in kb.articles.values() if "sr" in versions),
        cases=len(kb.cases),
        indicators=len(kb.indicators),
        glossary_terms=len(kb.glossary),
        contacts=len(kb.contacts),
        reviewed_oldest=reviewed[0] if reviewed else None,
        reviewed_newest=reviewed[-1] if reviewed else None,
        verified_oldest=verified[0] if verified else None,
        verified_newest=verified[-1] if verified else None,
        # Every rule set with its version, the default first: "screening 2026.12-1 · research 2026.11-2".
        rules_version=" · ".join(
            f"{r.id} {r.version}"
            for r in sorted((getattr(kb, "rule_sets", {}) or {}).values(), key=lambda r: not r.default)
        )
        or str(getattr(rules, "version", "") or ""),
        trees=tuple(sorted((str(tree_id), str(getattr(tree, "version", ""))) for tree_id, tree in trees.items())),
        sources=sources,
    )
