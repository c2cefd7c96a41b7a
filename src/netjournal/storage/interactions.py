"""Interactions (the timeline) and events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from peewee import SqliteDatabase, fn

from netjournal.domain.hygiene import clean_record, name_problem
from netjournal.domain.values import Channel, Direction, Event, Interaction
from netjournal.storage import NotFoundError, StorageError
from netjournal.storage import models as m
from netjournal.storage.convert import date_from_db, from_db, now_utc, to_db
from netjournal.storage.sql import tuples


def _to_value(row: m.Interaction, participants: Sequence[int]) -> Interaction:
    occurred = from_db(row.occurred_at)
    assert occurred is not None
    return Interaction(
        id=row.id, occurred_at=occurred, participant_ids=tuple(participants),
        channel=Channel(row.channel), direction=Direction(row.direction), goal=row.goal,
        summary=row.summary, learned=row.learned, event_id=row.event_id,
        awaiting_reply=bool(row.awaiting_reply), created_at=from_db(row.created_at))


class InteractionRepository:
    """The timeline: interactions with one or more participants."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    def _participants(self, ids: Sequence[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {i: [] for i in ids}
        if ids:
            for iid, cid in tuples(m.Participant.select(m.Participant.interaction,
                                                        m.Participant.contact)
                                   .where(m.Participant.interaction.in_(list(ids)))
                                   .order_by(m.Participant.contact)):
                out[iid].append(cid)
        return out

    def get(self, interaction_id: int) -> Interaction:
        row = (m.Interaction.select().where((m.Interaction.id == interaction_id)
                                            & m.Interaction.deleted_at.is_null()).first())
        if row is None:
            raise NotFoundError(f"there is no interaction #{interaction_id}")
        return _to_value(row, self._participants([row.id])[row.id])

    def many(self, ids: Sequence[int]) -> dict[int, Interaction]:
        rows = list(m.Interaction.select().where(m.Interaction.id.in_(list(ids))
                                                 & m.Interaction.deleted_at.is_null()))
        parts = self._participants([r.id for r in rows])
        return {r.id: _to_value(r, parts[r.id]) for r in rows}

    def ids_for_contact(self, contact_id: int | None = None, *,
                        limit: int | None = None) -> list[int]:
        """Interaction ids newest first: one contact's, or all activity if None."""
        query = m.Interaction.select(m.Interaction.id).where(
            m.Interaction.deleted_at.is_null())
        if contact_id is not None:
            query = query.join(m.Participant).where(m.Participant.contact == contact_id)
        query = query.order_by(m.Interaction.occurred_at.desc(), m.Interaction.id.desc())
        if limit is not None:
            query = query.limit(limit)
        return [r[0] for r in tuples(query)]

    def for_contact(self, contact_id: int, limit: int | None = None) -> list[Interaction]:
        ids = self.ids_for_contact(contact_id, limit=limit)
        found = self.many(ids)
        return [found[i] for i in ids if i in found]

    def count_for_contact(self, contact_id: int) -> int:
        return int(m.Interaction.select().join(m.Participant)
                   .where((m.Participant.contact == contact_id)
                          & m.Interaction.deleted_at.is_null()).count())

    def for_event(self, event_id: int) -> list[Interaction]:
        query = (m.Interaction.select(m.Interaction.id)
                 .where((m.Interaction.event == event_id) & m.Interaction.deleted_at.is_null())
                 .order_by(m.Interaction.occurred_at))
        ids = [r[0] for r in tuples(query)]
        found = self.many(ids)
        return [found[i] for i in ids if i in found]

    def save(self, interaction: Interaction) -> Interaction:
        """Insert or update an interaction and its participants (control characters
        removed from its text first)."""
        interaction = clean_record(interaction)
        participants = sorted(set(interaction.participant_ids))
        if not participants:
            raise StorageError("an interaction needs at least one participant")
        live = {r[0] for r in tuples(m.Contact.select(m.Contact.id).where(
            m.Contact.id.in_(participants) & m.Contact.deleted_at.is_null()))}
        missing = [p for p in participants if p not in live]
        if missing:
            raise NotFoundError(f"there is no contact #{missing[0]}")
        now = now_utc()
        fields = {
            "occurred_at": to_db(interaction.occurred_at),
            "channel": interaction.channel.value, "direction": interaction.direction.value,
            "goal": interaction.goal, "summary": interaction.summary,
            "learned": interaction.learned, "event": interaction.event_id,
            "awaiting_reply": interaction.awaiting_reply, "updated_at": now,
        }
        with self._db.atomic():
            if interaction.id is None:
                iid = m.Interaction.insert(created_at=now, **fields).execute()
            else:
                n = (m.Interaction.update(**fields)
                     .where((m.Interaction.id == interaction.id)
                            & m.Interaction.deleted_at.is_null()).execute())
                if not n:
                    raise NotFoundError(f"there is no interaction #{interaction.id}")
                iid = interaction.id
                m.Participant.delete().where(
                    (m.Participant.interaction == iid)
                    & m.Participant.contact.not_in(participants)).execute()
            for cid in participants:
                m.Participant.insert(interaction=iid, contact=cid).on_conflict_ignore().execute()
        return self.get(iid)

    def set_awaiting_reply(self, interaction_id: int, awaiting: bool) -> None:
        m.Interaction.update(awaiting_reply=awaiting, updated_at=now_utc()).where(
            m.Interaction.id == interaction_id).execute()

    def delete(self, interaction_id: int) -> None:
        """Move an interaction to the bin; :meth:`restore` undoes it."""
        n = (m.Interaction.update(deleted_at=now_utc())
             .where((m.Interaction.id == interaction_id)
                    & m.Interaction.deleted_at.is_null()).execute())
        if not n:
            raise NotFoundError(f"there is no interaction #{interaction_id}")

    def restore(self, interaction_id: int) -> Interaction:
        m.Interaction.update(deleted_at=None).where(
            m.Interaction.id == interaction_id).execute()
        return self.get(interaction_id)

    def ids_page(self, contact_id: int | None = None, *, offset: int = 0,
                 limit: int = 200) -> list[int]:
        """One page of :meth:`ids_for_contact` (newest first), for lazy timelines."""
        query = m.Interaction.select(m.Interaction.id).where(
            m.Interaction.deleted_at.is_null())
        if contact_id is not None:
            query = query.join(m.Participant).where(m.Participant.contact == contact_id)
        query = (query.order_by(m.Interaction.occurred_at.desc(), m.Interaction.id.desc())
                 .limit(limit).offset(offset))
        return [r[0] for r in tuples(query)]


