"""Saved assessments in the user database: slot 1 of the migrations, answers upserted one by one,
list, duplicate, delete; no field for a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.features.assessment.store import AssessmentStore, Versions
from desktop.userdata.database import MIGRATIONS, UserDatabase

V1 = Versions("labour-exploitation", "t1", "r1", "c1")
V2 = Versions("labour-exploitation", "t2", "r2", "c2")


@pytest.fixture
def store(tmp_path: Path) -> AssessmentStore:
    return AssessmentStore(UserDatabase.open(tmp_path / "u.sqlite3"))


def test_assessments_is_migration_slot_one_and_has_no_name_field(store: AssessmentStore) -> None:
    assert MIGRATIONS[0].name == "assessments"
    columns = {r["name"] for r in store.db.connection.execute("PRAGMA table_info(assessments)")}
    assert "case_reference" in columns
    assert not {c for c in columns if "name" in c}


def test_answers_are_saved_one_by_one_and_can_be_changed(store: AssessmentStore) -> None:
    new_id = store.create(V1, "sr", "  IR-1  ")
    store.save_answer(new_id, "minor", "yes", ["minor"], "seasonal_farm_work", "no-indication", V1)
    store.save_answer(new_id, "urgent_danger", "no", [], "minor", "no-indication", V1)
    store.save_answer(new_id, "minor", "unknown", [], "seasonal_farm_work", "no-indication", V2)
    saved = store.load(new_id)
    assert saved is not None
    assert saved.answers == {"minor": "unknown", "urgent_danger": "no"}
    assert (saved.case_reference, saved.lang, saved.position) == ("IR-1", "sr", "seasonal_farm_work")
    assert (saved.tree_version, saved.rules_version, saved.content_version) == ("t2", "r2", "c2")
    recorded = store.db.connection.execute("SELECT recorded FROM assessment_answers WHERE node_id='minor'").fetchone()
    assert recorded[0] == ""


def test_an_answer_must_be_yes_no_or_unknown(store: AssessmentStore) -> None:
    import sqlite3

    new_id = store.create(V1, "en")
    with pytest.raises(sqlite3.IntegrityError):
        store.save_answer(new_id, "minor", "maybe", [], "x", "no-indication", V1)
    assert store.load(new_id).answers == {}  # type: ignore[union-attr]


def test_list_duplicate_and_delete(store: AssessmentStore) -> None:
    first = store.create(V1, "en", "A-1")
    store.save_answer(first, "minor", "yes", ["minor"], "x", "no-indication", V1)
    second = store.create(V1, "en", "B-2")
    store.save_position(second, "@review")
    copy = store.duplicate(first, "(copy)")
    listed = store.list()
    assert listed[0].id == copy  # most recently changed first
    by_id = {s.id: s for s in listed}
    assert by_id[copy].case_reference == "A-1 (copy)"
    assert by_id[copy].answered == 1 and by_id[second].answered == 0
    assert store.load(copy).answers == {"minor": "yes"}  # type: ignore[union-attr]
    store.delete(first)
    assert store.load(first) is None
    assert store.load(copy) is not None  # the copy does not depend on the original
    assert (
        store.db.connection.execute(
            "SELECT count(*) FROM assessment_answers WHERE assessment_id=?", (first,)
        ).fetchone()[0]
        == 0
    )
