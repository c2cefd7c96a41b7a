"""Introductions and connection requests: how people reach each other."""

from __future__ import annotations

from peewee import SqliteDatabase

from netjournal.domain.values import (
    ConnectionRequest,
    Introduction,
    IntroductionDirection,
    IntroductionOutcome,
    RequestDecision,
    RequestDirection,
)
from netjournal.storage import NotFoundError, StorageError
from netjournal.storage import models as m
from netjournal.storage.convert import date_from_db, from_db, now_utc, to_db


def _introduction(row: m.Introduction) -> Introduction:
    return Introduction(id=row.id, person_id=row.person_id, introducer_id=row.introducer_id,
                        to_contact_id=row.to_contact_id,
                        direction=IntroductionDirection(row.direction),
                        made_on=date_from_db(row.made_on), asked_first=bool(row.asked_first),
                        outcome=IntroductionOutcome(row.outcome), notes=row.notes,
                        created_at=from_db(row.created_at))


def _request(row: m.ConnectionRequest) -> ConnectionRequest:
    return ConnectionRequest(
        id=row.id, direction=RequestDirection(row.direction), name=row.name,
        network=row.network, profile_url=row.profile_url, message=row.message,
        mutual_connections=row.mutual_connections, has_photo=bool(row.has_photo),
        profile_filled=bool(row.profile_filled), received_on=date_from_db(row.received_on),
        decision=RequestDecision(row.decision), decided_at=from_db(row.decided_at),
        contact_id=row.contact_id, created_at=from_db(row.created_at))


class IntroductionRepository:
    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    def get(self, introduction_id: int) -> Introduction:
        row = m.Introduction.get_or_none(m.Introduction.id == introduction_id)
        if row is None:
            raise NotFoundError(f"there is no introduction #{introduction_id}")
        return _introduction(row)

    def involving(self, contact_id: int) -> list[Introduction]:
        """Introductions where the contact is the person, the introducer or the other side."""
        query = m.Introduction.select().where(
            (m.Introduction.person == contact_id) | (m.Introduction.introducer == contact_id)
            | (m.Introduction.to_contact == contact_id))
        return [_introduction(r) for r in
                query.order_by(m.Introduction.made_on.desc(nulls="LAST"),
                               m.Introduction.id.desc())]

    def save(self, intro: Introduction) -> Introduction:
        if intro.introducer_id is not None and intro.introducer_id == intro.person_id:
            raise StorageError("a contact cannot introduce themselves")
        fields = {"person": intro.person_id, "introducer": intro.introducer_id,
                  "to_contact": intro.to_contact_id, "direction": intro.direction.value,
                  "made_on": intro.made_on, "asked_first": intro.asked_first,
                  "outcome": intro.outcome.value, "notes": intro.notes}
        if intro.id is None:
            iid = m.Introduction.insert(created_at=now_utc(), **fields).execute()
        else:
            if not m.Introduction.update(**fields).where(
                    m.Introduction.id == intro.id).execute():
                raise NotFoundError(f"there is no introduction #{intro.id}")
            iid = intro.id
        return self.get(iid)

    def delete(self, introduction_id: int) -> None:
        m.Introduction.delete().where(m.Introduction.id == introduction_id).execute()


class RequestRepository:
    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    def get(self, request_id: int) -> ConnectionRequest:
        row = m.ConnectionRequest.get_or_none(m.ConnectionRequest.id == request_id)
        if row is None:
            raise NotFoundError(f"there is no connection request #{request_id}")
        return _request(row)

    def all(self, *, pending_only: bool = False,
            direction: RequestDirection | None = None) -> list[ConnectionRequest]:
        query = m.ConnectionRequest.select()
        if pending_only:
            query = query.where(m.ConnectionRequest.decision == RequestDecision.PENDING.value)
        if direction is not None:
            query = query.where(m.ConnectionRequest.direction == direction.value)
        return [_request(r) for r in
                query.order_by(m.ConnectionRequest.received_on.desc(nulls="LAST"),
                               m.ConnectionRequest.id.desc())]

    def save(self, request: ConnectionRequest) -> ConnectionRequest:
        name = request.name.strip()
        if not name:
            raise StorageError("a connection request needs a name")
        fields = {"direction": request.direction.value, "name": name,
                  "network": request.network.strip(), "profile_url": request.profile_url.strip(),
                  "message": request.message, "mutual_connections": request.mutual_connections,
                  "has_photo": request.has_photo, "profile_filled": request.profile_filled,
                  "received_on": request.received_on, "decision": request.decision.value,
                  "decided_at": to_db(request.decided_at), "contact": request.contact_id}
        if request.id is None:
            rid = m.ConnectionRequest.insert(created_at=now_utc(), **fields).execute()
        else:
            if not m.ConnectionRequest.update(**fields).where(
                    m.ConnectionRequest.id == request.id).execute():
                raise NotFoundError(f"there is no connection request #{request.id}")
            rid = request.id
        return self.get(rid)
