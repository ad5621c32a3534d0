"""One presentation in progress: the state both screens show, the keys that move it, the clock.

The audience window and the presenter view never move the presentation themselves; they ask
the controller, which changes the one state (content/presentation.py) and says so, so that both
screens always show the same place."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from content.model import KnowledgeBase
from content.presentation import Deck, Presentation

K = Qt.Key
FORWARD_KEYS = frozenset({K.Key_Right, K.Key_Space, K.Key_PageDown, K.Key_Down, K.Key_Return, K.Key_Enter, K.Key_N})
BACK_KEYS = frozenset({K.Key_Left, K.Key_PageUp, K.Key_Up, K.Key_Backspace, K.Key_P})
BLACK_KEYS = frozenset({K.Key_B, K.Key_Period})  # what clickers send for "blank screen"


def clock_text(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class Scroller(Protocol):
    """What the controller needs from the audience view."""

    def can_scroll_down(self) -> bool: ...

    def can_scroll_up(self) -> bool: ...

    def page_down(self) -> None: ...

    def page_up(self) -> None: ...


class Clock:
    """Elapsed time that can pause; the time on the current step restarts with each step."""

    def __init__(self) -> None:
        self._timer = QElapsedTimer()
        self._timer.start()
        self._banked = 0  # ms counted before the last pause
        self._running = True
        self._step_mark = 0  # total ms when the current step began

    def total_ms(self) -> int:
        return self._banked + (int(self._timer.elapsed()) if self._running else 0)

    def step_ms(self) -> int:
        return self.total_ms() - self._step_mark

    @property
    def running(self) -> bool:
        return self._running

    def pause(self) -> None:
        if self._running:
            self._banked += int(self._timer.elapsed())
            self._running = False

    def resume(self) -> None:
        if not self._running:
            self._timer.restart()
            self._running = True

    def reset(self) -> None:
        self._banked = 0
        self._step_mark = 0
        self._timer.restart()

    def new_step(self) -> None:
        self._step_mark = self.total_ms()


class PresentationController(QObject):
    changed = Signal()  # the frame, the reveal or the black screen changed
    deck_changed = Signal()  # the same presentation in another language or script (set_deck)
    tick = Signal()  # once a second, for the clocks
    finished = Signal()  # the trainer left the presentation

    def __init__(self, kb: KnowledgeBase, deck: Deck, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.deck = deck
        self.presentation = Presentation(deck)
        self.clock = Clock()
        self.black = False
        self.show_timer = True
        self._slide = 0
        self._ended = False
        self._scroller: Scroller | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()

    def set_deck(self, deck: Deck) -> None:
        """Go on with `deck` (the same case or article, now in another language or script) at the
        same step and card, with the same steps revealed."""
        old = self.presentation
        slide, anchor = old.position()
        self.deck = deck
        self.presentation = Presentation(deck, revealed={n for n in old.revealed if n < len(deck.slides)})
        self.presentation.place(slide, anchor)
        self._slide = self.presentation.frame.slide
        self.deck_changed.emit()
        self.changed.emit()

    def set_scroller(self, scroller: Scroller | None) -> None:
        """The audience view: a page too long even at the minimum type size scrolls before moving on."""
        self._scroller = scroller

    # -- moving -----------------------------------------------------------------------------
    def _moved(self) -> None:
        if self.presentation.frame.slide != self._slide:
            self._slide = self.presentation.frame.slide
            self.clock.new_step()
        self.changed.emit()

    def forward(self) -> None:
        if self.black:  # a click on a black screen brings the room back first
            self.set_black(False)
            return
        if self._scroller is not None and self._scroller.can_scroll_down():
            self._scroller.page_down()
            return
        if self.presentation.forward():
            self._moved()

    def back(self) -> None:
        if self.black:
            self.set_black(False)
            return
        if self._scroller is not None and self._scroller.can_scroll_up():
            self._scroller.page_up()
            return
        if self.presentation.back():
            self._moved()

    def first(self) -> None:
        self.presentation.first()
        self._moved()

    def last(self) -> None:
        self.presentation.last()
        self._moved()

    def go_to_slide(self, slide: int) -> None:
        self.presentation.go_to_slide(slide)
        self._moved()

    def toggle_reveal(self) -> None:
        if self.presentation.can_reveal():
            self.presentation.toggle_reveal()
            self._moved()

    def relayout_done(self) -> None:
        self._moved()

    # -- the room's screen ------------------------------------------------------------------
    def set_black(self, black: bool) -> None:
        if black != self.black:
            self.black = black
            self.changed.emit()

    def toggle_black(self) -> None:
        self.set_black(not self.black)

    def toggle_timer(self) -> None:
        self.show_timer = not self.show_timer
        self.changed.emit()

    def toggle_pause(self) -> None:
        if self.clock.running:
            self.clock.pause()
        else:
            self.clock.resume()
        self.tick.emit()

    def reset_clock(self) -> None:
        self.clock.reset()
        self.tick.emit()

    def stop(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._ticker.stop()
        self.finished.emit()

    @property
    def ended(self) -> bool:
        return self._ended

    # -- keys -------------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """The presentation keys, from either window. True when the key was used."""
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        key = event.key()
        if key in FORWARD_KEYS:
            self.forward()
        elif key in BACK_KEYS:
            self.back()
        elif key == K.Key_Home:
            self.first()
        elif key == K.Key_End:
            self.last()
        elif key == K.Key_R:
            self.toggle_reveal()
        elif key in BLACK_KEYS:
            self.toggle_black()
        elif key == K.Key_T:
            self.toggle_timer()
        elif key == K.Key_Escape:
            self.stop()
        else:
            return False
        return True
