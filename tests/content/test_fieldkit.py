"""The field kit as content: complete in every language, honest about its status, and every kind of
broken file named by `content check` with file and line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.fieldkit_model import FieldKit, check_fieldkit, load_fieldkit, placeholder_problems, script_problems
from content.loader import LoadResult
from content.paths import CONTENT_DIR

LANGUAGES = ("en", "ru", "uk", "zh", "tr", "hi", "ta", "ne", "bn", "vi", "es", "tl")
SCRIPTS = {
    "en": "latin", "ru": "cyrillic", "uk": "cyrillic", "zh": "han", "tr": "latin", "hi": "devanagari",
    "ta": "tamil", "ne": "devanagari", "bn": "bengali", "vi": "vietnamese", "es": "latin", "tl": "latin",
}  # fmt: skip
SIX_DIMENSIONS = (
    "deceptive_recruitment",
    "coercive_recruitment",
    "recruitment_abuse_of_vulnerability",
    "exploitative_conditions_of_work",
    "coercion_at_destination",
    "abuse_of_vulnerability_at_destination",
)
KEY_CHECKS = (
    "llv_no_written_contract",
    "llv_late_or_unpaid_wages",
    "llv_overtime_beyond_limit",
    "llv_no_rest_periods",
    "llv_foreign_worker_without_permit",
    "llv_osh_breach",
    "llv_unlawful_deductions",
)


@pytest.fixture(scope="module")
def kit(real_load: LoadResult) -> FieldKit:
    result = load_fieldkit(
        CONTENT_DIR, set(real_load.kb.indicators) | set(real_load.kb.checks) | set(real_load.kb.facts)
    )
    assert result.problems == []
    assert result.kit is not None
    return result.kit


@pytest.fixture
def kit_copy(tmp_path: Path) -> Path:
    """A content folder holding only a copy of the field kit, for a test to break."""
    shutil.copytree(CONTENT_DIR / "fieldkit", tmp_path / "fieldkit")
    return tmp_path


def problems(real_load: LoadResult, root: Path) -> list[str]:
    return [p.format(root) for p in check_fieldkit(real_load.kb, root) if p.severity == "error"]


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first `old` and return its line number."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


# --- data completeness ----------------------------------------------------------------------------


def test_fieldkit_real_content_is_clean(real_load: LoadResult) -> None:
    assert [p.format(CONTENT_DIR) for p in check_fieldkit(real_load.kb)] == []


def test_fieldkit_has_every_language_with_every_string(kit: FieldKit) -> None:
    assert set(LANGUAGES) <= set(kit.languages)
    assert [code for code, _ in kit.chooser()][: len(LANGUAGES)] == list(LANGUAGES)
    for code in LANGUAGES:
        language = kit.languages[code]
        assert language.script == SCRIPTS[code], code
        assert language.name and language.name_en and language.name_sr
        for string_id in kit.source_en:
            assert kit.text(code, string_id), (code, string_id)
            assert kit.back_translation(code, string_id), (code, string_id)
            assert kit.text("sr", string_id), string_id


def test_fieldkit_statuses_are_honest(kit: FieldKit) -> None:
    """Nobody has checked a translation yet: every language but the English source is a draft
    without a reviewer, so the card and the paper show the draft notice."""
    for code in LANGUAGES[1:]:
        language = kit.languages[code]
        assert (language.status, language.reviewer_role, language.checked_on) == ("draft", "", None), code
        assert language.is_draft
    assert kit.languages["en"].status == "source"


def test_fieldkit_questions_cover_dimensions_facts_and_key_checks(kit: FieldKit, real_load: LoadResult) -> None:
    kb = real_load.kb
    assert len(kit.questions) >= 20
    recorded = {item for q in kit.questions for ids in q.records.values() for item in ids}
    dimensions = {kb.indicators[i].dimension for i in recorded if i in kb.indicators}
    assert set(SIX_DIMENSIONS) <= dimensions
    assert {"minor", "urgent_danger"} <= recorded
    assert set(KEY_CHECKS) <= recorded


def test_fieldkit_back_translations_are_not_copies_of_the_source(kit: FieldKit) -> None:
    for code in LANGUAGES[1:]:
        copies = [
            s
            for s in kit.source_en
            if len(kit.source_en[s].split()) >= 12 and kit.back_translation(code, s) == kit.source_en[s]
        ]
        assert copies == [], code


def test_fieldkit_leaflet_cites_and_uses_confirmed_phones(kit: FieldKit, real_load: LoadResult) -> None:
    ids = [s.id for s in kit.sections]
    assert ids == ["documents", "contract", "no_permit", "confidential", "victims", "phones"]
    assert all(s.cites for s in kit.sections)
    victims = next(s for s in kit.sections if s.id == "victims")
    assert any("62 stav 3" in c.sr for c in victims.cites)
    assert "može se odobriti" in kit.text("sr", "leaflet.victims.text")
    phones = kit.text("en", "leaflet.phones.text")
    for contact in ("police-emergency", "office-for-coordination", "astra-sos-hotline"):
        assert "{phone:" + contact + "}" in phones
        assert real_load.kb.contacts[contact].phone


# --- each check error ---------------------------------------------------------------------------


def test_fieldkit_missing_question_in_a_language_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    path = kit_copy / "fieldkit" / "ne.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  q.hurt:\n")
    end = text.index("  q.threat_to_report:\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    line = text[: text.index("strings:")].count("\n") + 1
    assert f"fieldkit/ne.yaml:{line}: missing translation of 'q.hurt'" in problems(real_load, kit_copy)


def test_fieldkit_missing_leaflet_section_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    path = kit_copy / "fieldkit" / "bn.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  leaflet.victims.text:\n")
    end = text.index("  leaflet.phones.title:\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert any(
        p.endswith("missing translation of 'leaflet.victims.text'") and "bn.yaml" in p
        for p in problems(real_load, kit_copy)
    )


def test_fieldkit_missing_language_file_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    (kit_copy / "fieldkit" / "ta.yaml").unlink()
    assert any("language 'ta' has no file ta.yaml" in p for p in problems(real_load, kit_copy))


def test_fieldkit_changed_phone_placeholder_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    path = kit_copy / "fieldkit" / "zh.yaml"
    line = edit(path, "{phone:astra-sos-hotline}。", "{phone:atina}。")
    found = problems(real_load, kit_copy)
    assert any(
        p.startswith(f"fieldkit/zh.yaml:{line - 1}:")
        and "'leaflet.phones.text'" in p
        and "{phone:astra-sos-hotline}" in p
        for p in found
    ), found


def test_fieldkit_phone_number_written_out_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    path = kit_copy / "fieldkit" / "es.yaml"
    edit(path, "emergencia: {phone:police-emergency}", "emergencia: 011 123 4567")
    found = problems(real_load, kit_copy)
    assert any("es.yaml" in p and "phone 0111234567" in p for p in found), found


def test_fieldkit_percent_placeholder_and_numbers_are_checked(real_load: LoadResult, kit_copy: Path) -> None:
    edit(kit_copy / "fieldkit" / "tr.yaml", 'text: "Soru %1 / %2"', 'text: "Soru %1"')
    edit(kit_copy / "fieldkit" / "hi.yaml", "18 साल", "16 साल")
    found = problems(real_load, kit_copy)
    assert any("tr.yaml" in p and "'ui.question_counter'" in p and "'%2'" in p for p in found), found
    assert any("hi.yaml" in p and "'q.under_18'" in p and "'18'" in p and "'16'" in p for p in found), found


def test_fieldkit_numbers_in_another_scripts_digits_count_as_the_same(real_load: LoadResult) -> None:
    assert placeholder_problems("उमेर १८ वर्ष", "under 18") == []
    assert placeholder_problems("उमेर १६ वर्ष", "under 18") != []


@pytest.mark.parametrize(
    ("code", "old", "new", "bad"),
    [
        ("ne", "के अहिले यहाँ कोही खतरामा छ?", "Is someone here in danger?", "'I'"),
        ("ru", "Кто-то здесь сейчас в опасности?", "Кто-то здесь сейчас в oпасности?", "'o' (U+006F)"),
        ("zh", "现在这里有人处于危险之中吗？", "现在这里有人处于危险之中吗？ danger", "'d'"),
        ("ta", "இப்போது இங்கே யாராவது ஆபத்தில் இருக்கிறார்களா?", "इप्पोது இங்கே யாராவது ஆபத்தில் இருக்கிறார்களா?", "U+0907"),
        ("bn", "এখন এখানে কেউ কি বিপদে আছে?", "এখন এখানে কেউ কি বিপদে আছে? अब", "U+0905"),
        ("tr", "Şu anda burada tehlikede olan biri var mı?", "Şu anda burada tehlikede olan biri var mı? Да", "U+0414"),
    ],
)
def test_fieldkit_text_outside_the_script_is_reported(
    real_load: LoadResult, kit_copy: Path, code: str, old: str, new: str, bad: str
) -> None:
    line = edit(kit_copy / "fieldkit" / f"{code}.yaml", old, new)
    found = problems(real_load, kit_copy)
    assert any(p.startswith(f"fieldkit/{code}.yaml:{line - 1}:") and "not in the" in p and bad in p for p in found), (
        found
    )


def test_fieldkit_vietnamese_without_diacritics_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    edit(kit_copy / "fieldkit" / "vi.yaml", "Bạn dưới 18 tuổi phải không?", "Ban duoi 18 tuoi phai khong?")
    assert any(
        "vi.yaml" in p and "'q.under_18'" in p and "without Vietnamese diacritics" in p
        for p in problems(real_load, kit_copy)
    )
    assert script_problems("Tôi không muốn trả lời", "vietnamese", "") == []


def test_fieldkit_unknown_indicator_id_in_a_question_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    line = edit(
        kit_copy / "fieldkit" / "fieldkit.yaml", '"yes": [cd_confiscation_of_documents]', '"yes": [cd_passport_kept]'
    )
    assert (
        f"fieldkit/fieldkit.yaml:{line}: question 'documents_kept': unknown indicator id 'cd_passport_kept'"
        in problems(real_load, kit_copy)
    )


def test_fieldkit_contact_without_confirmed_phone_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    edit(
        kit_copy / "fieldkit" / "fieldkit.yaml",
        "ASTRA, help for victims: {phone:astra-sos-hotline}",
        "Centre: {phone:centre-for-protection-of-victims}",
    )
    found = problems(real_load, kit_copy)
    assert any("contact 'centre-for-protection-of-victims' has no confirmed phone number" in p for p in found), found


def test_fieldkit_invented_reviewer_on_a_draft_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    line = edit(kit_copy / "fieldkit" / "uk.yaml", 'reviewer_role: ""', 'reviewer_role: "native speaker"')
    expected = f"fieldkit/uk.yaml:{line}: a draft has no reviewer: leave 'reviewer_role' empty"
    assert any(p.startswith(expected) for p in problems(real_load, kit_copy))


def test_fieldkit_checked_without_role_and_date_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    line = edit(kit_copy / "fieldkit" / "es.yaml", "status: draft", "status: checked")
    assert any(
        p.startswith(f"fieldkit/es.yaml:{line}:") and "needs the reviewer's role" in p
        for p in problems(real_load, kit_copy)
    )


def test_fieldkit_broken_leaflet_citation_is_reported(real_load: LoadResult, kit_copy: Path) -> None:
    edit(
        kit_copy / "fieldkit" / "fieldkit.yaml",
        "kb: employment-of-foreigners#art-15",
        "kb: employment-of-foreigners#art-99",
    )
    assert any("broken citation 'kb:employment-of-foreigners#art-99'" in p for p in problems(real_load, kit_copy))


def test_fieldkit_content_check_cli_fails_with_file_and_line(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    line = edit(root / "fieldkit" / "ne.yaml", "प्रश्न %1 / %2", "प्रश्न %1")
    result = subprocess.run(
        [sys.executable, "-m", "content", "--content-dir", str(root), "check"],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )
    assert result.returncode == 1
    assert f"fieldkit/ne.yaml:{line - 1}: 'ui.question_counter': placeholders or numbers differ" in result.stdout


# --- the checkers on any text (Hypothesis) -------------------------------------------------------

_DEVANAGARI = st.characters(min_codepoint=0x0905, max_codepoint=0x0939)
_COMMON = st.sampled_from(list("0123456789 .,?!:;—–-()%/"))


@given(st.text(st.one_of(_DEVANAGARI, _COMMON), max_size=40))
def test_fieldkit_script_check_accepts_any_devanagari_text(text: str) -> None:
    assert script_problems(text, "devanagari", "") == []


@given(st.text(st.one_of(_DEVANAGARI, _COMMON), max_size=40), st.sampled_from("abcxyzабвçşğ"), st.integers(0, 40))
def test_fieldkit_script_check_finds_one_foreign_letter_anywhere(text: str, letter: str, at: int) -> None:
    mixed = text[:at] + letter + text[at:]
    assert script_problems(mixed, "devanagari", "") != []


@given(st.text(max_size=60))
def test_fieldkit_placeholder_check_accepts_any_text_against_itself(text: str) -> None:
    assert placeholder_problems(text, text) == []


@given(st.text(st.one_of(_DEVANAGARI, _COMMON), max_size=30), st.sampled_from(["{phone:police-emergency}", "%1", "%2"]))
def test_fieldkit_placeholder_check_finds_a_dropped_placeholder(text: str, placeholder: str) -> None:
    assert placeholder_problems(text, text + " " + placeholder) != []
