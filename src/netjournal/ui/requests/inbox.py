"""The requests inbox: log incoming connection requests, see the verdicts, decide.

A view the main window shows. Its second tab lists introductions (asked for, received,
made) and records new ones. Writes go through :mod:`netjournal.ui.requests.operations`,
which emit the journal's change signals; the inbox reloads on ``sig_requests_changed``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.triage import Verdict
from netjournal.domain.values import ConnectionRequest, RequestDecision
from netjournal.settings import Settings, SettingsError
from netjournal.storage import StorageError
from netjournal.storage.relations import RequestView
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.flow import FlowLayout
from netjournal.ui.labels import label
from netjournal.ui.requests import operations as ops
from netjournal.ui.requests.details import RequestDetails
from netjournal.ui.requests.form import RequestForm
from netjournal.ui.requests.introtab import IntroductionsTab
from netjournal.ui.requests.models import ItemRole, RequestColumn, RequestListModel, local_date
from netjournal.ui.requests.redflags import RedFlagsDialog
from netjournal.ui.requests.wording import verdict_text, warning_colour
from netjournal.ui.style import fill

NARROW_INBOX = 900  # below this width the form gives the list its room
FORM_NARROW, FORM_WIDE = 240, 330


class RequestsInbox(QWidget):
    """Connection requests (log, triage, decide) and introductions, in two tabs.

    Args:
        store: the open journal.
        events: the window's change signals.
        settings: the user's settings (red-flag phrases).
        settings_path: where editing the red-flag phrases saves the settings; None keeps
            the edit for this session only.
    """

    sig_settings_changed = Signal(object)
    """The user edited the red-flag phrases: the new Settings (already saved)."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 settings_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RequestsInbox")
        self._store = store
        self._events = events
        self._settings = settings
        self._settings_path = settings_path
        self._red_flags_dialog: RedFlagsDialog | None = None

        self.model = RequestListModel(store, settings.red_flag_phrases, self)
        self.form = RequestForm(settings.red_flag_phrases, self)
        self.view_choice = QComboBox(self)
        for text, view in ((self.tr("Pending"), RequestView.PENDING),
                           (self.tr("Decided (history)"), RequestView.DECIDED),
                           (self.tr("All requests"), RequestView.ALL),
                           (self.tr("Sent by me"), RequestView.SENT)):
            self.view_choice.addItem(text, view)
        self.count = QLabel(self)
        self.count.setObjectName("RequestsCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.red_flags_button = QPushButton(self.tr("Red flags…"), self)
        self.red_flags_button.setToolTip(self.tr("Edit the phrases that count against a request"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Connection requests"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The short columns first, the message last: a narrow table keeps name, verdict,
        # mutual and date in view and scrolls sideways for the message.
        header.moveSection(header.visualIndex(RequestColumn.MESSAGE), header.count() - 1)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.details = RequestDetails(self)
        self.feedback = QLabel(self)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.introductions = IntroductionsTab(store, events, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_requests_page(), self.tr("Connection requests"))
        self.tabs.addTab(self.introductions, self.tr("Introductions"))
        self.title = QLabel(self.tr("Requests"), self)
        self.title.setObjectName("PageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(8)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(20, 0, 20, 0)
        title_row.addWidget(self.title)
        layout.addLayout(title_row)
        layout.addWidget(self.tabs)

        self._connect_signals()
        self.model.reload()
        self._update_count()
        self._fit_columns()

    def _build_requests_page(self) -> QWidget:
        page = QWidget(self)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(230)
        right = QWidget(page)
        bar = FlowLayout()  # wraps in a narrow window: the count is never under a button
        show = QLabel(self.tr("Show"), right)
        show.setBuddy(self.view_choice)
        bar.add_widget(show)
        bar.add_widget(self.view_choice)
        bar.add_widget(self.count)
        bar.add_widget(self.red_flags_button, right=True)
        right_split = QSplitter(Qt.Orientation.Vertical, right)
        right_split.addWidget(self.table)
        right_split.addWidget(self.details)
        right_split.setStretchFactor(0, 3)
        right_split.setStretchFactor(1, 2)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(right_split, 1)
        right_layout.addWidget(self.feedback)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 700])
        split.setChildrenCollapsible(False)
        self._split = split
        self._narrow: bool | None = None
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_split(event.size().width())

    def _fit_split(self, width: int) -> None:
        """A narrow inbox gives the list the room (the form scrolls): the names and
        verdicts stay in view. Only when crossing the width, so a drag of the handle stays."""
        narrow = width < NARROW_INBOX
        if narrow == self._narrow:
            return
        self._narrow = narrow
        total = sum(self._split.sizes()) or width
        form = FORM_NARROW if narrow else FORM_WIDE
        self._split.setSizes([form, max(0, total - form)])

    def _connect_signals(self) -> None:
        self.form.sig_submitted.connect(self._on_form_submitted)
        self.view_choice.currentIndexChanged.connect(self._on_view_choice_changed)
        self.red_flags_button.clicked.connect(self.edit_red_flags)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.details.sig_decided.connect(self._on_details_decided)
        self.details.sig_open_contact_clicked.connect(self._events.sig_open_contact)
        self.details.sig_remove_clicked.connect(self._on_details_remove_clicked)
        self._events.sig_requests_changed.connect(self._on_events_requests_changed)
        self._events.sig_journal_reset.connect(self._on_events_requests_changed)

    # public ----------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def set_settings(self, settings: Settings) -> None:
        """Use new settings (e.g. edited elsewhere): the verdicts are worked out again."""
        self._settings = settings
        self.model.set_red_flags(settings.red_flag_phrases)
        self.form.set_red_flags(settings.red_flag_phrases)
        self._show_selected()

    def set_view(self, view: RequestView) -> None:
        self.view_choice.setCurrentIndex(self.view_choice.findData(view))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_request(self, request_id: int) -> bool:
        """Select a request in the list (switching to "all" if it is not shown)."""
        row = self.model.row_of(request_id)
        if row is None and self.model.view != RequestView.ALL:
            self.set_view(RequestView.ALL)
            row = self.model.row_of(request_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def decide(self, decision: RequestDecision) -> None:
        """Accept, decline, ignore or put back the selected request."""
        self._on_details_decided(decision)

    def edit_red_flags(self) -> RedFlagsDialog:
        """Open the phrase editor (window-modal); saving applies and stores the list."""
        dialog = RedFlagsDialog(self._settings.red_flag_phrases, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_red_flags(dialog.phrases()))
        self._red_flags_dialog = dialog
        dialog.open()
        return dialog

    def apply_red_flags(self, phrases: tuple[str, ...]) -> bool:
        """Save the user's phrases to the settings file and assess everything again."""
        try:
            updated = ops.save_red_flags(self._settings, phrases, self._settings_path)
        except SettingsError as e:
            self._say(str(e), error=True)
            return False
        self.set_settings(updated)
        self.sig_settings_changed.emit(updated)
        self._say(fill(self.tr("Red flags saved: %1 phrases."), len(updated.red_flag_phrases)))
        return True

    # slots -----------------------------------------------------------------------------

    def _on_form_submitted(self, request: ConnectionRequest) -> None:
        try:
            saved = ops.log_request(self._store, self._events, request)
        except StorageError as e:
            self._say(str(e), error=True)
            return
        self.form.clear()
        assert saved.id is not None
        self.select_request(saved.id)
        self._say(fill(self.tr("Logged the request from %1."), saved.name))

    def _on_view_choice_changed(self, _index: int) -> None:
        self.model.set_view(RequestView(self.view_choice.currentData()))

    def _on_model_reset(self) -> None:
        # Pending requests all say "Pending": the column only helps in the history.
        self.table.setColumnHidden(RequestColumn.DECISION,
                                   self.model.view == RequestView.PENDING)
        # My own requests have no verdict: there is nothing for me to triage.
        self.table.setColumnHidden(RequestColumn.VERDICT, self.model.view == RequestView.SENT)
        self._update_count()
        self._show_selected()

    def _on_table_selection_changed(self, _selected: QItemSelection,
                                    _deselected: QItemSelection) -> None:
        self._show_selected()

    def _on_events_requests_changed(self) -> None:
        keep = self.selected_id()
        self.model.reload()
        if keep is not None:
            row = self.model.row_of(keep)
            if row is not None:
                self.table.selectRow(row)
        self._update_count()

    def _on_details_decided(self, decision: RequestDecision) -> None:
        request_id = self.selected_id()
        if request_id is None:
            return
        try:
            if decision == RequestDecision.ACCEPTED:
                self._accept(request_id)
            else:
                saved = ops.decide_request(self._store, self._events, request_id, decision)
                self._say(fill(self.tr("%1: %2."), saved.name, self._decision_word(decision)))
        except StorageError as e:
            self._say(str(e), error=True)
        self._show_selected_or_next(request_id)

    def _on_details_remove_clicked(self) -> None:
        request_id = self.selected_id()
        if request_id is None:
            return
        try:
            ops.delete_request(self._store, self._events, request_id)
        except StorageError as e:
            self._say(str(e), error=True)
            return
        self._say(self.tr("Request removed."))

    # helpers ---------------------------------------------------------------------------

    def _accept(self, request_id: int) -> None:
        request = self._store.requests.get(request_id)
        how_met = None
        if not request.message.strip():
            how_met = fill(self.tr("Accepted their connection request on %1"),
                           request.network or self.tr("a network"))
        result = ops.accept_request(self._store, self._events, request_id, how_met=how_met)
        if result.created:
            text = fill(self.tr("Added %1 to your contacts."), result.contact.name)
        else:
            text = fill(self.tr("Linked the request to your contact %1."), result.contact.name)
        self._say(text)

    def _decision_word(self, decision: RequestDecision) -> str:
        return {RequestDecision.DECLINED: self.tr("declined"),
                RequestDecision.IGNORED: self.tr("ignored"),
                RequestDecision.PENDING: self.tr("back to pending"),
                RequestDecision.ACCEPTED: self.tr("accepted")}[decision]

    def _show_selected_or_next(self, request_id: int) -> None:
        """After a decision in the pending view the row goes; select the next one."""
        if self.model.row_of(request_id) is None and self.model.rowCount():
            self.table.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.show_request(None, None)
            return
        index: QModelIndex = rows[0]
        request = index.data(ItemRole.VALUE)
        assessment = index.data(ItemRole.ASSESSMENT)
        self.details.show_request(request, assessment)

    def _update_count(self) -> None:
        pending = self._store.requests.count(RequestView.PENDING)
        self.count.setText(fill(self.tr("%1 waiting for a decision"), pending)
                           if pending else self.tr("Nothing waiting"))

    def _fit_columns(self) -> None:
        """Size the short columns to their widest word, measured in the language shown.

        Counting characters would clip a translation (Indonesian runs about 30% longer),
        so each column is as wide as its header or its widest possible cell, whichever is
        wider; names get room for about 18 characters (longer ones are elided).
        """
        cells = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        heads = header.fontMetrics()
        style = self.table.style()
        head_pad = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 12
        cell_pad = 16
        samples = {
            RequestColumn.NAME: ["x" * 18],
            RequestColumn.VERDICT: [verdict_text(v) for v in Verdict],
            RequestColumn.MUTUAL: ["9999"],
            RequestColumn.RECEIVED: [local_date(dt.date(2026, 12, 28))],
            RequestColumn.DECISION: [label(d) for d in RequestDecision],
        }
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(heads.horizontalAdvance(title) + head_pad,
                        *(cells.horizontalAdvance(t) + cell_pad for t in texts))
            self.table.setColumnWidth(column, width)

    def _say(self, text: str, *, error: bool = False) -> None:
        """A line under the list (and in the status bar)."""
        self.feedback.setText(text)
        colour = warning_colour(self.palette()).name() if error else ""
        self.feedback.setStyleSheet(f"color: {colour};" if colour else "")
        if not error:
            self._events.sig_status.emit(text)


__all__ = ["RequestsInbox"]
