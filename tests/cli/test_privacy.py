"""``encrypt``, ``decrypt``, ``change-passphrase`` and every command on an encrypted journal."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from netjournal.paths import DataDir
from netjournal.storage import keyed
from netjournal.storage.store import Store
from tests.conftest import run_netjournal

pytestmark = pytest.mark.skipif(not keyed.available(), reason="SQLCipher is not installed")

NAMES = ("José Núñez", "Siti Rahayu", "Quentin Zablocki")


def _hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def journal(data_dir: DataDir) -> DataDir:
    with Store.open(data_dir) as store:
        for name in NAMES:
            store.contacts.create(name, company="Acme", notes=f"{name} is changing jobs")
    (data_dir.settings).write_text(json.dumps({"language": "en"}))
    return data_dir


def test_the_whole_round(cli, journal: DataDir, tmp_path: Path,  # type: ignore[no-untyped-def]
                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("export", "--format", "json", "-o", str(tmp_path / "before.json")).code == 0
    found = cli("search", "jose", "--json").json()
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "first one")
    done = cli("encrypt", "--recovery-pdf", str(tmp_path / "sheet.pdf"))
    assert done.code == 0, done.err
    assert "forgotten passphrase means the journal is gone" in done.out
    assert "exports you saved elsewhere" in done.out and "plain" in done.out
    recovery = done.out.split("from this computer): ")[1].split()[0]
    sheet = pypdf.PdfReader(tmp_path / "sheet.pdf")
    assert len(sheet.pages) == 1 and recovery in sheet.pages[0].extract_text()
    (tmp_path / "sheet.pdf").unlink()

    assert not journal.database.read_bytes().startswith(b"SQLite format 3")
    for path in journal.root.rglob("*"):
        if path.is_file():
            for name in NAMES:
                assert name.encode() not in path.read_bytes(), path
    assert cli("search", "jose", "--json").json() == found

    monkeypatch.delenv("NETJOURNAL_PASSPHRASE")
    before = _hashes(journal.root)
    missing = cli("search", "jose")
    assert missing.code == 1 and missing.out == ""
    assert missing.err.count("\n") == 1
    assert "the journal is encrypted: give its passphrase with NETJOURNAL_PASSPHRASE" \
        in missing.err
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "not it")
    wrong = cli("search", "jose")
    assert wrong.code == 1 and "passphrase does not open it" in wrong.err
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "")
    assert cli("add", "Someone New").code == 1
    assert _hashes(journal.root) == before  # journal, WAL, settings, backups: byte for byte

    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "first one")
    monkeypatch.setenv("NETJOURNAL_NEW_PASSPHRASE", "second one")
    assert cli("change-passphrase").code == 0
    assert cli("search", "jose").code == 1
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "second one")
    assert cli("search", "jose", "--json").json() == found

    monkeypatch.delenv("NETJOURNAL_PASSPHRASE")
    monkeypatch.setenv("NETJOURNAL_RECOVERY_KEY", recovery.lower())
    monkeypatch.setenv("NETJOURNAL_NEW_PASSPHRASE", "third one")
    assert cli("change-passphrase", "--with-recovery-key").code == 0

    secret_file = tmp_path / "secret"
    secret_file.write_text("third one\n")
    done = cli("decrypt", "--passphrase-file", str(secret_file))
    assert done.code == 0, done.err
    assert journal.database.read_bytes().startswith(b"SQLite format 3")
    assert cli("export", "--format", "json", "-o", str(tmp_path / "after.json")).code == 0
    strip = [json.loads((tmp_path / f"{n}.json").read_text()) for n in ("before", "after")]
    for data in strip:
        data.pop("exported_at")
    assert strip[0] == strip[1]


def test_the_passphrase_command_and_its_failure(cli, journal: DataDir,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "by command")
    assert cli("encrypt", "--no-recovery-key").code == 0
    monkeypatch.delenv("NETJOURNAL_PASSPHRASE")
    printer = [sys.executable, "-c", "print('by command')"]
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE_COMMAND", " ".join(printer[:2]) + ' "'
                       + printer[2] + '"')
    assert cli("check").code == 0
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE_COMMAND", f"{sys.executable} -c 'exit(4)'")
    failed = cli("check")
    assert failed.code == 1 and "exit status 4" in failed.err


def test_a_plain_journal_needs_no_passphrase_and_cannot_be_decrypted(
        cli, journal: DataDir) -> None:  # type: ignore[no-untyped-def]
    assert cli("search", "siti").code == 0
    refused = cli("decrypt")
    assert refused.code == 1 and "is not encrypted" in refused.err
    assert cli("change-passphrase").code == 1


@pytest.mark.slow
def test_a_killed_encrypt_leaves_the_journal_whole(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    made = run_netjournal("demo", "--contacts", "300", "--seed", "3", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    names = json.loads(run_netjournal("search", "a", "--json", "--limit", "1000",
                                      "--data-dir", str(folder)).stdout)
    plain = (folder / "netjournal.sqlite3").read_bytes()
    env = {**os.environ, "NETJOURNAL_PASSPHRASE": "p"}
    killed_plain = 0
    for delay in (0.0, 0.15, 0.4):
        proc = subprocess.Popen([sys.executable, "-m", "netjournal", "encrypt",
                                 "--data-dir", str(folder)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not list(folder.glob("*.part")) and proc.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        journal = (folder / "netjournal.sqlite3").read_bytes()
        if journal.startswith(b"SQLite format 3"):
            assert journal == plain  # the plain journal whole, byte for byte
            killed_plain += proc.returncode == -signal.SIGKILL
            env_now = {}
        else:  # killed after the swap: the encrypted journal is whole
            env_now = {"NETJOURNAL_PASSPHRASE": "p"}
        after = run_netjournal("search", "a", "--json", "--limit", "1000",
                               "--data-dir", str(folder), env=env_now)
        assert after.returncode == 0, after.stderr
        assert json.loads(after.stdout) == names
        if env_now:
            break
    assert killed_plain >= 1  # at least one kill landed mid-way, before the swap
    done = run_netjournal("encrypt", "--data-dir", str(folder), env=env)
    assert done.returncode == 0, done.stderr
    assert not list(folder.glob("*.part*"))  # what the killed runs left was cleared


def test_a_key_remembered_in_the_keyring_opens_the_journal(
        cli, journal: DataDir, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import keyring

    from netjournal import passphrase
    from netjournal.storage import cipher
    from tests.test_passphrase import _MemoryKeyring

    before = keyring.get_keyring()
    memory = _MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "pw")
        assert cli("encrypt", "--no-recovery-key").code == 0
        monkeypatch.delenv("NETJOURNAL_PASSPHRASE")
        assert cli("search", "siti").code == 1  # nothing remembered yet
        cipher.unlock_with_passphrase(journal, "pw")
        key = keyed.current()
        assert key is not None
        assert passphrase.remember(cipher.remembered_account(journal), key.hex())
        cipher.set_remembered(journal, True)
        keyed.lock()
        assert memory.kept  # the raw key: no key derivation at the next start
        assert cli("search", "siti").code == 0
        monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "pw")
        assert cli("decrypt").code == 0
        assert not memory.kept  # decrypting forgets it
    finally:
        keyring.set_keyring(before)


def test_an_interrupted_decrypt_is_finished_by_running_it_again(
        cli, journal: DataDir, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from netjournal.storage import backups, cipher

    backups.take(journal.database, journal.backups)
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "pw")
    assert cli("encrypt").code == 0
    key = cipher.unlock_with_passphrase(journal, "pw")
    cipher._convert(journal.database, key, None)  # the journal done, the backups not yet
    keyed.lock()
    assert journal.database.read_bytes().startswith(b"SQLite format 3")
    assert keyed.has_key_file(journal.database)
    done = cli("decrypt")
    assert done.code == 0, done.err
    assert not keyed.has_key_file(journal.database)
    for path in journal.backups.glob("*.sqlite3"):
        assert path.read_bytes().startswith(b"SQLite format 3"), path


def test_an_export_of_an_encrypted_journal_says_it_is_plain(
        cli, journal: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    plain = cli("export", "--format", "json", "-o", str(tmp_path / "a.json"))
    assert plain.code == 0 and "this export is not" not in plain.out
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "pw")
    assert cli("encrypt", "--no-recovery-key").code == 0
    done = cli("export", "--format", "vcard", "-o", str(tmp_path / "b.vcf"))
    assert done.code == 0 and "the journal is encrypted, this export is not" in done.out
    assert "Siti Rahayu" in (tmp_path / "b.vcf").read_text()  # plain, on purpose
