"""The trainer's own screen: what the room sees now, what the next click brings, the notes for
this step, the model analysis and the clocks, with buttons for everything the keys do.

Nothing here takes the keyboard focus, so Space, the arrows and a clicker always move the
presentation, whichever of the two windows is active."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from content.assessment.engine import assess
from content.assessment.wording import STRENGTH
from content.outcomes import outcome_label
from content.pages import PageBuilder
from content.presentation import TITLE_KEY, Deck, model_groups, plain_text
from desktop.i18n import script_html
from desktop.trainer.controller import PresentationController, clock_text

MIN_PRESENTER_PX = 15  # the trainer reads this from a metre away, standing
PRESENTER_LINES = 60  # … and a little larger on a larger screen: its height / 60


translate = QCoreApplication.translate


def notes_html(deck: Deck, slide_index: int, pages: PageBuilder) -> str:
    """The trainer notes: this step's first (with its planned time), then the ones for the whole case."""
    if deck.kind != "case":
        text = translate(
            "PresenterWindow", "Articles have no trainer notes. The presenter view shows what comes next and the time."
        )
        return f"<p>{escape(text)}</p>"
    slide = deck.slides[slide_index]
    parts = []
    if slide.key != TITLE_KEY:
        heading = translate("PresenterWindow", "This step: %1").replace("%1", slide.title)
        if slide.minutes:
            heading += " · " + translate("PresenterWindow", "about %1 min").replace("%1", str(slide.minutes))
        parts.append(f"<h3>{escape(heading)}</h3>")
        if slide.notes:
            parts.append(pages.render_markdown(slide.notes, deck.lang))
        else:
            none = translate("PresenterWindow", "No notes for this step.")
            parts.append(f"<p><i>{escape(none)}</i></p>")
    if deck.general_notes:
        whole = translate("PresenterWindow", "The whole case")
        parts.append(f"<h3>{escape(whole)}</h3>")
        parts += [pages.render_markdown(p, deck.lang) for p in deck.general_notes]
    return script_html("\n".join(parts), deck.lang)


