"""Run by test_case_editor.py in a subprocess that the test kills: open the case editor on a new
case, type a line, wait until the autosave has it, say so, then keep running until killed.

    python case_editor_driver.py USER_DIR MARKER"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from content.loader import load_knowledge_base
from content.paths import CONTENT_DIR
from desktop.features.case_editor.editor import CaseEditor, autosave_path


def main() -> None:
    user_dir, marker = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    kb = load_knowledge_base(CONTENT_DIR).kb
    editor = CaseEditor(kb, user_dir, "en")
    editor.show()
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    editor.editor.insertPlainText(f"\n{marker}\n")  # as typed: goes through the editor's own signals
    backup = autosave_path(user_dir, None)

    def wait() -> None:
        if backup.is_file() and marker in backup.read_text(encoding="utf-8"):
            print("autosaved", flush=True)
            return
        QTimer.singleShot(50, wait)

    wait()
    app.exec()  # until killed


if __name__ == "__main__":
    main()
