"""Reading contact CSV files: LinkedIn ``Connections.csv``, Google Contacts, Outlook and
NetJournal's own CSV export.

Each reader takes the file's text (see :mod:`textio`) and returns people and rejected
rows, each with its line. Columns are found by their header, so the order and the
extra columns of other versions of these exports do not matter; a column that holds
values NetJournal does not keep is named in the warnings, never dropped without a word.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator

from netjournal.domain.values import Contact, Detail, DetailKind, TieStrength
from netjournal.interop import InteropError
from netjournal.interop.merge import LINKEDIN_LABEL, is_linkedin_url
from netjournal.interop.model import Candidate, Problem, ReadResult

HOW_MET_LINKEDIN = "Connected on LinkedIn"
GOOGLE_SEPARATOR = " ::: "
_SYSTEM_LABELS = {"mycontacts", "my contacts"}  # Google's group of every contact
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_EMPTY_DATES = ("0/0/00", "0/0/0000", "00/00/0000")  # Outlook's "no date"
_GOOGLE_GROUP = re.compile(
    r"^(e-mail|phone|address|website|im|relation|organization|event) (\d+) - (.+)$")


class _RowError(Exception):
    """The row cannot be imported; the message says why."""


class Row(dict[str, str]):
    """Header (lower case, stripped) -> cell (stripped), remembering which columns were read."""

    def __init__(self) -> None:
        super().__init__()
        self.used: set[str] = set()

    def get(self, key: str, default: str = "") -> str:  # type: ignore[override]
        self.used.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> str:
        self.used.add(key)
        return super().__getitem__(key)

    def use_group(self, prefix: str) -> None:
        """Mark every column starting with ``prefix`` as read (Google's numbered groups)."""
        self.used.update(name for name in self if name.startswith(prefix))


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def _rows(text: str, header_index: int) -> tuple[list[str], Iterator[tuple[int, Row | str]]]:
    """The header and an iterator of (first line of the row, row or csv error message)."""
    lines = text.replace("\x00", "").splitlines(keepends=True)
    if header_index >= len(lines):
        raise InteropError("the file has no header row")
    reader = csv.reader(io.StringIO("".join(lines[header_index:])),
                        delimiter=_delimiter(lines[header_index]))
    try:
        header = [h.strip().lstrip("\ufeff").strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error) as e:
        raise InteropError(f"the header row cannot be read: {e}") from e

    def rows() -> Iterator[tuple[int, Row | str]]:
        done = reader.line_num
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield header_index + done + 1, f"the row cannot be read: {e}"
                done = reader.line_num
                continue
            start = header_index + done + 1
            done = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            row = Row()
            for name, cell in zip(header, cells, strict=False):
                if name and cell.strip() and name not in row:
                    row[name] = cell.strip()
            yield start, row

    return header, rows()


def table(text: str, header_index: int) -> tuple[list[str], Iterator[tuple[int, Row | str]]]:
    """The header (lower case) and rows of a CSV text whose header is on ``header_index``.

    Each row comes as (its first line, the row) or (its first line, why it cannot be read);
    blank rows are skipped. The delimiter is the header's (comma, semicolon or tab).
    """
    return _rows(text, header_index)


def _read(text: str, header_index: int, build: Callable[[Row, list[str]], Contact],
          ignored: frozenset[str] = frozenset(),
          why: dict[str, str] | None = None) -> ReadResult:
    """Build a contact from each row; name the columns whose values were left out.

    ``ignored`` columns repeat what other columns hold (Outlook's e-mail type) and are
    left out without a word; ``why`` says why a known column is left out.
    """
    _, rows = _rows(text, header_index)
    items: list[Candidate | Problem] = []
    warnings: list[Problem] = []
    unused: dict[str, int] = {}
    for line, row in rows:
        where = f"line {line}"
        if isinstance(row, str):
            items.append(Problem(where, row))
            continue
        notes: list[str] = []
        try:
            contact = build(row, notes)
        except _RowError as e:
            items.append(Problem(where, str(e)))
            continue
        items.append(Candidate(contact, where))
        warnings.extend(Problem(where, n) for n in notes)
        for name in row.keys() - row.used - ignored:
            if dict.get(row, name, "") in _EMPTY_DATES:
                continue
            unused[name] = unused.get(name, 0) + 1
    for name, n in unused.items():
        rows_word = "1 row" if n == 1 else f"{n} rows"
        reason = (why or {}).get(name, "not a column NetJournal reads in this kind of file")
        warnings.append(Problem(f"column {name!r}", f"{reason}: its values ({rows_word}) "
                                                    "were left out"))
    return ReadResult(items=tuple(items), warnings=tuple(warnings))


def _name_or_fallback(name: str, *others: str) -> str:
    name = " ".join(name.split())
    if name:
        return name
    for other in others:
        if other.strip():
            return " ".join(other.split())
    raise _RowError("it has no name, organisation, email or phone")


def _split(value: str, separator: str = GOOGLE_SEPARATOR) -> list[str]:
    return [v.strip() for v in value.split(separator) if v.strip()]


def _birthday(text: str, notes: list[str]) -> tuple[dt.date | None, str]:
    """(birthday, text for "remember" when the year is unknown)."""
    text = text.strip()
    if not text or text in _EMPTY_DATES:
        return None, ""
    for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%d %b %Y", "%d %B %Y", "%Y%m%d"):
        try:
            day = dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if day.year < 1800:
            break
        return day, ""
    yearless = re.fullmatch(r"--(\d\d)-(\d\d)", text)
    if yearless and 1 <= int(yearless.group(1)) <= 12 and 1 <= int(yearless.group(2)) <= 31:
        return None, f"Birthday: {int(yearless.group(2))} {_MONTHS[int(yearless.group(1)) - 1]}"
    notes.append(f"the birthday {text[:30]!r} is not a date; it was left out")
    return None, ""


def _link(value: str, label: str = "") -> Detail:
    return Detail(DetailKind.LINK, value, LINKEDIN_LABEL if is_linkedin_url(value) else label)


# -- LinkedIn ---------------------------------------------------------------------------------

def linkedin_header_index(text: str) -> int | None:
    """The line of the ``First Name,Last Name,...,Connected On`` header, if any."""
    for i, line in enumerate(text.splitlines()[:30]):
        low = line.lower()
        if low.lstrip('\ufeff"').startswith("first name") and "connected on" in low:
            return i
    return None


def _linkedin_date(text: str) -> dt.date | None:
    text = text.strip()
    for fmt in ("%d %b %Y", "%d %B %Y", "%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p",
                "%m/%d/%y", "%m/%d/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _linkedin_contact(row: Row, notes: list[str]) -> Contact:
    email = row.get("email address", "")
    name = _name_or_fallback(f"{row.get('first name', '')} {row.get('last name', '')}")
    details = []
    if email:
        details.append(Detail(DetailKind.EMAIL, email))
    if row.get("url"):
        details.append(Detail(DetailKind.LINK, row["url"], LINKEDIN_LABEL))
    met_on = None
    if row.get("connected on"):
        met_on = _linkedin_date(row["connected on"])
        if met_on is None:
            notes.append(f"the date {row['connected on'][:30]!r} is not a date; "
                         "it was left out")
    return Contact(name=name, company=row.get("company", ""), title=row.get("position", ""),
                   how_met=HOW_MET_LINKEDIN, met_on=met_on, details=tuple(details))


def read_linkedin(text: str) -> ReadResult:
    """A LinkedIn ``Connections.csv``, the current export (with its ``Notes:`` lines
    first) or the older one (no notes, no URL column)."""
    index = linkedin_header_index(text)
    if index is None:
        raise InteropError("this is not a LinkedIn connections file: no "
                           "'First Name,Last Name,...,Connected On' header")
    return _read(text, index, _linkedin_contact)


# -- Google Contacts --------------------------------------------------------------------------

def _google_label(text: str) -> str:
    return " ".join(text.removeprefix("*").split()).lower()


def _google_groups(row: Row) -> dict[tuple[str, int], dict[str, str]]:
    groups: dict[tuple[str, int], dict[str, str]] = {}
    for name, value in dict.items(row):
        match = _GOOGLE_GROUP.match(name)
        if match:
            key = (match.group(1), int(match.group(2)))
            groups.setdefault(key, {})[match.group(3)] = value
    return dict(sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1])))


