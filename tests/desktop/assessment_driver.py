"""Drives a real assessment window offscreen for the crash-safety test: answers one question after
another and prints `saved <assessment id> <question> <answer>` after each answer has been given
(the window saves it before the click returns). The test kills this process mid-way with SIGKILL.

    python -m tests.desktop.assessment_driver DATABASE [DELAY_SECONDS]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from content.assessment.session import OUTCOME, REVIEW
from content.loader import load_knowledge_base
from desktop.features.assessment.store import AssessmentStore
from desktop.features.assessment.wizard import AssessmentWindow
from desktop.userdata.database import UserDatabase

ANSWERS = ("yes", "no", "unknown")


def main(argv: list[str]) -> int:
    database, delay = Path(argv[0]), float(argv[1]) if len(argv) > 1 else 0.02
    app = QApplication([])
    kb = load_knowledge_base().kb
    store = AssessmentStore(UserDatabase.open(database))
    window = AssessmentWindow(kb, kb.trees["labour-exploitation"], store, lang=lambda: "en", css=lambda: "")
    window.show()
    print("started", flush=True)
    count = 0
    while window.session.position not in (REVIEW, OUTCOME):
        node = window.question_page.node_id
        value = ANSWERS[count % len(ANSWERS)]
        window.question_page.answer(value)
        print(f"saved {window.assessment_id} {node} {value}", flush=True)
        count += 1
        app.processEvents()
        time.sleep(delay)
    print("done", flush=True)
    time.sleep(120)  # stay alive until killed
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
