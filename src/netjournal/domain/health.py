"""Network health week by week: am I networking the way the advice says?

The last twelve months in weeks that start on Monday, on the user's calendar (local
midnight to local midnight; a day-only meeting counts on its own day). Per week:

- touches by kind: face to face (in person, events), voice and video (calls, video
  calls), written (messages, email, social), since networking only online is one of
  the classic mistakes;
- favours given against received (never only take);
- follow-ups done, late (due that week and not done by their day) and let go;
- ties reconnected (an interaction with someone whose tie had gone dormant) against
  ties gone dormant (the day a contact passed their keep-in-touch cadence, by the rule
  of :mod:`netjournal.domain.ties`).

The store counts in SQL; these functions give the weeks it counts in, the rules it
counts by, and turn its raw counts into :class:`WeekHealth` rows.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum

from netjournal.domain.ties import Cadences
from netjournal.domain.values import Channel, ExchangeDirection, TieStrength, is_day_only

WEEKS = 52
"""How many weeks the page and ``netjournal health`` show (the last twelve months)."""

WEEK = dt.timedelta(days=7)


class TouchKind(StrEnum):
    FACE_TO_FACE = "face_to_face"
    VOICE_VIDEO = "voice_video"
    WRITTEN = "written"


TOUCH_KIND: dict[Channel, TouchKind] = {
    Channel.IN_PERSON: TouchKind.FACE_TO_FACE,
    Channel.EVENT: TouchKind.FACE_TO_FACE,
    Channel.CALL: TouchKind.VOICE_VIDEO,
    Channel.VIDEO: TouchKind.VOICE_VIDEO,
    Channel.MESSAGE: TouchKind.WRITTEN,
    Channel.EMAIL: TouchKind.WRITTEN,
    Channel.SOCIAL: TouchKind.WRITTEN,
}
"""The kind of touch each channel is."""


class FollowUpOutcome(StrEnum):
    DONE = "done"  # closed as done that week
    LATE = "late"  # due that week and not done by its day (done later, or still open)
    LET_GO = "let_go"  # let go that week


class TieChange(StrEnum):
    RECONNECTED = "reconnected"  # an interaction with someone whose tie had gone dormant
    GONE_DORMANT = "gone_dormant"  # past the keep-in-touch cadence that week


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def local_midnight(day: dt.date, tz: dt.tzinfo | None) -> dt.datetime:
    """Local midnight of ``day`` (``tz``; None: the system's zone) as an aware UTC moment."""
    if tz is None:
        local = dt.datetime.combine(day, dt.time()).astimezone()
    else:
        local = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    return local.astimezone(dt.UTC)


@dataclass(frozen=True)
class Week:
    """One week on the user's calendar."""

    start: dt.date  # a Monday
    starts_at: dt.datetime  # local midnight of ``start``, aware UTC
    ends_at: dt.datetime  # local midnight of the next Monday, aware UTC

    @property
    def end(self) -> dt.date:
        """The Monday after (the first day not in the week)."""
        return self.start + WEEK


def weeks_until(today: dt.date, tz: dt.tzinfo | None = None,
                count: int = WEEKS) -> tuple[Week, ...]:
    """The ``count`` weeks up to the one holding ``today``, oldest first."""
    if count < 1:
        raise ValueError("count must be at least 1")
    first = week_start(today) - (count - 1) * WEEK
    mondays = [first + k * WEEK for k in range(count + 1)]
    bounds = [local_midnight(m, tz) for m in mondays]
    return tuple(Week(start=mondays[k], starts_at=bounds[k], ends_at=bounds[k + 1])
                 for k in range(count))


def week_index(moment: dt.datetime, weeks: Sequence[Week]) -> int | None:
    """The index in ``weeks`` of the week ``moment`` falls in, or None if in none.

    A day-only moment (:class:`~netjournal.domain.values.DayOnly`) falls in the week of
    its day; any other by its instant (a naive moment is UTC).
    """
    if not weeks:
        return None
    if is_day_only(moment):
        day = moment.date()
        k = (day - weeks[0].start).days // 7
        return k if 0 <= k < len(weeks) else None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    if moment < weeks[0].starts_at or moment >= weeks[-1].ends_at:
        return None
    return bisect.bisect_right([w.starts_at for w in weeks], moment) - 1


def day_index(day: dt.date, weeks: Sequence[Week]) -> int | None:
    """The index in ``weeks`` of the week holding the calendar day ``day``, or None."""
    if not weeks:
        return None
    k = (day - weeks[0].start).days // 7
    return k if 0 <= k < len(weeks) else None


def count_by_week(moments: Iterable[dt.datetime], weeks: Sequence[Week]) -> list[int]:
    """How many of ``moments`` fall in each week (those outside every week are left out)."""
    counts = [0] * len(weeks)
    for moment in moments:
        k = week_index(moment, weeks)
        if k is not None:
            counts[k] += 1
    return counts


# ties: when one went dormant, and when it was taken up again ------------------------------


def gap_changes(reference: dt.datetime, moment: dt.datetime | None, cadence: int,
                now: dt.datetime) -> list[tuple[dt.datetime, TieChange]]:
    """The changes one gap between two touches makes, the rule of :func:`tie_changes`.

    Args:
        reference: the touch before (or when the contact was added, before the first).
        moment: the next interaction, or None for the open gap after the last one.
        cadence: the contact's keep-in-touch cadence in days.
        now: the current moment; a change counts only up to it.

    A gap longer than the cadence makes the tie go dormant a cadence after
    ``reference`` and ``moment`` reconnect it; the open gap makes it go dormant once
    more than a cadence has passed by ``now``. A whole-day reference stays whole-day.
    """
    limit = dt.timedelta(days=cadence)
    if moment is None:
        return [(reference + limit, TieChange.GONE_DORMANT)] if now - reference > limit else []
    if moment - reference <= limit:
        return []
    return [(m, c) for m, c in ((reference + limit, TieChange.GONE_DORMANT),
                                (moment, TieChange.RECONNECTED)) if m <= now]


def tie_changes(moments: Sequence[dt.datetime], since: dt.datetime, cadence: int,
                now: dt.datetime) -> list[tuple[dt.datetime, TieChange]]:
    """When a contact's tie went dormant and when it was reconnected, oldest first.

    Args:
        moments: the contact's interactions (aware), in any order.
        since: when the contact was added (the reference before the first interaction).
        cadence: the contact's keep-in-touch cadence in days.
        now: the current moment; a tie goes dormant only in the past.

    The rule of :func:`netjournal.domain.ties.is_dormant`: more than ``cadence`` days
    after the last interaction (or after ``since`` when there was none) the tie is
    dormant, from ``reference + cadence`` days; the next interaction reconnects it.
    Changes after ``now`` (interactions dated ahead) are left out. Each gap is judged
    by :func:`gap_changes`.
    """
    changes: list[tuple[dt.datetime, TieChange]] = []
    reference = since
    for moment in sorted(moments):
        changes += gap_changes(reference, moment, cadence, now)
        reference = moment
    changes += gap_changes(reference, None, cadence, now)
    return changes


def count_changes(changes: Iterable[tuple[dt.datetime, TieChange]], weeks: Sequence[Week],
                  into: dict[tuple[int, TieChange], int] | None = None,
                  sign: int = 1) -> dict[tuple[int, TieChange], int]:
    """Add up ``changes`` by (week index, change) into ``into`` (``sign`` -1 takes away);
    changes outside every week are left out."""
    out = {} if into is None else into
    for moment, change in changes:
        k = week_index(moment, weeks)
        if k is not None:
            out[k, change] = out.get((k, change), 0) + sign
    return out


CADENCE_KEYS = {-1: TieStrength.CLOSE, -2: TieStrength.REGULAR, -3: TieStrength.WEAK}
"""The cadence keys the store files each contact's gaps under (migration 0010): their
own cadence in days when they have one, else a negative code for their tie strength."""


def cadence_of_key(key: int, cadences: Cadences) -> int:
    """The cadence in days of a store's cadence key, with ``cadences`` as the defaults."""
    if key > 0:
        return key
    return cadences.for_tie(CADENCE_KEYS.get(key, TieStrength.WEAK))


def dormant_weeks(weeks: Sequence[Week], cadence: int) -> tuple[Week, ...]:
    """The weeks moved a cadence back: a gap starting in the k-th of them passes the
    cadence in the k-th of ``weeks`` (for a timed reference; a whole-day one goes by
    its day)."""
    shift = dt.timedelta(days=cadence)
    return tuple(Week(start=w.start - shift, starts_at=w.starts_at - shift,
                      ends_at=w.ends_at - shift) for w in weeks)


# the weekly rows ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RawCounts:
    """What the store counts, keyed by (week index, code); missing keys are zero."""

    touches: Mapping[tuple[int, Channel], int]
    favours: Mapping[tuple[int, ExchangeDirection], int]
    follow_ups: Mapping[tuple[int, FollowUpOutcome], int]
    ties: Mapping[tuple[int, TieChange], int]


@dataclass(frozen=True)
class WeekHealth:
    """One week's numbers (the keys of ``netjournal health --json``)."""

    week_start: dt.date  # a Monday
    face_to_face: int = 0
    voice_video: int = 0
    written: int = 0
    given: int = 0
    received: int = 0
    follow_ups_done: int = 0
    follow_ups_late: int = 0
    follow_ups_let_go: int = 0
    reconnected: int = 0
    gone_dormant: int = 0

    @property
    def touches(self) -> int:
        return self.face_to_face + self.voice_video + self.written

    def as_json(self) -> dict[str, object]:
        """The week as JSON: ``week_start`` in ISO 8601, then the counts."""
        out: dict[str, object] = {"week_start": self.week_start.isoformat()}
        out.update({f.name: getattr(self, f.name) for f in fields(self)
                    if f.name != "week_start"})
        return out


COUNT_KEYS: tuple[str, ...] = tuple(f.name for f in fields(WeekHealth)
                                    if f.name != "week_start")
"""The names of a week's counts, in their order."""


def weekly_health(weeks: Sequence[Week], raw: RawCounts) -> tuple[WeekHealth, ...]:
    """One :class:`WeekHealth` per week, oldest first, from the store's raw counts."""
    rows = [dict.fromkeys(COUNT_KEYS, 0) for _ in weeks]

    def add(k: int, key: str, n: int) -> None:
        if 0 <= k < len(rows):
            rows[k][key] += n

    for (k, channel), n in raw.touches.items():
        add(k, TOUCH_KIND[channel].value, n)
    for (k, direction), n in raw.favours.items():
        add(k, direction.value, n)
    for (k, outcome), n in raw.follow_ups.items():
        add(k, f"follow_ups_{outcome.value}", n)
    for (k, change), n in raw.ties.items():
        add(k, change.value, n)
    return tuple(WeekHealth(week_start=w.start, **row) for w, row in zip(weeks, rows,
                                                                         strict=True))


@dataclass(frozen=True)
class HealthTotals:
    """The weeks added up, for a one-line summary."""

    weeks: int
    face_to_face: int
    voice_video: int
    written: int
    given: int
    received: int
    follow_ups_done: int
    follow_ups_late: int
    follow_ups_let_go: int
    reconnected: int
    gone_dormant: int

    @property
    def touches(self) -> int:
        return self.face_to_face + self.voice_video + self.written

    @property
    def face_to_face_percent(self) -> int:
        """The share of touches made face to face, in whole percent (0 with none)."""
        return round(100 * self.face_to_face / self.touches) if self.touches else 0


def totals(rows: Sequence[WeekHealth]) -> HealthTotals:
    """The sum of every count over ``rows``."""
    return HealthTotals(weeks=len(rows), **{key: sum(getattr(r, key) for r in rows)
                                           for key in COUNT_KEYS})
