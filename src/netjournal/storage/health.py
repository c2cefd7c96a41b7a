"""Network health: the weekly counts, grouped in SQL (see :mod:`netjournal.domain.health`).

Touches are index range counts per week and channel (migration 0007's partial indexes).
Other rows are put in their week by a binary tree of ``CASE`` comparisons against the
weeks' bounds (about six text comparisons a row): timed moments against the weeks' local
midnights in UTC, day-only meetings (stored ``YYYY-MM-DDT12:00:00``) and dates against
the Mondays themselves.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from netjournal.domain import health as rules
from netjournal.domain.health import FollowUpOutcome, RawCounts, TieChange, Week, WeekHealth
from netjournal.domain.ties import Cadences
from netjournal.domain.values import Channel, ExchangeDirection, FollowUpStatus
from netjournal.storage import StorageError
from netjournal.storage.convert import DAY_ONLY_TIME, now_utc, to_db
from netjournal.storage.sql import DATABASE_ERRORS, Row, fetch_all
from netjournal.storage.store import Store

_OUTSIDE = -1
DEFAULT_CADENCES = Cadences()


def _text(moment: dt.datetime) -> str:
    """A moment as the journal stores it (naive UTC text)."""
    naive = to_db(moment)
    assert naive is not None
    return naive.isoformat(" ")


def _tree(expr: str, bounds: Sequence[str], lo: int, hi: int,
          params: list[object]) -> str:
    """CASEs giving k for ``bounds[k] <= expr < bounds[k + 1]``, lo <= k < hi."""
    if hi - lo == 1:
        return str(lo)
    mid = (lo + hi) // 2
    params.append(bounds[mid])
    head = f"CASE WHEN {expr} < ? THEN "
    left = _tree(expr, bounds, lo, mid, params)
    right = _tree(expr, bounds, mid, hi, params)
    return f"{head}{left} ELSE {right} END"


def bucket(expr: str, bounds: Sequence[str], params: list[object]) -> str:
    """SQL for the index of the range of ``bounds`` that ``expr`` falls in (-1 outside).

    ``bounds`` are ascending texts (n + 1 of them for n ranges); ``params`` gets the
    values of the ``?`` in the returned SQL, in their order.
    """
    params.extend((bounds[0], bounds[-1]))
    outside = f"CASE WHEN {expr} < ? OR {expr} >= ? THEN {_OUTSIDE} ELSE "
    return outside + _tree(expr, bounds, 0, len(bounds) - 1, params) + " END"


def _moment_bounds(weeks: Sequence[Week]) -> list[str]:
    return [_text(w.starts_at) for w in weeks] + [_text(weeks[-1].ends_at)]


def _day_bounds(weeks: Sequence[Week]) -> list[str]:
    return [w.start.isoformat() for w in weeks] + [weeks[-1].end.isoformat()]


def moment_bucket(column: str, weeks: Sequence[Week], params: list[object]) -> str:
    """SQL for the week index of a stored moment: its local week, a day-only one's day."""
    day = bucket(f"substr({column}, 1, 10)", _day_bounds(weeks), params)
    timed = bucket(column, _moment_bounds(weeks), params)
    return f"(CASE WHEN substr({column}, 11, 1) = 'T' THEN {day} ELSE {timed} END)"


def _range(weeks: Sequence[Week]) -> tuple[str, str]:
    """Stored texts around every moment that can fall in ``weeks`` (timed or day-only)."""
    first, last = _moment_bounds(weeks)[0], _moment_bounds(weeks)[-1]
    return (min(first, weeks[0].start.isoformat() + DAY_ONLY_TIME[0]),
            max(last, weeks[-1].end.isoformat() + DAY_ONLY_TIME[0]))


def _counts(rows: Sequence[Row]) -> dict[tuple[int, str], int]:
    return {(int(k), str(code)): int(n) for k, code, n in rows if k != _OUTSIDE}


_DAY_ONLY = "substr(occurred_at, 11, 1) = 'T'"
"""A day-only moment (``YYYY-MM-DDT12:00:00``), as the 0007 partial index states it."""


