"""The text of a PDF the app wrote, page by page, as a reader's text selection gives it.

PDFium (pypdfium2) reads it, not pypdf: the app's PDFs come from Qt, which writes every glyph
with its own operators (some 40,000 on a one-page checklist), and pypdf's Python parser took
about 1.5 s a page for them, most of the suite's PDF time. Both give the same text once
whitespace is set aside (compared on the checklist and the Chinese, Russian and Tamil leaflets
when this was written; PDFium also drops pypdf's stray control characters from Tamil). pypdf
still reads the PDFs' structure (pages, fonts, media boxes) in the tests that check it."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of the PDF at `path`."""
    document = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def pdf_text(path: Path, separator: str = "\n") -> str:
    """The text of every page of the PDF at `path`, joined by `separator`."""
    return separator.join(pdf_pages(path))
