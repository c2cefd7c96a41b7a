"""Quick capture: save one parsed quick-entry line, find who it may be, and undo it.

One line becomes, in one transaction: the contact (created, or an existing card updated:
the line's company and title are the newer news, its tags are added), an in-person
interaction at the event (the event found or created by name), and a follow-up: the
thank-you after the meeting, or the line's own ``!when`` as the next step (the meeting
itself is :func:`netjournal.storage.journal.log_meeting`, so a quick entry follows the
same follow-up rules as any other meeting: it answers an outreach chain waiting for them).
The GUI's quick entry window and ``netjournal add`` both call :func:`capture`;
:func:`undo` takes all of it back, chains and card included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from peewee import fn

from netjournal.domain.capture_rules import follow_up_reason
from netjournal.domain.followups import local_date
from netjournal.domain.quickentry import ParsedLine
from netjournal.domain.values import Channel, Contact, Event, FollowUp, FollowUpKind, day_only
from netjournal.storage import StorageError, journal, recognise
from netjournal.storage import models as m
from netjournal.storage.contacts import clean_tag
from netjournal.storage.convert import now_utc
from netjournal.storage.search import fts_query
from netjournal.storage.sql import fetch_all
from netjournal.storage.store import Store

CANDIDATE_LIMIT = 8


class CaptureError(StorageError):
    """A line that cannot be saved (no name, or nothing to save it into)."""


@dataclass(frozen=True)
class CaptureResult:
    """What one saved line did; :func:`undo` takes it back."""

    contact_id: int
    contact_name: str
    created: bool  # a new card; False when an existing contact got the interaction
    interaction_id: int
    follow_up_id: int
    follow_up_due: dt.date
    follow_up_kind: FollowUpKind
    met_on: dt.date
    event_id: int | None = None
    event_name: str = ""
    event_created: bool = False  # the line's event did not exist before
    filled_company: str = ""  # what the line wrote into an existing card's fields
    filled_title: str = ""
    old_company: str = ""  # what those fields held before ("" if they were empty)
    old_title: str = ""
    added_tags: tuple[str, ...] = ()  # tags the card did not have before
    note: str = ""
    # what meeting an existing contact closed: open follow-ups as they were (unsent
    # outreach tries, reconnects) and the first messages that stopped awaiting a reply
    closed_follow_ups: tuple[FollowUp, ...] = ()
    answered_chains: tuple[int, ...] = ()


# who the line may be about -------------------------------------------------------------


def exact_matches(store: Store, name: str, limit: int = 50) -> list[int]:
    """Live contacts named exactly ``name`` (case-insensitive), oldest first. Indexed."""
    return recognise.exact_ids(store, name, limit)


def name_candidates(store: Store, name: str, limit: int = CANDIDATE_LIMIT) -> list[int]:
    """Contacts the typed name may mean: exact matches first, then name-prefix matches.

    Prefix matches come from the full-text index on names only (accents folded; every
    typed word must start a word of the name), newest first. Cheap at any journal size:
    the index stops after a few rows instead of sorting every match.
    """
    exact = exact_matches(store, name, limit)
    match = fts_query(name)
    if not match or len(exact) >= limit:
        return exact[:limit]
    rows = fetch_all(
        store.db,
        "SELECT c.id FROM contact c WHERE c.deleted_at IS NULL AND c.id IN"
        " (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?"
        "  ORDER BY rowid DESC LIMIT ?) ORDER BY c.id DESC",
        [f"name : ({match})", 5 * limit])
    seen = set(exact)
    out = list(exact)
    for (cid,) in rows:
        if cid not in seen:
            out.append(cid)
            seen.add(cid)
        if len(out) >= limit:
            break
    return out


def merge_target(store: Store, line: ParsedLine) -> int | None:
    """The existing contact a line adds to without asking, or None for a new card.

    The one live contact with exactly this name; when the line names a company, a
    contact with another company is someone else (one with no company still counts).
    Two or more such contacts are ambiguous: None (the GUI lets the user pick).
    """
    ids = exact_matches(store, line.name)
    if line.company and ids:
        wanted = line.company.casefold()
        rows = store.contacts.summaries(ids)
        ids = [i for i in ids if i in rows
               and rows[i].company.casefold() in ("", wanted)]
    return ids[0] if len(ids) == 1 else None


# saving ----------------------------------------------------------------------------------


def _event_named(store: Store, name: str, on: dt.date, place: str = "") -> tuple[Event, bool]:
    """The recent event called ``name`` or a similar name (``JakartaJS`` is "JakartaJS
    Meetup" of yesterday), created if there is none."""
    found = recognise.matching_event(store, name, on)
    if found is not None:
        return found, False
    return store.events.save(Event(name=" ".join(name.split()), starts_on=on,
                                   place=place)), True


def _resolve_event(store: Store, line: ParsedLine, event: Event | None,
                   met_on: dt.date) -> tuple[Event | None, bool]:
    if line.event:
        if event is not None and event.id is not None and (
                event.name.casefold() == line.event.casefold()):
            return event, False
        return _event_named(store, line.event, met_on)
    if event is None:
        return None, False
    if event.id is not None:
        return store.events.get(event.id), False
    if not event.name.strip():
        return None, False
    return _event_named(store, event.name, event.starts_on or met_on, event.place)


def occurred_at(met_on: dt.date, now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """When the meeting happened: now if it was today, else midday of ``met_on`` (UTC)."""
    local_now = now.astimezone(tz)
    if local_now.date() == met_on:
        return now.astimezone(dt.UTC)
    return dt.datetime.combine(met_on, dt.time(12), tzinfo=local_now.tzinfo).astimezone(dt.UTC)


def capture(store: Store, line: ParsedLine, *, met_on: dt.date | None = None,
            into: int | None = None, event: Event | None = None,
            now: dt.datetime | None = None, tz: dt.tzinfo | None = None,
            reason: Callable[[str, str], str] = follow_up_reason,
            by_date: bool = False) -> CaptureResult:
    """Save one line: contact, in-person interaction and follow-up, all or nothing.

    The line's ``!when`` makes a follow-up whose reason is the next step the line states
    (``!1w: send the deck``), else ``reason(name, event)`` in words; the note stays the
    meeting's note, never the to-do.

    Args:
        line: the parsed line (problems are the caller's business: it asks first).
        met_on: the local date of the meeting (default: today in ``tz``).
        into: an existing contact to add to; None creates a card from the line.
        event: the session's event when the line names none (``@event`` wins). With an
            id it is used as it is; without, found by name and date or created.
        now: the moment of capture (aware; default the clock); ``tz`` the user's zone
            (None: the system's).
        reason: words for a follow-up without a stated step, from the contact's name and
            the event's (translated by the GUI).
        by_date: the meeting was entered by its date: it is stored as that whole day
            (:class:`~netjournal.domain.values.DayOnly`), the same day in every zone.

    Raises:
        CaptureError: a new card without a name.
        NotFoundError: ``into`` names no live contact.
    """
    now = now or now_utc()
    met_on = met_on or local_date(now, tz)
    if into is None and not line.name:
        raise CaptureError("the line has no name: it must start with the person's name")
    with store.atomic():
        found_event, event_created = _resolve_event(store, line, event, met_on)
        event_id = found_event.id if found_event else None
        filled_company = filled_title = old_company = old_title = ""
        open_before: list[FollowUp] = []
        awaiting_before: set[int] = set()
        if into is None:
            contact = store.contacts.save(Contact(
                name=line.name, company=line.company, title=line.title, tags=line.tags,
                how_met=found_event.name if found_event else "", met_on=met_on,
                met_at_event_id=event_id))
            added_tags = contact.tags
        else:
            contact = store.contacts.get(into)
            fields: dict[str, object] = {}
            # the line is the newer news: a changed company or title replaces the card's
            if line.company and line.company.casefold() != contact.company.casefold():
                old_company = contact.company
                fields["company"] = filled_company = line.company
            if line.title and line.title.casefold() != contact.title.casefold():
                old_title = contact.title
                fields["title"] = filled_title = line.title
            if fields:
                m.Contact.update(updated_at=now_utc(), **fields).where(
                    m.Contact.id == into).execute()
            have = set(contact.tags)
            added_tags = tuple(t for t in dict.fromkeys(clean_tag(t) for t in line.tags)
                               if t and t not in have)
            store.contacts.add_tags(into, added_tags)
            open_before = store.followups.for_contact(into, open_only=True)
            awaiting_before = set(store.followups.chain_origins(into, awaiting_only=True))
        assert contact.id is not None
        # The journal's meeting rule: the interaction, the thank-you or the agreed next
        # step, and any outreach chain waiting for them closed (they answered in person).
        logged = journal.log_meeting(
            store, [contact.id],
            when=day_only(met_on) if by_date else occurred_at(met_on, now, tz),
            channel=Channel.IN_PERSON,
            learned=line.note, event_id=event_id, thank_you=line.when is None,
            next_step=(line.step or reason(contact.name, found_event.name if found_event
                                           else "")) if line.when is not None else "",
            next_step_on=line.when.due if line.when is not None else None, tz=tz)
        interaction = logged.interaction
        saved = (logged.thank_yous or logged.next_steps)[0]
        assert interaction.id is not None and saved.id is not None
        closed_rows: tuple[FollowUp, ...] = ()
        answered: tuple[int, ...] = ()
        if into is not None:  # what the meeting closed, so that undo can reopen it
            still_open = {f.id for f in store.followups.for_contact(into, open_only=True)}
            closed_rows = tuple(f for f in open_before if f.id not in still_open)
            answered = tuple(sorted(awaiting_before - set(
                store.followups.chain_origins(into, awaiting_only=True))))
    return CaptureResult(
        contact_id=contact.id, contact_name=contact.name, created=into is None,
        interaction_id=interaction.id, follow_up_id=saved.id, follow_up_due=saved.due_on,
        follow_up_kind=saved.kind, met_on=met_on, event_id=event_id,
        event_name=found_event.name if found_event else "", event_created=event_created,
        filled_company=filled_company, filled_title=filled_title, old_company=old_company,
        old_title=old_title, added_tags=tuple(added_tags), note=line.note,
        closed_follow_ups=closed_rows, answered_chains=answered)


def undo(store: Store, result: CaptureResult) -> None:
    """Take a saved line back: its follow-up and interaction go, and so does the card if
    the line created it; otherwise the card's company, title and tags are as they were,
    and the outreach chains and reconnects the meeting closed are open again.

    Rows are deleted for good (they were just typed); the event goes too when the line
    created it and nothing else refers to it.
    """
    with store.atomic():
        m.FollowUp.delete().where(m.FollowUp.id == result.follow_up_id).execute()
        m.Interaction.delete().where(m.Interaction.id == result.interaction_id).execute()
        if result.created:
            m.Contact.delete().where(m.Contact.id == result.contact_id).execute()
        else:
            fields: dict[str, object] = {}
            current = m.Contact.get_or_none(m.Contact.id == result.contact_id)
            if current is not None:
                if result.filled_company and current.company == result.filled_company:
                    fields["company"] = result.old_company
                if result.filled_title and current.title == result.filled_title:
                    fields["title"] = result.old_title
                if fields:
                    m.Contact.update(updated_at=now_utc(), **fields).where(
                        m.Contact.id == result.contact_id).execute()
                if result.added_tags:
                    tag_ids = m.Tag.select(m.Tag.id).where(
                        m.Tag.name.in_(list(result.added_tags)))
                    m.ContactTag.delete().where(
                        (m.ContactTag.contact == result.contact_id)
                        & m.ContactTag.tag.in_(tag_ids)).execute()
                _reopen(store, result)
        if result.event_created and result.event_id is not None:
            used = (m.Interaction.select().where(m.Interaction.event == result.event_id).exists()
                    or m.Contact.select().where(
                        m.Contact.met_at_event == result.event_id).exists())
            if not used:
                m.Event.delete().where(m.Event.id == result.event_id).execute()


def _reopen(store: Store, result: CaptureResult) -> None:
    """Put back what the meeting closed: unsent tries (deleted) and reconnects (done)."""
    for f in result.closed_follow_ups:
        store.followups.put_back(f)
    if result.answered_chains:
        m.Interaction.update(awaiting_reply=True, updated_at=now_utc()).where(
            m.Interaction.id.in_(list(result.answered_chains))).execute()


def event_names(store: Store, prefix: str = "", limit: int = 20) -> list[Event]:
    """Events whose name starts with ``prefix`` (case-insensitive), newest first."""
    query = m.Event.select(m.Event.id)
    if prefix.strip():
        query = query.where(fn.lower(m.Event.name).startswith(prefix.strip().lower()))
    rows = query.order_by(m.Event.starts_on.desc(nulls="LAST"), m.Event.id.desc()).limit(limit)
    return [store.events.get(row.id) for row in rows]


__all__ = ["CANDIDATE_LIMIT", "CaptureError", "CaptureResult", "capture", "event_names",
           "exact_matches", "merge_target", "name_candidates", "occurred_at", "undo"]
