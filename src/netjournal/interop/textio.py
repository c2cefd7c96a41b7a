"""Bytes to text for CSV and JSON files: BOMs, UTF-16 without a BOM, UTF-8, Windows-1252."""

from __future__ import annotations

import codecs

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> str:
    """The text of a file, whatever of the usual encodings it is in; never raises.

    A BOM decides; else mostly-NUL bytes mean UTF-16; else UTF-8 if it is valid, else
    Windows-1252 (what Excel and Outlook write on Windows).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    head = data[:512]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        name = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        return data.decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
