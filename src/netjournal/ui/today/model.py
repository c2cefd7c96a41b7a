"""The Today list model: section headers and items, a page at a time, worded on demand.

The rows are a window onto a :class:`~netjournal.domain.followups.TodayList`: each
section shows its header and its first items; a "show more" row brings in the next page
(``fetch_more_in``), so a long overdue list never becomes a wall. The list may hold only
the first items of each section (with the ``totals``): a ``fetch`` function then reads
the next page when it is asked for. Rows are worded the
first time a view asks for them and cached by the item's key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netjournal.domain.followups import DueItem, Section, TodayList
from netjournal.ui.style import fill
from netjournal.ui.today import wording
from netjournal.ui.today.wording import translate

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: a shared default, never changed
_FIELDS = {Section.OVERDUE: "overdue", Section.TODAY: "due_today",  # TodayList's fields
           Section.THANK_YOUS: "thank_yous", Section.THIS_WEEK: "this_week",
           Section.RECONNECT: "reconnect"}
Fetch = Callable[[Section, int, int], Sequence[DueItem]]
"""Reads items (section, offset, limit) of the list shown, for "show more"."""


class RowKind(IntEnum):
    HEADER = 0  # a section title with its count
    ITEM = 1  # something to do
    MORE = 2  # "show N more" at the end of a section


class DueRole(IntEnum):
    """Data roles of the list (``DisplayRole`` is the whole row in words)."""

    KIND = Qt.ItemDataRole.UserRole + 1  # RowKind
    ITEM = Qt.ItemDataRole.UserRole + 2  # the DueItem (items only)
    NAME = Qt.ItemDataRole.UserRole + 3  # the contact's name
    TITLE = Qt.ItemDataRole.UserRole + 4  # what to do
    DETAIL = Qt.ItemDataRole.UserRole + 5  # the quieter line
    DUE = Qt.ItemDataRole.UserRole + 6  # "3 days late", "Tomorrow", "Tue 24 Nov"
    OVERDUE = Qt.ItemDataRole.UserRole + 7  # bool
    SECTION = Qt.ItemDataRole.UserRole + 8  # Section
    COUNT = Qt.ItemDataRole.UserRole + 9  # header: items in the section; more: hidden ones


@dataclass(frozen=True)
class _Row:
    kind: RowKind
    section: Section
    item: DueItem | None = None


@dataclass(frozen=True)
class _Words:
    title: str
    detail: str
    due: str
    accessible: str


class DueListModel(QAbstractListModel):
    """Sections of due items; ``headers=False`` gives a plain list (the card's)."""

    PAGE = 5
    """Items a section shows at first, and how many more each "show more" brings."""

    def __init__(self, parent: QObject | None = None, *, headers: bool = True) -> None:
        super().__init__(parent)
        self._headers = headers
        self._list = TodayList(today=dt.date.today())
        self._rows: list[_Row] = []
        self._shown: dict[Section, int] = {}  # items a section shows (kept across reloads)
        self._totals: Mapping[Section, int] | None = None  # None: the list holds them all
        self._fetch: Fetch | None = None
        self._words: dict[tuple[str, int], _Words] = {}

    # loading ---------------------------------------------------------------------------

    @property
    def today_list(self) -> TodayList:
        return self._list

    @property
    def today(self) -> dt.date:
        return self._list.today

    def set_list(self, today_list: TodayList, *, totals: Mapping[Section, int] | None = None,
                 fetch: Fetch | None = None) -> None:
        """Show a new list (a reset); sections keep how far they were expanded.

        ``totals`` (items in each section) and ``fetch`` are given when ``today_list``
        holds only each section's first items (see ``journal.today_page``).
        """
        self.beginResetModel()
        self._list = today_list
        self._totals = totals
        self._fetch = fetch
        self._words.clear()
        self._rows = self._build()
        self.endResetModel()

    def set_items(self, items: Sequence[DueItem], today: dt.date) -> None:
        """Show one plain list of items (the card): everything in a single section."""
        self.set_list(TodayList(today=today, this_week=tuple(items)))

    def total_in(self, section: Section) -> int:
        """Items in a section, read or not."""
        if self._totals is None:
            return len(self._list.section(section))
        return self._totals.get(section, 0)

    def shown_in(self, section: Section) -> int:
        """Items a section shows (it keeps showing as many after a reload)."""
        return self._shown.get(section, 0)

    def _build(self) -> list[_Row]:
        rows: list[_Row] = []
        for section in Section:
            items = self._list.section(section)
            total = self.total_in(section)
            if not items:
                continue
            if self._headers:
                rows.append(_Row(RowKind.HEADER, section))
                shown = min(len(items), max(self.PAGE, self._shown.get(section, 0)))
            else:
                shown = len(items)
            self._shown[section] = shown
            rows += [_Row(RowKind.ITEM, section, item) for item in items[:shown]]
            if shown < total:
                rows.append(_Row(RowKind.MORE, section))
        return rows

    def hidden_in(self, section: Section) -> int:
        return self.total_in(section) - self._shown.get(section, 0)

    def _read_up_to(self, section: Section, count: int) -> tuple[DueItem, ...]:
        """The section's items, read further (``fetch``) until ``count`` are at hand."""
        items = self._list.section(section)
        if len(items) < count and self._fetch is not None:
            more = tuple(self._fetch(section, len(items), count - len(items)))
            items = items + more
            self._list = replace(self._list, **{_FIELDS[section]: items})
        return items

    def fetch_more_in(self, section: Section) -> None:
        """Bring in the next page of a section (the "show more" row)."""
        hidden = self.hidden_in(section)
        if hidden <= 0:
            return
        more_row = next(i for i, r in enumerate(self._rows)
                        if r.kind == RowKind.MORE and r.section == section)
        shown = self._shown[section]
        items = self._read_up_to(section, shown + min(self.PAGE, hidden))
        take = min(self.PAGE, hidden, len(items) - shown)
        if take <= 0:
            return
        new_rows = [_Row(RowKind.ITEM, section, i) for i in items[shown:shown + take]]
        if take == hidden:  # the last page: "show more" goes, then the items come
            self.beginRemoveRows(QModelIndex(), more_row, more_row)
            del self._rows[more_row]
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), more_row, more_row + take - 1)
        self._rows[more_row:more_row] = new_rows
        self.endInsertRows()
        self._shown[section] = shown + take  # "show more" counts from here on
        if take < hidden:
            index = self.index(more_row + take, 0)
            self.dataChanged.emit(index, index)

    # lookups ---------------------------------------------------------------------------

    def item_at(self, row: int) -> DueItem | None:
        if 0 <= row < len(self._rows):
            return self._rows[row].item
        return None

    def kind_at(self, row: int) -> RowKind | None:
        return self._rows[row].kind if 0 <= row < len(self._rows) else None

    def row_of(self, key: tuple[str, int]) -> int | None:
        for i, r in enumerate(self._rows):
            if r.item is not None and r.item.key == key:
                return i
        return None

    def items(self) -> Iterable[DueItem]:
        """The items the rows show now (not those behind "show more")."""
        return (r.item for r in self._rows if r.item is not None)

    def _wording(self, item: DueItem) -> _Words:
        words = self._words.get(item.key)
        if words is None:
            today = self.today
            words = _Words(title=wording.title(item), detail=wording.detail(item),
                           due=wording.due_text(item, today),
                           accessible=wording.accessible_text(item, today))
            self._words[item.key] = words
        return words

    # QAbstractItemModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind == RowKind.HEADER:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DueRole.KIND:
            return row.kind
        if role == DueRole.SECTION:
            return row.section
        if row.kind == RowKind.HEADER:
            count = self.total_in(row.section)
            if role == DueRole.COUNT:
                return count
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return fill(translate("today", "%1 (%2)"),
                            wording.section_title(row.section), count)
            return None
        if row.kind == RowKind.MORE:
            hidden = self.hidden_in(row.section)
            if role == DueRole.COUNT:
                return hidden
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return fill(translate("today", "Show %1 more"), min(hidden, self.PAGE)) \
                    if hidden > self.PAGE else fill(translate("today", "Show the other %1"), hidden)
            return None
        item = row.item
        assert item is not None
        if role == DueRole.ITEM:
            return item
        if role == DueRole.NAME:
            return item.contact_name
        if role == DueRole.OVERDUE:
            return item.is_overdue(self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self._wording(item).accessible
        if role == DueRole.TITLE:
            return self._wording(item).title
        if role == DueRole.DETAIL:
            return self._wording(item).detail
        if role == DueRole.DUE:  # the section title already says "today"
            return "" if row.section == Section.TODAY else self._wording(item).due
        return None
