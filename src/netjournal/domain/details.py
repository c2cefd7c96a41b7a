"""Contact details: normalised forms used to recognise the same person twice."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from netjournal.domain.values import DetailKind

_NON_DIGITS = re.compile(r"\D+")


def normalize_email(value: str) -> str:
    return value.strip().lower().removeprefix("mailto:")


def normalize_phone(value: str, default_country: str = "62") -> str:
    """Digits only, with a leading national 0 read as ``default_country``.

    ``+62 812-3456-789``, ``0812 3456 789`` and ``62812345 6789`` all give
    ``628123456789``. Extensions and pause characters (``p``, ``w``, ``,``) end the number.
    """
    text = value.strip().removeprefix("tel:")
    text = re.split(r"[pPwW,;xX]|ext", text, maxsplit=1)[0]
    plus = text.lstrip().startswith("+")
    digits = _NON_DIGITS.sub("", text)
    if not digits:
        return ""
    if plus:
        return digits
    if digits.startswith("00"):
        return digits[2:]
    if digits.startswith("0"):
        return default_country + digits[1:]
    return digits


def normalize_link(value: str) -> str:
    """A URL without scheme, ``www.``, query, fragment, trailing slash or case."""
    text = value.strip()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unbalanced "[" read as an IPv6 host
        return " ".join(value.lower().split())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    if host.endswith("linkedin.com"):
        host = "linkedin.com"  # id.linkedin.com, m.linkedin.com, ...
        path = path.lower()
    return f"{host}{path}"


def normalize_address(value: str) -> str:
    return " ".join(value.lower().split())


def normalize(kind: DetailKind, value: str) -> str:
    """The normalised form of a detail, for matching (never shown)."""
    if kind == DetailKind.EMAIL:
        return normalize_email(value)
    if kind == DetailKind.PHONE:
        return normalize_phone(value)
    if kind == DetailKind.LINK:
        return normalize_link(value)
    return normalize_address(value)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of a name (``Ségolène`` -> ``segolene``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())
