"""The hang guard of the test run: a test that hangs (here: a modal dialog nobody closes) fails
within the configured time with the stack of the place it hangs, instead of holding CI until the
job's own limit. pytest-timeout's "signal" method never fires while Qt's event loop holds the main
thread, so the configuration must ask for the "thread" method."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO

HANGING_TEST = """
from PySide6.QtWidgets import QMessageBox


def test_a_stray_modal_dialog(qtbot):
    box = QMessageBox()
    box.setText("nobody will press OK")
    box.exec()  # the line the stack must show
"""


def test_the_configured_guard_stops_a_hang_with_a_stack_and_in_time() -> None:
    options = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert options["timeout_method"] == "thread"
    assert 0 < int(options["faulthandler_timeout"]) < int(options["timeout"]) <= 300


def own_environment() -> dict[str, str]:
    """This run's environment without the options given to it (CI adds coverage through
    PYTEST_ADDOPTS; the inner run must not measure into the outer run's data)."""
    return {name: value for name, value in os.environ.items() if name != "PYTEST_ADDOPTS"}


@pytest.mark.slow
def test_a_modal_dialog_that_nobody_closes_fails_the_run_with_its_stack(tmp_path: Path) -> None:
    (tmp_path / "test_hang.py").write_text(HANGING_TEST, encoding="utf-8")
    began = time.monotonic()
    done = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:cov",
            "-c", str(REPO / "pyproject.toml"), "--rootdir", str(tmp_path),
            "-o", "timeout=3", "-o", "faulthandler_timeout=2", str(tmp_path / "test_hang.py"),
        ],
        cwd=tmp_path, env={**own_environment(), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    took = time.monotonic() - began
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "Timeout" in output
    assert "box.exec()  # the line the stack must show" in output
    assert took < 60, f"the hang held the run for {took:.0f} s"
