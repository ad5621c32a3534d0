"""Field-kit scripts render everywhere: every string of every language has a glyph in the font the
app uses for its script, and every language's leaflet (and the question sheets and checklists)
comes out of the PDF export readable again with pypdf."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest

from content.fieldkit_model import SCRIPTS, FieldKit, confirmed_phones, fill_phones, load_fieldkit
from content.fieldkit_print import SERBIAN_SCRIPT
from content.loader import LoadResult
from content.model import CHECKLIST_SECTORS
from content.paths import CONTENT_DIR
from content.translit import to_cyrillic
from desktop.fieldkit_export import document, export_pdf, missing_glyphs, resolve_family
from tests.conftest import REPO
from tests.pdf_text import pdf_text

LANGUAGES = ("en", "ru", "uk", "zh", "tr", "hi", "ta", "ne", "bn", "vi", "es", "tl")
SHAPED = {"devanagari", "tamil", "bengali"}  # pypdf gives back glyphs, not always the logical order
# The family the PDF must embed for each script (its PostScript name, without spaces).
EMBEDDED = {
    "han": "NotoSansCJKsc",
    "devanagari": "NotoSansDevanagari",
    "tamil": "NotoSansTamil",
    "bengali": "NotoSansBengali",
}


@pytest.fixture(scope="module")
def kit() -> FieldKit:
    result = load_fieldkit(CONTENT_DIR)
    assert result.kit is not None
    return result.kit


def _strings(kit: FieldKit, lang: str, phones: dict[str, str]) -> list[str]:
    texts = [fill_phones(kit.text(lang, s), phones) for s in kit.source_en]
    if lang == "sr":  # the Serbian column, in both scripts
        return texts + [to_cyrillic(t) for t in texts]
    return [*texts, kit.languages[lang].name]


def _letters_of(text: str, script: str) -> set[str]:
    prefixes = SCRIPTS[script]
    return {c for c in text if unicodedata.name(c, "").startswith(prefixes)}


@pytest.mark.parametrize("lang", [*LANGUAGES, "sr"])
def test_fieldkit_glyph_coverage_of_every_string(qapp: object, kit: FieldKit, real_load: LoadResult, lang: str) -> None:
    """Each letter of the language's script is in the script's own font; anything else (digits,
    punctuation, a Latin name such as ASTRA) is in that font or in the Latin one Qt falls back to."""
    script = SERBIAN_SCRIPT if lang == "sr" else kit.languages[lang].script
    family = resolve_family(script)
    latin = resolve_family("latin")
    assert family is not None, f"no font installed for {script}: run scripts/sysdeps.sh"
    assert latin is not None
    text = "".join(_strings(kit, lang, confirmed_phones(real_load.kb)))
    missing = missing_glyphs(text, family)
    assert _letters_of("".join(missing), "cyrillic" if lang == "sr" else script) == set(), (lang, family, missing[:10])
    assert missing_glyphs("".join(missing), latin) == [], (lang, missing[:10])


def test_fieldkit_glyph_check_finds_a_missing_glyph(qapp: object) -> None:
    """The check can fail: Tamil letters are not in the Devanagari font."""
    family = resolve_family("devanagari")
    assert family is not None
    assert missing_glyphs("नेपाली தமிழ்", family) == ["த", "ம", "ி", "ழ", "்"]


def _contains(flat_text: str, expected: str) -> bool:
    """`expected` (flattened) in the flattened PDF text. pypdf reads some CJK glyphs back as a
    code point of the CJK Radicals Supplement (⻝ for 食), which has no compatibility mapping:
    such a character stands for any ideograph."""
    if expected in flat_text:
        return True
    if not _RADICAL.search(flat_text):
        return False
    text = _RADICAL.sub("\x00", flat_text)
    pattern = "".join(
        f"(?:{re.escape(c)}|\x00)" if unicodedata.name(c, "").startswith("CJK UNIFIED") else re.escape(c)
        for c in expected
    )
    return re.search(pattern, text) is not None


_RADICAL = re.compile("[\u2e80-\u2eff]")


def _read(path: Path) -> tuple[str, set[str], int]:
    reader = pypdf.PdfReader(str(path))
    text = unicodedata.normalize("NFKC", pdf_text(path, ""))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return text, fonts, len(reader.pages)


def _flat(text: str) -> str:
    # NFKC: the CJK font maps some ideographs to radicals' code points; the Chinese "——" is drawn
    # as one glyph that reads back as the two-em dash.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("\u2e3a", "——")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_leaflet_pdf_reads_back_in_every_language(
    qapp: object, kit: FieldKit, real_load: LoadResult, tmp_path: Path, lang: str
) -> None:
    kb = real_load.kb
    path = tmp_path / f"leaflet-{lang}.pdf"
    pages = export_pdf(document(kb, kit, "leaflet", lang), path)
    text, fonts, count = _read(path)
    assert pages == count and 1 <= count <= 2
    flat = _flat(text)
    # the Serbian column, the confirmed phone numbers and the citations
    for expected in ("Vaša prava na radu u Srbiji", "Zakon o zapošljavanju stranaca, član 15", "0800 100 388", "192"):
        assert _flat(expected) in flat, expected
    if lang != "en":
        assert _flat(kit.text("sr", "ui.draft_notice")) in flat
    script = kit.languages[lang].script
    worker = "".join(kit.text(lang, s) for s in kit.source_en if s.startswith("leaflet.") or s == "ui.leaflet_title")
    if script in SHAPED:
        letters = _letters_of(worker, script)
        found = {c for c in letters if c in text}
        assert len(found) >= 0.75 * len(letters), sorted(letters - found)
    else:
        for string_id in ("ui.leaflet_title", "leaflet.documents.text", "leaflet.victims.title"):
            assert _contains(flat, _flat(kit.text(lang, string_id))), string_id
        if lang != "en":
            assert _contains(flat, _flat(kit.text(lang, "ui.draft_notice")))
    if script in EMBEDDED:
        assert any(EMBEDDED[script] in font for font in fonts), fonts


def test_leaflet_folded_a5_is_one_landscape_sheet(
    qapp: object, kit: FieldKit, real_load: LoadResult, tmp_path: Path
) -> None:
    path = tmp_path / "leaflet-bn-a5.pdf"
    export_pdf(document(real_load.kb, kit, "leaflet", "bn", layout="a5-folded"), path)
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # A4 landscape, folded into two A5 halves


def test_fieldkit_question_sheet_pdf_has_every_serbian_question(
    qapp: object, kit: FieldKit, real_load: LoadResult, tmp_path: Path
) -> None:
    path = tmp_path / "questions-zh.pdf"
    export_pdf(document(real_load.kb, kit, "questions", "zh"), path)
    flat = _flat(_read(path)[0])
    for question in kit.questions:
        assert _flat(question.text_sr) in flat, question.id
        assert _contains(flat, _flat(kit.text("zh", question.string_id))), question.id


@pytest.mark.parametrize("sector", CHECKLIST_SECTORS)
@pytest.mark.parametrize(("lang", "cyrillic"), [("sr", False), ("en", False), ("sr", True)])
def test_checklist_pdf_is_one_page(
    qapp: object, kit: FieldKit, real_load: LoadResult, tmp_path: Path, sector: str, lang: str, cyrillic: bool
) -> None:
    path = tmp_path / f"checklist-{sector}-{lang}.pdf"
    assert export_pdf(document(real_load.kb, kit, "checklist", lang, sector=sector, cyrillic=cyrillic), path) == 1
    text = _read(path)[0]
    heading = {"sr": "Šta fotografisati ili kopirati", "en": "What to photograph or copy"}[lang]
    if cyrillic:
        heading = "Шта фотографисати или копирати"
    assert _flat(heading) in _flat(text)


def test_fieldkit_export_command_writes_a_pdf(tmp_path: Path) -> None:
    out = tmp_path / "leaflet-ne.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "desktop.fieldkit_export", "--lang", "ne", "--what", "leaflet", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r".*leaflet-ne\.pdf: (1 page|[2-9] pages|\d{2,} pages)\n", result.stdout), result.stdout
    assert out.exists() and len(pypdf.PdfReader(str(out)).pages) >= 1
    assert not out.with_name(out.name + ".part").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--lang", "xx", "--what", "leaflet"], "unknown language 'xx'"),
        (["--lang", "ne", "--what", "checklist", "--sector", "construction"], "Serbian (sr) or English (en)"),
        (["--lang", "sr", "--what", "checklist", "--sector", "fishing"], "--sector must be one of"),
    ],
)
def test_fieldkit_export_command_refuses_bad_input(tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "desktop.fieldkit_export", *args, "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert not out.exists()
