"""Printable field-kit documents as HTML (Qt-free; the desktop lays them out with QTextDocument and
prints or exports them): the rights leaflet (worker's language beside Serbian, A4 or a folded-A5
sheet), the two-column question sheet for an interview with an interpreter, and the one-page sector
checklists in Serbian or English.

Only HTML that QTextDocument renders is used: tables, headings, paragraphs, inline styles."""

from __future__ import annotations

import re
from html import escape

from content.fieldkit_model import FieldKit, confirmed_phones, fill_phones
from content.model import CHECKLIST_SECTORS, KnowledgeBase, LocalText
from content.pages import SECTOR_LABELS
from content.translit import html_to_cyrillic

LAYOUTS = ("a4", "a5-folded")
_BLANKS = ("inspector_name", "office", "case_reference")

# The font families for each script, first choice first: the Noto families that scripts/sysdeps.sh
# installs on Linux, then the fonts Windows ships for the script (Nirmala UI covers Devanagari,
# Tamil and Bengali; Microsoft YaHei covers Simplified Chinese).
FONT_FAMILIES: dict[str, tuple[str, ...]] = {
    "latin": ("Noto Sans", "DejaVu Sans", "Segoe UI"),
    "vietnamese": ("Noto Sans", "DejaVu Sans", "Segoe UI"),
    "cyrillic": ("Noto Sans", "DejaVu Sans", "Segoe UI"),
    "han": ("Noto Sans CJK SC", "Microsoft YaHei"),
    "devanagari": ("Noto Sans Devanagari", "Nirmala UI"),
    "tamil": ("Noto Sans Tamil", "Nirmala UI"),
    "bengali": ("Noto Sans Bengali", "Nirmala UI"),
}
SERBIAN_SCRIPT = "latin"

_T = {
    "source": LocalText("Source", "Izvor"),
    "checklist": LocalText("Checklist for an inspection", "Kontrolna lista za inspekcijski nadzor"),
    "look": LocalText("What to look at", "Šta pogledati"),
    "ask": LocalText("What to ask the worker, alone", "Šta pitati radnika, nasamo"),
    "copy": LocalText("What to photograph or copy", "Šta fotografisati ili kopirati"),
    "indicators": LocalText("Signs of trafficking and forced labour", "Indikatori trgovine ljudima i prinudnog rada"),
    "checks": LocalText("Labour-law checks", "Provere po propisima o radu"),
    "checklist_note": LocalText(
        "Generated from the indicator catalogue and the labour-law checks of Prepoznaj. A sign is a "
        "reason to look further, not proof; the full text of each item is in the app.",
        "Izrađeno na osnovu kataloga indikatora i provera po propisima o radu u aplikaciji Prepoznaj. "
        "Indikator je razlog za dalju proveru, a ne dokaz; ceo tekst svake stavke nalazi se u aplikaciji.",
    ),
    "no": LocalText("No.", "Br."),
    "worker_lang": LocalText("Language", "Jezik"),
    "asked_by": LocalText(
        "Read each question to the worker through the interpreter; mark the answer the worker gives.",
        "Svako pitanje pročitajte radniku preko prevodioca; označite odgovor koji radnik da.",
    ),
}

_CSS = """
h1 { font-size: 15pt; margin-top: 0; margin-bottom: 4pt; }
h2 { font-size: 11.5pt; margin-top: 6pt; margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 3pt; line-height: 115%; }
td, th { padding: 3pt; vertical-align: top; }
.draft { color: #8a1c00; font-weight: bold; }
.cite { font-size: 8pt; color: #444444; }
.blank { border-bottom: 1px solid #000000; }
.small { font-size: 8pt; }
"""


def font_stack(script: str) -> str:
    families = FONT_FAMILIES.get(script, FONT_FAMILIES["latin"])
    return ", ".join(f"'{f}'" for f in families) + ", sans-serif"


def _cell(text_html: str, lang: str, script: str, extra: str = "") -> str:
    return f'<td lang="{lang}" style="font-family: {font_stack(script)};{extra}">{text_html}</td>'


def _p(text: str, cls: str = "") -> str:
    return f'<p class="{cls}">{escape(text)}</p>' if cls else f"<p>{escape(text)}</p>"


def _script(kit: FieldKit, lang: str) -> str:
    language = kit.languages.get(lang)
    return language.script if language else "latin"


def _finish(html: str, cyrillic: bool) -> str:
    """Serbian Latin → Cyrillic for the Serbian column only (other languages carry their lang)."""
    return html_to_cyrillic(html) if cyrillic else html


def _text(kb: KnowledgeBase, kit: FieldKit, lang: str, string_id: str) -> str:
    return fill_phones(kit.text(lang, string_id), confirmed_phones(kb))


