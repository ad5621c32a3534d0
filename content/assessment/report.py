"""HTML for the outcome page and for the printed assessment record (Qt rich-text subset: tables,
headings, lists; `kb:` links). Qt-free, in English or Serbian like every page of the knowledge base.

The outcome page and the record say the same things in the same words; the record adds the date,
the case reference, the versions, every answer and the disclaimer."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from content.assessment.advice import Advice, advice_for
from content.assessment.engine import AssessmentResult
from content.assessment.session import Session
from content.assessment.trace import trace_entries
from content.assessment.wording import STRENGTH
from content.fieldkit_answers import card_parts
from content.model import KnowledgeBase, LocalText
from content.render import KbLink

_L = {
    "outcome": LocalText("Outcome", "Ishod"),
    "identification": LocalText(
        "Formal identification is not your decision", "Formalna identifikacija nije vaša odluka"
    ),
    "pending": LocalText(
        "Questions on this path not answered yet: %1. The outcome may still change.",
        "Broj pitanja na ovom putu na koja još nije odgovoreno: %1. Ishod se još može promeniti.",
    ),
    "why": LocalText("Why: the trace", "Zašto: obrazloženje"),
    "dimension": LocalText("Dimension", "Dimenzija"),
    "result": LocalText("Result", "Rezultat"),
    "positive": LocalText("positive", "pozitivna"),
    "not_positive": LocalText("not positive", "nije pozitivna"),
    "explanation": LocalText("What was recorded, and what is missing", "Šta je zabeleženo i šta nedostaje"),
    "other_recorded": LocalText("Also recorded", "Takođe zabeleženo"),
    "outcome_rules": LocalText("Outcome rules, most serious first", "Pravila za ishod, od najozbiljnijeg"),
    "next_steps": LocalText("Next steps", "Sledeći koraci"),
    "first-contact": LocalText("Victim-centred first contact", "Prvi kontakt usmeren na žrtvu"),
    "referral": LocalText("Referral", "Upućivanje"),
    "labour-law": LocalText("Labour-law measures", "Mere radnog prava"),
    "follow-up": LocalText("Follow-up", "Dalje postupanje"),
    "contacts": LocalText("Whom to call", "Koga pozvati"),
    "institution": LocalText("Institution", "Institucija"),
    "phone": LocalText("Phone", "Telefon"),
    "when": LocalText("When", "Kada"),
    "no_number": LocalText(
        "No confirmed number: check the official website before calling.",
        "Broj nije potvrđen: pre poziva proverite zvanični sajt.",
    ),
    "verified": LocalText("verified", "provereno"),
    "legal_basis": LocalText("Legal basis", "Pravni osnov"),
    "remains": LocalText("What remains to check", "Šta još treba proveriti"),
    "remains_unknown": LocalText("Answered “not known”:", "Odgovoreno „nije poznato“:"),
    "remains_pending": LocalText("Not answered yet:", "Još bez odgovora:"),
    "remains_none": LocalText(
        "Nothing: every question on this path has a yes or no answer.",
        "Ništa: svako pitanje na ovom putu ima odgovor da ili ne.",
    ),
    "guidance": LocalText("Guidance", "Smernice"),
    "versions": LocalText(
        "Rule set %1 · decision tree %2 · content %3", "Skup pravila %1 · stablo odlučivanja %2 · sadržaj %3"
    ),
    "given_by": LocalText(
        "Outcome given by the rule set “%1” (version %2).", "Ishod je dao skup pravila „%1“ (verzija %2)."
    ),
    "rule_set": LocalText("Rule set", "Skup pravila"),
    "record_title": LocalText("Assessment record", "Zapis o proceni"),
    "case_reference": LocalText("Case reference", "Oznaka predmeta"),
    "none_given": LocalText("(none given)", "(nije uneta)"),
    "started": LocalText("Started", "Započeto"),
    "last_answer": LocalText("Last changed", "Poslednja izmena"),
    "printed": LocalText("Printed", "Odštampano"),
    "content_version": LocalText("Content version", "Verzija sadržaja"),
    "rules_version": LocalText("Rules version", "Verzija pravila"),
    "tree": LocalText("Decision tree", "Stablo odlučivanja"),
    "answers": LocalText("Answers", "Odgovori"),
    "question": LocalText("Question", "Pitanje"),
    "answer": LocalText("Answer", "Odgovor"),
    "records": LocalText("Records", "Beleži"),
    "yes": LocalText("Yes", "Da"),
    "no": LocalText("No", "Ne"),
    "unknown": LocalText("Not known", "Nije poznato"),
    "not_answered": LocalText("not answered", "bez odgovora"),
    "skipped": LocalText(
        "Skipped: an earlier answer makes this section not apply.",
        "Preskočeno: zbog ranijeg odgovora ovaj deo se ne primenjuje.",
    ),
    "not_counted": LocalText(
        "Answers kept but not counted (an earlier answer now skips these questions)",
        "Sačuvani odgovori koji se ne računaju (zbog ranijeg odgovora ova pitanja se preskaču)",
    ),
    "disclaimer": LocalText("Disclaimer", "Napomena"),
    "caveat": LocalText("Unconfirmed", "Nepotvrđeno"),
    "caution": LocalText("Look again", "Proverite ponovo"),
}

ANSWER_LABELS = {"yes": _L["yes"], "no": _L["no"], "unknown": _L["unknown"]}


def label(key: str, lang: str) -> str:
    return _L[key].get(lang)


@dataclass(frozen=True)
class RecordInfo:
    """What the record says about the assessment itself (from the user database)."""

    case_reference: str
    created_at: str
    updated_at: str
    printed_at: str
    content_version: str


def link_title(kb: KnowledgeBase, href: str, lang: str) -> str:
    """A readable name for a kb: address: the article or case title, the indicator's label."""
    link = KbLink.parse(href)
    doc = kb.document(link.target, lang)
    if doc is not None:
        return doc.title
    if link.target in kb.recordable_ids():
        return kb.label_of(link.target, lang)
    page = _PAGE_NAMES.get(link.target)
    return page.get(lang) if page is not None else href


