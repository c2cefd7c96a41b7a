"""One card file of an address-book folder: written with its UID and REV, read back with
them, and put in place atomically (vdirsyncer never reads half a card)."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from netjournal.domain.values import Contact
from netjournal.interop import InteropError
from netjournal.interop.vcard_read import read_vcards
from netjournal.interop.vcard_write import card as vcard

EXTENSION = ".vcf"
_SAFE = re.compile(r"^[A-Za-z0-9_.@+-]{1,200}$")
_UNFOLD = re.compile(rb"\r?\n[ \t]")
_UID = re.compile(rb"^UID(?:;[^:\r\n]*)?:([^\r\n]*)", re.MULTILINE | re.IGNORECASE)


class CardReadError(InteropError):
    """A card file that cannot be read; the message says why."""


def file_name_for(uid: str) -> str:
    """``<uid>.vcf``, as vdirsyncer names them (a hash where the UID is not file-safe)."""
    if _SAFE.match(uid) and not uid.startswith("."):
        return uid + EXTENSION
    return hashlib.sha1(uid.encode()).hexdigest() + EXTENSION  # a name, not security


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def render(contact: Contact, uid: str, *, version: str = "4.0",
           with_note: bool = False) -> bytes:
    """The card of ``contact``: its address-book fields, UID and REV (its last change).

    The journal's own notes go in a NOTE only ``with_note``. The same contact always
    gives the same bytes, so an unchanged contact is never written again.
    """
    out = dataclasses.replace(contact, notes=contact.notes if with_note else "")
    text = vcard(out, version)
    extra = f"UID:{uid}\r\n"
    if contact.updated_at is not None:
        extra += "REV:" + contact.updated_at.strftime("%Y%m%dT%H%M%SZ") + "\r\n"
    end = text.rindex("END:VCARD")
    return (text[:end] + extra + text[end:]).encode("utf-8")


@dataclass(frozen=True)
class ReadCard:
    """A card file as read: the person on it, its UID ("" if it has none) and its hash."""

    contact: Contact
    uid: str
    content_hash: str


def uid_in(data: bytes) -> str:
    match = _UID.search(_UNFOLD.sub(b"", data))
    return match.group(1).decode("utf-8", "replace").strip() if match else ""


def parse(data: bytes) -> ReadCard:
    """Read one card file.

    Raises:
        CardReadError: the file holds no card, several, or one that cannot be read.
    """
    try:
        result = read_vcards(data)
    except InteropError as e:
        raise CardReadError(str(e)) from e
    if result.rejected:
        raise CardReadError(result.rejected[0].reason)
    if len(result.candidates) != 1:
        raise CardReadError(f"it holds {len(result.candidates)} cards where one is expected")
    return ReadCard(result.candidates[0].contact, uid_in(data), digest(data))


def write_atomically(path: Path, data: bytes) -> os.stat_result:
    """Put ``data`` at ``path`` through a hidden temporary file in the same folder and one
    rename; returns the new file's status."""
    fd, tmp = tempfile.mkstemp(prefix=".netjournal-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path.stat()


__all__ = ["EXTENSION", "CardReadError", "ReadCard", "digest", "file_name_for", "parse",
           "render", "uid_in", "write_atomically"]