def _is_draft(kit: FieldKit, lang: str) -> bool:
    language = kit.languages.get(lang)
    return language is not None and language.is_draft


def _document(title: str, body: str, lang: str = "sr") -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_CSS}</style></head><body>{body}</body></html>"
    )


# --- the rights leaflet -------------------------------------------------------------------------


def leaflet_html(kb: KnowledgeBase, kit: FieldKit, lang: str, layout: str = "a4", cyrillic: bool = False) -> str:
    """The rights leaflet: the worker's language beside Serbian. "a4": one row per section, both
    languages side by side; "a5-folded": an A4 landscape sheet with the worker's language on the
    left half and Serbian on the right, to be folded in the middle."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout '{layout}' (one of {', '.join(LAYOUTS)})")
    if lang not in kit.languages:
        raise KeyError(lang)
    script = _script(kit, lang)
    draft = _is_draft(kit, lang)

    def column(col_lang: str, with_cites: bool) -> list[str]:
        parts = [f"<h1>{escape(_text(kb, kit, col_lang, 'ui.leaflet_title'))}</h1>"]
        if draft:
            parts.append(_p(kit.text(col_lang, "ui.draft_notice"), "draft"))
        sections = []
        for section in kit.sections:
            block = f"<h2>{escape(_text(kb, kit, col_lang, f'leaflet.{section.id}.title'))}</h2>"
            block += _p(_text(kb, kit, col_lang, f"leaflet.{section.id}.text"))
            if with_cites:
                if layout == "a4":
                    cites = "; ".join(f"{escape(c.sr)} (Prepoznaj: kb:{escape(c.kb)})" for c in section.cites)
                else:  # the folded sheet has half the room: the law only
                    cites = "; ".join(escape(c.sr) for c in section.cites)
                block += f'<p class="cite">{escape(_T["source"].sr)}: {cites}</p>'
            sections.append(block)
        if layout == "a4":
            labels = [kit.text(col_lang, f"ui.{key}") for key in _BLANKS]
        elif col_lang == "sr":  # the folded sheet: the blanks once, under the worker's text
            return [*parts, *sections]
        else:
            labels = [f"{kit.text(col_lang, f'ui.{key}')} / {kit.text('sr', f'ui.{key}')}" for key in _BLANKS]
        blanks = [f"<p>{escape(label)}: ______________________________</p>" for label in labels]
        return [*parts, *sections, "".join(blanks)]

    worker = column(lang, with_cites=False)
    serbian = column("sr", with_cites=True)
    title = f"{kit.text(lang, 'ui.leaflet_title')} / {kit.text('sr', 'ui.leaflet_title')}"
    if layout == "a4":
        rows = "".join(
            "<tr>" + _cell(w, lang, script) + _cell(s, "sr", SERBIAN_SCRIPT) + "</tr>"
            for w, s in zip(worker, serbian, strict=True)
        )
        body = f'<table width="100%" cellspacing="0" cellpadding="4">{rows}</table>'
    else:
        body = (
            '<table width="100%" cellspacing="0" cellpadding="8"><tr>'
            + _cell("".join(worker), lang, script, " width: 50%; border-right: 1px dashed #888888;")
            + _cell("".join(serbian), "sr", SERBIAN_SCRIPT, " width: 50%;")
            + "</tr></table>"
        )
    return _finish(_document(title, body), cyrillic)


# --- the question sheet -------------------------------------------------------------------------


def question_sheet_html(kb: KnowledgeBase, kit: FieldKit, lang: str, cyrillic: bool = False) -> str:
    """The worker-card questions as a two-column sheet (worker's language, Serbian) with boxes for
    the answer, for an interview through an interpreter."""
    if lang not in kit.languages:
        raise KeyError(lang)
    script = _script(kit, lang)
    language = kit.languages[lang]
    head = [f"<h1>{escape(kit.text(lang, 'ui.questions_title'))} / {escape(kit.text('sr', 'ui.questions_title'))}</h1>"]
    head.append(_p(f"{_T['worker_lang'].sr}: {language.name} ({language.name_en})"))
    if _is_draft(kit, lang):
        head.append(
            f'<p class="draft"><span lang="{lang}" style="font-family: {font_stack(script)};">'
            f"{escape(kit.text(lang, 'ui.draft_notice'))}</span> / {escape(kit.text('sr', 'ui.draft_notice'))}</p>"
        )
    head.append(_p(_T["asked_by"].sr, "small"))
    font = f'style="font-family: {font_stack(script)};"'
    answers = "".join(
        f'<th width="{8 if a == "decline" else 6}%">'
        f'<span lang="{lang}" {font}>{escape(kit.text(lang, f"ui.{a}"))}</span><br/>'
        f"{escape(kit.text('sr', f'ui.{a}'))}</th>"
        for a in ("yes", "no", "decline")
    )
    header = (
        f'<tr><th width="4%">{_T["no"].sr}</th>'
        f'<th width="38%" lang="{lang}" style="font-family: {font_stack(script)};">{escape(language.name)}</th>'
        f'<th width="38%">Srpski</th>{answers}</tr>'
    )
    rows = []
    for number, question in enumerate(kit.questions, start=1):
        rows.append(
            f"<tr><td>{number}</td>"
            + _cell(escape(kit.text(lang, question.string_id)), lang, script)
            + _cell(escape(kit.text("sr", question.string_id)), "sr", SERBIAN_SCRIPT)
            + "<td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>"
        )
    blanks = "".join(
        f"<p>{escape(kit.text('sr', f'ui.{key}'))}: ______________________________</p>"
        for key in ("inspector_name", "office", "case_reference")
    )
    body = (
        "".join(head)
        + '<table width="100%" border="1" cellspacing="0" cellpadding="3">'
        + header
        + "".join(rows)
        + "</table>"
        + blanks
    )
    title = f"{kit.text('sr', 'ui.questions_title')} — {language.name_en}"
    return _finish(_document(title, body), cyrillic)


# --- the sector checklists ----------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[a-z\)”\"'])[.!?](?=\s+[A-ZČĆŠŽĐ„“\"])")
_MARKDOWN = re.compile(r"\*\*|__|`|\[([^\]]*)\]\([^)]*\)")


def _plain(markdown: str) -> str:
    return _MARKDOWN.sub(lambda m: m.group(1) or "", markdown).strip()


def _first_sentence(paragraph: str) -> str:
    text = " ".join(paragraph.split())
    match = _SENTENCE_END.search(text)
    return text[: match.end()] if match else text


def _look_and_ask(how_to_check: str) -> tuple[str, str]:
    """From a how_to_check text: the first sentence of its first paragraph (what to look at) and
    its first listed question (what to ask)."""
    paragraphs = [p for p in how_to_check.split("\n\n") if p.strip()]
    look = _first_sentence(_plain(paragraphs[0])) if paragraphs else ""
    question = ""
    for line in how_to_check.splitlines():
        stripped = line.strip()
        if stripped.startswith("- "):
            question = _plain(stripped[2:])
            break
    return look, question


def checklist_items(kb: KnowledgeBase, sector: str) -> tuple[list[str], list[str]]:
    """(indicator ids, check ids) tagged with the sector, in catalogue order."""
    if sector not in CHECKLIST_SECTORS:
        raise KeyError(sector)
    indicators = [i.id for i in kb.indicators.values() if sector in i.sectors]
    checks = [c.id for c in kb.checks.values() if sector in c.sectors]
    return indicators, checks


def checklist_html(kb: KnowledgeBase, sector: str, lang: str = "sr", cyrillic: bool = False) -> str:
    """One page for one sector: what to look at, what to ask, what to photograph or copy."""
    if lang not in ("sr", "en"):
        raise KeyError(lang)
    indicator_ids, check_ids = checklist_items(kb, sector)
    sector_label = SECTOR_LABELS[sector].get(lang)
    title = f"{_T['checklist'].get(lang)}: {sector_label}"

    def rows(ids: list[str], group: str) -> str:
        out = [f'<tr><th colspan="3" align="left">{escape(_T[group].get(lang))}</th></tr>']
        for item_id in ids:
            item = kb.indicators.get(item_id) or kb.checks[item_id]
            look, ask = _look_and_ask(item.how_to_check.get(lang))
            out.append(
                f"<tr><td><b>{escape(item.label.get(lang))}</b><br/>{escape(look)}</td>"
                f"<td>{escape(ask)}</td><td>{escape(item.evidence.get(lang))}</td></tr>"
            )
        return "".join(out)

    header = (
        f'<tr><th width="50%">{escape(_T["look"].get(lang))}</th><th width="24%">{escape(_T["ask"].get(lang))}</th>'
        f'<th width="26%">{escape(_T["copy"].get(lang))}</th></tr>'
    )
    body = (
        f"<h1>{escape(title)}</h1>"
        + _p(_T["checklist_note"].get(lang), "small")
        + '<table width="100%" border="1" cellspacing="0" cellpadding="1">'
        + header
        + rows(indicator_ids, "indicators")
        + rows(check_ids, "checks")
        + "</table>"
    )
    return _finish(_document(title, body, lang), cyrillic and lang == "sr")
