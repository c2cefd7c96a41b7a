"""The Network health page (Ctrl+5): am I networking the way the advice says?

Four charts over the last twelve months, week by week (the numbers ``netjournal health``
prints, from :func:`netjournal.storage.health.last_weeks`): touches by kind, favours
given against received, follow-up discipline, ties reconnected against gone dormant.
Hovering a week shows its numbers; a click lists its interactions under the charts
(double-click one to open the first person's card). The charts export as a PNG at twice
the screen's pixels. The page reads the journal again after a change, when it is shown,
on the GUI thread: every count is a few index range counts (about a tenth of a second on
a 100,000-contact journal, see benchmarks/bench_health.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netjournal import dates
from netjournal.domain import health as rules
from netjournal.domain.followups import local_date
from netjournal.domain.health import WeekHealth
from netjournal.settings import Settings
from netjournal.storage import StorageError, health
from netjournal.storage.journal import cadences_of
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.health.chart import Series, WeekChart
from netjournal.ui.health.model import CONTACTS_ROLE, WeekInteractionsModel
from netjournal.ui.style import muted_text
from netjournal.wording import fill

GOOD = "#2e8b72"  # what the advice asks for
WARM = "#e0a030"
COOL = "#5b7fbf"
GREY = "#9a9a9a"
TAKE = "#9b72c4"
LOST = "#c0605a"
EXPORT_RATIO = 2.0  # the exported PNG has twice the logical pixels
NARROW = 700  # narrower than this (logical pixels), the charts stand one above the other


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class HealthView(QWidget):
    """Network health at a glance: four weekly charts and the interactions of a week.

    Args:
        store: the open journal.
        events: the window's change signals (the page reads the journal again on them).
        settings: the user's settings (the keep-in-touch cadences).
        parent: the parent widget.
        clock: the current moment (UTC); injected by tests.
        tz: the user's time zone (None: the system's).
    """

    sig_contact_activated = Signal(int)
    """The user asked to open a participant's card (the contact's id)."""

    sig_reloaded = Signal()
    """The weeks were read again from the journal and are shown."""

    def __init__(self, store: Store, events: JournalEvents, settings: Settings,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None,
                 tz: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HealthView")
        self._store = store
        self._settings = settings
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._tz = tz
        self._weeks: tuple[rules.Week, ...] = ()
        self._rows: tuple[WeekHealth, ...] = ()
        self._stale = False

        self.title = _plain(QLabel(self.tr("Network health"), self))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.subtitle = _plain(QLabel(self.tr("The last 12 months, week by week"), self))
        self.export_button = QPushButton(self.tr("Export as PNG…"), self)
        self.summary = _plain(QLabel(self))
        self.summary.setWordWrap(True)
        self.charts = QWidget(self)
        self.charts.setObjectName("HealthCharts")
        self.touches_chart = WeekChart(self.tr("Touches by kind"), [
            Series("face_to_face", self.tr("Face to face"), GOOD),
            Series("voice_video", self.tr("Voice and video"), WARM),
            Series("written", self.tr("Written"), COOL)], self.charts)
        self.favours_chart = WeekChart(self.tr("Favours: give and take"), [
            Series("given", self.tr("Given"), GOOD),
            Series("received", self.tr("Received"), TAKE, down=True)], self.charts)
        self.follow_ups_chart = WeekChart(self.tr("Follow-ups"), [
            Series("follow_ups_done", self.tr("Done"), GOOD),
            Series("follow_ups_late", self.tr("Late"), WARM, down=True),
            Series("follow_ups_let_go", self.tr("Let go"), GREY, down=True)], self.charts)
        self.ties_chart = WeekChart(self.tr("Ties"), [
            Series("reconnected", self.tr("Reconnected"), GOOD),
            Series("gone_dormant", self.tr("Gone dormant"), LOST, down=True)], self.charts)
        self.week_label = _plain(QLabel(self))
        self.week_label.setWordWrap(True)
        self.week_model = WeekInteractionsModel(store, self)
        self.week_list = QListView(self)
        self.week_list.setModel(self.week_model)
        self.week_list.setUniformItemSizes(True)
        self.week_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._build_layout()
        self._apply_colours()

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._connect_signals(events)
        self.reload()

    @property
    def chart_widgets(self) -> tuple[WeekChart, ...]:
        return (self.touches_chart, self.favours_chart, self.follow_ups_chart,
                self.ties_chart)

    def _build_layout(self) -> None:
        self._grid = QGridLayout(self.charts)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        self._columns = 0
        self.arrange_charts(2)
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setObjectName("HealthChartScroll")
        self.chart_scroll.setWidget(self.charts)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lower = QWidget(self)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.week_label)
        column.addWidget(self.week_list, 1)
        lower.setMinimumHeight(140)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.chart_scroll)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        heading = QHBoxLayout()
        heading.setSpacing(14)
        heading.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addWidget(self.subtitle, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addStretch(1)
        heading.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 12)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(splitter, 1)

    def arrange_charts(self, columns: int) -> None:
        """Lay the four charts out in ``columns`` columns (1: one above the other)."""
        if columns == self._columns:
            return
        self._columns = columns
        for chart in self.chart_widgets:
            self._grid.removeWidget(chart)
        for k, chart in enumerate(self.chart_widgets):
            self._grid.addWidget(chart, k // columns, k % columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def chart_columns(self) -> int:
        return self._columns

    def _apply_colours(self) -> None:
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        for widget in (self.charts, self.chart_scroll.viewport()):
            widget.setAutoFillBackground(True)
            widget.setBackgroundRole(QPalette.ColorRole.Base)
        palette = self.summary.palette()
        palette.setColor(self.summary.foregroundRole(), muted_text(palette))
        for label in (self.subtitle, self.summary, self.week_label):
            label.setPalette(palette)

    def _connect_signals(self, events: JournalEvents) -> None:
        self._reload_timer.timeout.connect(self.reload)
        for chart in self.chart_widgets:
            chart.sig_week_clicked.connect(self.select_week)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.week_list.activated.connect(self._on_week_list_activated)
        events.sig_interactions_changed.connect(self.schedule_reload)
        events.sig_contacts_changed.connect(self.schedule_reload)
        events.sig_contacts_removed.connect(self.schedule_reload)
        events.sig_ledger_changed.connect(self.schedule_reload)
        events.sig_followups_changed.connect(self.schedule_reload)
        events.sig_journal_reset.connect(self.schedule_reload)

    # data --------------------------------------------------------------------------------

    def rows(self) -> tuple[WeekHealth, ...]:
        return self._rows

    def set_settings(self, settings: Settings) -> None:
        """Use new preferences (the keep-in-touch cadences judge the ties)."""
        self._settings = settings
        self.schedule_reload()

    def schedule_reload(self, *_args: object) -> None:
        """Read the journal again soon (once for many signals), or when next shown."""
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def reload(self) -> None:
        """Read the weeks again and show them."""
        self._stale = False
        now = self._clock()
        today = local_date(now, self._tz)
        cadences = cadences_of(self._settings)
        try:
            self._weeks = rules.weeks_until(today, self._tz)
            self._rows = health.weekly_health(self._store, self._weeks, today=today,
                                              tz=self._tz, now=now, cadences=cadences)
        except StorageError as e:
            self._rows = ()
            self.summary.setText(fill(self.tr("The journal could not be read: %1"), e))
        else:
            self.summary.setText(self._summary_text())
        for chart in self.chart_widgets:  # every chart holds the same rows (its tooltips)
            chart.set_weeks(self._rows)
        selected = self.touches_chart.selected()
        self.select_week(selected if selected is not None else None)
        self.sig_reloaded.emit()

    def _summary_text(self) -> str:
        t = rules.totals(self._rows)
        parts = [
            fill(self.tr("%1 touches, %2% face to face"), t.touches, t.face_to_face_percent),
            fill(self.tr("favours: %1 given, %2 received"), t.given, t.received),
            fill(self.tr("follow-ups: %1 done, %2 late, %3 let go"), t.follow_ups_done,
                 t.follow_ups_late, t.follow_ups_let_go),
            fill(self.tr("ties: %1 reconnected, %2 gone dormant"), t.reconnected,
                 t.gone_dormant)]
        return " · ".join(parts)

    def select_week(self, index: int | None) -> None:
        """Select a week in every chart and list its interactions (None: no week)."""
        if index is not None and not 0 <= index < len(self._weeks):
            index = None
        for chart in self.chart_widgets:
            chart.set_selected(index)
        try:
            self.week_model.set_week(self._weeks[index] if index is not None else None)
        except StorageError as e:
            self.week_label.setText(fill(self.tr("The journal could not be read: %1"), e))
            return
        if index is None:
            self.week_label.setText(self.tr("Click a week to list its interactions."))
            return
        start = dates.long_date(self._weeks[index].start)
        total = self.week_model.total()
        self.week_label.setText(fill(self.tr("Week of %1: 1 interaction"), start) if total == 1
                                else fill(self.tr("Week of %1: %2 interactions"), start, total))

    # export ------------------------------------------------------------------------------

    def chart_image(self, ratio: float = EXPORT_RATIO) -> QImage:
        """The four charts as an image of ``ratio`` device pixels per logical pixel."""
        size = self.charts.size()
        image = QImage(round(size.width() * ratio), round(size.height() * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        self.charts.render(image)
        return image

    def export_png(self, path: Path) -> bool:
        """Write the charts to ``path`` as a PNG; False if it could not be written."""
        return self.chart_image().save(str(path), "PNG")

    def _on_export_button_clicked(self) -> None:
        name = fill(self.tr("network-health-%1.png"), local_date(self._clock(), self._tz))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the charts"), str(Path.home() / name),
            self.tr("PNG images (*.png)"))
        if not path:
            return
        if not self.export_png(Path(path)):
            QMessageBox.warning(self, self.tr("Export the charts"),
                                fill(self.tr("The charts could not be written to %1."), path))

    # slots -------------------------------------------------------------------------------

    def _on_week_list_activated(self, index: QModelIndex) -> None:
        contacts = index.data(CONTACTS_ROLE) or []
        if contacts:
            self.sig_contact_activated.emit(int(contacts[0]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange_charts(1 if event.size().width() < NARROW else 2)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload_timer.start()