def _event_value(row: m.Event) -> Event:
    return Event(id=row.id, name=row.name, starts_on=date_from_db(row.starts_on),
                 place=row.place, notes=row.notes)


class EventRepository:
    """Meetups, conferences and classes."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    def get(self, event_id: int) -> Event:
        row = m.Event.get_or_none(m.Event.id == event_id)
        if row is None:
            raise NotFoundError(f"there is no event #{event_id}")
        return _event_value(row)

    def all(self) -> list[Event]:
        return [_event_value(r) for r in
                m.Event.select().order_by(m.Event.starts_on.desc(nulls="LAST"), m.Event.name)]

    def find(self, name: str) -> list[Event]:
        """Events with this name, case-insensitive, newest first."""
        query = (m.Event.select().where(fn.lower(m.Event.name) == name.strip().lower())
                 .order_by(m.Event.starts_on.desc(nulls="LAST"), m.Event.id.desc()))
        return [_event_value(r) for r in query]

    def save(self, event: Event) -> Event:
        event = clean_record(event)
        name = event.name.strip()
        if not name:
            raise StorageError("an event needs a name")
        if (too_long := name_problem(name)) is not None:
            raise StorageError(too_long.replace("the name", "the event's name"))
        fields = {"name": name, "starts_on": event.starts_on, "place": event.place.strip(),
                  "notes": event.notes}
        if event.id is None:
            eid = m.Event.insert(created_at=now_utc(), **fields).execute()
        else:
            if not m.Event.update(**fields).where(m.Event.id == event.id).execute():
                raise NotFoundError(f"there is no event #{event.id}")
            eid = event.id
        return self.get(eid)

    def find_or_create(self, name: str, starts_on: dt.date | None = None,
                       place: str = "") -> Event:
        found = self.find(name)
        if starts_on is not None:
            found = [e for e in found if e.starts_on in (None, starts_on)]
        return found[0] if found else self.save(Event(name=name, starts_on=starts_on,
                                                      place=place))

    def contact_ids(self, event_id: int) -> list[int]:
        """Contacts met at the event: its interactions' participants and who was met there."""
        via_timeline = (m.Participant.select(m.Participant.contact)
                        .join(m.Interaction)
                        .where((m.Interaction.event == event_id)
                               & m.Interaction.deleted_at.is_null()))
        met_there = m.Contact.select(m.Contact.id).where(m.Contact.met_at_event == event_id)
        ids = {r[0] for r in tuples(via_timeline)} | {r[0] for r in tuples(met_there)}
        live = (m.Contact.select(m.Contact.id)
                .where(m.Contact.id.in_(list(ids)) & m.Contact.deleted_at.is_null())
                .order_by(m.Contact.name))
        return [r[0] for r in tuples(live)]
