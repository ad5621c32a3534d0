"""Printable field-kit HTML (leaflet, question sheet, sector checklists), sector tags, and the
worker's card answers turned into records with their provenance. Qt-free."""

from __future__ import annotations

import shutil
from html import unescape
from pathlib import Path

import pytest

from content.fieldkit_answers import confirmed_ids, worker_answers_to_records
from content.fieldkit_model import FieldKit, load_fieldkit
from content.fieldkit_print import checklist_html, checklist_items, leaflet_html, question_sheet_html
from content.loader import LoadResult, load_knowledge_base
from content.model import CHECKLIST_SECTORS
from content.paths import CONTENT_DIR


@pytest.fixture(scope="module")
def kit() -> FieldKit:
    result = load_fieldkit(CONTENT_DIR)
    assert result.kit is not None
    return result.kit


# --- leaflet ------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["a4", "a5-folded"])
def test_leaflet_has_both_columns_draft_notice_phones_and_blanks(
    kit: FieldKit, real_load: LoadResult, layout: str
) -> None:
    html = unescape(leaflet_html(real_load.kb, kit, "ne", layout))
    for string_id in ("ui.leaflet_title", "ui.draft_notice", "leaflet.documents.title", "leaflet.victims.title"):
        assert kit.text("ne", string_id) in html
        assert kit.text("sr", string_id) in html
    assert "{phone:" not in html
    for number in ("192", "0800 100 388", "+381 11 785 0000"):
        assert number in html
    assert "Zakon o strancima, član 62 stav 3" in html
    if layout == "a4":  # the folded half-sheet has room for the law only
        assert "Zakon o zapošljavanju stranaca, član 15 (Prepoznaj: kb:employment-of-foreigners#art-15)" in html
    for label in ("Ime i prezime inspektora rada", "Broj predmeta"):
        assert label in html
    assert html.count("______") >= 3
    assert 'lang="ne"' in html and "Noto Sans Devanagari" in html


def test_leaflet_in_english_has_no_draft_notice(kit: FieldKit, real_load: LoadResult) -> None:
    html = leaflet_html(real_load.kb, kit, "en")
    assert kit.text("en", "ui.draft_notice") not in html
    assert kit.text("sr", "ui.draft_notice") not in html


def test_leaflet_serbian_column_in_cyrillic_leaves_the_workers_language(kit: FieldKit, real_load: LoadResult) -> None:
    html = unescape(leaflet_html(real_load.kb, kit, "vi", cyrillic=True))
    assert "Ваша права на раду у Србији" in html
    assert kit.text("vi", "leaflet.documents.text") in html  # Vietnamese untouched


def test_leaflet_rejects_unknown_language_and_layout(kit: FieldKit, real_load: LoadResult) -> None:
    with pytest.raises(KeyError):
        leaflet_html(real_load.kb, kit, "xx")
    with pytest.raises(ValueError):
        leaflet_html(real_load.kb, kit, "ne", "a3")


def test_leaflet_question_sheet_lists_every_question_in_both_languages(kit: FieldKit, real_load: LoadResult) -> None:
    html = unescape(question_sheet_html(real_load.kb, kit, "ta"))
    for question in kit.questions:
        assert kit.text("ta", question.string_id) in html
        assert question.text_sr in html
    assert kit.text("ta", "ui.draft_notice") in html and kit.text("sr", "ui.draft_notice") in html


# --- sector checklists --------------------------------------------------------------------------


def test_checklist_every_sector_has_items_from_both_catalogues(real_load: LoadResult) -> None:
    kb = real_load.kb
    for sector in CHECKLIST_SECTORS:
        indicators, checks = checklist_items(kb, sector)
        assert len(indicators) >= 5 and len(checks) >= 5, sector
        for item_id in indicators + checks:
            item = kb.indicators.get(item_id) or kb.checks[item_id]
            assert item.evidence.en and item.evidence.sr, item_id


