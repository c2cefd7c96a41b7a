"""Reading never needs free space or write permission; the user's modes stay as they are.

A full disk is a small tmpfs mounted for the test, and a read-only journal is read by an
unprivileged user (root ignores file modes): both need root, and are skipped with the
reason when they cannot be had (never under CI=true, where they must run).
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from netjournal.paths import DataDir
from netjournal.storage.store import Store
from tests.conftest import run_netjournal

UNPRIVILEGED = "nobody"


def _cannot(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required under CI)")
    pytest.skip(reason)


@contextlib.contextmanager
def small_disk(size: str = "8m") -> Iterator[Path]:
    """A freshly mounted tmpfs of ``size``, unmounted afterwards."""
    where = Path(tempfile.mkdtemp(prefix="nj-disk-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755",
                              "tmpfs", str(where)], capture_output=True, text=True,
                             check=False) if shutil.which("mount") else None
    if mounted is None or mounted.returncode != 0:
        where.rmdir()
        _cannot("a small filesystem cannot be mounted here (needs root and mount)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
        where.rmdir()


def journal_in(export: Path) -> dict[str, object]:
    """A JSON export without the moment it was made."""
    data = json.loads(export.read_text(encoding="utf-8"))
    data.pop("exported_at", None)
    return dict(data)


def fill(disk: Path) -> None:
    """Write zeros until the disk is full."""
    with (disk / "filler").open("wb") as fh:
        block = b"\0" * 65536
        with contextlib.suppress(OSError):
            while True:
                fh.write(block)
                fh.flush()
    with contextlib.suppress(OSError), (disk / "filler-tail").open("wb") as fh:
        while True:
            fh.write(b"\0")
            fh.flush()


def test_a_full_disk_still_lets_the_data_out_and_refuses_writes_in_words(tmp_path):
    with small_disk() as disk:
        folder = disk / "journal"
        assert run_netjournal("demo", "--contacts", "40", "--seed", "8", "-q",
                              "--data-dir", str(folder)).returncode == 0
        assert run_netjournal("add", "Budi Santoso (Tokopedia) #fintech",
                              "--data-dir", str(folder)).returncode == 0
        before = run_netjournal("export", "--format", "json", "-o", str(tmp_path / "a.json"),
                                "--data-dir", str(folder))
        assert before.returncode == 0, before.stderr
        fill(disk)
        assert shutil.disk_usage(disk).free < 8192

        for args in (("export", "--format", "json", "-o", str(tmp_path / "b.json")),
                     ("backup", "-o", str(tmp_path / "b.sqlite3")),
                     ("search", "budi"), ("due",), ("check",)):
            result = run_netjournal(*args, "--data-dir", str(folder))
            assert result.returncode == 0, (args, result.stderr)
        assert journal_in(tmp_path / "b.json") == journal_in(tmp_path / "a.json")

        result = run_netjournal("add", "Rina Kusuma (Gojek, PM) !1w " + "long note " * 500,
                                "--data-dir", str(folder))
        assert result.returncode == 1
        assert result.stderr.startswith("netjournal add: the disk holding the journal is full")
        assert "cannot rollback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1
        big = tmp_path / "big.vcf"
        big.write_bytes(b"".join(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card %d\r\nNOTE:%s\r\n"
                                 b"END:VCARD\r\n" % (i, b"x" * 400) for i in range(300)))
        result = run_netjournal("import", str(big), "--data-dir", str(folder))
        assert result.returncode == 1
        assert "nothing was imported" in result.stderr and "full" in result.stderr

        (disk / "filler").unlink()  # space again: the journal is whole and as it was
        check = run_netjournal("check", "--data-dir", str(folder))
        assert check.returncode == 0, check.stderr
        after = run_netjournal("export", "--format", "json", "-o", str(tmp_path / "c.json"),
                               "--data-dir", str(folder))
        assert after.returncode == 0
        assert journal_in(tmp_path / "c.json") == journal_in(tmp_path / "a.json")


def _as_user(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    user = pwd.getpwnam(UNPRIVILEGED)
    return subprocess.run(["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}",
                           "--clear-groups", sys.executable, "-m", "netjournal", *args],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "HOME": "/nonexistent", **env})


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in (folder, *folder.iterdir())}


def test_a_read_only_journal_can_be_read_keeps_its_modes_and_refuses_writes_in_words():
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        _cannot("a read-only journal needs root to run a command as another user "
                "(root itself ignores file modes)")
    base = Path(tempfile.mkdtemp(prefix="nj-ro-"))
    try:
        os.chmod(base, 0o755)
        folder = base / "journal"
        with Store.open(DataDir(folder)) as store:
            store.contacts.create("Łukasz Wójcik", company="Siemens")
        for path in (base, folder, *folder.iterdir()):
            shutil.chown(path, UNPRIVILEGED)
        os.chmod(folder, 0o500)
        os.chmod(folder / "netjournal.sqlite3", 0o400)
        before = _modes(folder)
        probe = _as_user("--version")
        if probe.returncode != 0:
            _cannot(f"cannot run NetJournal as {UNPRIVILEGED}: {probe.stderr.strip()}")

        found = _as_user("search", "lukasz", "--data-dir", str(folder))
        assert found.returncode == 0, found.stderr
        assert "Łukasz Wójcik" in found.stdout
        for args in (("due",), ("check",),
                     ("export", "--format", "vcard", "-o", str(base / "out.vcf"))):
            result = _as_user(*args, "--data-dir", str(folder))
            assert result.returncode == 0, (args, result.stderr)
        added = _as_user("add", "Sari Wijaya", "--data-dir", str(folder))
        assert added.returncode == 1
        assert "is read-only" in added.stderr and "nothing was changed" in added.stderr
        app = _as_user("--quit-when-ready", "--data-dir", str(folder),
                       QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(base))
        assert app.returncode == 0, app.stderr
        assert "is read-only: it is shown, and changes cannot be saved" in app.stderr
        assert _modes(folder) == before  # never loosened behind the user's back
    finally:
        os.chmod(base / "journal", 0o700)
        shutil.rmtree(base)


def test_a_journal_made_private_by_hand_keeps_its_modes(tmp_path, cli, store):
    store.contacts.create("Sari")
    store.close()
    folder = store.path.parent
    os.chmod(folder, 0o750)
    os.chmod(store.path, 0o640)
    assert cli("search", "sari").code == 0
    assert cli("add", "Budi Santoso").code == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o750
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o640


def test_new_folders_and_files_are_private(tmp_path):
    folder = tmp_path / "new" / "journal"
    result = run_netjournal("add", "Sari Wijaya", "--data-dir", str(folder))
    assert result.returncode == 0
    assert result.stderr.strip() == f"netjournal add: created a new journal in {folder}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@pytest.mark.parametrize("command", [("search", "x"), ("due",), ("check",), ("backup",),
                                     ("export", "--format", "json", "-o", "out.json"),
                                     ("print", "1", "-o", "out.pdf")])
def test_a_command_that_reads_refuses_a_folder_with_no_journal(tmp_path, command):
    folder = tmp_path / "netjournl"  # a typo
    result = run_netjournal(*command, "--data-dir", str(folder))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"netjournal {command[0]}: there is no journal in {folder} (there is no such "
        "folder): check --data-dir (or $NETJOURNAL_DATA_DIR); nothing was created")
    assert not folder.exists()
    folder.mkdir()
    result = run_netjournal(*command, "--data-dir", str(folder))
    assert result.returncode == 1 and f"there is no journal in {folder}:" in result.stderr
    assert list(folder.iterdir()) == []
