"""Which contacts are probably one person entered twice, and why.

The store feeds :func:`find_groups` one :class:`Candidate` per live contact (its name,
company and normalised emails, phones and links); this pure rule answers with groups of
two or more contacts, each with its reasons:

* ``email``: the same email address (case ignored);
* ``profile``: the same LinkedIn profile URL (case, ``www.`` and a trailing slash
  ignored);
* ``phone``: the same phone number (digits only, a leading national ``0`` read as
  ``+62``), unless both have emails, or both have profiles, and none of them agrees (a
  phone is shared by households and offices: :mod:`netjournal.domain.identity`'s rule);
* ``name``: the same name (case, accents, honorifics and word order ignored) and nothing
  contradicts it: not two different companies, not two sets of emails, phones or
  profiles that share nothing (identity's rule again: an empty field contradicts
  nothing);
* ``similar_name``: a similar name at the same company (``Budi`` or ``Budi S.`` for
  ``Budi Santoso``, or one letter off in one word), with nothing contradicting it.

Contacts linked by any reason end up in one group (A and B share an email, B and C a
phone: one group of three). The work is blocked by key (each email, phone, profile, name
and company word), so a journal of 100,000 contacts is never compared pair by pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from netjournal.domain.capture_rules import distance, fold
from netjournal.domain.identity import MIN_PHONE_DIGITS, is_profile
from netjournal.domain.people import HONORIFICS

BIG_BLOCK = 400
"""A name block larger than this (a very common first name at a big company) is only
searched for exact matches, never pair by pair."""


class Why(StrEnum):
    """Why contacts look like one person (codes; the front ends word them)."""

    EMAIL = "email"
    PROFILE = "profile"
    PHONE = "phone"
    NAME = "name"
    SIMILAR_NAME = "similar_name"


ORDER = (Why.EMAIL, Why.PROFILE, Why.PHONE, Why.NAME, Why.SIMILAR_NAME)
"""Reasons from the surest to the weakest."""


@dataclass(frozen=True)
class Candidate:
    """One contact as the rule sees it. Details are given as the store normalised them
    (:func:`netjournal.domain.details.normalize`); links that are not LinkedIn profiles,
    phones too short to identify anyone and emails without ``@`` are ignored."""

    id: int
    name: str
    company: str = ""
    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Reason:
    """One reason of a group: its code and what was shared (an email, a phone, a
    profile, a name, a company)."""

    why: Why
    value: str


@dataclass(frozen=True)
class Group:
    """Contacts that look like one person: their ids (ascending) and reasons (surest
    first)."""

    ids: tuple[int, ...]
    reasons: tuple[Reason, ...]


class _Person(NamedTuple):
    """A candidate made ready for comparing (a tuple: 100,000 of them are made)."""

    id: int
    words: tuple[str, ...]  # folded, without honorifics and punctuation
    name_key: str  # the words in alphabetical order
    company: str  # folded
    emails: frozenset[str]
    phones: frozenset[str]
    profiles: frozenset[str]


_WORD = re.compile(r"[^\W_]+")
_EMPTY: frozenset[str] = frozenset()


def _words(name: str) -> tuple[str, ...]:
    words = _WORD.findall(fold(name))
    own = tuple(w for w in words if w not in HONORIFICS)
    return own or tuple(words)


def _person(c: Candidate) -> _Person:
    words = _words(c.name)
    return _Person(
        c.id, words, " ".join(sorted(words)), fold(c.company) if c.company else "",
        frozenset(e.lower() for e in c.emails if "@" in e) if c.emails else _EMPTY,
        frozenset(p for p in c.phones if len(p) >= MIN_PHONE_DIGITS) if c.phones else _EMPTY,
        frozenset(link.lower().rstrip("/") for link in c.links if is_profile(link))
        if c.links else _EMPTY)


def _clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both have some and none is shared."""
    return bool(a) and bool(b) and not a & b


def _contradicted(a: _Person, b: _Person) -> bool:
    """Whether an identifier or the company says these two are different people."""
    return (_clash(a.emails, b.emails) or _clash(a.phones, b.phones)
            or _clash(a.profiles, b.profiles)
            or (bool(a.company) and bool(b.company) and a.company != b.company))


def _abbreviates(short: Sequence[str], long: Sequence[str]) -> bool:
    """``short``'s words start ``long``'s in order, each whole or as its initial
    (``budi`` or ``budi s`` for ``budi santoso``); the first word is whole."""
    if not short or len(short) > len(long) or short[0] != long[0]:
        return False
    return all(s == w or (len(s) == 1 and w.startswith(s))
               for s, w in zip(short, long, strict=False))