def _google_contact(row: Row, notes: list[str]) -> Contact:
    groups = _google_groups(row)
    details: list[Detail] = []
    family: list[str] = []
    company, title = row.get("organization name", ""), row.get("organization title", "")
    for (kind, number), parts in groups.items():
        if kind not in ("relation", "event") or (
                kind == "relation" and _google_label(parts.get("label") or parts.get("type")
                                                     or "") in ("spouse", "partner", "child")):
            row.use_group(f"{kind} {number} - ")
        label = _google_label(parts.get("label") or parts.get("type") or "")
        if kind == "e-mail":
            details += [Detail(DetailKind.EMAIL, v, label) for v in _split(parts.get("value", ""))]
        elif kind == "phone":
            details += [Detail(DetailKind.PHONE, v, label) for v in _split(parts.get("value", ""))]
        elif kind == "website":
            details += [_link(v, label) for v in _split(parts.get("value", ""))]
        elif kind == "address":
            details += [Detail(DetailKind.ADDRESS, a, label) for a in _google_addresses(parts)]
        elif kind == "im":
            service = _google_label(parts.get("service", "")) or label or "im"
            for v in _split(parts.get("value", "")):
                details.append(Detail(DetailKind.LINK, v if ":" in v else f"{service}:{v}",
                                      service))
        elif kind == "relation" and label in ("spouse", "partner", "child"):
            family += [f"{label.capitalize()}: {v}" for v in _split(parts.get("value", ""))]
        elif kind == "organization":
            company = company or parts.get("name", "")
            title = title or parts.get("title", "")
    parts_of_name = [row.get(k) for k in ("first name", "given name", "middle name",
                                          "additional name", "last name", "family name")]
    name = row.get("name") or " ".join(p for p in parts_of_name if p)
    emails = [d.value for d in details if d.kind == DetailKind.EMAIL]
    phones = [d.value for d in details if d.kind == DetailKind.PHONE]
    name = _name_or_fallback(name, row.get("nickname", ""), company,
                             *(emails[:1] or [""]), *(phones[:1] or [""]))
    birthday, remember = _birthday(row.get("birthday", ""), notes)
    tags = [t.removeprefix("* ").strip() for label in ("labels", "group membership")
            for t in _split(row.get(label, ""))
            if t.lower().removeprefix("* ") not in _SYSTEM_LABELS]
    return Contact(name=name, company=company, title=title, notes=row.get("notes", ""),
                   birthday=birthday, remember=remember, family="; ".join(family),
                   details=tuple(details), tags=tuple(dict.fromkeys(t for t in tags if t)))


