"""Crash safety: an assessment answered in another process is killed with SIGKILL mid-way; every
answer given before the kill is in the database, and the file opens cleanly."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from content.assessment.session import Session
from content.loader import LoadResult
from desktop.features.assessment.store import AssessmentStore
from desktop.userdata.database import UserDatabase
from tests.conftest import REPO


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", [1, 9, 23])
def test_every_answer_given_before_sigkill_is_in_the_database(
    tmp_path: Path, real_load: LoadResult, kill_after: int
) -> None:
    database = tmp_path / "user.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.desktop.assessment_driver", str(database), "0.01"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    given: list[tuple[int, str, str]] = []
    deadline = time.monotonic() + 120
    try:
        while len(given) < kill_after and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            if line.startswith("saved "):
                _, assessment, node, value = line.split()
                given.append((int(assessment), node, value))
        # Somewhere in the middle of the next answer; the same moment on every run (seeded).
        time.sleep(random.Random(f"sigkill-after-{kill_after}").uniform(0, 0.02))
        process.send_signal(signal.SIGKILL)
        rest, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    for line in rest.splitlines():  # printed before the kill, still in the pipe
        if line.startswith("saved "):
            _, assessment, node, value = line.split()
            given.append((int(assessment), node, value))
    assert process.returncode == -signal.SIGKILL
    assert len(given) >= kill_after, "the driver did not answer enough questions before the kill"

    db = UserDatabase.open(database)  # opens cleanly: not moved aside as damaged
    assert db.notice is None
    saved = AssessmentStore(db).load(given[0][0])
    assert saved is not None
    for _assessment, node, value in given:
        assert saved.answers.get(node) == value, f"answer to {node!r} lost by the crash"
    assert len(saved.answers) <= len(given) + 1  # at most the answer being saved at the kill
    # The saved step is where the wizard was going: resuming lands on a question of the path.
    session = Session(real_load.kb, real_load.kb.trees[saved.tree_id], saved.answers, saved.position)
    assert session.resume_step() in session.steps()
