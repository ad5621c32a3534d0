"""Builds the two large indexes of test_pruning.py, in a child process of the test run.

Under coverage the build is traced line by line and takes several times as long as here (about
30 s against 7 s for `larger` on a 2-core machine); the build itself is tested elsewhere, so
these fixtures only need its result. The same functions as in the test process build them.

    python -m tests.search_index.build_pruning_indexes LARGER_DIR TIED_DIR
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from benchmarks.search_bench import bundled_documents, synthetic_documents
from search_index.store import build_documents, glossary_forms

SYNTHETIC = 900  # documents: common words match more than the few hundred best looked at first
COPIES = 300  # copies of one term's two language versions: every score is tied
TIED_TERM = "debt-bondage"


def main(argv: list[str]) -> int:
    larger, tied = Path(argv[0]), Path(argv[1])
    documents, kb = bundled_documents()
    forms = glossary_forms(kb)  # type: ignore[arg-type]
    build_documents(synthetic_documents(documents, SYNTHETIC), larger, "pruning", forms)
    # Hundreds of copies of the English and Serbian text of one glossary term (its synonyms are
    # checked as phrases): the best few hundred are all tied, and all change together.
    term = [d for d in documents if d.kind == "glossary" and d.id == TIED_TERM]
    if {d.lang for d in term} != {"en", "sr"}:
        print(f"the glossary term {TIED_TERM} needs an English and a Serbian text", file=sys.stderr)
        return 1
    copies = [
        replace(d, key=f"{d.kind}:copy-{n}:{d.lang}", id=f"copy-{n}", href=f"kb:copy-{n}")
        for n in range(COPIES)
        for d in term
    ]
    build_documents(copies, tied, "tied", forms)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
