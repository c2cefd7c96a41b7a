"""``import`` and ``export``: bring contacts in (vCard, LinkedIn, Google, Outlook, full export)
and take the journal out (vCard, CSV, JSON full export, ICS)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from netjournal.cli import words
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
from netjournal.cli.words import fill, translate
from netjournal.interop import InteropError
from netjournal.interop.files import ExportFormat, export_file, import_file
from netjournal.interop.model import Format
from netjournal.interop.records import CONTEXT as RECORDS_CONTEXT
from netjournal.interop.records import record_words
from netjournal.storage import StorageError, is_environmental


def _records(key: str, n: int) -> str:
    """``3 favours``, in the run's language (the import dialog's words in Indonesian)."""
    kind = record_words(key)
    if words.current() == "en":
        return counted(n, kind.one, kind.many)
    return fill(translate("cli", "%1 %2"), n, translate(RECORDS_CONTEXT, kind.many))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "import", cmd_import,
                    "import contacts; people already in the journal are merged, "
                    "never duplicated",
                    epilog="exit status: 0 every record was saved (or merged); 2 the others "
                           "were saved but some were rejected for their own data (each "
                           "listed with its reason); 1 nothing was imported (the file "
                           "cannot be read, or the journal is busy, full or read-only)")
    p.add_argument("file", help="a vCard (.vcf), LinkedIn Connections.csv, Google or "
                                "Outlook contacts CSV, or a NetJournal CSV export or "
                                "JSON full export")
    p.add_argument("--format", choices=[f.value for f in Format], default=Format.AUTO.value,
                   help="what the file is (default: auto, from its content; csv is "
                        "NetJournal's own CSV export)")
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
    summary = fill(translate("cli", "imported %1, merged %2, rejected %3"),
                   report.imported, report.merged, len(report.rejected))
    print(fill(translate("cli", "dry run, nothing was changed: %1"), summary)
          if args.dry_run else summary)
    if report.unchanged:
        people = (translate("cli", "1 person") if report.unchanged == 1
                  else fill(translate("cli", "%1 people"), report.unchanged))
        print("  " + fill(translate("cli", "of the merged, %1 already had everything the "
                                           "file holds"), people))
    for outcome in report.merges:
        into = f" #{outcome.contact_id}" if outcome.contact_id is not None else ""
        print("  " + fill(translate("cli", "merged %1 (%2) into%3: %4"),
                          outcome.where, outcome.name, into, outcome.note))
    for problem in report.rejected:
        print("  " + fill(translate("cli", "rejected %1: %2"), problem.where, problem.reason))
    for problem in report.warnings:
        print("  " + fill(translate("cli", "note %1: %2"), problem.where, problem.reason))
    if report.records:
        print(fill(translate("cli", "also added: %1"), ", ".join(
            _records(key, n) for key, n in report.records.items())))
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
        encrypted = store.encrypted
    if fmt == ExportFormat.ICS:
        what = (translate("cli", "1 calendar entry") if n == 1
                else fill(translate("cli", "%1 calendar entries"), n))
    else:
        what = (translate("cli", "1 contact") if n == 1
                else fill(translate("cli", "%1 contacts"), n))
    print(fill(translate("cli", "exported %1 to %2"), what, path))
    if encrypted:
        print(translate("cli", "the journal is encrypted, this export is not: keep the file "
                               "somewhere safe, or delete it when it has served"))
    return 0
