"""The outgoing request composer: a short note from a template, counted against 300.

Templates (same industry, a similar goal, appreciation of their work) are filled from
the card; the note stays editable, the count is live and turns the warning colour past
the limit, and Copy / "I sent it" say why they are off when they are. "I sent it" logs
the note as outreach awaiting a reply, which starts the follow-up chain, and keeps an
outgoing connection request.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain import composer as rules
from netjournal.domain.composer import NoteTemplate, NoteVariant
from netjournal.domain.values import Contact, DetailKind
from netjournal.settings import Settings
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.requests import operations as ops
from netjournal.ui.requests.form import NETWORKS
from netjournal.ui.requests.wording import warning_colour
from netjournal.ui.style import fill, muted_text

TEMPLATE_NAMES = {
    NoteTemplate.SAME_INDUSTRY: QT_TRANSLATE_NOOP("RequestComposer", "Same industry"),
    NoteTemplate.SIMILAR_GOAL: QT_TRANSLATE_NOOP("RequestComposer", "A similar goal"),
    NoteTemplate.APPRECIATION: QT_TRANSLATE_NOOP("RequestComposer",
                                                 "Appreciation of their work"),
}

# {first_name}, {company}, {title} and {topic} are filled from the card; translators keep
# the braces as they are.
TEMPLATES = {
    (NoteTemplate.SAME_INDUSTRY, NoteVariant.TOPIC): QT_TRANSLATE_NOOP(
        "RequestComposer",
        "Hi {first_name}, I work in {topic} too and enjoy meeting people in the field. "
        "I'd be glad to connect and swap notes now and then."),
    (NoteTemplate.SAME_INDUSTRY, NoteVariant.COMPANY): QT_TRANSLATE_NOOP(
        "RequestComposer",
        "Hi {first_name}, we work in the same industry and I've been following what "
        "{company} is doing. I'd be glad to connect and swap notes now and then."),
    (NoteTemplate.SAME_INDUSTRY, NoteVariant.PLAIN): QT_TRANSLATE_NOOP(
        "RequestComposer",
        "Hi {first_name}, we work in the same industry and I'd be glad to connect and "
        "swap notes now and then."),
    (NoteTemplate.SIMILAR_GOAL, NoteVariant.TOPIC): QT_TRANSLATE_NOOP(
        "RequestComposer",
        "Hi {first_name}, I'm working toward a similar goal in {topic} and would value "
        "learning from your experience. Would you be open to connecting?"),
    (NoteTemplate.SIMILAR_GOAL, NoteVariant.COMPANY): QT_TRANSLATE_NOOP(
        "RequestComposer",
        "Hi {first_name}, I'm working toward a goal much like yours at {company} and "
        "would value learning from your experience. Would you be open to connecting?"),
    (NoteTemplate.SIMILAR_GOAL, NoteVariant.PLAIN): QT_TRANSLATE_NOOP(
        "RequestComposer",
        "Hi {first_name}, it looks like we're working toward similar goals, and I'd value "
        "learning from your experience. Would you be open to connecting?"),
    (NoteTemplate.APPRECIATION, NoteVariant.TOPIC): QT_TRANSLATE_NOOP(
        "RequestComposer",
        "Hi {first_name}, I really appreciated your work on {topic}; it changed how I "
        "think about it. I'd love to stay connected."),
    (NoteTemplate.APPRECIATION, NoteVariant.COMPANY): QT_TRANSLATE_NOOP(
        "RequestComposer",
        "Hi {first_name}, I've admired your work at {company} for a while and would love "
        "to stay connected."),
    (NoteTemplate.APPRECIATION, NoteVariant.PLAIN): QT_TRANSLATE_NOOP(
        "RequestComposer",
        "Hi {first_name}, I've appreciated your work for a while and would love to stay "
        "connected."),
}


def template_text(template: NoteTemplate, fields: rules.NoteFields) -> str:
    """The translated template that fits the card, filled in."""
    source = TEMPLATES[template, rules.variant(fields)]
    return rules.fill(QCoreApplication.translate("RequestComposer", str(source)), fields)


def profile_link(contact: Contact, network: str) -> str:
    """The contact's link on that network (by label or address), else ""."""
    key = network.strip().casefold()
    links = contact.details_of(DetailKind.LINK)
    for d in links:
        if key and (key in d.label.casefold() or key in d.value.casefold()):
            return d.value
    return ""


