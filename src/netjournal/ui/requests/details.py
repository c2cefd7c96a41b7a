"""The panel under the request list: one request, its verdict with reasons, and decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.triage import Assessment, Verdict
from netjournal.domain.values import ConnectionRequest, RequestDecision, RequestDirection
from netjournal.ui.labels import label
from netjournal.ui.requests.models import local_date
from netjournal.ui.requests.wording import reason_line, verdict_colour, verdict_text
from netjournal.ui.style import fill, muted_text


def _plain(parent: QWidget, *, wrap: bool = True) -> QLabel:
    lbl = QLabel(parent)
    lbl.setTextFormat(Qt.TextFormat.PlainText)
    lbl.setWordWrap(wrap)
    lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lbl


class RequestDetails(QFrame):
    """Shows the selected request and offers accept, decline, ignore."""

    sig_decided = Signal(object)
    """The user chose a decision (a RequestDecision) for the shown request."""

    sig_open_contact_clicked = Signal(int)
    """The user asked to see the contact an accepted request made (its id)."""

    sig_remove_clicked = Signal()
    """The user asked to remove the shown request (logged by mistake)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RequestDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._request: ConnectionRequest | None = None
        self.name = _plain(self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name.setFont(font)
        self.facts = _plain(self)
        self.message = _plain(self)
        self.message.setObjectName("RequestMessage")
        self.verdict = _plain(self)
        bold = QFont(self.verdict.font())
        bold.setBold(True)
        self.verdict.setFont(bold)
        self.reasons_for = _plain(self)
        self.reasons_against = _plain(self)
        self.decision = _plain(self)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setToolTip(self.tr(
            "Adds them to your contacts (or links the contact you have), with their "
            "message as how you met"))
        self.decline_button = QPushButton(self.tr("Decline"), self)
        self.ignore_button = QPushButton(self.tr("Ignore"), self)
        self.ignore_button.setToolTip(self.tr("Leave it unanswered; it stays in the history"))
        self.pending_button = QPushButton(self.tr("Back to pending"), self)
        self.open_button = QPushButton(self.tr("Open contact"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove a request you logged by mistake"))
        self.empty = _plain(self)
        self.empty.setText(self.tr("Choose a request to see why it got its verdict."))

        buttons = QHBoxLayout()
        for b in (self.accept_button, self.decline_button, self.ignore_button,
                  self.pending_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        for w in (self.empty, self.name, self.facts, self.message, self.verdict,
                  self.reasons_for, self.reasons_against, self.decision):
            layout.addWidget(w)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.accept_button.clicked.connect(
            lambda: self.sig_decided.emit(RequestDecision.ACCEPTED))
        self.decline_button.clicked.connect(
            lambda: self.sig_decided.emit(RequestDecision.DECLINED))
        self.ignore_button.clicked.connect(
            lambda: self.sig_decided.emit(RequestDecision.IGNORED))
        self.pending_button.clicked.connect(
            lambda: self.sig_decided.emit(RequestDecision.PENDING))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button.clicked.connect(self.sig_remove_clicked)
        self.show_request(None, None)

    def request(self) -> ConnectionRequest | None:
        return self._request

    def reasons_text(self) -> str:
        """Every reason shown, those for first (one per line)."""
        return "\n".join(t for t in (self.reasons_for.text(), self.reasons_against.text())
                         if t)

    def show_request(self, request: ConnectionRequest | None,
                     assessment: Assessment | None) -> None:
        """Show one request (None: the hint to choose one)."""
        self._request = request
        shown = request is not None and assessment is not None
        self.empty.setVisible(not shown)
        for w in (self.name, self.facts, self.message, self.verdict, self.reasons_for,
                  self.reasons_against, self.decision, self.accept_button,
                  self.decline_button, self.ignore_button, self.pending_button,
                  self.open_button, self.remove_button):
            w.setVisible(shown)
        if request is None or assessment is None:
            return
        self.name.setText(request.name)
        facts = [request.network]
        sent = request.direction == RequestDirection.OUTGOING
        if request.received_on:
            facts.append(fill(self.tr("sent %1") if sent else self.tr("received %1"),
                              local_date(request.received_on)))
        if request.profile_url:
            facts.append(request.profile_url)
        self.facts.setText(" · ".join(f for f in facts if f))
        muted = muted_text(self.palette()).name()
        self.facts.setStyleSheet(f"color: {muted};")
        # no message: the reasons against say so once ("No message"), not twice
        self.message.setText(fill(self.tr("“%1”"), request.message) if request.message
                             else "")
        self.message.setVisible(bool(request.message))
        colour = verdict_colour(assessment.verdict, self.palette()).name()
        self.verdict.setText(verdict_text(assessment.verdict))
        self.verdict.setStyleSheet(f"color: {colour};")
        self.reasons_for.setText("\n".join(reason_line(r) for r in assessment.for_reasons))
        self.reasons_against.setText("\n".join(reason_line(r)
                                                for r in assessment.against_reasons))
        self.reasons_for.setVisible(bool(assessment.for_reasons))
        self.reasons_against.setVisible(bool(assessment.against_reasons))
        self.reasons_for.setStyleSheet(
            f"color: {verdict_colour(Verdict.LIKELY_ACCEPT, self.palette()).name()};")
        self.reasons_against.setStyleSheet(
            f"color: {verdict_colour(Verdict.LIKELY_DECLINE, self.palette()).name()};")
        pending = request.decision == RequestDecision.PENDING
        self.decision.setVisible(not pending)
        if not pending:
            when = request.decided_at.astimezone().date() if request.decided_at else None
            text = label(request.decision)
            if when is not None:
                text = fill(self.tr("%1 on %2"), text, local_date(when))
            self.decision.setText(text)
        self.accept_button.setVisible(request.decision != RequestDecision.ACCEPTED)
        self.decline_button.setVisible(pending)
        self.ignore_button.setVisible(pending)
        self.pending_button.setVisible(not pending)
        self.open_button.setVisible(request.contact_id is not None)
        if sent:  # my own request: nothing to triage, nothing for me to decide
            self.verdict.setText(self.tr("Sent by you"))
            self.verdict.setStyleSheet(f"color: {muted};")
            for w in (self.reasons_for, self.reasons_against, self.accept_button,
                      self.decline_button, self.ignore_button, self.pending_button):
                w.setVisible(False)

    def _on_open_button_clicked(self) -> None:
        if self._request is not None and self._request.contact_id is not None:
            self.sig_open_contact_clicked.emit(self._request.contact_id)
