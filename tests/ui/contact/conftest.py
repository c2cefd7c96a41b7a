"""Fixtures for the contact panes: a panel on a real store with a fixed clock."""

from __future__ import annotations

import datetime as dt

import pytest

NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)



@pytest.fixture
def clock():  # type: ignore[no-untyped-def]
    return lambda: NOW


@pytest.fixture
def events():  # type: ignore[no-untyped-def]
    from netjournal.ui.events import JournalEvents

    return JournalEvents()


@pytest.fixture
def panel(qtbot, store, events, clock):  # type: ignore[no-untyped-def]
    """A shown ContactPanel on the test's store, at the size a 1366x850 window gives it."""
    from netjournal.settings import Settings
    from netjournal.ui.contact import ContactPanel

    widget = ContactPanel(store, events, Settings(), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(960, 780)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