def _google_addresses(parts: dict[str, str]) -> list[str]:
    if parts.get("formatted"):
        return [", ".join(line.strip() for line in a.splitlines() if line.strip())
                for a in _split(parts["formatted"])]
    fields = [parts.get(k, "") for k in ("po box", "extended address", "street", "city",
                                         "region", "postal code", "country")]
    text = ", ".join(f for f in fields if f)
    return [text] if text else []


def is_google_header(header: list[str]) -> bool:
    names = set(header)
    return bool({"e-mail 1 - value", "group membership", "labels"} & names) and bool(
        {"first name", "given name", "name"} & names) and "connected on" not in names


def read_google(text: str) -> ReadResult:
    """A Google Contacts CSV, current (``... - Label``) or legacy (``... - Type``)."""
    return _read(text, 0, _google_contact)


# -- Outlook ----------------------------------------------------------------------------------

_OUTLOOK_PHONES = (
    ("mobile phone", "mobile"), ("business phone", "work"), ("business phone 2", "work"),
    ("home phone", "home"), ("home phone 2", "home"), ("primary phone", "main"),
    ("company main phone", "main"), ("other phone", "other"), ("car phone", "car"),
    ("pager", "pager"), ("business fax", "work fax"), ("home fax", "home fax"),
    ("other fax", "fax"), ("assistant's phone", "assistant"), ("callback", "callback"),
    ("radio phone", "radio"), ("tty/tdd phone", "tty"), ("isdn", "isdn"), ("telex", "telex"),
)