def touches_query(weeks: Sequence[Week]) -> tuple[str, list[object]]:
    """The SQL (and its parameters) of the first count of :func:`touches`: live
    interactions per week (by their stored text between the weeks' bounds) and channel.

    One index range count per week and channel (the partial index on channel and moment
    of migration 0007), so no row is read and nothing is computed per row.
    """
    bounds = _moment_bounds(weeks)
    params: list[object] = [v for k in range(len(weeks)) for v in (k, bounds[k], bounds[k + 1])]
    params.extend(c.value for c in Channel)
    weeks_sql = ", ".join("(?, ?, ?)" for _ in weeks)
    channels_sql = ", ".join("(?)" for _ in Channel)
    return (f"WITH w(n, lo, hi) AS (VALUES {weeks_sql}), ch(code) AS (VALUES {channels_sql})"
            " SELECT w.n, ch.code, (SELECT count(*) FROM interaction i"
            " WHERE i.deleted_at IS NULL AND i.channel = ch.code"
            " AND i.occurred_at >= w.lo AND i.occurred_at < w.hi) FROM w, ch", params)


def touches(store: Store, weeks: Sequence[Week]) -> dict[tuple[int, Channel], int]:
    """Live interactions per (week, channel).

    Counted by their stored text between the weeks' bounds, then day-only meetings (few,
    read through their own partial index) are moved to the week of their own day.
    """
    counts = {(k, Channel(code)): n for k, code, n in fetch_all(store.db,
                                                                *touches_query(weeks))}
    bounds = _moment_bounds(weeks)
    lo, hi = _range(weeks)
    for text, code, n in fetch_all(
            store.db, "SELECT occurred_at, channel, count(*) FROM interaction"
            " INDEXED BY interaction_live_day_only"
            f" WHERE deleted_at IS NULL AND {_DAY_ONLY} AND occurred_at >= ?"
            " AND occurred_at < ? GROUP BY occurred_at, channel", (lo, hi)):
        channel = Channel(code)
        counted = bisect.bisect_right(bounds, text) - 1  # where the first count put them
        if 0 <= counted < len(weeks):
            counts[counted, channel] -= n
        own = rules.day_index(dt.date.fromisoformat(text[:10]), weeks)
        if own is not None:
            counts[own, channel] = counts.get((own, channel), 0) + n
    return {key: n for key, n in counts.items() if n}


def favours(store: Store, weeks: Sequence[Week]) -> dict[tuple[int, ExchangeDirection], int]:
    """Favours done per (week, given or received), on their day (else the day they were
    noted), for contacts not in the bin.

    Those with a day are read week by week through the 0007 index on favours done; the
    few without one by the day they were noted.
    """
    bounds = _day_bounds(weeks)
    params: list[object] = [v for k in range(len(weeks)) for v in (k, bounds[k], bounds[k + 1])]
    weeks_sql = ", ".join("(?, ?, ?)" for _ in weeks)
    rows = fetch_all(store.db, f"WITH w(n, lo, hi) AS (VALUES {weeks_sql})"
                     " SELECT w.n, e.direction, count(*) FROM w CROSS JOIN exchange e"
                     " INDEXED BY exchange_done_occurred_on"
                     " JOIN contact c ON c.id = e.contact_id AND c.deleted_at IS NULL"
                     " WHERE e.status = 'done' AND e.occurred_on >= w.lo AND e.occurred_on < w.hi"
                     " GROUP BY w.n, e.direction", params)
    params = []
    key = bucket("date(e.created_at)", bounds, params)
    rows += fetch_all(store.db, f"SELECT {key} AS k, e.direction, count(*) FROM exchange e"
                      " INDEXED BY exchange_done_occurred_on"
                      " JOIN contact c ON c.id = e.contact_id AND c.deleted_at IS NULL"
                      " WHERE e.status = 'done' AND e.occurred_on IS NULL"
                      " GROUP BY k, e.direction", params)
    known = {d.value for d in ExchangeDirection}
    out: dict[tuple[int, ExchangeDirection], int] = {}
    for k, code, n in rows:  # a week can come from both readings: add them up
        if k != _OUTSIDE and code in known:
            slot = (int(k), ExchangeDirection(code))
            out[slot] = out.get(slot, 0) + int(n)
    return out


