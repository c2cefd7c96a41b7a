"""``backup``, ``backups`` and ``restore``: the safety net on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from netjournal.cli.common import (
    CommandError,
    add_command,
    counted,
    data_dir,
    print_json,
    refuse_damaged,
    require_journal,
    retention_settings,
)
from netjournal.storage import backups
from netjournal.storage.lock import WriterLock, print_waiting


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "backup", cmd_backup,
                    "take a verified copy of the journal (into backups/ unless -o)")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write (default: backups/)")

    p = add_command(sub, "backups", cmd_backups, "list the backups, newest first")
    p.add_argument("--json", action="store_true",
                   help="print JSON: path, taken_at, bytes, contacts, verified")

    p = add_command(sub, "restore", cmd_restore,
                    "replace the journal with a backup, checked first; the journal it "
                    "replaces is kept beside it as netjournal.sqlite3.damaged-DATE")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", help="a backup (see 'netjournal backups')")
    which.add_argument("--latest", action="store_true",
                       help="the newest verified backup in the backups folder")


def cmd_backup(args: argparse.Namespace) -> int:
    folder = require_journal(args)
    refuse_damaged(folder)
    if args.output:
        dest = Path(args.output)
        contacts = backups.copy_to(folder.database, dest)
        print(f"backed up to {dest} ({counted(contacts or 0, 'contact', 'contacts')}, verified)")
        return 0
    _, rule = retention_settings(folder)
    info = backups.take_and_prune(folder.database, folder.backups, rule)
    print(f"backed up to {info.path} "
          f"({counted(info.contacts or 0, 'contact', 'contacts')}, verified)")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    found = backups.list_backups(folder.backups)
    if args.json:
        print_json([b.to_json() for b in found])
        return 0
    if not found:
        print(f"no backups in {folder.backups}")
        return 0
    for b in found:
        contacts = "?" if b.contacts is None else str(b.contacts)
        print(f"{b.taken_at.astimezone():%Y-%m-%d %H:%M}  {contacts:>7} contacts  "
              f"{_size(b.bytes):>8}  {'verified  ' if b.verified else 'unverified'}  {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    if args.latest:
        newest = backups.newest_verified(folder.backups)
        if newest is None:
            raise CommandError(f"there is no verified backup in {folder.backups}")
        source = newest.path
    else:
        source = Path(args.file)
    folder.ensure()
    # The app's lock: never swap the journal under an open window; the writer lock waits
    # for a command that is writing (an import) to finish first.
    writer = WriterLock(folder.lock)
    try:
        with WriterLock(folder.app_lock), writer.held_while(on_wait=print_waiting):
            result = backups.restore(folder, source, lock=writer)
    except backups.RefusedError as e:
        raise CommandError(f"{e}; the journal was not changed") from e
    line = f"restored {source} ({counted(result.contacts, 'contact', 'contacts')})"
    if result.kept is not None:
        line += f"; the journal it replaced is kept as {result.kept}"
    if result.safety is not None:
        line += f" (a verified copy is in {result.safety.path})"
    print(line)
    return 0


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
