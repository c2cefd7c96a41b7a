"""One window per data folder: a second launch brings the first one to the front.

The first instance listens on a local socket whose name derives from the data folder's
absolute path (and the user), so two journals in two folders can be open at once but one
folder never gets two writers. A second launch connects, says "activate", waits for "ok"
and exits. The socket only carries that one word; the writer lock
(:mod:`netjournal.storage.lock`) remains what actually keeps a second writer out.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
OK = b"ok\n"
TIMEOUT_MS = 1500


def server_name(data_root: Path) -> str:
    """The socket name for a data folder (stable, short, private to the user)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        user = "user"
    key = f"{user}\0{data_root.expanduser().resolve()}".encode()
    return "netjournal-" + hashlib.sha256(key).hexdigest()[:24]


def ask_running_instance(data_root: Path, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Ask the instance open on ``data_root`` to come to the front; True if it answered.

    Blocking: it runs before any window exists (from another thread of the same process
    it would hold the GIL the answering event loop needs).
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_root))
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(ACTIVATE)
        while socket.bytesToWrite():
            if not socket.waitForBytesWritten(timeout_ms):
                return False
        answer = b""
        while not answer.endswith(b"\n"):
            if not socket.bytesAvailable() and not socket.waitForReadyRead(timeout_ms):
                return False
            answer += bytes(socket.readAll().data())
        return answer == OK
    finally:
        socket.disconnectFromServer()


class InstanceServer(QObject):
    """Listens for later launches on the same data folder (the first instance owns one)."""

    sig_activation_requested = Signal()
    """Another launch asked this window to come to the front."""

    def __init__(self, data_root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_root)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Start listening; call only while holding the folder's writer lock.

        Holding the lock proves any socket left under our name is stale (its process
        died), so it is removed first.
        """
        if self._server.isListening():
            return True
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.warning("cannot listen for other launches: %s", self._server.errorString())
            return False
        return True

    def close(self) -> None:
        """Stop listening and drop the connections still open."""
        self._server.close()
        for socket in self._server.findChildren(QLocalSocket):
            socket.abort()
            socket.deleteLater()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._answer(socket)

    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        if line == ACTIVATE:
            socket.write(OK)
            socket.flush()
            self.sig_activation_requested.emit()
        else:
            socket.disconnectFromServer()
