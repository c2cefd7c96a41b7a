"""``import`` and ``export``: bring contacts in (vCard, LinkedIn, Google, Outlook, backup)
and take the journal out (vCard, CSV, JSON backup, ICS)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from netjournal.cli.common import (
    EXIT_OK,
    EXIT_PARTLY,
    CommandError,
    add_command,
    counted,
    open_reader,
    open_writer,
    print_json,
)
from netjournal.interop import InteropError
from netjournal.interop.files import ExportFormat, export_file, import_file
from netjournal.interop.model import Format
from netjournal.storage import StorageError, is_environmental

# The other rows a backup adds (``ImportReport.records`` keys), as the summary counts them.
RECORD_WORDS = {
    "events": ("event", "events"), "interactions": ("interaction", "interactions"),
    "offers": ("offer", "offers"), "exchanges": ("favour", "favours"),
    "follow_ups": ("follow-up", "follow-ups"), "introductions": ("introduction", "introductions"),
    "connection_requests": ("connection request", "connection requests"),
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "import", cmd_import,
                    "import contacts; people already in the journal are merged, "
                    "never duplicated",
                    epilog="exit status: 0 every record was saved (or merged); 2 the others "
                           "were saved but some were rejected for their own data (each "
                           "listed with its reason); 1 nothing was imported (the file "
                           "cannot be read, or the journal is busy, full or read-only)")
    p.add_argument("file", help="a vCard (.vcf), LinkedIn Connections.csv, Google or "
                                "Outlook contacts CSV, or a NetJournal JSON backup")
    p.add_argument("--format", choices=[f.value for f in Format], default=Format.AUTO.value,
                   help="what the file is (default: auto, from its content)")
    p.add_argument("--dry-run", action="store_true",
                   help="report what would be imported and merged; change nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = add_command(sub, "export", cmd_export, "write the journal to a file")
    p.add_argument("--format", choices=[f.value for f in ExportFormat], required=True,
                   help="vcard, csv (spreadsheet), json (the lossless full backup) or ics "
                        "(follow-ups as calendar entries)")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write")
    p.add_argument("--vcard-version", choices=("4.0", "3.0"), default="4.0",
                   help="vCard version (default 4.0; 3.0 for older address books)")


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():  # before the journal is opened (or created) for nothing
        why = "it is a folder, not a file" if path.is_dir() else "the file does not exist"
        raise CommandError(f"{path}: {why}")
    with open_writer(args) as store:
        try:
            report = import_file(store, path, Format(args.format), dry_run=args.dry_run)
        except InteropError as e:
            raise CommandError(f"{path}: {e}") from e
        except StorageError as e:
            if is_environmental(e):  # the transaction was rolled back whole
                raise CommandError(f"nothing was imported from {path}: {e}") from e
            raise
    code = EXIT_PARTLY if report.rejected else EXIT_OK
    if args.json:
        print_json(report.to_json())
        return code
    print(("dry run, nothing was changed: " if args.dry_run else "") + report.summary())
    if report.unchanged:
        print(f"  of the merged, {counted(report.unchanged, 'person', 'people')} already "
              "had everything the file holds")
    for problem in report.rejected:
        print(f"  rejected {problem.where}: {problem.reason}")
    for problem in report.warnings:
        print(f"  note {problem.where}: {problem.reason}")
    if report.records:
        print("also added: " + ", ".join(
            counted(n, *RECORD_WORDS.get(key, (key, key))) for key, n in report.records.items()))
    return code


def cmd_export(args: argparse.Namespace) -> int:
    path = Path(args.output)
    fmt = ExportFormat(args.format)
    with open_reader(args) as store:
        try:
            n = export_file(store, path, fmt, vcard_version=args.vcard_version,
                            today=dt.date.today())
        except InteropError as e:
            raise CommandError(str(e)) from e
    what = (counted(n, "calendar entry", "calendar entries") if fmt == ExportFormat.ICS
            else counted(n, "contact", "contacts"))
    print(f"exported {what} to {path}")
    return 0
