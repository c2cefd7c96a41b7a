"""The quick entry window: right after a meetup, one line per person, Enter, next.

Choose or create the event once at the top, then type a line per person
(``Budi Santoso (Tokopedia, PM) #fintech likes dogs !1w: send the deck``). The preview
shows what will be saved as you type; the list beside it offers existing contacts first
and "new contact" last (Up/Down to choose, Tab completes the name). The one contact of
that name is chosen; a name shared by several, or close to someone's, is chosen by the
user (nothing is preselected), so a known person gets a new meeting rather than a
duplicate card. Enter saves and clears the line for the next person; a line with
problems, or the same line for the same person again, is saved only on a second Enter.
Ctrl+Z on an empty line takes the last saved line back. The event and the half-typed
line are kept in a draft file through a crash or an accidental close.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.followups import local_date, thank_you_due
from netjournal.domain.linerender import with_name
from netjournal.domain.quickentry import ParsedLine
from netjournal.domain.values import FollowUpKind
from netjournal.paths import PathsError
from netjournal.settings import Settings
from netjournal.storage import StorageError, recognise
from netjournal.storage.capture import CaptureResult
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.labels import label
from netjournal.ui.quickentry import draft as drafts
from netjournal.ui.quickentry import operations as ops
from netjournal.ui.quickentry import wording
from netjournal.ui.quickentry.chooser import WhoList
from netjournal.ui.quickentry.models import SavedLinesModel, describe_contact
from netjournal.ui.quickentry.widgets import PROBLEM_COLOUR, EntryLine, EventBar, PreviewPanel
from netjournal.ui.quickentry.wording import long_date, short_date
from netjournal.ui.style import fill

DRAFT_DELAY_MS = 300


class QuickEntryWindow(QWidget):
    """A non-modal window for capturing several people met at one event."""

    sig_line_saved = Signal(object)
    """A line was saved (its :class:`~netjournal.storage.capture.CaptureResult`)."""

    sig_line_undone = Signal(object)
    """A saved line was taken back (its ``CaptureResult``)."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 drafts_dir: Path, parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._store = store
        self._events = events
        self._settings = settings
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._draft_path = drafts.draft_path(drafts_dir)
        self._line = ParsedLine()
        self._confirm_text: str | None = None  # a line with problems, Enter pressed once
        self._confirm_repeat: str | None = None  # the same line again, Enter pressed once
        self._texts: dict[int, str] = {}  # interaction id -> the line that made it
        self._restoring = False
        self._finished = False  # "Done" was pressed: closing ends the session
        self._problem_shown = False

        self.setWindowTitle(self.tr("Quick entry"))
        self.setObjectName("quickEntryWindow")
        self.resize(860, 580)
        self._build()
        self._connect_signals()
        restored = self._restore_draft()
        self._update()
        if restored:
            self._set_status(self.tr("Restored the line you were typing."))
        self.entry.setFocus()

    # layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.event_bar = EventBar(self._store, self._today(), self)

        self.entry = EntryLine(self)
        self.entry.setObjectName("quickEntryLine")
        self.entry.setPlaceholderText(
            self.tr("Name (Company, Title) @event #tag what you talked about !1w: next step"))
        self.entry.setToolTip(wording.help_text())
        self.entry.setAccessibleName(self.tr("One line about the person"))
        big = QFont(self.entry.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.entry.setFont(big)
        self.entry.setMinimumHeight(self.entry.sizeHint().height() + 10)

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setObjectName("quickEntryStatus")

        self.candidate_view = self.who = WhoList(self._store, self)
        self.candidates = self.who.candidates
        self.preview = PreviewPanel(self)

        self.saved = SavedLinesModel(self)
        self.saved_view = QTreeView(self)
        self.saved_view.setModel(self.saved)
        self.saved_view.setAccessibleName(self.tr("Lines saved in this session"))
        self.saved_view.setRootIsDecorated(False)
        self.saved_view.setUniformRowHeights(True)
        self.saved_view.setAlternatingRowColors(True)
        self.saved_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.saved_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.saved_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.saved_title = QLabel(self)
        self.undo_button = QPushButton(self.tr("Undo last line"), self)
        self.undo_button.setToolTip(self.tr("Ctrl+Z on an empty line does the same"))
        self.close_button = QPushButton(self.tr("Done"), self)
        self.syntax_button = QPushButton(self.tr("Syntax…"), self)
        self.syntax_button.setToolTip(self.tr("How to write a line, with examples (F1)"))
        self.syntax_button.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.syntax_button.clicked.connect(self.show_syntax)

        who_title = QLabel(self.tr("Who is it?"), self)
        heading = QFont(who_title.font())
        heading.setBold(True)
        who_title.setFont(heading)
        who = QVBoxLayout()
        who.addWidget(who_title)
        who.addWidget(self.candidate_view)
        preview_title = QLabel(self.tr("Will be saved"), self)
        preview_title.setFont(heading)
        what = QVBoxLayout()
        what.addWidget(preview_title)
        what.addWidget(self.preview)
        middle = QHBoxLayout()
        middle.addLayout(who, 1)
        middle.addLayout(what, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_title)
        bottom.addStretch(1)
        bottom.addWidget(self.syntax_button)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.event_bar)
        layout.addSpacing(6)
        layout.addWidget(self.entry)
        layout.addWidget(self.status)
        layout.addLayout(middle, 0)
        layout.addLayout(bottom)
        layout.addWidget(self.saved_view, 1)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)

    def _connect_signals(self) -> None:
        self.entry.textChanged.connect(self._on_entry_text_changed)
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.entry.sig_moved.connect(self._on_entry_moved)
        self.entry.sig_tab_pressed.connect(self._on_entry_tab_pressed)
        self.entry.sig_undo_requested.connect(self.undo_last)
        self.entry.sig_escape_pressed.connect(self._on_entry_escape_pressed)
        self.event_bar.sig_changed.connect(self._on_event_bar_changed)
        self.event_bar.sig_done.connect(self.entry.setFocus)
        self.candidate_view.clicked.connect(self._on_candidate_view_clicked)
        self.undo_button.clicked.connect(self.undo_last)
        self.close_button.clicked.connect(self.finish)
        self._draft_timer.timeout.connect(self.write_draft)

    # state -----------------------------------------------------------------------------

    def _now(self) -> dt.datetime:
        return self._clock()

    def _today(self) -> dt.date:
        return local_date(self._now())

    @property
    def parsed(self) -> ParsedLine:
        """The line as it is parsed now."""
        return self._line

    @property
    def chosen_contact(self) -> int | None:
        """The existing contact the line will be added to (None: a new card)."""
        return self.who.chosen

    def _update(self) -> None:
        """Parse the line and refresh the preview (and, if the name changed, the list)."""
        text = self.entry.text()
        # !1w counts from the meeting's day, as on the command line
        self._line = line = recognise.parse_line(self._store, text, self.event_bar.met_on())
        self.who.refresh(line)
        self.entry.completes = self.candidates.rowCount() > 1
        self._show_preview()
        self.undo_button.setEnabled(self.saved.rowCount() > 0)
        self.saved_title.setText(fill(self.tr("Saved this session: %1"),
                                      self.saved.rowCount()))

    def _replacing(self, new: str, old: str) -> str:
        """What a field of an existing card will read: the line's value, and what it was
        before if the line changes it (the line is the newer news)."""
        if new and old and new.casefold() != old.casefold():
            return fill(self.tr("%1 (was %2)"), new, old)
        return new

    def _target_text(self) -> str:
        if self.who.chosen is not None:
            s = self.who.chosen_summary()
            if s is not None:
                return fill(self.tr("Existing contact · %1"),
                            describe_contact(s, last_met=False))
        if not self.who.picked and self._line.savable:
            return self.tr("Not chosen yet: ↑↓ to choose who it is")
        return self.tr("New contact") if self._line.name else ""

    def _show_preview(self) -> None:
        line = self._line
        if line.blank:
            self.preview.show_line(line, target="", event="", follow_up="")
            self._set_status(self._hint())
            return
        session = self.event_bar.name
        event = session
        event_name = session
        if line.event:
            found = recognise.matching_event(self._store, line.event, self.event_bar.met_on())
            event_name = found.name if found is not None else line.event
            event = (fill(self.tr("%1 (a recent event)"), found.name) if found is not None
                     else fill(self.tr("%1 (a new event)"), line.event))
            if session and event_name.casefold() != session.casefold():
                event = fill(self.tr("%1 (from the line, not %2)"), event, session)
        if line.when is not None:
            due, kind = line.when.due, FollowUpKind.NEXT_STEP
            card = self.who.chosen_summary()
            who = card.name if card is not None else line.name
            what = line.step or wording.follow_up_reason(who, event_name)
            follow_up = fill(self.tr("%1 · %2: %3"), long_date(due), label(kind), what)
        else:
            due, kind = thank_you_due(self.event_bar.met_on()), FollowUpKind.THANK_YOU
            follow_up = fill(self.tr("%1 · %2"), long_date(due), label(kind))
        confirm = self._confirm_text == self.entry.text()
        hint = self.tr("Enter again saves anyway; what was not understood goes into the "
                       "note.") if confirm else ""
        card = self.who.chosen_summary()
        self.preview.show_line(line, target=self._target_text(), event=event,
                               follow_up=follow_up, existing=self.who.chosen is not None,
                               asking=not self.who.picked and line.savable,
                               problems_hint=hint,
                               company=self._replacing(line.company, card.company)
                               if card is not None else None,
                               title=self._replacing(line.title, card.title)
                               if card is not None else None)
        if line.problems and not line.savable:
            self._set_status(self.tr("Start the line with the person's name."), problem=True)
        elif not self.who.picked and self.who.resolution.asks:
            self._set_status(wording.question(self.who.resolution, line.name, line.company),
                             problem=True)
        elif line.problems:
            self._set_status(self.tr("Some of the line was not understood (see below). Fix "
                                     "it, or press Enter twice to save it as it is."),
                             problem=True)
        else:
            self._set_status(self._hint())

    def show_syntax(self) -> QWidget:
        """The quick-entry syntax page (Help > Quick-entry syntax in the main window)."""
        from netjournal.ui.help import QuickEntryHelpDialog

        dialog = QuickEntryHelpDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _hint(self) -> str:
        return self.tr("Enter saves and clears · ↑↓ choose who · Tab completes the name · "
                       "Ctrl+Z undoes the last save · !1w: next step sets the to-do "
                       "(F1: the syntax, with examples)")

    def _set_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        if problem != self._problem_shown:  # style sheets only when the state flips: cheap
            self._problem_shown = problem
            self.status.setStyleSheet(f"color: {PROBLEM_COLOUR};" if problem else "")
            self.entry.setStyleSheet(
                f"QLineEdit {{ border: 2px solid {PROBLEM_COLOUR}; border-radius: 3px; }}"
                if problem else "")

    # slots -----------------------------------------------------------------------------

    def _on_entry_text_changed(self, text: str) -> None:
        if self._confirm_text is not None and self._confirm_text != text:
            self._confirm_text = None
        if self._confirm_repeat is not None and self._confirm_repeat != text:
            self._confirm_repeat = None
        self._update()
        self._schedule_draft()

    def _on_event_bar_changed(self) -> None:
        self._update()  # the meeting's day moves what !1w means
        self._schedule_draft()

    def _on_entry_moved(self, step: int) -> None:
        self.who.move(step)
        self._show_preview()

    def _on_candidate_view_clicked(self, index: QModelIndex) -> None:
        self.who.choose(index.row(), by_user=True)
        self._show_preview()
        self.entry.setFocus()

    def _on_entry_tab_pressed(self) -> None:
        """Complete the name with the chosen contact's (the first one if "new" is chosen)."""
        if self.who.chosen is None:
            if self.candidates.contact_id(0) is None:
                return
            self.who.choose(0, by_user=True)
        s = self.who.chosen_summary()
        if s is None:
            return
        self.entry.setText(with_name(self.entry.text(), self._line, s.name))

    def _on_entry_escape_pressed(self) -> None:
        if self.entry.text():
            self.entry.setText("")
        else:
            self.close()

    def _on_entry_return_pressed(self) -> None:
        self.save_line()

    # actions ---------------------------------------------------------------------------

    def save_line(self) -> CaptureResult | None:
        """What Enter does: save the line, or say why not (a second Enter confirms)."""
        line, text = self._line, self.entry.text()
        if line.blank:
            self._set_status(self.tr("Type a line about the person first."))
            return None
        if not line.savable:
            self._set_status(self.tr("Start the line with the person's name."), problem=True)
            return None
        if line.problems and self._confirm_text != text:
            self._confirm_text = text
            self._show_preview()
            self._set_status(self.tr("This line has problems (see below). Press Enter "
                                     "again to save it anyway, or fix it."), problem=True)
            return None
        if not self.who.picked:  # a question: the user chooses, never the window
            self._set_status(wording.question(self.who.resolution, line.name, line.company),
                             problem=True)
            return None
        if self.who.chosen is not None and self._confirm_repeat != text and self._is_repeat():
            return None
        try:
            result = ops.save_line(self._store, self._events, line, into=self.who.chosen,
                                   event=self.event_bar.session_event(),
                                   met_on=self.event_bar.met_on(), now=self._now(),
                                   reason=wording.follow_up_reason,
                                   by_date=self.event_bar.met_on() != self._today())
        except StorageError as e:
            self._set_status(fill(self.tr("Not saved: %1"), str(e)), problem=True)
            return None
        if result.event_id is not None and self.event_bar.event_id is None:
            self.event_bar.adopt(self._store.events.get(result.event_id))
        self._texts[result.interaction_id] = text
        self.saved.add(result)
        self._confirm_text = self._confirm_repeat = None
        self.who.forget()
        self.entry.setText("")  # also forgets the text's own undo history
        message = fill(self.tr("Saved %1 (%2). Follow-up: %3."), result.contact_name,
                       self.tr("new contact") if result.created else self.tr("existing contact"),
                       short_date(result.follow_up_due))
        self._set_status(message)
        self._events.sig_status.emit(message)
        self.write_draft()
        self.sig_line_saved.emit(result)
        return result

    def _is_repeat(self) -> bool:
        """Whether the line was just saved for the chosen contact (then ask first)."""
        assert self.who.chosen is not None
        line, met_on = self._line, self.event_bar.met_on()
        session = self.event_bar.session_event()
        typed = line.event or (session.name if session is not None else "")
        event = recognise.matching_event(self._store, typed, met_on) if typed else None
        if typed and event is None:
            return False  # a new event: not the line saved before
        repeat = recognise.repeat_of(self._store, self.who.chosen, line,
                                     event.id if event is not None else None)
        if repeat is None:
            return False
        self._confirm_repeat = self.entry.text()
        name = self._store.contacts.get(self.who.chosen).name
        self._set_status(wording.repeat_text(name, repeat.saved_at,
                                             dt.datetime.now(dt.UTC)), problem=True)
        return True

    def undo_last(self) -> None:
        """Take the last saved line back; its text returns to an empty entry line."""
        result = self.saved.last()
        if result is None:
            self._set_status(self.tr("Nothing to undo."))
            return
        try:
            ops.undo_line(self._store, self._events, result)
        except StorageError as e:
            self._set_status(fill(self.tr("Could not undo: %1"), str(e)), problem=True)
            return
        self.saved.pop()
        text = self._texts.pop(result.interaction_id, "")
        if not self.entry.text() and text:
            self.entry.setText(text)
        self._update()
        message = fill(self.tr("Took back the line about %1."), result.contact_name)
        self._set_status(message)
        self._events.sig_status.emit(message)
        self.sig_line_undone.emit(result)

    def results(self) -> list[CaptureResult]:
        """The lines saved in this window, oldest first."""
        return self.saved.results()

    # the draft -------------------------------------------------------------------------

    def _draft(self) -> drafts.Draft:
        event = self.event_bar.session_event()
        return drafts.Draft(
            line=self.entry.text(), event_id=self.event_bar.event_id,
            event_name=event.name if event else "",
            event_date=event.starts_on if event else None,
            event_place=event.place if event else "")

    def _schedule_draft(self) -> None:
        if not self._restoring:
            self._draft_timer.start()

    def write_draft(self) -> None:
        """Write the draft now (the timer does it a moment after each change)."""
        self._draft_timer.stop()
        try:
            drafts.save(self._draft_path, self._draft())
        except (OSError, PathsError) as e:
            self._set_status(fill(self.tr("The draft could not be kept: %1"), str(e)),
                             problem=True)

    def _restore_draft(self) -> bool:
        """Put back the draft's event and line; True if there was a line."""
        found = drafts.load(self._draft_path)
        if found is None:
            return False
        if not found.line.strip() and drafts.is_stale(self._draft_path):
            return False  # last week's meetup is not tonight's: start afresh
        self._restoring = True
        try:
            event = None
            if found.event_id is not None:
                try:
                    event = self._store.events.get(found.event_id)
                except StorageError:
                    event = None
            self.event_bar.set_event(event, name=found.event_name, on=found.event_date,
                                     place=found.event_place)
            self.entry.setText(found.line)
        finally:
            self._restoring = False
        return bool(found.line.strip())

    def finish(self) -> None:
        """End the session ("Done"): forget the draft, the event too, and close."""
        self._finished = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the event and a half-typed line for next time, unless the user is done.

        Closing the window by accident in the middle of a meetup loses nothing; "Done"
        ends the session.
        """
        self._draft_timer.stop()
        if self._finished:
            drafts.clear(self._draft_path)
            self._finished = False
        else:
            self.write_draft()
        super().closeEvent(event)
