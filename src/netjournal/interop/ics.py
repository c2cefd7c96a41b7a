"""Open follow-ups as a calendar file (iCalendar), and their plain English wording.

One all-day VEVENT per open follow-up: Google Calendar, Outlook, Apple Calendar and
Thunderbird all import those (VTODO is not imported by Google Calendar). Each has a
stable UID built from the follow-up's id and creation time, so importing a newer export
updates the items instead of doubling them. Overdue items are placed on ``today`` so they
are not lost in the past; the description says when they were due.

:func:`describe` is the English one-line wording of an item shared by the command line
and this file (the GUI words the same codes through ``tr()``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import icalendar

from netjournal import __version__
from netjournal.domain.followups import MAX_ATTEMPTS, DueItem, StarterKind, Step
from netjournal.paths import atomic_write
from netjournal.storage import journal
from netjournal.storage.store import Store

PRODID = f"-//NetJournal//NetJournal {__version__}//EN"
UID_DOMAIN = "netjournal.invalid"  # a reserved name: never someone else's domain


def _starter(item: DueItem) -> str:
    s = item.starter
    if s is None or s.kind == StarterKind.CHECK_IN:
        return 'a short "how are you?" is enough'
    if s.kind == StarterKind.INTEREST_AND_TAG:
        return f"ask about {s.interest}, or share something about #{s.tag}"
    if s.kind == StarterKind.INTEREST:
        return f"ask about {s.interest}"
    return f"share something about #{s.tag}"


def describe(item: DueItem) -> str:
    """What an item asks, in one line of plain English (user text kept as written)."""
    step = item.step
    if step == Step.FOLLOW_UP:
        return (f"no reply yet: follow up (try {item.attempt} of {MAX_ATTEMPTS}), "
                "quoting your first message")
    if step == Step.LAST_TRY:
        return f"no reply yet: last follow-up (try {MAX_ATTEMPTS} of {MAX_ATTEMPTS})"
    if step == Step.LET_GO:
        return f"no reply after {MAX_ATTEMPTS} tries: let go?"
    if step == Step.THANK_YOU:
        return f"say thank you after {item.event_name}" if item.event_name \
            else "say thank you for the meeting"
    if step == Step.NEXT_STEP:
        return f"next step: {item.reason}" if item.reason else "the next step you agreed"
    if step == Step.THANK_INTRODUCER:
        back = "thank them for the introduction and go back to them rather than pressing"
        return f"{back} ({item.reason})" if item.reason else back
    if step == Step.RECONNECT and item.birthday is not None:
        return f"birthday on {item.due_on.isoformat()}: a reason to reach out"
    if step == Step.RECONNECT:
        if not item.is_suggestion:
            return f"reconnect: {item.reason}" if item.reason else "reconnect"
        if item.last_contact_on is not None:
            since = f"last in touch {item.last_contact_on.isoformat()}"
        else:
            since = "never in touch since you added them"
        return f"reconnect ({since}, every {item.cadence_days} days): {_starter(item)}"
    return item.reason or "reminder"


def _uid(item: DueItem, created: str) -> str:
    digest = hashlib.sha1(f"{item.follow_up_id}|{created}".encode()).hexdigest()[:12]
    return f"followup-{item.follow_up_id}-{digest}@{UID_DOMAIN}"


def calendar(store: Store, today: dt.date) -> icalendar.Calendar:
    """A calendar with one all-day event per open follow-up (suggestions are not stored
    follow-ups and are left out)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "NetJournal follow-ups")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    items = journal.open_items(store)
    made = store.followups.created_at_of([i.follow_up_id for i in items if i.follow_up_id])
    for item in items:
        assert item.follow_up_id is not None
        created = made.get(item.follow_up_id)
        day = max(item.due_on, today)
        event = icalendar.Event()
        event.add("uid", _uid(item, created.isoformat() if created else ""))
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", f"{item.contact_name}: {describe(item)}")
        lines = []
        if item.due_on < today:
            lines.append(f"Overdue: was due {item.due_on.isoformat()}.")
        if item.first_message:
            lines.append(f'Your first message: "{item.first_message}"')
        lines.append(f"Follow-up #{item.follow_up_id} for contact #{item.contact_id}.")
        event.add("description", "\n".join(lines))
        event.add("categories", ["NetJournal", item.kind.value])
        event.add("transp", "TRANSPARENT")  # a reminder, not busy time
        event.add("status", "CONFIRMED")
        cal.add_component(event)
    return cal


def write_ics(store: Store, path: Path, today: dt.date) -> int:
    """Write open follow-ups to ``path`` (atomically, 0600); return how many.

    Args:
        store: the journal.
        path: the .ics file to write.
        today: the user's local date (overdue items are placed on it).
    """
    cal = calendar(store, today)
    with atomic_write(path, "wb") as fh:
        fh.write(cal.to_ical())
    return len(cal.walk("VEVENT"))


__all__ = ["PRODID", "calendar", "describe", "write_ics"]