def _outlook_address(row: Row, prefix: str) -> str:
    street = ", ".join(row.get(f"{prefix} street{n}", "") for n in ("", " 2", " 3")
                       if row.get(f"{prefix} street{n}"))
    fields = [row.get(f"{prefix} po box", ""), street, row.get(f"{prefix} city", ""),
              row.get(f"{prefix} state", ""), row.get(f"{prefix} postal code", ""),
              row.get(f"{prefix} country/region", "") or row.get(f"{prefix} country", "")]
    return ", ".join(" ".join(f.split()) for f in fields if f)


def _outlook_contact(row: Row, notes: list[str]) -> Contact:
    details: list[Detail] = []
    for column in ("e-mail address", "e-mail 2 address", "e-mail 3 address"):
        value = row.get(column, "")
        if value and not value.lower().startswith("/o="):  # Exchange-internal addresses
            details.append(Detail(DetailKind.EMAIL, value))
    for column, label in _OUTLOOK_PHONES:
        if row.get(column):
            details.append(Detail(DetailKind.PHONE, row[column], label))
    for prefix, label in (("business", "work"), ("home", "home"), ("other", "other")):
        address = _outlook_address(row, prefix)
        if address:
            details.append(Detail(DetailKind.ADDRESS, address, label))
    for column, label in (("web page", ""), ("personal web page", "home"),
                          ("business web page", "work")):
        if row.get(column):
            details.append(_link(row[column], label))
    if row.get("imaddress"):
        value = row["imaddress"]
        details.append(Detail(DetailKind.LINK, value if ":" in value else f"im:{value}", "im"))
    name = " ".join(row.get(k, "") for k in ("first name", "middle name", "last name")
                    if row.get(k))
    emails = [d.value for d in details if d.kind == DetailKind.EMAIL]
    phones = [d.value for d in details if d.kind == DetailKind.PHONE]
    company = row.get("company", "")
    name = _name_or_fallback(name, row.get("nickname", ""), company, *(emails[:1] or [""]),
                             *(phones[:1] or [""]))
    birthday, remember = _birthday(row.get("birthday", ""), notes)
    tags = [t.strip() for t in re.split(r"[;,]", row.get("categories", "")) if t.strip()]
    return Contact(name=name, company=company, title=row.get("job title", ""),
                   notes=row.get("notes", ""), interests=row.get("hobby", ""),
                   family=f"Spouse: {row['spouse']}" if row.get("spouse") else "",
                   birthday=birthday, remember=remember, details=tuple(details),
                   tags=tuple(dict.fromkeys(tags)))


def is_outlook_header(header: list[str]) -> bool:
    names = set(header)
    return "e-mail address" in names and bool(
        {"job title", "business phone", "mobile phone", "company"} & names)


# Outlook columns that only repeat what others hold, or describe the record itself.
_OUTLOOK_REPEATS = frozenset({
    "e-mail type", "e-mail display name", "e-mail 2 type", "e-mail 2 display name",
    "e-mail 3 type", "e-mail 3 display name", "initials", "priority", "sensitivity",
    "private", "display name"})


def read_outlook(text: str) -> ReadResult:
    """An Outlook contacts CSV (Outlook desktop or Outlook.com)."""
    return _read(text, 0, _outlook_contact, ignored=_OUTLOOK_REPEATS)


def csv_header(text: str) -> list[str]:
    """The first row of a CSV text in lower case (for telling formats apart)."""
    first = text.replace("\x00", "").lstrip("\ufeff").splitlines()[:1]
    if not first:
        return []
    try:
        row = next(csv.reader(first, delimiter=_delimiter(first[0])), [])
    except csv.Error:
        return []
    return [h.strip().lower() for h in row]


# -- NetJournal's own CSV -----------------------------------------------------------------------

