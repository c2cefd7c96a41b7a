"""The byte level of vCard files: encodings, cards, and the logical lines inside a card.

Real files break the rules in many ways (vCard 2.1 quoted-printable soft breaks,
base64 continued without indentation, comment lines, a backslash at the end of a
line, Shift_JIS bytes that contain a backslash, ``CR CR LF`` line ends), so cards are
cut out of the file here, before any parser sees them: one broken card can never make
the parser lose its place in the rest of the file. Values are decoded to text with
the ``CHARSET`` they declare, else the file's own encoding.
"""

from __future__ import annotations

import binascii
import codecs
import contextlib
import functools
import quopri
import re
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(rb"\r*\n|\r")
_NAME = re.compile(rb"^(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)$")
_BASE64_ONLY = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
_ENCODING_B = re.compile(rb"ENCODING=B(?:;|$)")


@dataclass
class RawCard:
    """One BEGIN:VCARD .. END:VCARD block, in file order of its BEGIN line."""

    index: int  # 1-based
    line: int  # the line of BEGIN:VCARD
    lines: list[tuple[int, bytes]] = field(default_factory=list)
    closed: bool = False
    nested: int = 0  # cards found inside this one


@dataclass
class Property:
    """One logical line: a property with decoded parameters and value."""

    line: int  # where it starts in the file
    group: str
    name: str  # upper case
    params: dict[str, list[str]]  # upper-case names; bare 2.1 types under TYPE; read-only
    value: str  # decoded text (base64 stays as its ASCII text)
    qp: bool = False  # was quoted-printable: the text is literal, not backslash-escaped
    base64: bool = False


class LineError(Exception):
    """A logical line that is not a property (its ``line`` says where)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


# -- the file ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Encoding:
    """How a file's bytes become text."""

    default: str  # for values that declare no CHARSET
    forced: bool = False  # the file was re-encoded (UTF-16): ignore declared charsets


def prepare(data: bytes) -> tuple[bytes, Encoding]:
    """Undo BOMs and UTF-16/32; return bytes to cut into lines and how to decode values."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(name, errors="replace")
            return text.encode("utf-8"), Encoding("utf-8", forced=True)
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):], Encoding("utf-8")
    head = data[:512]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):  # UTF-16 without a BOM
        name = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        text = data.decode(name, errors="replace")
        return text.encode("utf-8"), Encoding("utf-8", forced=True)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data, Encoding("cp1252")
    return data, Encoding("utf-8")


def split_cards(data: bytes) -> list[RawCard]:
    """Cut the file into cards; a card inside a card becomes a card of its own."""
    cards: list[RawCard] = []
    stack: list[RawCard] = []
    for number, line in enumerate(_LINE_BREAK.split(data), 1):
        head = line[:12].strip().upper()
        if head.startswith(b"BEGIN:") and line.strip()[6:].strip().upper() == b"VCARD":
            if stack:
                stack[-1].nested += 1
            card = RawCard(index=len(cards) + 1, line=number)
            cards.append(card)
            stack.append(card)
        elif head.startswith(b"END:") and line.strip()[4:].strip().upper() == b"VCARD":
            if stack:
                stack.pop().closed = True
        elif stack:
            stack[-1].lines.append((number, line))
    return cards


# -- logical lines ----------------------------------------------------------------------------

def _flags(line: bytes) -> tuple[bool, bool]:
    """(quoted-printable, base64) from the parameters of a property line."""
    head = line.split(b":", 1)[0].upper()
    qp = b"QUOTED-PRINTABLE" in head
    b64 = b"BASE64" in head or _ENCODING_B.search(head) is not None
    return qp, b64


def logical_lines(card: RawCard) -> list[tuple[int, bytes, bool, bool]]:
    """Join folded, soft-broken and continued lines: (line, bytes, qp, base64) each.

    The pieces of a value are gathered in a list and joined once, so a value of many
    lines (a photo of 20 MB is 270,000 of them) costs time in proportion to its size.
    """
    out: list[tuple[int, bytes, bool, bool]] = []
    parts: list[bytes] = []  # the pieces of the value being joined; empty: none open
    start = 0
    qp = b64 = False

    def finish() -> None:
        if parts:
            cur = b"".join(parts)
            out.append((start, cur[:-1] if qp and cur.endswith(b"=") else cur, qp, b64))
            parts.clear()

    def add(piece: bytes) -> None:
        if piece:  # no empty pieces: the last one always holds the value's last byte
            parts.append(piece)

    def drop_last_byte() -> None:
        parts[-1] = parts[-1][:-1]
        if not parts[-1]:
            parts.pop()

    for number, line in card.lines:
        if not line.strip():
            finish()  # a blank line ends a value (2.1 base64 ends this way)
            continue
        if parts:
            tail = _tail(parts)
            if qp and tail.endswith(b"="):  # quoted-printable soft line break
                drop_last_byte()
                add(line)
                continue
            if line[:1] in (b" ", b"\t"):  # folding
                add(line.strip() if b64 else line[1:])
                continue
            if b64 and _BASE64_ONLY.match(line):  # 2.1 base64 without indentation
                add(line.strip())
                continue
            if tail.endswith(b"\\") and not tail.endswith(b"\\\\") and b":" not in line:
                drop_last_byte()
                add(b"\n")  # an escaped line break
                add(line)
                continue
        if line[:1] == b"#":
            continue  # a comment line (not a vCard feature, but exporters write them)
        finish()
        add(line.lstrip())
        start = number
        qp, b64 = _flags(parts[0])
    finish()
    return out


def _tail(parts: list[bytes]) -> bytes:
    """The last two bytes of the value so far."""
    last = parts[-1]
    return last[-2:] if len(last) >= 2 or len(parts) == 1 else parts[-2][-1:] + last


# -- properties -------------------------------------------------------------------------------

def _split_head(raw: bytes) -> tuple[bytes, bytes] | None:
    """(name and parameters, value): split at the first colon outside double quotes."""
    colon = raw.find(b":")
    if colon < 0:
        return None
    quote = raw.find(b'"', 0, colon)
    if quote >= 0:
        inside = False
        for i, byte in enumerate(raw):
            if byte == 0x22:
                inside = not inside
            elif byte == 0x3A and not inside:
                colon = i
                break
        else:
            return None
    return raw[:colon], raw[colon + 1:]


def _params(parts: list[bytes]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in parts:
        text = part.decode("utf-8", errors="replace").strip()
        if not text:
            continue
        key, eq, values = text.partition("=")
        if not eq:  # vCard 2.1: a bare type (HOME, CELL, QUOTED-PRINTABLE, BASE64...)
            key, values = "TYPE", key
        out = params.setdefault(key.strip().upper(), [])
        for v in values.replace('"', "").split(","):
            v = v.strip()
            if v:
                out.append(v)
    return params


def _split_params(head: bytes) -> list[bytes]:
    """Split ``NAME;A=1;B="x;y"`` at the semicolons outside double quotes."""
    if b'"' not in head:
        return head.split(b";")
    parts, buf, inside = [], bytearray(), False
    for byte in head:
        if byte == 0x22:
            inside = not inside
        if byte == 0x3B and not inside:
            parts.append(bytes(buf))
            buf.clear()
        else:
            buf.append(byte)
    parts.append(bytes(buf))
    return parts


def decode_text(raw: bytes, charset: str | None, encoding: Encoding) -> str:
    """Bytes of a value to text: the declared charset, else the file's; never raises."""
    if raw.isascii():
        return raw.decode("ascii")
    if charset and not encoding.forced:
        try:
            return raw.decode(charset, errors="replace")
        except (LookupError, ValueError):
            pass  # an unknown charset name (or one with a NUL): fall back on the file's
    try:
        return raw.decode(encoding.default)
    except UnicodeDecodeError:
        pass
    for name in ("utf-8", "cp1252"):
        try:
            return raw.decode(name)
        except UnicodeDecodeError:
            continue
    return raw.decode("cp1252", errors="replace")


