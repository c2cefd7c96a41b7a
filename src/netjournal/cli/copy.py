"""``copy-to``: the whole journal, ids included, into an empty PostgreSQL database or an
empty data folder (moving a journal between the SQLite file and a server)."""

from __future__ import annotations

import argparse
from pathlib import Path

from netjournal.cli.common import CommandError, add_command, open_reader
from netjournal.cli.words import fill, translate
from netjournal.paths import DataDir
from netjournal.storage import transfer
from netjournal.storage.postgres import is_postgres_url, shown_url
from netjournal.storage.store import Store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "copy-to", cmd_copy_to,
                    "copy the whole journal (ids included) into an empty PostgreSQL "
                    "database (postgresql://user@host:port/db) or an empty data folder")
    p.add_argument("target", metavar="URL|DIR",
                   help="an empty PostgreSQL database, or a folder with no journal in it")


def cmd_copy_to(args: argparse.Namespace) -> int:
    target: str = args.target
    with open_reader(args) as source:
        rows = transfer.dump(source)  # every row as stored; the source is closed after
        where_from = source.where
    destination = (Store.open_url(target) if is_postgres_url(target)
                   else Store.open_writer(DataDir(Path(target).expanduser())))
    with destination:
        if not transfer.is_empty(destination):
            raise CommandError(fill(translate(
                "cli", "%1 already holds a journal: copy-to needs an empty one; nothing "
                       "was copied"), destination.where))
        transfer.restore(destination, rows)  # one transaction: all of it or nothing
        contacts = len(rows["contact"])
        where_to = destination.where
    print(fill(translate("cli", "copied %1 contacts with their journal from %2 into %3"),
               contacts, where_from, shown_url(where_to)))
    return 0
