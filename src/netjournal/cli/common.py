"""What every subcommand shares: the data folder, opening the store, errors, JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from netjournal.cli.words import fill, translate
from netjournal.paths import DataDir, PathsError
from netjournal.settings import SettingsError
from netjournal.storage import StorageError
from netjournal.storage.sql import DATABASE_ERRORS
from netjournal.storage.store import Store


class CommandError(Exception):
    """A failure the command reports in one line (exit code 1)."""


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="the data folder (default: $NETJOURNAL_DATA_DIR, "
                             "else the user data folder)")


def add_lang(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    """``--lang``: taken before or after the subcommand alike."""
    parser.add_argument("--lang", choices=("en", "id"), default=default,
                        help="language of the app and of human-readable output "
                             "(default: the locale: LC_ALL, LC_MESSAGES, LANG)")


def add_command(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                name: str, func: Callable[[argparse.Namespace], int], help: str,
                **kwargs: Any) -> argparse.ArgumentParser:
    """Add a subcommand that takes ``--data-dir`` and runs ``func``."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help, description=help,
                                                     **kwargs)
    add_data_dir(parser)
    add_lang(parser)
    parser.set_defaults(func=func)
    return parser


def data_dir(args: argparse.Namespace) -> DataDir:
    return DataDir.resolve(getattr(args, "data_dir", None))


def open_store(args: argparse.Namespace, *, exclusive: bool = False) -> Store:
    return Store.open(data_dir(args), exclusive=exclusive)


def counted(n: int, one: str, many: str) -> str:
    """``n`` and the noun that goes with it: ``1 page``, ``3 pages``."""
    return f"{n} {one if n == 1 else many}"


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; turn every expected error into one line on stderr."""
    try:
        code: int = args.func(args)
        return code
    except (CommandError, StorageError, PathsError, SettingsError) as e:
        print(f"netjournal {args.command}: {e}", file=sys.stderr)
        return 1
    except DATABASE_ERRORS as e:  # a damaged or unreadable file met in the middle of a command
        print(f"netjournal {args.command}: " + fill(translate(
            "cli", "the database could not be read: %1 (`netjournal check` tells more)"), e),
            file=sys.stderr)
        return 1
    except BrokenPipeError:
        # WORKAROUND for https://docs.python.org/3/library/signal.html#note-on-sigpipe
        # (output piped into `head`): stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as e:
        where = f" ({e.filename})" if e.filename else ""
        print(f"netjournal {args.command}: {e.strerror or e}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"netjournal {args.command}: " + translate("cli", "interrupted"), file=sys.stderr)
        return 130
