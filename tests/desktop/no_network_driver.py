"""Starts the real app (desktop.app.main) with every way of reaching the network blocked and
recorded, then uses it like an inspector: searches, opens pages, walks an assessment to its
outcome, exports the record and a page as PDF and the notes as Markdown, and quits. Prints one
line per attempt (`NETWORK <what>`) and, at the end, the open internet sockets it finds
(`OPEN-SOCKET <kind>`). Local sockets (the single-instance check) are allowed: they are not network.

    python -m tests.desktop.no_network_driver OUTPUT_FOLDER
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ATTEMPTS: list[str] = []


def _record(what: str) -> None:
    ATTEMPTS.append(what)
    print(f"NETWORK {what}", flush=True)


def _guard_method(name: str) -> None:
    original = getattr(socket.socket, name)

    def guarded(self: socket.socket, *args: Any, **kwargs: Any) -> Any:
        if self.family == getattr(socket, "AF_UNIX", None):
            return original(self, *args, **kwargs)
        _record(f"socket.{name}{args!r}")
        raise OSError("network access is blocked in this test")

    setattr(socket.socket, name, guarded)


def _guard_function(name: str) -> None:
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _record(f"socket.{name}{args!r}")
        raise OSError("network access is blocked in this test")

    setattr(socket, name, guarded)


def block_network() -> None:
    for method in ("connect", "connect_ex", "sendto", "bind"):
        _guard_method(method)
    for function in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "create_connection"):
        _guard_function(function)


def open_inet_sockets() -> list[str]:
    """The internet sockets this process holds (from /proc: also those Qt opened in C++)."""
    inodes: dict[str, str] = {}
    for kind in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        table = Path(f"/proc/net/{kind}")
        if not table.exists():
            continue
        for line in table.read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9:
                inodes[fields[9]] = kind
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] in inodes:
            found.append(inodes[target[8:-1]])
    return found


def main(out: Path) -> int:
    block_network()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import desktop.app as app_module
    import desktop.main_window as main_window

    windows: list[Any] = []
    original_init = main_window.MainWindow.__init__

    def spy_init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        windows.append(self)
        self.ready.connect(lambda: QTimer.singleShot(0, lambda: drive(self, out)))

    main_window.MainWindow.__init__ = spy_init  # type: ignore[method-assign]

    def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
        from PySide6.QtCore import QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while not condition():
            if deadline.hasExpired():
                raise TimeoutError("the app did not get there in time")
            QApplication.processEvents()

    def drive(window: Any, folder: Path) -> None:
        from content.assessment.session import OUTCOME, REVIEW
        from desktop.features.assessment.record import export_pdf as export_record
        from desktop.features.desk.export import write_notes
        from desktop.features.printing.output import export_pdf

        try:
            window.search.field.setText("pasoš")
            wait_until(lambda: bool(window.search.hit_items()))
            window.search.field.setText("debt bondage")
            wait_until(lambda: bool(window.search.hit_items()))
            window.open_href("kb:palermo-protocol")
            window.open_href("kb:cd_confiscation_of_documents")
            window.features.desk.notes_panel.editor.setPlainText("Passports kept in the office safe.")
            window.features.desk.flush()
            job = window.features.printing.print_job()
            export_pdf(job, folder / "page.pdf")
            assessment = window.features.assessment.new_assessment()
            answers = ("yes", "no", "unknown")
            count = 0
            while assessment.session.position not in (REVIEW, OUTCOME) and count < 200:
                assessment.question_page.answer(answers[count % 3])
                count += 1
            export_record(assessment.record_job(), folder / "record.pdf")
            write_notes(folder / "notes.md", window.features.desk.store.notes(), __import__("datetime").datetime.now())
            for kind in open_inet_sockets():
                print(f"OPEN-SOCKET {kind}", flush=True)
            print("DRIVEN", flush=True)
        finally:
            assessment_windows = list(window.features.assessment.windows)
            for win in assessment_windows:
                win.close()
            window.close()
            QApplication.instance().quit()  # type: ignore[union-attr]

    code = app_module.main([])
    print(f"EXIT {code} ATTEMPTS {len(ATTEMPTS)}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
