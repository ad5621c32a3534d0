"""Whole pages for the article view: articles, cases, indicators, checks, facts, the indicator
catalogue, the glossary and the contact list — each as HTML for one `kb:` address."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from content.changes import CHANGES, PAGE_TITLE, all_changes, content_edition, long_date
from content.collation import sort_key
from content.model import Article, Case, Contact, KnowledgeBase, LocalText
from content.outcomes import outcome_label
from content.render import KB_SCHEME, KbLink, MarkdownRenderer
from content.translations import behind_note

CATALOGUE = "indicators"
GLOSSARY = "glossary"
CONTACTS = "contacts"

_L = {
    "sources": LocalText("Sources", "Izvori"),
    "reviewed": LocalText("Reviewed", "Pregledano"),
    "dimension": LocalText("Dimension", "Dimenzija"),
    "strength": LocalText("Strength", "Jačina"),
    "meaning": LocalText("What it means", "Šta znači"),
    "how_to_check": LocalText("How to check it on an inspection", "Kako to proveriti tokom inspekcije"),
    "source": LocalText("Source", "Izvor"),
    "legal_basis": LocalText("Legal basis", "Pravni osnov"),
    "related_indicator": LocalText(
        "When severe or systematic, the same fact may also support the indicator",
        "Kada je ozbiljna ili sistematska, ista činjenica može potkrepiti i indikator",
    ),
    "effect": LocalText("Effect on the assessment", "Uticaj na procenu"),
    "cases": LocalText("Training cases that record it", "Slučajevi za obuku u kojima se beleži"),
    "sector": LocalText("Sector", "Sektor"),
    "based_on": LocalText("Based on", "Zasnovano na"),
    "invented": LocalText("Invented for training", "Izmišljeno za potrebe obuke"),
    "recorded": LocalText("Recorded in this case", "Zabeleženo u ovom slučaju"),
    "expected": LocalText("Expected outcome", "Očekivani ishod"),
    "catalogue": LocalText("Indicator catalogue", "Katalog indikatora"),
    "catalogue_intro": LocalText(
        "The ILO forced-labour indicators (2012) and the ILO/EC operational indicators of "
        "trafficking for labour exploitation of adults (2009), grouped by dimension. They are a "
        "screening aid, not a legal test.",
        "Indikatori prinudnog rada MOR-a (2012) i operativni indikatori trgovine ljudima radi "
        "radne eksploatacije odraslih MOR-a i Evropske komisije (2009), grupisani po dimenzijama. "
        "Služe za prepoznavanje, a ne kao pravni test.",
    ),
    "glossary": LocalText("Glossary", "Rečnik pojmova"),
    "term_en": LocalText("English", "Engleski"),
    "term_sr": LocalText("Serbian", "Srpski"),
    "definition": LocalText("Definition", "Definicija"),
    "contacts": LocalText("Referral contacts", "Kontakti za upućivanje"),
    "phone": LocalText("Phone", "Telefon"),
    "phone_unconfirmed": LocalText(
        "No confirmed number: check the institution's official website before calling.",
        "Broj nije potvrđen: pre poziva proverite na zvaničnom sajtu institucije.",
    ),
    "when": LocalText("When to contact", "Kada se obratiti"),
    "verified": LocalText("Verified", "Provereno"),
    "labour_law_check": LocalText("Labour-law check", "Provera po radnom pravu"),
    "recorded_fact": LocalText("Recorded fact", "Zabeležena činjenica"),
    "unconfirmed": LocalText("Unconfirmed", "Nepotvrđeno"),
    "strength_unconfirmed": LocalText(
        "The strength of this indicator is unconfirmed: the secondary source and the reading of "
        "the 2009 brochure disagree.",
        "Jačina ovog indikatora nije potvrđena: sekundarni izvor i čitanje brošure iz 2009. se ne slažu.",
    ),
    "fallback": LocalText(
        "This page has no Serbian translation yet; the English original is shown.",
        "Ova stranica još nema srpski prevod; prikazan je engleski original.",
    ),
    "behind_en": LocalText(
        "The English original was updated on {date} — this translation may be behind.",
        "Engleski original je izmenjen {date} — ovaj prevod možda još ne sadrži te izmene.",
    ),
    "behind_sr": LocalText(
        "The Serbian original was updated on {date} — this translation may be behind.",
        "Srpski original je izmenjen {date} — ovaj prevod možda još ne sadrži te izmene.",
    ),
    "email": LocalText("E-mail", "E-pošta"),
    "changes": PAGE_TITLE,
    "changes_intro": LocalText(
        "What changed in the law and in the guidance, and what was corrected in the knowledge base, newest "
        "first. Each entry links to the page that explains it: read that page before you rely on the change.",
        "Šta se promenilo u propisima i smernicama i šta je ispravljeno u bazi znanja, od najnovijeg ka "
        "starijem. Svaka stavka vodi na stranicu koja promenu objašnjava: pročitajte tu stranicu pre nego što "
        "se na promenu oslonite.",
    ),
    "content_version": LocalText("Content version", "Verzija sadržaja"),
    "newest_change": LocalText("latest change", "poslednja promena"),
    "no_changes": LocalText(
        "No change has been recorded in this edition.", "U ovom izdanju nije zabeležena nijedna promena."
    ),
    "changes_of_page": LocalText("Changes to this page", "Promene na ovoj stranici"),
}

# The indicator catalogue cites the fact sheet's source keys (S33, S35, S36); readers get names.
SOURCE_KEYS = {
    "S33": LocalText("ILO, Indicators of Forced Labour (2012)", "MOR, Indikatori prinudnog rada (2012)"),
    "S35": LocalText(
        "ILO and European Commission, Operational indicators of trafficking in human beings (2009)",
        "MOR i Evropska komisija, Operativni indikatori trgovine ljudima (2009)",
    ),
    "S36": LocalText(
        "a secondary reproduction of the 2009 tables (exact wording unconfirmed)",
        # always after "prema" in the catalogue's wording, hence the dative
        "sekundarnom izvoru koji prenosi tabele iz 2009. (tačan tekst nije potvrđen)",
    ),
}
_SOURCE_KEY = re.compile(r"\b(S3[356])\b(?:\s+ILO[^;.]*?(?:2009|2012))?")


def readable_source(text: str, lang: str) -> str:
    """`S35; weights via S36` → the documents' names (the keys mean nothing to an inspector)."""
    readable = _SOURCE_KEY.sub(lambda m: SOURCE_KEYS[m.group(1)].get(lang), text)
    if lang == "sr":
        for english, serbian in (
            ("weights via", "težine prema"),
            ("weight from", "težina prema"),
            ("(medium)", "(srednja)"),
        ):
            readable = readable.replace(english, serbian)
    return readable