def model_analysis_html(deck: Deck, pages: PageBuilder) -> str:
    """The case's model answer: expected outcome, positive dimensions, recorded ids by dimension."""
    kb = pages.kb
    if deck.kind != "case":
        return ""
    lang = deck.lang
    heading = translate("PresenterWindow", "Model analysis")
    parts = [f"<h3>{escape(heading)}</h3>"]
    if deck.expected_outcome:
        expected = translate("PresenterWindow", "Expected outcome:")
        parts.append(
            f"<p>{escape(expected)} <b>{escape(outcome_label(kb, deck.expected_outcome, lang))}</b></p>"
        )
    if kb.rules is not None and deck.recorded:
        try:
            result = assess(kb, deck.recorded)
        except ValueError:
            result = None
        if result is not None:
            positive = [d.label.get(lang) for d in result.dimensions if d.positive]
            shown = ", ".join(positive) if positive else translate("PresenterWindow", "none")
            positive_label = translate("PresenterWindow", "Positive dimensions:")
            parts.append(f"<p>{escape(positive_label)} {escape(shown)}</p>")
    for group in model_groups(kb, deck.recorded, lang):
        title = group.title
        if group.kind == "checks":
            title = translate("PresenterWindow", "Labour-law checks")
        elif group.kind == "facts":
            title = translate("PresenterWindow", "Facts")
        items = []
        for item in group.items:
            strength = f" <i>({escape(STRENGTH[item.strength].get(lang))})</i>" if item.strength in STRENGTH else ""
            items.append(f"<li>{escape(item.label)}{strength}</li>")
        parts.append(f"<p><b>{escape(title)}</b></p><ul>{''.join(items)}</ul>")
    return script_html("\n".join(parts), lang)


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(
        self,
        controller: PresentationController,
        audience: QWidget,
        pages: PageBuilder,
        parent: QWidget | None = None,
        screen_size: QSize | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.controller = controller
        self.audience = audience
        self.pages = pages
        height = screen_size.height() if screen_size is not None else 768
        self.base_px = max(MIN_PRESENTER_PX, round(height / PRESENTER_LINES))
        self._notes_for = -1
        self._build()
        self._mirror_timer = QTimer(self)
        self._mirror_timer.setSingleShot(True)
        self._mirror_timer.setInterval(30)  # after the audience window has painted the new frame
        self._mirror_timer.timeout.connect(self.update_mirror)
        controller.changed.connect(self.show_frame)
        controller.tick.connect(self.update_clock)
        controller.finished.connect(self.close)
        controller.deck_changed.connect(self._on_deck_changed)
        self.show_frame()

    # -- construction -------------------------------------------------------------------
    def _label(self, name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        font = QFont(label.font())
        font.setPixelSize(max(MIN_PRESENTER_PX, round(self.base_px * scale)))
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must move the slides, not press a button
        font = QFont(button.font())
        font.setPixelSize(self.base_px)
        button.setFont(font)
        button.setMinimumHeight(round(self.base_px * 2.3))
        button.clicked.connect(slot)
        return button

    def _browser(self, name: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setObjectName(name)
        browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        browser.setOpenLinks(False)
        font = QFont(browser.font())
        font.setPixelSize(self.base_px + 2)
        browser.document().setDefaultFont(font)
        return browser

    def _build(self) -> None:
        c = self.controller
        self.title = self._label("presenterTitle", 1.3, bold=True)
        self.title.setText(c.deck.title)
        self.where = self._label("presenterPosition", 1.1)
        self.total_clock = self._label("presenterClock", 2.6, bold=True)
        self.total_clock.setWordWrap(False)
        self.total_clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.step_clock = self._label("presenterStepClock", 1.1)
        self.step_clock.setWordWrap(False)
        self.step_clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.where)
        clocks = QVBoxLayout()
        clocks.addWidget(self.total_clock)
        clocks.addWidget(self.step_clock)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addLayout(clocks)

        self.steps = QListWidget(self)
        self.steps.setObjectName("presenterSteps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setWordWrap(True)
        self._fill_steps()
        self.steps.itemClicked.connect(lambda item: c.go_to_slide(self.steps.row(item)))
        self.steps.setMaximumWidth(260)
        list_font = QFont(self.steps.font())
        list_font.setPixelSize(self.base_px)
        self.steps.setFont(list_font)

        self.now_caption = self._label("presenterNowCaption", 1.0, bold=True)
        self.mirror = QLabel(self)
        self.mirror.setObjectName("presenterMirror")
        self.mirror.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mirror.setMinimumSize(320, 180)
        self.mirror.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.mirror.setFrameShape(QFrame.Shape.Box)
        self.next_caption = self._label("presenterNextCaption", 1.0, bold=True)
        self.next_text = self._label("presenterNext", 1.0)
        self.next_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        current = QWidget(self)
        column = QVBoxLayout(current)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.now_caption)
        column.addWidget(self.mirror, 1)
        column.addWidget(self.next_caption)
        column.addWidget(self.next_text)
        self.next_text.setMaximumHeight(self.next_text.fontMetrics().lineSpacing() * 4 + 4)

        self.notes = self._browser("presenterNotes")
        self.analysis = self._browser("presenterAnalysis")
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.notes)
        side.addWidget(self.analysis)
        side.setSizes([500, 400])
        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.addWidget(self.steps)
        middle.addWidget(current)
        middle.addWidget(side)
        middle.setStretchFactor(1, 3)
        middle.setStretchFactor(2, 2)
        middle.setSizes([200, 700, 500])

        self.back_button = self._button("presenterBack", c.back)
        self.forward_button = self._button("presenterForward", c.forward)
        self.reveal_button = self._button("presenterReveal", c.toggle_reveal)
        self.black_button = self._button("presenterBlack", c.toggle_black)
        self.timer_button = self._button("presenterTimer", c.toggle_timer)
        self.pause_button = self._button("presenterPause", c.toggle_pause)
        self.reset_button = self._button("presenterReset", c.reset_clock)
        self.end_button = self._button("presenterEnd", c.stop)
        # The slide buttons and the clock buttons: one row on a wide screen, two rows on a narrow
        # one (a 1024-pixel laptop), so no button runs off the screen.
        self._slide_buttons = (self.back_button, self.forward_button, self.reveal_button, self.black_button)
        self._clock_buttons = (self.timer_button, self.pause_button, self.reset_button, self.end_button)
        self._first_row, self._second_row = QHBoxLayout(), QHBoxLayout()
        buttons = QVBoxLayout()
        buttons.addLayout(self._first_row)
        buttons.addLayout(self._second_row)
        self._one_row: bool | None = None
        self._arrange_buttons(one_row=False)  # one row once the window proves wide enough

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addWidget(middle, 1)
        layout.addLayout(buttons)
        self.retranslate()
        if c.deck.kind != "case":
            self.analysis.hide()

    def _fill_steps(self) -> None:
        self.steps.clear()
        for number, slide in enumerate(self.controller.deck.slides, start=1):
            self.steps.addItem(QListWidgetItem(f"{number}. {slide.title}"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter view — %1").replace("%1", self.controller.deck.title))
        self.now_caption.setText(self.tr("On the screen now"))
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Left, Page Up"))
        self.forward_button.setText(self.tr("Forward ▶"))
        self.forward_button.setToolTip(self.tr("Right, Space, Page Down"))
        self.black_button.setToolTip(self.tr("B or full stop: black screen, and back"))
        self.timer_button.setToolTip(self.tr("T: show or hide the small clock on the room's screen"))
        self.reset_button.setText(self.tr("Reset clock"))
        self.end_button.setText(self.tr("End (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._forget_notes()
            self.show_frame()
        super().changeEvent(event)

    def _on_deck_changed(self) -> None:
        """The same presentation in another language or script: titles, steps and notes again."""
        self.title.setText(self.controller.deck.title)
        self._fill_steps()
        self.retranslate()
        self._forget_notes()

    def _forget_notes(self) -> None:
        self._notes_for = -1
        self.analysis.clear()

    # -- showing ------------------------------------------------------------------------
    def show_frame(self) -> None:
        c = self.controller
        presentation = c.presentation
        frame = presentation.frame
        slide = presentation.slide
        total = len(c.deck.slides)
        where = self.tr("Step %1 of %2: %3").replace("%1", str(frame.slide + 1)).replace("%2", str(total))
        where = where.replace("%3", slide.title)
        if frame.placeholder:
            where += " · " + self.tr("hidden from the room")
        elif presentation.page_count() > 1:
            where += " · " + self.tr("page %1 of %2").replace("%1", str(frame.page + 1)).replace(
                "%2", str(presentation.page_count())
            )
        if slide.cards and not frame.placeholder:
            page = presentation.pages[frame.slide][frame.page]
            where += " · " + self.tr("card %1 of %2").replace("%1", str(page.start + frame.shown)).replace(
                "%2", str(len(slide.units))
            )
        if c.black:
            where += " · " + self.tr("THE ROOM SEES A BLACK SCREEN")
        self.where.setText(where)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(frame.slide)
        self.steps.blockSignals(False)
        self._render_next()
        if self._notes_for != frame.slide:
            self._notes_for = frame.slide
            self.notes.setHtml(notes_html(c.deck, frame.slide, self.pages))
        if not self.analysis.document().toPlainText():
            self.analysis.setHtml(model_analysis_html(c.deck, self.pages))
        self.reveal_button.setEnabled(presentation.can_reveal())
        self.reveal_button.setText(
            self.tr("Hide the analysis (R)")
            if presentation.can_reveal() and not frame.placeholder
            else self.tr("Reveal the analysis (R)")
        )
        self.black_button.setText(self.tr("Show the slide (B)") if c.black else self.tr("Black screen (B)"))
        self.timer_button.setText(
            self.tr("Hide the room's clock (T)") if c.show_timer else self.tr("Show the room's clock (T)")
        )
        self.back_button.setEnabled(not presentation.at_start())
        self.forward_button.setEnabled(not presentation.at_end() or frame.placeholder)
        self.update_clock()
        self._mirror_timer.start()

    def _render_next(self) -> None:
        """What the next click brings: a card, the reveal, the next page or the next step."""
        presentation = self.controller.presentation
        frame = presentation.frame
        slide = presentation.slide
        if frame.placeholder:
            self.next_caption.setText(self.tr("Next click"))
            self.next_text.setText(self.tr("Reveals the analysis to the room."))
            return
        if presentation.cards_left():
            page = presentation.pages[frame.slide][frame.page]
            upcoming = slide.units[page.start + frame.shown]
            self.next_caption.setText(
                self.tr("Next click: card %1 of %2")
                .replace("%1", str(page.start + frame.shown + 1))
                .replace("%2", str(len(slide.units)))
            )
            self.next_text.setText(upcoming.heading or _short(plain_text(upcoming.html)))
            return
        if frame.page + 1 < presentation.page_count():
            page = presentation.pages[frame.slide][frame.page + 1]
            self.next_caption.setText(self.tr("Next click: the rest of this step"))
            self.next_text.setText(_short(" ".join(plain_text(u.html) for u in slide.units[page.start : page.end])))
            return
        following = presentation.next_slide()
        if following is None:
            self.next_caption.setText(self.tr("Next click"))
            self.next_text.setText(self.tr("The end: this is the last step."))
            return
        self.next_caption.setText(self.tr("Next step: %1").replace("%1", following.title))
        if following.hidden and (frame.slide + 1) not in presentation.revealed:
            self.next_text.setText(self.tr("Hidden from the room until you reveal it (R)."))
        else:
            self.next_text.setText(_short(" ".join(plain_text(u.html) for u in following.units[:3])))

    def _arrange_buttons(self, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for row in (self._first_row, self._second_row):
            while row.count():
                row.takeAt(0)
        for button in self._slide_buttons:
            self._first_row.addWidget(button)
        self._first_row.addStretch(1)
        clock_row = self._first_row if one_row else self._second_row
        for button in self._clock_buttons:
            clock_row.addWidget(button)
        if not one_row:
            self._second_row.addStretch(1)

    def _buttons_width(self) -> int:
        spacing = self._first_row.spacing() if self._first_row.spacing() >= 0 else 6
        shown = (*self._slide_buttons, *self._clock_buttons)
        return sum(b.sizeHint().width() for b in shown) + spacing * len(shown) + 40

    def update_clock(self) -> None:
        c = self.controller
        self.total_clock.setText(clock_text(c.clock.total_ms()))
        slide = c.presentation.slide
        step = self.tr("this step %1").replace("%1", clock_text(c.clock.step_ms()))
        if slide.minutes:
            step += " / " + clock_text(slide.minutes * 60_000)
        if not c.clock.running:
            step += " · " + self.tr("paused")
        over = bool(slide.minutes) and c.clock.step_ms() > (slide.minutes or 0) * 60_000
        self.step_clock.setStyleSheet("color: #c0392b; font-weight: bold;" if over else "")
        self.step_clock.setText(step)
        self.pause_button.setText(self.tr("Pause clock") if c.clock.running else self.tr("Resume clock"))

    def update_mirror(self) -> None:
        """A picture of exactly what the room sees (the audience window, scaled)."""
        if not self.audience.isVisible():
            return
        stack = getattr(self.audience, "stack", self.audience)
        picture: QPixmap = stack.grab()
        if picture.isNull():
            return
        self.mirror.setPixmap(
            picture.scaled(
                self.mirror.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange_buttons(one_row=self._buttons_width() <= event.size().width())
        super().resizeEvent(event)
        self._mirror_timer.start()

    # -- keys and closing ---------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.controller.handle_key(event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.stop()
        self.closed.emit()
        super().closeEvent(event)


def _short(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
