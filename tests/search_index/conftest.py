"""Fixtures shared by the search tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from search_index.searcher import SearchIndex


@pytest.fixture(scope="module")
def real_index(real_index_dir: Path) -> Iterator[SearchIndex]:
    """The bundled content's index, opened once per test module (its caches are the module's)."""
    with SearchIndex.open(real_index_dir) as index:
        yield index
