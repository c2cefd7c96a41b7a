"""The address-book side of a contact, and the three-way merge of a synced card.

A contact's card in an address book carries only these fields: name, organisation,
title, emails, phones, addresses, URLs (LinkedIn included), birthday (year-less too),
photo and tags (CATEGORIES). The journal's own fields (how you met, notes, the
timeline...) are never taken from a card.

:func:`merge` compares, field by field, the values as last synced (the *base*), the
journal's and the card's:

* a field changed on one side only takes that side's value;
* a name, company, title, birthday or photo changed on both sides (to different values)
  keeps the journal's value and reports the card's as a :class:`Conflict`;
* emails, phones, addresses, URLs and tags merge item by item: an item added on either
  side is added, an item removed on either side is removed (so nothing conflicts);
* with no base (a card met for the first time), empty fields are filled from the other
  side, lists are united, and a value both sides hold differently keeps the journal's
  (reported as a conflict).

Values are compared in a normalised form (:meth:`Book.key`), so a phone written
``+62 812-3456-789`` on one side and ``0812 3456 789`` on the other is one phone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netjournal.domain import birthdays
from netjournal.domain import details as detail_rules
from netjournal.domain.values import Contact, Detail, DetailKind

Item = tuple[str, str]
"""One email, phone, address or URL: (value, label)."""

SCALARS = ("name", "company", "title", "birthday", "photo")
LISTS: Mapping[str, DetailKind] = {"emails": DetailKind.EMAIL, "phones": DetailKind.PHONE,
                                   "addresses": DetailKind.ADDRESS, "urls": DetailKind.LINK}
FIELDS = ("name", "company", "title", "emails", "phones", "addresses", "urls", "birthday",
          "photo", "tags")


def photo_digest(data: bytes | None) -> str:
    """What stands for a photo in comparisons ("" for none)."""
    return hashlib.sha256(data).hexdigest()[:32] if data else ""


def clean_tag(name: str) -> str:
    """A tag as the journal keeps it: no ``#``, single spaces, lower case."""
    return " ".join(name.strip().lstrip("#").split()).lower()


def birthday_text(day: dt.date | None) -> str:
    """``1990-05-17``, ``--05-17`` for a birthday without a year, "" for none."""
    if day is None:
        return ""
    if birthdays.has_year(day):
        return day.isoformat()
    return f"--{day.month:02d}-{day.day:02d}"


def birthday_of(text: str) -> dt.date | None:
    """The date :func:`birthday_text` wrote (None for "" or a text that is no date)."""
    try:
        if text.startswith("--"):
            return birthdays.yearless(int(text[2:4]), int(text[5:7]))
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _words(text: str) -> str:
    return " ".join(text.split())


def _item_key(field: str, value: str) -> str:
    if field == "tags":
        return clean_tag(value)
    kind = LISTS[field]
    return detail_rules.normalize(kind, value) or "~" + _words(value).lower()


