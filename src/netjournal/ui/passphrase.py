"""Asking for a passphrase: to open an encrypted journal, or to set a new one.

:class:`UnlockDialog` asks at start when the journal is encrypted and no passphrase came
from the environment. It tries each answer through the function it was given (the
store's unlocking; the dialog never touches the journal itself), shows the reason again
after a wrong one, and waits 1 s, 2 s, then 4 s before the next try. "Remember on this
computer" is unticked unless the user ticks it.

:class:`NewPassphraseDialog` asks twice for a new passphrase and says plainly what a
forgotten one means.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netjournal.storage import StorageError
from netjournal.storage.keyfile import WrongSecretError
from netjournal.ui.style import fill

SLOW_DOWN_S = (1, 2, 4)
"""Seconds to wait after the first, second, and third and later wrong tries."""


def _label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


class UnlockDialog(QDialog):
    """The passphrase that opens the journal, tried until it is right or the user gives up.

    Args:
        unlock: tries a passphrase; raises ``WrongSecretError`` for a wrong one.
        where: the journal's file, shown so the user knows which journal asks.
        reason: why the dialog is shown again (e.g. a wrong passphrase from a variable).
        can_remember: whether a desktop keyring is there to remember the key.
    """

    sig_wrong_try = Signal(int)
    """A wrong passphrase was given; the number of wrong tries so far."""

    def __init__(self, unlock: Callable[[str], None], where: str, *, reason: str = "",
                 can_remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self.wrong_tries = 0
        self.setWindowTitle(self.tr("Open the encrypted journal"))
        self.setModal(True)
        self.setMinimumWidth(460)
        self.intro = _label(fill(self.tr(
            "This journal is encrypted. Give its passphrase to open it.\n%1"), where))
        self.reason = _label(reason)
        self.reason.setObjectName("reason")
        self.reason.setVisible(bool(reason))
        self.field = _secret_field()
        self.remember = QCheckBox(self.tr("&Remember on this computer"))
        self.remember.setChecked(False)
        self.remember.setEnabled(can_remember)
        self.remember.setToolTip(self.tr(
            "Keep the journal's key in the desktop keyring, so NetJournal opens without "
            "asking. Anyone who can use your desktop session can then open the journal.")
            if can_remember else self.tr("No desktop keyring was found on this computer."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._on_wait_timeout)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.field.setFocus()

    @property
    def open_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Open)

    def _on_buttons_accepted(self) -> None:
        if self._wait.isActive():
            return
        text = self.field.text()
        if not text:
            self._show_reason(self.tr("The passphrase is empty."))
            return
        try:
            self._unlock(text)
        except WrongSecretError:
            self.wrong_tries += 1
            self.field.clear()
            delay = SLOW_DOWN_S[min(self.wrong_tries, len(SLOW_DOWN_S)) - 1]
            self._show_reason(fill(self.tr(
                "That passphrase does not open the journal. Try again in %1 s."), delay))
            self.open_button.setEnabled(False)
            self.field.setEnabled(False)
            self._wait.start(delay * 1000)
            self.sig_wrong_try.emit(self.wrong_tries)
            return
        except StorageError as e:
            self._show_reason(str(e))
            return
        self.accept()

    def _on_wait_timeout(self) -> None:
        self.open_button.setEnabled(True)
        self.field.setEnabled(True)
        self.field.setFocus()

    def _show_reason(self, text: str) -> None:
        self.reason.setText(text)
        self.reason.setVisible(True)


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; ``warning`` says what a forgotten one means."""

    def __init__(self, title: str, warning: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.warning = _label(warning)
        self.first = _secret_field()
        self.second = _secret_field()
        self.problem = _label()
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("New &passphrase:"), self.first)
        form.addRow(self.tr("&Again, to be sure:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def passphrase(self) -> str:
        return self.first.text()

    def _on_buttons_accepted(self) -> None:
        if not self.first.text():
            self.problem.setText(self.tr("The passphrase is empty."))
        elif self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()
            return
        self.problem.setVisible(True)
