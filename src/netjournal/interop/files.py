"""Importing and exporting files: what the command line and the GUI call.

:func:`detect_format` tells formats apart by content (``BEGIN:VCARD``, LinkedIn's header
or ``Notes:`` preamble, its invitations' and messages' headers, a ZIP archive, Google's
and Outlook's headers, NetJournal's own CSV header, the full export's ``format`` key);
:func:`import_file` reads and writes in one transaction; :func:`export_file` writes
vCard, CSV, JSON or ICS.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path

from netjournal.domain.values import Contact
from netjournal.interop import (
    InteropError,
    csv_read,
    csv_write,
    engine,
    fullexport,
    linkedin_export,
    linkedin_invitations,
    linkedin_messages,
    textio,
    vcard_write,
)
from netjournal.interop.model import Action, Candidate, Format, ImportReport, Outcome, ReadResult
from netjournal.interop.transaction import in_transaction
from netjournal.interop.vcard_read import read_vcards
from netjournal.paths import atomic_write
from netjournal.settings import DEFAULT_RED_FLAGS
from netjournal.storage import imported, transfer
from netjournal.storage.store import Store

_VCARD = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE | re.MULTILINE)


class ExportFormat(StrEnum):
    VCARD = "vcard"
    CSV = "csv"
    JSON = "json"
    ICS = "ics"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or ``InteropError`` saying why it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise InteropError("the file does not exist") from e
    except IsADirectoryError as e:
        raise InteropError("it is a folder, not a file") from e
    except OSError as e:
        raise InteropError(f"the file cannot be read: {e.strerror or e}") from e
    if not data.strip():
        raise InteropError("the file is empty")
    return data


def detect_format(data: bytes) -> Format:
    """The format of a file from its content; ``InteropError`` if it is none we read."""
    if linkedin_export.is_zip(data):
        return Format.LINKEDIN_EXPORT
    text = textio.decode(data[:1 << 20]) if len(data) > 1 << 20 else textio.decode(data)
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("{"):
        try:
            content = json.loads(textio.decode(data))
        except (json.JSONDecodeError, RecursionError):
            content = None
        if isinstance(content, dict) and content.get("format") == fullexport.FORMAT:
            return Format.JSON
        raise InteropError("this JSON file is not a NetJournal full export")
    if _VCARD.search(text[:65536]):
        return Format.VCARD
    if start.lower().startswith("notes:") or csv_read.linkedin_header_index(start) is not None:
        return Format.LINKEDIN
    if linkedin_invitations.header_index(start) is not None:
        return Format.LINKEDIN_INVITATIONS
    if linkedin_messages.header_index(start) is not None:
        return Format.LINKEDIN_MESSAGES
    header = csv_read.csv_header(start)
    if csv_read.is_google_header(header):
        return Format.GOOGLE
    if csv_read.is_netjournal_header(header):
        return Format.CSV
    if csv_read.is_outlook_header(header):
        return Format.OUTLOOK
    raise InteropError("cannot tell what kind of file this is: it is not a vCard, a "
                       "LinkedIn, Google or Outlook contacts CSV, LinkedIn's invitations or "
                       "messages, a LinkedIn export ZIP, a NetJournal CSV export or full "
                       "export "
                       "(name the format with --format)")


def read(data: bytes, fmt: Format) -> ReadResult:
    """People and rejections from a vCard or CSV file (not the JSON full export)."""
    if fmt == Format.VCARD:
        return read_vcards(data)
    text = textio.decode(data)
    if fmt == Format.LINKEDIN:
        return csv_read.read_linkedin(text)
    if fmt == Format.GOOGLE:
        return csv_read.read_google(text)
    if fmt == Format.OUTLOOK:
        return csv_read.read_outlook(text)
    if fmt == Format.CSV:
        return csv_read.read_netjournal(text)
    raise InteropError(f"{fmt.value} files are not read this way")


def import_connections(store: Store, text: str, *, dry_run: bool = False,
                       progress: engine.Progress | None = None) -> ImportReport:
    """A LinkedIn ``Connections.csv``: its people, and the pending connection requests it
    shows were accepted (the person is now a connection), in one transaction."""
    result = csv_read.read_linkedin(text)

    def work() -> tuple[list[Outcome], int]:
        outcomes = engine.apply(store, result.items, progress)
        urls: dict[int, list[str]] = {}
        for item, outcome in zip(result.items, outcomes, strict=True):
            if outcome.contact_id is None or outcome.action == Action.REJECT:
                continue
            if isinstance(item, Candidate):
                urls[outcome.contact_id] = [d.value for d in item.contact.details
                                            if linkedin_profile(d.value)]
        return outcomes, imported.mark_connected(store, urls)

    outcomes, accepted = in_transaction(store, work, dry_run)
    if dry_run:
        outcomes = [dataclasses.replace(o, contact_id=None)
                    if o.action == Action.CREATE else o for o in outcomes]
    return ImportReport(outcomes=tuple(outcomes), warnings=result.warnings, dry_run=dry_run,
                        accepted=accepted)


def linkedin_profile(value: str) -> bool:
    return "linkedin.com/" in value.lower()


def _import_text(store: Store, name: str, text: str, *, red_flags: Iterable[str],
                 dry_run: bool) -> ImportReport:
    """One member of a LinkedIn export, by its file name."""
    lower = name.lower()
    if lower == "connections.csv":
        return import_connections(store, text, dry_run=dry_run)
    if lower == "invitations.csv":
        return linkedin_invitations.import_invitations(store, text, red_flags=red_flags,
                                                       dry_run=dry_run)
    return linkedin_messages.import_messages(store, text, dry_run=dry_run)


def import_file(store: Store, path: Path, fmt: Format = Format.AUTO, *,
                dry_run: bool = False, progress: engine.Progress | None = None,
                red_flags: Iterable[str] = DEFAULT_RED_FLAGS) -> ImportReport:
    """Import ``path`` into ``store``: create, merge or reject each record.

    Everything happens in one transaction; ``dry_run`` rolls it back. ``red_flags`` are
    the user's phrases that count against an incoming connection request.

    Raises:
        InteropError: the file cannot be read or is of no format we know.
    """
    return import_data(store, read_bytes(path), fmt, dry_run=dry_run, progress=progress,
                       red_flags=red_flags)


def import_data(store: Store, data: bytes, fmt: Format = Format.AUTO, *,
                dry_run: bool = False, progress: engine.Progress | None = None,
                red_flags: Iterable[str] = DEFAULT_RED_FLAGS) -> ImportReport:
    """Import a file's bytes (see :func:`import_file`)."""
    if fmt == Format.AUTO:
        fmt = detect_format(data)
    if fmt == Format.JSON:
        return fullexport.import_full_export(store, data, dry_run=dry_run)
    flags = tuple(red_flags)
    if fmt == Format.LINKEDIN_EXPORT:
        if not linkedin_export.is_zip(data):
            raise InteropError("this is not a ZIP archive (a LinkedIn export is one)")
        report = linkedin_export.import_export(
            store, data, lambda name, text: _import_text(store, name, text, red_flags=flags,
                                                         dry_run=False), dry_run=dry_run)
        return report
    if linkedin_export.is_zip(data):
        raise InteropError(f"this is a ZIP archive, not a {fmt.value} file")
    text = textio.decode(data)
    if fmt == Format.LINKEDIN:
        return import_connections(store, text, dry_run=dry_run, progress=progress)
    if fmt == Format.LINKEDIN_INVITATIONS:
        return linkedin_invitations.import_invitations(store, text, red_flags=flags,
                                                       dry_run=dry_run)
    if fmt == Format.LINKEDIN_MESSAGES:
        return linkedin_messages.import_messages(store, text, dry_run=dry_run)
    return engine.run_import(store, read(data, fmt), dry_run=dry_run, progress=progress)


