"""The compact form that logs an incoming connection request in seconds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.triage import assess
from netjournal.domain.values import ConnectionRequest
from netjournal.ui.flow import FlowLayout
from netjournal.ui.help import describe_shortcut
from netjournal.ui.requests.wording import reasons_lines, verdict_colour, verdict_text
from netjournal.ui.style import fill

NETWORKS = ("LinkedIn", "X", "GitHub", "Instagram", "Facebook", "Mastodon")


class RequestForm(QWidget):
    """Name, network, profile, message, mutual connections, photo, profile, date.

    The verdict updates as you type, so you see why before you log it.
    """

    sig_submitted = Signal(object)
    """The user asked to log the request (a ConnectionRequest without id)."""

    def __init__(self, red_flags: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RequestForm")
        self._red_flags = tuple(red_flags)
        self.title = QLabel(self.tr("Log a request"), self)
        self.title.setObjectName("PaneTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel(self.tr("Copy in what the request shows."), self)
        self.subtitle.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Their name"))
        self.network = QComboBox(self)
        self.network.setEditable(True)
        self.network.addItems(NETWORKS)
        self.profile_url = QLineEdit(self)
        self.profile_url.setPlaceholderText(self.tr("Link to their profile (optional)"))
        self.message = QPlainTextEdit(self)
        self.message.setPlaceholderText(self.tr("Paste their message, if they wrote one"))
        self.message.setTabChangesFocus(True)
        self.message.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.mutual = QSpinBox(self)
        self.mutual.setRange(0, 9999)
        self.mutual.setSpecialValueText(self.tr("none"))
        self.has_photo = QCheckBox(self.tr("Has a photo"), self)
        self.profile_filled = QCheckBox(self.tr("Profile filled in"), self)
        self.received_on = QDateEdit(self)
        self.received_on.setCalendarPopup(True)
        self.received_on.setDate(QDate.currentDate())
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("VerdictPreview")
        self.submit = QPushButton(self.tr("Log request"), self)
        self.submit.setDefault(True)
        self.submit.setToolTip(self.tr("Log it (Ctrl+Enter)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Network"), self.network)
        form.addRow(self.tr("Profile"), self.profile_url)
        form.addRow(self.tr("Message"), self.message)
        form.addRow(self.tr("Mutual"), self.mutual)
        form.addRow(self.tr("Received"), self.received_on)
        checks = FlowLayout()  # side by side, or one under the other when narrow
        checks.add_widget(self.has_photo)
        checks.add_widget(self.profile_filled)
        form.addRow("", checks)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            shortcut = QShortcut(keys, self, self._on_submit_clicked)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            describe_shortcut(shortcut, self.tr("Requests"), self.tr("Log the request"))
        self.submit.clicked.connect(self._on_submit_clicked)
        self.name.returnPressed.connect(self._on_submit_clicked)
        self.name.textChanged.connect(self._update_preview)
        self.message.textChanged.connect(self._update_preview)
        self.mutual.valueChanged.connect(self._update_preview)
        self.has_photo.toggled.connect(self._update_preview)
        self.profile_filled.toggled.connect(self._update_preview)
        self._update_preview()

    def set_red_flags(self, phrases: Iterable[str]) -> None:
        self._red_flags = tuple(phrases)
        self._update_preview()

    def request(self) -> ConnectionRequest:
        """The request as filled in."""
        day = self.received_on.date()
        return ConnectionRequest(
            name=" ".join(self.name.text().split()),
            network=self.network.currentText().strip(),
            profile_url=self.profile_url.text().strip(),
            message=self.message.toPlainText().strip(),
            mutual_connections=self.mutual.value(), has_photo=self.has_photo.isChecked(),
            profile_filled=self.profile_filled.isChecked(),
            received_on=dt.date(day.year(), day.month(), day.day()))

    def clear(self) -> None:
        """Empty the form for the next request (network and date stay)."""
        self.name.clear()
        self.profile_url.clear()
        self.message.clear()
        self.mutual.setValue(0)
        self.has_photo.setChecked(False)
        self.profile_filled.setChecked(False)
        self.name.setFocus()

    def _on_submit_clicked(self) -> None:
        request = self.request()
        if not request.name:
            self.preview.setText(self.tr("Type their name first."))
            self.name.setFocus()
            return
        self.sig_submitted.emit(request)

    def _update_preview(self) -> None:
        request = self.request()
        self.submit.setEnabled(bool(request.name))
        if not request.name:
            self.preview.setText(self.tr("The verdict shows here as you type."))
            self.preview.setStyleSheet("")
            return
        assessment = assess(request, self._red_flags)
        lines = [fill(self.tr("Verdict: %1"), verdict_text(assessment.verdict)),
                 *reasons_lines(assessment)]
        self.preview.setText("\n".join(lines))
        colour = verdict_colour(assessment.verdict, self.palette())
        self.preview.setStyleSheet(f"#VerdictPreview {{ color: {colour.name()}; }}")
