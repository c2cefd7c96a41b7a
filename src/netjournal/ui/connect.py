"""Opening a journal on a PostgreSQL server from the app, and saying when it fails.

At start, a server that cannot be reached gives one dialog in words (what failed, which
server) with Retry, Open this computer's journal, and Quit: never a traceback. Each try
waits at most :data:`~netjournal.database_choice.CONNECT_TIMEOUT_S` seconds, and the
dialog says so. Mid-session, a dropped connection shows :class:`ConnectionBar` above the
views: the unsaved edits stay where they are, and Retry reconnects once the server is back.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from netjournal.database_choice import CONNECT_TIMEOUT_S, host_of, without_password
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.style import fill

USE_FILE = "file"
"""What :func:`open_server` returns when the user chose this computer's journal."""


def unreachable_text(url: str, problem: str) -> str:
    """The words of the unreachable dialog: which server, what failed, how long we waited."""
    return fill(
        QCoreApplication.translate(
            "connect",
            "NetJournal cannot reach the database server %1 (it waited up to %2 "
            "seconds).\n\nWhat failed: %3\n\nThe journal: %4\n\nCheck that the "
            "server runs and this computer reaches it (network, VPN), then retry; or "
            "open the journal kept on this computer.",
        ),
        host_of(url),
        CONNECT_TIMEOUT_S,
        problem,
        without_password(url),
    )


def problem_of(error: BaseException) -> str:
    """The driver's reason, without the "cannot reach the database URL:" we say already."""
    text = str(error)
    head, sep, rest = text.partition(": ")
    return rest if sep and head.startswith("cannot reach the database") else text


def unreachable_box(url: str, problem: str, parent: QWidget | None = None) -> QMessageBox:
    """The dialog shown when the server cannot be reached (built, not shown)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("connect", "Database server not reachable"),
        unreachable_text(url, problem),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("unreachableBox")
    retry = box.addButton(
        QCoreApplication.translate("connect", "&Retry"), QMessageBox.ButtonRole.AcceptRole
    )
    retry.setObjectName("retry")
    local = box.addButton(
        QCoreApplication.translate("connect", "Open this computer's journal"),
        QMessageBox.ButtonRole.ActionRole,
    )
    local.setObjectName("useFile")
    leave = box.addButton(
        QCoreApplication.translate("connect", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    leave.setObjectName("quit")
    box.setDefaultButton(retry)
    box.setEscapeButton(leave)
    return box


def connect_store(url: str) -> Store:
    """Open the journal at ``url`` with the app's short connect timeout (a wait cursor
    meanwhile). Raises :class:`StorageError` in words."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return Store.open_url(url, connect_timeout=CONNECT_TIMEOUT_S)
    finally:
        QGuiApplication.restoreOverrideCursor()


def open_server(
    url: str,
    *,
    interactive: bool,
    ask: Callable[[QMessageBox], QMessageBox] | None = None,
) -> Store | str | int:
    """Open the journal on the server of ``url``.

    Returns the store; :data:`USE_FILE` when the user chose this computer's journal; or
    an exit code (1) when they chose Quit, or when not ``interactive`` (one line on
    stderr). ``ask`` shows the dialog and returns it (tests answer it); default ``exec``.
    """
    while True:
        try:
            return connect_store(url)
        except StorageError as e:
            problem = problem_of(e)
        if not interactive:
            print(
                "netjournal: "
                + fill(
                    QCoreApplication.translate(
                        "connect", "cannot reach the database server %1: %2"
                    ),
                    host_of(url),
                    problem,
                ),
                file=sys.stderr,
            )
            return 1
        box = unreachable_box(url, problem)
        if ask is None:
            box.exec()
        else:
            ask(box)
        clicked = box.clickedButton()
        name = clicked.objectName() if clicked is not None else "quit"
        if name == "useFile":
            return USE_FILE
        if name != "retry":
            return 1


class ConnectionBar(QWidget):
    """A strip above the views while the server is away: what happened, and Retry."""

    sig_retry_requested = Signal()
    """The user asked to reconnect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBar")
        self.setStyleSheet(
            "#connectionBar { background: #fdecea; border-bottom: 1px solid "
            "#f5c2c0; } QLabel { color: #611a15; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.sig_retry_requested)
        layout.addWidget(self.retry_button)
        self.hide()

    def show_lost(self, host: str, problem: str = "") -> None:
        """Say the server went away (and keep saying it until :meth:`hide`)."""
        text = fill(
            self.tr(
                "The connection to the database server %1 was lost. Nothing "
                "you typed is lost: your unsaved edits stay in the form; save "
                "them once the server is back (Retry reconnects)."
            ),
            host,
        )
        if problem:
            text += " " + fill(self.tr("(%1)"), problem)
        self.label.setText(text)
        self.show()
