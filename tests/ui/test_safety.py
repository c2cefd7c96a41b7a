"""The safety net in the app: the check after the window shows, backups, the dialogs."""

from __future__ import annotations

import os
import sqlite3

import pytest

from netjournal.settings import Settings
from netjournal.storage import backups, damagecheck
from netjournal.ui.safety import BackupChooser, BackupsModel, DamageDialog, SafetyNet
from tests.conftest import run_netjournal

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _people(store, n=3):
    with store.atomic():
        for i in range(n):
            store.contacts.create(f"Person {i}", notes="x" * 300)


def test_writes_wait_for_the_check_and_then_flow(qtbot, store, data_dir):
    _people(store)
    net = SafetyNet(store, data_dir, Settings(), None)
    with qtbot.waitSignal(net.sig_checked, timeout=10_000) as blocker:
        net.check()
        with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
            store.contacts.create("Too early")  # held until the check passed
    assert blocker.args == [""] and net.healthy
    assert store.contacts.create("After the check").id is not None


def test_the_check_is_remembered_and_skipped_when_not_due(qtbot, store, data_dir):
    _people(store)
    net = SafetyNet(store, data_dir, Settings(), None)
    with qtbot.waitSignal(net.sig_checked, timeout=10_000):
        net.check()
    assert damagecheck.state_path(data_dir).exists()  # quick_check passed: kept for a day
    damagecheck.state_path(data_dir).unlink()
    later = SafetyNet(store, data_dir, Settings(), None, full_check=False)
    with qtbot.waitSignal(later.sig_checked, timeout=1_000) as blocker:
        later.check()  # header and schema were read before opening: healthy at once
    assert blocker.args == [""] and later.healthy
    assert not damagecheck.state_path(data_dir).exists()  # no quick_check ran
    assert store.contacts.create("Writes flow").id is not None


def test_damage_found_by_the_check_is_reported_and_nothing_written(qtbot, store, data_dir):
    _people(store, 400)
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(data_dir.database.read_bytes())
    mid = len(data) // 2
    data[mid:mid + 40960] = os.urandom(40960)
    data_dir.database.write_bytes(bytes(data))
    net = SafetyNet(store, data_dir, Settings(), None)
    with qtbot.waitSignal(net.sig_checked, timeout=10_000) as blocker:
        net.check()
    assert blocker.args[0] and not net.healthy
    with pytest.raises(Exception):  # noqa: B017 - any refusal: the write must not happen
        store.contacts.create("Never written")
    assert data_dir.database.read_bytes() == bytes(data)


def test_a_backup_is_taken_off_the_ui_thread_when_the_journal_changed(qtbot, store, data_dir):
    net = SafetyNet(store, data_dir, Settings(), None)
    with qtbot.waitSignal(net.sig_checked, timeout=10_000):
        net.check()
    net.backup_if_changed()  # nothing changed: no backup
    assert backups.list_backups(data_dir.backups) == []
    _people(store)
    with qtbot.waitSignal(net.sig_status, timeout=10_000) as blocker:
        net.backup_if_changed()
    assert "verified" in blocker.args[0]
    [info] = backups.list_backups(data_dir.backups)
    assert info.verified and info.contacts == 3


def test_a_skipped_backup_says_why(qtbot, store, data_dir):
    net = SafetyNet(store, data_dir, Settings(), None)
    with qtbot.waitSignal(net.sig_checked, timeout=10_000):
        net.check()
    data_dir.backups.write_text("not a folder")
    _people(store)
    with qtbot.waitSignal(net.sig_status, timeout=10_000) as blocker:
        net.backup_if_changed()
    assert blocker.args[0].startswith("No backup was taken")


def test_the_backups_model_and_chooser(qtbot, qtmodeltester, store, data_dir):
    _people(store)
    for _ in range(3):
        backups.take(data_dir.database, data_dir.backups)
    found = backups.list_backups(data_dir.backups)
    model = BackupsModel(found)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.data(model.index(0, 1)) == "3"
    chooser = BackupChooser(found)
    qtbot.addWidget(chooser)
    assert chooser.chosen() == found[0].path
    chooser.view.selectRow(2)
    assert chooser.chosen() == found[2].path


def test_the_damage_dialog_offers_the_newest_backup_another_or_quit(qtbot, store, data_dir):
    _people(store)
    info = backups.take(data_dir.database, data_dir.backups)
    box = DamageDialog("database disk image is malformed", info)
    qtbot.addWidget(box)
    assert "3 contacts" in box.text() and "malformed" in box.text()
    assert box.restore_button is not None and box.defaultButton() is box.restore_button
    none = DamageDialog("file is not a database", None)
    qtbot.addWidget(none)
    assert none.restore_button is None and "no verified backup" in none.text()


def test_the_app_closes_a_damaged_journal_without_a_dialog(tmp_path):
    folder = tmp_path / "data"
    from netjournal.paths import DataDir
    from netjournal.storage.store import Store

    data = DataDir(folder)
    with Store.open(data) as store:
        _people(store, 400)
    backups.take(data.database, data.backups)
    with sqlite3.connect(data.database) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(data.database.read_bytes())
    raw[:100] = os.urandom(100)
    data.database.write_bytes(bytes(raw))
    proc = run_netjournal("--quit-when-ready", "--data-dir", str(folder),
                          env={"QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 3
    assert "is damaged" in proc.stderr and "with 400 contacts" in proc.stderr
    assert data.database.read_bytes() == bytes(raw)


def test_file_menu_has_restore_from_backup(main_window):
    assert main_window.actions.restore_backup in main_window.menus["file"].actions()
