"""Self-test results and the room's live assessments, kept in the user database (migration slot
3, "trainer"). No names: which case, what was ticked or recorded, the outcome, the score, when.
Each result is written in one transaction the moment it is scored. Qt-free (stdlib sqlite3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.userdata.database import UserDatabase, utc_timestamp

if TYPE_CHECKING:
    from content.selftest import QuizResult, RoomComparison


now = utc_timestamp  # shared with the other stores of the user database


@dataclass(frozen=True)
class Versions:
    content: str
    rules: str


@dataclass(frozen=True)
class StoredResult:
    id: int
    kind: str  # "self-test" | "live"
    case_id: str
    lang: str
    chosen: tuple[str, ...]
    hits: int
    misses: int
    false_alarms: int
    outcome: str
    expected_outcome: str
    score: int
    taken_at: str

    @property
    def outcome_correct(self) -> bool:
        return bool(self.outcome) and self.outcome == self.expected_outcome


class TrainerStore:
    def __init__(self, db: UserDatabase) -> None:
        self.db = db

    def save_self_test(self, result: QuizResult, lang: str, versions: Versions) -> int:
        return self._insert(
            "self-test",
            result.case_id,
            lang,
            versions,
            result.chosen,
            len(result.hits),
            len(result.misses),
            len(result.false_alarms),
            result.chosen_outcome,
            result.expected_outcome,
            result.score,
        )

    def save_live(
        self, case_id: str, recorded: tuple[str, ...], comparison: RoomComparison, lang: str, versions: Versions
    ) -> int:
        return self._insert(
            "live",
            case_id,
            lang,
            versions,
            recorded,
            len(comparison.shared),
            len(comparison.case_only),
            len(comparison.room_only),
            comparison.room_outcome,
            comparison.expected_outcome,
            100 if comparison.same_outcome else 0,
        )

    def _insert(
        self,
        kind: str,
        case_id: str,
        lang: str,
        versions: Versions,
        chosen: tuple[str, ...],
        hits: int,
        misses: int,
        false_alarms: int,
        outcome: str,
        expected: str,
        score: int,
    ) -> int:
        with self.db.transaction() as cur:
            cur.execute(
                "INSERT INTO trainer_result (kind, case_id, lang, content_version, rules_version, chosen, hits, "
                "misses, false_alarms, outcome, expected_outcome, score, taken_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    kind,
                    case_id,
                    lang,
                    versions.content,
                    versions.rules,
                    " ".join(chosen),
                    hits,
                    misses,
                    false_alarms,
                    outcome,
                    expected,
                    score,
                    now(),
                ),
            )
            new_id = cur.lastrowid
        assert new_id is not None
        return int(new_id)

    def results(self, case_id: str | None = None, kind: str = "self-test", limit: int = 50) -> list[StoredResult]:
        """Newest first."""
        sql = (
            "SELECT id, kind, case_id, lang, chosen, hits, misses, false_alarms, outcome, expected_outcome, score, "
            "taken_at FROM trainer_result WHERE kind = ?"
        )
        params: list[object] = [kind]
        if case_id is not None:
            sql += " AND case_id = ?"
            params.append(case_id)
        sql += " ORDER BY taken_at DESC, id DESC LIMIT ?"
        params.append(limit)
        rows = self.db.connection.execute(sql, params).fetchall()
        return [
            StoredResult(
                id=int(r["id"]),
                kind=str(r["kind"]),
                case_id=str(r["case_id"]),
                lang=str(r["lang"]),
                chosen=tuple(str(r["chosen"]).split()),
                hits=int(r["hits"]),
                misses=int(r["misses"]),
                false_alarms=int(r["false_alarms"]),
                outcome=str(r["outcome"]),
                expected_outcome=str(r["expected_outcome"]),
                score=int(r["score"]),
                taken_at=str(r["taken_at"]),
            )
            for r in rows
        ]

    def clear(self, kind: str = "self-test") -> int:
        with self.db.transaction() as cur:
            cur.execute("DELETE FROM trainer_result WHERE kind = ?", (kind,))
            return int(cur.rowcount)
