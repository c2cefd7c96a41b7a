"""Follow-up rules: when to reach out again, from the networking advice in DESIGN.md.

Pure functions; the clock is always a parameter (``today`` as a date, moments as aware
datetimes) and so is the time zone.

Which date counts: **the user's local date.** Interactions are stored in UTC, but "the day
I sent it" is the day on the user's own calendar: a message sent at 23:30 in Jakarta
(UTC+7) on 31 January was sent on 31 January, although it is 16:30 UTC; one sent at
06:30 on 1 February in Jakarta is 23:30 UTC on 31 January and counts as 1 February.
:func:`local_date` makes that conversion and every rule below works on local dates.

The rules:

- Outreach with no reply starts a chain. Follow-up 1 is due ``first_days`` (7 to 14,
  the user's setting) after the first message; follow-up 2 a week after follow-up 1 was
  sent; follow-up 3 a week after that. A week after the third unanswered try the app
  asks whether to let go; accepting records it. Their reply closes the chain.
- After a meeting: a thank-you due the same or the next day, and the agreed next step
  within a week.
- Keep in touch: past its cadence a tie is dormant and becomes a "reconnect" suggestion
  with a light conversation starter from what they care about and the tags they share
  with the people I am in touch with now.
- Introductions: when a contact reached through an introducer declines, thank the
  introducer and go back to them rather than pressing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from netjournal.domain import DomainError
from netjournal.domain.values import FollowUp, FollowUpKind, FollowUpStatus, TieStrength

THANK_YOU_DAYS = 1  # a thank-you is due the same or the next day
NEXT_STEP_DAYS = 7  # the agreed next step, within a week
FIRST_FOLLOW_UP_MIN = 7  # wait one to two weeks before the first follow-up
FIRST_FOLLOW_UP_MAX = 14
ATTEMPT_GAP_DAYS = 7  # each later follow-up a week after the one before
MAX_ATTEMPTS = 3  # after three unanswered tries, let go
WEEK_AHEAD_DAYS = 7  # "later this week": tomorrow up to a week from today
RECONNECT_LIMIT = 5  # a handful of reconnect suggestions, not a wall
RECENT_CIRCLE_DAYS = 30  # "the people I am in touch with now", for shared tags


def thank_you_due(met_on: dt.date) -> dt.date:
    """The last day to say thank you after meeting on ``met_on``."""
    return met_on + dt.timedelta(days=THANK_YOU_DAYS)


def next_step_due(met_on: dt.date) -> dt.date:
    """When the step agreed at a meeting on ``met_on`` is due."""
    return met_on + dt.timedelta(days=NEXT_STEP_DAYS)


# dates -------------------------------------------------------------------------------------


def local_date(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The user's calendar date of a moment.

    Args:
        moment: an aware datetime (UTC in domain values); a naive one is taken as UTC.
        tz: the user's time zone; None means the system's local zone (the app's case;
            tests always pass one).
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(tz).date()


def check_first_days(first_days: int) -> int:
    """``first_days`` if it is within the advice (7 to 14 days), else a DomainError."""
    if not FIRST_FOLLOW_UP_MIN <= first_days <= FIRST_FOLLOW_UP_MAX:
        raise DomainError(f"the first follow-up must wait between {FIRST_FOLLOW_UP_MIN} and "
                          f"{FIRST_FOLLOW_UP_MAX} days, not {first_days}")
    return first_days


# outreach chains ---------------------------------------------------------------------------


class Step(StrEnum):
    """What an item on the Today list asks of the user (the UI words it)."""

    FOLLOW_UP = "follow_up"  # outreach try 1 or 2: follow up, quoting the first message
    LAST_TRY = "last_try"  # outreach try 3
    LET_GO = "let_go"  # three tries unanswered: let go?
    THANK_YOU = "thank_you"  # after a meeting
    NEXT_STEP = "next_step"  # the step agreed at a meeting
    RECONNECT = "reconnect"  # a dormant tie
    THANK_INTRODUCER = "thank_introducer"  # declined through them: thank, go back to them
    REMINDER = "reminder"  # set by hand with a reason


class ChainState(StrEnum):
    """Where an outreach chain stands."""

    WAITING = "waiting"  # no reply yet; a try (or the let-go question) is open
    REPLIED = "replied"  # they answered: the chain is closed
    LET_GO = "let_go"  # I let go


@dataclass(frozen=True)
class ChainNext:
    """What follows in a chain: try ``attempt`` on ``due_on``, or (``attempt`` None)
    the let-go question on ``due_on``."""

    due_on: dt.date
    attempt: int | None

    @property
    def asks_to_let_go(self) -> bool:
        return self.attempt is None


def first_attempt(sent_on: dt.date, first_days: int = FIRST_FOLLOW_UP_MIN) -> ChainNext:
    """Follow-up 1 of outreach first sent on ``sent_on`` (a local date)."""
    return ChainNext(sent_on + dt.timedelta(days=check_first_days(first_days)), 1)


def after_attempt(attempt: int, sent_on: dt.date) -> ChainNext:
    """What follows try ``attempt`` (1..3) sent on ``sent_on`` with still no reply.

    Tries 1 and 2 lead to the next try a week later; try 3 leads to the let-go
    question a week later (time for one last chance to reply).
    """
    if not 1 <= attempt <= MAX_ATTEMPTS:
        raise DomainError(f"an outreach chain has tries 1 to {MAX_ATTEMPTS}, not {attempt}")
    due = sent_on + dt.timedelta(days=ATTEMPT_GAP_DAYS)
    return ChainNext(due, attempt + 1 if attempt < MAX_ATTEMPTS else None)


def chain_plan(sent_on: dt.date, first_days: int = FIRST_FOLLOW_UP_MIN) -> tuple[ChainNext, ...]:
    """The whole chain if every try goes out on its due day: three tries, then let go."""
    steps = [first_attempt(sent_on, first_days)]
    while steps[-1].attempt is not None:
        steps.append(after_attempt(steps[-1].attempt, steps[-1].due_on))
    return tuple(steps)


def is_let_go_question(follow_up: FollowUp) -> bool:
    """The row that asks "let go?" after three tries: outreach, in a chain, no attempt."""
    return (follow_up.kind == FollowUpKind.OUTREACH and follow_up.attempt is None
            and follow_up.origin_interaction_id is not None)


def step_of(follow_up: FollowUp) -> Step:
    """What a stored follow-up asks of the user."""
    kind = follow_up.kind
    if kind == FollowUpKind.OUTREACH:
        if is_let_go_question(follow_up):
            return Step.LET_GO
        return Step.LAST_TRY if (follow_up.attempt or 0) >= MAX_ATTEMPTS else Step.FOLLOW_UP
    return {
        FollowUpKind.THANK_YOU: Step.THANK_YOU,
        FollowUpKind.NEXT_STEP: Step.NEXT_STEP,
        FollowUpKind.RECONNECT: Step.RECONNECT,
        FollowUpKind.INTRODUCER: Step.THANK_INTRODUCER,
    }.get(kind, Step.REMINDER)


def chain_state(awaiting_reply: bool, rows: Iterable[FollowUp]) -> ChainState:
    """Where a chain stands, from its first message's flag and its follow-up rows."""
    if any(r.status == FollowUpStatus.LET_GO for r in rows):
        return ChainState.LET_GO
    return ChainState.WAITING if awaiting_reply else ChainState.REPLIED


