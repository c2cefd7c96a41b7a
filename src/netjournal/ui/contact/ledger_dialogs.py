"""Dialogs of the ledger: a favour given or received (with the gentle nudge), an offer."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.giving import balance_without, offer_ideas, should_nudge
from netjournal.domain.people import first_name
from netjournal.domain.reciprocity import balance
from netjournal.domain.values import (
    Contact,
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    Offer,
    OfferStatus,
)
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.contact import operations as ops
from netjournal.ui.contact.fields import OptionalDateEdit
from netjournal.ui.contact.formatting import fill, menu_text
from netjournal.ui.events import JournalEvents
from netjournal.ui.labels import choices
from netjournal.ui.style import error_label

NUDGE_STYLE = ("QFrame#nudge { background: #fdf3e1; border: 1px solid #ecd3a5; "
               "border-radius: 6px; } QFrame#nudge QLabel { color: #5b3a00; }")


def ideas_text(ideas: list[Offer], name: str, *, most: int = 3) -> str:
    """``Ideas to give back: a; b`` or a question when none is noted yet."""
    if not ideas:
        return fill(QCoreApplication.translate(
            "contact", "What could you offer %1 in return? Note an idea under "
            "“What I can offer”."), first_name(name))
    listed = "; ".join(o.text for o in ideas[:most])
    if len(ideas) > most:
        listed += " …"
    return fill(QCoreApplication.translate("contact", "Ideas to give back: %1"), listed)


class ExchangeDialog(QDialog):
    """Log or edit a favour. When logging a take while the balance already leans that way,
    it shows the contact's offer ideas above the buttons: a reminder, never a block.
    """

    def __init__(self, store: Store, events: JournalEvents, contact: Contact,
                 exchange: Exchange | None = None, *,
                 direction: ExchangeDirection = ExchangeDirection.RECEIVED,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        assert contact.id is not None
        self._store = store
        self._events = events
        self._contact = contact
        self._before = exchange
        self.saved: Exchange | None = None
        others = balance_without(store.exchanges.for_contact(contact.id),
                                 exchange.id if exchange else None)
        self._others = balance(others)
        self._ideas = offer_ideas(store.offers.for_contact(contact.id))
        who = first_name(contact.name)
        self.setWindowTitle(self.tr("Favour") if exchange else self.tr("Log a favour"))
        self.setMinimumWidth(500)

        self.error_label = error_label(self)
        self.gave_radio = QRadioButton(fill(self.tr("I did %1 a favour"), menu_text(who)),
                                       self)
        self.received_radio = QRadioButton(
            fill(self.tr("%1 did me a favour, or I asked for one"), menu_text(who)), self)
        self._direction_group = QButtonGroup(self)
        self._direction_group.addButton(self.gave_radio)
        self._direction_group.addButton(self.received_radio)
        self.kind_box = QComboBox(self)
        for word, code in choices(ExchangeKind):
            self.kind_box.addItem(word, code)
        self.description_edit = QLineEdit(self)
        self.description_edit.setPlaceholderText(
            self.tr("e.g. introduced me to a recruiter at Gojek"))
        self.date_edit = OptionalDateEdit(self, today=today)
        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("Done"), ExchangeStatus.DONE)
        self.status_box.addItem(self.tr("Asked, not done yet"), ExchangeStatus.ASKED)

        self.nudge = QFrame(self)
        self.nudge.setObjectName("nudge")
        self.nudge.setStyleSheet(NUDGE_STYLE)
        nudge_layout = QVBoxLayout(self.nudge)
        nudge_layout.setContentsMargins(12, 10, 12, 10)
        self.nudge_label = QLabel(self.nudge)
        self.nudge_label.setTextFormat(Qt.TextFormat.PlainText)
        self.nudge_label.setWordWrap(True)
        nudge_layout.addWidget(self.nudge_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        direction_box = QVBoxLayout()
        direction_box.setSpacing(4)
        direction_box.addWidget(self.gave_radio)
        direction_box.addWidget(self.received_radio)
        form.addRow(self.tr("Favour"), direction_box)
        form.addRow(self.tr("&Kind"), self.kind_box)
        form.addRow(self.tr("&What"), self.description_edit)
        form.addRow(self.tr("When"), self.date_edit)
        form.addRow(self.tr("&Status"), self.status_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.nudge)
        layout.addWidget(self.buttons)

        if exchange is None:
            (self.gave_radio if direction == ExchangeDirection.GIVEN
             else self.received_radio).setChecked(True)
            self.date_edit.set_date(today or dt.date.today())
        else:
            (self.gave_radio if exchange.direction == ExchangeDirection.GIVEN
             else self.received_radio).setChecked(True)
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(exchange.kind)))
            self.description_edit.setText(exchange.description)
            self.date_edit.set_date(exchange.occurred_on)
            self.status_box.setCurrentIndex(max(0, self.status_box.findData(exchange.status)))
        self.gave_radio.toggled.connect(self._update_nudge)
        self.status_box.currentIndexChanged.connect(self._update_nudge)
        self._update_nudge()
        self.description_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def direction(self) -> ExchangeDirection:
        return (ExchangeDirection.GIVEN if self.gave_radio.isChecked()
                else ExchangeDirection.RECEIVED)

    def status(self) -> ExchangeStatus:
        return ExchangeStatus(self.status_box.currentData())

    def nudge_shown(self) -> bool:
        return not self.nudge.isHidden()

    def _update_nudge(self) -> None:
        show = should_nudge(self._others, self.direction(), self.status())
        if show:
            who = first_name(self._contact.name)
            head = fill(self.tr("You have already asked %1 for more than you have given."),
                        who)
            self.nudge_label.setText(f"{head}\n{ideas_text(self._ideas, self._contact.name)}")
        self.nudge.setVisible(show)

    def value(self) -> Exchange:
        assert self._contact.id is not None
        base = self._before or Exchange(contact_id=self._contact.id,
                                        direction=self.direction(), kind=ExchangeKind.HELP)
        return dataclasses.replace(
            base, direction=self.direction(), kind=ExchangeKind(self.kind_box.currentData()),
            description=self.description_edit.text().strip(),
            occurred_on=self.date_edit.date(), status=self.status())

    def accept(self) -> None:
        try:
            self.saved = ops.save_exchange(self._store, self._events, self.value())
        except StorageError as e:
            self.error_label.setText(str(e))
            self.error_label.show()
            return
        super().accept()


class OfferDialog(QDialog):
    """Edit a "what can I offer" note: its text and how far it got."""

    def __init__(self, store: Store, events: JournalEvents, offer: Offer, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._offer = offer
        self.saved: Offer | None = None
        self.setWindowTitle(self.tr("What I can offer"))
        self.setMinimumWidth(440)
        self.error_label = error_label(self)
        self.text_edit = QPlainTextEdit(offer.text, self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.status_box = QComboBox(self)
        for word, code in choices(OfferStatus):
            self.status_box.addItem(word, code)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(offer.status)))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Idea"), self.text_edit)
        form.addRow(self.tr("&Status"), self.status_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        offer = dataclasses.replace(self._offer, text=self.text_edit.toPlainText().strip(),
                                    status=OfferStatus(self.status_box.currentData()))
        try:
            self.saved = ops.save_offer(self._store, self._events, offer)
        except StorageError as e:
            self.error_label.setText(str(e))
            self.error_label.show()
            return
        super().accept()
