"""The contact list model: a window onto the filtered ids, rows fetched in blocks on demand.

Only the id list of the current filter is held in full (one int per contact); the rows
a view asks for are read through ``store.contacts.summaries`` a block at a time and kept
in a small least-recently-used cache by contact, so 100,000 contacts cost a list of ints,
not 100,000 objects, and the next keystroke of a search, which mostly shows the same
people, reads only those it did not show before.
"""

from __future__ import annotations

import datetime as dt
import html
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from netjournal import dates
from netjournal.domain.ties import Cadences, effective_tie
from netjournal.domain.values import ContactSummary, TieStrength
from netjournal.settings import Settings
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store
from netjournal.ui.blockmodel import IdBlockModel
from netjournal.ui.contactlist.loader import IdLoader
from netjournal.ui.labels import label
from netjournal.ui.style import fill
from netjournal.ui.tablemodel import AnyIndex


class ContactRole(IntEnum):
    """Extra data roles of the contact list (beyond ``DisplayRole``, the name)."""

    ID = Qt.ItemDataRole.UserRole + 1
    SUBTITLE = Qt.ItemDataRole.UserRole + 2  # "title, company"
    LAST_CONTACT = Qt.ItemDataRole.UserRole + 3  # short local date or "never"
    TIE = Qt.ItemDataRole.UserRole + 4  # effective TieStrength (dormant included)
    TIE_LABEL = Qt.ItemDataRole.UserRole + 5  # the tie strength in words
    ROW = Qt.ItemDataRole.UserRole + 6  # all of the above as one ContactRow (for painting)


@dataclass(frozen=True)
class ContactRow:
    """What one list row shows, worded once when its block is fetched."""

    name: str
    subtitle: str
    last_contact: str
    tie: TieStrength
    tie_label: str


def cadences_of(settings: Settings) -> Cadences:
    """The keep-in-touch cadences the user chose."""
    return Cadences(close=settings.cadence_close_days, regular=settings.cadence_regular_days,
                    weak=settings.cadence_weak_days)


def subtitle(title: str, company: str) -> str:
    """ "Product manager, Tokopedia", or whichever half exists."""
    title, company = title.strip(), company.strip()
    if title and company:
        return fill(QCoreApplication.translate("ContactListModel", "%1, %2"), title, company)
    return title or company


def short_date(moment: dt.datetime | None) -> str:
    """A UTC moment as the user's local date, in the list's (short) style."""
    if moment is None:
        return QCoreApplication.translate("ContactListModel", "never")
    return dates.short_date(moment)


