"""The timeline model: one contact's interactions, or all activity, newest first.

Lazy: rows come a page at a time through ``canFetchMore``/``fetchMore`` (ids from
``store.interactions.ids_page``, then the page's interactions and participant names in
two queries). ``data()`` only reads what was fetched. The model listens to
:class:`~netjournal.ui.events.JournalEvents` and reloads itself when its rows change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from netjournal.domain.values import Interaction
from netjournal.storage.store import Store
from netjournal.ui.contact.formatting import local_moment_text
from netjournal.ui.events import JournalEvents
from netjournal.ui.labels import label

INTERACTION_ROLE = Qt.ItemDataRole.UserRole + 10
"""The :class:`Interaction` of the row."""
PARTICIPANTS_ROLE = Qt.ItemDataRole.UserRole + 11
"""``[(contact id, name), ...]`` of the row's participants, by name."""
EVENT_NAME_ROLE = Qt.ItemDataRole.UserRole + 12
"""The name of the event the interaction happened at, or ``""``."""
ID_ROLE = Qt.ItemDataRole.UserRole + 13

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: the default parent of a list


class TimelineModel(QAbstractListModel):
    """Interactions newest first, fetched a page at a time."""

    PAGE = 100

    def __init__(self, store: Store, events: JournalEvents, contact_id: int | None = None,
                 *, all_activity: bool = False, parent: QObject | None = None) -> None:
        """Args:
            store: the open journal.
            events: the window's change signals; the model reloads on them.
            contact_id: whose timeline; None shows nothing unless ``all_activity``.
            all_activity: show every contact's interactions (``contact_id`` ignored).
        """
        super().__init__(parent)
        self._store = store
        self._all = all_activity
        self._contact_id = contact_id
        self._ids: list[int] = []
        self._rows: dict[int, Interaction] = {}
        self._names: dict[int, str] = {}
        self._events_names: dict[int, str] = {}
        self._exhausted = True
        self._load(self.PAGE)
        events.sig_interactions_changed.connect(self._on_events_interactions_changed)
        events.sig_contacts_changed.connect(self._on_events_contacts_changed)
        events.sig_contacts_removed.connect(self._on_events_contacts_changed)
        events.sig_journal_reset.connect(self.reload)

    # public ----------------------------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None) -> None:
        """Show ``contact_id``'s timeline (None: nothing)."""
        self.beginResetModel()
        self._contact_id = contact_id
        self._load(self.PAGE)
        self.endResetModel()

    def reload(self) -> None:
        """Fetch again, keeping as many rows as were loaded (so the view keeps its place)."""
        self.beginResetModel()
        self._load(max(self.PAGE, len(self._ids)))
        self.endResetModel()

    def interaction_at(self, row: int) -> Interaction | None:
        if 0 <= row < len(self._ids):
            return self._rows.get(self._ids[row])
        return None

    def row_of(self, interaction_id: int) -> int:
        try:
            return self._ids.index(interaction_id)
        except ValueError:
            return -1

    def name_of(self, contact_id: int) -> str:
        return self._names.get(contact_id, "")

    def participants_at(self, row: int) -> list[tuple[int, str]]:
        """``[(contact id, name), ...]`` of a row's live participants, by name."""
        item = self.interaction_at(row)
        return self._participants(item) if item is not None else []

    def event_name_at(self, row: int) -> str:
        item = self.interaction_at(row)
        if item is None or item.event_id is None:
            return ""
        return self._events_names.get(item.event_id, "")

    # Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        ids, rows = self._fetch(len(self._ids), self.PAGE)
        ids = [i for i in ids if i not in self._rows]
        if not ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
        self._ids.extend(ids)
        self._rows.update(rows)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0:
            return None
        item = self.interaction_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            names = ", ".join(name for _cid, name in self._participants(item))
            when = local_moment_text(item.occurred_at)
            parts = [when, label(item.channel), label(item.direction), names]
            if item.goal:
                parts.append(item.goal)
            return " · ".join(parts)
        if role == INTERACTION_ROLE:
            return item
        if role == PARTICIPANTS_ROLE:
            return self._participants(item)
        if role == EVENT_NAME_ROLE:
            return self._events_names.get(item.event_id, "") if item.event_id else ""
        if role == ID_ROLE:
            return item.id
        return None

    # loading ---------------------------------------------------------------------------

    def _participants(self, item: Interaction) -> list[tuple[int, str]]:
        found = [(cid, self._names[cid]) for cid in item.participant_ids if cid in self._names]
        return sorted(found, key=lambda p: p[1].casefold())

    def _fetch(self, offset: int, limit: int) -> tuple[list[int], dict[int, Interaction]]:
        if not self._all and self._contact_id is None:
            self._exhausted = True
            return [], {}
        contact = None if self._all else self._contact_id
        ids = self._store.interactions.ids_page(contact, offset=offset, limit=limit)
        self._exhausted = len(ids) < limit
        rows = self._store.interactions.many(ids)
        wanted = {cid for r in rows.values() for cid in r.participant_ids} - set(self._names)
        if wanted:
            found = self._store.contacts.summaries(sorted(wanted))
            self._names.update({cid: s.name for cid, s in found.items()})
        missing_events = {r.event_id for r in rows.values()
                          if r.event_id is not None and r.event_id not in self._events_names}
        if missing_events:
            self._events_names.update({e.id: e.name for e in self._store.events.all()
                                       if e.id is not None})
        return [i for i in ids if i in rows], rows

    def _load(self, count: int) -> None:
        """Replace the rows with the first ``count`` (callers wrap it in a model reset)."""
        self._names.clear()
        self._rows.clear()
        self._ids, self._rows = self._fetch(0, count)

    # slots -----------------------------------------------------------------------------

    def _on_events_interactions_changed(self, contact_ids: list[int]) -> None:
        if self._all or (self._contact_id is not None and self._contact_id in contact_ids):
            self.reload()

    def _on_events_contacts_changed(self, contact_ids: list[int]) -> None:
        if any(cid in self._names for cid in contact_ids):
            self.reload()  # a participant was renamed or removed
