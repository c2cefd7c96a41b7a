"""What is due: the Today list, reconnect suggestions, a contact's follow-ups."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from netjournal.domain import birthdays
from netjournal.domain import followups as rules
from netjournal.domain.followups import ChainState, DueItem, Section, TodayList
from netjournal.domain.values import FollowUp, FollowUpStatus
from netjournal.settings import Settings
from netjournal.storage.convert import date_from_db
from netjournal.storage.journal.base import (
    DEFAULT_SETTINGS,
    cadences_of,
    local_today,
    start_of_day,
)
from netjournal.storage.sql import fetch_all
from netjournal.storage.store import Store


def open_items(store: Store, *, contact_id: int | None = None,
               due_by: dt.date | None = None) -> tuple[DueItem, ...]:
    """Open follow-ups (of one contact, or all) as list items, soonest first."""
    return tuple(store.followups.due_items(due_by=due_by, contact_id=contact_id))


def reconnect_suggestions(store: Store, today: dt.date, *, settings: Settings = DEFAULT_SETTINGS,
                          tz: dt.tzinfo | None = None,
                          limit: int = rules.RECONNECT_LIMIT) -> tuple[DueItem, ...]:
    """Dormant ties to reconnect with on ``today``, highest priority first."""
    if limit <= 0:
        return ()
    start = start_of_day(today, tz)
    candidates = store.followups.reconnect_candidates(start, cadences_of(settings),
                                                      limit * 4 + 20)
    circle = store.followups.circle_tags(start - dt.timedelta(days=rules.RECENT_CIRCLE_DAYS))
    return rules.reconnect_suggestions(candidates, today, circle_tags=sorted(circle), tz=tz,
                                       limit=limit)


def today_list(store: Store, today: dt.date | None = None, *,
               settings: Settings = DEFAULT_SETTINGS, tz: dt.tzinfo | None = None,
               reconnect_limit: int = rules.RECONNECT_LIMIT) -> TodayList:
    """What needs doing on ``today``: the one list the Today view and ``netjournal due``
    show (overdue, due today, thank-yous owed, later this week, reconnect)."""
    today = today or local_today(tz)
    items = open_items(store, due_by=today + dt.timedelta(days=rules.WEEK_AHEAD_DAYS))
    suggestions = reconnect_suggestions(store, today, settings=settings, tz=tz,
                                        limit=reconnect_limit)
    return rules.today_list(items, today, _with_birthdays(store, today, suggestions))


def _with_birthdays(store: Store, today: dt.date,
                    suggestions: tuple[DueItem, ...]) -> tuple[DueItem, ...]:
    """The reconnect suggestions with the birthdays ahead first (one item per person)."""
    coming = birthdays_ahead(store, today)
    if not coming:
        return suggestions
    # a birthday is the better reason to reach out than a quiet tie
    tie_of = {s.contact_id: s for s in suggestions}
    taken = {b.contact_id for b in coming}
    return (*(_with_tie(b, tie_of.get(b.contact_id)) for b in coming),
            *(s for s in suggestions if s.contact_id not in taken))


def _with_tie(birthday: DueItem, suggestion: DueItem | None) -> DueItem:
    """A birthday, with what the reconnect suggestion it replaces knew of the tie."""
    if suggestion is None:
        return birthday
    return dataclasses.replace(birthday, last_contact_on=suggestion.last_contact_on,
                               tie=suggestion.tie, cadence_days=suggestion.cadence_days,
                               starter=suggestion.starter)


def birthdays_ahead(store: Store, today: dt.date,
                    days: int = birthdays.AHEAD_DAYS) -> list[DueItem]:
    """Live contacts whose birthday falls in the ``days`` from ``today``, soonest first."""
    keys = birthdays.month_days_ahead(today, days)
    rows = fetch_all(store.db, "SELECT id, name, birthday FROM contact WHERE deleted_at IS NULL"
                     f" AND strftime('%m-%d', birthday) IN ({', '.join('?' * len(keys))})",
                     keys)
    people = [(cid, name, day) for cid, name, text in rows
              if (day := date_from_db(text)) is not None]
    return birthdays.birthday_items(people, today, days)


@dataclass(frozen=True)
class TodayPage:
    """The first items of each section of the Today list, and how many each one holds."""

    first: TodayList  # each section's first items (the reconnect suggestions: all)
    totals: dict[Section, int]  # items in each section (sections with none are left out)

    def __len__(self) -> int:
        return sum(self.totals.values())


def today_page(store: Store, today: dt.date | None = None, *,
               limits: Mapping[Section, int] | int = 5,
               settings: Settings = DEFAULT_SETTINGS, tz: dt.tzinfo | None = None,
               reconnect_limit: int = rules.RECONNECT_LIMIT) -> TodayPage:
    """The Today list a page at a time: the same sections and order as :func:`today_list`,
    but only the first ``limits`` items of each (a count, or one per section) are read,
    with the size of every section; :func:`today_section` reads further pages."""
    today = today or local_today(tz)
    horizon = today + dt.timedelta(days=rules.WEEK_AHEAD_DAYS)
    totals = store.followups.due_counts(today, horizon)
    sections: dict[Section, tuple[DueItem, ...]] = {}
    for section, total in totals.items():
        limit = limits if isinstance(limits, int) else limits.get(section, 0)
        if total and limit > 0:
            sections[section] = today_section(store, today, section, 0, limit)
    suggestions = _with_birthdays(store, today, reconnect_suggestions(
        store, today, settings=settings, tz=tz, limit=reconnect_limit))
    first = rules.today_list([i for part in sections.values() for i in part], today,
                             suggestions)
    if first.reconnect:
        totals[Section.RECONNECT] = len(first.reconnect)
    return TodayPage(first=first, totals={s: totals[s] for s in rules.SECTION_ORDER
                                          if totals.get(s)})


def today_section(store: Store, today: dt.date, section: Section, offset: int,
                  limit: int) -> tuple[DueItem, ...]:
    """Items ``offset`` to ``offset + limit`` of a section of :func:`today_page` (not
    reconnect: its suggestions all come with the first page)."""
    horizon = today + dt.timedelta(days=rules.WEEK_AHEAD_DAYS)
    items = store.followups.due_in_section(section, today, horizon, offset=offset,
                                           limit=limit)
    return tuple(sorted(items, key=rules.sort_key))


# a contact's follow-ups, for the card ------------------------------------------------------


@dataclass(frozen=True)
class ChainSummary:
    """One outreach chain with a contact: the first message and how it went."""

    origin_interaction_id: int
    sent_on: dt.date  # local date of the first message
    first_message: str
    state: ChainState
    tries_sent: int  # follow-ups sent (0..3)
    open_follow_up: FollowUp | None  # the next try or the let-go question


@dataclass(frozen=True)
class ContactFollowUps:
    """What a card shows: open follow-ups, outreach chains, and closed follow-ups."""

    open: tuple[DueItem, ...]
    chains: tuple[ChainSummary, ...]  # newest first
    closed: tuple[FollowUp, ...]  # newest first


def contact_follow_ups(store: Store, contact_id: int, *,
                       tz: dt.tzinfo | None = None) -> ContactFollowUps:
    """A contact's open follow-ups, chain history and closed follow-ups."""
    chains = []
    for origin_id in store.followups.chain_origins(contact_id):
        origin = store.interactions.get(origin_id)
        rows = store.followups.chain_rows(origin_id, contact_id)
        open_rows = [r for r in rows if r.is_open]
        chains.append(ChainSummary(
            origin_interaction_id=origin_id, sent_on=rules.local_date(origin.occurred_at, tz),
            first_message=origin.summary or origin.goal,
            state=rules.chain_state(origin.awaiting_reply, rows),
            tries_sent=sum(1 for r in rows if r.status == FollowUpStatus.DONE
                           and r.attempt is not None),
            open_follow_up=open_rows[0] if open_rows else None))
    closed = [r for r in store.followups.for_contact(contact_id) if not r.is_open]
    closed.sort(key=lambda r: (r.closed_at or dt.datetime.min.replace(tzinfo=dt.UTC),
                               r.id or 0), reverse=True)
    return ContactFollowUps(open=open_items(store, contact_id=contact_id),
                            chains=tuple(reversed(chains)), closed=tuple(closed))
