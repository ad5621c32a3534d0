"""The worker's own answers on the card, in the user database (migration slot 4, "worker_card").

Each answer is written in its own transaction the moment the worker gives it; the inspector's
decision on it (confirmed, or changed to the inspector's answer) is written the same way. A worker's
answer that the worker changes again goes back to "not yet decided". Qt-free (stdlib sqlite3)."""

from __future__ import annotations

from content.fieldkit_answers import INSPECTOR_ANSWERS, CardAnswer
from content.fieldkit_model import ANSWERS
from desktop.userdata.database import UserDatabase, utc_timestamp


class WorkerCardStore:
    def __init__(self, db: UserDatabase) -> None:
        self.db = db

    def save_answer(self, assessment_id: int, question_id: str, lang: str, answer: str) -> None:
        if answer not in ANSWERS:
            raise ValueError(answer)
        stamp = utc_timestamp()
        with self.db.transaction() as cur:
            cur.execute(
                "INSERT INTO worker_card_answers (assessment_id, question_id, lang, answer, answered_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
                "lang = excluded.lang, answer = excluded.answer, answered_at = excluded.answered_at, "
                "decision = NULL, inspector_answer = NULL, decided_at = NULL",
                (assessment_id, question_id, lang, answer, stamp),
            )
            cur.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", (stamp, assessment_id))

    def decide(self, assessment_id: int, question_id: str, decision: str | None, inspector_answer: str | None) -> None:
        """confirmed (the worker's answer stands), changed (the inspector's answer instead), or None
        (back to undecided)."""
        if decision == "changed" and inspector_answer not in INSPECTOR_ANSWERS:
            raise ValueError(inspector_answer)
        if decision not in (None, "confirmed", "changed"):
            raise ValueError(decision)
        stamp = utc_timestamp()
        with self.db.transaction() as cur:
            cur.execute(
                "UPDATE worker_card_answers SET decision = ?, inspector_answer = ?, decided_at = ? "
                "WHERE assessment_id = ? AND question_id = ?",
                (
                    decision,
                    inspector_answer if decision == "changed" else None,
                    stamp if decision else None,
                    assessment_id,
                    question_id,
                ),
            )
            if cur.rowcount != 1:
                raise KeyError(question_id)
            cur.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", (stamp, assessment_id))

    def load(self, assessment_id: int) -> tuple[CardAnswer, ...]:
        rows = self.db.connection.execute(
            "SELECT question_id, lang, answer, answered_at, decision, inspector_answer FROM worker_card_answers "
            "WHERE assessment_id = ? ORDER BY answered_at, question_id",
            (assessment_id,),
        ).fetchall()
        return tuple(CardAnswer(**dict(r)) for r in rows)
