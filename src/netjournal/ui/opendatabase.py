"""File > Open database...: a journal on a PostgreSQL server, or this computer's file.

The URL field takes ``postgresql://user@host:port/database``; Test connection tries it
(at most :data:`~netjournal.database_choice.CONNECT_TIMEOUT_S` seconds) and says what it
found. The choice is remembered in the settings without its password: a password typed
in the URL is used for this session only; later ones come from ``~/.pgpass`` or the
``PG*`` variables.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal import settings as settings_mod
from netjournal.database_choice import (
    CONNECT_TIMEOUT_S,
    host_of,
    is_server_url,
    without_password,
)
from netjournal.paths import DataDir
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.style import fill

log = logging.getLogger(__name__)

Prober = Callable[[str], "int | None"]
"""Tries a URL: the journal's number of contacts there, None for an empty database;
raises :class:`~netjournal.storage.StorageError` when it cannot connect."""


def default_prober(url: str) -> int | None:
    from netjournal.storage.postgres import probe

    return probe(url, connect_timeout=CONNECT_TIMEOUT_S)


class OpenDatabaseDialog(QDialog):
    """Choose the journal: a server's URL, or this computer's journal (the file)."""

    def __init__(self, current_url: str | None, parent: QWidget | None = None, *,
                 prober: Prober = default_prober) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open database"))
        self.setObjectName("openDatabaseDialog")
        self._prober = prober
        self._use_file = False
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A journal on a PostgreSQL server can be shared by several computers. Give its "
            "address; a password is used now and never saved: later, NetJournal finds it "
            "in ~/.pgpass or the PGPASSWORD variable."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.url_edit = QLineEdit(current_url or "", self)
        self.url_edit.setObjectName("url")
        self.url_edit.setPlaceholderText("postgresql://user@host:5432/netjournal")
        self.url_edit.setMinimumWidth(420)
        layout.addWidget(self.url_edit)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("test")
        row.addWidget(self.test_button)
        row.addStretch(1)
        self.file_button = QPushButton(self.tr("This computer's journal"), self)
        self.file_button.setObjectName("useFile")
        self.file_button.setToolTip(self.tr("The journal file in this computer's data folder"))
        row.addWidget(self.file_button)
        layout.addLayout(row)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
            self)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._on_url_edit_text_changed(self.url_edit.text())

    def _connect_signals(self) -> None:
        self.test_button.clicked.connect(self.test_connection)
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.url_edit.textChanged.connect(self._on_url_edit_text_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def chosen_url(self) -> str | None:
        """The URL chosen (as typed, password included), or None for this computer's file."""
        return None if self._use_file else self.url_edit.text().strip()

    def test_connection(self) -> bool:
        """Try the URL and say what happened in the result line; True if it connected."""
        url = self.url_edit.text().strip()
        if not is_server_url(url):
            self.result_label.setText(self._not_a_url())
            return False
        self.result_label.setText(fill(self.tr("Connecting to %1 (up to %2 seconds)…"),
                                       host_of(url), CONNECT_TIMEOUT_S))
        self.result_label.repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            contacts = self._prober(url)
        except StorageError as e:
            from netjournal.ui.connect import problem_of

            self.result_label.setText(fill(self.tr("Could not connect to %1: %2"),
                                           host_of(url), problem_of(e)))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        if contacts is None:
            text = fill(self.tr("Connected to %1. The database holds no journal yet: "
                                "opening it sets one up."), host_of(url))
        else:
            text = fill(self.tr("Connected to %1: a journal with %n contact(s).", "",
                                contacts), host_of(url))
        self.result_label.setText(text)
        return True

    def _not_a_url(self) -> str:
        return self.tr("Give an address like postgresql://user@host:5432/database.")

    def _on_url_edit_text_changed(self, text: str) -> None:
        ok = is_server_url(text)
        self.test_button.setEnabled(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ok)

    def _on_file_button_clicked(self) -> None:
        self._use_file = True
        self.accept()

    def _on_buttons_accepted(self) -> None:
        if not is_server_url(self.url_edit.text()):
            self.result_label.setText(self._not_a_url())
            return
        self._use_file = False
        self.accept()


def choose_database(store: Store, data_dir: DataDir, parent: QWidget | None = None,
                    *, dialog: OpenDatabaseDialog | None = None) -> str | None:
    """Ask which journal to open next; remember it in the settings (never a password).

    Returns the URL to open (as typed), ``""`` for this computer's journal, or None when
    the user kept the journal open now. ``dialog``: one made beforehand (tests answer it).
    """
    current = store.where if store.on_server else None
    if dialog is None:
        dialog = OpenDatabaseDialog(current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    elif dialog.result() != QDialog.DialogCode.Accepted:
        return None
    url = dialog.chosen_url()
    if (url or None) == current and (url is not None or not store.on_server):
        return None  # the journal open now
    try:
        remembered = settings_mod.load(data_dir.settings)
        settings_mod.save(data_dir.settings, dataclasses.replace(
            remembered, database=without_password(url) if url else ""))
    except settings_mod.SettingsError as e:  # the choice works now, only not remembered
        log.warning("the database chosen is not remembered: %s", e)
    return url or ""
