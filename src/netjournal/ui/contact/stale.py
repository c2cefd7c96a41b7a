"""A card changed by someone else while it was being edited: reload, keep mine, or cancel.

:meth:`ContactRepository.save <netjournal.storage.contacts.ContactRepository.save>`
refuses to overwrite a card stored after the editor read it
(:class:`~netjournal.storage.contacts.StaleEditError`); the card asks here what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from netjournal.storage.contacts import StaleEditError
from netjournal.ui.style import fill

RELOAD, KEEP_MINE, CANCEL = "reload", "keep", "cancel"


def stale_text(error: StaleEditError) -> str:
    """ "Budi was changed by someone else at 14:02: reload or keep yours" in words."""
    when = error.changed_at
    at = (
        QLocale().toString(when.astimezone().time(), QLocale.FormatType.ShortFormat)
        if when is not None
        else ""
    )
    return fill(
        QCoreApplication.translate(
            "stale",
            "%1 was changed by someone else at %2, after you opened the card: reload "
            "it to see their version (your edits are dropped), or keep yours (it "
            "replaces theirs).",
        ),
        error.stored.name,
        at,
    )


def stale_box(error: StaleEditError, parent: QWidget | None = None) -> QMessageBox:
    """The question (built, not shown): Reload / Keep mine / Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("stale", "Changed by someone else"),
        stale_text(error),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("staleBox")
    for name, text, role in (
        (RELOAD, QCoreApplication.translate("stale", "&Reload"), QMessageBox.ButtonRole.ActionRole),
        (
            KEEP_MINE,
            QCoreApplication.translate("stale", "&Keep mine"),
            QMessageBox.ButtonRole.AcceptRole,
        ),
        (CANCEL, QCoreApplication.translate("stale", "Cancel"), QMessageBox.ButtonRole.RejectRole),
    ):
        button = box.addButton(text, role)
        button.setObjectName(name)
        if name == CANCEL:
            box.setEscapeButton(button)
            box.setDefaultButton(button)
    return box


def ask(error: StaleEditError, parent: QWidget | None = None) -> str:
    """Show the question; :data:`RELOAD`, :data:`KEEP_MINE` or :data:`CANCEL`."""
    box = stale_box(error, parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None else CANCEL
