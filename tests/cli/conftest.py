"""The command line's tests of both engines: on PostgreSQL every command the test runs
(in-process or in a subprocess) works on the test's server database."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from netjournal.paths import DataDir
from netjournal.storage.store import Store


@pytest.fixture(autouse=True)
def _commands_on_the_engine(request: pytest.FixtureRequest,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that asks for ``engine``: on PostgreSQL, ``$NETJOURNAL_DATABASE`` names its
    database, so the commands need no ``--database``."""
    if "engine" in request.fixturenames and request.getfixturevalue("engine") == "postgresql":
        monkeypatch.setenv("NETJOURNAL_DATABASE", request.getfixturevalue("pg_url"))


@pytest.fixture
def open_journal(request: pytest.FixtureRequest, data_dir: DataDir) -> Callable[[], Store]:
    """Open the journal the test's commands work on (its data folder's file, or its
    server database)."""
    url = None
    if "engine" in request.fixturenames and request.getfixturevalue("engine") == "postgresql":
        url = str(request.getfixturevalue("pg_url"))

    def opened() -> Store:
        return Store.open_url(url) if url else Store.open(data_dir)

    return opened
