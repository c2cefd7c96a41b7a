"""Log or edit an interaction: when, how, with whom, the goal, what was said and learned,
and for a meeting the next step agreed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netjournal import dates
from netjournal.domain.followups import local_date, next_step_due
from netjournal.domain.values import (
    Channel,
    Direction,
    FollowUp,
    Interaction,
    day_only,
    is_day_only,
)
from netjournal.settings import Settings
from netjournal.storage import StorageError, journal
from netjournal.storage.store import Store
from netjournal.ui.contact import operations as ops
from netjournal.ui.contact.formatting import from_qdate, from_qdatetime, to_qdate, to_qdatetime
from netjournal.ui.contact.models import EventsModel
from netjournal.ui.contact.pickers import ParticipantsPicker
from netjournal.ui.events import JournalEvents
from netjournal.ui.labels import choices
from netjournal.ui.style import error_label


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class InteractionDialog(QDialog):
    """Edits one interaction and saves it on OK; errors stay in the dialog, in words.

    A meeting (in person, a call, a video call, an event) can record the next step agreed
    there: a follow-up for each participant, due a week after the meeting unless the user
    picks another day. Editing the meeting changes that next step; it never adds a second.

    After :meth:`accept` succeeded, :attr:`saved` holds the stored interaction.
    """

    def __init__(self, store: Store, events: JournalEvents,
                 interaction: Interaction | None = None, *,
                 participants: tuple[int, ...] = (), parent: QWidget | None = None,
                 clock: Callable[[], dt.datetime] = _now,
                 settings: Settings | None = None) -> None:
        """Args:
            store: the open journal.
            events: told after the save.
            interaction: the stored interaction to edit, or None for a new one.
            participants: who a new interaction is with (the card's contact).
            parent: the dialog's parent window.
            clock: "now" in UTC; a new interaction starts at this time.
        """
        super().__init__(parent)
        self._settings = settings  # the first follow-up wait of a chain this starts
        self._store = store
        self._events = events
        self._before = interaction
        self._clock = clock
        # the next step as loaded (text, due day, participants): unchanged means untouched
        self._loaded_step: tuple[str, dt.date | None, tuple[int, ...]] = ("", None, ())
        self._due_chosen = False  # the user picked the next step's day: keep it
        self._setting_due = False
        self.saved: Interaction | None = None
        new = interaction is None
        self.setWindowTitle(self.tr("Log interaction") if new else self.tr("Edit interaction"))
        self.setMinimumWidth(560)

        self.error_label = error_label(self)

        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(dates.edit_format(weekday=True, time=True))
        # a meeting remembered by its day only: stored as that day in every time zone
        self.whole_day_check = QCheckBox(self.tr("Time not known"), self)
        self.whole_day_check.setToolTip(
            self.tr("Keep only the day: it stays that day wherever the journal is read."))
        self.channel_box = QComboBox(self)
        for word, code in choices(Channel):
            self.channel_box.addItem(word, code)
        self.direction_box = QComboBox(self)
        for word, code in choices(Direction):
            self.direction_box.addItem(word, code)
        self.participants = ParticipantsPicker(store, self)
        self.events_model = EventsModel(store, self)
        self.events_model.reload()
        self.event_box = QComboBox(self)
        self.event_box.setModel(self.events_model)
        self.goal_edit = QLineEdit(self)
        self.goal_edit.setPlaceholderText(self.tr("What did you want from this conversation?"))
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("What was said"))
        self.learned_edit = QPlainTextEdit(self)
        self.learned_edit.setTabChangesFocus(True)
        self.learned_edit.setPlaceholderText(
            self.tr("Their interests, worries, news: what to remember next time"))
        self.next_step_edit = QLineEdit(self)
        self.next_step_edit.setPlaceholderText(
            self.tr("Optional: what you agreed to do next, e.g. send them the deck"))
        self.next_step_due = QDateEdit(self)
        self.next_step_due.setCalendarPopup(True)
        self.next_step_due.setDisplayFormat(dates.edit_format(weekday=True))
        self.next_step_due.setToolTip(self.tr("Follow up within a week of the meeting."))
        self.awaiting_check = QCheckBox(self.tr("I am waiting for their reply"), self)
        line = self.summary_edit.fontMetrics().lineSpacing()
        self.summary_edit.setMinimumHeight(line * 4 + 12)
        self.learned_edit.setMinimumHeight(line * 3 + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit, 1)
        when_row.addWidget(self.whole_day_check)
        when_label = QLabel(self.tr("&When"), self)
        when_label.setBuddy(self.when_edit)
        form.addRow(when_label, when_row)
        form.addRow(self.tr("&Channel"), self.channel_box)
        form.addRow(self.tr("&Who started"), self.direction_box)
        form.addRow(self.tr("With"), self.participants)
        form.addRow(self.tr("At event"), self.event_box)
        form.addRow(self.tr("My &goal"), self.goal_edit)
        form.addRow(self.tr("What was &said"), self.summary_edit)
        form.addRow(self.tr("What I &learned"), self.learned_edit)
        form.addRow(self.tr("Agreed &next step"), self.next_step_edit)
        form.addRow(self.tr("Next step d&ue"), self.next_step_due)
        form.addRow("", self.awaiting_check)
        self._form = form

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.error_label)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)

        if interaction is None:
            self.when_edit.setDateTime(to_qdatetime(clock()))
            for cid in participants:
                self.participants.add(cid)
            self.goal_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._load(interaction)
        self._follow_meeting_day()
        self._sync_next_step()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.when_edit.dateTimeChanged.connect(self._on_when_edit_date_time_changed)
        self.whole_day_check.toggled.connect(self._on_whole_day_check_toggled)
        self.channel_box.currentIndexChanged.connect(self._on_channel_box_current_index_changed)
        self.next_step_edit.textChanged.connect(self._on_next_step_edit_text_changed)
        self.next_step_due.dateChanged.connect(self._on_next_step_due_date_changed)

    def _load(self, item: Interaction) -> None:
        if is_day_only(item.occurred_at):
            self.when_edit.setDate(to_qdate(item.occurred_at.date()))
            self.whole_day_check.setChecked(True)
            self._show_time(False)
        else:
            self.when_edit.setDateTime(to_qdatetime(item.occurred_at))
        self.channel_box.setCurrentIndex(max(0, self.channel_box.findData(item.channel)))
        self.direction_box.setCurrentIndex(max(0, self.direction_box.findData(item.direction)))
        names = self._store.contacts.summaries(list(item.participant_ids))
        self.participants.set_participants(
            [(cid, names[cid].name) for cid in item.participant_ids if cid in names])
        self.event_box.setCurrentIndex(self.events_model.row_of(item.event_id))
        self.goal_edit.setText(item.goal)
        self.summary_edit.setPlainText(item.summary)
        self.learned_edit.setPlainText(item.learned)
        self.awaiting_check.setChecked(item.awaiting_reply)
        if item.id is not None:
            steps = journal.agreed_next_steps(self._store, item.id)
            if steps:
                self._load_next_step(steps[0], item.participant_ids)

    def _load_next_step(self, step: FollowUp, participant_ids: tuple[int, ...]) -> None:
        self.next_step_edit.setText(step.reason)
        self._set_due(step.due_on)
        self._due_chosen = True
        self._loaded_step = (step.reason, step.due_on, tuple(sorted(participant_ids)))

    def meeting_day(self) -> dt.date:
        """The local date of the interaction, as the "When" field says."""
        if self.whole_day_check.isChecked():
            return from_qdate(self.when_edit.date())
        return local_date(from_qdatetime(self.when_edit.dateTime()))

    def when(self) -> dt.datetime:
        """The moment to save: the whole day when the time is not known."""
        if self.whole_day_check.isChecked():
            return day_only(from_qdate(self.when_edit.date()))
        return from_qdatetime(self.when_edit.dateTime())

    def _show_time(self, shown: bool) -> None:
        self.when_edit.setDisplayFormat(dates.edit_format(weekday=True, time=shown))

    def is_meeting(self) -> bool:
        """Whether the chosen channel is a meeting (it can agree a next step)."""
        return Channel(self.channel_box.currentData()) in journal.MEETING_CHANNELS

    def next_step(self) -> ops.NextStep | None:
        """The next step to save: None leaves the stored one alone (not a meeting, or
        nothing changed); an empty text removes it."""
        if not self.is_meeting():
            return None
        text = " ".join(self.next_step_edit.text().split())
        due = from_qdate(self.next_step_due.date())
        now = (text, due if text else None, tuple(sorted(self.participants.ids())))
        if self._before is None:
            return ops.NextStep(text, due) if text else None
        loaded_text, loaded_due, loaded_people = self._loaded_step
        if not text and not loaded_text:
            return None  # none agreed before, none now
        if now == (loaded_text, loaded_due, loaded_people):
            return None
        return ops.NextStep(text, due)

    def _follow_meeting_day(self) -> None:
        """Keep the next step's day after the meeting: a week after it unless picked."""
        day = self.meeting_day()
        self._set_due(from_qdate(self.next_step_due.date()) if self._due_chosen
                      else next_step_due(day), earliest=day)

    def _set_due(self, due: dt.date, earliest: dt.date | None = None) -> None:
        """Show ``due`` (not before ``earliest``) without counting it as the user's pick."""
        self._setting_due = True
        try:
            if earliest is not None:
                self.next_step_due.setMinimumDate(to_qdate(earliest))
            self.next_step_due.setDate(to_qdate(due))
        finally:
            self._setting_due = False

    def _sync_next_step(self) -> None:
        meeting = self.is_meeting()
        self._form.setRowVisible(self.next_step_edit, meeting)
        self._form.setRowVisible(self.next_step_due, meeting)
        self.next_step_due.setEnabled(bool(self.next_step_edit.text().strip()))

    def value(self) -> Interaction:
        """The interaction as the dialog would save it."""
        event_id = self.events_model.event_id_at(self.event_box.currentIndex())
        base = self._before or Interaction(occurred_at=_now(), participant_ids=())
        return dataclasses.replace(
            base,
            occurred_at=self.when(),
            participant_ids=self.participants.ids(),
            channel=Channel(self.channel_box.currentData()),
            direction=Direction(self.direction_box.currentData()),
            goal=self.goal_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
            learned=self.learned_edit.toPlainText().strip(),
            event_id=event_id,
            awaiting_reply=self.awaiting_check.isChecked(),
        )

    def set_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def accept(self) -> None:
        if self.participants.search.is_unresolved():
            self.set_error(self.tr("Pick the person from the list of matches, or clear the "
                                   "search field."))
            self.participants.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.participants.ids():
            self.set_error(self.tr("Add at least one person this interaction was with."))
            self.participants.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            self.saved = ops.save_interaction(
                self._store, self._events, self.value(), self._before,
                settings=self._settings, next_step=self.next_step(),
                today=local_date(self._clock()))
        except StorageError as e:
            self.set_error(str(e))
            return
        super().accept()

    # slots -------------------------------------------------------------------------------

    def _on_when_edit_date_time_changed(self) -> None:
        self._follow_meeting_day()

    def _on_whole_day_check_toggled(self, checked: bool) -> None:
        self._show_time(not checked)
        self._follow_meeting_day()

    def _on_channel_box_current_index_changed(self) -> None:
        self._sync_next_step()

    def _on_next_step_edit_text_changed(self) -> None:
        self._sync_next_step()

    def _on_next_step_due_date_changed(self) -> None:
        if not self._setting_due:
            self._due_chosen = True
