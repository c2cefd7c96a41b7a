"""UI fixtures: journal events, a fixed clock, and a main window on a real store.

pytest-qt provides the QApplication (offscreen, set in tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from netjournal.settings import Settings

UI_NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(autouse=True, scope="session")
def _wheel_guard(qapp):  # type: ignore[no-untyped-def]
    """The app-wide wheel guard, installed as the bootstrap installs it."""
    from netjournal.ui.wheelguard import install

    return install(qapp)


@pytest.fixture
def ui_clock():  # type: ignore[no-untyped-def]
    """A fixed "now" (UTC) for panes that judge dormancy and due dates."""
    return lambda: UI_NOW


@pytest.fixture
def journal_events():  # type: ignore[no-untyped-def]
    from netjournal.ui.events import JournalEvents

    return JournalEvents()


@pytest.fixture
def make_main_window(qtbot, store, data_dir, journal_events, ui_clock):  # type: ignore[no-untyped-def]
    """Build (and show) main windows on the test's store; all are shut down afterwards."""
    from netjournal.ui.mainwindow import MainWindow

    made = []

    def make(*, show: bool = True) -> MainWindow:
        window = MainWindow(store, journal_events, Settings(), data_dir, clock=ui_clock)
        qtbot.addWidget(window)
        made.append(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    for window in made:
        if window.card.is_dirty():  # closing would ask Save/Discard in a modal box
            window.card.revert()
        window.shutdown()
        window.hide()  # drawn no more: its lists read nothing once the store is closed


@pytest.fixture
def main_window(make_main_window) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A shown main window on the test's (real, file-backed) store."""
    return make_main_window()
