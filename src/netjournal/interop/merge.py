"""When an imported person is someone already in the journal, and what merging adds.

Pure functions over domain values, no store: the import engine feeds them what it
looked up. The rules:

* The same person: as :func:`netjournal.domain.identity.same_person` decides (an
  identifier agrees, or the name agrees and nothing contradicts it); among several
  journal contacts that qualify, :func:`best_match` takes the surest.
* Merging fills fields that are empty in the journal and adds details and tags it does
  not have; it never changes what is already written there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from netjournal.domain import details as detail_rules
from netjournal.domain import identity
from netjournal.domain.details import fold
from netjournal.domain.values import Contact, Detail, DetailKind
from netjournal.storage.contacts import clean_tag

MIN_PHONE_DIGITS = identity.MIN_PHONE_DIGITS
LINKEDIN_LABEL = "linkedin"

# Fields a merge may fill when the journal has nothing there. Name, tie strength and
# cadence are never touched: the journal's values are the user's.
FILLABLE = ("company", "title", "photo", "how_met", "met_on", "met_at_event_id",
            "introduced_by_id", "interests", "family", "remember", "notes", "birthday")

Key = tuple[str, str]


def is_linkedin_url(value: str) -> bool:
    return ("linkedin.com" in value.lower()
            and detail_rules.normalize_link(value).startswith("linkedin.com/"))


def detail_key(detail: Detail) -> Key:
    """Two details with the same key are the same detail (kind plus normalised value)."""
    norm = detail_rules.normalize(detail.kind, detail.value)
    return detail.kind.value, norm or "~" + fold(detail.value)


def unique_details(details: Iterable[Detail]) -> tuple[Detail, ...]:
    """Details without blanks and repeats (the first of equal ones is kept)."""
    seen: set[Key] = set()
    out = []
    for d in details:
        if not d.value.strip():
            continue
        key = detail_key(d)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return tuple(out)


def _usable(kind: DetailKind, norm: str) -> bool:
    """Whether a normalised detail identifies a person on its own."""
    if kind == DetailKind.EMAIL:
        return "@" in norm
    if kind == DetailKind.LINK:
        return identity.is_profile(norm)
    return kind == DetailKind.PHONE and len(norm) >= MIN_PHONE_DIGITS


def match_keys(contact: Contact) -> tuple[Key, ...]:
    """The normalised emails, LinkedIn URLs and phones that identify a person."""
    return identify(contact)[1]


def identify(contact: Contact) -> tuple[Contact, tuple[Key, ...]]:
    """The contact without blank or repeated details, and its :func:`match_keys`.

    One pass over the details, each normalised once (imports call this per record).
    """
    seen: set[Key] = set()
    details: list[Detail] = []
    keys: list[Key] = []
    for d in contact.details:
        if not d.value.strip():
            continue
        norm = detail_rules.normalize(d.kind, d.value)
        key = (d.kind.value, norm or "~" + fold(d.value))
        if key in seen:
            continue
        seen.add(key)
        details.append(d)
        if norm and _usable(d.kind, norm):
            keys.append((d.kind.value, norm))
    if len(details) != len(contact.details):
        contact = dataclasses.replace(contact, details=tuple(details))
    return contact, tuple(keys)


def identity_of(contact: Contact) -> identity.Identity:
    """The facts of a contact that tell people apart."""
    return identity.Identity.of(contact.name, contact.company, contact.details)


# The surest clues first: a candidate matched by one of these wins over the later ones.
_STRENGTH = {identity.Clue.UID: 0, identity.Clue.EMAIL: 1, identity.Clue.PROFILE: 2,
             identity.Clue.PHONE: 3, identity.Clue.NAME: 4}


def best_match(incoming: identity.Identity,
               candidates: Iterable[tuple[int, identity.Identity]],
               ) -> tuple[int, identity.Verdict] | None:
    """The candidate (id, identity) that is surely the same person as ``incoming``.

    Candidates that :func:`~netjournal.domain.identity.same_person` rejects are skipped;
    of the others the one with the surest clue wins, then the one whose company agrees,
    then the oldest (lowest id). None if no candidate is the same person.
    """
    best: tuple[tuple[int, int, int], int, identity.Verdict] | None = None
    for cid, other in candidates:
        verdict = identity.same_person(incoming, other)
        if not verdict.same or verdict.clue is None:
            continue
        rank = (_STRENGTH[verdict.clue], 0 if other.company == incoming.company else 1, cid)
        if best is None or rank < best[0]:
            best = (rank, cid, verdict)
    return None if best is None else (best[1], best[2])


def describe(verdict: identity.Verdict) -> str:
    """Why two records are (or are not) one person, in words for import reports."""
    clue = verdict.clue
    if clue is None:
        return "different people"
    if not verdict.same:
        return f"same name but a different {clue.value}"
    if clue == identity.Clue.NAME:
        return "same name, and nothing on either side contradicts it"
    what = {identity.Clue.UID: "UID", identity.Clue.PROFILE: "LinkedIn profile"}.get(
        clue, clue.value)
    return f"same {what} {verdict.value}"


def _is_empty(value: object) -> bool:
    return value is None or value == ""


@dataclass(frozen=True)
class MergePlan:
    """What merging an incoming record into a journal contact adds."""

    fields: Mapping[str, object] = field(default_factory=dict)
    details: tuple[Detail, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.fields or self.details or self.tags)

    def apply(self, existing: Contact) -> Contact:
        """The contact as it is after the merge."""
        return dataclasses.replace(
            existing, **self.fields,  # type: ignore[arg-type]
            details=existing.details + self.details,
            tags=tuple(sorted(set(existing.tags) | set(self.tags))))

    def describe(self) -> str:
        """A short English summary for reports, e.g. ``adds title, 2 details``."""
        parts = [name.replace("_id", "").replace("_", " ") for name in self.fields]
        if self.details:
            parts.append(f"{len(self.details)} detail" + ("s" if len(self.details) > 1 else ""))
        if self.tags:
            parts.append(f"{len(self.tags)} tag" + ("s" if len(self.tags) > 1 else ""))
        return "adds " + ", ".join(parts) if parts else "nothing new"


def plan_merge(existing: Contact, incoming: Contact) -> MergePlan:
    """Fill what ``existing`` lacks from ``incoming``; never overwrite."""
    fields = {name: getattr(incoming, name) for name in FILLABLE
              if _is_empty(getattr(existing, name))
              and not _is_empty(getattr(incoming, name))}
    have = {detail_key(d) for d in existing.details}
    details = []
    for d in unique_details(incoming.details):
        key = detail_key(d)
        if key not in have:
            have.add(key)
            details.append(d)
    current = {clean_tag(t) for t in existing.tags}
    tags = sorted({clean_tag(t) for t in incoming.tags} - current - {""})
    return MergePlan(fields=fields, details=tuple(details), tags=tuple(tags))
