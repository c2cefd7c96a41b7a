"""A contact picker: type a few letters, choose from the matching contacts, or a new name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from netjournal.domain.values import ContactSummary
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store
from netjournal.ui.style import fill

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: a shared default, never changed
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the contact id


class ContactMatchModel(QAbstractItemModel):
    """The few contacts whose names match what was typed (at most :attr:`LIMIT`)."""

    LIMIT = 12

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[ContactSummary] = []

    def set_text(self, text: str) -> None:
        ids = (self._store.search.contact_ids(ContactFilter(text=text), limit=self.LIMIT)
               if text.strip() else [])
        found = self._store.contacts.summaries(ids)
        self.beginResetModel()
        self._rows = [found[i] for i in ids if i in found]
        self.endResetModel()

    def summary(self, row: int) -> ContactSummary:
        return self._rows[row]

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if parent.isValid() or column != 0 or not 0 <= row < len(self._rows):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return s.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if role == MATCH_ROLE:
            return s.id
        return None


class ContactPicker(QWidget):
    """Choose a contact by name; a name that matches nobody will be a new contact."""

    sig_changed = Signal()
    """The chosen contact or the typed name changed."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self._store = store
        self._contact_id: int | None = None
        self._model = ContactMatchModel(store, self)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder or self.tr("Type a name"))
        self.edit.setClearButtonEnabled(True)
        self.setFocusProxy(self.edit)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self._completer)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setObjectName("PickerHint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.hint)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        # The QModelIndex overload of activated (the stubs do not know the [] syntax).
        self._completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completer_activated)
        self._update_hint()

    # the choice ------------------------------------------------------------------------

    def contact_id(self) -> int | None:
        """The chosen contact (None: nothing chosen, or a new name typed)."""
        return self._contact_id

    def text(self) -> str:
        return " ".join(self.edit.text().split())

    def new_name(self) -> str:
        """The name of a contact to create, when the text matches no one chosen."""
        return "" if self._contact_id is not None else self.text()

    def is_empty(self) -> bool:
        return not self.text()

    def set_contact_id(self, contact_id: int | None) -> None:
        self._contact_id = None
        self.edit.setText("")
        if contact_id is not None:
            found = self._store.contacts.summaries([contact_id])
            if contact_id in found:
                self._contact_id = contact_id
                self.edit.setText(found[contact_id].name)
        self._update_hint()
        self.sig_changed.emit()

    # slots -----------------------------------------------------------------------------

    def _on_edit_text_edited(self, text: str) -> None:
        self._model.set_text(text)
        self._contact_id = self._exact_match(text)
        self._update_hint()
        self.sig_changed.emit()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        self._contact_id = index.data(MATCH_ROLE)
        self._update_hint()
        self.sig_changed.emit()

    def _exact_match(self, text: str) -> int | None:
        name = " ".join(text.split()).casefold()
        ids = [self._model.summary(r).id for r in range(self._model.rowCount())
               if self._model.summary(r).name.casefold() == name]
        return ids[0] if len(ids) == 1 else None

    def _update_hint(self) -> None:
        if self._contact_id is None and self.text():
            self.hint.setText(self.tr("new contact"))
            self.hint.setToolTip(fill(self.tr("No contact is called “%1” yet: saving adds "
                                              "them."), self.text()))
            self.hint.show()
        else:
            self.hint.hide()
