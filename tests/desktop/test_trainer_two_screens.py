"""The presenter view on a real two-screen set-up: Qt's offscreen platform configured with a laptop
screen and a projector (a JSON screen file), driven in a subprocess because the screens of a
running QApplication cannot change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1024, "height": 768},
    ]
}


@pytest.mark.slow
def test_present_on_two_screens_the_room_and_the_trainer_stay_in_step(
    tmp_path: Path, seeded_cache: Path, isolated_dirs: Path
) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    run = subprocess.run(
        [sys.executable, "-m", "tests.desktop.trainer_two_screens_driver"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert "error" not in seen, seen.get("error")
    assert seen["screens"] == ["laptop", "projector"] and seen["main"]["screen"] == "laptop"

    # The room's screen is the one the trainer's window is not on, full screen; the presenter
    # view takes the trainer's screen.
    assert seen["audience"] == {
        "screen": "projector",
        "geometry": [1366, 0, 1024, 768],
        "full_screen": True,
        "visible": True,
    }
    assert seen["presenter"]["screen"] == "laptop" and seen["presenter"]["full_screen"]
    assert seen["presenter"]["geometry"] == [0, 0, 1366, 768]
    assert seen["audience_px"] == round(min(768 / 26, 1024 / 42))  # type scaled to the projector

    # Keys in either window move the one presentation; both screens say the same place.
    step = seen["after_presenter_keys"]
    assert "The camp" in step["audience"] and "Contracts and pay" not in step["audience"]
    assert "Step 3 of 6: What the inspection found" in step["presenter"] and "card 1 of 5" in step["presenter"]
    step = seen["after_audience_key"]
    assert "Contracts and pay" in step["audience"] and "card 2 of 5" in step["presenter"]
    assert step["next"] == "Next click: card 3 of 5"
    step = seen["after_reveal"]
    assert "Recorded ids, dimension by dimension" in step["audience"] and "Step 5 of 6: Analysis" in step["presenter"]
    assert seen["mirror"] and seen["mirror"][0] > 100, "the presenter sees a picture of the room's screen"
    assert seen["after_escape"] == {"audience_visible": False, "presenter_visible": False, "running": False}

    # The remembered choice wins; the presenter view moves to the other screen.
    assert seen["swapped"]["audience"]["screen"] == "laptop"
    assert seen["swapped"]["presenter"]["screen"] == "projector"
    # Without the presenter view, only the room's window opens.
    assert seen["no_presenter"]["audience"]["screen"] == "projector" and not seen["no_presenter"]["presenter"]