class RequestComposer(QDialog):
    """Compose the note of a connection request to one contact.

    Args:
        store: the open journal.
        events: the window's change signals.
        settings: the user's settings.
        contact_id: whom the request goes to.
    """

    sig_sent = Signal(int)
    """The user said they sent it; the outreach interaction's id."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._settings = settings
        self._contact = store.contacts.get(contact_id)
        self._fields = rules.note_fields(self._contact)
        self._generated = ""  # the last text a template made (untouched by the user)
        self.setWindowTitle(fill(self.tr("Connection request to %1"), self._contact.name))
        heading = QLabel(fill(self.tr("A note for %1"), self._contact.name), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        advice = QLabel(self.tr(
            "One or two sentences are enough: why you'd like to connect. Start from a "
            "template, then make it yours."), self)
        advice.setWordWrap(True)
        advice.setStyleSheet(f"color: {muted_text(self.palette()).name()};")
        self.template = QComboBox(self)
        for code, name in TEMPLATE_NAMES.items():
            self.template.addItem(self.tr(str(name)), code)
        self.topic = QComboBox(self)
        self.topic.setEditable(True)
        self.topic.addItem("")
        self.topic.addItems(list(rules.topic_choices(self._contact)))
        topic_edit = self.topic.lineEdit()
        assert topic_edit is not None  # an editable combo box has one
        topic_edit.setPlaceholderText(self.tr("Optional: a field or interest you share"))
        self.network = QComboBox(self)
        self.network.setEditable(True)
        self.network.addItems(NETWORKS)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.count = QLabel(self)
        self.count.setObjectName("NoteCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.limit_hint = QLabel(self)
        self.limit_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.limit_hint.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy note"), self)
        self.sent_button = QPushButton(self.tr("I sent it"), self)
        self.sent_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.feedback = QLabel(self)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Start from"), self.template)
        form.addRow(self.tr("About"), self.topic)
        form.addRow(self.tr("Network"), self.network)
        count_row = QHBoxLayout()
        count_row.addWidget(self.limit_hint, 1)
        count_row.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(advice)
        layout.addLayout(form)
        layout.addWidget(self.note, 1)
        layout.addLayout(count_row)
        layout.addLayout(buttons)
        self.resize(520, 380)

        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.topic.currentTextChanged.connect(self._on_topic_text_changed)
        self.note.textChanged.connect(self._on_note_text_changed)
        self.copy_button.clicked.connect(self.copy_note)
        self.sent_button.clicked.connect(self.mark_sent)
        self.close_button.clicked.connect(self.reject)
        self._generated = self._template_text()
        self.note.setPlainText(self._generated)
        self.note.setFocus()

    # public ----------------------------------------------------------------------------

    @property
    def contact(self) -> Contact:
        return self._contact

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def check(self) -> rules.NoteCheck:
        return rules.check_note(self.note.toPlainText())

    def use_template(self, template: NoteTemplate) -> None:
        self.template.setCurrentIndex(self.template.findData(template))

    def set_topic(self, topic: str) -> None:
        self.topic.setCurrentText(topic)

    def copy_note(self) -> None:
        if not self.check().can_send:
            return
        QGuiApplication.clipboard().setText(self.text())
        self.feedback.setText(fill(self.tr("Copied. Paste it into your request on %1."),
                                   self.network.currentText()))

    def mark_sent(self) -> int | None:
        """Log the note as outreach awaiting a reply; returns the interaction's id."""
        if not self.check().can_send:
            return None
        network = self.network.currentText().strip()
        goal = fill(self.tr("Connect on %1"), network or self.tr("a network"))
        try:
            interaction = ops.log_sent_note(
                self._store, self._events, self._settings, self._contact.id or 0, self.text(),
                network=network, profile_url=profile_link(self._contact, network), goal=goal,
                now=dt.datetime.now(dt.UTC))
        except StorageError as e:
            self.feedback.setText(str(e))
            return None
        assert interaction.id is not None
        self._events.sig_status.emit(fill(
            self.tr("Logged your request to %1; a follow-up reminder is set."),
            self._contact.name))
        self.sig_sent.emit(interaction.id)
        self.accept()
        return interaction.id

    def _template_text(self) -> str:
        return template_text(NoteTemplate(self.template.currentData()), self._fields)

    # slots -----------------------------------------------------------------------------

    def _on_template_changed(self, _index: int) -> None:
        self._replace_note()

    def _on_topic_text_changed(self, text: str) -> None:
        self._fields = rules.note_fields(self._contact, text)
        if self.note.toPlainText() == self._generated:  # never overwrite the user's words
            self._replace_note()

    def _replace_note(self) -> None:
        # Replace through a cursor so Ctrl+Z brings the user's own text back.
        self._generated = self._template_text()
        cursor = self.note.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self._generated)
        self.note.setTextCursor(cursor)

    def _on_note_text_changed(self) -> None:
        check = self.check()
        self.count.setText(fill(self.tr("%1 / %2"), check.length, check.limit))
        if check.is_over:
            colour = warning_colour(self.palette()).name()
            self.count.setStyleSheet(f"#NoteCount {{ color: {colour}; font-weight: bold; }}")
            self.limit_hint.setStyleSheet(f"color: {colour};")
            if check.over_by == 1:
                reason = fill(self.tr("1 character over the %1 limit: shorten it to send."),
                              check.limit)
            else:
                reason = fill(self.tr("%1 characters over the %2 limit: shorten it to send."),
                              check.over_by, check.limit)
        elif check.is_empty:
            self.count.setStyleSheet("")
            self.limit_hint.setStyleSheet("")
            reason = self.tr("Write a short note first.")
        else:
            self.count.setStyleSheet("")
            self.limit_hint.setStyleSheet(f"color: {muted_text(self.palette()).name()};")
            reason = ""
        self.limit_hint.setText(reason or fill(
            self.tr("LinkedIn notes hold up to %1 characters."), check.limit))
        for button in (self.copy_button, self.sent_button):
            button.setEnabled(check.can_send)
            button.setToolTip(reason)
        self.feedback.setText("")
