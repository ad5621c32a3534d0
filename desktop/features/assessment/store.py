"""Saved assessments in the user database (migration slots 1, "assessments", and 4, "assessment rule
set").

Each answer is written in its own transaction the moment it is given, together with the step to
resume at, so a crash or a power cut loses nothing that was answered. A case reference is the only
identifying field; there is no field for a person's name. Qt-free (stdlib sqlite3)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.userdata.database import UserDatabase, local_time, utc_timestamp

now = utc_timestamp  # shared with the other stores of the user database: UTC, so text order is time order
readable_time = local_time  # a stored time as the user reads it (local time)


@dataclass(frozen=True)
class SavedAssessment:
    id: int
    case_reference: str
    tree_id: str
    tree_version: str
    rules_version: str  # the version of the rule set below
    content_version: str
    lang: str
    position: str
    outcome: str
    created_at: str
    updated_at: str
    answered: int = 0
    answers: dict[str, str] = field(default_factory=dict)  # filled by load(), empty in list()
    rule_set: str = "research"  # the rule set the outcome was computed with (content/rules.yaml)


@dataclass(frozen=True)
class Versions:
    tree_id: str
    tree_version: str
    rules_version: str  # the version of `rule_set`
    content_version: str
    rule_set: str = "research"


_COLUMNS = (
    "id, case_reference, tree_id, tree_version, rules_version, content_version, lang, position, outcome, "
    "created_at, updated_at, rule_set"
)


class AssessmentStore:
    def __init__(self, db: UserDatabase) -> None:
        self.db = db

    def create(self, versions: Versions, lang: str, case_reference: str = "") -> int:
        stamp = now()
        with self.db.transaction() as cur:
            cur.execute(
                "INSERT INTO assessments (case_reference, tree_id, tree_version, rule_set, rules_version, "
                "content_version, lang, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_reference.strip(),
                    versions.tree_id,
                    versions.tree_version,
                    versions.rule_set,
                    versions.rules_version,
                    versions.content_version,
                    lang,
                    stamp,
                    stamp,
                ),
            )
            new_id = cur.lastrowid
        assert new_id is not None
        return int(new_id)

    def save_answer(
        self,
        assessment_id: int,
        node_id: str,
        answer: str,
        recorded: Sequence[str],
        position: str,
        outcome: str,
        versions: Versions,
    ) -> None:
        """One answer, the step to resume at and the outcome it leads to, in one transaction. The
        versions are those the outcome was computed with."""
        stamp = now()
        with self.db.transaction() as cur:
            cur.execute(
                "INSERT INTO assessment_answers (assessment_id, node_id, answer, recorded, answered_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, node_id) DO UPDATE SET "
                "answer = excluded.answer, recorded = excluded.recorded, answered_at = excluded.answered_at",
                (assessment_id, node_id, answer, " ".join(recorded), stamp),
            )
            cur.execute(
                "UPDATE assessments SET position = ?, outcome = ?, tree_version = ?, rule_set = ?, rules_version = ?, "
                "content_version = ?, updated_at = ? WHERE id = ?",
                (
                    position,
                    outcome,
                    versions.tree_version,
                    versions.rule_set,
                    versions.rules_version,
                    versions.content_version,
                    stamp,
                    assessment_id,
                ),
            )

    def save_position(self, assessment_id: int, position: str) -> None:
        with self.db.transaction() as cur:
            cur.execute("UPDATE assessments SET position = ? WHERE id = ?", (position, assessment_id))

    def save_case_reference(self, assessment_id: int, case_reference: str) -> None:
        with self.db.transaction() as cur:
            cur.execute(
                "UPDATE assessments SET case_reference = ?, updated_at = ? WHERE id = ?",
                (case_reference.strip(), now(), assessment_id),
            )

    def load(self, assessment_id: int) -> SavedAssessment | None:
        row = self.db.connection.execute(
            f"SELECT {_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,)
        ).fetchone()
        if row is None:
            return None
        answers = {
            r["node_id"]: r["answer"]
            for r in self.db.connection.execute(
                "SELECT node_id, answer FROM assessment_answers WHERE assessment_id = ?", (assessment_id,)
            )
        }
        return SavedAssessment(**dict(row), answered=len(answers), answers=answers)

    def list(self) -> list[SavedAssessment]:
        """Every saved assessment, the most recently changed first."""
        rows = self.db.connection.execute(
            f"SELECT {_COLUMNS}, (SELECT count(*) FROM assessment_answers a WHERE a.assessment_id = assessments.id) "
            "AS answered FROM assessments ORDER BY updated_at DESC, id DESC"
        ).fetchall()
        return [SavedAssessment(**dict(r)) for r in rows]

    def duplicate(self, assessment_id: int, suffix: str) -> int:
        """A copy with every answer and the same step, for a second worker in the same situation."""
        stamp = now()
        with self.db.transaction() as cur:
            cur.execute(
                "INSERT INTO assessments (case_reference, tree_id, tree_version, rule_set, rules_version, "
                "content_version, lang, position, outcome, created_at, updated_at) SELECT "
                "trim(case_reference || ' ' || ?), tree_id, tree_version, rule_set, rules_version, content_version, "
                "lang, position, outcome, ?, ? FROM assessments WHERE id = ?",
                (suffix, stamp, stamp, assessment_id),
            )
            if cur.rowcount != 1:
                raise KeyError(assessment_id)
            new_id = cur.lastrowid
            cur.execute(
                "INSERT INTO assessment_answers (assessment_id, node_id, answer, recorded, answered_at) "
                "SELECT ?, node_id, answer, recorded, answered_at FROM assessment_answers WHERE assessment_id = ?",
                (new_id, assessment_id),
            )
        assert new_id is not None
        return int(new_id)

    def delete(self, assessment_id: int) -> None:
        with self.db.transaction() as cur:
            cur.execute("DELETE FROM assessment_answers WHERE assessment_id = ?", (assessment_id,))
            cur.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))