_OWN_DETAILS = (("emails", DetailKind.EMAIL), ("phones", DetailKind.PHONE),
                ("links", DetailKind.LINK), ("addresses", DetailKind.ADDRESS))
_OWN_WHY = {"last contact": "the last contact comes from the timeline, which this file "
                            "does not hold"}


def is_netjournal_header(header: list[str]) -> bool:
    """NetJournal's CSV export: its name, tie strength and several-values columns."""
    return {"name", "emails", "phones", "links", "tie strength"} <= set(header)


def _unneutralise(cell: str) -> str:
    """The text written by :func:`csv_write.neutralise` (one leading apostrophe less)."""
    return cell[1:] if cell.startswith("'") else cell


def split_items(cell: str, *, labels: bool = True) -> list[tuple[str, str]]:
    """The (value, label) items of a several-values cell (see :mod:`csv_write`).

    Without ``labels`` (the tags) an item is all value.
    """
    items: list[list[tuple[str, bool]]] = [[]]
    chars = iter(cell)
    for c in chars:
        if c == "\\":
            items[-1].append((next(chars, "\\"), True))
        elif c == ";":
            items.append([])
        else:
            items[-1].append((c, False))
    out = []
    for chars_of_item in items:
        if labels:
            value, label = _value_and_label(chars_of_item)
        else:
            value, label = "".join(c for c, _ in chars_of_item).strip(), ""
        if value:
            out.append((value, label))
    return out


def _value_and_label(chars: list[tuple[str, bool]]) -> tuple[str, str]:
    while chars and chars[0] == (" ", False):
        chars = chars[1:]
    while chars and chars[-1] == (" ", False):
        chars = chars[:-1]
    text = "".join(c for c, _ in chars)
    if not chars or chars[-1] != (")", False):
        return text, ""
    for i in range(len(chars) - 2, 0, -1):
        c, escaped = chars[i]
        if not escaped and c == ")":
            break
        if not escaped and c == "(":
            if chars[i - 1] == (" ", False):
                value = "".join(c for c, _ in chars[:i - 1]).rstrip()
                return value, "".join(c for c, _ in chars[i + 1:-1]).strip()
            break
    return text, ""


def _iso_date(row: Row, column: str, notes: list[str]) -> dt.date | None:
    text = row.get(column)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        notes.append(f"the {column} {text[:30]!r} is not a date; it was left out")
        return None


def _netjournal_contact(row: Row, notes: list[str]) -> Contact:
    def text(column: str) -> str:
        return _unneutralise(row.get(column))

    name = " ".join(text("name").split())
    if not name:
        raise _RowError("it has no name")
    details = [Detail(kind, value, label) for column, kind in _OWN_DETAILS
               for value, label in split_items(text(column))]
    tie = TieStrength.WEAK
    if row.get("tie strength"):
        try:
            tie = TieStrength(text("tie strength").lower())
        except ValueError:
            notes.append(f"the tie strength {text('tie strength')[:30]!r} is not one of "
                         "close, regular or weak; it was left out")
        if tie == TieStrength.DORMANT:  # derived from the timeline, never stored
            tie = TieStrength.WEAK
    added = _iso_date(row, "added", notes)
    return Contact(
        name=name, company=text("company"), title=text("title"), details=tuple(details),
        tags=tuple(v for v, _ in split_items(text("tags"), labels=False)), tie_strength=tie,
        how_met=text("how we met"), met_on=_iso_date(row, "met on", notes),
        birthday=_iso_date(row, "birthday", notes), interests=text("interests"),
        family=text("family"), remember=text("remember"), notes=text("notes"),
        created_at=dt.datetime.combine(added, dt.time(), dt.UTC) if added else None)


def read_netjournal(text: str) -> ReadResult:
    """NetJournal's own CSV export (``export --format csv``), every column it writes."""
    header = csv_header(text)
    if not is_netjournal_header(header):
        raise InteropError("this is not a NetJournal CSV export: no 'Name', 'Emails', "
                           "'Phones', 'Links' and 'Tie strength' columns")
    return _read(text, 0, _netjournal_contact, why=_OWN_WHY)
