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
from netjournal.domain.ties import Cadences, cadence_days
from netjournal.domain.values import Channel, ExchangeDirection, FollowUpStatus, TieStrength
from netjournal.storage import StorageError
from netjournal.storage.convert import DAY_ONLY_TIME, from_db, now_utc, to_db
from netjournal.storage.dialect import indexed_by
from netjournal.storage.sql import Row, database_errors, fetch_all
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
            f"{indexed_by(store.db, 'interaction_live_day_only')}"
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

    Those with a day are counted by day from the 0007 index on favours done alone (no
    row read), less those of contacts in the bin (found through migration 0010's index
    of the bin); the few without a day by the day they were noted.
    """
    bounds = _day_bounds(weeks)
    by_day = fetch_all(store.db, "SELECT e.occurred_on, e.direction, count(*) FROM exchange e"
                       f"{indexed_by(store.db, 'exchange_done_occurred_on')}"
                       " WHERE e.status = 'done' AND e.occurred_on >= ? AND e.occurred_on < ?"
                       " GROUP BY e.occurred_on, e.direction", (bounds[0], bounds[-1]))
    binned = fetch_all(store.db, "SELECT e.occurred_on, e.direction, -count(*) FROM contact c"
                       f"{indexed_by(store.db, 'contact_in_bin')}"
                       " CROSS JOIN exchange e ON e.contact_id = c.id"
                       " WHERE c.deleted_at IS NOT NULL AND e.status = 'done'"
                       " AND e.occurred_on >= ? AND e.occurred_on < ?"
                       " GROUP BY e.occurred_on, e.direction", (bounds[0], bounds[-1]))
    rows: list[Row] = [(rules.day_index(dt.date.fromisoformat(str(day)[:10]), weeks), code, n)
                       for day, code, n in (*by_day, *binned)]
    params: list[object] = []
    key = bucket("date(e.created_at)", bounds, params)
    rows += fetch_all(store.db, f"SELECT {key} AS k, e.direction, count(*) FROM exchange e"
                      f"{indexed_by(store.db, 'exchange_done_occurred_on')}"
                      " JOIN contact c ON c.id = e.contact_id AND c.deleted_at IS NULL"
                      " WHERE e.status = 'done' AND e.occurred_on IS NULL"
                      " GROUP BY k, e.direction", params)
    known = {d.value for d in ExchangeDirection}
    out: dict[tuple[int, ExchangeDirection], int] = {}
    for k, code, n in rows:  # a week can come from both readings: add them up
        if k is not None and k != _OUTSIDE and code in known:
            slot = (int(k), ExchangeDirection(code))
            out[slot] = out.get(slot, 0) + int(n)
    return out


_LIVE_CONTACT = ("{cid} NOT IN (SELECT id FROM contact{bin} WHERE deleted_at IS NOT NULL)")
"""SQL: the contact ``cid`` is not in the bin (the bin read once through its index, rather
than each row's contact looked up)."""


def follow_up_outcomes(store: Store, weeks: Sequence[Week], today: dt.date,
                       tz: dt.tzinfo | None) -> dict[tuple[int, FollowUpOutcome], int]:
    """Follow-ups done and let go per week (when they were closed), and late ones (in the
    week they were due: done on a later day, or still open past their day)."""
    live = _LIVE_CONTACT.format(cid="f.contact_id", bin=indexed_by(store.db, "contact_in_bin"))
    out: dict[tuple[int, FollowUpOutcome], int] = {}
    moments = _moment_bounds(weeks)
    params: list[object] = []
    key = bucket("f.closed_at", moments, params)
    params.extend((FollowUpStatus.DONE.value, FollowUpStatus.LET_GO.value,
                   moments[0], moments[-1]))
    rows = fetch_all(store.db, f"SELECT {key} AS k, f.status, count(*) FROM follow_up f"
                     f" WHERE {live} AND f.status IN (?, ?) AND f.closed_at >= ?"
                     " AND f.closed_at < ?"
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
                     f" WHERE {live} AND ((f.status IN (?, ?) AND f.due_on < ?)"
                     " OR (f.status = ? AND (f.closed_at >= ?"
                     f" OR {closed_day} > julianday(f.due_on) - julianday(?))))"
                     " AND f.due_on >= ? AND f.due_on < ? GROUP BY k", params)
    for (k, _code), n in _counts(rows).items():
        out[k, FollowUpOutcome.LATE] = n
    return out


_DAY = 86400
LONG_GAP = 30 * _DAY
"""Gaps of more than 30 days have indexes of their own (migration 0010): the ties of a
cadence of 30 days or more are counted from them, a half of all gaps or less."""
_CHUNK = 900  # (week, key) rows per statement: well inside both engines' parameter limits


def cadence_keys(store: Store) -> list[int]:
    """The cadence keys the gaps of live contacts are filed under (a few index seeks)."""
    rows = fetch_all(store.db, "WITH RECURSIVE k(v) AS (SELECT min(cadence) FROM tie_gap"
                     " UNION ALL SELECT (SELECT min(cadence) FROM tie_gap WHERE cadence > k.v)"
                     " FROM k WHERE k.v IS NOT NULL) SELECT v FROM k WHERE v IS NOT NULL")
    return [int(r[0]) for r in rows]


def _capped(weeks: Sequence[Week], cap: str) -> list[str]:
    """The weeks' bounds as stored text, none past ``cap`` (an empty range from there)."""
    return [min(b, cap) for b in _moment_bounds(weeks)]


def _range_counts(store: Store, index: str, column: str, extra: str,
                  ranges: Sequence[tuple[int, int, list[str]]]) -> dict[int, int]:
    """Per week: the rows of ``tie_gap`` (through ``index``) whose ``column`` falls in
    that week's range of bounds, for each (key, limit in seconds, bounds), where
    ``back`` passes the limit (and ``extra`` holds); one index range count each."""
    rows: list[tuple[object, ...]] = [(k, key, limit, bounds[k], bounds[k + 1])
                                      for key, limit, bounds in ranges
                                      for k in range(len(bounds) - 1)
                                      if bounds[k] < bounds[k + 1]]
    out: dict[int, int] = {}
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start:start + _CHUNK]
        values = ", ".join("(?, ?, ?, ?, ?)" for _ in chunk)
        sql = (f"WITH w(n, k, lim, lo, hi) AS (VALUES {values}) SELECT w.n,"
               f" (SELECT count(*) FROM tie_gap g{indexed_by(store.db, index)}"
               f" WHERE g.cadence = w.k AND g.{column} >= w.lo AND g.{column} < w.hi"
               f" AND {extra}) FROM w")
        for n, count in fetch_all(store.db, sql, [v for r in chunk for v in r]):
            if count:
                out[int(n)] = out.get(int(n), 0) + int(count)
    return out