def similar_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two folded names are similar (but not the same words): one abbreviates
    the other, or they differ by one slip in one word of four letters or more."""
    if sorted(a) == sorted(b):
        return False
    if _abbreviates(a, b) or _abbreviates(b, a):
        return True
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return (len(differ) == 1 and min(len(differ[0][0]), len(differ[0][1])) >= 4
            and distance(differ[0][0], differ[0][1], 1) <= 1)


def pair_reasons(a: Candidate, b: Candidate) -> tuple[Reason, ...]:
    """Every reason two contacts look like one person (none: they do not). Symmetric."""
    return _pair(_person(a), _person(b))


def _pair(a: _Person, b: _Person) -> tuple[Reason, ...]:
    if a.id == b.id:
        return ()
    found = [Reason(Why.EMAIL, v) for v in sorted(a.emails & b.emails)]
    found += [Reason(Why.PROFILE, v) for v in sorted(a.profiles & b.profiles)]
    if a.phones & b.phones and not (_clash(a.emails, b.emails)
                                    or _clash(a.profiles, b.profiles)):
        found += [Reason(Why.PHONE, v) for v in sorted(a.phones & b.phones)]
    if found or not a.words or not b.words or _contradicted(a, b):
        return tuple(found)
    if a.name_key == b.name_key:
        return (Reason(Why.NAME, a.name_key),)
    if a.company and a.company == b.company and similar_words(a.words, b.words):
        return (Reason(Why.SIMILAR_NAME, a.company),)
    return ()


class _Union:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _pairs(block: list[_Person]) -> Iterable[tuple[_Person, _Person]]:
    """Pairs of a block worth comparing. Two people who both have emails (or phones, or
    profiles) need a shared one, which an identifier block finds: a name block only
    pairs people whose kinds of identifier do not overlap."""
    by_kinds: dict[int, list[_Person]] = defaultdict(list)
    for p in block:
        by_kinds[bool(p.emails) | bool(p.phones) << 1 | bool(p.profiles) << 2].append(p)
    kinds = sorted(by_kinds)
    for i, ka in enumerate(kinds):
        for kb in kinds[i:]:
            if ka & kb:
                continue  # both have emails (say) and share none: never one person
            left, right = by_kinds[ka], by_kinds[kb]
            if ka == kb:  # neither has any identifier
                for x in range(len(left)):
                    for y in range(x + 1, len(left)):
                        yield left[x], left[y]
            else:
                for a in left:
                    for b in right:
                        yield a, b


def _identifier_pairs(block: list[_Person]) -> Iterable[tuple[_Person, _Person]]:
    for x in range(len(block)):
        for y in range(x + 1, len(block)):
            yield block[x], block[y]


def find_groups(candidates: Iterable[Candidate]) -> list[Group]:
    """Groups of contacts that look like one person, each with its reasons.

    Groups are ordered by their smallest id; the answer does not depend on the order of
    ``candidates``. A contact is in at most one group and never grouped with itself.
    """
    people = {c.id: _person(c) for c in candidates}
    union = _Union()
    edges: dict[tuple[int, int], tuple[Reason, ...]] = {}
    for block in _keyed_blocks(people.values()):
        kind, members = block
        pairs = _identifier_pairs(members) if kind in ("e", "p", "l") else _pairs(members)
        for pa, pb in pairs:
            key = (min(pa.id, pb.id), max(pa.id, pb.id))
            if key in edges:
                continue
            reasons = _pair(pa, pb)
            if reasons:
                edges[key] = reasons
                union.join(pa.id, pb.id)
    members_of: dict[int, list[int]] = defaultdict(list)
    reasons_of: dict[int, set[Reason]] = defaultdict(set)
    for (a, b), reasons in edges.items():
        root = union.find(a)
        members_of[root] += [a, b]
        reasons_of[root].update(reasons)
    groups = [Group(tuple(sorted(set(ids))),
                    tuple(sorted(reasons_of[root], key=lambda r: (ORDER.index(r.why),
                                                                  r.value))))
              for root, ids in members_of.items()]
    return sorted(groups, key=lambda g: g.ids)


def _keyed_blocks(people: Iterable[_Person]) -> Iterable[tuple[str, list[_Person]]]:
    keyed: dict[tuple[str, str, str], list[_Person]] = defaultdict(list)
    for p in people:
        for e in p.emails:
            keyed["e", e, ""].append(p)
        for ph in p.phones:
            keyed["p", ph, ""].append(p)
        for pr in p.profiles:
            keyed["l", pr, ""].append(p)
        if p.words:
            keyed["n", p.name_key, ""].append(p)
            if p.company:
                # similar names share their first or their last word, at one company
                keyed["c", p.company, p.words[0]].append(p)
                if len(p.words) > 1:
                    keyed["c", p.company, p.words[-1]].append(p)
    for (kind, _, _), block in keyed.items():
        if len(block) < 2 or (kind == "c" and len(block) > BIG_BLOCK):
            continue
        yield kind, block


__all__ = ["BIG_BLOCK", "Candidate", "Group", "Reason", "Why", "find_groups",
           "pair_reasons", "similar_words"]
