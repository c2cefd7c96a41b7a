"""Helpers for the contact pane tests: answering modal dialogs, a PySide6 workaround."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


def guard_none_refcount() -> None:
    """WORKAROUND for PySide6 6.12.0 on Python 3.11 (wheels built for 3.12's immortal objects).

    Every call of a C++ method that returns nothing (``setText``, ``setBold``...) drops one
    reference to ``None``, and every ``Signal.emit`` drops one to ``True``, without taking
    them; after some tens of thousands of calls CPython aborts with "none_dealloc" or
    "bool_dealloc". On 3.12+ those objects are immortal and this does nothing. Reproduce:
    ``a = sys.getrefcount(None); [QFont().setBold(True) for _ in range(100)];
    sys.getrefcount(None) - a`` gives -100.
    """
    if sys.version_info < (3, 12):
        for immortal in (None, True, False):
            ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 40


def answer_next_dialog(button: QMessageBox.StandardButton) -> list[str]:
    """Click ``button`` (a QMessageBox.StandardButton) in the next modal dialog shown.

    Returns a list that receives the dialog's text, so tests can check what was asked.
    """
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)
    return seen


def reject_next_dialog() -> None:
    """Cancel the next dialog (the interaction editor)."""
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            QTimer.singleShot(10, close)

    QTimer.singleShot(0, close)
