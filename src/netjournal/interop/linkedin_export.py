"""A whole LinkedIn export (the ZIP LinkedIn mails) imported at once.

The files NetJournal reads are taken from it in this order, so each finds what the one
before brought: ``Connections.csv`` (people), ``Invitations.csv`` (connection
requests), ``messages.csv`` (timelines). They are found by name wherever they sit in the
archive, in any case; everything else in it is left alone. All of it is one
transaction.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

from netjournal.interop import InteropError, textio
from netjournal.interop.model import ImportReport, Kind, Outcome, Problem
from netjournal.interop.transaction import in_transaction
from netjournal.storage.store import Store

MEMBERS = ("connections.csv", "invitations.csv", "messages.csv")
MAX_MEMBER = 512 << 20  # bytes; a bigger member is refused rather than read into memory
ZIP_MAGIC = b"PK\x03\x04"

# (file name, text) -> report: imports one member; files.py gives it
Reader = Callable[[str, str], ImportReport]


def is_zip(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC) or data.startswith(b"PK\x05\x06")


def members(data: bytes) -> list[tuple[str, str]]:
    """(file name, text) of the export files in the archive, in import order.

    Raises:
        InteropError: it is not a ZIP that can be read, or holds none of the files.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise InteropError(f"the ZIP archive cannot be read: {e}") from e
    found: dict[str, zipfile.ZipInfo] = {}
    with archive:
        for info in archive.infolist():
            name = PurePosixPath(info.filename.replace("\\", "/")).name.lower()
            if name in MEMBERS and not info.is_dir() and name not in found:
                found[name] = info
        if not found:
            raise InteropError("this ZIP holds none of LinkedIn's Connections.csv, "
                               "Invitations.csv or messages.csv")
        out = []
        for name in MEMBERS:
            if name not in found:
                continue
            info = found[name]
            if info.file_size > MAX_MEMBER:
                raise InteropError(f"{info.filename} in the ZIP is too big to read "
                                   f"({info.file_size >> 20} MB)")
            try:
                out.append((PurePosixPath(info.filename).name,
                            textio.decode(archive.read(info))))
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError,
                    EOFError) as e:  # damaged, encrypted or an unknown compression
                raise InteropError(f"{info.filename} cannot be read from the ZIP: "
                                   f"{e}") from e
    return out


def _prefixed(name: str, report: ImportReport) -> Iterable[Outcome]:
    for o in report.outcomes:
        yield dataclasses.replace(o, where=f"{name}, {o.where}")


def import_export(store: Store, data: bytes, read: Reader, *,
                  dry_run: bool = False) -> ImportReport:
    """Import the export files of a ZIP one after the other, in one transaction.

    ``read(name, text)`` imports one member (inside this transaction, never a dry run
    of its own) and returns its report.
    """
    files = members(data)

    def work() -> list[tuple[str, ImportReport]]:
        return [(name, read(name, text)) for name, text in files]

    parts = in_transaction(store, work, dry_run)
    outcomes = tuple(o for name, part in parts for o in _prefixed(name, part))
    warnings = tuple(Problem(f"{name}, {w.where}", w.reason)
                     for name, part in parts for w in part.warnings)
    strangers = tuple(s for _, part in parts for s in part.strangers)
    return ImportReport(outcomes=outcomes, warnings=warnings, dry_run=dry_run,
                        kind=Kind.EXPORT, parts=tuple(parts), strangers=strangers,
                        accepted=sum(p.accepted for _, p in parts))