# snoozing ----------------------------------------------------------------------------------


class Snooze(StrEnum):
    """The snooze choices of every item."""

    DAY = "day"
    WEEK = "week"
    DATE = "date"  # a date the user picks


def snooze_until(choice: Snooze, today: dt.date, on: dt.date | None = None) -> dt.date:
    """The new due date for a snooze chosen ``today``.

    Raises:
        DomainError: a picked date that is missing, or not after today.
    """
    if choice == Snooze.DAY:
        return today + dt.timedelta(days=1)
    if choice == Snooze.WEEK:
        return today + dt.timedelta(days=7)
    if on is None:
        raise DomainError("pick the date to snooze until")
    if on <= today:
        raise DomainError("snooze until a day after today")
    return on


# the Today list ----------------------------------------------------------------------------


class Section(StrEnum):
    """The parts of the Today list, in the order they are shown."""

    OVERDUE = "overdue"
    TODAY = "today"
    THANK_YOUS = "thank_yous"  # thank-yous still owed after recent meetings and events
    THIS_WEEK = "this_week"  # later this week: tomorrow up to a week from today
    RECONNECT = "reconnect"  # dormant ties, a handful


SECTION_ORDER: tuple[Section, ...] = tuple(Section)


class StarterKind(StrEnum):
    """How a reconnect conversation starter opens (the UI words it)."""

    INTEREST_AND_TAG = "interest_and_tag"  # ask about an interest, or share on a tag
    INTEREST = "interest"  # ask how something they care about is going
    TAG = "tag"  # share a link or news about a topic
    CHECK_IN = "check_in"  # a short "how are you?"


