"""What every subcommand shares: the data folder, opening the store, errors, JSON."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from netjournal import settings as settings_mod
from netjournal.cli import unlock
from netjournal.cli.messages import reword
from netjournal.cli.options import add_data_dir, add_lang, add_passphrase_file
from netjournal.cli.words import fill, translate
from netjournal.domain.hygiene import escape_for_json, for_terminal
from netjournal.domain.retention import Retention
from netjournal.paths import DataDir, PathsError
from netjournal.settings import SettingsError
from netjournal.storage import DamagedError, StorageError, backups, damagecheck, keyed
from netjournal.storage.db import is_damage
from netjournal.storage.sql import database_errors
from netjournal.storage.store import Store

DAMAGED_EXIT = 3  # the journal is damaged: the line names the backup that restores it


class CommandError(Exception):
    """A failure the command reports in one line (exit code 1).

    ``details`` are the lines ``--verbose`` prints under it (the problems of a line, the
    people a name could mean...); the headline alone must say what went wrong.
    """

    def __init__(self, message: str, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.details = tuple(details)


EXIT_OK = 0
EXIT_FAILED = 1  # nothing was done (or not all of it): the reason is on stderr
EXIT_PARTLY = 2  # done, but some records were rejected for their own data (listed)


def database_url(args: argparse.Namespace) -> str | None:
    """The PostgreSQL URL the command works on, or None for the SQLite file of the data
    folder: ``--database`` (``--database ""`` is the file), else ``$NETJOURNAL_DATABASE``,
    else the database remembered in the data folder's settings (as the app chooses it,
    :mod:`netjournal.database_choice`)."""
    from netjournal.database_choice import choose, is_server_url, without_password

    remembered = ""
    if getattr(args, "database", None) is None and not os.environ.get("NETJOURNAL_DATABASE"):
        try:
            remembered = settings_mod.load(data_dir(args).settings).database
        except (SettingsError, PathsError):
            remembered = ""  # the command says what is wrong with them if it reads them
    url = choose(getattr(args, "database", None), os.environ, remembered).url
    if url is not None and not is_server_url(url):
        raise CommandError(fill(translate(
            "cli", "%1 is not a PostgreSQL URL: give postgresql://user@host:port/database, "
                   "or leave --database out for the journal in the data folder"),
            without_password(url)))
    return url


def refuse_on_server(args: argparse.Namespace, why: str) -> None:
    """Stop a command that works on the SQLite file only, saying what to do instead."""
    if database_url(args) is not None:
        raise CommandError(fill(translate("cli", "%1 works on the journal file of a data "
                                                 "folder, not on a PostgreSQL server: %2"),
                                args.command, why))


def add_command(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                name: str, func: Callable[[argparse.Namespace], int], help: str,
                **kwargs: Any) -> argparse.ArgumentParser:
    """Add a subcommand that takes ``--data-dir`` and runs ``func``."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help, description=help,
                                                     prog=f"netjournal {name}", **kwargs)
    add_data_dir(parser)
    add_lang(parser)
    parser.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS,
                        help="log more, and print the details under an error's line")
    add_passphrase_file(parser)
    parser.set_defaults(func=func)
    return parser


def data_dir(args: argparse.Namespace) -> DataDir:
    return DataDir.resolve(getattr(args, "data_dir", None))


def refuse_damaged(folder: DataDir, *, full: bool | None = None) -> None:
    """Raise :class:`DamagedError` before any work if the journal's checks fail.

    Reads the header and schema through a read-only connection, and runs
    ``quick_check`` once a day or after a crash (``full``: always, or never): a damaged
    journal is never written (no checkpoint, no migration). See
    :mod:`netjournal.storage.damagecheck`.
    """
    problem = damagecheck.routine_check(folder, full=full)
    if problem is not None:
        raise DamagedError(folder.database, problem)


def damage_line(args: argparse.Namespace, problem: str) -> str:
    """The one line for a damaged journal: the problem, the newest good backup, the fix."""
    folder = data_dir(args)
    problem = " ".join(problem.split())
    line = f"netjournal {args.command}: " + fill(translate(
        "cli", "the journal %1 is damaged (%2); "), folder.database, problem)
    newest = backups.newest_verified(folder.backups)
    if newest is None:
        return line + fill(translate("cli", "there is no verified backup in %1"),
                           folder.backups)
    where = f" --data-dir {folder.root}" if getattr(args, "data_dir", None) else ""
    return line + fill(translate("cli", "the newest verified backup is from %1 with %2 "
                                        "contacts: `%3` brings it back"),
                       f"{newest.taken_at.astimezone():%Y-%m-%d %H:%M}", newest.contacts or 0,
                       f"netjournal restore --latest{where}")


def retention_settings(folder: DataDir) -> tuple[dt.timedelta, Retention]:
    """The backup interval and retention of the folder's settings (defaults if unreadable)."""
    try:
        chosen = settings_mod.load(folder.settings)
    except SettingsError:
        chosen = settings_mod.Settings()
    return dt.timedelta(minutes=chosen.backup_interval_minutes), chosen.retention()


