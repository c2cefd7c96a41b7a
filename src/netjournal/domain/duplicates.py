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
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
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
    kinds: int  # which kinds of identifier they have: 1 email, 2 phone, 4 profile


_WORD = re.compile(r"[^\W_]+")
_EMPTY: frozenset[str] = frozenset()


def _words(name: str) -> tuple[str, ...]:
    words = _WORD.findall(fold(name))
    own = tuple(w for w in words if w not in HONORIFICS)
    return own or tuple(words)


def _person(c: Candidate, cache: dict[str, tuple[str, ...]] | None = None) -> _Person:
    """``c`` ready for comparing; ``cache`` keeps the words of names already folded (a
    journal holds many namesakes and many people of one company)."""
    if cache is None:
        cache = {}
    words = cache.get(c.name)
    if words is None:
        words = cache[c.name] = _words(c.name)
    company = ""
    if c.company:
        folded = cache.get("\0" + c.company)
        if folded is None:
            folded = cache["\0" + c.company] = (fold(c.company),)
        company = folded[0]
    emails = frozenset([e.lower() for e in c.emails if "@" in e]) if c.emails else _EMPTY
    phones = (frozenset([p for p in c.phones if len(p) >= MIN_PHONE_DIGITS]) if c.phones
              else _EMPTY)
    profiles = (frozenset([link.lower().rstrip("/") for link in c.links if is_profile(link)])
                if c.links else _EMPTY)
    return _Person(c.id, words, " ".join(sorted(words)), company, emails, phones, profiles,
                   bool(emails) | bool(phones) << 1 | bool(profiles) << 2)


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
        by_kinds[p.kinds].append(p)
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
    cache: dict[str, tuple[str, ...]] = {}
    people = list({c.id: _person(c, cache) for c in candidates}.values())
    union = _Union()
    edges: dict[tuple[int, int], tuple[Reason, ...]] = {}
    for by_name, members in _keyed_blocks(people):
        pairs = _pairs(members) if by_name else _identifier_pairs(members)
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


def _keyed_blocks(people: list[_Person]) -> Iterator[tuple[bool, list[_Person]]]:
    """Lists of people who share a key (an identifier, or a name key), and whether the
    key is a name's; only people in one list are ever compared."""
    for attr in ("emails", "phones", "profiles"):
        having = [p for p in people if getattr(p, attr)]
        counts = Counter(v for p in having for v in getattr(p, attr))
        shared = {v for v, n in counts.items() if n > 1}
        if shared:
            by_value: dict[str, list[_Person]] = defaultdict(list)
            for p in having:
                for v in getattr(p, attr) & shared:
                    by_value[v].append(p)
            for block in by_value.values():
                yield False, block
    # Two people who both have emails (or phones, or profiles) and share none are two
    # people: a pair found by name always has someone without an email, someone without
    # a phone and someone without a profile. The fewest of those are enough to look from.
    probes = min(([p for p in people if not p.kinds & bit] for bit in (1, 2, 4)), key=len)
    wanted = {key for p in probes for key in _name_keys(p)}
    if not wanted:
        return
    by_key: dict[tuple[str, str, str], list[_Person]] = defaultdict(list)
    for p in people:
        for key in _name_keys(p):
            if key in wanted:
                by_key[key].append(p)
    for key, block in by_key.items():
        if len(block) >= 2 and (key[0] == "n" or len(block) <= BIG_BLOCK):
            yield True, block


def _name_keys(p: _Person) -> list[tuple[str, str, str]]:
    """The same words, or (at one company) the same first or last word."""
    if not p.words:
        return []
    keys = [("n", p.name_key, "")]
    if p.company:
        keys.append(("c", p.company, p.words[0]))
        if len(p.words) > 1:
            keys.append(("c", p.company, p.words[-1]))
    return keys


__all__ = ["BIG_BLOCK", "Candidate", "Group", "Reason", "Why", "find_groups",
           "pair_reasons", "similar_words"]
