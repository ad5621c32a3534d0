"""Start the application: `python -m desktop [--exit-when-ready]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow

READY_TIMEOUT_MS = 120_000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prepoznaj", description="Prepoznaj: knowledge base and decision support for labour inspectors"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="open the main window, wait until content and search are ready and the window has painted, then exit",
    )
    return parser


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(list(argv))
    app.setApplicationName("Prepoznaj")
    app.setOrganizationName("Prepoznaj")
    app.setApplicationDisplayName("Prepoznaj")
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv if argv is not None else sys.argv[1:])
    app = create_application([sys.argv[0]])
    window = MainWindow()
    window.show()
    if args.exit_when_ready:

        def finish() -> None:
            window.repaint()  # the window has painted with the content before we leave
            app.processEvents()
            window.close()
            app.exit(0)

        window.ready.connect(finish)
        QTimer.singleShot(READY_TIMEOUT_MS, lambda: app.exit(1))
    window.start_loading()
    return int(app.exec())
