"""Encrypted journals: real SQLCipher files, read back byte by byte."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from netjournal.domain.values import Interaction
from netjournal.interop import fullexport
from netjournal.paths import DataDir
from netjournal.storage import (
    LockedError,
    StorageError,
    backup_restore,
    backups,
    cipher,
    keyed,
    keyfile,
)
from netjournal.storage.db import find_damage
from netjournal.storage.keyfile import WrongSecretError
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store

pytestmark = pytest.mark.skipif(not keyed.available(), reason="SQLCipher is not installed")

NAMES = ("José Núñez", "Siti Rahayu", "Quentin Zablocki")
SECRET_WORDS = ("Zablocki", "Rahayu", "Núñez", "interviewing at Gojek")


def _fill(data_dir: DataDir) -> dict[str, int]:
    with Store.open(data_dir) as store:
        ids = {name: store.contacts.create(name, company="Acme").id for name in NAMES}
        store.interactions.save(Interaction(
            occurred_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
            participant_ids=(ids["Siti Rahayu"],), learned="interviewing at Gojek"))
    backups.take(data_dir.database, data_dir.backups)
    data_dir.drafts.mkdir(exist_ok=True)  # a quick entry line typed but not saved yet
    (data_dir.drafts / "quickentry.json").write_text(json.dumps(
        {"version": 1, "line": "Quentin Zablocki (Gojek) interviewing at Gojek"}))
    return ids


def _export(data_dir: DataDir) -> dict[str, object]:
    with Store.open_reader(data_dir) as store:
        data = fullexport.build(store, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    return json.loads(json.dumps(data, default=str))


def _every_file(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _hashes(root: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(b).hexdigest() for p, b in _every_file(root).items()}


@pytest.fixture
def encrypted(data_dir: DataDir) -> DataDir:
    _fill(data_dir)
    done = cipher.encrypt(data_dir, "correct horse")
    assert done.contacts == 3 and len(done.converted) == 1 and not done.left
    assert done.recovery_key
    data_dir.recovery_key = done.recovery_key  # type: ignore[attr-defined]
    keyed.lock()  # as a new process: nothing unlocked
    return data_dir


def test_no_name_is_left_in_clear_in_any_file(encrypted: DataDir) -> None:
    cipher.unlock_with_passphrase(encrypted, "correct horse")
    with Store.open(encrypted) as store:  # writes go through the encrypted WAL
        store.contacts.create("Wilhelmina Oyelaran-Fitzgerald", notes="leaving her job soon")
        files = _every_file(encrypted.root)  # while the WAL holds the write
        assert any(p.name.endswith("-wal") and b for p, b in files.items())
    backups.take(encrypted.database, encrypted.backups)
    files.update(_every_file(encrypted.root))
    assert len([p for p in files if p.suffix == ".sqlite3"]) >= 3
    assert encrypted.drafts / "quickentry.json" in files
    for path, content in files.items():
        for word in (*SECRET_WORDS, "Oyelaran", "leaving her job"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert word.encode(encoding) not in content, (path, word)
    assert not encrypted.database.read_bytes().startswith(b"SQLite format 3")


def test_the_journal_opens_only_with_its_passphrase(encrypted: DataDir) -> None:
    before = _hashes(encrypted.root)
    with pytest.raises(LockedError):
        Store.open_reader(encrypted)
    for wrong in ("wrong", "", "correct horse "):
        with pytest.raises(WrongSecretError):
            cipher.unlock_with_passphrase(encrypted, wrong)
    assert keyed.current() is None
    assert _hashes(encrypted.root) == before  # not a byte written anywhere
    cipher.unlock_with_passphrase(encrypted, "correct horse")
    with Store.open_reader(encrypted) as store:
        assert store.contacts.count() == 3


def test_the_recovery_key_opens_the_journal(encrypted: DataDir) -> None:
    cipher.unlock_with_recovery(encrypted, encrypted.recovery_key)  # type: ignore[attr-defined]
    with Store.open_reader(encrypted) as store:
        assert store.contacts.count() == 3
    keyed.lock()
    with pytest.raises(WrongSecretError):
        cipher.unlock_with_recovery(encrypted, keyfile.new_recovery_key())


def test_search_finds_the_same_encrypted_and_plain(data_dir: DataDir) -> None:
    _fill(data_dir)

    def hits() -> list[list[int]]:
        with Store.open_reader(data_dir) as store:
            return [store.search.contact_ids(ContactFilter(text=q))
                    for q in ("jose", "nunez", "José", "siti", "gojek", "acme", "zab")]

    plain = hits()
    assert plain[0] == plain[1] == plain[2] and plain[0]
    cipher.encrypt(data_dir, "p")
    assert hits() == plain


def test_encrypt_then_decrypt_is_lossless(data_dir: DataDir) -> None:
    _fill(data_dir)
    before = _export(data_dir)
    cipher.encrypt(data_dir, "p")
    assert _export(data_dir) == before
    done = cipher.decrypt(data_dir)
    assert done.contacts == 3 and len(done.converted) == 1
    keyed.lock()
    assert not keyed.has_key_file(data_dir.database)
    for path in [data_dir.database, *data_dir.backups.glob("*.sqlite3")]:
        assert path.read_bytes().startswith(b"SQLite format 3"), path
    assert _export(data_dir) == before
    draft = json.loads((data_dir.drafts / "quickentry.json").read_text())
    assert draft["line"].startswith("Quentin Zablocki")  # the draft is plain again


def test_changing_the_passphrase_keeps_every_contact(encrypted: DataDir) -> None:
    before = _hashes(encrypted.root)
    cipher.unlock_with_passphrase(encrypted, "correct horse")
    cipher.change_passphrase(encrypted, "battery staple")
    keyed.lock()
    with pytest.raises(WrongSecretError):
        cipher.unlock_with_passphrase(encrypted, "correct horse")
    cipher.unlock_with_passphrase(encrypted, "battery staple")
    with Store.open_reader(encrypted) as store:
        assert sorted(c.name for c in store.contacts.summaries(
            store.search.contact_ids(ContactFilter())).values()) == sorted(NAMES)
    changed = {p for p, h in _hashes(encrypted.root).items() if before.get(p) != h}
    assert changed == {encrypted.root / keyed.KEY_FILE_NAME}
    keyed.lock()
    cipher.unlock_with_recovery(encrypted, encrypted.recovery_key)  # type: ignore[attr-defined]


def test_encrypted_backups_verify_and_restore(encrypted: DataDir) -> None:
    cipher.unlock_with_passphrase(encrypted, "correct horse")
    info = backups.take(encrypted.database, encrypted.backups)
    assert info.verified and info.contacts == 3
    assert not info.path.read_bytes().startswith(b"SQLite format 3")
    assert backups.verify(info.path) == ([], 3)
    with Store.open(encrypted) as store:
        store.contacts.create("Added After")
    result = backup_restore.restore(encrypted, info.path)
    assert result.contacts == 3
    with Store.open_reader(encrypted) as store:
        assert store.contacts.count() == 3


def test_the_safety_net_does_not_call_an_encrypted_journal_damaged(encrypted: DataDir) -> None:
    assert find_damage(encrypted.database) is None  # locked: the open asks for the key
    cipher.unlock_with_passphrase(encrypted, "correct horse")
    assert find_damage(encrypted.database, quick=False) is None
    content = bytearray(encrypted.database.read_bytes())
    content[5000:9000] = bytes(4000)  # a damaged page of an encrypted file
    encrypted.database.write_bytes(bytes(content))
    assert find_damage(encrypted.database) is not None


def test_a_damaged_plain_journal_is_still_damage_not_a_locked_one(data_dir: DataDir) -> None:
    _fill(data_dir)
    data_dir.database.write_bytes(b"garbage" * 1000)
    assert find_damage(data_dir.database) is not None
    with pytest.raises(StorageError, match=r"damaged|not a database"):
        Store.open_reader(data_dir)


def test_encrypting_twice_or_decrypting_plain_is_refused(encrypted: DataDir,
                                                         tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="already encrypted"):
        cipher.encrypt(encrypted, "again")
    plain = DataDir(tmp_path / "plain").ensure()
    _fill(plain)
    with pytest.raises(cipher.NotEncryptedError):
        cipher.decrypt(plain)


def test_a_plain_backup_is_never_restored_over_an_encrypted_journal(encrypted: DataDir,
                                                                   tmp_path: Path) -> None:
    plain = DataDir(tmp_path / "plain").ensure()
    with Store.open(plain) as store:
        store.contacts.create("Plain Person")
    before = _hashes(encrypted.root)
    cipher.unlock_with_passphrase(encrypted, "correct horse")
    with pytest.raises(backup_restore.RefusedError, match="plain copy"):
        backup_restore.restore(encrypted, plain.database)
    with pytest.raises(backup_restore.RefusedError, match="is encrypted and this journal is not"):
        backup_restore.restore(plain, encrypted.database)
    assert _hashes(encrypted.root) == before
