"""The GUI bootstrap end to end: --quit-when-ready, one instance per folder, locks, errors."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from netjournal.paths import DataDir
from netjournal.storage.store import Store
from netjournal.ui.instance import InstanceServer, ask_running_instance, server_name
from tests.conftest import run_netjournal

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}
ALREADY_OPEN = "NetJournal is already open on this data folder; brought it to the front"

# Qt's offscreen platform warns that it lacks window features; a real display does not.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _gui(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return run_netjournal(*args, env=OFFSCREEN, timeout=timeout)


def test_quit_when_ready_on_an_empty_folder(tmp_path):
    result = _gui("--quit-when-ready", "--data-dir", str(tmp_path / "new"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new" / "netjournal.sqlite3").exists()


def test_quit_when_ready_on_a_demo_folder(tmp_path):
    folder = tmp_path / "demo"
    with Store.open(DataDir(folder)) as store:
        from netjournal import demo

        demo.generate(store, 300)
    result = _gui("--quit-when-ready", "--data-dir", str(folder), "--lang", "id")
    assert result.returncode == 0, result.stderr
    assert not DataDir(folder).geometry.exists()  # quitting when ready saves no window state


def test_a_broken_settings_file_is_reported_in_words(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.json").write_text("{not json", encoding="utf-8")
    result = _gui("--quit-when-ready", "--data-dir", str(folder))
    assert result.returncode == 1
    assert "settings.json is not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_journal_from_a_newer_version_is_refused(tmp_path):
    data = DataDir(tmp_path / "data")
    Store.open(data).close()
    with sqlite3.connect(data.database) as con:
        con.execute("INSERT INTO schema_migration (name, applied) VALUES"
                    " ('0099_from_the_future', '2030-01-01')")
    result = _gui("--quit-when-ready", "--data-dir", str(data.root))
    assert result.returncode == 1
    assert "newer version of NetJournal" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_data_folder_that_is_a_file_is_refused(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    result = _gui("--quit-when-ready", "--data-dir", str(not_a_folder))
    assert result.returncode == 1
    assert "data folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_server_names_differ_by_folder_and_are_stable(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert server_name(a) == server_name(a)
    assert server_name(a) != server_name(b)
    assert server_name(a) == server_name(tmp_path / "x" / ".." / "a")


def test_a_second_launch_asks_the_first_to_come_forward(qtbot, tmp_path):
    server = InstanceServer(tmp_path)
    assert server.listen()
    code = ("import sys; from pathlib import Path; "
            "from netjournal.ui.instance import ask_running_instance; "
            "print(ask_running_instance(Path(sys.argv[1])))")
    # Another process, as in real life (a thread would share the GIL with this event loop).
    with qtbot.waitSignal(server.sig_activation_requested, timeout=30_000):
        asker = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)],
                                 stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: asker.poll() is not None, timeout=30_000)
    assert asker.communicate(timeout=30)[0].strip() == "True"
    _dispose(qtbot, server)
    assert ask_running_instance(tmp_path, timeout_ms=300) is False


def test_a_stale_socket_left_by_a_dead_process_is_replaced(qtbot, tmp_path):
    first = InstanceServer(tmp_path)
    assert first.listen()
    second = InstanceServer(tmp_path)  # as if the first had died holding the name
    assert second.listen()
    _dispose(qtbot, first)
    _dispose(qtbot, second)


def _dispose(qtbot, server: InstanceServer) -> None:  # type: ignore[no-untyped-def]
    """Close a server and let Qt delete it (not Python's collector, mid-event)."""
    server.close()
    with qtbot.waitSignal(server.destroyed):
        server.deleteLater()


def _end(process: subprocess.Popen[str]) -> None:
    """Stop a helper process (if it still runs) and close its pipes."""
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=30)


def _start_first_instance(folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "netjournal", "--data-dir", str(folder)],
                            env={**os.environ, **OFFSCREEN}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_launching_twice_brings_the_first_window_forward(qtbot, tmp_path):
    folder = tmp_path / "data"
    first = _start_first_instance(folder)
    try:
        qtbot.waitUntil(lambda: ask_running_instance(folder, timeout_ms=200), timeout=60_000)
        second = _gui("--data-dir", str(folder))
        assert second.returncode == 0, second.stderr
        assert ALREADY_OPEN in second.stdout
        assert first.poll() is None  # the first one is still running, untouched
    finally:
        _end(first)


def _hold_lock(folder: Path) -> subprocess.Popen[str]:
    """A process that takes the app's lock and answers nobody (a window stuck starting)."""
    code = ("import sys; from pathlib import Path; from netjournal.paths import DataDir; "
            "from netjournal.storage.lock import WriterLock; "
            "d = DataDir(Path(sys.argv[1])).ensure(); lock = WriterLock(d.app_lock); "
            "lock.acquire(); print('locked', flush=True); sys.stdin.read()")
    holder = subprocess.Popen([sys.executable, "-c", code, str(folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_lock_held_by_someone_who_does_not_answer_is_reported(tmp_path):
    folder = tmp_path / "data"
    holder = _hold_lock(folder)
    try:
        result = _gui("--quit-when-ready", "--data-dir", str(folder))
        assert result.returncode == 1
        assert "already open elsewhere" in result.stderr
        assert f"process {holder.pid}" in result.stderr
    finally:
        _end(holder)


def test_a_lock_left_by_a_killed_process_is_recovered(tmp_path):
    folder = tmp_path / "data"
    holder = _hold_lock(folder)
    os.kill(holder.pid, signal.SIGKILL)
    _end(holder)
    assert (folder / "netjournal.app.lock").exists()  # the file stays; nobody holds it
    result = _gui("--quit-when-ready", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr


def test_without_a_display_the_app_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "netjournal", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display found" in lines[0], result.stderr
    assert "Reinstalling" not in result.stderr


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "linux", True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
    ({}, "win32", True),
    ({}, "darwin", True),
])
def test_which_machines_have_a_display(environ, platform, expected):
    from netjournal.app import missing_display

    assert (missing_display(environ, platform) is None) is expected


def test_with_the_app_lock_free_no_running_instance_is_asked(tmp_path):
    """A first launch asks nobody (and loads no QtNetwork before its window shows)."""
    code = ("import sys; from pathlib import Path; from netjournal import app; "
            "from netjournal.paths import DataDir; "
            "print(app._running_instance_answers(DataDir(Path(sys.argv[1])).ensure()), "
            "'PySide6.QtNetwork' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "data")],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.split() == ["False", "False"]
