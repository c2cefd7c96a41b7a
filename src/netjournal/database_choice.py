"""Which journal to open: a PostgreSQL server named by URL, or the data folder's file.

One precedence for the app and the command line alike:

1. ``--database URL`` (``--database ""`` forces the data folder's SQLite file);
2. ``$NETJOURNAL_DATABASE``;
3. the choice remembered in the data folder's settings (File > Open database... in the
   app), kept without its password;
4. the SQLite file of the data folder.

A password is never written to the settings: it comes from the URL typed at that moment,
``~/.pgpass`` or the ``PG*`` variables (libpq reads the last two itself). Qt-free and
peewee-free, beside :mod:`netjournal.paths`.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass

ENV_DATABASE = "NETJOURNAL_DATABASE"
SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 5
"""How long the app waits for a server to answer before saying it cannot reach it."""


@dataclass(frozen=True)
class Choice:
    """The journal to open: ``url`` (None for the data folder's file) and where the
    choice came from: ``"flag"``, ``"environment"``, ``"remembered"`` or ``"default"``."""

    url: str | None
    source: str

    @property
    def on_server(self) -> bool:
        return self.url is not None


def choose(flag: str | None, environ: Mapping[str, str], remembered: str = "") -> Choice:
    """The journal to open (see the module docstring for the order).

    Args:
        flag: the ``--database`` value; None when it was not given, ``""`` for the file.
        environ: the environment (``NETJOURNAL_DATABASE``).
        remembered: the URL remembered in the settings (``""`` for none).
    """
    if flag is not None:
        return Choice(flag.strip() or None, "flag")
    if value := environ.get(ENV_DATABASE, "").strip():
        return Choice(value, "environment")
    if value := remembered.strip():
        return Choice(value, "remembered")
    return Choice(None, "default")


def is_server_url(location: str) -> bool:
    """Whether ``location`` names a PostgreSQL database (``postgresql://...``)."""
    return urllib.parse.urlsplit(location.strip()).scheme in SCHEMES


def without_password(url: str) -> str:
    """``url`` with no password (neither ``user:secret@`` nor ``?password=``): what may be
    shown in messages and remembered in the settings."""
    parts = urllib.parse.urlsplit(url.strip())
    netloc = parts.netloc
    if parts.password is not None:
        host = parts.hostname or ""
        if ":" in host:  # an IPv6 address keeps its brackets
            host = f"[{host}]"
        netloc = (f"{parts.username}@" if parts.username else "") + host
        if parts.port:
            netloc += f":{parts.port}"
    query = urllib.parse.urlencode([(k, v) for k, v in urllib.parse.parse_qsl(parts.query)
                                    if k.lower() != "password"])
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc, query=query))


def host_of(url: str) -> str:
    """The server a URL names, to say which one failed (``localhost`` when it names none:
    libpq then uses the local socket)."""
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.hostname or dict(urllib.parse.parse_qsl(parts.query)).get("host", "")
    host = host or "localhost"
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port else host