def follow_up_outcomes(store: Store, weeks: Sequence[Week], today: dt.date,
                       tz: dt.tzinfo | None) -> dict[tuple[int, FollowUpOutcome], int]:
    """Follow-ups done and let go per week (when they were closed), and late ones (in the
    week they were due: done on a later day, or still open past their day)."""
    out: dict[tuple[int, FollowUpOutcome], int] = {}
    moments = _moment_bounds(weeks)
    params: list[object] = []
    key = bucket("f.closed_at", moments, params)
    params.extend((FollowUpStatus.DONE.value, FollowUpStatus.LET_GO.value,
                   moments[0], moments[-1]))
    rows = fetch_all(store.db, f"SELECT {key} AS k, f.status, count(*) FROM follow_up f"
                     " JOIN contact c ON c.id = f.contact_id AND c.deleted_at IS NULL"
                     " WHERE f.status IN (?, ?) AND f.closed_at >= ? AND f.closed_at < ?"
                     " GROUP BY k, f.status", params)
    for (k, status), n in _counts(rows).items():
        outcome = (FollowUpOutcome.DONE if status == FollowUpStatus.DONE.value
                   else FollowUpOutcome.LET_GO)
        out[k, outcome] = n
    # late: still open after its day, or done on a local day after it
    first = weeks[0].start
    days = [_text(rules.local_midnight(first + dt.timedelta(days=d), tz))
            for d in range((weeks[-1].end - first).days + 1)]
    params = []
    key = bucket("f.due_on", _day_bounds(weeks), params)
    params.extend((FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value,
                   today.isoformat(), FollowUpStatus.DONE.value, days[-1]))
    closed_day = bucket("f.closed_at", days, params)  # -1 before the first day
    params.extend((first.isoformat(), first.isoformat(), weeks[-1].end.isoformat()))
    rows = fetch_all(store.db, f"SELECT {key} AS k, 'late', count(*) FROM follow_up f"
                     " JOIN contact c ON c.id = f.contact_id AND c.deleted_at IS NULL"
                     " WHERE ((f.status IN (?, ?) AND f.due_on < ?)"
                     " OR (f.status = ? AND (f.closed_at >= ?"
                     f" OR {closed_day} > julianday(f.due_on) - julianday(?))))"
                     " AND f.due_on >= ? AND f.due_on < ? GROUP BY k", params)
    for (k, _code), n in _counts(rows).items():
        out[k, FollowUpOutcome.LATE] = n
    return out


_CADENCE = ("CASE WHEN c.cadence_days > 0 THEN c.cadence_days"
            " WHEN c.tie_strength = 'close' THEN ? WHEN c.tie_strength = 'regular' THEN ?"
            " ELSE ? END")

_LATER = ("CASE WHEN substr({at}, 11, 1) = 'T'"
          " THEN date({at}, '+' || {days} || ' days') || 'T12:00:00'"
          " ELSE datetime({at}, '+' || {days} || ' days') END")
"""The stored text of ``at`` plus ``days`` days (a day-only moment stays day-only)."""


def ties(store: Store, weeks: Sequence[Week], now: dt.datetime,
         cadences: Cadences) -> dict[tuple[int, TieChange], int]:
    """Ties reconnected and gone dormant per week, by the rule of
    :func:`netjournal.domain.health.tie_changes` (contacts in the bin left out).

    Only interactions from the longest cadence before the first week on are read: after
    an older one, the next interaction reconnects a dormant tie whatever the cadence.
    (So a contact added since then, whose only older interactions were logged with
    dates before it, counts from the day it was added.) A tie goes dormant a cadence
    after an interaction that the next one came too late for (found from that next
    one), or after the contact's last interaction, or after it was added.
    """
    cadence = [cadences.close, cadences.regular, cadences.weak]
    own = fetch_all(store.db, "SELECT max(cadence_days) FROM contact")[0][0] or 0
    since = _text(weeks[0].starts_at - dt.timedelta(days=max(*cadence, int(own)) + 2))
    now_text = _text(now)
    parts: list[tuple[str, Sequence[object]]] = [
        ("WITH seen AS (SELECT p.contact_id AS cid, i.occurred_at AS at"
         " FROM interaction i JOIN participant p ON p.interaction_id = i.id"
         " WHERE i.deleted_at IS NULL AND i.occurred_at >= ?),", (since,)),
        (" steps AS (SELECT cid, at, lag(at) OVER (PARTITION BY cid ORDER BY at) AS prev"
         " FROM seen),", ()),
        (f" facts AS (SELECT s.at, s.prev, c.created_at AS added, {_CADENCE} AS cad"
         " FROM steps s JOIN contact c ON c.id = s.cid WHERE c.deleted_at IS NULL),",
         cadence),
        (f" people AS (SELECT c.created_at AS added, c.last_interaction_at AS last,"
         f" {_CADENCE} AS cad FROM contact c WHERE c.deleted_at IS NULL"
         " AND (c.last_interaction_at >= ? OR (c.last_interaction_at IS NULL"
         " AND c.created_at >= ?))),", (*cadence, since, since)),
        (" events(kind, m) AS MATERIALIZED ("
         "SELECT 'reconnected', at FROM facts WHERE"
         " (prev IS NOT NULL AND julianday(at) - julianday(prev) > cad)"
         " OR (prev IS NULL AND (added < ? OR julianday(at) - julianday(added) > cad))",
         (since,)),
        (f" UNION ALL SELECT 'gone_dormant', {_LATER.format(at='prev', days='cad')} FROM facts"
         " WHERE prev IS NOT NULL AND julianday(at) - julianday(prev) > cad", ()),
        (f" UNION ALL SELECT 'gone_dormant', {_LATER.format(at='added', days='cad')}"
         " FROM facts WHERE prev IS NULL AND added >= ?"
         " AND julianday(at) - julianday(added) > cad", (since,)),
        (" UNION ALL SELECT 'gone_dormant', CASE WHEN last IS NULL THEN"
         f" {_LATER.format(at='added', days='cad')} ELSE"
         f" {_LATER.format(at='last', days='cad')} END FROM people"
         " WHERE julianday(?) - julianday(coalesce(last, added)) > cad)", (now_text,)),
    ]
    params: list[object] = []
    key = moment_bucket("m", weeks, params)
    parts.append((f" SELECT {key} AS k, kind, count(*) FROM events"
                  " WHERE julianday(m) <= julianday(?) GROUP BY k, kind", (*params, now_text)))
    sql = "".join(text for text, _ in parts)
    rows = fetch_all(store.db, sql, [v for _, values in parts for v in values])
    return {(k, TieChange(code)): n for (k, code), n in _counts(rows).items()}


