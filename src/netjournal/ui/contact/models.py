"""Small item models of the contact panes: events, contact completion, offers, favours.

Each is a window onto one short list the store returns (one contact's offers, the events,
twenty completion matches); the long lists (timelines) live in :mod:`timeline_model`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netjournal.domain.values import (
    Event,
    Exchange,
    ExchangeDirection,
    ExchangeStatus,
    Offer,
)
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store
from netjournal.ui.contact.formatting import short_date_text
from netjournal.ui.labels import label
from netjournal.ui.tablemodel import ValueTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: the default parent of a list


class EventsModel(QAbstractListModel):
    """Events for a combo box, with a first "no event" row whose id is None."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events: list[Event] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._events = self._store.events.all()
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._events) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._events):
            return None
        if index.row() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return QCoreApplication.translate("contact", "No event")
            return None
        event = self._events[index.row() - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if event.starts_on is not None:
                return f"{event.name} ({short_date_text(event.starts_on)})"
            return event.name
        if role == ID_ROLE:
            return event.id
        return None

    def row_of(self, event_id: int | None) -> int:
        """The row showing ``event_id`` (0, "no event", when None or unknown)."""
        for row, event in enumerate(self._events, start=1):
            if event.id == event_id:
                return row
        return 0

    def event_id_at(self, row: int) -> int | None:
        """The event id of a row (None for "no event")."""
        return self._events[row - 1].id if 1 <= row <= len(self._events) else None


class ContactCompletionModel(QAbstractListModel):
    """The first few contacts matching what was typed, through the full-text index.

    DisplayRole shows ``name · title, company``; EditRole is the bare name (what the
    completer writes into the field); ``ID_ROLE`` is the contact id.
    """

    LIMIT = 20

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[tuple[int, str, str]] = []
        self.exclude: set[int] = set()

    def set_query(self, text: str) -> None:
        rows: list[tuple[int, str, str]] = []
        if text.strip():
            ids = self._store.search.contact_ids(ContactFilter(text=text),
                                                 limit=self.LIMIT + len(self.exclude))
            ids = [i for i in ids if i not in self.exclude][:self.LIMIT]
            found = self._store.contacts.summaries(ids)
            for cid in ids:
                s = found.get(cid)
                if s is not None:
                    where = ", ".join(p for p in (s.title, s.company) if p)
                    rows.append((cid, s.name, where))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cid, name, where = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name} · {where}" if where else name
        if role == Qt.ItemDataRole.EditRole:
            return name
        if role == ID_ROLE:
            return cid
        return None

    def name_of_row(self, row: int) -> tuple[int, str]:
        cid, name, _where = self._rows[row]
        return cid, name


class OffersModel(ValueTableModel[Offer]):
    """One contact's "what can I offer" notes: the idea and its status."""

    CONTEXT = "contact"
    HEADERS = (QT_TRANSLATE_NOOP("contact", "Idea"),
               QT_TRANSLATE_NOOP("contact", "Status"))

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def set_contact(self, contact_id: int | None) -> None:
        self.set_values(self._store.offers.for_contact(contact_id) if contact_id else [])

    def _cell(self, offer: Offer, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return offer.text if column == 0 else label(offer.status)
        if role == ID_ROLE:
            return offer.id
        if role == VALUE_ROLE:
            return offer
        return None


def favour_words(ex: Exchange) -> str:
    """Which way a favour went; an open ask is an ask, not a favour received (or given)."""
    if ex.status == ExchangeStatus.ASKED:
        if ex.direction == ExchangeDirection.RECEIVED:
            return QCoreApplication.translate("contact", "I asked")
        return QCoreApplication.translate("contact", "They asked me")
    return label(ex.direction)


class ExchangesModel(ValueTableModel[Exchange]):
    """One contact's favours given and received, newest first."""

    CONTEXT = "contact"
    HEADERS = (QT_TRANSLATE_NOOP("contact", "Date"),
               QT_TRANSLATE_NOOP("contact", "Favour"),
               QT_TRANSLATE_NOOP("contact", "Kind"),
               QT_TRANSLATE_NOOP("contact", "What"),
               QT_TRANSLATE_NOOP("contact", "Status"))

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def set_contact(self, contact_id: int | None) -> None:
        self.set_values(self._store.exchanges.for_contact(contact_id) if contact_id else [])

    def _cell(self, ex: Exchange, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return short_date_text(ex.occurred_on) if ex.occurred_on else "—"
            if column == 1:
                return favour_words(ex)
            if column == 2:
                return label(ex.kind)
            if column == 3:
                return ex.description
            return label(ex.status)
        if role == ID_ROLE:
            return ex.id
        if role == VALUE_ROLE:
            return ex
        return None
