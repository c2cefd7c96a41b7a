"""The interactions of one week, a page at a time, for the list under the charts.

The week's ids come from :func:`netjournal.storage.health.interaction_ids` (oldest
first); rows and participant names are read in pages through ``fetchMore``, and
``data()`` only reads what was fetched.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from netjournal import dates
from netjournal.domain.health import Week
from netjournal.domain.values import Interaction
from netjournal.storage import health
from netjournal.storage.store import Store
from netjournal.ui.labels import label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The interaction's id."""
CONTACTS_ROLE = Qt.ItemDataRole.UserRole + 2
"""The ids of the interaction's participants."""

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class WeekInteractionsModel(QAbstractListModel):
    """One week's interactions, oldest first; empty until :meth:`set_week`."""

    PAGE = 100

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._week: Week | None = None
        self._ids: list[int] = []  # the whole week
        self._rows: list[Interaction] = []  # fetched so far
        self._names: dict[int, str] = {}

    def set_week(self, week: Week | None) -> None:
        self.beginResetModel()
        self._week = week
        self._ids = health.interaction_ids(self._store, week) if week is not None else []
        self._rows = []
        self._names = {}
        self._rows = self._read(self.PAGE)
        self.endResetModel()

    def week(self) -> Week | None:
        return self._week

    def total(self) -> int:
        """How many interactions the week holds (fetched or not)."""
        return len(self._ids)

    def interaction_at(self, row: int) -> Interaction | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Qt overrides ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        rows = self._read(self.PAGE)
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.interaction_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            who = ", ".join(self._names[c] for c in item.participant_ids if c in self._names)
            parts = [dates.moment_text(item.occurred_at), label(item.channel), who]
            text = " ".join((item.summary or item.goal).split())
            if text:
                parts.append(text if len(text) <= 90 else text[:89] + "…")
            return " · ".join(p for p in parts if p)
        if role == ID_ROLE:
            return item.id
        if role == CONTACTS_ROLE:
            return list(item.participant_ids)
        return None

    # loading -----------------------------------------------------------------------------

    def _read(self, count: int) -> list[Interaction]:
        """The next ``count`` rows after those fetched (the caller adds them)."""
        ids = self._ids[len(self._rows):len(self._rows) + count]
        found = self._store.interactions.many(ids)
        rows = [found[i] for i in ids if i in found]
        wanted = sorted({c for r in rows for c in r.participant_ids} - set(self._names))
        if wanted:
            self._names.update({cid: s.name for cid, s in
                                self._store.contacts.summaries(wanted).items()})
        if len(rows) < len(ids):  # gone meanwhile: the week holds fewer
            self._ids = [i for i in self._ids if i in found or i not in ids]
        return rows
