"""The card two duplicate contacts become: each field taken from one side or the other.

Pure functions over two :class:`~netjournal.domain.values.Contact` values. By default
(:func:`default_picks`, what ``netjournal merge`` does) the first card's non-empty values
are kept and its empty ones are filled from the second; details and tags are always the
union of both (a repeated email or phone is kept once).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from enum import IntEnum

from netjournal.domain import details as detail_rules
from netjournal.domain.details import fold
from netjournal.domain.values import Contact, Detail

FIELDS = ("name", "company", "title", "photo", "how_met", "met_on", "met_at_event_id",
          "introduced_by_id", "tie_strength", "cadence_days", "interests", "family",
          "remember", "notes", "birthday")
"""The card's own fields a merge chooses between, in the order the card shows them."""


class Side(IntEnum):
    FIRST = 0  # the contact that is kept
    SECOND = 1  # the contact merged into it


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str | bytes) and not value.strip())


def default_picks(first: Contact, second: Contact) -> dict[str, Side]:
    """The first's value where it has one, else the second's (when that has one)."""
    return {name: Side.SECOND if is_empty(getattr(first, name))
            and not is_empty(getattr(second, name)) else Side.FIRST
            for name in FIELDS}


def differing(first: Contact, second: Contact) -> list[str]:
    """The fields where the two cards hold different values (a choice to make)."""
    return [name for name in FIELDS if getattr(first, name) != getattr(second, name)]


def union_details(details: Iterable[Detail]) -> tuple[Detail, ...]:
    """Details without repeats (same kind and normalised value: the first is kept)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for d in details:
        if not d.value.strip():
            continue
        key = (d.kind.value, detail_rules.normalize(d.kind, d.value) or fold(d.value))
        if key not in seen:
            seen.add(key)
            out.append(dataclasses.replace(d, id=None))
    return tuple(out)


def union_tags(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for tag in [*first, *second]:
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


def combine(first: Contact, second: Contact,
            picks: Mapping[str, Side] | None = None) -> Contact:
    """The card the first becomes: each field from the side ``picks`` names (missing
    fields: :func:`default_picks`), details and tags of both. Keeps the first's id.

    Who introduced them can be neither of the two (one cannot introduce oneself).
    """
    chosen = default_picks(first, second)
    chosen.update(picks or {})
    values = {name: getattr(second if chosen[name] == Side.SECOND else first, name)
              for name in FIELDS}
    if values["introduced_by_id"] in (first.id, second.id):
        values["introduced_by_id"] = None
    return dataclasses.replace(
        first, **values,
        details=union_details([*first.details, *second.details]),
        tags=union_tags(first.tags, second.tags))


__all__ = ["FIELDS", "Side", "combine", "default_picks", "differing", "is_empty",
           "union_details", "union_tags"]
