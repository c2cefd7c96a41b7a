"""The inbox's introductions tab: the list, and the editor to record or change one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.requests.introduction import IntroductionDialog
from netjournal.ui.requests.models import IntroColumn, IntroductionListModel
from netjournal.ui.requests.path import advice_for_introduction


class IntroductionsTab(QWidget):
    """Introductions asked for, received and made; double-click one to edit it."""

    def __init__(self, store: Store, events: JournalEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self.dialog: IntroductionDialog | None = None
        self.model = IntroductionListModel(store, self)
        self.record_button = QPushButton(self.tr("Record an introduction…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        hint = QLabel(self.tr("Who introduced whom, and how it went. Asking a favour for "
                              "someone? Ask one clear question on their behalf."), self)
        hint.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Introductions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(IntroColumn.WHAT,
                                                           QHeaderView.ResizeMode.Stretch)
        self.advice = QLabel(self)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice)

        self.record_button.clicked.connect(lambda: self.open_dialog())
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.model.modelReset.connect(self._update_selection)
        events.sig_requests_changed.connect(self._on_events_changed)
        events.sig_contacts_changed.connect(self._on_events_changed)
        events.sig_journal_reset.connect(self._on_events_changed)
        self.model.reload()
        self._fit_columns()
        self._update_selection()

    def open_dialog(self, introduction_id: int | None = None,
                    person_id: int | None = None) -> IntroductionDialog:
        """Open the editor (window-modal); the list reloads when it saves."""
        dialog = IntroductionDialog(self._store, self._events, person_id=person_id,
                                    introduction_id=introduction_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()
        return dialog

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    def _on_edit_button_clicked(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.open_dialog(selected)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_dialog(self.model.id_at(index.row()))

    def _on_table_selection_changed(self, _selected: QItemSelection,
                                    _deselected: QItemSelection) -> None:
        self._update_selection()

    def _on_events_changed(self) -> None:
        keep = self.selected_id()
        self.model.reload()
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _update_selection(self) -> None:
        selected = self.selected_id()
        self.edit_button.setEnabled(selected is not None)
        text = advice_for_introduction(self._store, selected) if selected is not None else ""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))

    def _fit_columns(self) -> None:
        chars = self.table.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(IntroColumn.PERSON, chars * 22 + 16)
        self.table.setColumnWidth(IntroColumn.DATE, chars * 12 + 16)
        self.table.setColumnWidth(IntroColumn.OUTCOME, chars * 12 + 16)
