"""People a messages file speaks of who are not in the journal, offered to add as contacts.

:class:`StrangersPanel` sits under the import dialog's preview: it lists them (checked
by default), and "Add as contacts" makes a card for each checked one with their
LinkedIn profile, so that importing the file again brings their conversations in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.interop.linkedin_messages import add_strangers
from netjournal.interop.model import Stranger
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.style import fill

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class StrangersModel(QAbstractListModel):
    """The people not in the journal, each with a check box (all checked at first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: tuple[Stranger, ...] = ()
        self._checked: list[bool] = []

    def set_people(self, people: tuple[Stranger, ...]) -> None:
        self.beginResetModel()
        self._people = people
        self._checked = [True] * len(people)
        self.endResetModel()

    def checked(self) -> list[Stranger]:
        return [p for p, c in zip(self._people, self._checked, strict=True) if c]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = [checked] * len(self._people)
        if self._people:
            self.dataChanged.emit(self.index(0), self.index(len(self._people) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            days = self.tr("%n conversation day(s)", "", person.conversations)
            return fill(self.tr("%1, %2"), person.name, days)
        if role == Qt.ItemDataRole.ToolTipRole:
            return person.profile_url or person.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if self._checked[index.row()]
                    else Qt.CheckState.Unchecked)
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or not 0 <= index.row() < len(self._people)):
            return False
        state = value.value if hasattr(value, "value") else value
        self._checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class StrangersPanel(QWidget):
    """The list of people not in the journal and the button that adds them."""

    sig_people_added = Signal(list)
    """Contacts were made for checked people (their ids)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.model = StrangersModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(120)
        self.add_button = QPushButton(self.tr("&Add the checked as contacts"), self)
        self.none_button = QPushButton(self.tr("Check none"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.none_button.clicked.connect(self._on_none_button_clicked)
        self.hide()

    def set_people(self, people: tuple[Stranger, ...]) -> None:
        """Show these people (hidden when there are none)."""
        self.model.set_people(people)
        self.label.setText(self.tr("%n people in these messages are not in your journal; "
                                   "their conversations are skipped. Add them to bring "
                                   "their conversations in:", "", len(people)))
        self.setVisible(bool(people))

    def add_checked(self) -> list[int]:
        """Make a contact for each checked person; return their ids."""
        people = self.model.checked()
        if not people:
            return []
        try:
            ids = add_strangers(self._store, people, self.tr("Messaged on LinkedIn"))
        except StorageError as e:
            self.label.setText(fill(self.tr("They could not be added: %1"), e))
            return []
        self.sig_people_added.emit(ids)
        return ids

    def _on_add_button_clicked(self) -> None:
        self.add_checked()

    def _on_none_button_clicked(self) -> None:
        self.model.set_all_checked(False)
