"""The card's header: who this is and how the relationship stands, at a glance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from netjournal.domain import ties
from netjournal.domain.reciprocity import Balance
from netjournal.domain.values import Contact, TieStrength
from netjournal.ui.contact.avatar import Avatar
from netjournal.ui.contact.formatting import (
    balance_counts,
    balance_headline,
    date_text,
    dormancy_text,
    fill,
    last_contact_text,
)
from netjournal.ui.labels import label


def _wrapping(parent: QWidget) -> QLabel:
    """Plain text that wraps instead of eliding: the header's facts are never cut.

    The label asks for no width of its own (a long name or translation never widens the
    window); it takes as many lines as the width it gets needs.
    """
    lab = QLabel(parent)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    lab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    return lab


class CardHeader(QWidget):
    """Avatar, name, title at company, last contact, dormancy, how we met, the balance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.avatar = Avatar(64, self)
        self.name_label = _wrapping(self)  # on its own line, wrapped, never cut
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.55)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.name_label.setObjectName("contactName")
        self.role_label = _wrapping(self)
        self.when_label = _wrapping(self)  # the last contact is never cut off
        self.met_label = _wrapping(self)
        self.dormant_label = _wrapping(self)
        self.dormant_label.setObjectName("dormantNote")
        self.dormant_label.setStyleSheet(
            "QLabel#dormantNote { color: #7a4b00; background: #fdf3e1; "
            "border-radius: 4px; padding: 3px 8px; }")
        # the suggestion after a "no" through an introducer: thank them, go back to the introducer
        self.advice_label = _wrapping(self)
        self.advice_label.setObjectName("introAdvice")
        self.advice_label.setStyleSheet(
            "QLabel#introAdvice { color: #7a4b00; background: #fdf3e1; "
            "border-radius: 4px; padding: 3px 8px; }")
        self.balance_label = _wrapping(self)  # the balance wraps, never elided
        for muted in (self.role_label, self.when_label, self.met_label):
            muted.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.role_label.setForegroundRole(QPalette.ColorRole.WindowText)

        text_box = QVBoxLayout()
        text_box.setSpacing(3)
        for widget in (self.name_label, self.role_label, self.when_label, self.met_label,
                       self.advice_label, self.dormant_label, self.balance_label):
            text_box.addWidget(widget)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text_box, 1)

    def show_new(self, name: str = "") -> None:
        """The header of a card not saved yet."""
        self.avatar.set_person(name, None)
        self.name_label.setText(name or self.tr("New contact"))
        self.role_label.setText(self.tr("Fill in the card and save it (Ctrl+S)."))
        for lab in (self.when_label, self.met_label, self.advice_label, self.dormant_label,
                    self.balance_label):
            lab.clear()
            lab.hide()

    def show_contact(self, contact: Contact, *, now: dt.datetime, defaults: ties.Cadences,
                     balance: Balance, event_name: str = "", introducer_name: str = "",
                     path_text: str = "", advice_text: str = "") -> None:
        """Show a saved contact's glance: everything here is derived, nothing editable.

        ``advice_text`` is the suggestion for a contact who declined an introduction
        ("thank them, go back to the introducer"); "" shows none.
        """
        self.avatar.set_person(contact.name, contact.photo)
        self.name_label.setText(contact.name)
        if contact.title and contact.company:
            role = fill(self.tr("%1 at %2"), contact.title, contact.company)
        else:
            role = contact.title or contact.company
        self.role_label.setText(role)
        self.role_label.setVisible(bool(role))

        cadence = ties.cadence_days(contact.tie_strength, contact.cadence_days, defaults)
        tie = contact.tie_strength if contact.tie_strength != TieStrength.DORMANT \
            else TieStrength.WEAK
        tie_text = fill(self.tr("%1 tie, keep in touch every %2 days"), label(tie),
                        str(cadence))
        # one line each, wrapped when narrow: a long translation never hides the last contact
        self.when_label.setText(f"{tie_text}\n{last_contact_text(contact, now)}")
        self.when_label.show()

        dormant = dormancy_text(contact, now, defaults)
        self.dormant_label.setText(dormant)
        self.dormant_label.setVisible(bool(dormant))

        met = []
        if path_text:  # the introduction path says who and where ("Introduced by Sari at …")
            met.append(path_text)
            if contact.met_on:
                met.append(fill(self.tr("Met on %1"), date_text(contact.met_on)))
        elif event_name and contact.met_on:
            met.append(fill(self.tr("Met at %1 on %2"), event_name, date_text(contact.met_on)))
        elif event_name:
            met.append(fill(self.tr("Met at %1"), event_name))
        elif contact.met_on:
            met.append(fill(self.tr("Met on %1"), date_text(contact.met_on)))
        if introducer_name and not path_text:
            met.append(fill(self.tr("Introduced by %1"), introducer_name))
        self.met_label.setText(" · ".join(met))
        self.met_label.setVisible(bool(met))
        self.advice_label.setText(advice_text)
        self.advice_label.setVisible(bool(advice_text))

        headline = balance_headline(balance, contact.name)
        if balance.given or balance.received or balance.open_asks or balance.asked_of_me:
            headline = f"{headline} ({balance_counts(balance)})"
        taking = balance.leans_toward_taking
        style = "QLabel { color: #7a4b00; }" if taking else ""
        if self.balance_label.styleSheet() != style:
            self.balance_label.setStyleSheet(style)
        font = QFont(self.balance_label.font())
        font.setBold(taking)  # a font, not a style sheet weight: wrapping measures it
        self.balance_label.setFont(font)
        self.balance_label.setText(headline)
        self.balance_label.show()
