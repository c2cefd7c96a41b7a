"""The quick entry's "Who is it?" list: whom the line may be about, and who is chosen.

Existing contacts come first (the rule's candidates, then contacts whose names start with
what was typed) and "new contact" last. The one contact of that name (or ``#ID``) is
chosen; a new name with no one like it is a new contact; a name several contacts share,
or one close to someone's, chooses nothing: the user picks (Up/Down, a click).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from netjournal.domain.capture_rules import Resolution, Verdict
from netjournal.domain.quickentry import ParsedLine
from netjournal.domain.values import ContactSummary
from netjournal.storage import recognise
from netjournal.storage.capture import name_candidates
from netjournal.storage.store import Store
from netjournal.ui.quickentry.models import CandidateModel

SHOWN = 20  # most people the rule's question lists (the closest first)


class WhoList(QListView):
    """The candidates of the line being typed; it never takes the keyboard focus."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.candidates = CandidateModel(store, self)
        self.setModel(self.candidates)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the line
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Who is it?"))
        self.resolution = Resolution(Verdict.NEW)
        self.chosen: int | None = None  # the existing contact the line goes to
        self.picked = False  # a row is chosen: a contact, or "new contact"
        self.user_chose = False
        self._queried: tuple[object, ...] | None = None

    def refresh(self, line: ParsedLine) -> None:
        """Find the candidates again if the name, company or ``#ID`` changed."""
        key = (line.name, line.company, line.contact_ref)
        if key == self._queried:
            return
        self._queried = key
        self.resolution = found = recognise.resolve(self._store, line)
        ids = [c.id for c in found.candidates[:SHOWN]]
        if found.contact_id is not None and found.contact_id not in ids:
            ids.insert(0, found.contact_id)
        if line.name:
            ids += [i for i in name_candidates(self._store, line.name) if i not in ids]
        self.candidates.set_candidates(line.name, ids, offer_new=line.contact_ref is None)
        row = self.candidates.row_of(self.chosen) if self.user_chose and self.picked else None
        if row is None:
            self.user_chose = False
            if found.verdict == Verdict.EXISTING:
                row = self.candidates.row_of(found.contact_id)
            elif found.verdict == Verdict.NEW and line.name:
                row = self.candidates.row_of(None)
        self.choose(row)

    def forget(self) -> None:
        """After a save: the next line starts with no choice."""
        self.chosen = None
        self.picked = self.user_chose = False

    def choose(self, row: int | None, *, by_user: bool = False) -> None:
        """Choose a row (None: nothing chosen)."""
        if by_user:
            self.user_chose = True
        selection = self.selectionModel()
        self.picked = row is not None
        if row is None:
            self.chosen = None
            selection.clear()
            return
        index = self.candidates.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        self.chosen = self.candidates.contact_id(row)

    def move(self, step: int) -> None:
        """Up (-1) or Down (+1); from no choice, Down is the first row and Up the last."""
        count = self.candidates.rowCount()
        if count == 0:
            return
        current = self.currentIndex().row() if self.picked else -1
        row = (0 if step > 0 else count - 1) if current < 0 else max(0, min(count - 1,
                                                                          current + step))
        self.choose(row, by_user=True)

    def chosen_summary(self) -> ContactSummary | None:
        if self.chosen is None:
            return None
        row = self.candidates.row_of(self.chosen)
        return self.candidates.summary(row) if row is not None else None