@dataclass(frozen=True)
class Starter:
    """A light conversation starter: codes and the user's own words, never a sentence."""

    kind: StarterKind
    interest: str = ""  # from the card's "interests", as the user wrote it
    tag: str = ""  # a tag, without "#"


@dataclass(frozen=True)
class DueItem:
    """One thing on the Today list (or a card's open follow-ups).

    ``follow_up_id`` is None for a reconnect suggestion nobody has acted on yet: the
    journal stores a follow-up for it the moment the user snoozes or lets go.
    """

    contact_id: int
    contact_name: str
    due_on: dt.date
    kind: FollowUpKind
    step: Step
    follow_up_id: int | None = None
    attempt: int | None = None  # 1..3 for outreach tries
    reason: str = ""  # the user's words: a reminder's reason, the agreed next step...
    origin_interaction_id: int | None = None
    first_message: str = ""  # outreach: the first message, to quote
    event_name: str = ""  # thank-you or next step after a meeting at an event
    snoozed: bool = False
    starter: Starter | None = None  # reconnect only
    last_contact_on: dt.date | None = None  # reconnect: the last interaction (local date)
    cadence_days: int | None = None  # reconnect: the contact's keep-in-touch cadence
    tie: TieStrength | None = None  # reconnect: the stored tie strength
    birthday: dt.date | None = None  # reconnect: their birthday is the reason (due_on the day)

    @property
    def key(self) -> tuple[str, int]:
        """A stable identity: the follow-up's id, or the contact for a suggestion."""
        if self.follow_up_id is not None:
            return ("follow_up", self.follow_up_id)
        return ("suggestion", self.contact_id)

    @property
    def is_suggestion(self) -> bool:
        return self.follow_up_id is None

    def is_overdue(self, today: dt.date) -> bool:
        """Past its due date (a suggestion is never overdue: it is for today)."""
        return not self.is_suggestion and self.due_on < today

    def days_overdue(self, today: dt.date) -> int:
        return max(0, (today - self.due_on).days) if not self.is_suggestion else 0


def item_from_follow_up(follow_up: FollowUp, contact_name: str, *, first_message: str = "",
                        event_name: str = "") -> DueItem:
    """A stored follow-up as a list item."""
    assert follow_up.id is not None, "only saved follow-ups are listed"
    step = step_of(follow_up)
    return DueItem(
        contact_id=follow_up.contact_id, contact_name=contact_name, due_on=follow_up.due_on,
        kind=follow_up.kind, step=step, follow_up_id=follow_up.id,
        attempt=follow_up.attempt if follow_up.kind == FollowUpKind.OUTREACH else None,
        reason=follow_up.reason, origin_interaction_id=follow_up.origin_interaction_id,
        first_message=first_message, event_name=event_name,
        snoozed=follow_up.status == FollowUpStatus.SNOOZED)


def section_of(item: DueItem, today: dt.date) -> Section | None:
    """Where an item goes on the Today list; None when it is not due within the week."""
    if item.is_suggestion:
        return Section.RECONNECT
    horizon = today + dt.timedelta(days=WEEK_AHEAD_DAYS)
    if item.due_on > horizon:
        return None
    if item.kind == FollowUpKind.THANK_YOU:
        return Section.THANK_YOUS
    if item.due_on < today:
        return Section.OVERDUE
    if item.due_on == today:
        return Section.TODAY
    return Section.THIS_WEEK


def sort_key(item: DueItem) -> tuple[dt.date, int, str, int]:
    """Soonest first; then by section; then by name and contact (stable and total)."""
    order = SECTION_ORDER.index(Section.RECONNECT) if item.is_suggestion else 0
    return (item.due_on, order, item.contact_name.casefold(),
            item.follow_up_id if item.follow_up_id is not None else -item.contact_id)


