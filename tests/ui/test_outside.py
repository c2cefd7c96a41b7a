"""The window notices what ``netjournal add`` wrote from a terminal while it was open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from netjournal.ui.outside import OutsideChanges
from tests.conftest import run_netjournal

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def names_in_list(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.contact_list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def add_from_terminal(data_dir, line: str) -> None:  # type: ignore[no-untyped-def]
    result = run_netjournal("add", line, "--data-dir", str(data_dir.root))
    assert result.returncode == 0, result.stderr


def test_a_contact_added_from_the_command_line_appears_in_the_open_window(
        qtbot, store, data_dir, main_window):  # type: ignore[no-untyped-def]
    store.contacts.create("Andi Wijaya")
    main_window.contact_list.refresh()
    assert not main_window.outside_changes.check()  # the window's own writes do not count

    add_from_terminal(data_dir, "Budi Santoso (Tokopedia, PM) @JakartaJS #fintech")
    assert main_window.outside_changes.check()
    qtbot.waitUntil(lambda: "Budi Santoso" in names_in_list(main_window))
    assert main_window.count_label.text() == "2 contacts"
    assert "changed outside this window" in main_window.statusBar().currentMessage()
    assert not main_window.outside_changes.check()  # seen once, not again


def test_the_timer_looks_by_itself(qtbot, store, data_dir, journal_events):  # type: ignore[no-untyped-def]
    watcher = OutsideChanges(store, journal_events, interval_ms=20)
    watcher.start()
    try:
        add_from_terminal(data_dir, "Citra Dewi (Traveloka)")
        with qtbot.waitSignal(journal_events.sig_journal_reset, timeout=5000):
            pass
    finally:
        watcher.stop()


def test_unsaved_edits_on_the_card_survive_an_outside_change(
        qtbot, store, data_dir, main_window):  # type: ignore[no-untyped-def]
    andi = store.contacts.create("Andi Wijaya", company="Gojek")
    main_window.open_contact(andi.id)
    form = main_window.card.form
    form.name_edit.setText("Andi Wijaya Kusuma")
    QApplication.processEvents()
    assert main_window.card.is_dirty()

    add_from_terminal(data_dir, "Dewi Lestari (Grab)")
    assert main_window.outside_changes.check()
    QApplication.processEvents()
    assert main_window.card.is_dirty()
    assert form.name_edit.text() == "Andi Wijaya Kusuma"
    assert main_window.card.contact_id() == andi.id
    main_window.card.revert()  # closing a dirty card would ask
