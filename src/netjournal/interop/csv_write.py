"""Writing contacts as a spreadsheet-safe CSV (UTF-8 with BOM, one row per contact).

The file reads back losslessly (:func:`netjournal.interop.csv_read.read_netjournal`):
a cell that starts like a formula, or with an apostrophe, gets one leading apostrophe;
in the cells of several values (emails, phones, links, addresses, tags) items are
separated by ``"; "`` and written ``value (label)``, with ``\\`` and ``;`` escaped by a
backslash (and ``(``, ``)`` in a label); a value that itself ends in ``(...)`` without a
label gets an empty ``()``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from netjournal.domain.values import Contact, DetailKind

HEADER = ("Name", "Company", "Title", "Emails", "Phones", "Links", "Addresses", "Tags",
          "Tie strength", "How we met", "Met on", "Birthday", "Interests", "Family",
          "Remember", "Notes", "Last contact", "Added")
MULTI = "; "  # between several values in one cell
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will never run as a formula (OWASP "CSV injection").

    Cells starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return get a leading
    apostrophe, which spreadsheets show as text and do not evaluate; so does a cell
    that starts with an apostrophe, which spreadsheets would otherwise swallow.
    """
    return "'" + cell if cell.startswith((*_FORMULA_STARTS, "'")) else cell


def escape(text: str, *, label: bool = False) -> str:
    """One value (or label) of a several-values cell, its separators escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;")
    return text.replace("(", "\\(").replace(")", "\\)") if label else text


def item(value: str, label: str = "") -> str:
    """``value (label)``; ``value ()`` when the value alone would read as having a label."""
    if label:
        return f"{escape(value)} ({escape(label, label=True)})"
    if value.endswith(")") and " (" in value:
        return f"{escape(value)} ()"
    return escape(value)


def _values(contact: Contact, kind: DetailKind) -> str:
    return MULTI.join(item(d.value, d.label) for d in contact.details_of(kind))


def row(contact: Contact) -> list[str]:
    cells = [
        contact.name, contact.company, contact.title,
        _values(contact, DetailKind.EMAIL), _values(contact, DetailKind.PHONE),
        _values(contact, DetailKind.LINK), _values(contact, DetailKind.ADDRESS),
        MULTI.join(escape(t) for t in contact.tags), contact.tie_strength.value, contact.how_met,
        contact.met_on.isoformat() if contact.met_on else "",
        contact.birthday.isoformat() if contact.birthday else "",
        contact.interests, contact.family, contact.remember, contact.notes,
        contact.last_interaction_at.date().isoformat() if contact.last_interaction_at else "",
        contact.created_at.date().isoformat() if contact.created_at else "",
    ]
    return [neutralise(c) for c in cells]


def text(contacts: Iterable[Contact]) -> tuple[str, int]:
    """The whole CSV as text (CRLF line ends) and the number of contacts in it."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    n = 0
    for contact in contacts:
        writer.writerow(row(contact))
        n += 1
    return buf.getvalue(), n
