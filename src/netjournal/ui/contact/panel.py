"""The contact panel: the card's header, and tabs for the card, the timeline and what I
can offer (plus sections other features add).

Undo: deletes on the timeline and in the ledger go on :attr:`ContactPanel.undo_stack`
(a ``QUndoStack``) and a transient "… deleted. Undo" bar under the list; the main window
should also put ``undo_stack.createUndoAction(...)``/``createRedoAction(...)`` in its Edit
menu. Card edits are not on the stack: they are saved (Ctrl+S) or reverted as a whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.values import Contact, Interaction
from netjournal.settings import Settings
from netjournal.storage import NotFoundError, StorageError
from netjournal.storage.contacts import StaleEditError
from netjournal.storage.store import Store
from netjournal.ui.contact import operations as ops
from netjournal.ui.contact import stale
from netjournal.ui.contact.card_form import CardForm
from netjournal.ui.contact.formatting import cadences, fill
from netjournal.ui.contact.header import CardHeader
from netjournal.ui.contact.offers_tab import OffersTab
from netjournal.ui.contact.timeline_tab import TimelineTab
from netjournal.ui.events import JournalEvents
from netjournal.ui.requests.path import introduction_advice_text, introduction_path_text

NARROW_CARD = 600  # below this width the buttons go under the header


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ContactPanel(QWidget):
    """One contact: who they are, what happened, what I can offer.

    The panel never asks before :meth:`show_contact` replaces a dirty card: callers ask
    :meth:`maybe_save` first (the main window does when the selection changes or the
    window closes).
    """

    sig_contact_saved = Signal(int)
    """The card was saved (the contact's id; a new contact has just got one)."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] = _now,
                 undo_stack: QUndoStack | None = None) -> None:
        """Args:
            store: the open journal.
            events: the window's change signals (emitted after writes, listened to).
            settings: for the default keep-in-touch cadences.
            parent: the parent widget.
            clock: "now" in UTC (tests inject a fixed one).
            undo_stack: the window's undo stack (None: the panel makes its own).
        """
        super().__init__(parent)
        self._store = store
        self._events = events
        self._settings = settings
        self._clock = clock
        self._contact: Contact | None = None  # the saved card (id None: a new card)
        self._sections: list[Callable[[int | None], None]] = []
        self._undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        today = clock().astimezone().date()
        self._build(today)
        self._connect_signals()
        self.show_contact(None)

    # building --------------------------------------------------------------------------

    def _build(self, today: dt.date) -> None:
        self.empty_label = QLabel(self.tr("Choose someone from the list, or create a new "
                                          "contact (Ctrl+N)."), self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        self.header = CardHeader(self)
        self.log_button = QPushButton(self.tr("Log interaction…"), self)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the card (Ctrl+S)"))
        self.dirty_label = QLabel(self.tr("Unsaved changes"), self)
        self.dirty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dirty_label.setObjectName("dirtyNote")
        self.dirty_label.setStyleSheet("QLabel#dirtyNote { color: #7a4b00; }")

        self.form = CardForm(self._store, self, defaults=cadences(self._settings),
                             today=today)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(self.form)
        self.timeline = TimelineTab(self._store, self._events, self._undo_stack, self,
                                    clock=self._clock)
        self.timeline.settings = self._settings
        self.offers = OffersTab(self._store, self._events, self._undo_stack, self,
                                today=today)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form_scroll, self.tr("Card"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.offers, self.tr("What I can offer"))

        actions = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        actions.setSpacing(6)
        actions.addWidget(self.log_button)
        save_row = QHBoxLayout()
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        actions.addLayout(save_row)
        actions.addWidget(self.dirty_label, 0, Qt.AlignmentFlag.AlignRight)
        actions.addStretch(1)
        top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.setContentsMargins(20, 16, 20, 8)
        top.setSpacing(16)
        top.addWidget(self.header, 1)
        top.addLayout(actions)
        self._top, self._actions = top, actions

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(4)
        page_layout.addLayout(top)
        page_layout.addWidget(self.tabs, 1)
        self.page = page
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.save_action = QAction(self.tr("Save card"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_top(event.size().width())

    def buttons_below_header(self) -> bool:
        """Whether the buttons sit in a row under the header (a narrow card)."""
        return self._top.direction() == QBoxLayout.Direction.TopToBottom

    def _fit_top(self, width: int) -> None:
        """Buttons beside the header when the card is wide, in a row under it when narrow
        (the name then keeps the whole width)."""
        below = width < NARROW_CARD
        if below == self.buttons_below_header():
            return
        self._top.setDirection(QBoxLayout.Direction.TopToBottom if below
                               else QBoxLayout.Direction.LeftToRight)
        self._actions.setDirection(QBoxLayout.Direction.LeftToRight if below
                                   else QBoxLayout.Direction.TopToBottom)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.log_button.clicked.connect(self.log_interaction)
        self.form.sig_changed.connect(self._on_form_changed)
        self.timeline.model.modelReset.connect(self._update_tab_titles)
        self.timeline.sig_error_happened.connect(self._show_error)
        self.offers.sig_error_happened.connect(self._show_error)
        self._events.sig_contacts_changed.connect(self._on_events_contacts_changed)
        self._events.sig_contacts_removed.connect(self._on_events_contacts_removed)
        self._events.sig_interactions_changed.connect(self._on_events_interactions_changed)
        self._events.sig_ledger_changed.connect(self._on_events_ledger_changed)
        self._events.sig_journal_reset.connect(self._on_events_journal_reset)

    # the interface the main window uses -------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        """Deletes of interactions, offers and favours; add its actions to the Edit menu."""
        return self._undo_stack

    def contact_id(self) -> int | None:
        """The contact shown (None: nothing, or a new card not saved yet)."""
        return self._contact.id if self._contact else None

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.timeline.settings = settings
        self.form.set_defaults(cadences(settings))
        self._refresh_header()

    def show_contact(self, contact_id: int | None) -> None:
        """Show a contact's card (None: the empty state). Unsaved edits are dropped."""
        contact = None
        if contact_id is not None:
            try:
                contact = self._store.contacts.get(contact_id)
            except NotFoundError:
                contact = None
        self._contact = contact
        if contact is None:
            self.pages.setCurrentWidget(self.empty_label)
            self.form.load(Contact(name=""))
            self.timeline.set_contact(None)
            self.offers.set_contact(None)
            self._notify_sections(None)
            self._sync_state()
            return
        self.pages.setCurrentWidget(self.page)
        self.form.load(contact)
        self.timeline.set_contact(contact.id)
        self.offers.set_contact(contact)
        self._notify_sections(contact.id)
        self._refresh_header()
        self._sync_state()

    def new_contact(self) -> None:
        """An empty card ready for typing, the cursor in the name."""
        self._contact = Contact(name="")
        self.pages.setCurrentWidget(self.page)
        self.form.load(self._contact)
        self.timeline.set_contact(None)
        self.offers.set_contact(None)
        self._notify_sections(None)
        self.header.show_new()
        self.tabs.setCurrentWidget(self.form_scroll)
        self._sync_state()
        self.form.focus_name()

    def log_interaction(self) -> Interaction | None:
        """Open the interaction editor for the shown contact (a new card is saved first)."""
        if self._contact is None:
            return None
        if self._contact.id is None and not self.save():
            return None
        self.tabs.setCurrentWidget(self.timeline)
        return self.timeline.log_interaction()

    def is_dirty(self) -> bool:
        return self._contact is not None and self.form.is_dirty()

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved edits; False means the user chose Cancel.

        Save that fails (an empty name) counts as Cancel: the card stays, with the reason.
        """
        if not self.is_dirty():
            return True
        box = self.save_question()
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def save_question(self) -> QMessageBox:
        """The Save / Discard / Cancel question (built, not shown; tests answer it)."""
        name = self.form.contact().name or self.tr("this new contact")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          fill(self.tr("Save the changes to %1?"), name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("If you don't save, your edits to the card are lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setObjectName("saveQuestion")
        return box

    def add_section(self, title: str, widget: QWidget) -> None:
        """Add a tab for another feature; ``widget.show_contact(id | None)`` follows the card."""
        show = getattr(widget, "show_contact", None)
        if not callable(show):
            raise TypeError("a contact section needs a show_contact(contact_id) method")
        self._sections.append(show)
        self.tabs.addTab(widget, title)
        show(self.contact_id())
        self._sync_state()

    # actions ---------------------------------------------------------------------------

    def save(self, *, keep_mine: bool = False) -> bool:
        """Save the card; shows why not and returns False when it cannot.

        A card someone else saved since it was shown is not overwritten: the user is asked
        to reload it or keep theirs (``keep_mine``: save over it without asking)."""
        if self._contact is None:
            return False
        problem = self.form.validate()
        if problem:
            self.form.set_error(problem)
            self.tabs.setCurrentWidget(self.form_scroll)
            return False
        was_new = self._contact.id is None
        read_at = None if was_new or keep_mine else self.form.baseline().updated_at
        try:
            saved = ops.save_contact(self._store, self._events, self.form.contact(),
                                     read_at=read_at)
        except StaleEditError as e:
            return self._on_stale(e)
        except StorageError as e:
            self.form.set_error(str(e))
            self.tabs.setCurrentWidget(self.form_scroll)
            return False
        assert saved.id is not None
        self._contact = saved
        self.form.load(saved)
        if was_new:
            self.timeline.set_contact(saved.id)
            self.offers.set_contact(saved)
            self._notify_sections(saved.id)
        self._refresh_header()
        self._sync_state()
        self._events.sig_status.emit(fill(self.tr("Saved %1."), saved.name))
        self.sig_contact_saved.emit(saved.id)
        return True

    def _on_stale(self, error: StaleEditError) -> bool:
        """Someone else saved the card meanwhile: reload theirs, keep mine, or cancel."""
        answer = stale.ask(error, self)
        if answer == stale.RELOAD:
            self.show_contact(error.stored.id)
            return False
        if answer == stale.KEEP_MINE:
            return self.save(keep_mine=True)
        self.form.set_error(stale.stale_text(error))
        return False

    def revert(self) -> None:
        """Back to the card as saved."""
        if self._contact is not None:
            self.form.load(self._contact)
            self._sync_state()

    # internals -------------------------------------------------------------------------

    def _notify_sections(self, contact_id: int | None) -> None:
        for show in self._sections:
            show(contact_id)

    def _refresh_header(self) -> None:
        contact = self._contact
        if contact is None:
            return
        if contact.id is None:
            self.header.show_new(self.form.contact().name)
            return
        event_name = ""
        if contact.met_at_event_id is not None:
            try:
                event_name = self._store.events.get(contact.met_at_event_id).name
            except NotFoundError:
                event_name = ""
        introducer = ""
        if contact.introduced_by_id is not None:
            found = self._store.contacts.summaries([contact.introduced_by_id])
            introducer = found[contact.introduced_by_id].name \
                if contact.introduced_by_id in found else ""
        self.header.show_contact(contact, now=self._clock(),
                                 defaults=cadences(self._settings),
                                 balance=self._store.exchanges.balance(contact.id),
                                 event_name=event_name,
                                 introducer_name=introducer,
                                 path_text=introduction_path_text(self._store, contact.id),
                                 advice_text=introduction_advice_text(self._store, contact.id))

    def _update_tab_titles(self) -> None:
        n = self.timeline.count()
        self.tabs.setTabText(self.tabs.indexOf(self.timeline),
                             fill(self.tr("Timeline (%1)"), str(n)) if n
                             else self.tr("Timeline"))

    def _sync_state(self) -> None:
        saved = self._contact is not None and self._contact.id is not None
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty or (self._contact is not None and not saved))
        self.revert_button.setEnabled(dirty)
        self.dirty_label.setVisible(dirty)
        self.log_button.setEnabled(self._contact is not None)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, saved)
        self._update_tab_titles()

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("NetJournal"), message)

    # slots -----------------------------------------------------------------------------

    def _on_form_changed(self) -> None:
        if self._contact is not None and self._contact.id is None:
            self.header.show_new(self.form.contact().name)
        self._sync_state()

    def _on_events_contacts_changed(self, contact_ids: list[int]) -> None:
        cid = self.contact_id()
        if cid is None or cid not in contact_ids:
            return
        try:
            fresh = self._store.contacts.get(cid)
        except NotFoundError:
            self.show_contact(None)
            return
        if not self.is_dirty():
            self._contact = fresh
            self.form.load(fresh)
        else:  # keep the user's edits (a change made in this window: not stale)
            self._contact = fresh
            self.form.rebase(fresh)
        self._refresh_header()
        self._sync_state()

    def _on_events_contacts_removed(self, contact_ids: list[int]) -> None:
        if self.contact_id() in contact_ids:
            self.show_contact(None)

    def _on_events_interactions_changed(self, contact_ids: list[int]) -> None:
        cid = self.contact_id()
        if cid is None or cid not in contact_ids:
            return
        try:
            fresh = self._store.contacts.get(cid)
        except NotFoundError:
            return
        # only the derived last-contact date changed: the form and its edits stay
        self._contact = fresh
        self.form.rebase(fresh)
        self._refresh_header()
        self._update_tab_titles()

    def _on_events_ledger_changed(self, contact_id: int) -> None:
        if contact_id == self.contact_id():
            self._refresh_header()

    def _on_events_journal_reset(self) -> None:
        if not self.is_dirty():
            self.show_contact(self.contact_id())
