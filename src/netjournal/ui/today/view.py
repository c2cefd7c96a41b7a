"""The Today view, the app's home: what needs doing, in calm sections.

Overdue, due today, thank-yous still owed, later this week, and a handful of ties to
reconnect with: the list ``netjournal due`` prints, read a page at a time
(:func:`netjournal.storage.journal.today_page`). Every item acts in one step; after any
change in the journal the list is read again (once, however many signals arrive together).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netjournal import dates
from netjournal.domain.followups import DueItem, Section, local_date
from netjournal.settings import Settings
from netjournal.storage import journal
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.style import muted_text
from netjournal.ui.today import wording
from netjournal.ui.today.listview import DueListView, perform
from netjournal.ui.today.model import DueListModel

CONTENT_WIDTH = 920  # rows wider than this are hard to read: the list stays centred
DAY_CHECK_MS = 60_000  # a window left open overnight moves on to the new day


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class TodayView(QWidget):
    """What needs doing today, every item one click from done, snoozed or let go.

    Args:
        store: the open journal.
        events: the window's change signals (listened to, and emitted after actions).
        settings: the user's settings (first follow-up wait, keep-in-touch cadences).
        parent: the parent widget.
        clock: the current moment (UTC); injected by tests.
        tz: the user's time zone (None: the system's).
    """

    sig_list_reloaded = Signal()
    """The list was read again from the journal."""

    sig_quick_entry_requested = Signal()
    """The user wants to capture people just met (the quick entry button)."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None,
                 tz: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TodayView")
        self._store = store
        self._events = events
        self._settings = settings
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._tz = tz
        self._shown_day: dt.date | None = None

        self.model = DueListModel(self)
        self.list = DueListView(self)
        self.list.setModel(self.model)
        self.list.setObjectName("TodayList")
        self.list.setAccessibleName(self.tr("What needs doing today"))
        self.title = _plain(QLabel(self.tr("Today"), self))
        self.title.setObjectName("TodayTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.date_label = _plain(QLabel(self))
        self.summary = _plain(QLabel(self))
        self.summary.setObjectName("TodaySummary")
        self.summary.setWordWrap(True)  # a narrow window wraps it between words, never cuts
        self.quick_entry_button = QPushButton(self.tr("Quick entry…"), self)
        self.quick_entry_button.setToolTip(
            self.tr("Just back from an event? Capture everyone you met, one line each"))
        self.empty = _plain(QLabel(self))
        self.empty.setObjectName("TodayEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)
        self._build_layout()
        self._apply_colours()

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._connect_signals()
        self._day_timer.start()
        self.reload()

    def _build_layout(self) -> None:
        content = QWidget(self)
        content.setMaximumWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 22, 12, 8)
        column.setSpacing(4)
        heading = QHBoxLayout()
        heading.setSpacing(14)
        heading.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addStretch(1)
        heading.addWidget(self.quick_entry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(heading)
        column.addWidget(self.summary)
        column.addSpacing(10)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 0, 16, 0)
        outer.addStretch(0)
        outer.addWidget(content, 10)
        outer.addStretch(0)

    def _apply_colours(self) -> None:
        """A page on the base colour (like a sheet of paper), secondary text muted."""
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        palette = self.summary.palette()
        palette.setColor(self.summary.foregroundRole(), muted_text(palette))
        for label in (self.summary, self.date_label, self.empty):
            label.setPalette(palette)

    def _connect_signals(self) -> None:
        self._reload_timer.timeout.connect(self.reload)
        self._day_timer.timeout.connect(self._on_day_timer_timeout)
        events = self._events
        events.sig_followups_changed.connect(self.schedule_reload)
        events.sig_interactions_changed.connect(self.schedule_reload)
        events.sig_contacts_changed.connect(self.schedule_reload)
        events.sig_contacts_removed.connect(self.schedule_reload)
        events.sig_journal_reset.connect(self.schedule_reload)
        self.list.sig_action_requested.connect(self._on_list_action_requested)
        self.quick_entry_button.clicked.connect(self.sig_quick_entry_requested)

    # reading ---------------------------------------------------------------------------

    def now(self) -> dt.datetime:
        return self._clock()

    def today(self) -> dt.date:
        return local_date(self._clock(), self._tz)

    def set_settings(self, settings: Settings) -> None:
        """Use new settings (cadences) and read the list again."""
        self._settings = settings
        self.reload()

    def schedule_reload(self) -> None:
        """Read the list again once control returns to the event loop."""
        self._reload_timer.start()

    def reload(self) -> None:
        """Read today's list from the journal now, keeping the current item if it stays."""
        self._reload_timer.stop()
        today = self.today()
        current = self.list.current_item()
        current_row = self.list.currentIndex().row()
        # each section's first page (as many as it showed), the rest on "show more"
        limits = {s: max(self.model.PAGE, self.model.shown_in(s)) for s in Section}
        page = journal.today_page(self._store, today, limits=limits,
                                  settings=self._settings, tz=self._tz)
        self.model.set_list(page.first, totals=page.totals, fetch=self._read_section)
        self._shown_day = today
        self.date_label.setText(dates.long_date(today))
        self.summary.setText(wording.counts_line({s: page.totals.get(s, 0) for s in Section}))
        empty = len(page) == 0
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)
        self.empty.setText(self.tr("Nothing is due this week. When a tie goes quiet, "
                                   "a suggestion to reconnect will show up here."))
        self._restore_current(current, current_row)
        self.sig_list_reloaded.emit()

    def _read_section(self, section: Section, offset: int, limit: int) -> tuple[DueItem, ...]:
        """More of a section of the list shown (its "show more" row)."""
        return journal.today_section(self._store, self.model.today, section, offset, limit)

    def _restore_current(self, item: DueItem | None, row: int) -> None:
        found = self.model.row_of(item.key) if item is not None else None
        if found is None and row < 0:  # first read: the first item, its buttons shown
            row = 0
        if found is None and row >= 0:  # the item went: stay where it was
            found = next((r for r in range(min(row, self.model.rowCount() - 1), -1, -1)
                          if self.model.item_at(r) is not None), None)
            if found is None:
                found = next((r for r in range(self.model.rowCount())
                              if self.model.item_at(r) is not None), None)
        if found is not None:
            self.list.setCurrentIndex(self.model.index(found, 0))

    # slots -----------------------------------------------------------------------------

    def _on_day_timer_timeout(self) -> None:
        if self.today() != self._shown_day:
            self.reload()

    def _on_list_action_requested(self, item: DueItem, action: str, until: object) -> None:
        if perform(self._store, self._events, self, item, action, until, now=self.now(),
                   tz=self._tz):
            self.schedule_reload()