class ContactListModel(IdBlockModel[ContactRow]):
    """One column of contacts matching a :class:`ContactFilter`, fetched lazily."""

    CONTEXT = "ContactListModel"
    HEADERS = (QT_TRANSLATE_NOOP("ContactListModel", "Contact"),)

    BLOCK = 32
    """Rows read from the store at once (a screenful; about a millisecond)."""

    CACHE_BLOCKS = 64
    """Blocks' worth of rows kept in memory (a few screens either way)."""

    FIRST_PAGE = 40
    """Rows shown at once after a keystroke; the complete list follows from a thread."""

    COMPLETE_AFTER_MS = 120
    """Typing pause before the complete list is read (keystrokes never wait for it)."""

    COMPLETE_AFTER_MAX_MS = 400
    """The longest pause waited for: someone typing slowly pauses longer between keys, and
    the pause waited for is half as long again as their last one, up to this (a complete
    list started between two keys is only stopped again by the next one, after costing a
    server its buffer cache and the typing its processor)."""

    sig_completed = Signal()
    """The complete list of the current filter is in: ``rowCount`` is now the total."""

    def __init__(self, store: Store, settings: Settings, parent: QObject | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._cadences = cadences_of(settings)
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._filter = ContactFilter(cadences=self._cadences)
        self._now = self._clock()
        self._bold = QFont()
        self._bold.setBold(True)
        self._complete = True
        self._replacing = False  # a complete list stays up while its refresh is read
        self._ticket = 0
        self._loader = IdLoader(store.search, self)
        self._loader.sig_loaded.connect(self._on_loader_sig_loaded)
        self._complete_timer = QTimer(self)
        self._complete_timer.setSingleShot(True)
        self._complete_timer.setInterval(self.COMPLETE_AFTER_MS)
        self._complete_timer.timeout.connect(self._on_complete_timer_timeout)
        self._last_filter_at: float | None = None  # when the filter last changed (monotonic)

    # filter and reload -----------------------------------------------------------------

    @property
    def contact_filter(self) -> ContactFilter:
        return self._filter

    @property
    def cadences(self) -> Cadences:
        return self._cadences

    def set_filter(self, flt: ContactFilter, *, changed: bool = False) -> bool:
        """Show the contacts ``flt`` selects (a model reset, unless the rows shown stay:
        then False); ``changed``: the journal changed too (every row is worded again)."""
        self._filter = flt
        return self.reload(changed=changed)

    def reload(self, *, changed: bool = True) -> bool:
        """Query the ids again; when the journal ``changed``, forget every cached row.

        The first rows are read at once (a few milliseconds); when they are not the whole
        answer, the complete list is read on a worker thread and :attr:`sig_completed`
        follows. Without a change to the journal (a new filter), the rows already worded
        are kept, and the same first rows as before are left as they are (False).
        """
        if changed:
            self._forget()
        self._ticket += 1
        self._replacing = False
        self._loader.cancel()
        ids, complete = self._store.search.first_contact_ids(self._filter, self.FIRST_PAGE)
        if not changed:
            self._complete_timer.setInterval(self._typing_pause())
        if complete:
            self._complete_timer.stop()
        else:
            self._complete_timer.start()
        if not changed and ids and ids == self._ids and complete == self._complete:
            return False  # the next letter found the same people: nothing to redraw
        self._reset(ids, complete)
        return True

    def refresh(self) -> None:
        """Read the same filter again after the journal changed, without a jump.

        A complete list that is long stays on screen until its replacement has been read
        on the worker thread (the view keeps its place meanwhile); a short one is read and
        replaced at once.
        """
        if not self._complete or len(self._ids) <= self.FIRST_PAGE:
            self.reload()
            return
        self._ticket += 1
        self._complete_timer.stop()
        self._forget()  # the journal changed: word every row again
        self._replacing = True
        self._loader.request(self._ticket, self._filter)

    def _typing_pause(self) -> int:
        """Milliseconds to wait for the complete list after this change of the filter."""
        now = time.monotonic()
        last, self._last_filter_at = self._last_filter_at, now
        if last is None:
            return self.COMPLETE_AFTER_MS
        since = int((now - last) * 1000)
        if since >= 2 * self.COMPLETE_AFTER_MAX_MS:  # a new search after a while
            return self.COMPLETE_AFTER_MS
        return max(self.COMPLETE_AFTER_MS, min(self.COMPLETE_AFTER_MAX_MS, since * 3 // 2))

    def _on_complete_timer_timeout(self) -> None:
        if not self._complete:
            self._loader.request(self._ticket, self._filter)

    @property
    def is_complete(self) -> bool:
        """Whether every contact of the filter is in the model (else a first page).

        False too while a long list is being read again after a change (:meth:`refresh`).
        """
        return self._complete and not self._replacing

    def shutdown(self) -> None:
        """Stop the worker thread (before the store closes)."""
        self._complete_timer.stop()
        self._loader.stop()

    def _reset(self, ids: list[int], complete: bool) -> None:
        self.beginResetModel()
        self._set_ids(ids)
        now = self._clock()
        if now.date() != self._now.date():
            self._forget()  # a new day: ties may have gone dormant
        self._now = now
        self._complete = complete
        self.endResetModel()
        if complete:
            self.sig_completed.emit()

    def _on_loader_sig_loaded(self, ticket: int, ids: list[int]) -> None:
        if ticket != self._ticket:
            return
        if self._replacing:
            self._replacing = False
            self._reset(ids, True)
            return
        if self._complete:
            return
        shown = len(self._ids)
        if ids[:shown] == self._ids:  # the first page was the true start: add the rest
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._set_ids(ids)
                self.endInsertRows()
            self._complete = True
            self.sig_completed.emit()
        else:
            self._reset(ids, True)

    def forget(self, contact_ids: Iterable[int]) -> None:
        """Drop cached rows of these contacts (they changed) and repaint those rows."""
        for cid in contact_ids:
            row = self.row_of(cid)
            if row is None:
                continue
            self._forget(cid)
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def remove_ids(self, contact_ids: Iterable[int]) -> None:
        """Take deleted contacts out of the list without querying again."""
        rows = sorted((r for r in (self.row_of(c) for c in contact_ids) if r is not None),
                      reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self._rows_of_ids = None
            self.endRemoveRows()
        if rows and (self._replacing or not self._complete):
            # the list being read may predate the deletion: read it again
            self._ticket += 1
            self._loader.cancel()
            if self._replacing:
                self._loader.request(self._ticket, self._filter)
            else:
                self._complete_timer.start()

    # rows ------------------------------------------------------------------------------

    def _read_rows(self, ids: list[int]) -> dict[int, ContactRow]:
        return {cid: self._to_row(s) for cid, s in self._store.contacts.summaries(
            ids, with_tags=False).items()}

    def _to_row(self, s: ContactSummary) -> ContactRow:
        tie = effective_tie(s.tie_strength, s.last_interaction_at, s.created_at, self._now,
                            s.cadence_days, self._cadences)
        return ContactRow(name=s.name, subtitle=subtitle(s.title, s.company),
                          last_contact=short_date(s.last_interaction_at), tie=tie,
                          tie_label=label(tie))

    def _describe(self, item: ContactRow) -> list[str]:
        return [item.name, item.subtitle,
                fill(self.tr("last contact: %1"), item.last_contact), label(item.tie)]

    # QAbstractItemModel ----------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or index.row() >= len(self._ids):
            return None
        row = index.row()
        if role == ContactRole.ID:
            return self._ids[row]
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        item = self.item(row)
        if item is None:  # deleted since the ids were read
            return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole else None
        if role == ContactRole.ROW:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name
        if role == ContactRole.SUBTITLE:
            return item.subtitle
        if role == ContactRole.LAST_CONTACT:
            return item.last_contact
        if role == ContactRole.TIE:
            return item.tie
        if role == ContactRole.TIE_LABEL:
            return item.tie_label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(p for p in self._describe(item) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tool tips guess rich text: escape the user's words and say it is HTML.
            return "<br>".join(html.escape(p) for p in self._describe(item) if p)
        return None
