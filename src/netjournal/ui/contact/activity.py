"""All activity: every contact's interactions in one timeline, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.values import Interaction
from netjournal.storage.store import Store
from netjournal.ui.contact.formatting import fill, menu_text
from netjournal.ui.contact.timeline_model import TimelineModel
from netjournal.ui.contact.timeline_view import TimelineDelegate, TimelineListView
from netjournal.ui.events import JournalEvents
from netjournal.ui.help import describe_shortcut

if TYPE_CHECKING:  # the dialog module is imported when first opened (start-up time)
    from netjournal.ui.contact.interaction_dialog import InteractionDialog


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ActivityPane(QWidget):
    """The "all activity" timeline across contacts.

    Double-click (or Enter) opens an entry in the interaction editor; "Open card" (button
    or context menu) asks for a participant's card through :attr:`sig_contact_activated`.
    """

    sig_contact_activated = Signal(int)
    """The user asked to open a participant's card (the contact's id)."""

    def __init__(self, store: Store, events: JournalEvents, parent: QWidget | None = None,
                 *, clock: Callable[[], dt.datetime] = _now) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._clock = clock
        self.model = TimelineModel(store, events, all_activity=True, parent=self)
        self.view = TimelineListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("All activity"))
        self.view.setItemDelegate(TimelineDelegate(self.view, None))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        title = QLabel(self.tr("All activity"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.open_button = QPushButton(self.tr("Open card"), self)
        self.empty_label = QLabel(self.tr("No interactions yet. Open a contact and log what "
                                          "you talked about."), self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self.view.doubleClicked.connect(self._on_view_double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.view)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.edit_selected)
            describe_shortcut(enter, self.tr("All activity"), self.tr("Edit the interaction"))
        self.view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        self.view.selectionModel().selectionChanged.connect(self._sync)
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.model.modelReset.connect(self._sync)
        self.model.rowsInserted.connect(self._sync)
        self._sync()

    def selected(self) -> Interaction | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.interaction_at(rows[0].row()) if rows else None

    def editor_for(self, row: int) -> InteractionDialog | None:
        """The interaction editor for ``row``, built but not shown."""
        item = self.model.interaction_at(row)
        if item is None:
            return None
        from netjournal.ui.contact.interaction_dialog import InteractionDialog

        return InteractionDialog(self._store, self._events, item, parent=self,
                                 clock=self._clock)

    def edit_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        dialog = self.editor_for(rows[0].row()) if rows else None
        if dialog is not None:
            dialog.exec()

    def participants_menu(self, index: QModelIndex) -> QMenu:
        """"Edit…" and one "Open <name>" per participant, for the entry at ``index``."""
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_selected)
        menu.addSeparator()
        for cid, name in self.model.participants_at(index.row()):
            action = menu.addAction(fill(self.tr("Open %1"), menu_text(name)))
            action.setData(cid)
            action.triggered.connect(
                lambda _checked=False, cid=cid: self.sig_contact_activated.emit(cid))
        return menu

    def _sync(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.pages.setCurrentWidget(self.view if has_rows else self.empty_label)
        selected = self.selected() is not None
        self.edit_button.setEnabled(selected)
        self.open_button.setEnabled(selected)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.edit_selected()

    def _on_view_context_menu_requested(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.participants_menu(index).exec(self.view.viewport().mapToGlobal(pos))

    def _on_open_button_clicked(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        people = self.model.participants_at(rows[0].row())
        if len(people) == 1:
            self.sig_contact_activated.emit(people[0][0])
        elif people:
            menu = self.participants_menu(rows[0])
            menu.exec(self.open_button.mapToGlobal(self.open_button.rect().bottomLeft()))