def readable_note(note: str, lang: str = "en") -> str:
    """A catalogue note with the secondary source named instead of keyed (S36 is the fact sheet's key)."""
    if lang == "sr":
        named = re.sub(r"\bS36\b", "sekundarni izvor", note)
        return re.sub(r"(^|[.!?]\s+)sekundarni izvor", lambda m: m.group(1) + "Sekundarni izvor", named)
    named = re.sub(r"\bS36\b", "the secondary source", note)
    return re.sub(r"(^|[.!?]\s+)the secondary source", lambda m: m.group(1) + "The secondary source", named)


STRENGTH_LABELS = {
    "strong": LocalText("strong", "jak"),
    "medium": LocalText("medium", "srednji"),
    "weak": LocalText("weak", "slab"),
    "n/a": LocalText("not weighted", "bez pondera"),
}

SECTOR_LABELS = {
    "agriculture": LocalText("Agriculture", "Poljoprivreda"),
    "construction": LocalText("Construction", "Građevinarstvo"),
    "hospitality": LocalText("Hospitality and cleaning", "Ugostiteljstvo i čišćenje"),
    "domestic-work": LocalText("Domestic work", "Rad u domaćinstvu"),
    "manufacturing": LocalText("Manufacturing", "Proizvodnja"),
    "transport": LocalText("Transport", "Transport"),
    "other": LocalText("Other", "Ostalo"),
}


