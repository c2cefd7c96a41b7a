"""A contact's follow-ups on the card: what is open, how past chains went, and a form to
set one by hand with a reason and a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.followups import local_date
from netjournal.storage import StorageError, journal
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.today import operations as ops
from netjournal.ui.today import wording
from netjournal.ui.today.listview import DueListView, perform
from netjournal.ui.today.model import DueListModel
from netjournal.ui.today.wording import translate
from netjournal.ui.views import PlaceholderTreeView

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: a shared default, never changed
OPEN_ROWS_SHOWN = 4  # the open list grows to this many rows, then scrolls


@dataclass(frozen=True)
class HistoryRow:
    """One line of the history: a date, what it was, how it ended."""

    on: dt.date | None
    what: str
    outcome: str


class HistoryModel(QAbstractTableModel):
    """Past outreach chains and closed follow-ups of one contact, newest first."""

    COLUMNS = 3  # date, what, outcome

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_history(self, data: journal.ContactFollowUps | None,
                    tz: dt.tzinfo | None = None) -> None:
        rows: list[HistoryRow] = []
        if data is not None:
            for chain in data.chains:
                rows.append(HistoryRow(chain.sent_on, wording.chain_what(chain),
                                       wording.chain_outcome(chain)))
            for fu in data.closed:
                on = local_date(fu.closed_at, tz) if fu.closed_at is not None else None
                rows.append(HistoryRow(on, wording.closed_what(fu), wording.closed_outcome(fu)))
        rows.sort(key=lambda r: r.on or dt.date.min, reverse=True)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, n: int) -> HistoryRow:
        return self._rows[n]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            return wording.date_text(row.on) if row.on is not None else ""
        return row.what if index.column() == 1 else row.outcome

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("today", "Date"), translate("today", "What"),
                translate("today", "How it went"))[section]


class ContactFollowUps(QWidget):
    """The card's follow-ups: open ones (one step each), history, and "remind me".

    Args:
        store: the open journal.
        events: the window's change signals.
        parent: the parent widget.
        clock: the current moment (UTC); injected by tests.
        tz: the user's time zone (None: the system's).
    """

    sig_reloaded = Signal()
    """The contact's follow-ups were read again."""

    def __init__(self, store: Store, events: JournalEvents, parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None,
                 tz: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContactFollowUps")
        self._store = store
        self._events = events
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._tz = tz
        self._contact_id: int | None = None

        self.open_model = DueListModel(self, headers=False)
        self.open_list = DueListView(self, with_open=False, with_name=False)
        self.open_list.setModel(self.open_model)
        self.open_list.setAccessibleName(self.tr("Open follow-ups"))
        self.open_empty = QLabel(self.tr("Nothing open. Set a reminder below."), self)
        self.open_empty.setWordWrap(True)
        self.history_model = HistoryModel(self)
        self.history = PlaceholderTreeView(self)
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("History"))
        self.history.empty_text = self.tr(
            "Follow-ups done or let go, and the tries of past outreach, show here.")
        self.history.setRootIsDecorated(False)
        self.history.setUniformRowHeights(True)
        self.history.setAlternatingRowColors(True)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.history.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Remind me to… (e.g. send the article)"))
        self.reason.setMaxLength(300)
        self.reason.setAccessibleName(self.tr("New follow-up"))
        self.due = QDateEdit(self)
        self.due.setAccessibleName(self.tr("Due on"))
        self.due.setCalendarPopup(True)
        self.add_button = QPushButton(self.tr("Add follow-up"), self)
        self._build_layout()

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._connect_signals()
        self.show_contact(None)

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)  # as the other tabs of the card
        heading.setFont(font)
        return heading

    def _build_layout(self) -> None:
        self.open_empty.setTextFormat(Qt.TextFormat.PlainText)
        form = QHBoxLayout()
        form.addWidget(self.reason, 1)
        form.addWidget(self.due)
        form.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)  # as the other tabs of the card
        layout.setSpacing(8)
        layout.addWidget(self._heading(self.tr("Open follow-ups")))
        layout.addWidget(self.open_list)
        layout.addWidget(self.open_empty)
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(self._heading(self.tr("History")))
        layout.addWidget(self.history, 1)

    def _connect_signals(self) -> None:
        self._reload_timer.timeout.connect(self.reload)
        self._events.sig_followups_changed.connect(self._reload_timer.start)
        self._events.sig_interactions_changed.connect(self._on_events_contacts_changed)
        self._events.sig_contacts_changed.connect(self._on_events_contacts_changed)
        self._events.sig_journal_reset.connect(self._reload_timer.start)
        self.open_list.sig_action_requested.connect(self._on_open_list_action_requested)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.reason.returnPressed.connect(self._on_add_button_clicked)

    def today(self) -> dt.date:
        return local_date(self._clock(), self._tz)

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def show_contact(self, contact_id: int | None) -> None:
        """Show a contact's follow-ups (None: nobody, the form disabled)."""
        self._contact_id = contact_id
        tomorrow = self.today() + dt.timedelta(days=1)
        self.due.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        week = self.today() + dt.timedelta(days=7)
        self.due.setDate(QDate(week.year, week.month, week.day))
        self.reason.clear()
        for widget in (self.reason, self.due, self.add_button):
            widget.setEnabled(contact_id is not None)
        self.reload()

    def reload(self) -> None:
        self._reload_timer.stop()
        data = None
        if self._contact_id is not None:
            try:
                data = journal.contact_follow_ups(self._store, self._contact_id, tz=self._tz)
            except StorageError:
                data = None  # the contact went meanwhile: show nothing
        items = data.open if data is not None else ()
        self.open_model.set_items(items, self.today())
        self.open_list.setVisible(bool(items))
        self.open_empty.setVisible(not items and self._contact_id is not None)
        if items:
            rows = min(len(items), OPEN_ROWS_SHOWN)
            height = sum(self.open_list.sizeHintForRow(r) for r in range(rows))
            self.open_list.setFixedHeight(height + 2)
        self.history_model.set_history(data, self._tz)
        self.sig_reloaded.emit()

    # slots -----------------------------------------------------------------------------

    def _on_events_contacts_changed(self, contact_ids: list[int]) -> None:
        if self._contact_id in contact_ids:
            self._reload_timer.start()

    def _on_open_list_action_requested(self, item: object, action: str, until: object) -> None:
        assert self._contact_id is not None
        if perform(self._store, self._events, self, item, action, until,  # type: ignore[arg-type]
                   now=self._clock(), tz=self._tz):
            self._reload_timer.start()

    def _on_add_button_clicked(self) -> None:
        if self._contact_id is None:
            return
        q = self.due.date()
        due = dt.date(q.year(), q.month(), q.day())
        try:
            ops.add_follow_up(self._store, self._events, self._contact_id, due,
                              self.reason.text())
        except StorageError as e:
            QMessageBox.warning(self, self.tr("Follow-ups"), str(e))
            return
        self.reason.clear()
        self._events.sig_status.emit(self.tr("Follow-up added."))
        self._reload_timer.start()
