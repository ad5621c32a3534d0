"""Field-kit documents on paper and in PDF: the rights leaflet, the question sheet and the sector
checklists (HTML from content.fieldkit_print), laid out and painted with desktop.ui.paged_print.

Also a headless command, so that an office can print a stack without opening the app:

    python -m desktop.fieldkit_export --lang ne --what leaflet --out leaflet-ne.pdf
    python -m desktop.fieldkit_export --lang bn --what leaflet --layout a5-folded --out leaflet-bn-a5.pdf
    python -m desktop.fieldkit_export --lang ta --what questions --out questions-ta.pdf
    python -m desktop.fieldkit_export --lang sr --what checklist --sector construction --out checklist.pdf

And the font helpers the worker card uses: which installed family draws a script, and which
characters of a text it cannot draw."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QRawFont
from PySide6.QtPrintSupport import QPrinter

from content.fieldkit_model import FieldKit, load_fieldkit
from content.fieldkit_print import FONT_FAMILIES, LAYOUTS, checklist_html, leaflet_html, question_sheet_html
from content.loader import load_knowledge_base
from content.model import CHECKLIST_SECTORS, KnowledgeBase
from content.pages import SECTOR_LABELS
from content.paths import CONTENT_DIR
from desktop.ui.paged_print import PagedDocument, PrintError, paint

WHAT = ("leaflet", "questions", "checklist")


# --- fonts --------------------------------------------------------------------------------------


def resolve_family(script: str) -> str | None:
    """The first family of the script's font stack that is installed (None: none is)."""
    installed = set(QFontDatabase.families())
    return next((f for f in FONT_FAMILIES.get(script, ()) if f in installed), None)


def missing_glyphs(text: str, family: str) -> list[str]:
    """The characters of `text` that the font `family` has no glyph for (spaces and invisible
    joiners aside). Uses the font file Qt resolves for the family, not fallbacks."""
    raw = QRawFont.fromFont(QFont(family))
    missing: list[str] = []
    for ch in text:
        if ch.isspace() or ch in "\u200c\u200d" or ch in missing:
            continue
        if not raw.supportsCharacter(ord(ch)):
            missing.append(ch)
    return missing


# --- documents ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldKitDocument:
    paged: PagedDocument
    landscape: bool = False


def document(
    kb: KnowledgeBase,
    kit: FieldKit,
    what: str,
    lang: str,
    sector: str = "",
    layout: str = "a4",
    cyrillic: bool = False,
) -> FieldKitDocument:
    """The paged document for one leaflet, question sheet or checklist."""
    if what == "leaflet":
        html = leaflet_html(kb, kit, lang, layout, cyrillic)
        title = f"{kit.text(lang, 'ui.leaflet_title')} / {kit.text('sr', 'ui.leaflet_title')}"
        footer = _status_footer(kit, lang)
        small = layout == "a5-folded"
        return FieldKitDocument(
            PagedDocument(title, html, footer, point_size=7.6 if small else 10.0, margins_mm=(12, 10, 12, 10)),
            landscape=small,
        )
    if what == "questions":
        html = question_sheet_html(kb, kit, lang, cyrillic)
        title = f"{kit.text('sr', 'ui.questions_title')} — {kit.languages[lang].name_en}"
        return FieldKitDocument(PagedDocument(title, html, _status_footer(kit, lang), point_size=9.5))
    if what == "checklist":
        if sector not in CHECKLIST_SECTORS:
            raise KeyError(sector)
        html = checklist_html(kb, sector, lang, cyrillic)
        title = (
            "Prepoznaj — "
            + ("kontrolna lista" if lang == "sr" else "checklist")
            + f": {SECTOR_LABELS[sector].get(lang)}"
        )
        return FieldKitDocument(
            PagedDocument(title, html, f"Prepoznaj {kb.version}", point_size=6.5, margins_mm=(8, 6, 8, 6))
        )
    raise ValueError(f"unknown document '{what}' (one of {', '.join(WHAT)})")


def _status_footer(kit: FieldKit, lang: str) -> str:
    language = kit.languages[lang]
    if language.status == "checked":
        return f"Prepoznaj — {language.name_en}: checked by {language.reviewer_role}, {language.checked_on}"
    if language.status == "source":
        return f"Prepoznaj — {language.name_en}"
    return f"Prepoznaj — {language.name_en}: {kit.text('en', 'ui.draft_notice')} / {kit.text('sr', 'ui.draft_notice')}"


def export_pdf(doc: FieldKitDocument, path: Path) -> int:
    """Writes the PDF through a temporary file; returns the number of pages."""
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise PrintError(f"The PDF file could not be written: {path.parent} is not a folder you can write to.")
    partial = path.with_name(path.name + ".part")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(partial))
    configure(printer, doc)
    try:
        pages = paint(doc.paged, printer)
    except PrintError:
        partial.unlink(missing_ok=True)
        raise
    if not partial.exists():
        raise PrintError(f"The PDF file could not be written: {path}")
    partial.replace(path)
    return pages


def configure(printer: QPrinter, doc: FieldKitDocument) -> None:
    """A4, portrait, or landscape for the folded-A5 leaflet (two A5 halves side by side)."""
    printer.setDocName(doc.paged.title)
    printer.setCreator("Prepoznaj")
    orientation = QPageLayout.Orientation.Landscape if doc.landscape else QPageLayout.Orientation.Portrait
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(*doc.paged.margins_mm), QPageLayout.Unit.Millimeter
    )
    printer.setPageLayout(layout)


# --- command line -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m desktop.fieldkit_export", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--lang", required=True, help="field-kit language code (ne, bn, zh, …); sr or en for a checklist"
    )
    parser.add_argument("--what", required=True, choices=WHAT)
    parser.add_argument("--sector", default="", help=f"for a checklist: {', '.join(CHECKLIST_SECTORS)}")
    parser.add_argument("--layout", default="a4", choices=LAYOUTS, help="leaflet layout (default a4)")
    parser.add_argument("--cyrillic", action="store_true", help="the Serbian text in Cyrillic")
    parser.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    parser.add_argument("--content-dir", type=Path, default=CONTENT_DIR, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is needed to write a PDF
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    del app
    kb = load_knowledge_base(args.content_dir).kb
    kit = load_fieldkit(kb.root).kit
    if kit is None:
        print("fieldkit: the field kit could not be loaded; run `python -m content check`", file=sys.stderr)
        return 2
    if args.what == "checklist":
        if args.lang not in ("sr", "en"):
            print("fieldkit: a checklist is printed in Serbian (sr) or English (en)", file=sys.stderr)
            return 2
        if args.sector not in CHECKLIST_SECTORS:
            print(f"fieldkit: --sector must be one of {', '.join(CHECKLIST_SECTORS)}", file=sys.stderr)
            return 2
    elif args.lang not in kit.languages:
        print(f"fieldkit: unknown language '{args.lang}' (one of {', '.join(sorted(kit.languages))})", file=sys.stderr)
        return 2
    try:
        pages = export_pdf(
            document(kb, kit, args.what, args.lang, args.sector, args.layout, args.cyrillic), args.out.resolve()
        )
    except PrintError as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        return 1
    print(f"{args.out}: {pages} {'page' if pages == 1 else 'pages'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
