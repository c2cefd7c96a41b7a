"""Domain values: the frozen dataclasses and codes every layer above speaks.

The store returns these, never live database rows. Enum values are stable codes stored
in the database and in JSON backups; the UI words them (translated), the domain never does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class DayOnly(dt.datetime):
    """A moment that stands for a whole day: a meeting entered by its date, not its time.

    It is held at 12:00 UTC of that day, and its :meth:`date` is that day in every time
    zone (``moment.astimezone(tz).date()`` too: the subclass survives ``astimezone``), so
    "last in touch" never moves with the reader's zone. Build one with :func:`day_only`.
    """

    def date(self) -> dt.date:
        utc = self if self.tzinfo is None else dt.datetime.astimezone(self, dt.UTC)
        return dt.date(utc.year, utc.month, utc.day)


def day_only(day: dt.date) -> DayOnly:
    """The moment that stands for ``day`` as a whole (12:00 UTC, aware)."""
    return DayOnly(day.year, day.month, day.day, 12, tzinfo=dt.UTC)


def is_day_only(moment: dt.datetime | None) -> bool:
    return isinstance(moment, DayOnly)


class TieStrength(StrEnum):
    """How close a relationship is. ``DORMANT`` is derived, never stored."""

    CLOSE = "close"
    REGULAR = "regular"
    WEAK = "weak"
    DORMANT = "dormant"


class Channel(StrEnum):
    IN_PERSON = "in_person"
    CALL = "call"
    VIDEO = "video"
    EMAIL = "email"
    MESSAGE = "message"
    SOCIAL = "social"
    EVENT = "event"


class Direction(StrEnum):
    """Who started an interaction."""

    OUTBOUND = "outbound"  # I reached out
    INBOUND = "inbound"  # they did
    MUTUAL = "mutual"  # a meeting, nobody in particular


class DetailKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    LINK = "link"
    ADDRESS = "address"


class OfferStatus(StrEnum):
    IDEA = "idea"
    OFFERED = "offered"
    GIVEN = "given"


class ExchangeDirection(StrEnum):
    GIVEN = "given"  # I did them a favour
    RECEIVED = "received"  # they did me one


class ExchangeKind(StrEnum):
    INTRO = "intro"
    ADVICE = "advice"
    REFERRAL = "referral"
    INFORMATION = "information"
    HELP = "help"


class ExchangeStatus(StrEnum):
    ASKED = "asked"  # requested, not yet done: an open ask
    DONE = "done"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"  # still open, moved to a later date
    LET_GO = "let_go"


class FollowUpKind(StrEnum):
    OUTREACH = "outreach"  # no reply yet: attempt 1..3 of a chain
    THANK_YOU = "thank_you"  # after a meeting
    NEXT_STEP = "next_step"  # the step agreed at a meeting
    RECONNECT = "reconnect"  # keep in touch with a dormant tie
    INTRODUCER = "introducer"  # go back to who introduced you
    MANUAL = "manual"  # set by hand with a reason


class IntroductionOutcome(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_REPLY = "no_reply"


class IntroductionDirection(StrEnum):
    RECEIVED = "received"  # someone introduced me to a contact
    ASKED = "asked"  # I asked someone for an introduction
    MADE = "made"  # I introduced two contacts to each other


class RequestDirection(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class RequestDecision(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    IGNORED = "ignored"


@dataclass(frozen=True)
class Detail:
    """One email, phone, link or address of a contact."""

    kind: DetailKind
    value: str
    label: str = ""  # "work", "home", "mobile", "linkedin", ...
    id: int | None = None


@dataclass(frozen=True)
class Contact:
    """A person, as the card shows them. ``id`` is None until saved."""

    name: str
    id: int | None = None
    company: str = ""
    title: str = ""
    photo: bytes | None = field(default=None, repr=False)
    how_met: str = ""
    met_on: dt.date | None = None
    met_at_event_id: int | None = None
    introduced_by_id: int | None = None
    tie_strength: TieStrength = TieStrength.WEAK
    cadence_days: int | None = None  # None: the default for the tie strength
    interests: str = ""  # what they care about
    family: str = ""
    remember: str = ""  # things to remember
    notes: str = ""
    birthday: dt.date | None = None
    details: tuple[Detail, ...] = ()
    tags: tuple[str, ...] = ()
    last_interaction_at: dt.datetime | None = None  # UTC, derived from the timeline
    created_at: dt.datetime | None = None  # UTC
    updated_at: dt.datetime | None = None  # UTC

    def details_of(self, kind: DetailKind) -> tuple[Detail, ...]:
        return tuple(d for d in self.details if d.kind == kind)


@dataclass(frozen=True)
class ContactSummary:
    """The few fields a list row needs."""

    id: int
    name: str
    company: str
    title: str
    tie_strength: TieStrength
    cadence_days: int | None
    last_interaction_at: dt.datetime | None
    created_at: dt.datetime
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    name: str
    id: int | None = None
    starts_on: dt.date | None = None
    place: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Interaction:
    """One timeline entry with one or more participants."""

    occurred_at: dt.datetime  # UTC, timezone-aware
    participant_ids: tuple[int, ...]
    id: int | None = None
    channel: Channel = Channel.IN_PERSON
    direction: Direction = Direction.MUTUAL
    goal: str = ""  # the goal I had
    summary: str = ""  # what was said
    learned: str = ""  # what I learned about them
    event_id: int | None = None
    awaiting_reply: bool = False  # outreach with no answer yet (starts a chain)
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class Offer:
    """A "what can I offer" note."""

    contact_id: int
    text: str
    id: int | None = None
    status: OfferStatus = OfferStatus.IDEA
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class Exchange:
    """A favour given or received."""

    contact_id: int
    direction: ExchangeDirection
    kind: ExchangeKind
    id: int | None = None
    description: str = ""
    occurred_on: dt.date | None = None
    status: ExchangeStatus = ExchangeStatus.DONE
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class FollowUp:
    """Something due on a date for a contact."""

    contact_id: int
    due_on: dt.date
    kind: FollowUpKind
    id: int | None = None
    reason: str = ""
    status: FollowUpStatus = FollowUpStatus.OPEN
    attempt: int | None = None  # 1..3 in an outreach chain
    origin_interaction_id: int | None = None  # the first message of the chain
    created_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status in (FollowUpStatus.OPEN, FollowUpStatus.SNOOZED)


@dataclass(frozen=True)
class Introduction:
    """Who introduced whom to whom (``to_contact_id`` None means to me)."""

    person_id: int
    id: int | None = None
    introducer_id: int | None = None
    to_contact_id: int | None = None
    direction: IntroductionDirection = IntroductionDirection.RECEIVED
    made_on: dt.date | None = None
    asked_first: bool = False  # was the introducer (or the person) asked first
    outcome: IntroductionOutcome = IntroductionOutcome.PENDING
    notes: str = ""
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class ConnectionRequest:
    """A request on a network, incoming or outgoing, and the decision taken."""

    name: str
    id: int | None = None
    direction: RequestDirection = RequestDirection.INCOMING
    network: str = "LinkedIn"
    profile_url: str = ""
    message: str = ""
    mutual_connections: int = 0
    has_photo: bool = False
    profile_filled: bool = False
    received_on: dt.date | None = None
    decision: RequestDecision = RequestDecision.PENDING
    decided_at: dt.datetime | None = None
    contact_id: int | None = None
    created_at: dt.datetime | None = None