@dataclass(frozen=True)
class Book:
    """The address-book fields of one person (from a contact or from a card)."""

    name: str = ""
    company: str = ""
    title: str = ""
    emails: tuple[Item, ...] = ()
    phones: tuple[Item, ...] = ()
    addresses: tuple[Item, ...] = ()
    urls: tuple[Item, ...] = ()
    birthday: str = ""  # birthday_text()
    photo: str = ""  # photo_digest()
    tags: tuple[str, ...] = ()

    @classmethod
    def of(cls, contact: Contact) -> Book:
        """The address-book fields of ``contact``."""
        lists: dict[str, list[Item]] = {name: [] for name in LISTS}
        kinds = {kind: name for name, kind in LISTS.items()}
        for d in contact.details:
            if d.value.strip():
                lists[kinds[d.kind]].append((d.value.strip(), d.label.strip()))
        return cls(name=_words(contact.name), company=contact.company.strip(),
                   title=contact.title.strip(),
                   **{name: _unique(name, items) for name, items in lists.items()},
                   birthday=birthday_text(contact.birthday),
                   photo=photo_digest(contact.photo),
                   tags=tuple(sorted({clean_tag(t) for t in contact.tags} - {""})))

    def key(self, field: str) -> Hashable:
        """The comparable form of one field."""
        value = getattr(self, field)
        if field in ("emails", "phones", "addresses", "urls"):
            return frozenset(_item_key(field, v) for v, _ in value)
        if field == "tags":
            return frozenset(clean_tag(t) for t in value)
        return _words(value) if field != "photo" else value

    def same(self, other: Book) -> bool:
        """Whether every field compares equal."""
        return all(self.key(f) == other.key(f) for f in FIELDS)

    def to_json(self) -> dict[str, Any]:
        return {f: (list(map(list, v)) if f in LISTS else list(v) if f == "tags" else v)
                for f in FIELDS for v in (getattr(self, f),)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Book:
        """A book saved by :meth:`to_json` (unknown or malformed fields are left empty)."""
        kwargs: dict[str, Any] = {}
        for f in FIELDS:
            value = data.get(f)
            if f in LISTS and isinstance(value, list):
                kwargs[f] = tuple((str(v[0]), str(v[1])) for v in value
                                  if isinstance(v, list) and len(v) == 2)
            elif f == "tags" and isinstance(value, list):
                kwargs[f] = tuple(str(v) for v in value)
            elif f in SCALARS and isinstance(value, str):
                kwargs[f] = value
        return cls(**kwargs)


def _unique(field: str, items: Iterable[Item]) -> tuple[Item, ...]:
    seen: set[str] = set()
    out = []
    for value, label in items:
        key = _item_key(field, value)
        if key not in seen:
            seen.add(key)
            out.append((value, label))
    return tuple(out)


@dataclass(frozen=True)
class Conflict:
    """A field changed on both sides: the journal's value was kept, the card's is here."""

    field: str
    kept: str
    other: str


@dataclass(frozen=True)
class Merged:
    """The outcome of :func:`merge`."""

    book: Book  # the fields both sides hold after the sync
    from_card: tuple[str, ...]  # fields the journal takes from the card
    to_card: bool  # the card must be written again (it differs from the result)
    conflicts: tuple[Conflict, ...] = ()


def _merge_scalar(field: str, base: Book | None, journal: Book,
                  card: Book) -> tuple[str, Conflict | None]:
    mine, theirs = getattr(journal, field), getattr(card, field)
    if journal.key(field) == card.key(field):
        return mine, None
    if base is not None:
        if journal.key(field) == base.key(field):
            return theirs, None
        if card.key(field) == base.key(field):
            return mine, None
    elif not mine:
        return theirs, None
    elif not theirs:
        return mine, None
    return mine, Conflict(field, mine, theirs)


def _merge_items(field: str, base: Book | None, journal: Book, card: Book) -> tuple[Any, ...]:
    if field == "tags":
        def key(item: Any) -> str:
            return clean_tag(item)
    else:
        def key(item: Any) -> str:
            return _item_key(field, item[0])
    mine: Sequence[Any] = getattr(journal, field)
    theirs: Sequence[Any] = getattr(card, field)
    theirs_by_key = {key(i): i for i in theirs}
    if base is None:
        have = {key(i) for i in mine}
        return tuple(mine) + tuple(i for k, i in theirs_by_key.items() if k not in have)
    was = {key(i): i for i in getattr(base, field)}
    out = []
    for item in mine:
        k = key(item)
        if k in was and k not in theirs_by_key:
            continue  # removed from the card
        if field != "tags" and k in was and k in theirs_by_key \
                and item[1] == was[k][1] and theirs_by_key[k][1] != was[k][1]:
            item = (item[0], theirs_by_key[k][1])  # a label changed on the card only
        out.append(item)
    have = {key(i) for i in mine}
    out.extend(i for k, i in theirs_by_key.items() if k not in was and k not in have)
    return tuple(out)


def merge(base: Book | None, journal: Book, card: Book) -> Merged:
    """Merge a card into the journal's contact, field by field (see the module docstring).

    Args:
        base: the fields as last synced (None for a card met for the first time).
        journal: the contact's fields now.
        card: the card's fields now.
    """
    values: dict[str, Any] = {}
    conflicts = []
    for field in FIELDS:
        if field in SCALARS:
            values[field], conflict = _merge_scalar(field, base, journal, card)
            if conflict is not None:
                conflicts.append(conflict)
        else:
            values[field] = _merge_items(field, base, journal, card)
    if not values["name"]:
        values["name"] = journal.name  # a contact always keeps a name
    result = Book(**values)
    from_card = tuple(f for f in FIELDS if result.key(f) != journal.key(f)
                      or (f in LISTS and _labels(result, f) != _labels(journal, f)))
    to_card = not result.same(card) or any(_labels(result, f) != _labels(card, f)
                                           for f in LISTS)
    return Merged(result, from_card, to_card, tuple(conflicts))


def _labels(book: Book, field: str) -> dict[str, str]:
    return {_item_key(field, v): label for v, label in getattr(book, field)}


def apply(contact: Contact, book: Book, fields: Iterable[str],
          photo: bytes | None = None) -> Contact:
    """``contact`` with ``fields`` taken from ``book`` (``photo``: the new photo's bytes).

    The journal's own fields and details of kinds not named are left as they are.
    """
    fields = set(fields)
    changes: dict[str, Any] = {}
    for f in ("name", "company", "title"):
        if f in fields and (f != "name" or book.name):
            changes[f] = getattr(book, f)
    if "birthday" in fields:
        changes["birthday"] = birthday_of(book.birthday)
    if "photo" in fields:
        changes["photo"] = photo if book.photo else None
    if "tags" in fields:
        changes["tags"] = book.tags
    kinds = {LISTS[f] for f in fields if f in LISTS}
    if kinds:
        kept = [d for d in contact.details if d.kind not in kinds]
        new = [Detail(LISTS[f], value, label) for f in LISTS if f in fields
               for value, label in getattr(book, f)]
        changes["details"] = tuple(kept + new)
    return dataclasses.replace(contact, **changes) if changes else contact


__all__ = ["FIELDS", "LISTS", "SCALARS", "Book", "Conflict", "Merged", "apply",
           "birthday_of", "birthday_text", "clean_tag", "merge", "photo_digest"]
