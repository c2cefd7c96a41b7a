"""Helpers for the contact pane tests: answering modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


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
