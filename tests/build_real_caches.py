"""Builds what an earlier start of the app leaves in its cache folder, for the bundled knowledge
base: the knowledge-base cache and the search index. Run by tests/conftest.py in a child process
as soon as the collected tests are known to need them, so the build (about 18 s under coverage in
the test process, 6 s here) runs beside the first tests instead of before the first test that
needs it. The same functions as in the test process build them, on the same content and code.

    python -m tests.build_real_caches KB_CACHE_DIR INDEX_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from content.kb_cache import load_knowledge_base_cached
from content.paths import CONTENT_DIR
from search_index.store import build_index


def main(argv: list[str]) -> int:
    cache_dir, index_dir = Path(argv[0]), Path(argv[1])
    loaded = load_knowledge_base_cached(CONTENT_DIR, cache_dir)
    if loaded.from_cache:
        print(f"{cache_dir} already held a knowledge-base cache", file=sys.stderr)
        return 1
    build_index(loaded.result.kb, index_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
