"""Shared fixtures: a real data folder and SQLite file per test, Qt offscreen."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from netjournal.paths import DataDir
from netjournal.storage.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's journal or settings: point everything at tmp_path."""
    monkeypatch.setenv("NETJOURNAL_DATA_DIR", str(tmp_path / "env-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # Never the user's desktop keyring, nor their passphrase sources.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    for name in ("NETJOURNAL_PASSPHRASE", "NETJOURNAL_PASSPHRASE_COMMAND",
                 "NETJOURNAL_NEW_PASSPHRASE", "NETJOURNAL_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _no_key_left() -> Iterator[None]:
    """A key one test unlocked never opens another test's journal."""
    from netjournal.storage import keyed

    yield
    keyed.lock()


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data").ensure()


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """A real PostgreSQL server for the whole run (skips, or fails under CI=true, when
    the server's programs are missing)."""
    from tests.pgserver import running_server

    with running_server() as server:
        yield server


_databases = itertools.count(1)


@pytest.fixture
def pg_url(pg_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The URL of a new, empty PostgreSQL database for one test."""
    name = f"journal_{os.getpid()}_{next(_databases)}"
    url: str = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine a test of both engines runs on."""
    return str(request.param)


@pytest.fixture
def store(request: pytest.FixtureRequest, data_dir: DataDir) -> Iterator[Store]:
    """The test's journal: the SQLite file of its data folder, or, for a test that asks
    for ``engine``, a new PostgreSQL database on that run."""
    if "engine" in request.fixturenames and request.getfixturevalue("engine") == "postgresql":
        s = Store.open_url(request.getfixturevalue("pg_url"))
    else:
        s = Store.open(data_dir)
    yield s
    s.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self):  # type: ignore[no-untyped-def]
        return json.loads(self.out)


@pytest.fixture
def cli(data_dir: DataDir, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
        qapp):
    """Run ``netjournal ARGS --data-dir <the test's folder>`` in-process.

    Human output words its dates through QtCore: the session's QApplication (pytest-qt's)
    is made first, so the command line finds and reuses it instead of making a core one
    that the Qt tests could not share.
    """
    from netjournal.cli import main

    def run(*args: str, data: bool = True) -> CliResult:
        capsys.readouterr()
        argv = [*args, "--data-dir", str(data_dir.root)] if data else list(args)
        code = main(argv)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_netjournal(*args: str, env: dict[str, str] | None = None,
                   timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real ``python -m netjournal`` in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "netjournal", *args], capture_output=True,
                          text=True, env=full_env, timeout=timeout, check=False)