_PAGE_NAMES = {
    "indicators": LocalText("Indicator catalogue", "Katalog indikatora"),
    "glossary": LocalText("Glossary", "Rečnik pojmova"),
    "contacts": LocalText("Referral contacts", "Kontakti za upućivanje"),
}


def _a(kb: KnowledgeBase, href: str, lang: str, text: str = "") -> str:
    doc = None if text else kb.document(KbLink.parse(href).target, lang)
    # An English original named in a Serbian page is marked, so a Cyrillic display leaves it as written.
    other = f' lang="{escape(doc.lang)}"' if doc is not None and doc.lang != lang else ""
    return f'<a href="{escape(href)}"{other}>{escape(text or link_title(kb, href, lang))}</a>'


def _verbatim(text: str) -> str:
    """Ids, versions and what the user typed: shown as written in either script."""
    return f'<span translate="no">{escape(text)}</span>'


def _versions(session: Session, result: AssessmentResult, lang: str) -> str:
    return (
        escape(label("versions", lang))
        .replace("%1", _verbatim(f"{result.rule_set} {result.rules_version}"))
        .replace("%2", _verbatim(f"{session.tree.id} {session.tree.version}"))
        .replace("%3", _verbatim(session.kb.version))
    )


def outcome_html(session: Session, lang: str) -> str:
    """The outcome page: outcome in plain words, the identification statement, the trace, next
    steps, whom to call, legal basis, what remains to check, guidance."""
    result = session.result()
    advice = advice_for(session.kb, result)
    return "\n".join(_outcome_parts(session, result, advice, lang, heading="h1"))


def _outcome_parts(session: Session, result: AssessmentResult, advice: Advice, lang: str, heading: str) -> list[str]:
    kb = session.kb
    rule = advice.rule
    parts = [f"<{heading}>{escape(rule.label.get(lang))}</{heading}>"]
    parts.append(f'<p class="outcome">{escape(rule.summary.get(lang))}</p>')
    parts.append(f'<p class="meta">{_rule_set_sentence(advice, result, lang)}</p>')
    for caution in advice.cautions:
        more = f" {_a(kb, caution.link, lang)}" if caution.link else ""
        parts.append(
            '<div class="admonition important">'
            f'<p class="admonition-title">{escape(label("caution", lang))}</p>'
            f"<p>{escape(caution.text.get(lang))}{more}</p></div>"
        )
    pending = len(session.pending())
    if pending:
        parts.append(f'<p class="fallback">{escape(label("pending", lang).replace("%1", str(pending)))}</p>')
    parts.append(
        '<div class="admonition important">'
        f'<p class="admonition-title">{escape(label("identification", lang))}</p>'
        f"<p>{escape(advice.identification.get(lang))}</p></div>"
    )
    parts += _trace_parts(kb, result, lang)
    if session.card is not None:  # the worker's own answers, via the card, and what the inspector decided
        parts += card_parts(session.card, kb.label_of, lang)
    parts += _next_step_parts(kb, advice, lang)
    parts += _contact_parts(advice, lang)
    parts.append(f"<h2>{escape(label('legal_basis', lang))}</h2><ul>")
    for basis in advice.legal_basis:
        text = escape(basis.text.get(lang))
        parts.append(f"<li>{_a(kb, basis.link, lang, basis.text.get(lang)) if basis.link else text}</li>")
    parts.append("</ul>")
    parts += _remains_parts(session, lang)
    parts.append(f"<h2>{escape(label('guidance', lang))}</h2><ul>")
    parts += [f"<li>{_a(kb, href, lang)}</li>" for href in advice.guidance]
    parts.append("</ul>")
    if advice.caveat:
        parts.append(
            f'<div class="admonition unconfirmed"><p class="admonition-title">{escape(label("caveat", lang))}</p>'
            f"<p>{escape(advice.caveat.get(lang))}</p></div>"
        )
    parts.append(f'<p class="meta">{_versions(session, result, lang)}</p>')
    return parts


