"""``backup``, ``backups`` and ``restore``: the safety net on the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from netjournal.cli.common import (
    CommandError,
    add_command,
    data_dir,
    database_url,
    open_reader,
    print_json,
    refuse_damaged,
    refuse_on_server,
    require_journal,
    retention_settings,
    say_waiting,
)
from netjournal.cli.messages import reword
from netjournal.cli.words import fill, translate
from netjournal.paths import ensure_private_dir
from netjournal.storage import backups
from netjournal.storage.lock import WriterLock


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
    """A journal on a server: its JSON full export, which `import` brings back into an
    empty database or data folder (the server's own backups go on as they are)."""
    from netjournal.interop.files import ExportFormat, export_file

    if args.output:
        dest = Path(args.output)
    else:
        folder = data_dir(args).ensure()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        dest = folder.backups / f"netjournal-server-{stamp}.json"
        ensure_private_dir(folder.backups)
    with open_reader(args) as store:
        contacts = export_file(store, dest, ExportFormat.JSON)
    print(fill(translate("cli", "backed up to %1 (%2 contacts, a JSON full export: "
                                "`netjournal import` brings it back into an empty journal)"),
               dest, contacts))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    refuse_on_server(args, translate("cli", "list the JSON backups `netjournal backup` wrote "
                                            "in the data folder's backups/"))
    folder = data_dir(args)
    found = backups.list_backups(folder.backups)
    if args.json:
        print_json([b.to_json() for b in found])
        return 0
    if not found:
        print(fill(translate("cli", "no backups in %1"), folder.backups))
        return 0
    verified, unverified = translate("cli", "verified"), translate("cli", "unverified")
    state_width = max(len(verified), len(unverified))
    for b in found:
        contacts = "?" if b.contacts is None else str(b.contacts)
        state = verified if b.verified else unverified
        print(f"{b.taken_at.astimezone():%Y-%m-%d %H:%M}  "
              + fill(translate("cli", "%1 contacts"), f"{contacts:>7}")
              + f"  {_size(b.bytes):>8}  {state:<{state_width}}  {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    refuse_on_server(args, translate("cli", "import a JSON backup into an empty database "
                                            "with `netjournal import FILE --database URL`"))
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
            result = backups.restore(folder, source, lock=writer)
    except backups.RefusedError as e:
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
