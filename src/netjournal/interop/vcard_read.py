"""Reading vCard 2.1, 3.0 and 4.0 files into people, one card at a time.

:mod:`vcard_lines` cuts the file into cards and decodes each property's bytes with its
charset; here each value is escaped the vCard 3.0 way, and the ones that need parsing
(N, ADR, ORG, lists, anything with an escape) are parsed by
``vobject.readComponents(..., allowQP=True)``, the clean lines of many cards in one
component (card by card if vobject fails on them, so only the card at fault is lost);
:mod:`vcard_map` then makes each card a contact. A card that cannot be read is rejected
with its number, line and reason; the others are read all the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import vobject  # type: ignore[import-untyped]

from netjournal.domain.values import Contact
from netjournal.interop import InteropError
from netjournal.interop.model import Candidate, Problem, ReadResult
from netjournal.interop.vcard_lines import (
    Encoding,
    LineError,
    Property,
    RawCard,
    logical_lines,
    parse_property,
    prepare,
    split_cards,
)
from netjournal.interop.vcard_map import IM, SPOUSE, Builder, CardError, apple_label

_TEXT = ("FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "ADR", "URL", "BDAY", "NOTE",
         "CATEGORIES", "NICKNAME", "IMPP", "X-SOCIALPROFILE", "RELATED", "X-ABRELATEDNAMES",
         "X-ANDROID-CUSTOM", *SPOUSE, *IM)
WANTED = frozenset({*_TEXT, "VERSION", "PHOTO", "X-ABLABEL"})
_STRUCTURED = frozenset({"N", "ADR", "ORG"})
_SPLIT_ON_COMMA = frozenset({"N", "CATEGORIES", "NICKNAME"})
_SPECIAL_21 = re.compile(r"[\\,;\r\n]")
_ESCAPE_30 = re.compile(r"\\(.)|(,)|(\n)", re.DOTALL)
_LIST = frozenset({"CATEGORIES", "NICKNAME"})
_NEEDS_PARSING = _STRUCTURED | _LIST
_VOBJECT_BATCH = 200  # cards whose values vobject parses in one go


def read_vcards(data: bytes) -> ReadResult:
    """Every card of a vCard file: people, and each bad card with its place and reason.

    Raises:
        InteropError: the file holds no vCard at all.
    """
    prepared, encoding = prepare(data)
    cards = split_cards(prepared)
    if not cards:
        raise InteropError("this is not a vCard file: it has no BEGIN:VCARD line")
    read: list[_Card | Problem] = []
    for card in cards:
        where = f"card {card.index} (line {card.line})"
        if not card.closed:
            read.append(Problem(where, "the card never ends (END:VCARD is missing); "
                                       "the file may be cut short"))
            continue
        try:
            read.append(_Card.of(card, where, encoding))
        except CardError as e:
            read.append(Problem(where, str(e)))
    parsed = [c for c in read if isinstance(c, _Card)]
    for start in range(0, len(parsed), _VOBJECT_BATCH):
        _parse_with_vobject(parsed[start:start + _VOBJECT_BATCH])
    items: list[Candidate | Problem] = []
    warnings: list[Problem] = []
    for entry in read:
        if isinstance(entry, Problem):
            items.append(entry)
            continue
        try:
            contact, notes = entry.contact()
        except CardError as e:
            items.append(Problem(entry.where, str(e)))
            continue
        items.append(Candidate(contact, entry.where))
        warnings.extend(Problem(entry.where, n) for n in notes)
        if entry.raw.nested:
            warnings.append(Problem(entry.where, f"it held {entry.raw.nested} card(s) inside "
                                                 "it; they were read as separate cards"))
    return ReadResult(items=tuple(items), warnings=tuple(warnings))



# -- one card: bytes -> properties -> vobject -> contact ---------------------------------------

@dataclass
class _Card:
    """A card on its way: properties read, values parsed (by vobject where needed)."""

    raw: RawCard
    where: str
    props: list[Property]
    text_props: list[Property]  # the ones whose values go into the contact as text
    values: list[Any]  # parsed values, aligned with text_props
    pending: list[tuple[int, str]]  # (index in text_props, clean 3.0 line) for vobject
    error: str = ""

    @classmethod
    def of(cls, raw: RawCard, where: str, encoding: Encoding) -> _Card:
        props: list[Property] = []
        for line, data, qp, b64 in logical_lines(raw):
            try:
                prop = parse_property(line, data, qp, b64, encoding, WANTED)
            except LineError as e:
                raise CardError(str(e)) from e
            if prop is not None:
                props.append(prop)
        version = next((p.value.strip() for p in props if p.name == "VERSION"), "2.1")
        text_props = [p for p in props if p.name in _TEXT]
        if any(p.name == "FN" and p.value.strip() for p in text_props):
            text_props = [p for p in text_props if p.name != "N"]  # FN is the name we keep
        values: list[Any] = [None] * len(text_props)
        pending = []
        for i, p in enumerate(text_props):
            value = _clean_value(p, version)
            if "\\" not in value and p.name not in _NEEDS_PARSING:
                values[i] = value  # nothing to unescape or split: what vobject would give
            else:
                pending.append((i, f"{p.name}:{value}"))
        return cls(raw, where, props, text_props, values, pending)

    def contact(self) -> tuple[Contact, list[str]]:
        if self.error:
            raise CardError(self.error)
        labels = {p.group: apple_label(p.value) for p in self.props
                  if p.name == "X-ABLABEL" and p.group}
        builder = Builder(labels)
        for prop, value in zip(self.text_props, self.values, strict=True):
            builder.add(prop, value)
        for prop in self.props:
            if prop.name == "PHOTO":
                builder.photo(prop)
        return builder.contact(), builder.notes


def _escape(text: str, structured: bool, listed: bool) -> str:
    """Literal text (vCard 2.1 or quoted-printable) in vCard 3.0 escaping.

    In 2.1 only ``\\;`` is an escape, in structured values (N, ADR, ORG); any other
    backslash, and every comma, is literal.
    """
    if _SPECIAL_21.search(text) is None:
        return text
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            nxt = text[i + 1] if i + 1 < n else ""
            if structured and nxt == ";":
                out.append("\\;")
                i += 2
                continue
            if structured and nxt == "\\":
                out.append("\\\\")
                i += 2
                continue
            out.append("\\\\")
        elif ch == "," and not listed:
            out.append("\\,")
        elif ch == ";" and not structured:
            out.append("\\;")
        elif ch == "\r":
            if text[i + 1:i + 2] != "\n":
                out.append("\\n")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _tidy_30(value: str, literal_commas: bool) -> str:
    """A vCard 3.0/4.0 value made safe for vobject.

    vobject keeps only the first comma-separated part of a text value, and exporters
    leave commas in names and notes unescaped, so bare commas become literal (except
    where they separate list items); ``\\:`` (Apple, Gmail) is a colon; a line break
    joined in by :mod:`vcard_lines` is an escaped newline.
    """
    def repl(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return ":" if m.group(1) == ":" else m.group(0)
        if m.group(2):
            return "\\," if literal_commas else ","
        return "\\n"

    return _ESCAPE_30.sub(repl, value)


def _clean_value(p: Property, version: str) -> str:
    """A property value escaped the vCard 3.0 way, ready for vobject."""
    value = p.value
    if p.qp or version.startswith("2"):
        value = _escape(value, p.name in _STRUCTURED, p.name in _LIST)
    elif "," in value or "\\" in value or "\n" in value:
        value = _tidy_30(value, p.name not in _SPLIT_ON_COMMA)
    if value.endswith("\\") and (len(value) - len(value.rstrip("\\"))) % 2:
        value += "\\"  # a lone backslash at the end is literal
    return value


def _parse_with_vobject(cards: list[_Card]) -> None:
    """Let vobject parse the pending values of ``cards`` (names, addresses, escapes).

    The cleaned lines of many cards go into one component, which is much faster than a
    component per card; if vobject fails on it, each card is parsed on its own so that
    only the card at fault is rejected.
    """
    owners = [(card, index) for card in cards for index, _ in card.pending]
    if not owners:
        return
    text = "\r\n".join(["BEGIN:VCARD", *(line for c in cards for _, line in c.pending),
                        "END:VCARD\r\n"])
    try:
        component = next(vobject.readComponents(text, allowQP=True))
    except Exception as e:  # vobject raises many kinds on odd input; one card never stops the file
        if len(cards) > 1:
            for card in cards:
                _parse_with_vobject([card])
            return
        number = getattr(e, "lineNumber", None)
        card = cards[0]
        place = card.raw.line
        if isinstance(number, int) and 2 <= number < len(owners) + 2:
            place = card.text_props[owners[number - 2][1]].line
        card.error = f"line {place} cannot be read: {_short(e)}"
        return
    for child in component.getChildren():
        position = (child.lineNumber or 0) - 2
        if 0 <= position < len(owners):
            card, index = owners[position]
            card.values[index] = child.value


def _short(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text[:120] or type(error).__name__
