"""Undoable deletes on a contact's timeline and ledger, for the panel's QUndoStack.

Each command is pushed *after* its delete succeeded (so an error is shown before anything
lands on the stack); the first ``redo()`` that ``QUndoStack.push`` calls is therefore a
no-op. A failing undo or redo reports through ``JournalEvents.sig_status`` and leaves the
command where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from netjournal.domain.values import Exchange, Offer
from netjournal.storage import StorageError, journal
from netjournal.storage.store import Store
from netjournal.ui.contact import operations as ops
from netjournal.ui.events import JournalEvents


class _AlreadyDoneCommand(QUndoCommand):
    def __init__(self, store: Store, events: JournalEvents, text: str) -> None:
        super().__init__(text)
        self._store = store
        self._events = events
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the delete already happened before the push
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except StorageError as e:
            self.setObsolete(True)
            self._events.sig_status.emit(str(e))

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class DeleteInteractionCommand(_AlreadyDoneCommand):
    """An interaction moved to the bin with its open follow-ups; undo restores them."""

    def __init__(self, store: Store, events: JournalEvents, binned: journal.InteractionBinned,
                 text: str) -> None:
        super().__init__(store, events, text)
        self._binned = binned
        assert binned.interaction.id is not None
        self.interaction_id = binned.interaction.id

    def _do(self) -> None:
        self._binned = ops.delete_interaction(self._store, self._events, self.interaction_id)

    def _undo(self) -> None:
        ops.restore_interaction(self._store, self._events, self._binned)


class DeleteOfferCommand(_AlreadyDoneCommand):
    """An offer deleted; undo saves it again."""

    def __init__(self, store: Store, events: JournalEvents, offer: Offer, text: str) -> None:
        super().__init__(store, events, text)
        self._offer = offer

    def _do(self) -> None:
        assert self._offer.id is not None
        self._offer = ops.delete_offer(self._store, self._events, self._offer.id)

    def _undo(self) -> None:
        self._offer = ops.restore_offer(self._store, self._events, self._offer)


class DeleteExchangeCommand(_AlreadyDoneCommand):
    """A favour deleted from the ledger; undo saves it again."""

    def __init__(self, store: Store, events: JournalEvents, exchange: Exchange,
                 text: str) -> None:
        super().__init__(store, events, text)
        self._exchange = exchange

    def _do(self) -> None:
        assert self._exchange.id is not None
        self._exchange = ops.delete_exchange(self._store, self._events, self._exchange.id)

    def _undo(self) -> None:
        self._exchange = ops.restore_exchange(self._store, self._events, self._exchange)


class UndoBar(QFrame):
    """A quiet bar after a delete: "Interaction deleted. [Undo]".

    It undoes through the stack (so the Edit menu and the bar stay in step) and hides
    itself as soon as the stack moves on, so its button never undoes something else.
    """

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._index = -1
        self.setObjectName("undoBar")
        self.setStyleSheet("QFrame#undoBar { background: palette(alternate-base); "
                           "border: 1px solid palette(mid); border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        close = QToolButton(self)
        close.setAutoRaise(True)
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        close.clicked.connect(self.hide)
        stack.indexChanged.connect(self._on_stack_index_changed)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` for the command just pushed."""
        self._index = self._stack.index()
        self.message.setText(text)
        self.show()

    def _on_undo_button_clicked(self) -> None:
        if self._stack.index() == self._index and self._stack.canUndo():
            self._stack.undo()
        self.hide()

    def _on_stack_index_changed(self, index: int) -> None:
        if index != self._index:
            self.hide()
