"""Times in the user database are written in UTC, so saved assessments and trainer results keep
their order when the clocks change for summer time or the laptop travels to another time zone;
they are shown in local time. Databases that stored local times are migrated (slot 4)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from content.selftest import QuizResult
from desktop.features.assessment.store import AssessmentStore, Versions, readable_time
from desktop.features.trainer.store import TrainerStore
from desktop.features.trainer.store import Versions as TrainerVersions
from desktop.userdata.database import MIGRATIONS, UserDatabase, utc_timestamp

V = Versions("labour-exploitation", "t1", "r1", "c1")


@pytest.fixture
def zone() -> Iterator[Callable[[str], None]]:
    """Move this process to another time zone, as a laptop that travels (POSIX time.tzset)."""
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone is switched with time.tzset, which this system lacks")
    before = os.environ.get("TZ")

    def switch(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield switch
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[UserDatabase]:
    opened = UserDatabase.open(tmp_path / "u.sqlite3")
    yield opened
    opened.close()


def test_an_assessment_continued_after_a_flight_is_the_most_recent(
    db: UserDatabase, zone: Callable[[str], None]
) -> None:
    store = AssessmentStore(db)
    zone("Asia/Tokyo")
    first = store.create(V, "en", "A-1")
    second = store.create(V, "en", "B-2")
    zone("America/New_York")  # 14 hours behind: its clock reads earlier than Tokyo's did
    store.save_answer(first, "minor", "no", [], "x", "no-indication", V)
    assert [s.id for s in store.list()] == [first, second]


def test_trainer_results_stay_newest_first_across_a_time_zone_change(
    db: UserDatabase, zone: Callable[[str], None]
) -> None:
    store = TrainerStore(db)
    result = QuizResult("farm", ("a",), ("a",), (), (), "no-indication", "no-indication", "no-indication", ())
    zone("Europe/Belgrade")
    earlier = store.save_self_test(result, "sr", TrainerVersions("c1", "r1"))
    zone("America/Los_Angeles")
    later = store.save_self_test(result, "sr", TrainerVersions("c1", "r1"))
    assert [r.id for r in store.results("farm")] == [later, earlier]


def test_times_are_stored_in_utc_and_shown_in_local_time(zone: Callable[[str], None]) -> None:
    zone("Europe/Belgrade")
    stamp = utc_timestamp()
    assert stamp.endswith("+00:00") and len(stamp) == len("2026-11-30T13:05:12.000000+00:00")
    assert abs(datetime.fromisoformat(stamp) - datetime.now(UTC)) < timedelta(seconds=5)
    assert readable_time("2026-07-01T10:00:00.000000+00:00") == "2026-07-01 12:00"  # summer time
    assert readable_time("2026-12-01T10:00:00.000000+00:00") == "2026-12-01 11:00"
    assert readable_time("2026-12-01T10:00:00.000000+00:00", seconds=True) == "2026-12-01 11:00:00"
    assert readable_time("") == ""


def test_local_times_saved_before_are_migrated_to_utc(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    old = UserDatabase.open(path, MIGRATIONS[:3])
    # The night summer time ended in Belgrade: 02:50 summer time came before 02:10 winter time.
    before_change, after_change = "2026-10-25T02:50:00+02:00", "2026-10-25T02:10:00+01:00"
    with old.transaction() as cur:
        for reference, stamp in (("before", before_change), ("after", after_change)):
            cur.execute(
                "INSERT INTO assessments (case_reference, tree_id, tree_version, rules_version, content_version, "
                "created_at, updated_at) VALUES (?, 't', 't1', 'r1', 'c1', ?, ?)",
                (reference, stamp, stamp),
            )
        cur.execute(
            "INSERT INTO assessment_answers (assessment_id, node_id, answer, answered_at) VALUES (1, 'minor', 'no', ?)",
            (before_change,),
        )
        cur.execute(
            "INSERT INTO trainer_result (kind, case_id, content_version, rules_version, taken_at) "
            "VALUES ('self-test', 'farm', 'c1', 'r1', ?), ('self-test', 'farm', 'c1', 'r1', 'not a time')",
            (after_change,),
        )
    old.close()
    db = UserDatabase.open(path)
    try:
        assert db.schema_version == len(MIGRATIONS) >= 4
        listed = AssessmentStore(db).list()
        assert [s.case_reference for s in listed] == ["after", "before"]
        before_utc, after_utc = "2026-10-25T00:50:00.000000+00:00", "2026-10-25T01:10:00.000000+00:00"
        assert [s.updated_at for s in listed] == [after_utc, before_utc]
        assert listed[1].created_at == before_utc
        answered = db.connection.execute("SELECT answered_at FROM assessment_answers").fetchone()[0]
        assert answered == before_utc
        taken = [r[0] for r in db.connection.execute("SELECT taken_at FROM trainer_result ORDER BY id")]
        assert taken == [after_utc, "not a time"]  # what cannot be read is kept
    finally:
        db.close()
