"""Glossary terms explained in place: the first mention of each glossary term in a page's text
becomes a link to its glossary entry whose `title` (a tooltip in the article view) gives the
term in the other language and the definition.

Works on the HTML that `content.render` produces: text inside links, headings and code is left
alone, and so are the sources and "cited by" lists. Existing `kb:glossary#id` links get the same
tooltip. English pages match English terms and synonyms; Serbian pages the Serbian ones (the
glossary lists inflected forms as synonyms)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from content.html_text import StartTag, rewrite
from content.model import GlossaryTerm, KnowledgeBase

GLOSSARY_HREF = "kb:glossary#"

# Elements whose text is never marked (with all they hold).
_SKIP_TAGS = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "th", "script", "style"})
_SKIP_CLASSES = frozenset({"sources", "cited-by", "meta"})
_LANG_NAMES = {"en": "EN", "sr": "SR"}
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True)
class TermNote:
    """What a reader is told about one term, in one display language."""

    id: str
    term: str  # in the display language
    other_lang: str  # "SR" on an English page, "EN" on a Serbian one
    other_term: str
    definition: str

    def plain(self) -> str:
        return f"{self.term} — {self.other_lang}: {self.other_term} — {self.definition}"

    def rich(self) -> str:
        """Rich text for a tooltip (rich tooltips wrap; long plain ones run off the screen)."""
        return (
            f'<b>{escape(self.term)}</b> · <span lang="{self.other_lang.lower()}">{escape(self.other_lang)}: '
            f"<i>{escape(self.other_term)}</i></span>"
            f"<br>{escape(self.definition)}"
        )


class GlossaryMarker:
    """Built once per knowledge base; marks any number of pages."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._terms = dict(kb.glossary)
        self._forms = {lang: _forms(kb.glossary.values(), lang) for lang in ("en", "sr")}

    def note(self, term_id: str, lang: str) -> TermNote | None:
        term = self._terms.get(term_id)
        if term is None:
            return None
        other = "en" if lang == "sr" else "sr"
        return TermNote(
            id=term.id,
            term=term.term.get(lang),
            other_lang=_LANG_NAMES[other],
            other_term=getattr(term.term, other) or term.term.get(other),
            definition=term.definition.get(lang),
        )

    def note_for_href(self, href: str, lang: str) -> TermNote | None:
        if not href.startswith(GLOSSARY_HREF):
            return None
        return self.note(href[len(GLOSSARY_HREF) :], lang)

    def mark(self, html: str, lang: str) -> str:
        """`html` with the first mention of each glossary term linked and explained."""
        forms = self._forms.get(lang) or self._forms["en"]
        done: set[str] = set()
        return rewrite(
            html,
            text=lambda run: self._mark_text(run, lang, forms, done) if run.strip() else run,
            skip=_never_marked,
            start_tag=lambda tag, _skipped: self._titled_link(tag, lang),
        )

    def _mark_text(self, text: str, lang: str, forms: _LangForms, done: set[str]) -> str:
        """Link the first mention of each term in one run of HTML text (longest match wins)."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        out: list[str] = []
        position = 0
        i = 0
        while i < len(words):
            first = text[words[i][0] : words[i][1]]
            if first.casefold() not in forms.first_folded and first not in forms.first_exact:
                i += 1  # most words start no term: skip the n-gram lookups
                continue
            found: tuple[int, str] | None = None
            for j in range(min(len(words), i + forms.max_words) - 1, i - 1, -1):
                span = " ".join(text[words[i][0] : words[j][1]].split())
                term_id = forms.exact.get(span) or forms.folded.get(span.casefold())
                if term_id is not None:
                    found = (j, term_id)
                    break
            if found is None or found[1] in done:
                i += 1
                continue
            j, term_id = found
            note = self.note(term_id, lang)
            if note is not None:
                done.add(term_id)
                start, stop = words[i][0], words[j][1]
                out.append(text[position:start])
                out.append(
                    f'<a class="term" href="{GLOSSARY_HREF}{escape(term_id)}" title="{escape(note.rich())}">'
                    f"{text[start:stop]}</a>"
                )
                position = stop
            i = j + 1
        out.append(text[position:])
        return "".join(out)

    def _titled_link(self, tag: StartTag, lang: str) -> str:
        """An author's own `kb:glossary#id` link gets the same tooltip (unless it has a title)."""
        href = tag.get("href") or ""
        if tag.name != "a" or not href.startswith(GLOSSARY_HREF) or tag.has("title"):
            return tag.raw
        note = self.note_for_href(href, lang)
        if note is None:
            return tag.raw
        return tag.with_attribute("title", escape(note.rich()))


def _never_marked(tag: StartTag) -> bool:
    """Links, headings, code, and the sources and "cited by" lists are left as written."""
    return tag.name in _SKIP_TAGS or bool(tag.classes & _SKIP_CLASSES)


@dataclass(frozen=True)
class _LangForms:
    folded: dict[str, str]  # case-folded form → term id
    exact: dict[str, str]  # acronyms (THB, ILO): case matters, "tip" is not "TIP"
    max_words: int
    first_folded: frozenset[str]  # the first word of every form, to skip most words at once
    first_exact: frozenset[str]


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(form) <= 8


def _is_inflection(form: str, main: str) -> bool:
    """A one-word synonym counts only when it is a form of the term itself ("radnici" for
    "radnik"); loose synonyms ("sign" for "indicator") would mark ordinary words."""
    a, b = form.casefold(), main.casefold()
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= len(b) - 3


def _forms(terms: Iterable[GlossaryTerm], lang: str) -> _LangForms:
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    max_words = 1
    for term in terms:
        main = " ".join(getattr(term.term, lang).split())
        if not main:
            continue
        synonyms = term.also_en if lang == "en" else term.also_sr
        candidates = [main] + [
            " ".join(s.split()) for s in synonyms if " " in s.strip() or _is_acronym(s) or _is_inflection(s, main)
        ]
        for form in candidates:
            if (len(form) < 4 and not _is_acronym(form)) or not any(c.isalpha() for c in form):
                continue
            max_words = max(max_words, len(_WORD.findall(form)))
            if _is_acronym(form):
                exact.setdefault(form, term.id)
            else:
                folded.setdefault(form.casefold(), term.id)

    def first_words(forms: dict[str, str]) -> frozenset[str]:
        return frozenset(match.group(0) for match in (_WORD.search(form) for form in forms) if match)

    return _LangForms(folded, exact, max_words, first_words(folded), first_words(exact))
