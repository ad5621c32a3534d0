"""One slide in large type: the step's title and what is showing of it, sized to the screen.

Type scales with the screen (about 26 lines of body text per screen height, never below the
minimum), a step is shrunk a little rather than split, and a page that still does not fit at the
minimum size scrolls instead of being cut off. Colours come in two sets: standard (dark on white,
what most projectors show best in a lit room) and high contrast (white and yellow on black)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QTextDocument, QTextFrameFormat
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from content.presentation import Unit

LINES_PER_SCREEN = 26  # body text: screen height / 26 …
CHARS_PER_LINE = 42  # … or screen width / 42, whichever is smaller
MIN_BODY_PX = 18  # never smaller on any screen
MIN_FRACTION = 0.75  # nor smaller than this part of the screen's own size
SHRINK_STEPS = (1.0, 0.92, 0.85)  # tried before a step is split into pages
TITLE_SCALE, BIG_TITLE_SCALE = 1.5, 2.0  # headings inside a step keep Qt's own sizes (1.2× for ###)


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    title: str
    muted: str
    card: str
    card_new: str
    card_border: str
    header: str
    border: str
    box: str
    strong: str


STANDARD = Palette(
    background="#ffffff",
    text="#14181f",
    title="#0d3c73",
    muted="#4a5568",
    card="#eef2f7",
    card_new="#fff1bf",
    card_border="#eef2f7",
    header="#e1e8f0",
    border="#8d9aab",
    box="#fff1d6",
    strong="#000000",
)
HIGH_CONTRAST = Palette(
    background="#000000",
    text="#ffffff",
    title="#ffff00",
    muted="#e6e6e6",
    card="#000000",
    card_new="#262600",
    card_border="#ffffff",
    header="#1e1e1e",
    border="#ffffff",
    box="#1e1e1e",
    strong="#ffffff",
)


def body_px_for(size: QSize) -> int:
    """The body text size for a screen (or window) of this size, in pixels."""
    return max(MIN_BODY_PX, round(min(size.height() / LINES_PER_SCREEN, size.width() / CHARS_PER_LINE)))


def min_px_for(size: QSize) -> int:
    return max(MIN_BODY_PX, round(body_px_for(size) * MIN_FRACTION))


def slide_css(px: float, colours: Palette) -> str:
    c = colours
    p = round(px)
    return f"""
p, li, td, th, dt, dd {{ color: {c.text}; font-size: {p}px; }}
p {{ margin-top: 0px; margin-bottom: {round(px * 0.45)}px; line-height: 125%; }}
li {{ margin-bottom: {round(px * 0.3)}px; line-height: 125%; }}
ul, ol {{ margin-top: 0px; margin-bottom: {round(px * 0.3)}px; }}
p.title {{ color: {c.title}; font-size: {round(px * TITLE_SCALE)}px; font-weight: bold; margin-top: 0px;
  margin-bottom: {round(px * 0.5)}px; line-height: 110%; }}
p.bigtitle {{ color: {c.title}; font-size: {round(px * BIG_TITLE_SCALE)}px; font-weight: bold; margin-top: 0px;
  margin-bottom: {round(px * 0.8)}px; line-height: 110%; }}
p.sub {{ color: {c.title}; font-size: {round(px * 1.15)}px; font-weight: bold; margin-top: {round(px * 0.6)}px;
  margin-bottom: {round(px * 0.2)}px; }}
h2, h3, h4 {{ color: {c.title}; margin-top: {round(px * 0.5)}px;
  margin-bottom: {round(px * 0.3)}px; }}
strong, b {{ color: {c.strong}; font-weight: bold; }}
a {{ color: {c.text}; text-decoration: none; }}
code {{ font-family: monospace; }}
table {{ border-collapse: collapse; margin-bottom: {round(px * 0.5)}px; }}
th {{ background-color: {c.header}; color: {c.text}; font-weight: bold; padding: {round(px * 0.25)}px;
  border: 1px solid {c.border}; font-size: {round(px * 0.9)}px; }}
td {{ padding: {round(px * 0.25)}px; border: 1px solid {c.border}; vertical-align: top;
  font-size: {round(px * 0.9)}px; }}
