"""When something goes wrong that no code expected: write it to the log, tell the user in plain
words what happened and where the log is, and let the app go on.

The log rotates in the user log folder (desktop.paths.log_dir()); a hard crash of the Qt library
itself (a segmentation fault) is written there too, by faulthandler."""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

LOG_FILENAME = "prepoznaj.log"
NATIVE_CRASH_FILENAME = "native-crashes.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
# The same error again and again (in a paint handler, say) is logged every time but shown once.
MAX_DIALOGS_PER_ERROR = 1

_native_crash_file: IO[str] | None = None
_APP_ROOT = Path(__file__).resolve().parent.parent
_APP_PACKAGES = tuple(str(_APP_ROOT / name) for name in ("content", "desktop", "search_index"))


def _is_app_code(filename: str) -> bool:
    return filename.startswith(_APP_PACKAGES)


translate = QCoreApplication.translate


class RotatingLog(logging.FileHandler):
    """The log file, moved aside when the next record would make it reach `max_bytes`: the
    file becomes `<name>.1`, `.1` becomes `.2`, … and the oldest beyond `backups` is dropped.

    The rotation of logging.handlers.RotatingFileHandler, without importing logging.handlers,
    which imports `socket` (and builds its enums), `queue` and more for handlers the app never
    uses: some 10 ms of every start, while the window is being built."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
            super().emit(record)
        except Exception:  # noqa: BLE001 (logging never raises into the app: handleError reports it)
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False  # never rotate anything but a plain file (a device, a pipe)
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        if self.backups > 0:
            for number in range(self.backups - 1, 0, -1):
                older = f"{self.baseFilename}.{number}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{number + 1}")
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def setup_logging(log_dir: Path, level: int = logging.INFO, native_crashes: bool = True) -> Path | None:
    """Log to a rotating file in `log_dir`; returns its path (None when the folder is unusable,
    e.g. read-only: the app then logs to stderr only, and still starts). With `native_crashes`,
    a crash inside Qt itself writes its Python stack to the same folder (faulthandler)."""
    global _native_crash_file
    root = logging.getLogger()
    root.setLevel(level)
    path = log_dir / LOG_FILENAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingLog(path, LOG_MAX_BYTES, LOG_BACKUPS)
    except OSError as exc:
        logging.basicConfig(level=level)
        log.warning("cannot write the log in %s (%s); logging to the terminal only", log_dir, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root.addHandler(handler)
    if native_crashes:
        try:
            crash_file = (log_dir / NATIVE_CRASH_FILENAME).open("a", encoding="utf-8")
        except OSError:
            return path
        faulthandler.enable(file=crash_file)
        if _native_crash_file is not None:
            _native_crash_file.close()
        _native_crash_file = crash_file
    return path


@dataclass(frozen=True)
class ErrorReport:
    """What the user is told: the kind of error, its message and where in the code it happened."""

    kind: str
    message: str
    where: str  # "file.py:123 in function"
    details: str  # the whole traceback

    @classmethod
    def of(cls, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> ErrorReport:
        frames = traceback.extract_tb(tb) if tb is not None else []
        # The innermost frame of the app's own code says most; a library frame is the fallback.
        ours = [f for f in frames if _is_app_code(f.filename)]
        chosen = ours or list(frames)
        frame = chosen[-1] if chosen else None
        where = f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}" if frame is not None else ""
        details = "".join(traceback.format_exception(kind, value, tb))
        return cls(kind=kind.__name__, message=str(value), where=where, details=details)

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.where)


class CrashHandler(QObject):
    """Installed as sys.excepthook and threading.excepthook. Errors from other threads are
    carried to the GUI thread by a queued signal, because only it may open a dialog."""

    reported = Signal(object)  # ErrorReport, after it was logged

    def __init__(self, log_path: Path | None, parent_window: QWidget | None = None, interactive: bool = True) -> None:
        super().__init__()
        self.log_path = log_path
        self.parent_window = parent_window
        self.interactive = interactive  # False: say it on stderr (nobody is there to close a dialog)
        self.shown: dict[tuple[str, str], int] = {}
        self.dialog_open = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- installing -----------------------------------------------------------------------
    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    # -- handling -------------------------------------------------------------------------
    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, tb)
            return
        report = ErrorReport.of(kind, value, tb)
        log.error("unexpected error at %s:\n%s", report.where, report.details)
        if threading.current_thread() is threading.main_thread():
            self._show(report)  # at once: the error may be the last thing this process does
        else:
            self.reported.emit(report)  # queued to the GUI thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        value = args.exc_value if args.exc_value is not None else args.exc_type()
        self.handle(args.exc_type, value, args.exc_traceback)

    def _show(self, report: ErrorReport) -> None:
        count = self.shown.get(report.key, 0)
        self.shown[report.key] = count + 1
        if not self.interactive:
            where = f" (log: {self.log_path})" if self.log_path is not None else ""
            what = f"{report.kind}: {report.message}"
            print(f"Prepoznaj: unexpected error at {report.where}: {what}{where}", file=sys.stderr)
            return
        if count >= MAX_DIALOGS_PER_ERROR or self.dialog_open or QApplication.instance() is None:
            return  # logged already; one dialog at a time, and not the same one again
        self.dialog_open = True
        try:
            box = crash_dialog(report, self.log_path, self.parent_window)
            box.exec()
        finally:
            self.dialog_open = False


def crash_dialog(report: ErrorReport, log_path: Path | None, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CrashDialog", "Prepoznaj: unexpected error"))
    box.setText(translate("CrashDialog", "Something went wrong that Prepoznaj did not expect. You can go on working."))
    what = f"{report.kind}: {report.message}" if report.message else report.kind
    lines = [translate("CrashDialog", "What happened: %1").replace("%1", what)]
    if report.where:
        lines.append(translate("CrashDialog", "Where: %1").replace("%1", report.where))
    if log_path is not None:
        lines.append(
            translate(
                "CrashDialog",
                "The details were written to the log file %1. Please send it to whoever supports Prepoznaj.",
            ).replace("%1", str(log_path))
        )
    else:
        lines.append(translate("CrashDialog", "The log folder could not be written, so the details are below only."))
    lines.append(
        translate(
            "CrashDialog",
            "Your saved answers, notes and bookmarks are kept: every change is saved the moment it is made.",
        )
    )
    box.setInformativeText("\n\n".join(lines))
    box.setDetailedText(report.details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
