"""What the room sees: one step at a time in large type, full screen on the chosen screen, with a
discreet line at the bottom (where we are, the time). Keys: see controller.py."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from content.presentation import TITLE_KEY, Unit
from desktop.features.trainer.slide_view import HIGH_CONTRAST, SHRINK_STEPS, STANDARD, Palette, SlideView, frame_html
from desktop.features.trainer.slides import PresentationController, clock_text

translate = QCoreApplication.translate


def continued_word() -> str:
    return translate("AudienceWindow", "continued")


def placeholder_note() -> str:
    return translate(
        "AudienceWindow",
        "Discuss first: what would you record, and what follows? The analysis is shown when the trainer reveals it.",
    )


class SlideLayout:
    """The type size of each step on a view, and a `fits` test for paging."""

    def __init__(self, controller: PresentationController, view: SlideView) -> None:
        self.controller = controller
        self.view = view
        self.sizes: dict[int, float] = {}

    def html_for(self, slide: int, units: Sequence[Unit], continued: bool, px: float) -> str:
        deck_slide = self.controller.deck.slides[slide]
        return frame_html(
            deck_slide.title,
            units,
            continued=continued_word() if continued else "",
            px=px,
            colours=self.view.colours,
            cards=deck_slide.cards,
            big_title=deck_slide.key == TITLE_KEY,
        )

    def apply(self) -> None:
        """Choose each step's type size (shrink a little rather than split), then page every step."""
        view = self.view
        view.update_metrics()
        base = view.body_px
        self.sizes = {}
        for number, slide in enumerate(self.controller.deck.slides):
            size = base
            for factor in SHRINK_STEPS:
                px = max(view.min_px, base * factor)
                if view.fits(self.html_for(number, slide.units, False, px), px):
                    size = px
                    break
            self.sizes[number] = size

        def fits(slide: int, units: Sequence[Unit], continued: bool) -> bool:
            px = self.sizes[slide]
            return view.fits(self.html_for(slide, units, continued, px), px)

        self.controller.presentation.layout(fits)

    def size_of(self, slide: int) -> float:
        return self.sizes.get(slide, self.view.body_px)


class AudienceWindow(QWidget):
    closed = Signal()

    def __init__(
        self, controller: PresentationController, high_contrast: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audienceWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.controller = controller
        self.view = SlideView(self)
        self.layouter = SlideLayout(controller, self.view)
        self.black_page = QWidget(self)
        self.black_page.setObjectName("blackScreen")
        self.black_page.setStyleSheet("QWidget#blackScreen { background-color: #000000; }")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.black_page)
        self.where = QLabel(self)
        self.where.setObjectName("slidePosition")
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("slideTimer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.footer = QWidget(self)
        self.footer.setObjectName("slideFooter")
        self.footer_row = QHBoxLayout(self.footer)
        self.footer_row.addWidget(self.where, 1)
        self.footer_row.addWidget(self.timer_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)
        self._laid_out_for = (0, 0)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.relayout)
        self.set_high_contrast(high_contrast)
        controller.set_scroller(self.view)
        controller.changed.connect(self.show_frame)
        controller.tick.connect(self.update_clock)
        controller.finished.connect(self.close)
        controller.deck_changed.connect(self._on_deck_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("AudienceWindow", "%1 — presentation").replace("%1", self.controller.deck.title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_frame()  # "continued", "page 2 of 3"
        super().changeEvent(event)

    def _on_deck_changed(self) -> None:
        self.retranslate()
        if self.isVisible():
            self.relayout()  # type is sized for the new text; the place in it is kept

    # -- look -------------------------------------------------------------------------------
    @property
    def colours(self) -> Palette:
        return self.view.colours

    def set_high_contrast(self, on: bool) -> None:
        colours = HIGH_CONTRAST if on else STANDARD
        self.view.set_colours(colours)
        self.setStyleSheet(
            f"QWidget#audienceWindow, QWidget#slideFooter {{ background-color: {colours.background}; }}"
            f"QLabel#slidePosition, QLabel#slideTimer {{ color: {colours.muted}; background: transparent; }}"
        )
        if self.isVisible():
            self.relayout()

    def _footer_font(self) -> None:
        font = QFont(self.where.font())
        font.setPixelSize(max(14, round(self.view.body_px * 0.5)))
        for label in (self.where, self.timer_label):
            label.setFont(font)
        margin = round(self.view.margin)
        self.footer_row.setContentsMargins(margin, 0, margin, max(6, margin // 3))

    # -- layout -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._relayout.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    def relayout(self) -> None:
        self.view.update_metrics()
        self._footer_font()
        self.layouter.apply()
        self._laid_out_for = (self.view.width(), self.view.height())
        self.controller.relayout_done()

    # -- showing ----------------------------------------------------------------------------
    def show_frame(self) -> None:
        controller = self.controller
        self.stack.setCurrentWidget(self.black_page if controller.black else self.view)
        self.footer.setVisible(not controller.black)
        if (self.view.width(), self.view.height()) != self._laid_out_for:
            self._relayout.start()
        presentation = controller.presentation
        frame = presentation.frame
        slide = presentation.slide
        px = self.layouter.size_of(frame.slide)
        continued = frame.page > 0
        if frame.placeholder:
            html = frame_html(slide.title, [], px=px, colours=self.colours, note=placeholder_note())
            self.view.show_html(html, px)
        else:
            units = presentation.visible_units()
            page = presentation.pages[frame.slide][frame.page]
            whole = slide.units[page.start : page.end]
            newest = len(units) - 1 if slide.cards else None  # the card that has just appeared
            html = frame_html(
                slide.title,
                units,
                px=px,
                colours=self.colours,
                cards=slide.cards,
                newest=newest,
                big_title=slide.key == TITLE_KEY,
                continued=continued_word() if continued else "",
            )
            full = self.layouter.html_for(frame.slide, whole, continued, px)
            self.view.show_html(html, px, centre=slide.key == TITLE_KEY, sized_for=full)
        self.update_clock()

    def position_text(self) -> str:
        presentation = self.controller.presentation
        frame = presentation.frame
        total = len(self.controller.deck.slides)
        text = f"{frame.slide + 1} / {total} · {self.controller.deck.title}"
        pages = presentation.page_count()
        if pages > 1 and not frame.placeholder:
            page_of = translate("AudienceWindow", "page %1 of %2")
            text += " · " + page_of.replace("%1", str(frame.page + 1)).replace("%2", str(pages))
        return text

    def update_clock(self) -> None:
        self.where.setText(self.position_text())
        self.timer_label.setText(clock_text(self.controller.clock.total_ms()))
        self.timer_label.setVisible(self.controller.show_timer)

    # -- keys and closing -------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.controller.handle_key(event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.set_scroller(None)
        self.controller.stop()
        self.closed.emit()
        super().closeEvent(event)
