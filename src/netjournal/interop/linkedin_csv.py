"""What LinkedIn's export files share: finding the header, their dates, lists of URLs.

LinkedIn puts ``Notes:`` lines before the header of some files (``Connections.csv``)
and has changed its date formats over the years (``11/30/26, 9:14 AM``, older exports
with a four-digit year, ``2026-11-02 08:15:04 UTC`` in ``messages.csv``); these helpers
read every one of them and never raise.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

HEADER_SCAN = 30  # lines looked at for a header (after LinkedIn's notes)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_URL_SPLIT = re.compile(r"[,;\s]+")
_SENT_AT_FORMATS = (
    "%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p", "%m/%d/%y %I:%M %p", "%m/%d/%Y %I:%M %p",
    "%m/%d/%y, %H:%M", "%m/%d/%Y, %H:%M", "%m/%d/%y %H:%M", "%m/%d/%Y %H:%M",
    "%m/%d/%y", "%m/%d/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d",
    "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y",
)
_MESSAGE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S",
                    "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%d %H:%M:%S.%f", "%m/%d/%Y %H:%M:%S",
                    "%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p")
_PLAIN_MOMENT = re.compile(  # LinkedIn's own form, read without strptime (a hot path)
    r"(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?: ?(?:UTC|GMT|Z))?")
_ZONE = re.compile(r"\s*(?:UTC|GMT|Z|[+-]00:?00)$", re.IGNORECASE)
_OFFSET = re.compile(r"\s*([+-])(\d\d):?(\d\d)$")


def _clean_header(line: str) -> list[str]:
    return [h.strip().strip('"').strip().lower()
            for h in line.lstrip("\ufeff").replace(";", ",").replace("\t", ",").split(",")]


def find_header(text: str, required: Collection[str]) -> int | None:
    """The line (0-based, as ``str.splitlines`` counts) of the header holding ``required``.

    Column names compare without case, quotes or a byte-order mark; notes lines before
    the header are skipped.
    """
    wanted = {r.lower() for r in required}
    for i, line in enumerate(text.replace("\x00", "").splitlines()[:HEADER_SCAN]):
        if wanted <= set(_clean_header(line)):
            return i
    return None


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def parse_sent_at(text: str) -> dt.date | None:
    """The day of an invitation's ``Sent At`` (``11/30/26, 9:14 AM``, ``11/30/2026, ...``).

    None when it is no date we know.
    """
    value = _one_line(text)
    if not value:
        return None
    moment = parse_message_date(value)
    if moment is not None:
        return moment.date()
    for fmt in _SENT_AT_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def parse_message_date(text: str) -> dt.datetime | None:
    """A message's ``DATE`` (``2026-11-02 08:15:04 UTC``) as an aware UTC moment.

    A ``+07:00`` offset is honoured; no zone means UTC (as LinkedIn writes it). None when
    it is no date we know.
    """
    if plain := _PLAIN_MOMENT.fullmatch(text.strip()):
        try:
            y, mo, d, h, mi, sec = (int(g) for g in plain.groups())
            return dt.datetime(y, mo, d, h, mi, sec, tzinfo=dt.UTC)
        except ValueError:
            return None
    value = _one_line(text)
    if not value:
        return None
    offset = dt.timedelta()
    if (found := _OFFSET.search(value)) and not _ZONE.search(value):
        sign = 1 if found.group(1) == "+" else -1
        hours, minutes = int(found.group(2)), int(found.group(3))
        if hours > 23 or minutes > 59:
            return None
        offset = sign * dt.timedelta(hours=hours, minutes=minutes)
        value = value[:found.start()]
    else:
        value = _ZONE.sub("", value)
    for fmt in _MESSAGE_FORMATS:
        try:
            naive = dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
        try:
            return (naive - offset).replace(tzinfo=dt.UTC)
        except OverflowError:
            return None
    return None


def split_urls(text: str) -> list[str]:
    """The profile URLs of a cell: separated by commas, semicolons or spaces."""
    return [u for u in _URL_SPLIT.split(text.strip()) if u]


def split_names(text: str, count: int) -> list[str]:
    """The names of a ``TO`` cell when they line up with ``count`` URLs, else blanks.

    Names can hold commas themselves; only a cell that splits into exactly ``count``
    parts is trusted.
    """
    if count <= 0:
        return []
    if count == 1:
        return [" ".join(text.split())]
    for sep in (";", ","):
        parts = [" ".join(p.split()) for p in text.split(sep)]
        if len(parts) == count and all(parts):
            return parts
    return [""] * count