def live_contacts(store: Store) -> Iterator[Contact]:
    """Every live contact, whole, in export order (by name)."""
    for cid in transfer.live_contact_ids(store):
        yield store.contacts.get(cid)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write through a private (0600) temporary file: a journal export is personal data."""
    try:
        with atomic_write(path, "wb") as fh:
            fh.write(data)
    except OSError as e:
        raise InteropError(f"{path} cannot be written: {e.strerror or e}") from e


def export_file(store: Store, path: Path, fmt: ExportFormat, *, vcard_version: str = "4.0",
                today: dt.date | None = None, now: dt.datetime | None = None) -> int:
    """Write the journal to ``path``; return how many contacts (or calendar entries) it holds.

    Raises:
        InteropError: the file cannot be written, or the format is not available.
    """
    if fmt == ExportFormat.VCARD:
        cards = [vcard_write.card(c, vcard_version) for c in live_contacts(store)]
        _write_atomically(path, "".join(cards).encode("utf-8"))
        return len(cards)
    if fmt == ExportFormat.CSV:
        text, n = csv_write.text(live_contacts(store))
        _write_atomically(path, text.encode("utf-8-sig"))
        return n
    if fmt == ExportFormat.JSON:
        data = fullexport.build(store, now or dt.datetime.now(dt.UTC))
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        _write_atomically(path, text.encode("utf-8"))
        return len(data["contacts"])
    try:
        from netjournal.interop import ics
    except ImportError as e:
        raise InteropError("calendar (ICS) export is not available in this version") from e
    try:
        return int(ics.write_ics(store, path, today or dt.date.today()))
    except OSError as e:
        raise InteropError(f"{path} cannot be written: {e.strerror or e}") from e