table.card td {{ border: 0px; padding: {round(px * 0.45)}px; font-size: {p}px; }}
div.admonition {{ background-color: {c.box}; }}
p.admonition-title {{ font-weight: bold; margin-bottom: 0px; }}
div.admonition p {{ margin-bottom: 0px; }}
p.kicker {{ color: {c.muted}; font-size: {round(px * 1.1)}px; }}
p.meta {{ color: {c.muted}; font-size: {round(px * 0.85)}px; }}
p.placeholder {{ color: {c.muted}; font-size: {round(px * 1.15)}px; }}
"""


def _card_html(unit: Unit, newest: bool, px: float, colours: Palette) -> str:
    background = colours.card_new if newest else colours.card
    border = 3 if newest and colours is HIGH_CONTRAST else (1 if colours is HIGH_CONTRAST else 0)
    colour = colours.title if newest else colours.card_border
    return (
        f'<table class="card" width="100%" cellspacing="0" border="{border}" '
        f'style="border-color: {colour}; border-style: solid;" bgcolor="{background}">'
        f'<tr><td bgcolor="{background}">{unit.html}</td></tr></table>'
        f'<p style="font-size: {round(px * 0.35)}px; margin: 0px;">&nbsp;</p>'
    )


def frame_html(
    title: str,
    units: Sequence[Unit],
    *,
    px: float,
    colours: Palette,
    cards: bool = False,
    newest: int | None = None,
    big_title: bool = False,
    note: str = "",
    continued: str = "",
) -> str:
    """The HTML of one audience screen: the title, then the units (as cards for the findings).
    `continued` is the small word after the title on the second and later pages of a step.

    The title is a paragraph, not <h1>: Qt sizes headings relative to the default font and
    ignores a style sheet's font-size for them."""
    css_class = "bigtitle" if big_title else "title"
    more = (
        f' <span style="font-size: {round(px * 0.8)}px; font-weight: normal; color: {colours.muted};">'
        f"· {escape(continued)}</span>"
        if continued
        else ""
    )
    parts = [f'<p class="{css_class}">{escape(title)}{more}</p>']
    for number, unit in enumerate(units):
        parts.append(_card_html(unit, number == newest, px, colours) if cards else unit.html)
    if note:
        parts.append(f'<p class="placeholder">{escape(note)}</p>')
    return "\n".join(parts)


def measure(html: str, css: str, width: float, px: float, margin: float) -> float:
    """The height the HTML takes at this width (QTextDocument layout, like the view's own)."""
    doc = QTextDocument()
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(css)
    doc.setDocumentMargin(margin)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return float(doc.size().height())


class SlideView(QTextBrowser):
    """Shows a frame; measures whether units fit; scrolls only what cannot fit at the minimum size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setOpenLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.colours = STANDARD
        self.body_px = float(MIN_BODY_PX)
        self.shown_px = float(MIN_BODY_PX)
        self.title_text = ""
        self.set_colours(STANDARD)

    # -- sizes ------------------------------------------------------------------------------
    @property
    def margin(self) -> float:
        return max(12.0, round(min(self.width(), self.height()) * 0.04))

    def content_width(self) -> float:
        return float(max(100, self.viewport().width()))

    def content_height(self) -> float:
        return float(max(100, self.viewport().height()))

    def update_metrics(self) -> None:
        self.body_px = float(body_px_for(self.size()))

    @property
    def min_px(self) -> float:
        return float(min_px_for(self.size()))

    def fits(self, html: str, px: float) -> bool:
        return (
            measure(html, slide_css(px, self.colours), self.content_width(), px, self.margin) <= self.content_height()
        )

    # -- colours ----------------------------------------------------------------------------
    def set_colours(self, colours: Palette) -> None:
        self.colours = colours
        self.setStyleSheet(
            f"QTextBrowser#slideView {{ background-color: {colours.background}; color: {colours.text}; border: 0px; }}"
        )

    # -- showing ----------------------------------------------------------------------------
    def show_html(self, html: str, px: float, centre: bool = False, sized_for: str = "") -> None:
        """Show HTML at `px`, smaller (down to the minimum) if it would not fit, scrolling after that.

        `sized_for` is the whole page when only part of it shows yet (cards still to come), so the
        type does not change size as the cards appear."""
        size = px
        while size > self.min_px and not self.fits(sized_for or html, size):
            size = max(self.min_px, size * 0.94)
        self.shown_px = size
        css = slide_css(size, self.colours)
        doc = self.document()
        font = QFont()
        font.setPixelSize(max(1, round(size)))
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(css)
        doc.setDocumentMargin(self.margin)
        self.setHtml(html)
        if centre:
            height = measure(html, css, self.content_width(), size, self.margin)
            spare = self.content_height() - height
            if spare > 0:
                frame = doc.rootFrame()
                fmt: QTextFrameFormat = frame.frameFormat()
                fmt.setTopMargin(self.margin + spare * 0.4)
                frame.setFrameFormat(fmt)
        self.verticalScrollBar().setValue(0)

    def text(self) -> str:
        return self.toPlainText()

    def can_scroll_down(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.isVisible() and bar.value() < bar.maximum()

    def can_scroll_up(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.isVisible() and bar.value() > bar.minimum()

    def page_down(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round(bar.pageStep() * 0.85))

    def page_up(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() - round(bar.pageStep() * 0.85))
