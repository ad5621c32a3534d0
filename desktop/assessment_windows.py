"""The guided-assessment windows that are open, as a service on the application context.

The assessment feature opens and closes them (`add`, `remove`) and says how a new one is started
(`provide`); another feature that works with an assessment (the field kit hands one to the worker)
uses `windows()`, `new()` and the `opened` signal, and sees the windows only through the
`AssessmentWindow` protocol: it never imports the assessment feature."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

if TYPE_CHECKING:
    from content.assessment.session import Session
    from content.fieldkit_answers import WorkerCard


class AssessmentWindow(Protocol):
    """What other features use of a guided-assessment window (features/assessment/wizard.py)."""

    assessment_id: int | None
    session: Session
    card_answers_requested: SignalInstance  # (question id) a row of the worker's answers was activated

    def saved_id(self) -> int: ...  # the database row (created now if nothing was saved yet)

    def attach_card(self, card: WorkerCard | None) -> None: ...

    def isVisible(self) -> bool: ...

    def show(self) -> None: ...

    def hide(self) -> None: ...


class OpenAssessments(QObject):
    opened = Signal(object)  # an AssessmentWindow, just opened (emitted by `add`)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows: list[AssessmentWindow] = []
        self._start_new: Callable[[], AssessmentWindow | None] | None = None

    def provide(self, start_new: Callable[[], AssessmentWindow | None]) -> None:
        """How a new assessment is started (the assessment feature, once)."""
        self._start_new = start_new

    def add(self, window: AssessmentWindow) -> None:
        self._windows.append(window)
        self.opened.emit(window)

    def remove(self, window: AssessmentWindow) -> None:
        if window in self._windows:
            self._windows.remove(window)

    def windows(self) -> list[AssessmentWindow]:
        """The open windows, oldest first."""
        return list(self._windows)

    def new(self) -> AssessmentWindow | None:
        """A new assessment window (None when the assessment feature is not there or declined)."""
        return self._start_new() if self._start_new is not None else None
