"""Drives trainer mode on two screens for test_trainer_two_screens.py. Run it with Qt's offscreen
platform configured with two screens (a laptop and a projector), and it prints one JSON object of
what each screen showed:

    QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json python -m tests.desktop.trainer_two_screens_driver
"""

from __future__ import annotations

import json
import sys
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop.app import create_application
from desktop.features.trainer.audience import AudienceWindow
from desktop.features.trainer.presenter import PresenterWindow
from desktop.main_window import MainWindow


def where(widget: QWidget | None) -> dict[str, Any]:
    if widget is None:
        return {}
    g = widget.geometry()
    return {
        "screen": widget.screen().name(),
        "geometry": [g.x(), g.y(), g.width(), g.height()],
        "full_screen": widget.isFullScreen(),
        "visible": widget.isVisible(),
    }


def settle() -> None:
    QTest.qWait(50)


def observe(window: MainWindow) -> dict[str, Any]:
    trainer = window.features.trainer
    seen: dict[str, Any] = {"screens": [s.name() for s in QGuiApplication.screens()]}
    seen["main"] = where(window)
    controller = trainer.present("drivers-camp")
    assert controller is not None
    settle()
    audience, presenter = trainer.audience, trainer.presenter
    assert isinstance(audience, AudienceWindow) and isinstance(presenter, PresenterWindow)
    seen["audience"] = where(audience)
    seen["presenter"] = where(presenter)
    seen["audience_px"] = audience.view.body_px
    for _ in range(2):
        QTest.keyClick(presenter, Qt.Key.Key_Right)  # the trainer's clicker, on the trainer's window
    settle()
    seen["after_presenter_keys"] = {"audience": audience.view.text(), "presenter": presenter.where.text()}
    QTest.keyClick(audience, Qt.Key.Key_PageDown)  # or on the room's window: the same presentation
    settle()
    seen["after_audience_key"] = {
        "audience": audience.view.text(),
        "presenter": presenter.where.text(),
        "next": presenter.next_caption.text(),
    }
    controller.go_to_slide(4)
    QTest.mouseClick(presenter.reveal_button, Qt.MouseButton.LeftButton)
    settle()
    seen["after_reveal"] = {"audience": audience.view.text(), "presenter": presenter.where.text()}
    mirror = presenter.mirror.pixmap()
    seen["mirror"] = [mirror.width(), mirror.height()] if mirror is not None else []
    QTest.keyClick(audience, Qt.Key.Key_Escape)
    settle()
    seen["after_escape"] = {  # closed, and deleted: nothing of the presentation stays behind
        "audience_visible": shiboken6.isValid(audience) and audience.isVisible(),
        "presenter_visible": shiboken6.isValid(presenter) and presenter.isVisible(),
        "running": trainer.controller is not None,
    }
    # The trainer picks the laptop for the room (remembered): the presenter view goes to the other one.
    trainer.settings.screen_name = "laptop"
    trainer.present("drivers-camp")
    settle()
    seen["swapped"] = {"audience": where(trainer.audience), "presenter": where(trainer.presenter)}
    trainer.stop_presentation()
    trainer.settings.presenter_view = False
    trainer.settings.screen_name = ""
    trainer.present("drivers-camp")
    settle()
    seen["no_presenter"] = {"audience": where(trainer.audience), "presenter": trainer.presenter is not None}
    trainer.stop_presentation()
    return seen


def main() -> int:
    app = create_application(sys.argv[:1])
    window = MainWindow()
    laptop = QGuiApplication.screens()[0]
    window.setGeometry(laptop.availableGeometry().adjusted(20, 20, -20, -20))
    window.show()
    result: dict[str, Any] = {}

    def ready() -> None:
        try:
            result.update(observe(window))
        except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
            result["error"] = repr(exc)
        window.close()
        app.exit(0)

    window.ready.connect(lambda: QTimer.singleShot(50, ready))
    QTimer.singleShot(60_000, lambda: app.exit(1))
    window.start_loading()
    code = app.exec()
    print(json.dumps(result), flush=True)
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