def label(key: str, lang: str) -> str:
    return _L[key].get(lang)


def lang_attr(text_lang: str, page_lang: str) -> str:
    """` lang="en"` on an element whose text is in another language than the page around it (an
    English original in a Serbian page): a Cyrillic display transliterates only the Serbian."""
    return f' lang="{escape(text_lang)}"' if text_lang != page_lang else ""


# Titles cited as published and what someone typed are shown as written, in any script.
VERBATIM = ' translate="no"'


@dataclass(frozen=True)
class Page:
    href: str
    kind: str  # article | case | indicator | check | fact | catalogue | glossary | contacts | changes
    title: str
    html: str
    lang: str  # the language actually shown
    fallback: bool = False  # Serbian asked for, English shown


class PageBuilder:
    """Builds pages on demand from one KnowledgeBase; keeps one Markdown converter."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._renderer = MarkdownRenderer()
        self._behind: dict[Path, str] = {}  # translation file -> its notice ("" when in step)

    # -- addresses ----------------------------------------------------------------------
    def exists(self, href: str) -> bool:
        link = KbLink.parse(href)
        target = link.target
        if target in (CATALOGUE, CONTACTS):
            return not link.anchor or link.anchor in self.kb.dimensions or link.anchor in self.kb.contacts
        if target == GLOSSARY:
            return not link.anchor or link.anchor in self.kb.glossary
        if target == CHANGES:
            return not link.anchor
        return (
            target in self.kb.articles
            or target in self.kb.cases
            or target in self.kb.indicators
            or target in self.kb.checks
            or target in self.kb.facts
        )

    def title_of(self, href: str, lang: str = "en") -> str:
        target = KbLink.parse(href).target
        doc = self.kb.document(target, lang)
        if doc is not None:
            return doc.title
        if target == CATALOGUE:
            return label("catalogue", lang)
        if target == GLOSSARY:
            return label("glossary", lang)
        if target == CONTACTS:
            return label("contacts", lang)
        if target == CHANGES:
            return label("changes", lang)
        return self.kb.label_of(target, lang)

    def page(self, href: str, lang: str = "en", cyrillic: bool = False) -> Page | None:
        """The page at `href` in `lang`. `cyrillic`: the reader sees Serbian in Cyrillic, so lists
        are put in Cyrillic alphabetical order (the text itself is transliterated by the caller)."""
        link = KbLink.parse(href)
        target = link.target
        kb = self.kb
        if target in kb.articles:
            article = kb.article(target, lang)
            return self._article_page(article, lang) if article else None
        if target in kb.cases:
            case = kb.case(target, lang)
            return self._case_page(case, lang) if case else None
        if target in kb.indicators:
            return self._indicator_page(target, lang)
        if target in kb.checks:
            return self._check_page(target, lang)
        if target in kb.facts:
            return self._fact_page(target, lang)
        if target == CATALOGUE:
            return self._catalogue_page(lang)
        if target == GLOSSARY:
            return self._glossary_page(lang, cyrillic)
        if target == CONTACTS:
            return self._contacts_page(lang)
        if target == CHANGES:
            return self._changes_page(lang, cyrillic)
        return None

    def render_markdown(self, text: str, lang: str = "en") -> str:
        return self._renderer.render(
            text, self.exists, lambda href: self.title_of(href, lang), lambda href: self._title_lang(href, lang)
        ).html

    def _title_lang(self, href: str, lang: str) -> str:
        """The language of `title_of(href, lang)` when it is not `lang` (a document not translated)."""
        doc = self.kb.document(KbLink.parse(href).target, lang)
        return doc.lang if doc is not None and doc.lang != lang else ""

    # -- documents ----------------------------------------------------------------------
    def _header(self, title: str, subtitle: str, fallback: bool, lang: str, title_lang: str = "") -> str:
        parts = [f"<h1{lang_attr(title_lang or lang, lang)}>{escape(title)}</h1>"]
        if subtitle:
            parts.append(f'<p class="meta">{subtitle}</p>')
        if fallback:
            parts.append(f'<p class="fallback">{escape(label("fallback", lang))}</p>')
        return "\n".join(parts)

    def _origin_html(self, doc: Article | Case, lang: str) -> str:
        """Where a document that is not bundled comes from: "updated by pack …, version …, date,
        signed by …", "from pack …, unsigned", "My content (unsigned)"."""
        origin = doc.origin
        if origin.kind == "bundled":
            return ""
        text = origin.describe(lang)
        if origin.kind == "user":
            text += " (nepotpisano)" if lang == "sr" else " (unsigned)"
        kind = "signed" if origin.signed else "unsigned"
        return f'<p class="origin-{kind}">{escape(text)}</p>'

    def _behind_html(self, doc: Article | Case, lang: str) -> str:
        """A notice on a translation whose original has changed since it was last brought in step."""
        if doc.path not in self._behind:
            when = behind_note(self.kb, doc)
            notice = ""
            if when is not None:
                original = "sr" if doc.lang == "en" else "en"
                text = label(f"behind_{original}", lang).format(date=when.isoformat())
                notice = f'<p class="fallback">{escape(text)}</p>'
            self._behind[doc.path] = notice
        return self._behind[doc.path]

    def _sources_html(self, doc: Article | Case, lang: str) -> str:
        items = "".join(f"<li>{escape(s.citation())}</li>" for s in doc.sources)
        reviewed = doc.reviewed.isoformat() if doc.reviewed else ""
        return (
            f'<h2 class="sources"><a name="sources"></a>{escape(label("sources", lang))}</h2>'
            f'<ul class="sources"{VERBATIM}>{items}</ul>'
            f'<p class="meta">{escape(label("reviewed", lang))}: {reviewed}</p>' + self._own_changes_html(doc, lang)
        )

    def _own_changes_html(self, doc: Article | Case, lang: str) -> str:
        """A document's own change notes, under its sources (the page's language: both are required)."""
        if not doc.changes:
            return ""
        items = "".join(
            f"<li><b>{escape(long_date(note.date, lang))}</b> — {escape(note.text.get(lang))}</li>"
            for note in doc.changes
        )
        return (
            f'<h2 class="changes"><a name="changes"></a>{escape(label("changes_of_page", lang))}</h2>'
            f'<ul class="changes">{items}</ul>'
            f'<p class="meta"><a href="{KB_SCHEME}{CHANGES}">{escape(label("changes", lang))}</a></p>'
        )

    def _article_page(self, article: Article, lang: str) -> Page:
        fallback = lang == "sr" and article.lang != "sr"
        topic = self.kb.topics.get(article.topic)
        jurisdiction = self.kb.jurisdictions.get(article.jurisdiction)
        subtitle = " · ".join(escape(x.label.get(lang)) for x in (jurisdiction, topic) if x is not None)
        body = self.render_markdown(article.body, lang)
        if article.lang != lang:
            body = f"<div{lang_attr(article.lang, lang)}>{body}</div>"
        html = "\n".join(
            [
                self._header(article.title, subtitle, fallback, lang, article.lang),
                self._origin_html(article, lang),
                self._behind_html(article, lang),
                body,
                self._sources_html(article, lang),
            ]
        )
        return Page(f"{KB_SCHEME}{article.id}", "article", article.title, html, article.lang, fallback)

    def _case_page(self, case: Case, lang: str) -> Page:
        fallback = lang == "sr" and case.lang != "sr"
        sector = SECTOR_LABELS.get(case.sector)
        subtitle_bits = [escape(sector.get(lang) if sector else case.sector)]
        subtitle_bits.append(f"{escape(label('based_on', lang))}: <span{VERBATIM}>{escape(case.based_on)}</span>")
        parts = [self._header(case.title, " · ".join(subtitle_bits), fallback, lang, case.lang)]
        parts.append(self._origin_html(case, lang))
        parts.append(self._behind_html(case, lang))
        own = lang_attr(case.lang, lang)
        if case.invented:
            parts.append(
                f'<p class="invented"><b>{escape(label("invented", lang))}:</b> '
                f"<span{own}>{escape(case.invented)}</span></p>"
            )
        body = self.render_markdown(case.body, lang)
        parts.append(f"<div{own}>{body}</div>" if own else body)
        items = "".join(
            f'<li><a href="kb:{escape(i)}">{escape(self.kb.label_of(i, lang))}</a></li>' for i in case.recorded
        )
        parts.append(f"<h2>{escape(label('recorded', lang))}</h2><ul>{items}</ul>")
        outcome_text = outcome_label(self.kb, case.expected_outcome, lang)
        parts.append(f'<p class="outcome"><b>{escape(label("expected", lang))}:</b> {escape(outcome_text)}</p>')
        parts.append(self._sources_html(case, lang))
        return Page(f"{KB_SCHEME}{case.id}", "case", case.title, "\n".join(parts), case.lang, fallback)

    # -- catalogue items ------------------------------------------------------------------
    def _indicator_page(self, item_id: str, lang: str) -> Page:
        kb = self.kb
        ind = kb.indicators[item_id]
        dimension = kb.dimensions.get(ind.dimension)
        dim_label = dimension.label.get(lang) if dimension else ind.dimension
        strength = STRENGTH_LABELS[ind.strength].get(lang)
        title = ind.label.get(lang)
        subtitle = (
            f'{escape(label("dimension", lang))}: <a href="kb:{CATALOGUE}#{escape(ind.dimension)}">'
            f"{escape(dim_label)}</a> · {escape(label('strength', lang))}: "
            f'<span class="strength-{escape(ind.strength.replace("/", ""))}">{escape(strength)}</span>'
        )
        parts = [self._header(title, subtitle, False, lang)]
        if ind.verification == "conflict":
            parts.append(
                f'<div class="admonition unconfirmed"><p class="admonition-title">'
                f"{escape(label('unconfirmed', lang))}</p><p>{escape(label('strength_unconfirmed', lang))}</p></div>"
            )
        parts += self._explained(ind.explanation, ind.how_to_check, lang)
        related = [c for c in kb.checks.values() if c.related_indicator == item_id]
        if related:
            links = "".join(f'<li><a href="kb:{c.id}">{escape(c.label.get(lang))}</a></li>' for c in related)
            parts.append(f"<h2>{escape(label('labour_law_check', lang))}</h2><ul>{links}</ul>")
        parts.append(self._cases_recording(item_id, lang))
        if ind.source:
            source = readable_source(ind.source, lang)
            parts.append(f'<p class="meta">{escape(label("source", lang))}: {escape(source)}</p>')
        if lang == "sr" and ind.note_sr:
            parts.append(f'<p class="meta">{escape(readable_note(ind.note_sr, "sr"))}</p>')
        elif ind.note:
            parts.append(f'<p class="meta"{lang_attr("en", lang)}>{escape(readable_note(ind.note))}</p>')
        return Page(f"{KB_SCHEME}{item_id}", "indicator", title, "\n".join(parts), lang)

    def _explained(self, explanation: LocalText, how: LocalText, lang: str) -> list[str]:
        parts = []
        if explanation:
            parts.append(
                f"<h2>{escape(label('meaning', lang))}</h2>{self.render_markdown(explanation.get(lang), lang)}"
            )
        if how:
            parts.append(f"<h2>{escape(label('how_to_check', lang))}</h2>{self.render_markdown(how.get(lang), lang)}")
        return parts

    def _cases_recording(self, item_id: str, lang: str) -> str:
        cases = [c for c in (self.kb.case(cid, lang) for cid in self.kb.cases) if c and item_id in c.recorded]
        if not cases:
            return ""
        links = "".join(f'<li><a href="kb:{c.id}"{lang_attr(c.lang, lang)}>{escape(c.title)}</a></li>' for c in cases)
        return f"<h2>{escape(label('cases', lang))}</h2><ul>{links}</ul>"

    def _check_page(self, item_id: str, lang: str) -> Page:
        check = self.kb.checks[item_id]
        title = check.label.get(lang)
        parts = [self._header(title, escape(label("labour_law_check", lang)), False, lang)]
        parts.append(f"<h2>{escape(label('legal_basis', lang))}</h2><p>{escape(check.legal_basis.get(lang))}</p>")
        parts += self._explained(check.explanation, check.how_to_check, lang)
        if check.related_indicator in self.kb.indicators:
            rel = self.kb.indicators[check.related_indicator]
            parts.append(
                f"<p>{escape(label('related_indicator', lang))}: "
                f'<a href="kb:{rel.id}">{escape(rel.label.get(lang))}</a></p>'
            )
        parts.append(self._cases_recording(item_id, lang))
        return Page(f"{KB_SCHEME}{item_id}", "check", title, "\n".join(parts), lang)

    def _fact_page(self, item_id: str, lang: str) -> Page:
        fact = self.kb.facts[item_id]
        title = fact.label.get(lang)
        parts = [self._header(title, escape(label("recorded_fact", lang)), False, lang)]
        if fact.effect:
            parts.append(f"<h2>{escape(label('effect', lang))}</h2><p>{escape(fact.effect.get(lang))}</p>")
        parts += self._explained(fact.explanation, fact.how_to_check, lang)
        parts.append(self._cases_recording(item_id, lang))
        return Page(f"{KB_SCHEME}{item_id}", "fact", title, "\n".join(parts), lang)

    def _catalogue_page(self, lang: str) -> Page:
        kb = self.kb
        title = label("catalogue", lang)
        parts = [self._header(title, "", False, lang), f"<p>{escape(label('catalogue_intro', lang))}</p>"]
        for dimension in kb.dimensions.values():
            members = [i for i in kb.indicators.values() if i.dimension == dimension.id]
            if not members:
                continue
            parts.append(f'<h2><a name="{escape(dimension.id)}"></a>{escape(dimension.label.get(lang))}</h2>')
            if dimension.description:
                parts.append(f"<p>{escape(dimension.description.get(lang))}</p>")
            rows = "".join(
                f'<tr><td><a href="kb:{i.id}">{escape(i.label.get(lang))}</a></td>'
                f'<td class="strength-{escape(i.strength.replace("/", ""))}">'
                f"{escape(STRENGTH_LABELS[i.strength].get(lang))}</td></tr>"
                for i in members
            )
            parts.append(f'<table class="catalogue">{rows}</table>')
        return Page(f"{KB_SCHEME}{CATALOGUE}", "catalogue", title, "\n".join(parts), lang)

    def _glossary_page(self, lang: str, cyrillic: bool = False) -> Page:
        title = label("glossary", lang)
        terms = sorted(self.kb.glossary.values(), key=lambda t: sort_key(t.term.get(lang), lang, cyrillic))
        rows = []
        for term in terms:
            first, second = (term.term.sr, term.term.en) if lang == "sr" else (term.term.en, term.term.sr)
            other = lang_attr("en" if lang == "sr" else "sr", lang)
            see = f' <a href="kb:{escape(term.see)}">→</a>' if term.see else ""
            rows.append(
                f'<tr><td><a name="{escape(term.id)}"></a><b>{escape(first)}</b></td>'
                # the other language's term is quoted as that language writes it (VERBATIM)
                f"<td{other}{VERBATIM}>{escape(second)}</td><td>{escape(term.definition.get(lang))}{see}</td></tr>"
            )
        heads = (
            (label("term_sr", lang), label("term_en", lang))
            if lang == "sr"
            else (label("term_en", lang), label("term_sr", lang))
        )
        table = (
            f'<table class="glossary"><tr><th>{escape(heads[0])}</th><th>{escape(heads[1])}</th>'
            f"<th>{escape(label('definition', lang))}</th></tr>{''.join(rows)}</table>"
        )
        return Page(f"{KB_SCHEME}{GLOSSARY}", "glossary", title, self._header(title, "", False, lang) + table, lang)

    def contact_html(self, contact: Contact, lang: str) -> str:
        """One contact as HTML (also used by the assessment outcome)."""
        if contact.phone:
            phone = f"<b>{escape(contact.phone)}</b>"
        else:
            phone = f'<span class="unconfirmed">{escape(label("phone_unconfirmed", lang))}</span>'
        note = f" — {escape(contact.phone_note.get(lang))}" if contact.phone_note else ""
        email = f"<br>{escape(label('email', lang))}: {escape(contact.email)}" if contact.email else ""
        verified = contact.verified.isoformat() if contact.verified else "?"
        return (
            f'<h3><a name="{escape(contact.id)}"></a>{escape(contact.institution.get(lang))}</h3>'
            f"<p>{escape(contact.role.get(lang))}<br>{escape(label('phone', lang))}: {phone}{note}{email}<br>"
            f"{escape(label('when', lang))}: {escape(contact.when.get(lang))}</p>"
            f'<p class="meta">{escape(label("source", lang))}: <span{VERBATIM}>{escape(contact.source)}</span> · '
            f"{escape(label('verified', lang))}: {verified}</p>"
        )

    def _changes_page(self, lang: str, cyrillic: bool = False) -> Page:
        """Every change, newest first, grouped by day; each with a link to the page that explains it."""
        title = label("changes", lang)
        entries = all_changes(self.kb)
        edition = content_edition(self.kb)
        meta = f"{escape(label('content_version', lang))}: <b>{escape(edition)}</b>"
        if entries:
            meta += f" · {escape(label('newest_change', lang))}: {escape(long_date(entries[0].date, lang))}"
        parts = [self._header(title, meta, False, lang), f"<p>{escape(label('changes_intro', lang))}</p>"]
        if not entries:
            parts.append(f"<p>{escape(label('no_changes', lang))}</p>")
        days = sorted({e.date for e in entries}, reverse=True)
        for day in days:
            rows = []
            for entry in (e for e in entries if e.date == day):
                doc = self.kb.document(entry.doc_id, lang)
                if doc is None:
                    continue
                rows.append((doc.title, doc.lang, entry))
            rows.sort(key=lambda row: sort_key(row[0], lang, cyrillic))
            items = "".join(
                f'<li><a href="{KB_SCHEME}{escape(entry.doc_id)}"{lang_attr(title_lang, lang)}>{escape(doc_title)}</a>'
                f" — {escape(entry.text.get(lang))}</li>"
                for doc_title, title_lang, entry in rows
            )
            parts.append(f'<h2><a name="{day.isoformat()}"></a>{escape(long_date(day, lang))}</h2><ul>{items}</ul>')
        return Page(f"{KB_SCHEME}{CHANGES}", "changes", title, "\n".join(parts), lang)

    def _contacts_page(self, lang: str) -> Page:
        title = label("contacts", lang)
        body = "".join(self.contact_html(c, lang) for c in self.kb.contacts.values())
        return Page(f"{KB_SCHEME}{CONTACTS}", "contacts", title, self._header(title, "", False, lang) + body, lang)
