"""Every acknowledged write stays: writers wait for each other, and say so, in real processes."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from netjournal.paths import DataDir
from netjournal.storage import AlreadyOpenError
from netjournal.storage.lock import WAITING_MESSAGE, WriterBusyError, holder
from netjournal.storage.store import Store
from tests.conftest import run_netjournal

HOLD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from netjournal.paths import DataDir
    from netjournal.storage.lock import WriterLock
    d = DataDir(Path(sys.argv[1])).ensure()
    lock = WriterLock(d.lock)
    lock.acquire()
    print("locked", flush=True)
    sys.stdin.readline()
""")


def cards(names: list[str]) -> bytes:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{n}\r\nEMAIL:{n.replace(' ', '.')}@x.id"
                   "\r\nEND:VCARD\r\n" for n in names).encode()


def names_in(folder: Path) -> set[str]:
    with Store.open_reader(DataDir(folder)) as store:
        return {c.name for c in store.contacts.summaries(
            store.search.contact_ids(limit=100_000)).values()}


def _hold(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def _let_go(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.close()
    proc.wait(timeout=30)
    assert proc.stdout is not None
    proc.stdout.close()


def _netjournal(*args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "netjournal", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **env})


def _read_line(fd: int) -> str:
    """One line from a terminal's master side (what a person would see)."""
    got = b""
    while not got.endswith(b"\n"):
        got += os.read(fd, 1)
    return got.decode().strip()


def test_an_import_during_a_held_lock_waits_says_so_and_keeps_every_card(tmp_path):
    folder = tmp_path / "data"
    assert run_netjournal("add", "Sari Wijaya", "--data-dir", str(folder)).returncode == 0
    people = [f"Person {i:03}" for i in range(200)]
    (tmp_path / "big.vcf").write_bytes(cards(people))
    lock_holder = _hold(folder)
    terminal, stderr = pty.openpty()  # the notice is for a person at a terminal
    try:
        importer = subprocess.Popen(
            [sys.executable, "-m", "netjournal", "import", str(tmp_path / "big.vcf"),
             "--data-dir", str(folder)], stdout=subprocess.PIPE, stderr=stderr, text=True,
            env={**os.environ, "NETJOURNAL_LOCK_TIMEOUT": "60"})
        os.close(stderr)
        assert _read_line(terminal) == WAITING_MESSAGE  # after a second
        assert importer.poll() is None  # still waiting, nothing written
        assert names_in(folder) == {"Sari Wijaya"}
    finally:
        _let_go(lock_holder)
    out, _ = importer.communicate(timeout=120)
    os.close(terminal)
    assert importer.returncode == 0
    assert out.startswith("imported 200, merged 0, rejected 0")
    assert names_in(folder) == {"Sari Wijaya", *people}


def test_a_writer_that_waits_too_long_fails_in_words_naming_the_holder(tmp_path):
    folder = tmp_path / "data"
    (tmp_path / "a.vcf").write_bytes(cards(["Budi Santoso"]))
    lock_holder = _hold(folder)
    try:
        assert holder(DataDir(folder).lock) == f"process {lock_holder.pid} (netjournal)"
        for args in (("import", str(tmp_path / "a.vcf")), ("add", "Rina Kusuma")):
            result = run_netjournal(*args, "--data-dir", str(folder),
                                    env={"NETJOURNAL_LOCK_TIMEOUT": "1.5"})
            assert result.returncode == 1
            lines = result.stderr.splitlines()
            assert len(lines) == 1  # a script sees the result alone: no waiting notice
            assert f"another NetJournal (process {lock_holder.pid} (netjournal)" in lines[-1]
            assert "try again when it has finished" in lines[-1]
    finally:
        _let_go(lock_holder)
    assert not DataDir(folder).has_journal()  # nothing was created while it waited


def test_two_adds_and_an_import_together_lose_nothing(tmp_path):
    folder = tmp_path / "data"
    assert run_netjournal("add", "Sari Wijaya", "--data-dir", str(folder)).returncode == 0
    expected = {"Sari Wijaya"}
    for round_ in range(4):
        people = [f"Round{round_} Card{i:03}" for i in range(150)]
        (tmp_path / f"r{round_}.vcf").write_bytes(cards(people))
        procs = [
            (_netjournal("import", str(tmp_path / f"r{round_}.vcf"), "--data-dir", str(folder)),
             set(people)),
            (_netjournal("add", f"Adder{round_} One", "--new", "--data-dir", str(folder)),
             {f"Adder{round_} One"}),
            (_netjournal("add", f"Adder{round_} Two", "--new", "--data-dir", str(folder)),
             {f"Adder{round_} Two"}),
        ]
        for proc, names in procs:
            _, err = proc.communicate(timeout=120)
            # every process either saved everything it read or said it did not
            assert proc.returncode == 0, err
            expected |= names
        assert names_in(folder) == expected


def test_the_app_holds_the_writer_lock_only_while_it_saves(tmp_path):
    folder = DataDir(tmp_path / "data")
    with Store.open_app(folder) as app:
        app.contacts.create("From The App")
        assert holder(folder.lock) is None  # between saves: free for commands
        result = run_netjournal("add", "From A Terminal", "--data-dir", str(folder.root))
        assert result.returncode == 0, result.stderr
        app.contacts.create("From The App Again")
        assert app.contacts.count() == 3
        with pytest.raises(AlreadyOpenError):  # a second window brings the first forward
            Store.open_app(folder)
        # restore would swap the file under the open window: refused, naming it
        assert run_netjournal("backup", "-o", str(tmp_path / "b.sqlite3"),
                              "--data-dir", str(folder.root)).returncode == 0
        result = run_netjournal("restore", str(tmp_path / "b.sqlite3"),
                                "--data-dir", str(folder.root))
        assert result.returncode == 1
        assert f"already open on this data folder (process {os.getpid()}" in result.stderr
    assert names_in(folder.root) == {"From The App", "From A Terminal", "From The App Again"}


def test_the_app_waits_for_a_command_that_is_writing_then_fails_in_words(tmp_path,
                                                                         monkeypatch):
    folder = DataDir(tmp_path / "data")
    monkeypatch.setenv("NETJOURNAL_LOCK_TIMEOUT", "0.5")
    with Store.open_app(folder) as app:
        app.contacts.create("Before")
        lock_holder = _hold(folder.root)
        try:
            with pytest.raises(WriterBusyError, match=f"process {lock_holder.pid}"):
                app.contacts.create("While A Command Writes")
            assert app.contacts.count() == 1  # nothing half-written
        finally:
            _let_go(lock_holder)
        app.contacts.create("After")
        assert app.contacts.count() == 2


def test_the_exit_codes_are_documented_in_help():
    assert "exit status: 0 done; 1 not done" in " ".join(
        run_netjournal("--help").stdout.split())
    words = " ".join(run_netjournal("import", "--help").stdout.split())
    assert "exit status: 0 every record was saved" in words
    assert "2 the others were saved but some were rejected for their own data" in words
    assert "1 nothing was imported" in words
