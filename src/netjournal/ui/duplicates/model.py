"""The groups of probable duplicates as a tree: each group (its reasons) over its contacts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netjournal.domain.duplicates import Group, Reason, Why
from netjournal.domain.values import ContactSummary
from netjournal.wording import fill

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: a shared default, never changed
_NO_PARENT = 0xFFFFFFFF  # the internal id of a group row (contact rows carry their group)


class DuplicateRole(IntEnum):
    CONTACT_ID = Qt.ItemDataRole.UserRole + 1  # on a contact row
    GROUP = Qt.ItemDataRole.UserRole + 2  # the group's row number, on both kinds of row


def reason_text(reason: Reason) -> str:
    """One reason in the UI's language."""
    if reason.why == Why.EMAIL:
        text = QCoreApplication.translate("DuplicateGroupsModel", "the same email %1")
        return fill(text, reason.value)
    if reason.why == Why.PROFILE:
        text = QCoreApplication.translate("DuplicateGroupsModel", "the same LinkedIn profile %1")
        return fill(text, reason.value)
    if reason.why == Why.PHONE:
        text = QCoreApplication.translate("DuplicateGroupsModel", "the same phone +%1")
        return fill(text, reason.value)
    if reason.why == Why.NAME:
        return QCoreApplication.translate("DuplicateGroupsModel", "the same name")
    return QCoreApplication.translate("DuplicateGroupsModel", "a similar name at the same company")


class DuplicateGroupsModel(QAbstractItemModel):
    """Groups (top rows, showing their reasons) and their contacts (child rows).

    The groups and the few contacts in them are handed over whole by the dialog (a
    journal rarely has more than a few hundred); nothing here reads the store.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []
        self._names: Mapping[int, ContactSummary] = {}

    def set_groups(self, groups: Sequence[Group], names: Mapping[int, ContactSummary]) -> None:
        self.beginResetModel()
        self._groups = [Group(tuple(i for i in g.ids if i in names), g.reasons)
                        for g in groups]
        self._groups = [g for g in self._groups if len(g.ids) >= 2]
        self._names = dict(names)
        self.endResetModel()

    def group(self, row: int) -> Group:
        return self._groups[row]

    # Qt's model interface ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _NO_PARENT) if row < len(self._groups) \
                else QModelIndex()
        if parent.internalId() != _NO_PARENT or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._groups[parent.row()].ids):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row())

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(child.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()].ids)
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return "; ".join(reason_text(r) for r in group.reasons)
            if role == DuplicateRole.GROUP:
                return index.row()
            return None
        group_row = int(index.internalId())
        contact_id = self._groups[group_row].ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            c = self._names[contact_id]
            where = ", ".join(x for x in (c.title, c.company) if x)
            text = fill(self.tr("%1 (%2)"), c.name, where) if where else c.name
            return fill(self.tr("%1 · #%2"), text, contact_id)
        if role == DuplicateRole.CONTACT_ID:
            return contact_id
        if role == DuplicateRole.GROUP:
            return group_row
        return None
