"""The introduction editor: who introduced whom to whom, when, and how it went.

While the user fills it in, the domain's advice shows as gentle notes: asking a contact
to help someone they don't know (better: one specific question on their behalf),
introducing two people without asking them first, and, when the answer was no, thanking
them and going back to the introducer (with a reminder if wanted).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain import introductions as rules
from netjournal.domain.values import Introduction, IntroductionDirection, IntroductionOutcome
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.labels import choices
from netjournal.ui.requests import operations as ops
from netjournal.ui.requests.picker import ContactPicker
from netjournal.ui.requests.wording import advice_text, problem_text, warning_colour
from netjournal.ui.style import fill


def _plain_label(parent: QWidget) -> QLabel:
    lbl = QLabel(parent)
    lbl.setTextFormat(Qt.TextFormat.PlainText)
    lbl.setWordWrap(True)
    return lbl


class IntroductionDialog(QDialog):
    """Record (or edit) an introduction.

    Args:
        store: the open journal.
        events: the window's change signals.
        person_id: preselect the person introduced (e.g. from their card).
        introduction_id: edit this introduction instead of recording a new one.
    """

    sig_saved = Signal(object)
    """The introduction was saved (the Introduction, with its id)."""

    def __init__(self, store: Store, events: JournalEvents, person_id: int | None = None,
                 introduction_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._events = events
        self._editing: Introduction | None = (
            store.introductions.get(introduction_id) if introduction_id is not None else None)
        self.setWindowTitle(self.tr("Edit introduction") if self._editing
                            else self.tr("Record an introduction"))
        self.direction = QComboBox(self)
        for text, code in choices(IntroductionDirection):
            self.direction.addItem(text, code)
        self.introducer = ContactPicker(store, self)
        self.person = ContactPicker(store, self)
        self.other = ContactPicker(store, self)
        self.made_on = QDateEdit(self)
        self.made_on.setCalendarPopup(True)
        self.made_on.setDate(QDate.currentDate())
        self.asked_first = QCheckBox(self)
        self.knows = QCheckBox(self)
        self.outcome = QComboBox(self)
        for text, code in choices(IntroductionOutcome):
            self.outcome.addItem(text, code)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("How it went, what was said"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.advice = _plain_label(self)
        self.advice.setObjectName("IntroAdvice")
        self.advice.setStyleSheet(
            "#IntroAdvice { background: palette(alternate-base); border: 1px solid "
            "palette(mid); border-radius: 6px; padding: 8px; }")
        self.remind = QCheckBox(self)
        self.remind.setChecked(True)
        self.error = _plain_label(self)
        self.error.setStyleSheet(f"color: {warning_colour(self.palette()).name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)

        # WORKAROUND: a grid with labels we hide ourselves, not QFormLayout.setRowVisible:
        # in PySide6 6.12 that call over-releases None and the interpreter aborts at exit
        # after a few thousand calls (reproduced here with a ten-line script).
        self.form = QGridLayout()
        self.form.setColumnStretch(1, 1)
        self._labels: dict[QWidget, QLabel] = {}
        for text, field in ((self.tr("What happened"), self.direction),
                            ("", self.introducer), ("", self.person), ("", self.other),
                            ("", self.knows), (self.tr("When"), self.made_on),
                            ("", self.asked_first), (self.tr("How it went"), self.outcome),
                            (self.tr("Notes"), self.notes)):
            row = self.form.rowCount()
            lbl = QLabel(text, self)
            lbl.setBuddy(field)
            self._labels[field] = lbl
            vertical = (Qt.AlignmentFlag.AlignTop if field is self.notes
                        else Qt.AlignmentFlag.AlignVCenter)
            self.form.addWidget(lbl, row, 0, Qt.AlignmentFlag.AlignRight | vertical)
            self.form.addWidget(field, row, 1)
        intro = QLabel(self.tr("Who introduced whom, when, and how it went."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.advice)
        layout.addWidget(self.remind)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.direction.currentIndexChanged.connect(self._refresh)
        self.outcome.currentIndexChanged.connect(self._refresh)
        self.asked_first.toggled.connect(self._refresh)
        self.knows.toggled.connect(self._refresh)
        for picker in (self.introducer, self.person, self.other):
            picker.sig_changed.connect(self._on_picker_changed)
        self._load(person_id)

    # filling in ------------------------------------------------------------------------

    def _load(self, person_id: int | None) -> None:
        intro = self._editing
        if intro is None:
            self.person.set_contact_id(person_id)
        else:
            self.direction.setCurrentIndex(self.direction.findData(intro.direction))
            self.introducer.set_contact_id(intro.introducer_id)
            self.person.set_contact_id(intro.person_id)
            self.other.set_contact_id(intro.to_contact_id)
            if intro.made_on is not None:
                self.made_on.setDate(QDate(intro.made_on.year, intro.made_on.month,
                                           intro.made_on.day))
            self.asked_first.setChecked(intro.asked_first)
            self.outcome.setCurrentIndex(self.outcome.findData(intro.outcome))
            self.notes.setPlainText(intro.notes)
        self._on_picker_changed()

    def set_direction(self, direction: IntroductionDirection) -> None:
        self.direction.setCurrentIndex(self.direction.findData(direction))

    def set_outcome(self, outcome: IntroductionOutcome) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(outcome))

    def _new_names(self) -> dict[int, str]:
        """Names typed as new contacts, by the negative id that stands for each."""
        out: dict[int, str] = {}
        for picker in (self.person, self.introducer, self.other):
            name = picker.new_name()
            if name and name.casefold() not in {n.casefold() for n in out.values()}:
                out[-1 - len(out)] = name
        return out

    def introduction(self) -> Introduction:
        """The introduction as filled in; a name typed as new has a negative id."""
        direction = IntroductionDirection(self.direction.currentData())
        day = self.made_on.date()
        placeholders = {name.casefold(): i for i, name in self._new_names().items()}

        def pick(picker: ContactPicker) -> int | None:
            if picker.contact_id() is not None:
                return picker.contact_id()
            return placeholders.get(picker.new_name().casefold())

        made = direction == IntroductionDirection.MADE
        received = direction == IntroductionDirection.RECEIVED
        return Introduction(
            id=self._editing.id if self._editing else None,
            person_id=pick(self.person) or 0,
            introducer_id=None if made else pick(self.introducer),
            to_contact_id=None if received else pick(self.other),
            direction=direction, made_on=dt.date(day.year(), day.month(), day.day()),
            asked_first=self.asked_first.isChecked(),
            outcome=IntroductionOutcome(self.outcome.currentData()),
            notes=self.notes.toPlainText().strip())

    def advice_codes(self) -> tuple[rules.Advice, ...]:
        return rules.advice(self.introduction(),
                            introducer_knows_beneficiary=self.knows.isChecked())

    # saving ----------------------------------------------------------------------------

    def save(self) -> Introduction | None:
        """Check and save; the dialog closes on success and stays with a message if not."""
        intro = self.introduction()
        problem = rules.check(intro)
        if problem is not None:
            self.error.setText(problem_text(problem))
            return None
        try:
            saved = ops.record_introduction(
                self._store, self._events, intro, self._new_names(),
                go_back_to_introducer=self.remind.isChecked())
        except StorageError as e:
            self.error.setText(str(e))
            return None
        self.sig_saved.emit(saved)
        self.accept()
        return saved

    # refreshing ------------------------------------------------------------------------

    def _name(self, picker: ContactPicker, fallback: str) -> str:
        return picker.text() or fallback

    def _on_picker_changed(self) -> None:
        introducer, other = self.introducer.contact_id(), self.other.contact_id()
        knows = (introducer is not None and other is not None
                 and self._store.introductions.know_each_other(introducer, other))
        self.knows.blockSignals(True)
        self.knows.setChecked(knows)
        self.knows.blockSignals(False)
        self._refresh()

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        field.setVisible(visible)
        self._labels[field].setVisible(visible)

    def _refresh(self) -> None:
        direction = IntroductionDirection(self.direction.currentData())
        someone = self.tr("them")
        introducer = self._name(self.introducer, self.tr("the introducer"))
        person = self._name(self.person, someone)
        other = self._name(self.other, someone)
        texts = {
            IntroductionDirection.RECEIVED: (self.tr("Introduced by"),
                                             self.tr("Introduced to me"), ""),
            IntroductionDirection.ASKED: (self.tr("I asked"), self.tr("To meet"),
                                          self.tr("On behalf of")),
            IntroductionDirection.MADE: ("", self.tr("I introduced"), self.tr("To")),
        }[direction]
        for picker, text in zip((self.introducer, self.person, self.other), texts,
                                strict=True):
            self._labels[picker].setText(text)
            picker.edit.setAccessibleName(text)  # the label's buddy is the picker around it
            self._set_row_visible(picker, bool(text))
        self.other.edit.setPlaceholderText(
            self.tr("Me (leave empty)") if direction == IntroductionDirection.ASKED
            else self.tr("Type a name"))
        self.asked_first.setText({
            IntroductionDirection.RECEIVED: fill(self.tr("%1 checked with me first"),
                                                 introducer),
            IntroductionDirection.ASKED: fill(self.tr("I asked %1 privately first"),
                                              introducer),
            IntroductionDirection.MADE: self.tr("I asked both of them first"),
        }[direction])
        asking_for_other = (direction == IntroductionDirection.ASKED
                            and not self.other.is_empty())
        self._set_row_visible(self.knows, asking_for_other)
        self.knows.setText(fill(self.tr("%1 already knows %2"), introducer, other))

        codes = self.advice_codes()
        lines = []
        for code in codes:
            if code == rules.Advice.ASK_ONE_QUESTION:
                lines.append(advice_text(code, introducer, other))
            elif code == rules.Advice.THANK_AND_GO_BACK:
                lines.append(advice_text(code, introducer, person))
            else:
                lines.append(advice_text(code))
        self.advice.setText("\n\n".join(lines))
        self.advice.setVisible(bool(lines))
        go_back = rules.Advice.THANK_AND_GO_BACK in codes
        self.remind.setVisible(go_back)
        self.remind.setText(fill(self.tr("Remind me to thank %1 and go back to them"),
                                 introducer))
        self.error.setText("")
        self.adjustSize()

