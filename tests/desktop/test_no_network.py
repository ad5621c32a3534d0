"""Inspection data is sensitive: the app opens no network connection at all. A real app process is
used the way an inspector uses it with every way out blocked and recorded; any attempt fails
the test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def run_driver(args: list[str], tmp_path: Path, code: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "tests.desktop.no_network_driver", *args]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.slow
def test_search_pages_assessment_and_exports_open_no_network_connection(tmp_path: Path, seeded_cache: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = run_driver([str(out)], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "DRIVEN" in done.stdout, done.stdout + done.stderr  # it really searched, assessed and exported
    attempts = [line for line in done.stdout.splitlines() if line.startswith(("NETWORK", "OPEN-SOCKET"))]
    assert attempts == []
    assert "ATTEMPTS 0" in done.stdout
    for name in ("page.pdf", "record.pdf", "notes.md"):
        assert (out / name).stat().st_size > 0


def test_the_guard_does_catch_a_connection_attempt(tmp_path: Path) -> None:
    """The check above would be worthless if the guard let a connection through unnoticed."""
    code = (
        "import urllib.request\n"
        "from tests.desktop.no_network_driver import block_network, ATTEMPTS\n"
        "block_network()\n"
        "try:\n"
        "    urllib.request.urlopen('http://192.0.2.1/', timeout=1)\n"
        "except OSError:\n"
        "    pass\n"
        "print('COUNT', len(ATTEMPTS))\n"
    )
    done = run_driver([], tmp_path, code)
    assert "NETWORK socket." in done.stdout
    assert "COUNT 0" not in done.stdout
