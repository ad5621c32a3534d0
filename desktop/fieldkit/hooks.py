"""What the field kit needs from a guided-assessment window, as a protocol: the field kit does not
import the assessment feature, it only uses these members (desktop/assessment/wizard.py has them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance

if TYPE_CHECKING:
    from content.assessment.session import Session
    from content.fieldkit_answers import WorkerCard


class AssessmentWindow(Protocol):
    assessment_id: int | None
    session: Session
    card_answers_requested: SignalInstance  # (question id) a row of the worker's answers was activated

    def saved_id(self) -> int: ...  # the database row (created now if nothing was saved yet)

    def attach_card(self, card: WorkerCard | None) -> None: ...

    def isVisible(self) -> bool: ...

    def show(self) -> None: ...

    def hide(self) -> None: ...
