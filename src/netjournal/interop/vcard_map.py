"""One vCard's properties, as vobject parsed them, made into a contact.

Which property goes where: names (FN, else N, nickname, organisation, email or phone),
organisation and title (further ones go into the notes), emails, phones, addresses and
links with their labels (vCard types, Apple's ``itemN.X-ABLabel``), messengers and social
profiles as links, birthday (a year-less one too), notes, categories
as tags, spouse and children as family, and an inline photo.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from netjournal.domain import birthdays
from netjournal.domain.values import Contact, Detail, DetailKind
from netjournal.interop.merge import LINKEDIN_LABEL, is_linkedin_url
from netjournal.interop.photos import PhotoError, fit_photo
from netjournal.interop.vcard_lines import Property, decode_base64

# Instant-messaging properties read as links: property -> (URI scheme, label).
IM = {
    "X-AIM": ("aim", "aim"), "X-ICQ": ("icq", "icq"), "X-YAHOO": ("ymsgr", "yahoo"),
    "X-SKYPE": ("skype", "skype"), "X-SKYPE-USERNAME": ("skype", "skype"),
    "X-MSN": ("msnim", "msn"), "X-JABBER": ("xmpp", "jabber"), "X-GTALK": ("xmpp", "gtalk"),
    "X-GOOGLE-TALK": ("xmpp", "gtalk"), "X-QQ": ("qq", "qq"), "X-SIP": ("sip", "sip"),
    "X-MS-IMADDRESS": ("im", "im"), "X-TWITTER": ("https", "twitter"),
}
SPOUSE = ("X-EVOLUTION-SPOUSE", "X-MS-SPOUSE", "X-SPOUSE")
_SYSTEM_GROUPS = frozenset({"my contacts", "mycontacts", "* mycontacts", "starred in android"})
_TYPE_WORDS = ("work", "home", "other", "school")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_EMAIL_IN_BRACKETS = re.compile(r"<([^<>\s]+@[^<>\s]+)>")


class CardError(Exception):
    """The card cannot be imported; the message says why."""


def apple_label(text: str) -> str:
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
class Builder:
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
        elif prop.name in IM:
            self._im(prop, value)
        elif prop.name in SPOUSE:
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
        scheme, label = IM[prop.name]
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
        if yearless:
            try:  # kept as a birthday without a year (29 February included)
                self.birthday = birthdays.yearless(int(yearless.group(1)),
                                                   int(yearless.group(2)))
                return
            except ValueError:
                pass
        if text:
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
            try:
                self.picture = fit_photo(data)
            except PhotoError as e:
                self.notes.append(f"the photo on line {prop.line} was left out: {e}")
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
            raise CardError("it has no name, organisation, email or phone")
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
    # 1604: a birthday without a year, as Apple's address book writes it
    return day if day.year >= 1800 or day.year == birthdays.NO_YEAR else None
