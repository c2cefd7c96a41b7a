"""The dialog that picks the day to snooze a follow-up until: loaded with the first snooze
to a day of one's own, never at start (its calendar is a widget of its own)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from netjournal.ui.today import wording


class SnoozeDateDialog(QDialog):
    """Pick the day to snooze until (tomorrow at the earliest)."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.calendar = QCalendarWidget(self)
        tomorrow = wording.qdate(today + dt.timedelta(days=1))
        self.calendar.setMinimumDate(tomorrow)
        self.calendar.setSelectedDate(wording.qdate(today + dt.timedelta(days=7)))
        self.calendar.setGridVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> dt.date:
        q = self.calendar.selectedDate()
        return dt.date(q.year(), q.month(), q.day())
