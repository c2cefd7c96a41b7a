"""A flat model over a list of ids whose rows are read a block at a time and cached.

The long lists (contacts, connection requests, introductions) hold only the ids of what
they show, one int per row; the rows a view asks for are read from the store a block at
a time, worded once, and kept by id in a small least-recently-used cache: a new filter
that mostly shows the same rows (the next letter of a search) reads only the new ones.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from netjournal.ui.tablemodel import AnyIndex, header_text

R = TypeVar("R")
_ROOT = QModelIndex()  # the invalid index: a shared default, never changed


class IdBlockModel(QAbstractItemModel, Generic[R]):
    """Rows are ids; what a row shows is read through :meth:`_read_rows`, a block at a time.

    Subclasses set :attr:`CONTEXT` and :attr:`HEADERS`, read rows in :meth:`_read_rows`,
    change the ids with :meth:`_set_ids` (inside a reset or an insert), and answer
    ``data()``, using :meth:`item` for a row's cached value.
    """

    BLOCK: ClassVar[int] = 64
    """Rows read from the store at once."""

    CACHE_BLOCKS: ClassVar[int] = 16
    """Blocks' worth of rows kept in memory."""

    CONTEXT: ClassVar[str] = ""
    """The translation context :attr:`HEADERS` are marked in."""

    HEADERS: ClassVar[tuple[object, ...]] = ()
    """Column titles, each ``QT_TRANSLATE_NOOP(CONTEXT, "...")``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows_of_ids: dict[int, int] | None = None  # built on first lookup
        self._rows: OrderedDict[int, R | None] = OrderedDict()  # by id; None: gone

    def _read_rows(self, ids: list[int]) -> dict[int, R]:
        """The rows of ``ids`` that still exist, by id (one read of the store)."""
        raise NotImplementedError

    def _set_ids(self, ids: list[int]) -> None:
        """Show ``ids`` (the cached rows stay: :meth:`_forget` them if they changed)."""
        self._ids = ids
        self._rows_of_ids = None

    # lookups ---------------------------------------------------------------------------

    def ids(self) -> list[int]:
        """The ids shown, in order (a copy)."""
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int | None:
        if self._rows_of_ids is None:
            self._rows_of_ids = {iid: row for row, iid in enumerate(self._ids)}
        return self._rows_of_ids.get(item_id)

    def item(self, row: int) -> R | None:
        """The row's value (None if it went away since the ids were read); the rows of
        its block not yet known are read with it."""
        item_id = self._ids[row]
        rows = self._rows
        if item_id in rows:
            rows.move_to_end(item_id)
            return rows[item_id]
        start = row - row % self.BLOCK
        wanted = [i for i in self._ids[start:start + self.BLOCK] if i not in rows]
        found = self._read_rows(wanted)
        for i in wanted:
            rows[i] = found.get(i)
        while len(rows) > self.CACHE_BLOCKS * self.BLOCK:
            rows.popitem(last=False)
        return found.get(item_id)

    def _forget(self, item_id: int | None = None) -> None:
        """Word a row again when it is next shown (every row when ``item_id`` is None)."""
        if item_id is None:
            self._rows.clear()
        else:
            self._rows.pop(item_id, None)

    # QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if (parent.isValid() or not 0 <= row < len(self._ids)
                or not 0 <= column < len(self.HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and bool(self._ids)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_text(self.CONTEXT, self.HEADERS, section, orientation, role)
