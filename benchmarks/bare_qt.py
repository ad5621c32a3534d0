"""The floor for start-up: import QtWidgets, create QApplication, show a QMainWindow, paint once."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
window.show()
window.repaint()
app.processEvents()
sys.exit(0)
