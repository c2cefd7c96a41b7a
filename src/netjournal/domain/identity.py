"""When two records are the same person: the rule every import and merge follows.

Two records are the same person only when

* an identifier agrees: a UID, an email, a LinkedIn profile URL, or a phone number (a
  phone is shared by households and offices, so it is not enough when both records have
  emails, or both have profiles, and none of them agrees); or
* the names agree (case and accents ignored) and nothing contradicts them: a different
  email, phone, company or profile URL (both records have one and none is shared) means
  two people who share a name.

An empty field contradicts nothing. The rule is symmetric and looks at nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from netjournal.domain import details as detail_rules
from netjournal.domain.details import fold
from netjournal.domain.values import Detail, DetailKind

MIN_PHONE_DIGITS = 7  # shorter numbers (extensions, short codes) identify nobody


class Clue(StrEnum):
    """What made two records one person, or what kept them apart."""

    UID = "uid"
    EMAIL = "email"
    PROFILE = "profile"  # a LinkedIn profile URL
    PHONE = "phone"
    NAME = "name"  # the same name, nothing contradicting it
    COMPANY = "company"  # only as a contradiction


@dataclass(frozen=True)
class Identity:
    """The normalised facts that tell people apart (build with :meth:`of`)."""

    name: str = ""  # folded
    company: str = ""  # folded
    uids: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    profiles: frozenset[str] = frozenset()

    @classmethod
    def of(cls, name: str, company: str = "", details: Iterable[Detail] = (),
           uids: Iterable[str] = ()) -> Identity:
        emails, phones, profiles = set(), set(), set()
        for d in details:
            norm = detail_rules.normalize(d.kind, d.value)
            if d.kind == DetailKind.EMAIL and "@" in norm:
                emails.add(norm)
            elif d.kind == DetailKind.PHONE and len(norm) >= MIN_PHONE_DIGITS:
                phones.add(norm)
            elif d.kind == DetailKind.LINK and is_profile(norm):
                profiles.add(norm)
        return cls(fold(name), fold(company), frozenset(u.strip() for u in uids if u.strip()),
                   frozenset(emails), frozenset(phones), frozenset(profiles))


def is_profile(normalized_link: str) -> bool:
    """Whether a normalised link is a LinkedIn profile (not the bare site)."""
    return (normalized_link.startswith("linkedin.com/")
            and normalized_link not in ("linkedin.com/in", "linkedin.com/pub"))


@dataclass(frozen=True)
class Verdict:
    """The answer of :func:`same_person`: ``same``, and the clue that decided it.

    ``value`` is the shared identifier (or, for a contradiction, nothing: both values are
    the people's own).
    """

    same: bool
    clue: Clue | None = None  # why same; or, when the names agree, what contradicts them
    value: str = ""


_DIFFERENT = Verdict(False)


def _first(shared: frozenset[str]) -> str:
    return min(shared)


def _clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both have some and none is shared."""
    return bool(a) and bool(b) and not a & b


def same_person(a: Identity, b: Identity) -> Verdict:
    """Whether ``a`` and ``b`` are one person (see the module docstring)."""
    for clue, mine, theirs in ((Clue.UID, a.uids, b.uids), (Clue.EMAIL, a.emails, b.emails),
                               (Clue.PROFILE, a.profiles, b.profiles)):
        if mine & theirs:
            return Verdict(True, clue, _first(mine & theirs))
    if a.phones & b.phones and not (_clash(a.emails, b.emails)
                                    or _clash(a.profiles, b.profiles)):
        return Verdict(True, Clue.PHONE, _first(a.phones & b.phones))
    if not a.name or a.name != b.name:
        return _DIFFERENT
    for clue, mine, theirs in ((Clue.UID, a.uids, b.uids), (Clue.EMAIL, a.emails, b.emails),
                               (Clue.PHONE, a.phones, b.phones),
                               (Clue.PROFILE, a.profiles, b.profiles)):
        if _clash(mine, theirs):
            return Verdict(False, clue)
    if a.company and b.company and a.company != b.company:
        return Verdict(False, Clue.COMPANY)
    return Verdict(True, Clue.NAME)