def _rule_set_sentence(advice: Advice, result: AssessmentResult, lang: str) -> str:
    """Which rule set gave the outcome, its version, and how it did on the decided cases."""
    rules = advice.rules
    name = rules.label.get(lang) or rules.id
    sentence = (
        escape(label("given_by", lang)).replace("%1", escape(name)).replace("%2", _verbatim(result.rules_version))
    )
    if rules.validation is not None:
        sentence += " " + escape(rules.validation.summary.get(lang))
    return sentence


def _trace_parts(kb: KnowledgeBase, result: AssessmentResult, lang: str) -> list[str]:
    parts = [f"<h2>{escape(label('why', lang))}</h2>"]
    parts.append(
        f'<table width="100%"><tr><th width="26%">{escape(label("dimension", lang))}</th>'
        f'<th width="12%">{escape(label("result", lang))}</th>'
        f'<th width="62%">{escape(label("explanation", lang))}</th></tr>'
    )
    for dim in result.dimensions:
        verdict = f"<b>{escape(label('positive', lang))}</b>" if dim.positive else escape(label("not_positive", lang))
        # The line without its "Label: positive —" head, which the first two columns already say.
        text = dim.text.get(lang)
        explanation = text.split(" — ", 1)[1] if " — " in text else text
        parts.append(f"<tr><td>{escape(dim.label.get(lang))}</td><td>{verdict}</td><td>{escape(explanation)}</td></tr>")
    parts.append("</table>")
    extra = [e for e in trace_entries(kb, result) if e.step in ("unweighted", "labour-law-checks", "facts")]
    if extra:
        parts.append(f"<p><b>{escape(label('other_recorded', lang))}:</b></p><ul>")
        parts += [f"<li>{escape(e.text.get(lang))}</li>" for e in extra]
        parts.append("</ul>")
    parts.append(f"<h3>{escape(label('outcome_rules', lang))}</h3><ol>")
    for entry in trace_entries(kb, result):
        if entry.step == "outcome":
            text = escape(entry.text.get(lang))
            parts.append(f"<li><b>{text}</b></li>" if entry.positive else f"<li>{text}</li>")
    parts.append("</ol>")
    return parts


def _next_step_parts(kb: KnowledgeBase, advice: Advice, lang: str) -> list[str]:
    parts = [f"<h2>{escape(label('next_steps', lang))}</h2>"]
    for kind in ("first-contact", "referral", "labour-law", "follow-up"):
        steps = advice.steps_of(kind)
        if not steps:
            continue
        parts.append(f"<h3>{escape(label(kind, lang))}</h3><ul>")
        for step in steps:
            more = f" ({_a(kb, step.link, lang)})" if step.link else ""
            parts.append(f"<li>{escape(step.text.get(lang))}{more}</li>")
        parts.append("</ul>")
    return parts


def _contact_parts(advice: Advice, lang: str) -> list[str]:
    if not advice.contacts:
        return []
    parts = [
        f"<h2>{escape(label('contacts', lang))}</h2>",
        f'<table width="100%"><tr><th width="30%">{escape(label("institution", lang))}</th>'
        f'<th width="20%">{escape(label("phone", lang))}</th><th width="50%">{escape(label("when", lang))}</th></tr>',
    ]
    for contact in advice.contacts:
        if contact.phone:
            phone = f"<b>{escape(contact.phone)}</b>"
        else:
            phone = f'<span class="unconfirmed">{escape(label("no_number", lang))}</span>'
        if contact.email:
            phone += f"<br/>{escape(contact.email)}"
        verified = f" ({escape(label('verified', lang))} {contact.verified.isoformat()})" if contact.verified else ""
        parts.append(
            f'<tr><td><a href="kb:contacts#{escape(contact.id)}">{escape(contact.institution.get(lang))}</a>'
            f"{verified}</td><td>{phone}</td><td>{escape(contact.when.get(lang))}</td></tr>"
        )
    parts.append("</table>")
    return parts


