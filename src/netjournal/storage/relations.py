"""Introductions and connection requests: how people reach each other."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from peewee import SqliteDatabase

from netjournal.domain import details as detail_rules
from netjournal.domain import introductions as intro_rules
from netjournal.domain.hygiene import clean_record
from netjournal.domain.values import (
    ConnectionRequest,
    Contact,
    Detail,
    DetailKind,
    Introduction,
    IntroductionDirection,
    IntroductionOutcome,
    RequestDecision,
    RequestDirection,
)
from netjournal.storage import NotFoundError, StorageError
from netjournal.storage import models as m
from netjournal.storage.contacts import ContactRepository
from netjournal.storage.convert import date_from_db, from_db, now_utc, to_db
from netjournal.storage.sql import tuples

# What each introduction problem means, for the message of the StorageError.
_PROBLEMS = {
    intro_rules.Problem.NO_PERSON: "an introduction needs the person introduced",
    intro_rules.Problem.SELF_INTRODUCER: "a contact cannot introduce themselves",
    intro_rules.Problem.SAME_PEOPLE: "an introduction needs two different people",
    intro_rules.Problem.NEEDS_INTRODUCER: "say who introduced you (or whom you asked)",
    intro_rules.Problem.NEEDS_OTHER: "say whom you introduced them to",
}


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
        intro = clean_record(intro)  # no control character gets stored
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

    def ids(self) -> list[int]:
        """Every introduction, newest first (the list the inbox shows)."""
        query = (m.Introduction.select(m.Introduction.id)
                 .order_by(m.Introduction.made_on.desc(nulls="LAST"),
                           m.Introduction.id.desc()))
        return [r[0] for r in tuples(query)]

    def many(self, ids: Sequence[int]) -> dict[int, Introduction]:
        """The introductions with these ids, by id (missing ones are left out)."""
        if not ids:
            return {}
        rows = m.Introduction.select().where(m.Introduction.id.in_(list(ids)))
        return {r.id: _introduction(r) for r in rows}

    def record(self, intro: Introduction) -> Introduction:
        """Save an introduction after checking it makes sense, in one transaction.

        An introduction of a contact to me also fills the contact's "introduced by"
        field when it is empty, so the card and the path agree.
        """
        problem = intro_rules.check(intro)
        if problem is not None:
            raise StorageError(_PROBLEMS[problem])
        ids = {i for i in (intro.person_id, intro.introducer_id, intro.to_contact_id) if i}
        live = {r[0] for r in tuples(m.Contact.select(m.Contact.id).where(
            m.Contact.id.in_(list(ids)) & m.Contact.deleted_at.is_null()))}
        if ids - live:
            raise NotFoundError(f"there is no contact #{min(ids - live)}")
        with self._db.atomic():
            saved = self.save(intro)
            if (saved.direction == IntroductionDirection.RECEIVED
                    and saved.to_contact_id is None and saved.introducer_id is not None):
                (m.Contact.update(introduced_by=saved.introducer_id, updated_at=now_utc())
                 .where((m.Contact.id == saved.person_id)
                        & m.Contact.introduced_by.is_null()).execute())
        return saved

    def know_each_other(self, a: int, b: int) -> bool:
        """Whether the journal links two contacts: a shared interaction, or an introduction.

        "Introduction" covers the card's "introduced by" field both ways and any
        introduction row with both of them in it.
        """
        if a == b:
            return True
        p1, p2 = m.Participant.alias(), m.Participant.alias()
        shared = (p1.select(p1.interaction).join(p2, on=(p1.interaction == p2.interaction))
                  .switch(p1).join(m.Interaction, on=(p1.interaction == m.Interaction.id))
                  .where((p1.contact == a) & (p2.contact == b)
                         & m.Interaction.deleted_at.is_null()))
        if shared.exists():
            return True
        card = m.Contact.select().where(
            ((m.Contact.id == a) & (m.Contact.introduced_by == b))
            | ((m.Contact.id == b) & (m.Contact.introduced_by == a)))
        if card.exists():
            return True
        for intro in self.involving(a):
            if b in (intro.person_id, intro.introducer_id, intro.to_contact_id):
                return True
        return False


class RequestView(StrEnum):
    """Which requests a list shows."""

    PENDING = "pending"
    DECIDED = "decided"  # accepted, declined or ignored: the history
    ALL = "all"  # pending first, then the history
    SENT = "sent"  # the requests I sent (outgoing), whatever became of them


@dataclass(frozen=True)
class AcceptResult:
    """What accepting a request did."""

    request: ConnectionRequest
    contact: Contact
    created: bool  # a new contact (else an existing one was linked)


class RequestRepository:
    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db
        self._contacts = ContactRepository(db)

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
        request = clean_record(request)  # no control character gets stored
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

    def ids(self, view: RequestView = RequestView.ALL,
            direction: RequestDirection | None = RequestDirection.INCOMING) -> list[int]:
        """Request ids for a list: pending first, then newest received first.

        The ``SENT`` view lists outgoing requests whatever ``direction`` says.
        """
        query = m.ConnectionRequest.select(m.ConnectionRequest.id)
        pending = m.ConnectionRequest.decision == RequestDecision.PENDING.value
        if view == RequestView.SENT:
            direction = RequestDirection.OUTGOING
        elif view == RequestView.PENDING:
            query = query.where(pending)
        elif view == RequestView.DECIDED:
            query = query.where(~pending)
        if direction is not None:
            query = query.where(m.ConnectionRequest.direction == direction.value)
        query = query.order_by(
            (m.ConnectionRequest.decision != RequestDecision.PENDING.value),
            m.ConnectionRequest.received_on.desc(nulls="LAST"),
            m.ConnectionRequest.id.desc())
        return [r[0] for r in tuples(query)]

    def many(self, ids: Sequence[int]) -> dict[int, ConnectionRequest]:
        """The requests with these ids, by id (missing ones are left out)."""
        if not ids:
            return {}
        rows = m.ConnectionRequest.select().where(m.ConnectionRequest.id.in_(list(ids)))
        return {r.id: _request(r) for r in rows}

    def count(self, view: RequestView = RequestView.PENDING,
              direction: RequestDirection | None = RequestDirection.INCOMING) -> int:
        return len(self.ids(view, direction))

    def for_contact(self, contact_id: int) -> list[ConnectionRequest]:
        """Requests linked to a contact (accepted incoming ones, outgoing ones), newest first."""
        query = (m.ConnectionRequest.select()
                 .where(m.ConnectionRequest.contact == contact_id)
                 .order_by(m.ConnectionRequest.created_at.desc(), m.ConnectionRequest.id.desc()))
        return [_request(r) for r in query]

    def find_contact(self, request: ConnectionRequest) -> int | None:
        """The live contact a request is from: same profile URL, else the only one by name."""
        if request.contact_id is not None and self._contacts.exists(request.contact_id):
            return request.contact_id
        if request.profile_url.strip():
            found = self._contacts.find_by_detail(DetailKind.LINK, request.profile_url)
            if found:
                return min(found)
        by_name = self._contacts.find_by_name(request.name)
        if len(by_name) != 1:
            return None
        if request.profile_url.strip() and self._has_other_profile(by_name[0], request):
            return None  # a namesake: their card already links another profile there
        return by_name[0]

    def _has_other_profile(self, contact_id: int, request: ConnectionRequest) -> bool:
        """Whether the contact links a different profile on the request's site."""
        wanted = detail_rules.normalize_link(request.profile_url)
        site = wanted.split("/", 1)[0]
        for detail in self._contacts.get(contact_id).details_of(DetailKind.LINK):
            theirs = detail_rules.normalize_link(detail.value)
            if theirs.split("/", 1)[0] == site and theirs != wanted:
                return True
        return False

    def accept(self, request_id: int, *, how_met: str | None = None,
               contact_id: int | None = None) -> AcceptResult:
        """Accept an incoming request: create or link the contact, in one transaction.

        Args:
            request_id: the request.
            how_met: what the card says under "how we met"; default the request's
                message. An existing contact keeps a "how we met" it already has.
            contact_id: link to this contact instead of looking for a match.

        The profile URL becomes a link detail of the contact (labelled with the network),
        and a new contact's "met on" is the day the request came.
        """
        with self._db.atomic():
            request = self.get(request_id)
            if request.direction != RequestDirection.INCOMING:
                raise StorageError("only an incoming request can be accepted")
            how = request.message.strip() if how_met is None else how_met.strip()
            links: tuple[Detail, ...] = ()
            if request.profile_url.strip():
                links = (Detail(DetailKind.LINK, request.profile_url.strip(),
                                label=request.network.strip().lower()),)
            if contact_id is not None and not self._contacts.exists(contact_id):
                raise NotFoundError(f"there is no contact #{contact_id}")
            cid = contact_id if contact_id is not None else self.find_contact(request)
            if cid is None:
                contact = self._contacts.save(Contact(
                    name=request.name, how_met=how, met_on=request.received_on,
                    details=links))
                created = True
            else:
                contact = self._contacts.get(cid)
                if not contact.how_met.strip() and how:
                    contact = self._contacts.save(dataclasses.replace(
                        contact, how_met=how, met_on=contact.met_on or request.received_on))
                if links and self._contacts.add_details(cid, links):
                    contact = self._contacts.get(cid)
                created = False
            assert contact.id is not None
            saved = self.save(dataclasses.replace(
                request, decision=RequestDecision.ACCEPTED, decided_at=now_utc(),
                contact_id=contact.id))
        return AcceptResult(request=saved, contact=contact, created=created)

    def decide(self, request_id: int, decision: RequestDecision) -> ConnectionRequest:
        """Decline, ignore, or put back to pending (the contact link stays as it was)."""
        if decision == RequestDecision.ACCEPTED:
            raise StorageError("accepting a request goes through accept()")
        with self._db.atomic():
            request = self.get(request_id)
            decided_at = None if decision == RequestDecision.PENDING else now_utc()
            return self.save(dataclasses.replace(request, decision=decision,
                                                 decided_at=decided_at))

    def delete(self, request_id: int) -> None:
        """Remove a request logged by mistake (decisions are kept: use :meth:`decide`)."""
        if not m.ConnectionRequest.delete().where(
                m.ConnectionRequest.id == request_id).execute():
            raise NotFoundError(f"there is no connection request #{request_id}")