@dataclass(frozen=True)
class _Head:
    """What a property line says before its colon (parsed once per distinct text)."""

    group: str
    name: str
    params: dict[str, list[str]]  # shared between properties: never changed
    charset: str | None
    qp: bool
    base64: bool


@functools.lru_cache(maxsize=4096)
def _parse_head(head: bytes) -> _Head | str:
    """The parsed head, or the reason it is not one. Cached: real files repeat heads."""
    parts = _split_params(head)
    match = _NAME.match(parts[0].strip())
    if match is None:
        preview = parts[0][:40].decode("utf-8", errors="replace")
        return f"has no valid property name ({preview!r})"
    name = match.group(2).decode("ascii").upper().replace("_", "-")
    group = (match.group(1) or b"").decode("ascii").lower()
    params = _params(parts[1:])
    charsets = params.pop("CHARSET", [])
    charset = charsets[0] if charsets else None
    types = params.get("TYPE", [])
    encodings = {v.upper() for v in params.pop("ENCODING", [])}
    encodings |= {t.upper() for t in types if t.upper() in ("QUOTED-PRINTABLE", "BASE64")}
    if types:
        params["TYPE"] = [t for t in types if t.upper() not in ("QUOTED-PRINTABLE", "BASE64")]
    return _Head(group, name, params, charset, "QUOTED-PRINTABLE" in encodings,
                 bool(encodings & {"B", "BASE64"}))


def parse_property(line: int, raw: bytes, qp: bool, b64: bool, encoding: Encoding,
                   wanted: frozenset[str]) -> Property | None:
    """One logical line as a property, or None if its name is not ``wanted``."""
    split = _split_head(raw)
    if split is None:
        preview = raw[:40].decode("utf-8", errors="replace")
        raise LineError(line, f"line {line} is not a vCard property ({preview!r})")
    head_bytes, value = split
    head = _parse_head(head_bytes)
    if isinstance(head, str):
        raise LineError(line, f"line {line} {head}")
    if head.name not in wanted:
        return None
    if b64 or head.base64:
        return Property(line, head.group, head.name, head.params,
                        value.decode("ascii", errors="replace"), base64=True)
    if qp or head.qp:
        with contextlib.suppress(ValueError, binascii.Error):  # else keep it as it is
            value = quopri.decodestring(value)
        return Property(line, head.group, head.name, head.params,
                        decode_text(value, head.charset, encoding), qp=True)
    return Property(line, head.group, head.name, head.params,
                    decode_text(value, head.charset, encoding))


def decode_base64(text: str) -> bytes | None:
    """Inline base64 (with whitespace, missing padding or a ``data:`` prefix), or None."""
    if text.startswith("data:"):
        text = text.partition(",")[2]
    compact = "".join(text.split())
    if not compact:
        return None
    compact = compact.rstrip("=")
    if len(compact) % 4 == 1:
        return None
    compact += "=" * (-len(compact) % 4)
    try:
        return binascii.a2b_base64(compact.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