def _remains_parts(session: Session, lang: str) -> list[str]:
    parts = [f"<h2>{escape(label('remains', lang))}</h2>"]
    unknown, pending = session.unknowns(), session.pending()
    if not unknown and not pending:
        parts.append(f"<p>{escape(label('remains_none', lang))}</p>")
        return parts
    for key, nodes in (("remains_unknown", unknown), ("remains_pending", pending)):
        if not nodes:
            continue
        parts.append(f"<p><b>{escape(label(key, lang))}</b></p><ul>")
        for node_id in nodes:
            node = session.node(node_id)
            parts.append(f"<li>{escape(node.text.get(lang))} ({_a(session.kb, node.link, lang)})</li>")
        parts.append("</ul>")
    return parts


def record_html(session: Session, info: RecordInfo, lang: str) -> str:
    """The printable record: who and when (a case reference, never a name), versions, every answer,
    then the outcome exactly as the outcome page shows it, and the disclaimer."""
    result = session.result()
    advice = advice_for(session.kb, result)
    typed = info.case_reference.strip()
    reference = _verbatim(typed) if typed else escape(label("none_given", lang))
    parts = [f"<h1>{escape(label('record_title', lang))}: {escape(advice.rule.label.get(lang))}</h1>"]
    tree = f"{escape(session.tree.title.get(lang))} ({_verbatim(f'{session.tree.id} {session.tree.version}')})"
    rows = [
        (label("case_reference", lang), reference),
        (label("started", lang), escape(info.created_at)),
        (label("last_answer", lang), escape(info.updated_at)),
        (label("printed", lang), escape(info.printed_at)),
        (label("tree", lang), tree),
        (label("rule_set", lang), f"{escape(advice.rules.label.get(lang))} ({_verbatim(result.rule_set)})"),
        (label("rules_version", lang), _verbatim(result.rules_version)),
        (label("content_version", lang), _verbatim(info.content_version)),
    ]
    parts.append("<table>" + "".join(f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in rows) + "</table>")
    parts.append(f"<h2>{escape(label('outcome', lang))}</h2>")
    parts += _outcome_parts(session, result, advice, lang, heading="h3")[1:]  # the title says the outcome
    parts += _answer_parts(session, lang)
    parts.append(f"<h2>{escape(label('disclaimer', lang))}</h2><p>{escape(advice.disclaimer.get(lang))}</p>")
    parts.append(f"<p>{escape(advice.identification.get(lang))}</p>")
    return "\n".join(parts)


def _answer_parts(session: Session, lang: str) -> list[str]:
    kb = session.kb
    on_path = set(session.path())
    parts = [f"<h2>{escape(label('answers', lang))}</h2>"]
    for progress in session.progress():
        section = progress.section
        parts.append(f"<h3>{escape(section.title.get(lang))}</h3>")
        if progress.skipped:
            parts.append(f'<p class="meta">{escape(label("skipped", lang))}</p>')
            continue
        parts.append(
            f'<table width="100%"><tr><th width="60%">{escape(label("question", lang))}</th>'
            f'<th width="12%">{escape(label("answer", lang))}</th>'
            f'<th width="28%">{escape(label("records", lang))}</th></tr>'
        )
        for node_id in section.node_ids:
            node = session.node(node_id)
            if node_id not in on_path or not node.is_question:
                continue
            answer = session.answers.get(node_id)
            shown = ANSWER_LABELS[answer].get(lang) if answer else label("not_answered", lang)
            records = "; ".join(_recorded_label(kb, i, lang) for i in session.recorded_by(node_id))
            parts.append(
                f"<tr><td>{escape(node.text.get(lang))}</td><td>{escape(shown)}</td><td>{escape(records)}</td></tr>"
            )
        parts.append("</table>")
    kept = session.not_counted()
    if kept:
        parts.append(f"<h3>{escape(label('not_counted', lang))}</h3><ul>")
        for node_id in kept:
            answer = ANSWER_LABELS[session.answers[node_id]].get(lang)
            parts.append(f"<li>{escape(session.node(node_id).text.get(lang))} — {escape(answer)}</li>")
        parts.append("</ul>")
    return parts


def _recorded_label(kb: KnowledgeBase, item: str, lang: str) -> str:
    indicator = kb.indicators.get(item)
    strength = f" ({STRENGTH[indicator.strength].get(lang)})" if indicator else ""
    return f"{kb.label_of(item, lang)}{strength}"
