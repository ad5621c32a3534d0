"""An index build reports its progress often, and a progress callback that raises stops it: the
app stops a first-start build this way when its window is closed, so closing never waits for the
whole build. Nothing of a stopped build is left, and the index that was there before still works."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from search_index.searcher import SearchIndex
from search_index.store import REPORT_EVERY, build_documents
from tests.search_index.sample_docs import doc

DOCUMENTS = [doc(f"page-{n}", f"Page {n} on wages", f"Wages of worker {n} were paid late.") for n in range(95)]
TOTAL = len(DOCUMENTS)


class StopBuildError(Exception):
    pass


def build(folder: Path, stop_at: int | None = None) -> list[tuple[int, int]]:
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        if len(reports) == stop_at:
            raise StopBuildError

    build_documents(DOCUMENTS, folder, "test", [], progress)
    return reports


def test_a_build_reports_at_least_every_few_documents(tmp_path: Path) -> None:
    reports = build(tmp_path / "index")
    assert reports[0] == (0, TOTAL) and reports[-1] == (TOTAL, TOTAL)
    assert all(total == TOTAL for _, total in reports)
    done = [d for d, _ in reports]
    assert done == sorted(done)
    # Both passes (analysis, then writing) report: each document counts for half a step.
    assert max(b - a for a, b in itertools.pairwise(done)) <= REPORT_EVERY // 2 + 1
    assert len(reports) >= 2 * TOTAL // REPORT_EVERY


@pytest.mark.parametrize("stop_at", [1, 4, 9, 14, 19])
def test_a_progress_callback_that_raises_stops_the_build_and_leaves_the_old_index(tmp_path: Path, stop_at: int) -> None:
    folder = tmp_path / "cache" / "index"
    build_documents(DOCUMENTS[:3], folder, "before", [])
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(StopBuildError):
        build(folder, stop_at)
    assert sorted(p.name for p in folder.iterdir()) == before
    assert [p.name for p in folder.parent.iterdir()] == ["index"], "no half-built folder is left"
    with SearchIndex.open(folder) as index:
        assert index.search("wages", 10).total == 3