def _fingerprint(folder: DataDir) -> tuple[object, ...]:
    """What changes when the journal is written: its file's and its log's size and time."""
    out: list[object] = []
    for path in (folder.database, Path(str(folder.database) + "-wal")):
        try:
            st = path.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def backup_after_write(args: argparse.Namespace, before: tuple[object, ...]) -> None:
    """After a command that changed the journal: a verified backup if one is due.

    A backup that cannot be taken (full disk, read-only folder) is a warning on stderr;
    the command's own result stands.
    """
    try:
        if database_url(args) is not None:
            return  # a server's journal: its backups are the server's (or `backup`)
        folder = data_dir(args)
        if _fingerprint(folder) == before or not folder.database.exists():
            return
        interval, rule = retention_settings(folder)
        if backups.due(folder.backups, interval):
            backups.take_and_prune(folder.database, folder.backups, rule)
    except (StorageError, PathsError, OSError) as e:
        print(f"netjournal {args.command}: " + fill(translate("cli", "warning: %1"),
                                                     reword(str(e))), file=sys.stderr)


def open_reader(args: argparse.Namespace, *, full_check: bool | None = None) -> Store:
    """Open the journal only to read it; a folder with no journal is refused, untouched.

    ``full_check``: run ``quick_check`` now (True) rather than when it is due (None).
    On a PostgreSQL server, the server looks after its pages and readers.
    """
    if (url := database_url(args)) is not None:
        return Store.open_url(url)
    folder = require_journal(args)
    refuse_damaged(folder, full=full_check)
    return Store.open_reader(folder)


def require_journal(args: argparse.Namespace) -> DataDir:
    """The data folder, if it holds a journal; else a refusal naming it (nothing created)."""
    folder = data_dir(args)
    if folder.root.exists() and not folder.root.is_dir():
        raise CommandError(fill(translate(
            "cli", "cannot use the data folder %1: it is a file, not a folder"), folder.root))
    if not folder.has_journal():
        if folder.root.is_dir():
            text = translate("cli", "there is no journal in %1: check --data-dir (or "
                                    "$NETJOURNAL_DATA_DIR); nothing was created")
        else:
            text = translate("cli", "there is no journal in %1 (there is no such folder): "
                                    "check --data-dir (or $NETJOURNAL_DATA_DIR); nothing was "
                                    "created")
        raise CommandError(fill(text, folder.root))
    return folder


def open_writer(args: argparse.Namespace) -> Store:
    """Open the journal to write, holding the writer lock until the store is closed.

    Waits for another writer (saying so on stderr after a second); a new journal is
    created, and said so on stderr. On a PostgreSQL server, transactions keep writers
    apart (an empty database gets the journal's schema).
    """
    if (url := database_url(args)) is not None:
        return Store.open_url(url)
    folder = data_dir(args)
    new = not folder.has_journal()
    if not new:
        refuse_damaged(folder)
    store = Store.open_writer(folder, on_wait=say_waiting)
    if new:
        print(f"netjournal {args.command}: "
              + fill(translate("cli", "created a new journal in %1"), folder.root),
              file=sys.stderr)
    return store


def say_waiting() -> None:
    """The notice a writer prints on stderr, in a terminal, while another one holds the
    journal (a script sees only the result: one line if it gives up)."""
    if sys.stderr.isatty():
        print(translate("cli", "waiting for another NetJournal to finish..."),
              file=sys.stderr, flush=True)


def counted(n: int, one: str, many: str) -> str:
    """``n`` and the noun that goes with it: ``1 page``, ``3 pages``."""
    return f"{n} {one if n == 1 else many}"


def print_json(data: Any) -> None:
    """Print ``data`` as JSON; characters that hide or reorder text are ``\\u`` escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(escape_for_json(text) + "\n")


class TerminalSafe(io.TextIOBase):
    """A text stream that passes everything through :func:`for_terminal` first."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(for_terminal(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:
        return self.stream.fileno()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # the wrapped stream's
        return str(getattr(self.stream, "encoding", "utf-8"))


@contextlib.contextmanager
def terminal_safe_output() -> Iterator[None]:
    """While a command runs, no control or bidi character it prints reaches the terminal."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(out), TerminalSafe(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        sys.stdout, sys.stderr = out, err


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; turn every expected error into one line on stderr."""
    with terminal_safe_output(), keyed.kept_for_the_call():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        before = _fingerprint(data_dir(args))
    except PathsError:
        before = ()
    try:
        if before and database_url(args) is None:  # an encrypted journal: unlocked first
            unlock.unlock_if_encrypted(args, data_dir(args))
        code: int = args.func(args)
        if code == 0 and args.command not in ("restore", "backup"):
            backup_after_write(args, before)
        return code
    except DamagedError as e:
        print(damage_line(args, e.problem), file=sys.stderr)
        return DAMAGED_EXIT
    except unlock.LockedJournalError as e:
        print(f"netjournal {args.command}: {e}", file=sys.stderr)
        return 1
    except (CommandError, StorageError, PathsError, SettingsError) as e:
        cause = e.__cause__
        if isinstance(cause, database_errors()) and is_damage(cause):
            print(damage_line(args, str(cause)), file=sys.stderr)
            return DAMAGED_EXIT
        print(f"netjournal {args.command}: {reword(str(e))}", file=sys.stderr)
        if getattr(args, "verbose", False):
            for line in getattr(e, "details", ()):
                print(f"  {line}", file=sys.stderr)
            if cause is not None:
                print(f"  {type(cause).__name__}: {cause}", file=sys.stderr)
        return 1
    except database_errors() as e:  # a damaged or unreadable file met in the middle of a command
        if is_damage(e):  # SQLITE_CORRUPT, SQLITE_NOTADB: the same recovery as at open
            print(damage_line(args, str(e)), file=sys.stderr)
            return DAMAGED_EXIT
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
        print(f"netjournal {args.command}: {reword(str(e.strerror or e))}{where}",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"netjournal {args.command}: " + translate("cli", "interrupted"), file=sys.stderr)
        return 130
