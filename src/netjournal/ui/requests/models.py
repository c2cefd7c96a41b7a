"""Item models of the requests inbox: connection requests and introductions.

Both are windows onto an id list read from the store; the rows a view asks for are read
a block at a time (``store.requests.many`` / ``store.introductions.many``) and worded
once, so the models never hold more than a few blocks of rows.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from netjournal import dates
from netjournal.domain.triage import Assessment, Verdict, assess
from netjournal.domain.values import (
    ConnectionRequest,
    Introduction,
    IntroductionDirection,
    RequestDecision,
)
from netjournal.storage.relations import RequestView
from netjournal.storage.store import Store
from netjournal.ui.blockmodel import IdBlockModel
from netjournal.ui.labels import label
from netjournal.ui.requests.wording import reasons_lines, verdict_colour, verdict_text
from netjournal.ui.style import fill, muted_text
from netjournal.ui.tablemodel import AnyIndex


def local_date(day: dt.date | None) -> str:
    """A date in the tables' (short) style ("" for none)."""
    if day is None:
        return ""
    return dates.short_date(day)


def one_line(text: str, limit: int = 90) -> str:
    """A message squeezed onto one line for a table cell."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


class ItemRole(IntEnum):
    """Extra data roles of both models."""

    ID = Qt.ItemDataRole.UserRole + 1  # the request's or introduction's id
    VALUE = Qt.ItemDataRole.UserRole + 2  # the ConnectionRequest / Introduction
    VERDICT = Qt.ItemDataRole.UserRole + 3  # requests: the Verdict
    ASSESSMENT = Qt.ItemDataRole.UserRole + 4  # requests: the whole Assessment


class _BlockModel(IdBlockModel[Any]):
    """A table of requests or introductions: ids, and rows worded a block at a time."""

    CONTEXT = "requests"

    def _read_ids(self) -> list[int]:
        raise NotImplementedError

    def _cell(self, item: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def reload(self) -> None:
        """Read the ids again and forget every cached row."""
        ids = self._read_ids()
        self.beginResetModel()
        self._set_ids(ids)
        self._forget()
        self.endResetModel()

    def forget_rows(self) -> None:
        """Word every row again (e.g. new red flags) without reading the ids."""
        self._forget()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, self.columnCount() - 1))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ItemRole.ID:
            return self._ids[index.row()]
        item = self.item(index.row())
        if item is None:  # removed since the ids were read
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return QCoreApplication.translate("requests", "(removed)")
            return None
        if role == ItemRole.VALUE:
            return item.value
        return self._cell(item, index.column(), role)


@dataclass(frozen=True)
class _RequestRow:
    value: ConnectionRequest
    assessment: Assessment
    received: str
    message: str


class RequestColumn(IntEnum):
    NAME = 0
    VERDICT = 1
    MESSAGE = 2
    MUTUAL = 3
    RECEIVED = 4
    DECISION = 5


class RequestListModel(_BlockModel):
    """Incoming connection requests, pending first, each with its triage verdict."""

    HEADERS = (
        QT_TRANSLATE_NOOP("requests", "Name"), QT_TRANSLATE_NOOP("requests", "Verdict"),
        QT_TRANSLATE_NOOP("requests", "Message"), QT_TRANSLATE_NOOP("requests", "Mutual"),
        QT_TRANSLATE_NOOP("requests", "Received"), QT_TRANSLATE_NOOP("requests", "Decision"))

    def __init__(self, store: Store, red_flags: Iterable[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._red_flags = tuple(red_flags)
        self._view = RequestView.PENDING

    @property
    def view(self) -> RequestView:
        return self._view

    def set_view(self, view: RequestView) -> None:
        """Show pending requests, decided ones (the history) or all."""
        self._view = view
        self.reload()

    def set_red_flags(self, phrases: Iterable[str]) -> None:
        """Assess every row again with the user's new phrases."""
        self._red_flags = tuple(phrases)
        self.forget_rows()

    def assess(self, request: ConnectionRequest) -> Assessment:
        return assess(request, self._red_flags)

    def _read_ids(self) -> list[int]:
        return self._store.requests.ids(self._view)

    def _read_rows(self, ids: list[int]) -> dict[int, Any]:
        return {rid: _RequestRow(value=r, assessment=self.assess(r),
                                 received=local_date(r.received_on),
                                 message=one_line(r.message))
                for rid, r in self._store.requests.many(ids).items()}

    def _palette(self) -> QPalette:
        return QGuiApplication.palette()

    def _cell(self, item: _RequestRow, column: int, role: int) -> Any:
        r = item.value
        verdict = item.assessment.verdict
        if role == ItemRole.VERDICT:
            return verdict
        if role == ItemRole.ASSESSMENT:
            return item.assessment
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [verdict_text(verdict), *reasons_lines(item.assessment)]
            return "<br>".join(html.escape(line) for line in lines)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == RequestColumn.VERDICT and r.decision == RequestDecision.PENDING:
                return verdict_colour(verdict, self._palette())
            if r.decision != RequestDecision.PENDING:
                return muted_text(self._palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RequestColumn.MUTUAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(p for p in (r.name, verdict_text(verdict), label(r.decision)) if p)
        return None

    def _display(self, item: _RequestRow, column: int) -> Any:
        r = item.value
        if column == RequestColumn.NAME:
            return r.name
        if column == RequestColumn.VERDICT:
            return verdict_text(item.assessment.verdict)
        if column == RequestColumn.MESSAGE:
            return item.message or self.tr("(no message)")
        if column == RequestColumn.MUTUAL:
            return str(r.mutual_connections)
        if column == RequestColumn.RECEIVED:
            return item.received
        if column == RequestColumn.DECISION:
            return label(r.decision)
        return None

    def verdict_of(self, row: int) -> Verdict | None:
        item = self.item(row)
        return None if item is None else item.assessment.verdict


@dataclass(frozen=True)
class _IntroRow:
    value: Introduction
    person: str
    introducer: str
    other: str
    made_on: str


class IntroColumn(IntEnum):
    PERSON = 0
    WHAT = 1
    DATE = 2
    OUTCOME = 3


class IntroductionListModel(_BlockModel):
    """Introductions, newest first, with the names worded once per block."""

    HEADERS = (
        QT_TRANSLATE_NOOP("requests", "Person"), QT_TRANSLATE_NOOP("requests", "Introduction"),
        QT_TRANSLATE_NOOP("requests", "Date"), QT_TRANSLATE_NOOP("requests", "Outcome"))

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def _read_ids(self) -> list[int]:
        return self._store.introductions.ids()

    def _read_rows(self, ids: list[int]) -> dict[int, Any]:
        intros = self._store.introductions.many(ids)
        people = {i for intro in intros.values()
                  for i in (intro.person_id, intro.introducer_id, intro.to_contact_id) if i}
        names = {cid: s.name for cid, s in self._store.contacts.summaries(sorted(people)).items()}
        gone = self.tr("(deleted contact)")

        def name(cid: int | None) -> str:
            return "" if cid is None else names.get(cid, gone)

        return {iid: _IntroRow(value=i, person=name(i.person_id),
                               introducer=name(i.introducer_id), other=name(i.to_contact_id),
                               made_on=local_date(i.made_on))
                for iid, i in intros.items()}

    def what(self, item: _IntroRow) -> str:
        """ "Sari introduced them to me", "I asked Sari (for Andi)", ..."""
        direction = item.value.direction
        if direction == IntroductionDirection.MADE:
            return fill(self.tr("I introduced them to %1"), item.other)
        if direction == IntroductionDirection.ASKED:
            if item.other:
                return fill(self.tr("I asked %1, for %2"), item.introducer, item.other)
            return fill(self.tr("I asked %1"), item.introducer)
        if item.other:
            return fill(self.tr("%1 introduced them to %2"), item.introducer, item.other)
        return fill(self.tr("%1 introduced them to me"), item.introducer)

    def _cell(self, item: _IntroRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == IntroColumn.PERSON:
                return item.person
            if column == IntroColumn.WHAT:
                return self.what(item)
            if column == IntroColumn.DATE:
                return item.made_on
            if column == IntroColumn.OUTCOME:
                return label(item.value.outcome)
        if role == Qt.ItemDataRole.ToolTipRole and item.value.notes:
            return html.escape(item.value.notes)
        return None
