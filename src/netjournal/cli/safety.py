"""``backup``, ``backups`` and ``restore``: the safety net on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from netjournal.cli.common import (
    CommandError,
    add_command,
    data_dir,
    database_url,
    open_reader,
    open_writer,
    print_json,
    refuse_damaged,
    require_journal,
    retention_settings,
    say_waiting,
)
from netjournal.cli.messages import QT_TRANSLATE_NOOP, reword
from netjournal.cli.words import fill, translate
from netjournal.interop import InteropError, serverbackups
from netjournal.storage import backup_restore, backups
from netjournal.storage.lock import WriterLock
from netjournal.storage.serversafety import ArchiveProgramMissingError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "backup", cmd_backup,
                    "take a verified copy of the journal (into backups/ unless -o)")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write (default: backups/)")
    p.add_argument("--format", choices=("auto", "json", "pg_dump"), default="auto",
                   help="on a PostgreSQL server: pg_dump's archive (checked with pg_restore "
                        "--list) or the JSON full export that `restore` brings back; auto: "
                        "pg_dump when it is installed, else JSON (-o FILE.json: JSON)")

    p = add_command(sub, "backups", cmd_backups, "list the backups, newest first")
    p.add_argument("--json", action="store_true",
                   help="print JSON: path, taken_at, bytes, contacts, verified")

    p = add_command(sub, "restore", cmd_restore,
                    "replace the journal with a backup, checked first; the journal it "
                    "replaces is kept beside it as netjournal.sqlite3.damaged-DATE (on a "
                    "PostgreSQL server: a JSON backup into an empty database only)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", help="a backup (see 'netjournal backups')")
    which.add_argument("--latest", action="store_true",
                       help="the newest verified backup in the backups folder")


def cmd_backup(args: argparse.Namespace) -> int:
    if database_url(args) is not None:
        return _backup_from_server(args)
    folder = require_journal(args)
    refuse_damaged(folder)
    if args.output:
        dest = Path(args.output)
        contacts = backups.copy_to(folder.database, dest)
        print(fill(translate("cli", "backed up to %1 (%2 contacts, verified)"), dest,
                   contacts or 0))
        return 0
    _, rule = retention_settings(folder)
    info = backups.take_and_prune(folder.database, folder.backups, rule)
    print(fill(translate("cli", "backed up to %1 (%2 contacts, verified)"), info.path,
               info.contacts or 0))
    return 0


def _backup_from_server(args: argparse.Namespace) -> int:
    """A journal on a server: pg_dump's archive or the JSON full export, verified, in the
    data folder's backups/ (the server's own backups go on as they are)."""
    kind = None if args.format == "auto" else serverbackups.Kind(args.format)
    dest = Path(args.output) if args.output else None
    if dest is not None and kind is None and dest.suffix.lower() == ".json":
        kind = serverbackups.Kind.JSON
    folder = data_dir(args)
    if dest is None:
        folder.ensure()
    with open_reader(args) as store:
        try:
            taken = serverbackups.take(store, folder.backups, kind=kind, dest=dest)
        except InteropError as e:
            raise CommandError(reword(str(e))) from e
    if taken.fallback is not None:
        if isinstance(taken.fallback, ArchiveProgramMissingError):
            why = translate("cli", "pg_dump is not installed: a JSON full export was "
                                   "written instead")
        else:
            why = fill(translate("cli", "pg_dump did not work (%1): a JSON full export was "
                                        "written instead"), taken.fallback)
        print(f"netjournal {args.command}: " + fill(translate("cli", "warning: %1"), why),
              file=sys.stderr)
    print(server_backup_words(taken.backup))
    return 0


def server_backup_words(backup: serverbackups.ServerBackup) -> str:
    """The line that says where a server's backup went and how it comes back."""
    if backup.kind == serverbackups.Kind.ARCHIVE:
        return fill(translate("cli", "backed up to %1 (%2 contacts, a pg_dump archive checked "
                                     "with pg_restore --list: pg_restore brings it back)"),
                    backup.path, backup.contacts or 0)
    return fill(translate("cli", "backed up to %1 (%2 contacts, a verified JSON full export: "
                                 "`netjournal restore` brings it back into an empty "
                                 "database)"), backup.path, backup.contacts or 0)


