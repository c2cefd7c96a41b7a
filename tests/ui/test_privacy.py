"""The encrypted journal in the app: the passphrase dialog, Settings > Privacy, start-up."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage import cipher, keyed
from netjournal.storage.store import Store
from netjournal.ui.passphrase import NewPassphraseDialog, UnlockDialog
from netjournal.ui.settings import SettingsContext
from netjournal.ui.settings.dialog import SettingsDialog
from netjournal.ui.settings.privacy import PrivacyPage, PrivacyRequest
from tests.conftest import run_netjournal

pytestmark = [pytest.mark.qt_log_ignore("^This plugin does not support"),
              pytest.mark.skipif(not keyed.available(), reason="SQLCipher is not installed")]


@pytest.fixture
def encrypted(data_dir: DataDir) -> DataDir:
    with Store.open(data_dir) as store:
        store.contacts.create("José Núñez")
    cipher.encrypt(data_dir, "right one", recovery=False)
    keyed.lock()
    return data_dir


def _hashes(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_wrong_tries_show_the_reason_and_slow_down(qtbot: QtBot, encrypted: DataDir) -> None:
    before = _hashes(encrypted.root)
    dialog = UnlockDialog(lambda s: cipher.unlock_with_passphrase(encrypted, s),
                          str(encrypted.database))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isChecked()  # "remember" is the user's choice, never ours
    for tries in (1, 2):
        dialog.field.setText("wrong")
        with qtbot.waitSignal(dialog.sig_wrong_try, timeout=5000) as blocker:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
        assert blocker.args == [tries]
        assert dialog.reason.isVisible() and "does not open" in dialog.reason.text()
        assert f"{tries} s" in dialog.reason.text()  # 1 s, then 2 s
        assert not dialog.open_button.isEnabled() and not dialog.field.isEnabled()
        dialog.field.setText("right one")
        dialog._on_buttons_accepted()  # a click while waiting does nothing
        assert dialog.isVisible() and keyed.current() is None
        qtbot.waitUntil(dialog.open_button.isEnabled, timeout=tries * 1000 + 3000)
    assert _hashes(encrypted.root) == before
    dialog.field.setText("right one")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.open_button.click()
    assert keyed.current() is not None


def test_the_third_wrong_try_waits_four_seconds(qtbot: QtBot, encrypted: DataDir) -> None:
    dialog = UnlockDialog(lambda s: cipher.unlock_with_passphrase(encrypted, s), "x")
    qtbot.addWidget(dialog)
    dialog.wrong_tries = 2
    dialog.field.setText("wrong")
    dialog.open_button.click()
    assert "4 s" in dialog.reason.text() and dialog._wait.interval() == 4000


def test_a_new_passphrase_must_be_typed_twice_alike(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog("t", "a forgotten passphrase means the journal is gone")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setText("one")
    dialog.second.setText("two")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "differ" in dialog.problem.text()
    dialog.second.setText("one")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.passphrase() == "one"


def test_the_privacy_page_shows_the_state_and_asks_for_the_conversion(
        qtbot: QtBot, data_dir: DataDir) -> None:
    with Store.open(data_dir) as store:
        store.contacts.create("Someone")
    dialog = SettingsDialog(Settings(), [PrivacyPage(SettingsContext(data_dir))])
    qtbot.addWidget(dialog)
    page = dialog.pages[0]
    assert isinstance(page, PrivacyPage)
    assert dialog.tabs.tabText(0) == "Privacy"
    assert "not encrypted" in page.status.text()
    assert not page.encrypt_button.isHidden() and page.decrypt_button.isHidden()
    with qtbot.waitSignal(dialog.sig_reopen_asked, timeout=2000) as blocker:
        page.sig_reopen_asked.emit(PrivacyRequest("encrypt", "pw"))
    assert blocker.args == [PrivacyRequest("encrypt", "pw")]
    cipher.encrypt(data_dir, "pw", recovery=False)
    page.refresh()
    assert "is encrypted" in page.status.text()
    assert page.encrypt_button.isHidden() and not page.decrypt_button.isHidden()
    assert not page.change_button.isHidden()


def test_the_conversion_runs_with_a_progress_bar_and_shows_the_recovery_key(
        qtbot: QtBot, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch) -> None:
    from netjournal.ui.settings import convert

    with Store.open(data_dir) as store:
        store.contacts.create("Siti Rahayu")
    shown: list[convert.RecoveryDialog] = []
    monkeypatch.setattr(convert.RecoveryDialog, "exec", lambda self: shown.append(self))
    assert convert.run(PrivacyRequest("encrypt", "pw"), data_dir)
    assert cipher.is_encrypted(data_dir)
    assert shown and shown[0].key_label is not None
    key = shown[0].key_label.text()
    keyed.lock()
    cipher.unlock_with_recovery(data_dir, key)
    assert convert.run(PrivacyRequest("decrypt"), data_dir)
    assert not cipher.is_encrypted(data_dir)


def test_the_app_starts_with_the_passphrase_in_the_environment(encrypted: DataDir) -> None:
    folder = str(encrypted.root)
    started = run_netjournal("--quit-when-ready", "--data-dir", folder,
                             env={"NETJOURNAL_PASSPHRASE": "right one"})
    assert started.returncode == 0, started.stderr
    before = _hashes(encrypted.root)
    refused = run_netjournal("--quit-when-ready", "--data-dir", folder,
                             env={"NETJOURNAL_PASSPHRASE": "wrong one"})
    assert refused.returncode == 1 and "does not open" in refused.stderr
    missing = run_netjournal("--quit-when-ready", "--data-dir", folder)
    assert missing.returncode == 1 and "NETJOURNAL_PASSPHRASE" in missing.stderr
    assert _hashes(encrypted.root) == before


def test_a_quick_entry_draft_is_sealed_while_the_journal_is_encrypted(
        encrypted: DataDir) -> None:
    from netjournal.ui.quickentry import draft

    path = draft.draft_path(encrypted.drafts)
    cipher.unlock_with_passphrase(encrypted, "right one")
    draft.save(path, draft.Draft(line="Wilhelmina Oyelaran (Grab) #fintech"))
    assert b"Oyelaran" not in path.read_bytes()
    assert draft.load(path) == draft.Draft(line="Wilhelmina Oyelaran (Grab) #fintech")
    keyed.lock()
    assert draft.load(path) is None  # without the key it is unreadable, never an error


def test_the_export_dialog_says_an_encrypted_journals_export_is_plain(
        qtbot: QtBot, encrypted: DataDir, data_dir: DataDir) -> None:
    from netjournal.ui.events import JournalEvents
    from netjournal.ui.importdialog import ExportDialog

    cipher.unlock_with_passphrase(encrypted, "right one")
    with Store.open_reader(encrypted) as store:
        dialog = ExportDialog(store, JournalEvents())
        qtbot.addWidget(dialog)
        assert store.encrypted and not dialog.plain_note.isHidden()
        assert "not" in dialog.plain_note.text()


def test_remember_on_the_privacy_page_keeps_and_forgets_the_key(
        qtbot: QtBot, encrypted: DataDir) -> None:
    import keyring

    from netjournal.storage import keyfile
    from tests.test_passphrase import _MemoryKeyring

    before = keyring.get_keyring()
    memory = _MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        cipher.unlock_with_passphrase(encrypted, "right one")
        page = PrivacyPage(SettingsContext(encrypted))
        qtbot.addWidget(page)
        assert not page.remember.isHidden() and page.remember.isEnabled()
        assert not page.remember.isChecked()
        page.remember.setChecked(True)
        key = keyed.current()
        assert key is not None
        assert list(memory.kept.values()) == [key.hex()]
        assert keyfile.load(keyed.key_file_of(encrypted.database)).remembered
        page.remember.setChecked(False)
        assert not memory.kept
        assert not keyfile.load(keyed.key_file_of(encrypted.database)).remembered
    finally:
        keyring.set_keyring(before)
