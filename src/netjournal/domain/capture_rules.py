"""Who and where a quick-entry line is about: the rules that ask instead of guessing.

The store finds candidates (contacts whose names share words with the line, recent
events, the contact's last meetings); these pure functions decide:

- :func:`resolve_person`: the one contact the name means, a new person, or a question
  (several people share the name; the name is close to someone's: a typo, a missing
  letter, another case or accent, the first name alone).
- :func:`match_event`: the recent event an ``@event`` means (same or similar name within
  :data:`EVENT_DAYS` days: ``@JakartaJS`` is yesterday's "JakartaJS Meetup"), or None.
- :func:`is_repeat`: the same line for the same person within :data:`REPEAT_MINUTES`.

Names are compared folded (:func:`fold`: case, accents and spacing ignored).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from netjournal.domain.people import first_name

REPEAT_MINUTES = 10  # the same line again within this is a repeat
EVENT_DAYS = 14  # an @event matches events this close to the meeting's date

# Letters that do not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ß": "ss", "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def fold_char(char: str) -> str:
    """One character folded: lower case, without accents (may be 0 to 3 characters)."""
    decomposed = unicodedata.normalize("NFKD", char.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """``text`` for comparing names: case, accents and runs of spaces do not count."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def distance(a: str, b: str, most: int) -> int:
    """Edits (insert, delete, change, swap two neighbours) from ``a`` to ``b``; any answer
    above ``most`` is ``most + 1`` (stops early)."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > most:
            return most + 1
        before, row = row, current
    return min(row[-1], most + 1)


def allowed_edits(name: str) -> int:
    """How many typing slips still make ``name`` (folded) close to another name."""
    return 1 if len(name) <= 6 else 2


def nearness(typed: str, existing: str) -> int | None:
    """How far ``typed`` is from ``existing`` (both folded) if it may be a slip for it
    (smaller is closer), else None; None for the same name too."""
    if not typed or not existing or typed == existing:
        return None
    if typed.replace(" ", "") == existing.replace(" ", ""):
        return 1
    a, b = typed.split(), existing.split()
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if longer[:len(shorter)] == shorter:
        return 3
    most = allowed_edits(min(typed, existing, key=len))
    edits = distance(typed, existing, most)
    return edits if edits <= most else None


def is_near(typed: str, existing: str) -> bool:
    """Whether ``typed`` may be a slip for ``existing`` (both folded, and different).

    A slip: a few letters off (``budi santos`` for ``budi santoso``), the same without
    spaces, or one name's words starting the other's (``budi`` for ``budi santoso``).
    """
    return nearness(typed, existing) is not None


@dataclass(frozen=True)
class Candidate:
    """A contact the line may be about."""

    id: int
    name: str
    company: str = ""


class Verdict(StrEnum):
    """What the name of a line means."""

    EXISTING = "existing"  # the one contact of that name: add to their card
    NEW = "new"  # nobody like it: a new card
    SHARED = "shared"  # several contacts have this name: ask which
    OTHER_COMPANY = "other_company"  # the one contact of that name works elsewhere: ask
    NEAR = "near"  # close to existing names (a typo?): ask


@dataclass(frozen=True)
class Resolution:
    """Who the line is about: a contact, a new person, or the candidates to ask about."""

    verdict: Verdict
    contact_id: int | None = None  # for EXISTING
    candidates: tuple[Candidate, ...] = ()  # for the questions, best first

    @property
    def asks(self) -> bool:
        return self.verdict not in (Verdict.EXISTING, Verdict.NEW)


def resolve_person(name: str, company: str, candidates: Iterable[Candidate]) -> Resolution:
    """Who a typed ``name`` (with the line's ``company``) is among ``candidates``.

    The one contact with this name (folded) is them, unless the line names another
    company than their card's; several with the name are a question, unless exactly one
    of them has the line's company; no one with the name but someone close is a question;
    otherwise a new person.
    """
    typed = fold(name)
    pool = list(dict.fromkeys(candidates))
    folded = {c: fold(c.name) for c in pool}
    same = [c for c in pool if folded[c] == typed]
    wanted = fold(company)
    if len(same) == 1:
        theirs = fold(same[0].company)
        if wanted and theirs and wanted != theirs:
            return Resolution(Verdict.OTHER_COMPANY, candidates=tuple(same))
        return Resolution(Verdict.EXISTING, contact_id=same[0].id)
    if same:
        at = [c for c in same if wanted and fold(c.company) == wanted]
        if len(at) == 1:
            return Resolution(Verdict.EXISTING, contact_id=at[0].id)
        return Resolution(Verdict.SHARED, candidates=tuple(same))
    scored = [(score, i, c) for i, c in enumerate(pool)
              if (score := nearness(typed, folded[c])) is not None]
    if scored:
        scored.sort(key=lambda s: s[:2])
        return Resolution(Verdict.NEAR, candidates=tuple(c for _, _, c in scored))
    return Resolution(Verdict.NEW)


@dataclass(frozen=True)
class RecentEvent:
    """An event the store found near the meeting's date."""

    id: int
    name: str
    starts_on: dt.date | None


def event_matches(typed: str, name: str) -> bool:
    """Whether ``@typed`` may mean the event called ``name``: the same name, one starting
    the other (``JakartaJS`` and ``JakartaJS Meetup``), the same without spaces, or a slip
    of a letter or two."""
    a, b = fold(typed), fold(name)
    if not a or not b:
        return False
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    shorter, longer = sorted((a.split(), b.split()), key=len)
    if longer[:len(shorter)] == shorter:
        return True
    squeezed = b.replace(" ", "")
    if squeezed.startswith(a.replace(" ", "")) and " " not in a and len(a) >= 4:
        return a.replace(" ", "") in {squeezed[:len(w)] for w in _prefix_lengths(b)}
    most = allowed_edits(min(a, b, key=len))
    return distance(a, b, most) <= most


def _prefix_lengths(name: str) -> list[str]:
    """The squeezed prefixes of ``name`` that end at a word's end (``jakarta``,
    ``jakartajs``, ``jakartajsmeetup`` for "Jakarta JS Meetup")."""
    words = name.split()
    return ["".join(words[:k]) for k in range(1, len(words) + 1)]


def match_event(typed: str, met_on: dt.date, events: Sequence[RecentEvent]) -> RecentEvent | None:
    """The event ``@typed`` means among ``events``, or None for a new one.

    Only events within :data:`EVENT_DAYS` of ``met_on`` (or undated ones with exactly
    this name) count; the same name wins over a similar one, then the nearest date.
    """
    folded = fold(typed)

    def near_in_time(e: RecentEvent) -> bool:
        if e.starts_on is None:
            return fold(e.name) == folded
        return abs((e.starts_on - met_on).days) <= EVENT_DAYS

    found = [e for e in events if near_in_time(e) and event_matches(typed, e.name)]
    if not found:
        return None
    return min(found, key=lambda e: (fold(e.name) != folded,
                                     abs((e.starts_on - met_on).days)
                                     if e.starts_on is not None else EVENT_DAYS + 1, -e.id))


@dataclass(frozen=True)
class LoggedLine:
    """A meeting the store logged for the contact: when it was saved and what it said."""

    saved_at: dt.datetime  # aware
    note: str
    event_id: int | None


def is_repeat(note: str, event_id: int | None, now: dt.datetime,
              logged: Iterable[LoggedLine]) -> LoggedLine | None:
    """The meeting saved less than :data:`REPEAT_MINUTES` ago with the same note and
    event (the same line typed again), or None."""
    cutoff = now - dt.timedelta(minutes=REPEAT_MINUTES)
    wanted = fold(note)
    for line in logged:
        if cutoff <= line.saved_at <= now + dt.timedelta(minutes=1) and (
                fold(line.note) == wanted and line.event_id == event_id):
            return line
    return None


def follow_up_reason(name: str, event: str) -> str:
    """The follow-up's reason in words when the line states no next step (English; the
    GUI words it through its translations)."""
    first = first_name(name)
    if event:
        return f"Follow up with {first} after meeting at {event}"
    return f"Follow up with {first} after meeting"


__all__ = ["EVENT_DAYS", "REPEAT_MINUTES", "Candidate", "LoggedLine", "RecentEvent",
           "Resolution", "Verdict", "distance", "event_matches", "fold", "fold_char",
           "follow_up_reason", "is_near", "is_repeat", "match_event", "nearness", "resolve_person"]