@dataclass(frozen=True)
class TodayList:
    """What needs doing on ``today``, in sections: the one list the GUI and CLI show."""

    today: dt.date
    overdue: tuple[DueItem, ...] = ()
    due_today: tuple[DueItem, ...] = ()
    thank_yous: tuple[DueItem, ...] = ()
    this_week: tuple[DueItem, ...] = ()
    reconnect: tuple[DueItem, ...] = ()

    def section(self, section: Section) -> tuple[DueItem, ...]:
        return {
            Section.OVERDUE: self.overdue, Section.TODAY: self.due_today,
            Section.THANK_YOUS: self.thank_yous, Section.THIS_WEEK: self.this_week,
            Section.RECONNECT: self.reconnect,
        }[section]

    def items(self) -> tuple[DueItem, ...]:
        """Every item, sorted by due date (the order of ``netjournal due --json``)."""
        every = [i for s in SECTION_ORDER for i in self.section(s)]
        return tuple(sorted(every, key=sort_key))

    def __len__(self) -> int:
        return sum(len(self.section(s)) for s in SECTION_ORDER)

    def counts(self) -> dict[Section, int]:
        return {s: len(self.section(s)) for s in SECTION_ORDER}


def today_list(items: Iterable[DueItem], today: dt.date,
               suggestions: Sequence[DueItem] = ()) -> TodayList:
    """Sort due items and reconnect suggestions into the sections of ``today``.

    Items due after the week ahead are left out. Suggestions keep their order (highest
    priority first); every other section is sorted by :func:`sort_key`.
    """
    parts: dict[Section, list[DueItem]] = {s: [] for s in SECTION_ORDER}
    for item in items:
        section = section_of(item, today)
        if section is not None and section != Section.RECONNECT:
            parts[section].append(item)
    for s in parts:
        parts[s].sort(key=sort_key)
    return TodayList(today=today, overdue=tuple(parts[Section.OVERDUE]),
                     due_today=tuple(parts[Section.TODAY]),
                     thank_yous=tuple(parts[Section.THANK_YOUS]),
                     this_week=tuple(parts[Section.THIS_WEEK]),
                     reconnect=tuple(s for s in suggestions if s.is_suggestion))


# keeping in touch --------------------------------------------------------------------------

_TIE_RANK: dict[TieStrength, int] = {
    TieStrength.CLOSE: 0, TieStrength.REGULAR: 1, TieStrength.WEAK: 2, TieStrength.DORMANT: 2,
}


def reconnect_due(reference: dt.datetime, cadence: int,
                  tz: dt.tzinfo | None = None) -> dt.date:
    """The first local day on which a contact last seen at ``reference`` is dormant.

    ``reference`` is the last interaction, or when the contact was added. The boundary
    is exclusive, as in :func:`netjournal.domain.ties.is_dormant`: ``cadence`` days after
    the last interaction the tie is still warm; the day after, it is dormant.
    """
    return local_date(reference, tz) + dt.timedelta(days=cadence + 1)


def is_dormant_on(reference: dt.datetime, cadence: int, today: dt.date,
                  tz: dt.tzinfo | None = None) -> bool:
    """Whether the tie is dormant on the local date ``today``."""
    return today >= reconnect_due(reference, cadence, tz)


def days_past_cadence(reference: dt.datetime, cadence: int, today: dt.date,
                      tz: dt.tzinfo | None = None) -> int:
    """Whole days since the cadence ran out (0 while the tie is warm)."""
    return max(0, (today - local_date(reference, tz)).days - cadence)


def reconnect_priority(tie: TieStrength, days_past: int,
                       contact_id: int) -> tuple[int, int, int]:
    """Sort key of reconnect suggestions, highest priority first.

    Closer ties first (they matter most and cool fastest); within a tie strength, the
    longest past its cadence first; the contact id keeps the order total.
    """
    return (_TIE_RANK[tie], -days_past, contact_id)


def _split_interests(interests: str) -> list[str]:
    parts = [p.strip(" .") for chunk in interests.splitlines() for p in chunk.split(",")]
    return [p for p in parts if p]


