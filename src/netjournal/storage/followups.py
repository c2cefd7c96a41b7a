"""Follow-ups: what is due, for whom, and why."""

from __future__ import annotations

import datetime as dt

from peewee import SqliteDatabase

from netjournal.domain.values import FollowUp, FollowUpKind, FollowUpStatus
from netjournal.storage import NotFoundError
from netjournal.storage import models as m
from netjournal.storage.convert import date_from_db, from_db, now_utc

OPEN_STATUSES = (FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value)


def _to_value(row: m.FollowUp) -> FollowUp:
    due = date_from_db(row.due_on)
    assert due is not None
    return FollowUp(id=row.id, contact_id=row.contact_id, due_on=due,
                    kind=FollowUpKind(row.kind), reason=row.reason,
                    status=FollowUpStatus(row.status), attempt=row.attempt,
                    origin_interaction_id=row.origin_interaction_id,
                    created_at=from_db(row.created_at), closed_at=from_db(row.closed_at))


class FollowUpRepository:
    """Follow-ups of live contacts."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    def _live(self):  # type: ignore[no-untyped-def]
        return (m.FollowUp.select(m.FollowUp).join(m.Contact)
                .where(m.Contact.deleted_at.is_null()))

    def get(self, follow_up_id: int) -> FollowUp:
        row = m.FollowUp.get_or_none(m.FollowUp.id == follow_up_id)
        if row is None:
            raise NotFoundError(f"there is no follow-up #{follow_up_id}")
        return _to_value(row)

    def open(self, *, due_by: dt.date | None = None) -> list[FollowUp]:
        """Open (and snoozed) follow-ups of live contacts, soonest first."""
        query = self._live().where(m.FollowUp.status.in_(OPEN_STATUSES))
        if due_by is not None:
            query = query.where(m.FollowUp.due_on <= due_by)
        return [_to_value(r) for r in query.order_by(m.FollowUp.due_on, m.FollowUp.id)]

    def for_contact(self, contact_id: int, *, open_only: bool = False) -> list[FollowUp]:
        query = m.FollowUp.select().where(m.FollowUp.contact == contact_id)
        if open_only:
            query = query.where(m.FollowUp.status.in_(OPEN_STATUSES))
        return [_to_value(r) for r in query.order_by(m.FollowUp.due_on, m.FollowUp.id)]

    def chain(self, origin_interaction_id: int) -> list[FollowUp]:
        """Every follow-up of one outreach chain, by attempt."""
        query = (m.FollowUp.select()
                 .where(m.FollowUp.origin_interaction == origin_interaction_id)
                 .order_by(m.FollowUp.attempt, m.FollowUp.id))
        return [_to_value(r) for r in query]

    def save(self, follow_up: FollowUp) -> FollowUp:
        fields = {"contact": follow_up.contact_id, "due_on": follow_up.due_on,
                  "kind": follow_up.kind.value, "reason": follow_up.reason,
                  "status": follow_up.status.value, "attempt": follow_up.attempt,
                  "origin_interaction": follow_up.origin_interaction_id,
                  "closed_at": follow_up.closed_at}
        if follow_up.id is None:
            fid = m.FollowUp.insert(created_at=now_utc(), **fields).execute()
        else:
            if not m.FollowUp.update(**fields).where(m.FollowUp.id == follow_up.id).execute():
                raise NotFoundError(f"there is no follow-up #{follow_up.id}")
            fid = follow_up.id
        return self.get(fid)

    def close(self, follow_up_id: int, status: FollowUpStatus) -> FollowUp:
        """Mark done or let go."""
        m.FollowUp.update(status=status.value, closed_at=now_utc()).where(
            m.FollowUp.id == follow_up_id).execute()
        return self.get(follow_up_id)

    def snooze(self, follow_up_id: int, until: dt.date) -> FollowUp:
        m.FollowUp.update(status=FollowUpStatus.SNOOZED.value, due_on=until).where(
            m.FollowUp.id == follow_up_id).execute()
        return self.get(follow_up_id)

    def contacts_with_due(self, today: dt.date) -> set[int]:
        query = (m.FollowUp.select(m.FollowUp.contact).distinct()
                 .where(m.FollowUp.status.in_(OPEN_STATUSES) & (m.FollowUp.due_on <= today)))
        return {r[0] for r in query.tuples()}
