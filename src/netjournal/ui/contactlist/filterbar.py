"""The search box and filters above the contact list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.ties import Cadences
from netjournal.domain.values import TieStrength
from netjournal.storage.search import ContactFilter, Order
from netjournal.ui.flow import FlowLayout
from netjournal.ui.labels import label
from netjournal.ui.style import SHEETS, fill


class TagCombo(QComboBox):
    """"All tags" and every tag in use; asks for fresh tags each time it opens."""

    sig_popup_requested = Signal()
    """The list is about to open: a good moment to reload the tags if they changed."""

    def showPopup(self) -> None:
        self.sig_popup_requested.emit()
        super().showPopup()

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        """Replace the tags (name, number of contacts), keeping the chosen one if it remains."""
        current = self.currentData()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.tr("All tags"), None)
            for name, count in tags:
                self.addItem(fill(self.tr("#%1 (%2)"), name, count), name)
            found = self.findData(current) if current is not None else 0
            self.setCurrentIndex(max(0, found))
        finally:
            self.blockSignals(False)
        if current is not None and self.currentData() != current:
            self.currentIndexChanged.emit(self.currentIndex())


class FilterBar(QWidget):
    """Search as you type, plus tag, tie strength, follow-up due, dormant and order."""

    sig_filter_changed = Signal()
    """The user changed the search text or a filter; read :meth:`contact_filter`."""

    sig_tags_wanted = Signal()
    """The tag list is opening; the owner may call :meth:`set_tags` with fresh tags."""

    sig_leave_down = Signal()
    """Down arrow in the search box: move into the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FilterBar")
        self.search = QLineEdit(self)
        self.search.setObjectName("SearchField")
        self.search.setStyleSheet(SHEETS["search"])
        self.search.setPlaceholderText(self.tr("Search people, companies, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.installEventFilter(self)

        self.tag = TagCombo(self)
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.addItem(self.tr("All tags"), None)
        self.tie = QComboBox(self)
        self.tie.setAccessibleName(self.tr("Tie strength"))
        self.tie.addItem(self.tr("Any tie"), None)
        for tie in TieStrength:  # codes as plain str: Qt keeps no Python enum type
            self.tie.addItem(label(tie), tie.value)
        self.order = QComboBox(self)
        self.order.setAccessibleName(self.tr("Sort order"))
        self.order.addItem(self.tr("By name"), Order.NAME.value)
        self.order.addItem(self.tr("By last contact"), Order.LAST_CONTACT.value)
        # Tie and order are as wide as their longest word in the language shown, never
        # squeezed (a translation may run 30% longer); the tag list takes what is left.
        for combo in (self.tag, self.tie, self.order):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.tag.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag.setMinimumContentsLength(8)
        self.due = QCheckBox(self.tr("Follow-up due"), self)
        self.due.setToolTip(self.tr("Only people with a follow-up due today or earlier"))
        self.dormant = QCheckBox(self.tr("Dormant"), self)
        self.dormant.setToolTip(self.tr("Only people you have not been in touch with for "
                                        "longer than their keep-in-touch cadence"))

        combos = QHBoxLayout()
        combos.setSpacing(6)
        combos.addWidget(self.tag, 1)
        combos.addWidget(self.tie)
        combos.addWidget(self.order)
        self._combos = combos
        # the rows below, for what does not fit beside the tags in a narrow pane
        self._rows_below = (QHBoxLayout(), QHBoxLayout())
        for row in self._rows_below:
            row.setSpacing(combos.spacing())
            row.addStretch(1)
        checks = FlowLayout(spacing=14)  # one under the other in a narrow pane
        checks.add_widget(self.due)
        checks.add_widget(self.dormant)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(7)
        layout.addWidget(self.search)
        layout.addLayout(combos)
        for row in self._rows_below:
            layout.addLayout(row)
        layout.addLayout(checks)
        self._connect_signals()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_combos()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest combo (the others then go on rows of their own)."""
        hint = super().minimumSizeHint()
        widest = max(self._combo_widths())
        return QSize(min(hint.width(), widest + self._margins_across()), hint.height())

    def _combo_widths(self) -> tuple[int, int, int]:
        """Tag (as narrow as it may be), tie and order (never squeezed)."""
        return (self.tag.minimumSizeHint().width(), self.tie.sizeHint().width(),
                self.order.sizeHint().width())

    def _margins_across(self) -> int:
        margins = self.contentsMargins() + self._combos.contentsMargins()
        outer = self.layout()
        if outer is not None:
            margins += outer.contentsMargins()
        return margins.left() + margins.right()

    def order_on_own_row(self) -> bool:
        return self._combos.indexOf(self.order) < 0

    def combo_rows(self) -> list[list[QWidget]]:
        """The combos as they are laid out, row by row (rows left empty are left out)."""
        rows = [self._combos, *self._rows_below]
        found = [[w for w in (self.tag, self.tie, self.order) if row.indexOf(w) >= 0]
                 for row in rows]
        return [row for row in found if row]

    def _fit_combos(self) -> None:
        """Tag, tie and order side by side when they fit; else the ones that do not fit
        go below, beside each other when they can: no combo is ever squeezed."""
        room = self.width() - self._margins_across()
        spacing = self._combos.spacing()
        tag, tie, order = self._combo_widths()
        rows: list[list[QWidget]] = [[self.tag]]
        used = tag
        for combo, width in ((self.tie, tie), (self.order, order)):
            if used + spacing + width <= room:
                rows[-1].append(combo)
                used += spacing + width
            else:
                rows.append([combo])
                used = width
        if rows == self.combo_rows():
            return
        for combo in (self.tie, self.order):
            for row in (self._combos, *self._rows_below):
                row.removeWidget(combo)
        for combo in rows[0][1:]:  # the tags stay first on the first row
            self._combos.addWidget(combo)
        for row, widgets in zip(self._rows_below, rows[1:], strict=False):
            for n, combo in enumerate(widgets):
                row.insertWidget(n, combo)  # before the row's stretch: left-aligned

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.sig_filter_changed)
        for combo in (self.tag, self.tie, self.order):
            combo.currentIndexChanged.connect(self.sig_filter_changed)
        self.due.toggled.connect(self.sig_filter_changed)
        self.dormant.toggled.connect(self.sig_filter_changed)
        self.tag.sig_popup_requested.connect(self.sig_tags_wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key == Qt.Key.Key_Down:
                self.sig_leave_down.emit()
                return True
        return super().eventFilter(watched, event)

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        self.tag.set_tags(tags)

    def clear(self) -> None:
        """Back to everyone: no text, no filters (the order stays)."""
        widgets = (self.search, self.tag, self.tie, self.due, self.dormant)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.search.clear()
            self.tag.setCurrentIndex(0)
            self.tie.setCurrentIndex(0)
            self.due.setChecked(False)
            self.dormant.setChecked(False)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.sig_filter_changed.emit()

    def is_filtered(self) -> bool:
        return bool(self.search.text().strip() or self.tag.currentData() is not None
                    or self.tie.currentData() is not None or self.due.isChecked()
                    or self.dormant.isChecked())

    def contact_filter(self, cadences: Cadences, now: dt.datetime | None = None) -> ContactFilter:
        """What the controls select, as the store's filter."""
        now = now or dt.datetime.now(dt.UTC)
        tie = TieStrength(self.tie.currentData()) if self.tie.currentData() else None
        dormant = self.dormant.isChecked() or tie == TieStrength.DORMANT
        return ContactFilter(
            text=self.search.text(),
            tag=self.tag.currentData(),
            tie=tie,
            due_by=now.astimezone().date() if self.due.isChecked() else None,
            dormant_at=now if dormant else None,
            order=Order(self.order.currentData() or Order.NAME.value),
            cadences=cadences,
        )
