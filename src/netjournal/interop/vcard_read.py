"""Reading vCard 2.1, 3.0 and 4.0 files into people, one card at a time.

:mod:`vcard_lines` cuts the file into cards and decodes each property's bytes; each card
is then rebuilt as clean vCard 3.0 text (one line per property, escaped the 3.0 way) and
parsed by ``vobject.readComponents(..., allowQP=True)``, which splits names, addresses
and organisations and undoes the escaping. A card that cannot be read is rejected
with its number, line and reason; the others are read all the same.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import vobject

from netjournal.domain.values import Contact, Detail, DetailKind
from netjournal.interop import InteropError
from netjournal.interop.merge import LINKEDIN_LABEL, is_linkedin_url
from netjournal.interop.model import Candidate, Problem, ReadResult
from netjournal.interop.vcard_lines import (
    Encoding,
    LineError,
    Property,
    RawCard,
    decode_base64,
    logical_lines,
    parse_property,
    prepare,
    split_cards,
)

# Instant-messaging properties read as links: property -> (URI scheme, label).
_IM = {
    "X-AIM": ("aim", "aim"), "X-ICQ": ("icq", "icq"), "X-YAHOO": ("ymsgr", "yahoo"),
    "X-SKYPE": ("skype", "skype"), "X-SKYPE-USERNAME": ("skype", "skype"),
    "X-MSN": ("msnim", "msn"), "X-JABBER": ("xmpp", "jabber"), "X-GTALK": ("xmpp", "gtalk"),
    "X-GOOGLE-TALK": ("xmpp", "gtalk"), "X-QQ": ("qq", "qq"), "X-SIP": ("sip", "sip"),
    "X-MS-IMADDRESS": ("im", "im"), "X-TWITTER": ("https", "twitter"),
}
_SPOUSE = ("X-EVOLUTION-SPOUSE", "X-MS-SPOUSE", "X-SPOUSE")
_TEXT = ("FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "ADR", "URL", "BDAY", "NOTE",
         "CATEGORIES", "NICKNAME", "IMPP", "X-SOCIALPROFILE", "RELATED", "X-ABRELATEDNAMES",
         "X-ANDROID-CUSTOM", *_SPOUSE, *_IM)
WANTED = frozenset({*_TEXT, "VERSION", "PHOTO", "X-ABLABEL"})
_STRUCTURED = frozenset({"N", "ADR", "ORG"})
_SPLIT_ON_COMMA = frozenset({"N", "CATEGORIES", "NICKNAME"})
_SPECIAL_21 = re.compile(r"[\\,;\r\n]")
_ESCAPE_30 = re.compile(r"\\(.)|(,)|(\n)", re.DOTALL)
_LIST = frozenset({"CATEGORIES", "NICKNAME"})
_NEEDS_PARSING = _STRUCTURED | _LIST
_VOBJECT_BATCH = 200  # cards whose values vobject parses in one go
_SYSTEM_GROUPS = frozenset({"my contacts", "mycontacts", "* mycontacts", "starred in android"})
_TYPE_WORDS = ("work", "home", "other", "school")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_EMAIL_IN_BRACKETS = re.compile(r"<([^<>\s]+@[^<>\s]+)>")


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
        except _CardError as e:
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
        except _CardError as e:
            items.append(Problem(entry.where, str(e)))
            continue
        items.append(Candidate(contact, entry.where))
        warnings.extend(Problem(entry.where, n) for n in notes)
        if entry.raw.nested:
            warnings.append(Problem(entry.where, f"it held {entry.raw.nested} card(s) inside "
                                                 "it; they were read as separate cards"))
    return ReadResult(items=tuple(items), warnings=tuple(warnings))


class _CardError(Exception):
    """The card cannot be imported; the message says why."""


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
                raise _CardError(str(e)) from e
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
            raise _CardError(self.error)
        labels = {p.group: _apple_label(p.value) for p in self.props
                  if p.name == "X-ABLABEL" and p.group}
        builder = _Builder(labels)
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


def _apple_label(text: str) -> str:
    """``_$!<HomePage>!$_`` -> ``homepage``; custom labels are kept in lower case."""
    text = text.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        text = text[4:-4]
    return " ".join(text.split()).lower()


def _flat(value: Any) -> str:
    """A vobject value part (text or list of texts) as one line of text."""
    if isinstance(value, list | tuple):
        return " ".join(_flat(v) for v in value if _flat(v))
    return " ".join(str(value or "").split())


def _texts(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [t for v in value for t in _texts(v)]
    text = str(value or "").strip()
    return [text] if text else []


@dataclass
class _Builder:
    """Collects one card's properties into a contact."""

    labels: dict[str, str]
    notes: list[str] = field(default_factory=list)  # warnings about left-out parts
    fn: str = ""
    n_name: str = ""
    nickname: str = ""
    orgs: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    details: list[Detail] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    birthday: dt.date | None = None
    remember: str = ""
    picture: bytes | None = None

    def _label(self, prop: Property, default: str = "") -> str:
        if prop.group in self.labels:
            return self.labels[prop.group]
        types = [t.lower() for t in prop.params.get("TYPE", [])]
        for word in _TYPE_WORDS:
            if word in types:
                return word
        return default

    def add(self, prop: Property, value: Any) -> None:
        if value is None:
            return
        handler = getattr(self, "_" + prop.name.replace("-", "_").lower(), None)
        if handler is not None:
            handler(prop, value)
        elif prop.name in _IM:
            self._im(prop, value)
        elif prop.name in _SPOUSE:
            self._relative("spouse", value)

    def _fn(self, prop: Property, value: Any) -> None:
        self.fn = self.fn or _flat(value)

    def _n(self, prop: Property, value: Any) -> None:
        if self.n_name or not hasattr(value, "family"):
            return
        family, given = _flat(value.family), _flat(value.given)
        additional = _flat(value.additional)
        if _CJK.search(family + given):
            parts = [family, given]
        else:
            parts = [_flat(value.prefix), given, additional, family, _flat(value.suffix)]
        self.n_name = " ".join(p for p in parts if p)

    def _nickname(self, prop: Property, value: Any) -> None:
        names = _texts(value)
        if names and not self.nickname:
            self.nickname = names[0]

    def _x_android_custom(self, prop: Property, value: Any) -> None:
        parts = _flat(value).split(";")
        if parts[0].endswith("/nickname") and len(parts) > 1 and not self.nickname:
            self.nickname = parts[1].strip()

    def _org(self, prop: Property, value: Any) -> None:
        parts = [_flat(v) for v in (value if isinstance(value, list) else [value])]
        name = parts[0] if parts and parts[0] else ", ".join(p for p in parts if p)
        if name:
            self.orgs.append(name)

    def _title(self, prop: Property, value: Any) -> None:
        if _flat(value):
            self.titles.append(_flat(value))

    def _role(self, prop: Property, value: Any) -> None:
        if _flat(value):
            self.roles.append(_flat(value))

    def _email(self, prop: Property, value: Any) -> None:
        text = _flat(value)
        found = _EMAIL_IN_BRACKETS.search(text)
        if found:
            text = found.group(1)
        text = text.removeprefix("mailto:").strip().strip('"')
        if text:
            self.details.append(Detail(DetailKind.EMAIL, text, self._label(prop)))

    def _tel(self, prop: Property, value: Any) -> None:
        text = _flat(value)
        if text.lower().startswith("sip:"):
            self.details.append(Detail(DetailKind.LINK, text, "sip"))
            return
        text = text.removeprefix("tel:").strip()
        if not text:
            return
        types = {t.lower() for t in prop.params.get("TYPE", [])}
        if prop.group in self.labels:
            label = self.labels[prop.group]
        elif "fax" in types:
            label = " ".join(w for w in ("home" in types and "home", "work" in types
                                         and "work", "fax") if w)
        elif types & {"cell", "mobile"}:
            label = "mobile"
        elif "pager" in types:
            label = "pager"
        elif "main" in types:
            label = "main"
        else:
            label = self._label(prop)
        self.details.append(Detail(DetailKind.PHONE, text, label))

    def _adr(self, prop: Property, value: Any) -> None:
        if not hasattr(value, "street"):
            return
        parts = [value.box, value.extended, value.street, value.city, value.region,
                 value.code, value.country]
        # RFC 6868 caret escapes belong to parameters: such a part is a LABEL that
        # bled into the value through a missing quote (ez-vcard issue 114).
        lines = [" ".join(line.split()) for p in parts for t in _texts(p)
                 if "^n" not in t and "^'" not in t for line in t.splitlines()]
        text = ", ".join(line.strip(" ,") for line in lines if line.strip(" ,"))
        if text:
            self.details.append(Detail(DetailKind.ADDRESS, text, self._label(prop)))

    def _url(self, prop: Property, value: Any) -> None:
        text = _flat(value)
        if text:
            label = LINKEDIN_LABEL if is_linkedin_url(text) else self._label(prop)
            self.details.append(Detail(DetailKind.LINK, text, label))

    def _x_socialprofile(self, prop: Property, value: Any) -> None:
        text = _flat(value)
        if not text:
            return
        types = [t.lower() for t in prop.params.get("TYPE", []) if t.lower() != "pref"]
        label = LINKEDIN_LABEL if is_linkedin_url(text) else (types[0] if types else "")
        self.details.append(Detail(DetailKind.LINK, text, label))

    def _impp(self, prop: Property, value: Any) -> None:
        text = _flat(value)
        if not text:
            return
        service = prop.params.get("X-SERVICE-TYPE", [])
        scheme = text.split(":", 1)[0].lower() if ":" in text else ""
        label = service[0].lower() if service else scheme
        self.details.append(Detail(DetailKind.LINK, text, label))

    def _im(self, prop: Property, value: Any) -> None:
        text = _flat(value)
        if not text:
            return
        scheme, label = _IM[prop.name]
        if scheme == "https":
            if "://" not in text:
                text = f"https://twitter.com/{text.lstrip('@')}"
        elif not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text):
            text = f"{scheme}:{text}"
        self.details.append(Detail(DetailKind.LINK, text, label))

    def _bday(self, prop: Property, value: Any) -> None:
        if self.birthday or self.remember:
            return
        text = _flat(value)
        day = _parse_date(text)
        if day is not None:
            self.birthday = day
            return
        yearless = re.fullmatch(r"--(\d\d)-?(\d\d)", text)
        if yearless and 1 <= int(yearless.group(1)) <= 12 and 1 <= int(yearless.group(2)) <= 31:
            self.remember = (f"Birthday: {int(yearless.group(2))} "
                             f"{_MONTHS[int(yearless.group(1)) - 1]}")
        elif text:
            self.notes.append(f"the birthday {text[:30]!r} is not a date; it was left out")

    def _note(self, prop: Property, value: Any) -> None:
        text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
        if text:
            self.texts.append(text)

    def _categories(self, prop: Property, value: Any) -> None:
        for text in _texts(value):
            for tag in text.split(","):
                tag = " ".join(tag.split())
                if tag and tag.lower() not in _SYSTEM_GROUPS:
                    self.tags.append(tag.removeprefix("* "))

    def _relative(self, relation: str, value: Any) -> None:
        name = _flat(value)
        if name:
            self.family.append(f"{relation.capitalize()}: {name}")

    def _x_abrelatednames(self, prop: Property, value: Any) -> None:
        label = self.labels.get(prop.group, "")
        if label in ("spouse", "partner", "child", "domestic_partner"):
            self._relative(label.replace("_", " "), value)

    def _related(self, prop: Property, value: Any) -> None:
        types = [t.lower() for t in prop.params.get("TYPE", [])]
        for relation in ("spouse", "child", "partner"):
            if relation in types and "://" not in _flat(value):
                self._relative(relation, value)

    def photo(self, prop: Property) -> None:
        if self.picture is not None:
            return
        text = prop.value.strip()
        if not prop.base64 and not text.startswith("data:"):
            return  # a web address: NetJournal works offline and does not fetch it
        if not text or text == "data:":
            return
        data = decode_base64(text)
        if data:
            self.picture = data
        else:
            self.notes.append(f"the photo on line {prop.line} is not valid base64 data; "
                              "it was left out")

    def contact(self) -> Contact:
        emails = [d.value for d in self.details if d.kind == DetailKind.EMAIL]
        phones = [d.value for d in self.details if d.kind == DetailKind.PHONE]
        name = " ".join((self.fn or self.n_name or self.nickname or
                         (self.orgs[0] if self.orgs else "") or
                         (emails[0] if emails else "") or (phones[0] if phones else "")
                         ).split())
        if not name:
            raise _CardError("it has no name, organisation, email or phone")
        titles = self.titles or self.roles
        texts = list(self.texts)
        # Further organisations and titles (some cards hold several) go into the notes.
        first = (titles[0] if titles else "", self.orgs[0] if self.orgs else "")
        extra = [", ".join(x for x in (t, o) if x) for t, o in
                 _pairs(self.titles[1:], self.orgs[1:]) if (t or first[0], o or first[1]) != first]
        if extra:
            texts.append("Also: " + "; ".join(extra))
        return Contact(
            name=name, company=self.orgs[0] if self.orgs else "",
            title=titles[0] if titles else "", photo=self.picture,
            notes="\n\n".join(texts), birthday=self.birthday, remember=self.remember,
            family="; ".join(self.family), details=tuple(self.details),
            tags=tuple(dict.fromkeys(self.tags)))


def _pairs(a: list[str], b: list[str]) -> Iterable[tuple[str, str]]:
    for i in range(max(len(a), len(b))):
        yield (a[i] if i < len(a) else "", b[i] if i < len(b) else "")


def _parse_date(text: str) -> dt.date | None:
    text = text.strip()
    match = re.fullmatch(r"(\d{4})-?(\d\d)-?(\d\d)(?:[T ].*)?", text)
    if not match:
        return None
    try:
        day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return day if day.year >= 1800 else None
