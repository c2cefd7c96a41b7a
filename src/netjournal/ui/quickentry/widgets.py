"""The parts of the quick entry window: the entry line, the event bar and the preview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netjournal import dates
from netjournal.domain.quickentry import ParsedLine
from netjournal.domain.values import Event
from netjournal.storage.store import Store
from netjournal.ui.quickentry.models import EventListModel
from netjournal.ui.quickentry.wording import problem_text, qdate
from netjournal.ui.style import muted_text

PROBLEM_COLOUR = "#b3261e"
NEW_COLOUR = "#1d7f4e"
EXISTING_COLOUR = "#2160b8"


class EntryLine(QLineEdit):
    """The line typed per person; arrows pick who it is, Tab completes the name."""

    sig_moved = Signal(int)
    """Up (-1) or Down (+1) was pressed: choose another candidate."""

    sig_tab_pressed = Signal()
    """Tab was pressed while :attr:`completes` is on: complete the name."""

    sig_undo_requested = Signal()
    """Undo was pressed with nothing left to undo in the text: undo the last saved line."""

    sig_escape_pressed = Signal()
    """Escape was pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.completes = False

    def event(self, e: QEvent) -> bool:
        if (e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent)
                and e.key() == Qt.Key.Key_Tab
                and e.modifiers() == Qt.KeyboardModifier.NoModifier and self.completes):
            self.sig_tab_pressed.emit()
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not e.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.sig_moved.emit(-1 if e.key() == Qt.Key.Key_Up else 1)
            e.accept()
            return
        if e.key() == Qt.Key.Key_Escape:
            self.sig_escape_pressed.emit()
            e.accept()
            return
        if e.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
            self.sig_undo_requested.emit()
            e.accept()
            return
        super().keyPressEvent(e)