def cmd_backups(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    if database_url(args) is not None:  # the backups of journals on a server: JSON, pg_dump
        found: Sequence[backups.BackupInfo | serverbackups.ServerBackup] = \
            serverbackups.list_backups(folder.backups)
        none = translate("cli", "no backups of a server's journal in %1")
    else:
        found = backups.list_backups(folder.backups)
        none = translate("cli", "no backups in %1")
    if args.json:
        print_json([b.to_json() for b in found])
        return 0
    if not found:
        print(fill(none, folder.backups))
        return 0
    verified, unverified = translate("cli", "verified"), translate("cli", "unverified")
    state_width = max(len(verified), len(unverified))
    for b in found:
        contacts = "?" if b.contacts is None else str(b.contacts)
        state = verified if b.verified else unverified
        line = (f"{b.taken_at.astimezone():%Y-%m-%d %H:%M}  "
                + fill(translate("cli", "%1 contacts"), f"{contacts:>7}")
                + f"  {_size(b.bytes):>8}  {state:<{state_width}}  ")
        if isinstance(b, serverbackups.ServerBackup):
            kind = "JSON" if b.kind == serverbackups.Kind.JSON else "pg_dump"
            line += f"{kind:<7}  {b.path}" + (f"  ({b.database})" if b.database else "")
        else:
            line += str(b.path)
        print(line)
    return 0


_REFUSALS = {
    "missing": QT_TRANSLATE_NOOP("cli", "%1 cannot be read; the database was not changed"),
    "archive": QT_TRANSLATE_NOOP("cli", "%1 is a pg_dump archive: restore it with pg_restore "
                                        "(pg_restore -d DATABASE %1) into an empty database; "
                                        "the database was not changed"),
    "sqlite": QT_TRANSLATE_NOOP("cli", "%1 is a SQLite journal: `netjournal copy-to URL "
                                       "--data-dir FOLDER` moves a data folder's journal "
                                       "to a server; the database was not changed"),
    "not_backup": QT_TRANSLATE_NOOP("cli", "%1 is not a NetJournal JSON backup; the database "
                                           "was not changed"),
    "not_empty": QT_TRANSLATE_NOOP("cli", "%2 already holds a journal: a backup is restored "
                                          "into an empty database only (create one, then "
                                          "give its URL); the database was not changed"),
    "damaged": QT_TRANSLATE_NOOP("cli", "%1 does not restore (%3); the database was not "
                                        "changed"),
}


def _restore_to_server(args: argparse.Namespace) -> int:
    """A JSON backup into an empty database on the server, all of it or nothing."""
    folder = data_dir(args)
    with open_writer(args) as store:
        if args.latest:
            newest = serverbackups.newest_restorable(folder.backups, store.where)
            if newest is None:
                raise CommandError(fill(translate(
                    "cli", "there is no verified JSON backup of %1 in %2"),
                    store.where, folder.backups))
            source = newest.path
        else:
            source = Path(args.file)
        try:
            contacts = serverbackups.restore(store, source)
        except serverbackups.RefusedError as e:
            detail = str(e).split(": ", 1)[-1]
            raise CommandError(fill(translate("cli", _REFUSALS[e.code]), source, store.where,
                                    reword(detail))) from e
        where = store.where
    print(fill(translate("cli", "restored %1 into %2 (%3 contacts)"), source, where, contacts))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if database_url(args) is not None:
        return _restore_to_server(args)
    folder = data_dir(args)
    if args.latest:
        newest = backups.newest_verified(folder.backups)
        if newest is None:
            raise CommandError(fill(translate("cli", "there is no verified backup in %1"),
                                    folder.backups))
        source = newest.path
    else:
        source = Path(args.file)
    folder.ensure()
    # The app's lock: never swap the journal under an open window; the writer lock waits
    # for a command that is writing (an import) to finish first.
    writer = WriterLock(folder.lock)
    try:
        with WriterLock(folder.app_lock), writer.held_while(on_wait=say_waiting):
            result = backup_restore.restore(folder, source, lock=writer)
    except backup_restore.RefusedError as e:
        raise CommandError(fill(translate("cli", "%1; the journal was not changed"),
                                reword(str(e)))) from e
    line = fill(translate("cli", "restored %1 (%2 contacts)"), source, result.contacts)
    if result.kept is not None:
        line += fill(translate("cli", "; the journal it replaced is kept as %1"), result.kept)
    if result.safety is not None:
        line += fill(translate("cli", " (a verified copy is in %1)"), result.safety.path)
    print(line)
    return 0


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
