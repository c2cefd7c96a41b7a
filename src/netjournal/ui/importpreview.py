"""The preview table of the import dialog: what an import does to each record of a file.

The outcomes live in the import's report; :class:`PreviewModel` shows them a chunk at a
time (``fetchMore``), so a 20,000-row file builds only the rows the view scrolls to.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from netjournal.interop.model import Action, ImportReport, Outcome
from netjournal.ui.requests.wording import reason_text, verdict_text
from netjournal.ui.style import fill

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_CONTEXT = "importdialog"

_ACTION_WORDS = {
    Action.CREATE: QT_TRANSLATE_NOOP("importdialog", "New"),
    Action.MERGE: QT_TRANSLATE_NOOP("importdialog", "Merge"),
    Action.UNCHANGED: QT_TRANSLATE_NOOP("importdialog", "Already there"),
    Action.REJECT: QT_TRANSLATE_NOOP("importdialog", "Rejected"),
    Action.SKIP: QT_TRANSLATE_NOOP("importdialog", "Skipped"),
}
_ACTION_COLOURS = {Action.CREATE: "#1d7f4e", Action.MERGE: "#2160b8",
                   Action.UNCHANGED: "#5b6470", Action.REJECT: "#a12622", Action.SKIP: "#8a6d1f"}
_HEADERS = (QT_TRANSLATE_NOOP("importdialog", "Where"),
            QT_TRANSLATE_NOOP("importdialog", "Name"),
            QT_TRANSLATE_NOOP("importdialog", "What happens"),
            QT_TRANSLATE_NOOP("importdialog", "Details"))
def _tr(text: object) -> str:
    """Translate a word marked with ``QT_TRANSLATE_NOOP`` in this module's context."""
    return QCoreApplication.translate(_CONTEXT, str(text))


class Column(IntEnum):
    WHERE = 0
    NAME = 1
    ACTION = 2
    DETAILS = 3


class PreviewModel(QAbstractTableModel):
    """The records of an import (or of its dry run), shown a chunk at a time.

    The outcomes live in the report; the model exposes them through ``fetchMore`` so a
    view of a 10,000-card file only ever builds the rows it scrolls to.
    """

    CHUNK = 200
    ActionRole = Qt.ItemDataRole.UserRole + 1  # the Action code of the row

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcomes: tuple[Outcome, ...] = ()
        self._notes: dict[str, list[str]] = {}
        self._rows: list[int] = []  # indexes into _outcomes that pass the filter
        self._shown = 0
        self._filter: frozenset[Action] | None = None

    def set_report(self, report: ImportReport | None) -> None:
        """Show a report's records (None: nothing), with its warnings by their place."""
        self.beginResetModel()
        self._outcomes = report.outcomes if report else ()
        self._notes = {}
        for warning in report.warnings if report else ():
            self._notes.setdefault(warning.where, []).append(warning.reason)
        self._refilter()
        self.endResetModel()

    def set_filter(self, actions: frozenset[Action] | None) -> None:
        """Show only records with these actions (None: all)."""
        self.beginResetModel()
        self._filter = actions
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        self._rows = [i for i, o in enumerate(self._outcomes)
                      if self._filter is None or o.action in self._filter]
        self._shown = min(self.CHUNK, len(self._rows))

    def outcome(self, row: int) -> Outcome:
        return self._outcomes[self._rows[row]]

    def total(self) -> int:
        """Rows that pass the filter, fetched or not yet."""
        return len(self._rows)

    # QAbstractItemModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(self.CHUNK, len(self._rows) - self._shown)
        self.beginInsertRows(_ROOT, self._shown, self._shown + more - 1)  # last is inclusive
        self._shown += more
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        outcome = self.outcome(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.WHERE:
                return outcome.where
            if column == Column.NAME:
                return outcome.name
            if column == Column.ACTION:
                return _tr(_ACTION_WORDS[outcome.action])
            notes = [self._triage(outcome) if outcome.assessment else outcome.note]
            return "; ".join([n for n in notes if n] + self._notes.get(outcome.where, []))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.ACTION:
            return QBrush(QColor(_ACTION_COLOURS[outcome.action]))
        if role == self.ActionRole:
            return outcome.action.value
        return None

    def _triage(self, outcome: Outcome) -> str:
        """An incoming request's verdict and reasons, in the user's language."""
        assert outcome.assessment is not None
        reasons = "; ".join(reason_text(r) for r in outcome.assessment.reasons)
        text = verdict_text(outcome.assessment.verdict)
        if reasons:
            text = fill(_tr(QT_TRANSLATE_NOOP("importdialog", "%1: %2")), text, reasons)
        if outcome.contact_id is not None:
            text += "; " + _tr(QT_TRANSLATE_NOOP("importdialog", "already in your journal"))
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_HEADERS)):
            return _tr(_HEADERS[section])
        return None
