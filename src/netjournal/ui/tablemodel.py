"""A table model over a short list of values, with translated column headers.

For the small tables of one screen (a contact's offers and favours, the lines saved this
session): the store returns a list of frozen dataclasses and the model is a window onto
it. Long lists read ids and fetch rows on demand instead (:mod:`netjournal.ui.blockmodel`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: a shared default, never changed


def header_text(context: str, headers: tuple[object, ...], section: int,
                orientation: Qt.Orientation, role: int) -> str | None:
    """The translated title of column ``section`` (None for anything else).

    Args:
        context: the translation context the headers were marked in.
        headers: the English titles, marked with ``QT_TRANSLATE_NOOP(context, ...)``.
    """
    if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)):
        return QCoreApplication.translate(context, str(headers[section]))
    return None


class ValueTableModel(QAbstractTableModel, Generic[T]):
    """Rows are the values of a list, columns the :attr:`HEADERS`.

    Subclasses set :attr:`CONTEXT` and :attr:`HEADERS` and word a cell in :meth:`_cell`.
    """

    CONTEXT: ClassVar[str] = ""
    """The translation context :attr:`HEADERS` are marked in."""

    HEADERS: ClassVar[tuple[object, ...]] = ()
    """Column titles, each ``QT_TRANSLATE_NOOP(CONTEXT, "...")``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._values: list[T] = []

    def set_values(self, values: Iterable[T]) -> None:
        """Show ``values``, in order, instead of the rows shown (a model reset)."""
        self.beginResetModel()
        self._values = list(values)
        self.endResetModel()

    def values(self) -> list[T]:
        """The values shown, in row order (a copy)."""
        return list(self._values)

    def value_at(self, row: int) -> T | None:
        """The value of ``row`` (None outside the table)."""
        return self._values[row] if 0 <= row < len(self._values) else None

    def _cell(self, value: T, column: int, role: int) -> Any:
        """What ``role`` of ``column`` shows for ``value`` (None for nothing)."""
        raise NotImplementedError

    # QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._values)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_text(self.CONTEXT, self.HEADERS, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self.value_at(index.row()) if index.isValid() else None
        if value is None:
            return None
        return self._cell(value, index.column(), role)
