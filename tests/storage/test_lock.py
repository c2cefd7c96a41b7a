"""One writer per data folder; a lock left by a killed process is recovered."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from netjournal.storage import AlreadyOpenError
from netjournal.storage.lock import WriterLock
from netjournal.storage.store import Store

HOLDER = textwrap.dedent("""
    import sys, time
    from netjournal.paths import DataDir
    from netjournal.storage.store import Store
    store = Store.open(DataDir(__import__("pathlib").Path(sys.argv[1])), exclusive=True)
    print("locked", flush=True)
    time.sleep(600)
""")


def test_second_exclusive_open_is_refused_with_the_pid(data_dir):
    with Store.open(data_dir, exclusive=True):
        proc = subprocess.run(
            [sys.executable, "-c", HOLDER, str(data_dir.root)], capture_output=True,
            text=True, timeout=60, check=False)
        assert proc.returncode != 0
        assert f"already open on this data folder (process {os.getpid()}" in proc.stderr
    with Store.open(data_dir, exclusive=True):  # released on close
        pass


def test_lock_of_a_killed_process_is_recovered(data_dir):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir.root)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    with pytest.raises(AlreadyOpenError) as info:
        WriterLock(data_dir.lock).acquire()
    assert info.value.pid == proc.pid
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert data_dir.lock.exists()  # the file stays, but nobody holds it
    with Store.open(data_dir, exclusive=True) as store:
        assert store.lock is not None and store.lock.held


def test_non_exclusive_readers_share(data_dir):
    with Store.open(data_dir, exclusive=True) as writer, Store.open(data_dir) as reader:
        writer.contacts.create("Sari")
        assert reader.contacts.count() == 1


def test_a_take_overwrites_a_longer_holder_line_without_emptying_the_file(tmp_path):
    """The holder's line is written over and cut to length (never emptied first: ext4
    flushes a file emptied and rewritten when it is closed, milliseconds per take)."""
    path = tmp_path / "netjournal.lock"
    path.write_text("123456 netjournal import --a-very-long-command-line-of-before")
    lock = WriterLock(path)
    lock.acquire()
    try:
        text = path.read_text()
        assert text.startswith(f"{os.getpid()} netjournal") and "very-long" not in text
    finally:
        lock.release()