def conversation_starter(contact_id: int, interests: str, tags: Sequence[str],
                         circle_tags: Iterable[str], today: dt.date) -> Starter:
    """A light opener drawn from what they care about and the tags they share.

    Args:
        contact_id: who (with ``today``'s week, picks among several interests so the
            suggestion is stable for a week but not the same forever).
        interests: the card's "what they care about", comma or line separated.
        tags: the contact's tags.
        circle_tags: tags of the people I have been in touch with lately; a tag the
            contact shares with them is a live topic, preferred over their other tags.
        today: the local date.
    """
    week = today.toordinal() // 7
    found = _split_interests(interests)
    interest = found[(contact_id + week) % len(found)] if found else ""
    circle = set(circle_tags)
    shared = [t for t in tags if t in circle]
    pool = shared or list(tags)
    tag = pool[(contact_id + week) % len(pool)] if pool else ""
    if interest and tag:
        return Starter(StarterKind.INTEREST_AND_TAG, interest=interest, tag=tag)
    if interest:
        return Starter(StarterKind.INTEREST, interest=interest)
    if tag:
        return Starter(StarterKind.TAG, tag=tag)
    return Starter(StarterKind.CHECK_IN)


@dataclass(frozen=True)
class ReconnectCandidate:
    """What the rules need to know of a contact to suggest reconnecting."""

    contact_id: int
    name: str
    tie: TieStrength
    cadence_days: int  # the contact's effective cadence
    reference: dt.datetime  # last interaction, else when they were added (UTC)
    last_interaction_at: dt.datetime | None
    interests: str = ""
    tags: tuple[str, ...] = ()


def reconnect_suggestions(candidates: Iterable[ReconnectCandidate], today: dt.date, *,
                          circle_tags: Iterable[str] = (), tz: dt.tzinfo | None = None,
                          limit: int = RECONNECT_LIMIT) -> tuple[DueItem, ...]:
    """The dormant ties among ``candidates``, highest priority first, at most ``limit``.

    A suggestion is for today (``due_on`` is ``today``), never "overdue": dormant is a
    state, not a missed appointment.
    """
    circle = tuple(circle_tags)
    scored = []
    for c in candidates:
        if not is_dormant_on(c.reference, c.cadence_days, today, tz):
            continue
        past = days_past_cadence(c.reference, c.cadence_days, today, tz)
        scored.append((reconnect_priority(c.tie, past, c.contact_id), c))
    scored.sort(key=lambda pair: pair[0])
    out = []
    for _, c in scored[:max(0, limit)]:
        last = (local_date(c.last_interaction_at, tz)
                if c.last_interaction_at is not None else None)
        out.append(DueItem(
            contact_id=c.contact_id, contact_name=c.name, due_on=today,
            kind=FollowUpKind.RECONNECT, step=Step.RECONNECT,
            starter=conversation_starter(c.contact_id, c.interests, c.tags, circle, today),
            last_contact_on=last, cadence_days=c.cadence_days, tie=c.tie))
    return tuple(out)


# introductions -----------------------------------------------------------------------------


def introducer_follow_up_due(decided_on: dt.date) -> dt.date:
    """When to thank the introducer after hearing "no": promptly, like a thank-you."""
    return decided_on + dt.timedelta(days=THANK_YOU_DAYS)


__all__ = [
    "ATTEMPT_GAP_DAYS", "FIRST_FOLLOW_UP_MAX", "FIRST_FOLLOW_UP_MIN", "MAX_ATTEMPTS",
    "NEXT_STEP_DAYS", "RECENT_CIRCLE_DAYS", "RECONNECT_LIMIT", "THANK_YOU_DAYS",
    "WEEK_AHEAD_DAYS", "ChainNext", "ChainState", "DueItem", "ReconnectCandidate",
    "Section", "Snooze", "Starter", "StarterKind", "Step", "TodayList", "after_attempt",
    "chain_plan", "chain_state", "check_first_days", "conversation_starter",
    "days_past_cadence", "first_attempt", "introducer_follow_up_due", "is_dormant_on",
    "is_let_go_question", "item_from_follow_up", "local_date", "next_step_due",
    "reconnect_due", "reconnect_priority", "reconnect_suggestions", "section_of",
    "snooze_until", "sort_key", "step_of", "thank_you_due", "today_list",
]
