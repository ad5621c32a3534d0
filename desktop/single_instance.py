"""One Prepoznaj per user and data folder: a second start brings the running window to the front
instead of opening a second writer on the user database.

The first instance holds a lock file in the data folder (QLockFile: a lock left by a crashed
process is recognised as stale and taken over) and answers on a local socket (a Unix domain
socket or a Windows named pipe, never the network). A second start finds the lock taken, asks
the first instance over the socket to show its window, and exits."""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal

log = logging.getLogger(__name__)

LOCK_FILENAME = "prepoznaj.lock"
ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
# A first instance that is still starting may not listen yet: keep asking this long.
ANSWER_WAIT_MS = 8000


def server_name(data_dir: Path) -> str:
    """The local socket's name: one per user and data folder (tests with their own data folder
    never meet each other or a running app)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:24]
    return f"prepoznaj-{digest}"


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._lock: QLockFile | None = None
        self._server: object | None = None  # QLocalServer, imported when first needed

    # -- the first instance -------------------------------------------------------------
    def claim(self) -> bool:
        """True when this process is the only Prepoznaj on this data folder (it holds the lock)."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot create %s (%s); running without the single-instance lock", self.data_dir, exc)
            return True
        lock = QLockFile(str(self.data_dir / LOCK_FILENAME))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        if lock.tryLock(0):
            self._lock = lock
            return True
        if lock.error() == QLockFile.LockError.PermissionError:
            log.warning("the lock file in %s cannot be written; running without it", self.data_dir)
            return True
        return False

    def listen(self) -> bool:
        """Answer second starts from now on (called once the window is ready; again: nothing)."""
        if self._server is not None:
            return True
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a crash; we hold the lock
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = self._server
        assert isinstance(server, QLocalServer)
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            # A slot of this object, not a lambda holding it: a lambda kept by the socket (our
            # grandchild) held this object alive, so the socket's deferred deletion could end in
            # destroying this object, and with it the socket being deleted (a crash).
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_ready_read(self) -> None:
        self._on_message(self.sender())

    def _on_message(self, socket: object) -> None:
        from PySide6.QtNetwork import QLocalSocket

        assert isinstance(socket, QLocalSocket)
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data())
        if message == ACTIVATE:
            socket.write(ANSWER)
            socket.flush()
            self.activation_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()  # type: ignore[attr-defined]
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- a second start -----------------------------------------------------------------
    def ask_running_instance(self, wait_ms: int = ANSWER_WAIT_MS) -> bool:
        """Ask the running instance to show its window; True once it has answered."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(wait_ms)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(ACTIVATE)
                socket.waitForBytesWritten(1000)
                while socket.waitForReadyRead(min(1000, max(1, deadline.remainingTime()))):
                    if socket.canReadLine():
                        answered = bytes(socket.readLine().data()) == ANSWER
                        socket.disconnectFromServer()
                        return answered
                socket.abort()
            QThread.msleep(100)  # the first instance may still be starting
        return False
