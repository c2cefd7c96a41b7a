"""A real PostgreSQL server for the tests: Debian's ``postgresql`` package, run in a temp
folder on a loopback port and removed afterwards.

``initdb`` refuses to run as root, so under root the server runs as the package's
``postgres`` user. Without the server's programs the PostgreSQL tests skip with a message,
except under ``CI=true``, where they fail: CI installs the package.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

USER = "netjournal"
"""The database role the tests connect as (the cluster's superuser, trust on loopback)."""


def server_programs() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, newest version first."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True,
                         key=lambda p: int(Path(p).parent.name)
                         if Path(p).parent.name.isdigit() else 0):
        if all((Path(folder) / p).exists() for p in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A running server: ``url(db)`` names one of its databases; :meth:`stop` and
    :meth:`start` take it away and bring it back (a server gone mid-session)."""

    port: int
    folder: Path
    control: tuple[list[str], dict[str, str], str] | None = None
    """pg_ctl's command prefix, environment and start options."""

    def stop(self) -> None:
        """Stop the server at once (connections are dropped, as in a crash)."""
        assert self.control is not None
        prefix, env, _options = self.control
        subprocess.run([*prefix, "-D", str(self.folder / "data"), "-m", "immediate", "-w",
                        "stop"], check=True, capture_output=True, env=env)

    def start(self) -> None:
        """Start it again on the same port, and wait until it answers."""
        assert self.control is not None
        prefix, env, options = self.control
        subprocess.run([*prefix, "-D", str(self.folder / "data"), "-o", options, "-l",
                        str(self.folder / "server.log"), "-w", "-t", "60", "start"],
                       check=True, capture_output=True, env=env)
        _wait_until_up(self.port)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _as_server_user() -> tuple[list[str], int | None, int | None]:
    """The command prefix, uid and gid to run the server with (root hands it over)."""
    if os.geteuid() != 0:
        return [], None, None
    entry = pwd.getpwnam("postgres")
    return ["runuser", "-u", "postgres", "--"], entry.pw_uid, entry.pw_gid


@contextlib.contextmanager
def running_server() -> Iterator[Server]:
    """Start a throw-away cluster; stop it and remove its folder on the way out."""
    programs = server_programs()
    if programs is None:
        message = ("PostgreSQL tests need the server's programs (Debian: "
                   "apt-get install postgresql)")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    prefix, uid, gid = _as_server_user()
    folder = Path(tempfile.mkdtemp(prefix="netjournal-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    if uid is not None:
        for path in (folder, sockets):
            os.chown(path, uid, gid if gid is not None else -1)
    port = free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    subprocess.run([*prefix, str(programs / "initdb"), "-D", str(data), "-U", USER,
                    "-A", "trust", "-E", "UTF8", "--no-sync"],
                   check=True, capture_output=True, env=env)
    options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c full_page_writes=off -c max_connections=40")
    subprocess.run([*prefix, str(programs / "pg_ctl"), "-D", str(data), "-o", options,
                    "-l", str(folder / "server.log"), "-w", "-t", "60", "start"],
                   check=True, capture_output=True, env=env)
    try:
        _wait_until_up(port)
        yield Server(port=port, folder=folder,
                     control=([*prefix, str(programs / "pg_ctl")], env, options))
    finally:
        subprocess.run([*prefix, str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], capture_output=True, env=env, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def _wait_until_up(port: int, limit: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + limit
    while True:
        try:
            psycopg.connect(f"postgresql://{USER}@127.0.0.1:{port}/postgres").close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
