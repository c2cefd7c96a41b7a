"""The card's date field: a birthday without a year shows day and month only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit

from netjournal.domain.birthdays import NO_YEAR
from netjournal.ui.contact.fields import OptionalDateEdit


def _shown(field: OptionalDateEdit) -> str:
    return field.findChild(QDateEdit).text()


def test_a_birthday_without_a_year_shows_no_placeholder_year(qtbot):
    field = OptionalDateEdit(today=dt.date(2026, 12, 5))
    qtbot.addWidget(field)
    field.set_date(dt.date(NO_YEAR, 2, 29))
    assert str(NO_YEAR) not in _shown(field)
    assert "29" in _shown(field)
    assert field.date() == dt.date(NO_YEAR, 2, 29)  # kept as it was, year-less
    field.set_date(dt.date(1990, 2, 28))  # the next card's birthday has its year again
    assert "1990" in _shown(field)