def weekly_health(store: Store, weeks: Sequence[Week], *, today: dt.date,
                  tz: dt.tzinfo | None = None, now: dt.datetime | None = None,
                  cadences: Cadences = DEFAULT_CADENCES,
                  with_ties: bool = True) -> tuple[WeekHealth, ...]:
    """Every week's numbers, oldest first.

    The ties (reconnected, gone dormant) read each contact's interactions in order and
    cost far more than the rest: ``with_ties=False`` leaves them at 0, for a caller that
    reads them apart (:func:`ties`, off the GUI thread) and adds them with
    :func:`netjournal.domain.health.with_ties`.

    Args:
        store: the open journal.
        weeks: the weeks to count (:func:`netjournal.domain.health.weeks_until`).
        today: the user's today (follow-ups due before it and still open are late).
        tz: the user's time zone (None: the system's), for the days follow-ups closed on.
        now: the current moment (ties go dormant only before it).
        cadences: the keep-in-touch cadences by tie strength (the settings).
    """
    if not weeks:
        return ()
    now = now or now_utc()
    try:
        raw = RawCounts(touches=touches(store, weeks), favours=favours(store, weeks),
                        follow_ups=follow_up_outcomes(store, weeks, today, tz),
                        ties=ties(store, weeks, now, cadences) if with_ties else {})
    except DATABASE_ERRORS as e:
        raise StorageError(f"could not count the weeks: {e}") from e
    return rules.weekly_health(weeks, raw)


def last_weeks(store: Store, *, today: dt.date, tz: dt.tzinfo | None = None,
               count: int = rules.WEEKS, now: dt.datetime | None = None,
               cadences: Cadences = DEFAULT_CADENCES) -> tuple[WeekHealth, ...]:
    """The ``count`` weeks up to today's, oldest first: the page and ``netjournal health``."""
    return weekly_health(store, rules.weeks_until(today, tz, count), today=today, tz=tz,
                         now=now, cadences=cadences)


def interaction_ids(store: Store, week: Week) -> list[int]:
    """The live interactions of one week, oldest first."""
    params: list[object] = [*_range([week])]
    key = moment_bucket("occurred_at", [week], params)
    try:
        rows = fetch_all(store.db, "SELECT id FROM interaction WHERE deleted_at IS NULL"
                         f" AND occurred_at >= ? AND occurred_at < ? AND {key} = 0"
                         " ORDER BY occurred_at, id", params)
    except DATABASE_ERRORS as e:
        raise StorageError(f"could not read the week: {e}") from e
    return [int(r[0]) for r in rows]


def ties_apart(store: Store, weeks: Sequence[Week], now: dt.datetime,
               cadences: Cadences = DEFAULT_CADENCES) -> dict[tuple[int, TieChange], int]:
    """:func:`ties`, for a worker thread: read on that thread's own connection, which is
    closed before returning (the store's other connections are untouched)."""
    try:
        return ties(store, weeks, now, cadences)
    except DATABASE_ERRORS as e:
        raise StorageError(f"could not count the ties: {e}") from e
    finally:
        if not store.db.is_closed():
            store.db.close()
