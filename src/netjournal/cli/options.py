"""The options every command takes, and the app too: ``--data-dir``, ``--database``,
``--lang`` and ``--passphrase-file``.

Kept apart from :mod:`netjournal.cli.common` so that starting the app reads them without
importing what the commands need (the store's backups, encryption, the CLI's wording).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from netjournal import passphrase


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="the data folder (default: $NETJOURNAL_DATA_DIR, "
                             "else the user data folder)")
    parser.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                        help="a journal on a PostgreSQL server, "
                             "postgresql://user@host:port/db (default: $NETJOURNAL_DATABASE, "
                             "else the one chosen in the app's File > Open database, else "
                             "the SQLite file in the data folder; --database \"\" is that "
                             "file)")


def add_lang(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    """``--lang``: taken before or after the subcommand alike."""
    parser.add_argument("--lang", choices=("en", "id"), default=default,
                        help="language of the app and of human-readable output "
                             "(default: the locale: LC_ALL, LC_MESSAGES, LANG)")


def add_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE", type=Path,
                        default=argparse.SUPPRESS,
                        help="read the passphrase of an encrypted journal from FILE "
                             f"(else ${passphrase.ENV_PASSPHRASE}, "
                             f"${passphrase.ENV_COMMAND}, the keyring, a prompt)")