def _counted(bounds: Sequence[str], text: str) -> int | None:
    """The week :func:`_range_counts` put ``text`` in with these bounds, or None."""
    if not bounds[0] <= text < bounds[-1]:
        return None
    return bisect.bisect_right(bounds, text) - 1


def _take_back(out: dict[tuple[int, TieChange], int], week: int, change: TieChange) -> None:
    """One less ``change`` in ``week`` (a range count took a whole-day moment there)."""
    out[week, change] = out.get((week, change), 0) - 1


def ties(store: Store, weeks: Sequence[Week], now: dt.datetime,
         cadences: Cadences) -> dict[tuple[int, TieChange], int]:
    """Ties reconnected and gone dormant per week, by the rule of
    :func:`netjournal.domain.health.tie_changes` (contacts in the bin left out).

    Read from migration 0010's gaps (those longer than :data:`LONG_GAP` for the cadences
    as long as that, the others from all gaps), per cadence key (each tie strength's default, and
    each cadence of their own that contacts have): reconnected = gaps longer than the
    cadence that end in the week; gone dormant = such gaps whose reference is a cadence
    before the week (and the open gaps after contacts' last interactions). Each is an
    index range count per week and key. Then the whole-day moments among them (few) are
    moved to the weeks of their own days, and the contacts never in touch are judged
    one by one (:func:`netjournal.domain.health.gap_changes`).
    """
    out: dict[tuple[int, TieChange], int] = {}
    just_after = _text(now + dt.timedelta(seconds=1))  # up to now, now included
    keys = {key: rules.cadence_of_key(key, cadences) for key in cadence_keys(store)}
    plain = _capped(weeks, just_after)
    gap_bounds = {key: _capped(rules.dormant_weeks(weeks, c),
                               _text(now - dt.timedelta(days=c, seconds=-1)))
                  for key, c in keys.items()}
    open_bounds = {key: _capped(rules.dormant_weeks(weeks, c),
                                _text(now - dt.timedelta(days=c)))
                   for key, c in keys.items()}
    long = {key: c for key, c in keys.items() if c * _DAY >= LONG_GAP}
    short = {key: c for key, c in keys.items() if key not in long}
    by_range: list[tuple[TieChange, dict[int, int]]] = []
    for index, among, extra in (("", short, "g.back > w.lim"),
                                ("_long", long, f"g.back > w.lim AND g.back > {LONG_GAP}")):
        if among:
            by_range.append((TieChange.RECONNECTED, _range_counts(
                store, f"tie_gap_reconnected{index}", "occurred_at", extra,
                [(key, c * _DAY, plain) for key, c in among.items()])))
            by_range.append((TieChange.GONE_DORMANT, _range_counts(
                store, f"tie_gap_dormant{index}", "prev_at", extra,
                [(key, c * _DAY, gap_bounds[key]) for key, c in among.items()])))
    by_range.append((TieChange.GONE_DORMANT, _range_counts(
        store, "tie_gap_last", "occurred_at", "g.next_at IS NULL",
        [(key, 0, open_bounds[key]) for key in keys])))
    for kind, counts in by_range:
        for k, n in counts.items():
            out[k, kind] = out.get((k, kind), 0) + n

    # whole-day moments: out of the week their text fell in, into their own day's
    # (read generously: a day's whole-day moment sorts after its every timed one)
    lo = (weeks[0].start - dt.timedelta(days=max(keys.values(), default=0) + 1)).isoformat()
    hi = (weeks[-1].end + dt.timedelta(days=1)).isoformat()
    for key, at, back, nxt in fetch_all(
            store.db, "SELECT cadence, occurred_at, back, next_at FROM tie_gap"
            f"{indexed_by(store.db, 'tie_gap_day_only')}"
            f" WHERE {_DAY_ONLY} AND occurred_at >= ? AND occurred_at < ?"
            " AND cadence IS NOT NULL", (lo, hi)):
        c = keys[int(key)]
        moment = from_db(at)
        assert moment is not None
        if back is not None and back > c * _DAY:
            counted = _counted(plain, at)
            if counted is not None:
                _take_back(out, counted, TieChange.RECONNECTED)
            if moment <= now:
                rules.count_changes([(moment, TieChange.RECONNECTED)], weeks, out)
        if nxt is None:
            counted = _counted(open_bounds[int(key)], at)
            if counted is not None:
                _take_back(out, counted, TieChange.GONE_DORMANT)
            rules.count_changes(rules.gap_changes(moment, None, c, now), weeks, out)
    for key, ref, back in fetch_all(
            store.db, "SELECT cadence, prev_at, back FROM tie_gap"
            f"{indexed_by(store.db, 'tie_gap_prev_day_only')}"
            f" WHERE {_DAY_ONLY.replace('occurred_at', 'prev_at')}"
            " AND prev_at >= ? AND prev_at < ? AND cadence IS NOT NULL", (lo, hi)):
        c = keys[int(key)]
        if back is None or back <= c * _DAY:
            continue
        counted = _counted(gap_bounds[int(key)], ref)
        if counted is not None:
            _take_back(out, counted, TieChange.GONE_DORMANT)
        reference = from_db(ref)
        assert reference is not None
        dormant = reference + dt.timedelta(days=c)
        if dormant <= now:
            rules.count_changes([(dormant, TieChange.GONE_DORMANT)], weeks, out)

    # contacts never in touch: dormant a cadence after they were added
    for added, tie, own in fetch_all(
            store.db, "SELECT created_at, tie_strength, cadence_days FROM contact"
            f"{indexed_by(store.db, 'contact_never_in_touch')}"
            " WHERE last_interaction_at IS NULL AND deleted_at IS NULL"):
        since = from_db(added)
        assert since is not None
        cadence = cadence_days(TieStrength(tie), own, cadences)
        rules.count_changes(rules.gap_changes(since, None, cadence, now), weeks, out)
    return {slot: n for slot, n in out.items() if n}


def weekly_health(store: Store, weeks: Sequence[Week], *, today: dt.date,
                  tz: dt.tzinfo | None = None, now: dt.datetime | None = None,
                  cadences: Cadences = DEFAULT_CADENCES) -> tuple[WeekHealth, ...]:
    """Every week's numbers, oldest first (a few index range counts each: fast enough
    for the GUI thread on a 100,000-contact journal, see benchmarks/bench_health.py).

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
                        ties=ties(store, weeks, now, cadences))
    except database_errors() as e:
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
    except database_errors() as e:
        raise StorageError(f"could not read the week: {e}") from e
    return [int(r[0]) for r in rows]
