"""Item models of the quick entry window: who the line may be, saved lines, events."""

from __future__ import annotations

from enum import IntEnum
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
from PySide6.QtGui import QFont

from netjournal.domain.values import ContactSummary, Event
from netjournal.storage.capture import CaptureResult, event_names
from netjournal.storage.store import Store
from netjournal.ui.labels import label
from netjournal.ui.quickentry.wording import short_date
from netjournal.ui.style import fill
from netjournal.ui.tablemodel import ValueTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: a shared default, never changed


class QuickRole(IntEnum):
    """Extra data roles of the quick entry models."""

    CONTACT_ID = Qt.ItemDataRole.UserRole + 1  # a candidate's id; None for "new contact"
    EVENT_ID = Qt.ItemDataRole.UserRole + 2


def describe_contact(s: ContactSummary, *, last_met: bool = True) -> str:
    """ "Budi Santoso · PM, Tokopedia · last met 3/2/26" for a candidate row."""
    parts = [s.name]
    where = ", ".join(x for x in (s.title, s.company) if x)
    if where:
        parts.append(where)
    if last_met and s.last_interaction_at is not None:
        parts.append(fill(QCoreApplication.translate("QuickEntry", "last met %1"),
                          short_date(s.last_interaction_at.astimezone().date())))
    return " · ".join(parts)


class CandidateModel(QAbstractListModel):
    """Existing contacts the line may be about, best first; "new contact" is the last row.

    Holds only ids; the few rows shown are read from the store when first asked for.
    """

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._name = ""
        self._ids: list[int] = []
        self._offer_new = False
        self._rows: dict[int, ContactSummary] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_candidates(self, name: str, ids: list[int], *, offer_new: bool = True) -> None:
        """Show ``ids`` as the existing people ``name`` may mean (a model reset), and
        "new contact" after them if ``offer_new`` (a line that names no one has none)."""
        self.beginResetModel()
        self._name = name
        self._ids = list(ids)
        self._offer_new = offer_new and bool(name)
        self._rows = None
        self.endResetModel()

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int | None) -> int | None:
        """The row of a contact; of "new contact" for None (None if not shown)."""
        if contact_id is None:
            return len(self._ids) if self._offer_new else None
        return self._ids.index(contact_id) if contact_id in self._ids else None

    def ids(self) -> list[int]:
        return list(self._ids)

    def summary(self, row: int) -> ContactSummary | None:
        cid = self.contact_id(row)
        if cid is None:
            return None
        if self._rows is None:
            self._rows = self._store.contacts.summaries(self._ids)
        return self._rows.get(cid)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self._ids) + (1 if self._offer_new else 0)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        if role == QuickRole.CONTACT_ID:
            return self.contact_id(row)
        if row == len(self._ids):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return fill(QCoreApplication.translate("QuickEntry", "New contact: %1"), self._name)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        s = self.summary(row)
        if s is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("QuickEntry", "(deleted)")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_contact(s)
        if role == Qt.ItemDataRole.ToolTipRole:
            tags = " ".join(f"#{t}" for t in s.tags)
            text = QCoreApplication.translate("QuickEntry", "Add this meeting to %1's card. %2")
            return fill(text, s.name, tags).strip()
        return None


class SavedLinesModel(ValueTableModel[CaptureResult]):
    """The lines saved in this session, newest first: who, how, event, follow-up."""

    CONTEXT = "QuickEntry"
    HEADERS = (QT_TRANSLATE_NOOP("QuickEntry", "Who"),
               QT_TRANSLATE_NOOP("QuickEntry", "Saved as"),
               QT_TRANSLATE_NOOP("QuickEntry", "Event"),
               QT_TRANSLATE_NOOP("QuickEntry", "Follow-up"))

    def add(self, result: CaptureResult) -> None:
        """Show a line just saved, at the top."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._values.insert(0, result)
        self.endInsertRows()

    def pop(self) -> CaptureResult | None:
        """Remove and return the newest line."""
        if not self._values:
            return None
        self.beginRemoveRows(QModelIndex(), 0, 0)
        result = self._values.pop(0)
        self.endRemoveRows()
        return result

    def last(self) -> CaptureResult | None:
        """The newest line (None before the first)."""
        return self.value_at(0)

    def results(self) -> list[CaptureResult]:
        """Every line saved, oldest first (a copy)."""
        return self._values[::-1]

    def _cell(self, r: CaptureResult, column: int, role: int) -> Any:
        if role == QuickRole.CONTACT_ID:
            return r.contact_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return r.contact_name
        if column == 1:
            if r.created:
                return QCoreApplication.translate("QuickEntry", "New contact")
            return QCoreApplication.translate("QuickEntry", "Added to existing")
        if column == 2:
            return r.event_name
        if column == 3:
            return fill(QCoreApplication.translate("QuickEntry", "%1 · %2"),
                        short_date(r.follow_up_due), label(r.follow_up_kind))
        return None


class EventListModel(QAbstractListModel):
    """Recent events for the event chooser; the edit role is the bare name."""

    LIMIT = 200

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events: list[Event] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._events = event_names(self._store, limit=self.LIMIT)
        self.endResetModel()

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of(self, event_id: int) -> int | None:
        for row, e in enumerate(self._events):
            if e.id == event_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return event.name
        if role == Qt.ItemDataRole.DisplayRole:
            extra = [short_date(event.starts_on)] if event.starts_on else []
            if event.place:
                extra.append(event.place)
            return " · ".join([event.name, *extra])
        if role == QuickRole.EVENT_ID:
            return event.id
        return None