@pytest.mark.parametrize("lang", ["sr", "en"])
def test_checklist_says_what_to_look_at_ask_and_copy(real_load: LoadResult, lang: str) -> None:
    kb = real_load.kb
    html = unescape(checklist_html(kb, "agriculture", lang))
    seasonal = kb.checks["llv_seasonal_work_not_registered"]
    assert seasonal.label.get(lang) in html
    assert seasonal.evidence.get(lang) in html
    assert ("Šta fotografisati ili kopirati" if lang == "sr" else "What to photograph or copy") in html
    # the first question of how_to_check, the first sentence of what to look at
    documents = kb.indicators["cd_confiscation_of_documents"]
    first_question = next(
        line.strip()[2:] for line in documents.how_to_check.get(lang).splitlines() if line.strip().startswith("- ")
    )
    assert first_question in html
    # a construction-only item is not on the agriculture page
    assert kb.indicators["dr_deceived_travel_and_recruitment_conditions"].label.get(lang) not in html


def test_checklist_unknown_sector_in_yaml_is_an_error_with_line(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    path = root / "labour_law_checks.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    sectors: [agriculture]\n"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, "    sectors: [agriculture, fishing]\n"), encoding="utf-8")
    result = load_knowledge_base(root)
    messages = [p.format(root) for p in result.problems]
    expected = f"labour_law_checks.yaml:{line}: 'llv_seasonal_work_not_registered': unknown sector 'fishing'"
    assert any(m.startswith(expected) for m in messages), messages
    assert result.kb.checks["llv_seasonal_work_not_registered"].sectors == ("agriculture",)


# --- the worker's answers → records --------------------------------------------------------------


def test_worker_card_answers_become_records_with_provenance(kit: FieldKit) -> None:
    answers = {"documents_kept": "yes", "day_off": "no", "under_18": "declined", "written_contract": "yes"}
    records = worker_answers_to_records(kit, answers, "ne")
    assert [r.question_id for r in records] == ["under_18", "documents_kept", "day_off", "written_contract"]
    by_id = {r.question_id: r for r in records}
    assert by_id["documents_kept"].recorded == ("cd_confiscation_of_documents",)
    assert by_id["day_off"].recorded == ("llv_no_rest_periods", "ex_excessive_working_days_or_hours")
    assert by_id["under_18"].recorded == ()  # declined records nothing
    assert by_id["written_contract"].recorded == ()  # "yes" to a contract is no breach
    record = by_id["documents_kept"]
    assert record.provenance.en == "the worker's own answer, in Nepali, via the card"
    assert record.provenance.sr == "sopstveni odgovor radnika, dat na kartici (jezik: nepalski)"
    assert record.shown == kit.text("ne", "q.documents_kept")
    assert record.back_translation == kit.back_translation("ne", "q.documents_kept")
    assert record.question.sr == "Da li vaš pasoš drži poslodavac ili neko drugi?"


def test_worker_card_answers_count_only_when_the_inspector_confirms(kit: FieldKit) -> None:
    records = worker_answers_to_records(kit, {"documents_kept": "yes", "day_off": "no", "urgent_danger": "yes"}, "zh")
    assert confirmed_ids(records, []) == ()
    assert confirmed_ids(records, ["day_off", "documents_kept"]) == (
        "cd_confiscation_of_documents",
        "llv_no_rest_periods",
        "ex_excessive_working_days_or_hours",
    )
    assert "urgent_danger" in confirmed_ids(records, ["urgent_danger"])


def test_worker_card_answers_reject_unknown_question_answer_and_language(kit: FieldKit) -> None:
    with pytest.raises(ValueError, match="unknown worker-card question"):
        worker_answers_to_records(kit, {"no_such": "yes"}, "ne")
    with pytest.raises(ValueError, match="must be one of"):
        worker_answers_to_records(kit, {"day_off": "maybe"}, "ne")
    with pytest.raises(KeyError):
        worker_answers_to_records(kit, {"day_off": "no"}, "xx")
