"""The card's timeline page: the contact's interactions, newest first, with log/edit/delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.values import Interaction
from netjournal.settings import Settings
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.contact import operations as ops
from netjournal.ui.contact.formatting import fill, local_day_text
from netjournal.ui.contact.timeline_model import TimelineModel
from netjournal.ui.contact.timeline_view import TimelineDelegate, TimelineListView
from netjournal.ui.contact.undo import DeleteInteractionCommand, UndoBar
from netjournal.ui.events import JournalEvents
from netjournal.ui.flow import FlowLayout
from netjournal.ui.help import describe_shortcut

if TYPE_CHECKING:  # the dialog module is imported when first opened (start-up time)
    from netjournal.ui.contact.interaction_dialog import InteractionDialog


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class TimelineTab(QWidget):
    """One contact's timeline."""

    sig_error_happened = Signal(str)
    """A write failed; the message is for the user."""

    def __init__(self, store: Store, events: JournalEvents, undo_stack: QUndoStack,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] = _now) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._stack = undo_stack
        self._clock = clock
        self.settings: Settings | None = None  # set by the panel: chains follow it
        self.model = TimelineModel(store, events, None, parent=self)
        self.view = TimelineListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Timeline"))
        self.delegate = TimelineDelegate(self.view)
        self.view.setItemDelegate(self.delegate)

        self.log_button = QPushButton(self.tr("Log interaction…"), self)
        self.log_button.setDefault(False)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label = QLabel(self.tr("Nothing logged yet.\nAfter your next call, coffee "
                                          "or message, log what you talked about and what "
                                          "you learned."), self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        self.undo_bar = UndoBar(undo_stack, self)

        buttons = FlowLayout()  # wraps in a narrow window instead of widening it
        buttons.add_widget(self.log_button)
        buttons.add_widget(self.count_label)
        buttons.add_widget(self.edit_button, right=True)
        buttons.add_widget(self.delete_button, right=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.undo_bar)

        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.model.modelReset.connect(self._sync)
        self.model.rowsInserted.connect(self._sync)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        describe_shortcut(delete, self.tr("Timeline"), self.tr("Delete the interaction"))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.view)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.edit_selected)
            describe_shortcut(enter, self.tr("Timeline"), self.tr("Edit the interaction"))
        self._sync()

    def set_contact(self, contact_id: int | None) -> None:
        self.delegate.hide_contact_id = contact_id
        self.model.set_contact(contact_id)
        self.undo_bar.hide()
        self.view.scrollToTop()

    def count(self) -> int:
        """How many interactions the contact has (not only the rows fetched so far)."""
        cid = self.model.contact_id
        return self._store.interactions.count_for_contact(cid) if cid else 0

    def interaction_dialog(self, interaction: Interaction | None = None) -> InteractionDialog:
        """A dialog to log (None) or edit an interaction, not shown yet."""
        cid = self.model.contact_id
        from netjournal.ui.contact.interaction_dialog import InteractionDialog

        return InteractionDialog(self._store, self._events, interaction,
                                 participants=(cid,) if cid and interaction is None else (),
                                 parent=self, clock=self._clock, settings=self.settings)

    def log_interaction(self) -> Interaction | None:
        """Open the dialog for a new interaction with the contact; the saved one or None."""
        if self.model.contact_id is None:
            return None
        dialog = self.interaction_dialog()
        dialog.exec()
        return dialog.saved

    def selected(self) -> Interaction | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.interaction_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def edit_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.interaction_dialog(item).exec()

    def delete_selected(self) -> None:
        """Move the selected interaction to the bin; Undo (bar or Edit menu) restores it."""
        item = self.selected()
        if item is None or item.id is None:
            return
        row = self.view.currentIndex().row()
        try:
            binned = ops.delete_interaction(self._store, self._events, item.id)
        except StorageError as e:
            self.sig_error_happened.emit(str(e))
            return
        day = local_day_text(item.occurred_at)
        self._stack.push(DeleteInteractionCommand(
            self._store, self._events, binned,
            fill(self.tr("Delete interaction of %1"), day)))
        self.undo_bar.show_message(fill(self.tr("Interaction of %1 deleted."), day))
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def _sync(self) -> None:
        has_contact = self.model.contact_id is not None
        self.log_button.setEnabled(has_contact)
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.view if has_rows else self.empty_label)
        n = self.count() if has_contact else 0
        self.count_label.setText(self.tr("%n interactions", "", n) if n != 1
                                 else self.tr("1 interaction"))
        self.count_label.setVisible(n > 0)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        selected = self.selected() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _on_log_button_clicked(self) -> None:
        self.log_interaction()

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected()
