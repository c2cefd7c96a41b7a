"""The contact list's view: one column of rows of one height, laid out without visiting
every row.

A ``QListView`` lays out every row of its model after each reset or insertion, asking
the model for each row's index twice (even with uniform item sizes): at 100,000 contacts
that is 200,000 calls into Python, about a third of a second on the GUI thread each time
the complete list of a search arrives. A ``QTableView`` whose rows all have the delegate's
fixed height keeps only the row count and works out which rows are visible by arithmetic,
so a new list costs the same at 40 rows or at 100,000. Headers and grid are hidden: it
looks and behaves as the list did (arrow keys, Ctrl/Shift selection, Tab leaves it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)


class ContactListView(QTableView):
    """A one-column table dressed as a list; every row is as tall as the delegate says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab moves on to the card, as from a list
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns = self.horizontalHeader()
        columns.hide()
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setHighlightSections(False)

    def setItemDelegate(self, delegate: QAbstractItemDelegate) -> None:
        super().setItemDelegate(delegate)
        self._fit_row_height()

    def row_height(self) -> int:
        """The height of every row (the delegate's, for the view's font)."""
        return self.verticalHeader().defaultSectionSize()

    def _fit_row_height(self) -> None:
        delegate = self.itemDelegate()
        if delegate is None:
            return
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.widget = self
        height = delegate.sizeHint(option, self.model().index(0, 0) if self.model() else
                                   self.rootIndex()).height()
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(min(rows.minimumSectionSize(), height))
        rows.setDefaultSectionSize(height)

    def moveCursor(self, cursor_action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and last contact, as in a list (a table's go to
        the first and last column of the row)."""
        action = QAbstractItemView.CursorAction
        rows = self.model().rowCount() if self.model() is not None else 0
        if cursor_action in (action.MoveHome, action.MoveEnd) and rows:
            return self.model().index(0 if cursor_action == action.MoveHome else rows - 1, 0)
        return super().moveCursor(cursor_action, modifiers)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_row_height()
