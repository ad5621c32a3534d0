"""The floor for start-up: import QtWidgets, create QApplication, show a QMainWindow, paint once.

It ends the way the app ends (desktop/app.py `run`: streams flushed, then `os._exit`), so
neither side pays a teardown the other skips. With PREPOZNAJ_STARTUP_TRACE set it writes the
moment it has painted, as the app writes its moments."""

import os
import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
window.show()
window.repaint()
app.processEvents()
trace = os.environ.get("PREPOZNAJ_STARTUP_TRACE")
if trace:
    with open(trace, "a", encoding="utf-8") as handle:
        handle.write(f"painted {time.time():.4f}\n")
window.close()
sys.stdout.flush()
sys.stderr.flush()
os._exit(0)
