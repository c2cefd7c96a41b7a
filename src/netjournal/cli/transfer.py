"""``import`` and ``export``: bring contacts in (vCard, LinkedIn, Google, Outlook, full export)
and take the journal out (vCard, CSV, JSON full export, ICS)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from netjournal.cli.common import CommandError, add_command, counted, open_store, print_json
from netjournal.interop import InteropError
from netjournal.interop.files import ExportFormat, export_file, import_file
from netjournal.interop.model import Format

# The other rows a full export adds (``ImportReport.records`` keys), as the summary counts them.
RECORD_WORDS = {
    "events": ("event", "events"), "interactions": ("interaction", "interactions"),
    "offers": ("offer", "offers"), "exchanges": ("favour", "favours"),
    "follow_ups": ("follow-up", "follow-ups"), "introductions": ("introduction", "introductions"),
    "connection_requests": ("connection request", "connection requests"),
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "import", cmd_import,
                    "import contacts; people already in the journal are merged, "
                    "never duplicated")
    p.add_argument("file", help="a vCard (.vcf), LinkedIn Connections.csv, Google or "
                                "Outlook contacts CSV, or a NetJournal JSON full export")
    p.add_argument("--format", choices=[f.value for f in Format], default=Format.AUTO.value,
                   help="what the file is (default: auto, from its content)")
    p.add_argument("--dry-run", action="store_true",
                   help="report what would be imported and merged; change nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = add_command(sub, "export", cmd_export, "write the journal to a file")
    p.add_argument("--format", choices=[f.value for f in ExportFormat], required=True,
                   help="vcard, csv (spreadsheet), json (the lossless full export) or ics "
                        "(follow-ups as calendar entries)")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write")
    p.add_argument("--vcard-version", choices=("4.0", "3.0"), default="4.0",
                   help="vCard version (default 4.0; 3.0 for older address books)")


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with open_store(args) as store:
        try:
            report = import_file(store, path, Format(args.format), dry_run=args.dry_run)
        except InteropError as e:
            raise CommandError(f"{path}: {e}") from e
    if args.json:
        print_json(report.to_json())
        return 0
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
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    path = Path(args.output)
    fmt = ExportFormat(args.format)
    with open_store(args) as store:
        try:
            n = export_file(store, path, fmt, vcard_version=args.vcard_version,
                            today=dt.date.today())
        except InteropError as e:
            raise CommandError(str(e)) from e
    what = (counted(n, "calendar entry", "calendar entries") if fmt == ExportFormat.ICS
            else counted(n, "contact", "contacts"))
    print(f"exported {what} to {path}")
    return 0
