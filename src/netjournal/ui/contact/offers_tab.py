"""What can I offer: the contact's offer notes, the favours ledger and the balance in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.giving import offer_ideas
from netjournal.domain.people import first_name
from netjournal.domain.reciprocity import Balance, balance
from netjournal.domain.values import Contact, ExchangeDirection, Offer, OfferStatus
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.contact import operations as ops
from netjournal.ui.contact.formatting import balance_counts, balance_headline, fill
from netjournal.ui.contact.ledger_dialogs import (
    NUDGE_STYLE,
    ExchangeDialog,
    OfferDialog,
    ideas_text,
)
from netjournal.ui.contact.models import ExchangesModel, OffersModel
from netjournal.ui.contact.undo import DeleteExchangeCommand, DeleteOfferCommand, UndoBar
from netjournal.ui.events import JournalEvents
from netjournal.ui.flow import FlowLayout
from netjournal.ui.help import describe_shortcut
from netjournal.ui.labels import choices
from netjournal.ui.views import PlaceholderTreeView


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(heading.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    heading.setFont(font)
    heading.setWordWrap(True)  # a long name or translation wraps, never widens the card
    return heading


def _table(parent: QWidget) -> PlaceholderTreeView:
    view = PlaceholderTreeView(parent)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAllColumnsShowFocus(True)
    view.header().setStretchLastSection(False)
    view.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
    return view


class OffersTab(QWidget):
    """The "what can I offer" page of the card."""

    sig_error_happened = Signal(str)
    """A write failed; the message is for the user."""

    def __init__(self, store: Store, events: JournalEvents, undo_stack: QUndoStack,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._stack = undo_stack
        self._today = today
        self._contact: Contact | None = None
        self.offers_model = OffersModel(store, self)
        self.exchanges_model = ExchangesModel(store, self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        # the balance, in words
        self.balance_box = QFrame(self)
        self.balance_box.setObjectName("nudge")
        box_layout = QVBoxLayout(self.balance_box)
        box_layout.setContentsMargins(12, 10, 12, 10)
        box_layout.setSpacing(4)
        self.balance_label = QLabel(self.balance_box)
        self.balance_label.setTextFormat(Qt.TextFormat.PlainText)
        self.balance_label.setWordWrap(True)
        bold = QFont(self.balance_label.font())
        bold.setBold(True)
        self.balance_label.setFont(bold)
        self.balance_detail = QLabel(self.balance_box)
        self.balance_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.balance_detail.setWordWrap(True)
        box_layout.addWidget(self.balance_label)
        box_layout.addWidget(self.balance_detail)

        # offers
        self.offers_heading = _heading(self.tr("What I can offer"), self)
        self.offer_edit = QLineEdit(self)
        self.offer_edit.setPlaceholderText(
            self.tr("An idea: an introduction, an article, feedback on their work…"))
        self.offer_edit.setAccessibleName(self.tr("New idea"))
        self.add_offer_button = QPushButton(self.tr("Add idea"), self)
        self.offers_view = _table(self)
        self.offers_view.setModel(self.offers_model)
        self.offers_view.setAccessibleName(self.tr("Ideas"))
        self.offers_view.empty_text = self.tr(
            "No ideas yet. What could you offer: an introduction, an article, "
            "feedback on their work, an invitation?")
        header = self.offers_view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.offer_status_box = QComboBox(self)
        for word, code in choices(OfferStatus):
            self.offer_status_box.addItem(word, code)
        self.offer_status_box.setAccessibleName(self.tr("Status of the selected idea"))
        self.edit_offer_button = QPushButton(self.tr("Edit…"), self)
        self.delete_offer_button = QPushButton(self.tr("Delete"), self)

        add_row = QHBoxLayout()
        add_row.addWidget(self.offer_edit, 1)
        add_row.addWidget(self.add_offer_button)
        status_label = QLabel(self.tr("Status:"), self)
        status_label.setBuddy(self.offer_status_box)
        offer_buttons = FlowLayout()  # the rows wrap in a narrow window
        offer_buttons.add_widget(status_label)
        offer_buttons.add_widget(self.offer_status_box)
        offer_buttons.add_widget(self.edit_offer_button, right=True)
        offer_buttons.add_widget(self.delete_offer_button, right=True)

        # ledger
        self.ledger_heading = _heading(self.tr("Favours exchanged"), self)
        self.gave_button = QPushButton(self.tr("I gave a favour…"), self)
        self.received_button = QPushButton(self.tr("I received a favour…"), self)
        self.edit_exchange_button = QPushButton(self.tr("Edit…"), self)
        self.delete_exchange_button = QPushButton(self.tr("Delete"), self)
        self.exchanges_view = _table(self)
        self.exchanges_view.setModel(self.exchanges_model)
        self.exchanges_view.setAccessibleName(self.tr("Favours exchanged"))
        self.exchanges_view.empty_text = self.tr(
            "No favours noted yet. Note what you give and receive to keep it balanced.")
        header = self.exchanges_view.header()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ledger_buttons = FlowLayout()
        ledger_buttons.add_widget(self.gave_button)
        ledger_buttons.add_widget(self.received_button)
        ledger_buttons.add_widget(self.edit_exchange_button, right=True)
        ledger_buttons.add_widget(self.delete_exchange_button, right=True)

        self.undo_bar = UndoBar(self._stack, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self.balance_box)
        layout.addSpacing(6)
        layout.addWidget(self.offers_heading)
        layout.addLayout(add_row)
        layout.addWidget(self.offers_view, 2)
        layout.addLayout(offer_buttons)
        layout.addSpacing(10)
        layout.addWidget(self.ledger_heading)
        layout.addWidget(self.exchanges_view, 3)
        layout.addLayout(ledger_buttons)
        layout.addWidget(self.undo_bar)

    def _connect_signals(self) -> None:
        self.add_offer_button.clicked.connect(self._on_add_offer_button_clicked)
        self.offer_edit.returnPressed.connect(self._on_add_offer_button_clicked)
        self.edit_offer_button.clicked.connect(self.edit_selected_offer)
        self.delete_offer_button.clicked.connect(self.delete_selected_offer)
        self.offer_status_box.activated.connect(self._on_offer_status_box_activated)
        self.offers_view.doubleClicked.connect(self._on_offers_view_double_clicked)
        self.offers_view.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.gave_button.clicked.connect(
            lambda: self.log_favour(ExchangeDirection.GIVEN))
        self.received_button.clicked.connect(
            lambda: self.log_favour(ExchangeDirection.RECEIVED))
        self.edit_exchange_button.clicked.connect(self.edit_selected_exchange)
        self.delete_exchange_button.clicked.connect(self.delete_selected_exchange)
        self.exchanges_view.doubleClicked.connect(self._on_exchanges_view_double_clicked)
        self.exchanges_view.selectionModel().selectionChanged.connect(self._sync_buttons)
        self._events.sig_ledger_changed.connect(self._on_events_ledger_changed)
        for view, slot in ((self.offers_view, self.delete_selected_offer),
                           (self.exchanges_view, self.delete_selected_exchange)):
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
            describe_shortcut(shortcut, self.tr("What I can offer"),
                              self.tr("Delete the selected idea or favour"))

    # public ----------------------------------------------------------------------------

    def set_contact(self, contact: Contact | None) -> None:
        self._contact = contact
        cid = contact.id if contact else None
        self.offers_model.set_contact(cid)
        self.exchanges_model.set_contact(cid)
        self.undo_bar.hide()
        if contact is not None:
            who = first_name(contact.name)
            self.offers_heading.setText(fill(self.tr("What I can offer %1"), who))
        self._refresh_balance()
        self._sync_buttons()

    def balance(self) -> Balance:
        return balance(self.exchanges_model.values())

    def balance_text(self) -> str:
        return f"{self.balance_label.text()}\n{self.balance_detail.text()}"

    def add_offer(self, text: str) -> Offer | None:
        if self._contact is None or self._contact.id is None or not text.strip():
            return None
        try:
            return ops.save_offer(self._store, self._events,
                                  Offer(contact_id=self._contact.id, text=text.strip()))
        except StorageError as e:
            self.sig_error_happened.emit(str(e))
            return None

    def log_favour(self, direction: ExchangeDirection) -> ExchangeDialog | None:
        """Open the favour dialog (modal); returns it after it closed."""
        if self._contact is None or self._contact.id is None:
            return None
        dialog = self.favour_dialog(direction)
        dialog.exec()
        return dialog

    def favour_dialog(self, direction: ExchangeDirection) -> ExchangeDialog:
        """A new favour dialog, not shown (tests drive it directly)."""
        assert self._contact is not None
        return ExchangeDialog(self._store, self._events, self._contact,
                              direction=direction, parent=self, today=self._today)

    def selected_offer(self) -> Offer | None:
        rows = self.offers_view.selectionModel().selectedRows()
        return self.offers_model.value_at(rows[0].row()) if rows else None

    def edit_selected_offer(self) -> None:
        offer = self.selected_offer()
        if offer is not None:
            OfferDialog(self._store, self._events, offer, parent=self).exec()

    def delete_selected_offer(self) -> None:
        offer = self.selected_offer()
        if offer is None or offer.id is None:
            return
        try:
            deleted = ops.delete_offer(self._store, self._events, offer.id)
        except StorageError as e:
            self.sig_error_happened.emit(str(e))
            return
        text = fill(self.tr("Delete idea “%1”"), _short(deleted.text))
        self._stack.push(DeleteOfferCommand(self._store, self._events, deleted, text))
        self.undo_bar.show_message(fill(self.tr("Idea “%1” deleted."), _short(deleted.text)))

    def selected_exchange_row(self) -> int:
        rows = self.exchanges_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def edit_selected_exchange(self) -> None:
        ex = self.exchanges_model.value_at(self.selected_exchange_row())
        if ex is not None and self._contact is not None:
            ExchangeDialog(self._store, self._events, self._contact, ex, parent=self,
                           today=self._today).exec()

    def delete_selected_exchange(self) -> None:
        ex = self.exchanges_model.value_at(self.selected_exchange_row())
        if ex is None or ex.id is None:
            return
        try:
            deleted = ops.delete_exchange(self._store, self._events, ex.id)
        except StorageError as e:
            self.sig_error_happened.emit(str(e))
            return
        self._stack.push(DeleteExchangeCommand(self._store, self._events, deleted,
                                               self.tr("Delete favour")))
        self.undo_bar.show_message(self.tr("Favour deleted."))

    # internals -------------------------------------------------------------------------

    def _refresh_balance(self) -> None:
        contact = self._contact
        if contact is None:
            self.balance_label.clear()
            self.balance_detail.clear()
            return
        b = self.balance()
        self.balance_label.setText(balance_headline(b, contact.name))
        taking = b.leans_toward_taking
        if taking:
            ideas = offer_ideas(self.offers_model.values())
            detail = f"{balance_counts(b)}\n{ideas_text(ideas, contact.name)}"
        elif b.given or b.received or b.open_asks or b.asked_of_me:
            detail = balance_counts(b)
        else:
            detail = self.tr("Log favours below as they happen: given and received. "
                             "Always ask yourself what you can offer in return.")
        self.balance_detail.setText(detail)
        style = NUDGE_STYLE if taking else ("QFrame#nudge { background: "
                                            "palette(alternate-base); border-radius: 6px; }")
        if self.balance_box.styleSheet() != style:
            self.balance_box.setStyleSheet(style)

    def _sync_buttons(self) -> None:
        has_contact = self._contact is not None and self._contact.id is not None
        offer = self.selected_offer()
        widgets: tuple[QWidget, ...] = (self.offer_edit, self.add_offer_button,
                                        self.gave_button, self.received_button)
        for widget in widgets:
            widget.setEnabled(has_contact)
        widgets = (self.edit_offer_button, self.delete_offer_button, self.offer_status_box)
        for widget in widgets:
            widget.setEnabled(offer is not None)
        if offer is not None:
            self.offer_status_box.setCurrentIndex(
                max(0, self.offer_status_box.findData(offer.status)))
        has_exchange = self.selected_exchange_row() >= 0
        self.edit_exchange_button.setEnabled(has_exchange)
        self.delete_exchange_button.setEnabled(has_exchange)

    def _on_add_offer_button_clicked(self) -> None:
        if self.add_offer(self.offer_edit.text()) is not None:
            self.offer_edit.clear()

    def _on_offer_status_box_activated(self, _index: int) -> None:
        offer = self.selected_offer()
        status = OfferStatus(self.offer_status_box.currentData())
        if offer is None or offer.status == status:
            return
        try:
            ops.set_offer_status(self._store, self._events, offer, status)
        except StorageError as e:
            self.sig_error_happened.emit(str(e))

    def _on_offers_view_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected_offer()

    def _on_exchanges_view_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected_exchange()

    def _on_events_ledger_changed(self, contact_id: int) -> None:
        if self._contact is None or contact_id != self._contact.id:
            return
        selected = self.selected_offer()
        self.offers_model.set_contact(contact_id)
        self.exchanges_model.set_contact(contact_id)
        if selected is not None:  # keep the idea whose status just changed selected
            for row, offer in enumerate(self.offers_model.values()):
                if offer.id == selected.id:
                    self.offers_view.setCurrentIndex(self.offers_model.index(row, 0))
        self._refresh_balance()
        self._sync_buttons()


def _short(text: str, most: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most - 1] + "…"