class EventBar(QWidget):
    """Where the people were met: an existing event, or a new one (name, date, place)."""

    sig_changed = Signal()
    """The event, its date or its place changed."""

    sig_done = Signal()
    """Enter was pressed in the event name: go on to the people."""

    def __init__(self, store: Store, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_id: int | None = None
        self._chosen_name = ""
        self._model = EventListModel(store, self)
        self._model.reload()

        self.name_box = QComboBox(self)
        self.name_box.setEditable(True)
        self.name_box.setModel(self._model)
        self.name_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_box.setCurrentIndex(-1)
        self.name_box.setEditText("")
        self.name_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        line = self.name_box.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Event: pick one or type a new name (optional)"))
        line.setClearButtonEnabled(True)
        self.name_box.setAccessibleName(self.tr("Event"))

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(dates.edit_format())
        self.date_edit.setDate(qdate(today))
        self.date_edit.setAccessibleName(self.tr("Date met"))
        self.date_edit.setToolTip(self.tr("The day you met them"))

        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(self.tr("Place"))
        self.place_edit.setAccessibleName(self.tr("Place"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Met at"), self)
        title.setBuddy(self.name_box)
        layout.addWidget(title)
        layout.addWidget(self.name_box, 3)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.place_edit, 2)

        self.name_box.activated.connect(self._on_name_box_activated)
        self.name_box.editTextChanged.connect(self._on_name_box_edit_text_changed)
        line.returnPressed.connect(self.sig_done)
        self.date_edit.dateChanged.connect(self.sig_changed)
        self.place_edit.textChanged.connect(self.sig_changed)

    # what is chosen ----------------------------------------------------------------------

    @property
    def event_id(self) -> int | None:
        return self._event_id

    @property
    def name(self) -> str:
        return " ".join(self.name_box.currentText().split())

    def met_on(self) -> dt.date:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def session_event(self) -> Event | None:
        """The session's event for a line that names none (None: no event)."""
        if not self.name:
            return None
        return Event(id=self._event_id, name=self.name, starts_on=self.met_on(),
                     place=self.place_edit.text().strip())

    def set_event(self, event: Event | None, *, name: str = "", on: dt.date | None = None,
                  place: str = "") -> None:
        """Show an existing event (with an id), else a new one by name, date and place."""
        if event is not None and event.id is not None:
            self._model.reload()
            self._choose(event)
            return
        self._event_id = None
        self.name_box.setEditText(name)
        if on is not None:
            self.date_edit.setDate(qdate(on))
        self.place_edit.setText(place)
        self._set_editable(True)

    def adopt(self, event: Event) -> None:
        """The new event was saved with the first line: keep using it (by id)."""
        if event.id is not None and self._event_id is None and (
                event.name.casefold() == self.name.casefold()):
            self._model.reload()
            self._choose(event)

    def _choose(self, event: Event) -> None:
        self._event_id = event.id
        self._chosen_name = event.name
        self.name_box.blockSignals(True)
        row = self._model.row_of(event.id) if event.id is not None else None
        self.name_box.setCurrentIndex(row if row is not None else -1)
        self.name_box.setEditText(event.name)
        self.name_box.blockSignals(False)
        if event.starts_on is not None:
            self.date_edit.setDate(qdate(event.starts_on))
        self.place_edit.setText(event.place)
        self._set_editable(False)
        self.sig_changed.emit()

    def _set_editable(self, editable: bool) -> None:
        """Date and place belong to a saved event: shown, not edited here."""
        tip = "" if editable else self.tr("A saved event: type another name for a new one")
        for widget in (self.date_edit, self.place_edit):
            widget.setReadOnly(not editable)
            widget.setToolTip(tip)

    # slots -----------------------------------------------------------------------------

    def _on_name_box_activated(self, row: int) -> None:
        event = self._model.event_at(row)
        if event is not None:
            self._choose(event)

    def _on_name_box_edit_text_changed(self, text: str) -> None:
        if self._event_id is not None and " ".join(text.split()) != self._chosen_name:
            self._event_id = None  # typing another name: a new event
            self._set_editable(True)
        self.sig_changed.emit()


class PreviewPanel(QFrame):
    """What the line will save, field by field, and what was not understood."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("quickEntryPreview")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(5)
        self.target = self._value(form, self.tr("Saves as"))
        self.name = self._value(form, self.tr("Name"))
        bold = QFont(self.name.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self.company = self._value(form, self.tr("Company"))
        self.title = self._value(form, self.tr("Title"))
        self.event_label = self._value(form, self.tr("Event"))
        self.tags = self._value(form, self.tr("Tags"))
        self.follow_up = self._value(form, self.tr("Follow-up"))
        self.note = self._value(form, self.tr("Note"))
        self.problems = QLabel(self)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problems.setObjectName("quickEntryProblems")
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self._muted = muted_text(self.palette()).name()
        self._is_muted: dict[QLabel, bool] = {}
        self._target_colour = ""

    def _value(self, form: QFormLayout, caption: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the user's words, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title = QLabel(caption, self)
        title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow(title, label)
        return label

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text or "—")
        muted = not text
        if self._is_muted.get(label) != muted:  # a style sheet only when it flips: cheap
            self._is_muted[label] = muted
            label.setStyleSheet(f"color: {self._muted};" if muted else "")

    def show_line(self, line: ParsedLine, *, target: str, event: str, follow_up: str,
                  existing: bool = False, problems_hint: str = "",
                  company: str | None = None, title: str | None = None,
                  asking: bool = False) -> None:
        """Fill the fields from ``line``; the window words target, event and follow-up.

        ``existing``: the line goes to a contact already in the journal (shown in blue;
        a new card in green; ``asking``: the user has to choose, in red). ``company`` and
        ``title``: how to show them instead of the line's own (for an existing card whose
        fields the line changes).
        """
        self.target.setText(target or "—")
        colour = self._muted if not target else (
            PROBLEM_COLOUR if asking else EXISTING_COLOUR if existing else NEW_COLOUR)
        if colour != self._target_colour:
            self._target_colour = colour
            weight = "bold" if target else "normal"
            self.target.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        self._set(self.name, line.name)
        self._set(self.company, line.company if company is None else company)
        self._set(self.title, line.title if title is None else title)
        self._set(self.event_label, event)
        self._set(self.tags, "  ".join(f"#{t}" for t in line.tags))
        self._set(self.follow_up, follow_up)
        self._set(self.note, line.note)
        if line.problems:
            lines = ["⚠ " + problem_text(p) for p in line.problems]
            if problems_hint:
                lines.append(problems_hint)
            self.problems.setText("\n".join(lines))
            self.problems.show()
        else:
            self.problems.clear()
            self.problems.hide()

