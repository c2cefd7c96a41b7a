"""``sync``: two-way sync of the contacts with a vCard folder that vdirsyncer syncs with
CardDAV (the folder is remembered in the settings on first use)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from netjournal import settings as settings_mod
from netjournal.cli.common import (
    EXIT_OK,
    EXIT_PARTLY,
    CommandError,
    add_command,
    data_dir,
    open_writer,
    print_json,
)
from netjournal.cli.words import fill, translate
from netjournal.interop.vdir import SyncOptions, SyncReport, VdirError, sync
from netjournal.storage import NotFoundError, StorageError, is_environmental


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "sync", cmd_sync,
                    "two-way sync of the contacts with a vCard folder (a vdir) that "
                    "vdirsyncer syncs with a CardDAV address book",
                    epilog="exit status: 0 synced; 2 synced, but some cards could not be "
                           "read (each named with its reason); 1 nothing was synced")
    p.add_argument("--vdir", metavar="DIR",
                   help="the vCard folder (remembered: later syncs need no argument)")
    p.add_argument("--restore", type=int, metavar="ID",
                   help="bring an archived contact back first (its card is written again)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")


def _folder(args: argparse.Namespace) -> Path:
    """The folder to sync: ``--vdir`` (remembered, made if its parent exists) or the one
    remembered."""
    path = data_dir(args).settings
    chosen = settings_mod.load(path)
    if args.vdir is None:
        if not chosen.vdir_folder:
            raise CommandError(translate(
                "cli", "no address-book folder yet: give one with --vdir DIR (it is "
                       "remembered for later syncs)"))
        return Path(chosen.vdir_folder)
    folder = Path(args.vdir).expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise CommandError(fill(translate("cli", "%1 is a file, not a folder"), folder))
    if not folder.exists():
        if not folder.parent.is_dir():
            raise CommandError(fill(translate("cli", "the folder %1 does not exist"),
                                    folder.parent))
        folder.mkdir(mode=0o700)
    if chosen.vdir_folder != str(folder):
        settings_mod.save(path, dataclasses.replace(chosen, vdir_folder=str(folder)))
    return folder


def options(chosen: settings_mod.Settings) -> SyncOptions:
    return SyncOptions(version=chosen.vdir_version, with_note=chosen.vdir_note)


def cmd_sync(args: argparse.Namespace) -> int:
    folder = _folder(args)
    chosen = settings_mod.load(data_dir(args).settings)
    with open_writer(args) as store:
        try:
            if args.restore is not None:
                if args.restore not in {i for i, _ in store.addressbook.archived()}:
                    raise CommandError(fill(translate(
                        "cli", "contact #%1 is not in the archive"), args.restore))
                store.contacts.restore(args.restore)
            report = sync(store, folder, options(chosen))
        except (VdirError, NotFoundError) as e:
            raise CommandError(str(e)) from e
        except StorageError as e:
            if is_environmental(e):
                raise CommandError(fill(translate(
                    "cli", "nothing was synced with %1: %2"), folder, e)) from e
            raise
    code = EXIT_PARTLY if report.unreadable else EXIT_OK
    if args.json:
        print_json(report.to_json())
    else:
        print_report(report)
    return code


def print_report(report: SyncReport) -> None:
    """The report in words, one line of counts and one line per person named."""
    print(fill(translate("cli", "synced with %1: written %2, read %3, new %4, updated %5, "
                                "archived %6, conflicts %7, unreadable %8"),
               report.folder, len(report.written), report.read, len(report.new),
               len(report.updated), len(report.archived), len(report.conflicts),
               len(report.unreadable)))
    for p in report.new:
        print("  " + fill(translate("cli", "new: %1 (#%2)"), p.name, p.contact_id))
    for u in report.updated:
        print("  " + fill(translate("cli", "updated: %1 (#%2): %3"), u.name, u.contact_id,
                          ", ".join(u.fields)))
    for p in report.archived:
        print("  " + fill(translate(
            "cli", "archived: %1 (#%2): the card was deleted from the address book; the "
                   "journal is kept (`netjournal sync --restore %2` brings it back)"),
            p.name, p.contact_id))
    for c in report.conflicts:
        print("  " + fill(translate(
            "cli", "conflict: %1 (#%2), %3 changed on both sides: kept \"%4\", the address "
                   "book's \"%5\" is in the contact's history"),
            c.name, c.contact_id, c.field, c.kept, c.other))
    for u in report.unreadable:
        print("  " + fill(translate("cli", "unreadable: %1: %2 (left as it is)"),
                          u.file_name, u.reason))
    if report.removed:
        print("  " + fill(translate("cli", "removed %1 (cards of contacts deleted here, or "
                                           "second cards of one person)"), len(report.removed)))
