"""Address-book sync in the app: the settings page, the Edit > Settings entry, syncing at
start, after changes (debounced) and on demand, with the status in words."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog

from netjournal.interop.vdir import SyncReport
from netjournal.settings import Settings
from netjournal.ui import addressbook_sync
from netjournal.ui.addressbook_sync import AddressBookSync
from netjournal.ui.events import JournalEvents
from netjournal.ui.settings.addressbook import AddressBookPage
from netjournal.ui.settings.dialog import SettingsDialog


def _controller(qtbot, store, folder) -> tuple[AddressBookSync, JournalEvents]:
    events = JournalEvents()
    sync = AddressBookSync(store, events, Settings(vdir_folder=str(folder)))
    return sync, events


def test_the_page_puts_its_values_into_the_settings(qtbot, tmp_path):
    page = AddressBookPage(Settings())
    qtbot.addWidget(page)
    assert page.folder.text() == "" and page.version.currentData() == "4.0"
    page.folder.setText(str(tmp_path / "cards"))
    page.version.setCurrentIndex(page.version.findData("3.0"))
    page.with_note.setChecked(True)
    chosen = page.apply(Settings(language="id"))
    assert chosen == Settings(language="id", vdir_folder=str(tmp_path / "cards"),
                              vdir_version="3.0", vdir_note=True)
    dialog = SettingsDialog(Settings(), [page])
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(0) == "Address book"
    assert dialog.chosen().vdir_note is True
    with qtbot.waitSignal(page.sig_sync_requested):
        page.sync_button.click()


def test_a_sync_on_demand_writes_the_cards_and_says_so(qtbot, store, tmp_path):
    folder = tmp_path / "cards"
    folder.mkdir()
    store.contacts.create("Budi Santoso")
    sync, _ = _controller(qtbot, store, folder)
    with qtbot.waitSignal(sync.sig_status) as said:
        report = sync.sync_now()
    assert isinstance(report, SyncReport) and len(report.written) == 1
    assert said.args == ["Address book synced: cards written 1"]
    assert sync.sync_now() is not None
    assert sync.status == "Address book synced: nothing changed"


def test_a_missing_folder_is_said_in_words(qtbot, store, tmp_path):
    sync, _ = _controller(qtbot, store, tmp_path / "gone")
    assert sync.sync_now() is None
    assert sync.status == f"Address book: the folder {tmp_path / 'gone'} does not exist"


def test_changes_in_the_journal_sync_once_after_a_pause(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setattr(addressbook_sync, "DEBOUNCE_MS", 50)
    folder = tmp_path / "cards"
    folder.mkdir()
    sync, events = _controller(qtbot, store, folder)
    budi = store.contacts.create("Budi Santoso")
    for _ in range(3):  # many changes: one sync after the last
        events.sig_contacts_changed.emit([budi.id])
    assert sync.pending()
    with qtbot.waitSignal(sync.sig_synced, timeout=10_000) as done:
        pass
    assert len(done.args[0].written) == 1 and not sync.pending()


def test_what_a_sync_brings_in_is_told_to_the_panes_without_a_second_sync(
        qtbot, store, tmp_path):
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "new.vcf").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:new\r\nFN:Wayan\r\nEND:VCARD\r\n")
    sync, events = _controller(qtbot, store, folder)
    with qtbot.waitSignal(events.sig_contacts_changed) as changed:
        sync.sync_now()
    assert len(changed.args[0]) == 1 and not sync.pending()
    assert "new 1" in sync.status


def test_edit_settings_opens_the_address_book_page_and_saves_it(
        qtbot, store, data_dir, tmp_path, monkeypatch):
    from netjournal import settings as settings_mod
    from netjournal.ui.mainwindow import MainWindow

    window = MainWindow(store, JournalEvents(), Settings(), data_dir)
    qtbot.addWidget(window)
    assert window.actions.settings in window.menus["edit"].actions()
    folder = tmp_path / "cards"
    folder.mkdir()

    def accept(dialog: QDialog) -> int:
        page = dialog.pages[1]  # after Privacy
        page.folder.setText(str(folder))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    window.actions.settings.trigger()
    assert settings_mod.load(data_dir.settings).vdir_folder == str(folder)
    assert window.tools.addressbook.enabled
    assert dataclasses.replace(window.tools.settings, vdir_folder="") == Settings()


def test_the_archived_list_is_a_sound_model_and_restores_by_id(qtbot, qtmodeltester):
    page = AddressBookPage(Settings())
    qtbot.addWidget(page)
    page.set_archived([(7, "Dewi Lestari"), (3, "Budi Santoso")])
    qtmodeltester.check(page.archived)
    assert page.archived.rowCount() == 2 and not page.restore_button.isEnabled()
    page.archived_view.setCurrentIndex(page.archived.index(1, 0))
    assert page.restore_button.isEnabled()
    with qtbot.waitSignal(page.sig_restore_requested) as asked:
        page.restore_button.click()
    assert asked.args == [3]


def test_restoring_from_the_settings_brings_the_contact_and_its_card_back(
        qtbot, store, data_dir, tmp_path, monkeypatch):
    from netjournal.ui.mainwindow import MainWindow

    folder = tmp_path / "cards"
    folder.mkdir()
    budi = store.contacts.create("Budi Santoso")
    window = MainWindow(store, JournalEvents(), Settings(vdir_folder=str(folder)), data_dir)
    qtbot.addWidget(window)
    window.tools.addressbook.sync_now()
    card = next(folder.glob("*.vcf"))
    card.unlink()
    window.tools.addressbook.sync_now()
    assert not store.contacts.exists(budi.id)

    def restore_first(dialog: QDialog) -> int:
        page = dialog.pages[1]  # after Privacy
        assert page.archived.rowCount() == 1
        page.archived_view.setCurrentIndex(page.archived.index(0, 0))
        page.restore_button.click()
        assert page.archived.rowCount() == 0
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", restore_first)
    window.actions.settings.trigger()
    assert store.contacts.exists(budi.id) and card.exists()


def test_a_large_sync_goes_in_steps_and_ends_with_one_summary(
        qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setattr(addressbook_sync, "STEP", 2)
    folder = tmp_path / "cards"
    folder.mkdir()
    for i in range(5):
        store.contacts.create(f"Person {i}")
    sync, _ = _controller(qtbot, store, folder)
    said = []
    sync.sig_status.connect(said.append)
    with qtbot.waitSignal(sync.sig_synced, timeout=10_000) as done:
        sync.sync_now()
        assert sync.busy()
    assert len(done.args[0].written) == 5 and not sync.busy()
    assert said[0] == "Address book: syncing… (2 cards so far)"
    assert said[-1] == "Address book synced: cards written 5"
