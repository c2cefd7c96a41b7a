"""Start-up builds the view shown first; every other view is built on its first visit."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from netjournal.storage import journal

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

LATER = ("contacts", "activity", "requests")


@pytest.fixture
def two(store):  # type: ignore[no-untyped-def]
    return [store.contacts.create(name).id for name in ("Andi Wijaya", "Budi Santoso")]


def test_only_today_is_built_at_start(two, make_main_window):
    window = make_main_window()
    assert window.current_view() == "today"
    assert window.is_built("today")
    assert [key for key in LATER if window.is_built(key)] == []
    assert not window.actions.log_interaction.isEnabled()  # no card yet: nothing to log
    assert not window.count_label.isVisible()  # the list counts its contacts


def test_each_view_is_built_on_its_first_visit(two, qtbot, make_main_window):
    window = make_main_window()
    window.actions.views.actions()[2].trigger()  # View > All activity (Ctrl+3)
    assert window.current_view() == "activity" and window.is_built("activity")
    assert not window.is_built("contacts") and not window.is_built("requests")
    page = window.view("activity")
    window.actions.views.actions()[1].trigger()  # View > Contacts (Ctrl+2)
    assert window.current_view() == "contacts" and window.is_built("contacts")
    assert window.view("activity") is page  # built once
    qtbot.waitUntil(lambda: window.contact_list.model.rowCount() == 2)
    assert window.contacts_page.currentWidget() is window.splitter
    assert window.count_label.isVisible() and window.count_label.text() == "2 contacts"
    assert not window.is_built("requests")


def test_actions_that_need_the_card_build_it(two, make_main_window):
    window = make_main_window()
    window.actions.new_contact.trigger()  # Ctrl+N from Today
    assert window.current_view() == "contacts"
    assert window.card.contact_id() is None and window.card.page.isVisible()


def test_opening_a_contact_from_today_builds_the_card(two, qtbot, store, make_main_window):
    journal.add_follow_up(store, two[1], dt.date.today(), "Send the deck")
    window = make_main_window()
    assert not window.is_built("contacts")
    window._events.sig_open_contact.emit(two[1])
    assert window.current_view() == "contacts"
    assert window.card.contact_id() == two[1]
    assert window.actions.log_interaction.isEnabled()


def test_start_up_imports_no_other_view_and_no_file_format(two, data_dir):
    """In a fresh process: what only some views and actions need is not imported."""
    script = f"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.mainwindow import MainWindow

app = QApplication([])
data_dir = DataDir(Path({str(data_dir.root)!r}))
store = Store.open(data_dir)
window = MainWindow(store, JournalEvents(), Settings(), data_dir)
window.show()
app.processEvents()
print(json.dumps(sorted(sys.modules)))
window.shutdown()
store.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, check=True, timeout=120)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "netjournal.ui.today.view" in loaded  # the home view
    needless = {"netjournal.ui.contact.panel", "netjournal.ui.contact.card_form",
                "netjournal.ui.contact.activity", "netjournal.ui.contactlist.pane",
                "netjournal.ui.welcome", "netjournal.ui.requests.inbox",
                "netjournal.ui.health.view", "netjournal.ui.health.chart",
                "netjournal.storage.health",
                "netjournal.ui.today.card", "netjournal.ui.importdialog",
                "netjournal.ui.printing", "netjournal.ui.quickentry.window",
                "netjournal.report", "netjournal.interop", "vobject", "icalendar",
                "PySide6.QtPrintSupport"}
    assert sorted(needless & loaded) == []
