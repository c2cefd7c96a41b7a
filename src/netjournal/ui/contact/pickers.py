"""Choosing contacts: one (who introduced us) or several (an interaction's participants).

Both search the full-text index as the user types (``store.search.contact_ids``), so they
stay quick with 100,000 contacts: only the first matches are ever loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.storage.store import Store
from netjournal.ui.contact.fields import FlowLayout
from netjournal.ui.contact.formatting import fill
from netjournal.ui.contact.models import ContactCompletionModel


class ContactPicker(QLineEdit):
    """A line edit that completes contact names; holds the id of the one picked.

    Typing after a pick forgets the pick: :meth:`contact_id` is None until the user picks
    again from the list (or the text is an exact name of a match).
    """

    sig_contact_picked = Signal(int)
    """A contact was picked from the completion list (its id)."""

    sig_changed = Signal()
    """The picked contact changed (picked, cleared or typed over)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._contact_id: int | None = None
        self.model = ContactCompletionModel(store, self)
        self._completer = QCompleter(self.model, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        self._completer.setMaxVisibleItems(10)
        self._completer.activated[QModelIndex].connect(  # type: ignore[index]  # overload
            self._on_completer_activated)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a name to search…"))
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)

    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        """Show ``contact_id`` (no signal); ``name`` is looked up when not given."""
        if contact_id is not None and not name:
            found = self._store.contacts.summaries([contact_id]).get(contact_id)
            name = found.name if found else ""
            if found is None:
                contact_id = None
        self._contact_id = contact_id
        self.setText(name)

    def set_excluded(self, ids: set[int]) -> None:
        """Contacts never offered (the card's own contact cannot introduce themselves)."""
        self.model.exclude = set(ids)

    def is_unresolved(self) -> bool:
        """Text typed but nobody picked: the caller should ask the user to pick."""
        return self._contact_id is None and bool(self.text().strip())

    def choose_row(self, row: int) -> None:
        """Pick the ``row``-th completion, as a click in the popup does."""
        cid, name = self.model.name_of_row(row)
        self._pick(cid, name)

    def _pick(self, contact_id: int, name: str) -> None:
        self._contact_id = contact_id
        self.setText(name)
        self._hide_popup()
        self.sig_contact_picked.emit(contact_id)
        self.sig_changed.emit()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _on_text_edited(self, text: str) -> None:
        had = self._contact_id
        self._contact_id = None
        self.model.set_query(text)
        if self.model.rowCount():
            self._completer.setCompletionPrefix("")
            self._completer.complete()
        else:
            self._hide_popup()
        if had is not None or not text:
            self.sig_changed.emit()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        proxy = self._completer.completionModel()
        source = proxy.mapToSource(index) if isinstance(proxy, QAbstractProxyModel) else index
        if 0 <= source.row() < self.model.rowCount():
            self._pick(*self.model.name_of_row(source.row()))

    def _on_editing_finished(self) -> None:
        if self._contact_id is not None or not self.text().strip():
            return
        # an exact name among the matches counts as picked
        wanted = self.text().strip().casefold()
        for row in range(self.model.rowCount()):
            cid, name = self.model.name_of_row(row)
            if name.casefold() == wanted:
                self._pick(cid, name)
                return


class _Chip(QFrame):
    """One chosen person: their name and a remove button."""

    sig_remove_requested = Signal(int)
    """The user asked to remove this person (their id)."""

    def __init__(self, contact_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.setObjectName("chip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#chip { border: 1px solid palette(mid); border-radius: 11px;"
                           " background: palette(alternate-base); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 2, 2)
        layout.setSpacing(2)
        self.label = QLabel(name, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        remove = QToolButton(self)
        remove.setAutoRaise(True)
        remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        remove.setToolTip(self.tr("Remove"))
        remove.setAccessibleName(fill(self.tr("Remove %1"), name))
        layout.addWidget(self.label)
        layout.addWidget(remove)
        remove.clicked.connect(lambda: self.sig_remove_requested.emit(self.contact_id))


class ParticipantsPicker(QWidget):
    """The people an interaction was with: chips, plus a search field to add one more."""

    sig_changed = Signal()
    """Someone was added or removed."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._chosen: dict[int, _Chip] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._chips_host = QWidget(self)
        self._chips_host.setSizePolicy(QSizePolicy.Policy.Preferred,
                                       QSizePolicy.Policy.Minimum)
        self._flow = FlowLayout(self._chips_host)
        self.search = ContactPicker(store, self)
        self.search.setPlaceholderText(self.tr("Add a person: type a name…"))
        self.search.setAccessibleName(self.tr("Add a person"))
        layout.addWidget(self._chips_host)
        layout.addWidget(self.search)
        self.search.sig_contact_picked.connect(self._on_search_contact_picked)

    def ids(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def set_participants(self, people: list[tuple[int, str]]) -> None:
        for chip in list(self._chosen.values()):
            self._remove_chip(chip.contact_id)
        for cid, name in people:
            self._add_chip(cid, name)
        self._sync()

    def add(self, contact_id: int, name: str = "") -> None:
        if contact_id in self._chosen:
            return
        if not name:
            found = self._store.contacts.summaries([contact_id]).get(contact_id)
            if found is None:
                return
            name = found.name
        self._add_chip(contact_id, name)
        self._sync()
        self.sig_changed.emit()

    def remove(self, contact_id: int) -> None:
        if contact_id in self._chosen:
            self._remove_chip(contact_id)
            self._sync()
            self.sig_changed.emit()

    def _add_chip(self, contact_id: int, name: str) -> None:
        chip = _Chip(contact_id, name, self._chips_host)
        chip.sig_remove_requested.connect(self.remove)
        self._flow.addWidget(chip)
        self._chosen[contact_id] = chip

    def _remove_chip(self, contact_id: int) -> None:
        chip = self._chosen.pop(contact_id)
        self._flow.removeWidget(chip)
        chip.hide()
        chip.deleteLater()

    def _sync(self) -> None:
        self.search.set_excluded(set(self._chosen))
        self._chips_host.setVisible(bool(self._chosen))
        self._chips_host.updateGeometry()

    def _on_search_contact_picked(self, contact_id: int) -> None:
        name = self.search.text()
        self.search.set_contact(None)
        self.search.clear()
        self.add(contact_id, name)
