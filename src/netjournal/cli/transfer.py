"""``import`` and ``export``: bring contacts in (vCard, LinkedIn, Google, Outlook, full export),
LinkedIn's invitations and messages too, and take the journal out (vCard, CSV, JSON full
export, ICS)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from netjournal import settings as settings_mod
from netjournal.cli import words
from netjournal.cli.common import (
    EXIT_OK,
    EXIT_PARTLY,
    CommandError,
    add_command,
    counted,
    data_dir,
    open_reader,
    open_writer,
    print_json,
)
from netjournal.cli.messages import reword
from netjournal.cli.words import fill, translate
from netjournal.interop import InteropError
from netjournal.interop.files import ExportFormat, export_file, import_file
from netjournal.interop.model import Action, Format, ImportReport, Kind
from netjournal.interop.records import CONTEXT as RECORDS_CONTEXT
from netjournal.interop.records import record_words
from netjournal.settings import SettingsError
from netjournal.storage import StorageError, is_environmental

STRANGERS_SHOWN = 20  # people not in the journal named one by one; the rest are counted


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
    p.add_argument("file", help="a vCard (.vcf), LinkedIn Connections.csv, Invitations.csv "
                                "or messages.csv, a whole LinkedIn export (.zip), Google or "
                                "Outlook contacts CSV, or a NetJournal CSV export or "
                                "JSON full export")
    p.add_argument("--format", choices=[f.value for f in Format], default=Format.AUTO.value,
                   help="what the file is (default: auto, from its content; csv is "
                        "NetJournal's own CSV export; linkedin is Connections.csv, "
                        "linkedin-invitations Invitations.csv (into the request inbox), "
                        "linkedin-messages messages.csv (onto the timelines), "
                        "linkedin-export the ZIP LinkedIn sends, its Connections, "
                        "Invitations and messages in that order)")
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


def _red_flags(args: argparse.Namespace) -> tuple[str, ...]:
    """The user's red-flag phrases (the defaults if the settings cannot be read)."""
    try:
        return settings_mod.load(data_dir(args).settings).red_flag_phrases
    except (SettingsError, OSError):
        return settings_mod.DEFAULT_RED_FLAGS


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():  # before the journal is opened (or created) for nothing
        why = (translate("cli", "it is a folder, not a file") if path.is_dir()
               else translate("cli", "the file does not exist"))
        raise CommandError(fill(translate("cli", "%1: %2"), path, why))
    with open_writer(args) as store:
        try:
            report = import_file(store, path, Format(args.format), dry_run=args.dry_run,
                                 red_flags=_red_flags(args))
        except InteropError as e:
            raise CommandError(fill(translate("cli", "%1: %2"), path, reword(str(e)))) from e
        except StorageError as e:
            if is_environmental(e):  # the transaction was rolled back whole
                raise CommandError(fill(translate("cli", "nothing was imported from %1: %2"),
                                        path, reword(str(e)))) from e
            raise
    code = EXIT_PARTLY if report.rejected else EXIT_OK
    if args.json:
        print_json(report.to_json())
        return code
    if report.kind == Kind.EXPORT:
        if args.dry_run:
            print(translate("cli", "dry run, nothing was changed"))
        for name, part in report.parts:
            print(fill(translate("cli", "%1:"), name))
            _print_report(part, dry_run=False, indent="  ")
        return code
    _print_report(report, dry_run=args.dry_run)
    return code


def _summary(report: ImportReport) -> str:
    if report.kind == Kind.REQUESTS:
        return fill(translate("cli", "connection requests: imported %1, skipped %2, "
                                     "rejected %3"),
                    report.imported, len(report.skipped), len(report.rejected))
    if report.kind == Kind.INTERACTIONS:
        return fill(translate("cli", "conversations (one a day): imported %1, skipped %2, "
                                     "rejected %3"),
                    report.imported, len(report.skipped), len(report.rejected))
    return fill(translate("cli", "imported %1, merged %2, rejected %3"),
                report.imported, report.merged, len(report.rejected))


def _print_report(report: ImportReport, *, dry_run: bool, indent: str = "") -> None:
    summary = _summary(report)
    print(indent + (fill(translate("cli", "dry run, nothing was changed: %1"), summary)
                    if dry_run else summary))
    indent += "  "
    if report.unchanged:
        people = (translate("cli", "1 person") if report.unchanged == 1
                  else fill(translate("cli", "%1 people"), report.unchanged))
        print(indent + fill(translate("cli", "of the merged, %1 already had everything the "
                                             "file holds"), people))
    for outcome in report.merges:
        into = f" #{outcome.contact_id}" if outcome.contact_id is not None else ""
        note = "; ".join(reword(part) for part in outcome.note.split("; "))
        print(indent + fill(translate("cli", "merged %1 (%2) into%3: %4"),
                            reword(outcome.where), outcome.name, into, note))
    if report.kind == Kind.REQUESTS:
        for outcome in report.outcomes:
            if outcome.action == Action.CREATE:
                print(indent + fill(translate("cli", "added %1 (%2): %3"),
                                    reword(outcome.where), outcome.name, reword(outcome.note)))
            elif outcome.action == Action.SKIP:
                print(indent + fill(translate("cli", "skipped %1 (%2): %3"),
                                    reword(outcome.where), outcome.name, reword(outcome.note)))
    elif report.kind == Kind.INTERACTIONS:
        _print_skipped(report, indent)
    for problem in report.rejected:
        print(indent + fill(translate("cli", "rejected %1: %2"), reword(problem.where),
                            reword(problem.reason)))
    for problem in report.warnings:
        print(indent + fill(translate("cli", "note %1: %2"), reword(problem.where),
                            reword(problem.reason)))
    if report.accepted:
        print(indent + fill(translate("cli", "connection requests now accepted (the person "
                                             "is a connection): %1"), report.accepted))
    if report.records:
        print(indent.removesuffix("  ") + fill(translate("cli", "also added: %1"), ", ".join(
            _records(key, n) for key, n in report.records.items())))


def _print_skipped(report: ImportReport, indent: str) -> None:
    """Skipped conversation days by reason, and the people not in the journal."""
    reasons: dict[str, int] = {}
    for outcome in report.skipped:
        reason = reword(outcome.note)
        reasons[reason] = reasons.get(reason, 0) + 1
    for reason, n in reasons.items():
        print(indent + fill(translate("cli", "skipped %1: %2"), n, reason))
    if not report.strangers:
        return
    print(indent + fill(translate("cli", "not in the journal (add them to bring their "
                                         "conversations in): %1"), len(report.strangers)))
    for stranger in report.strangers[:STRANGERS_SHOWN]:
        url = f" <{stranger.profile_url}>" if stranger.profile_url else ""
        days = (translate("cli", "1 conversation day") if stranger.conversations == 1
                else fill(translate("cli", "%1 conversation days"), stranger.conversations))
        print(indent + "  " + fill(translate("cli", "%1%2, %3"), stranger.name, url, days))
    if len(report.strangers) > STRANGERS_SHOWN:
        print(indent + "  " + fill(translate("cli", "and %1 more"),
                                   len(report.strangers) - STRANGERS_SHOWN))


def cmd_export(args: argparse.Namespace) -> int:
    path = Path(args.output)
    fmt = ExportFormat(args.format)
    with open_reader(args) as store:
        try:
            n = export_file(store, path, fmt, vcard_version=args.vcard_version,
                            today=dt.date.today())
        except InteropError as e:
            raise CommandError(reword(str(e))) from e
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
