"""What I can offer and the favours exchanged: the reciprocity ledger."""

from __future__ import annotations

from peewee import SqliteDatabase

from netjournal.domain.hygiene import clean_record
from netjournal.domain.reciprocity import Balance, balance
from netjournal.domain.values import (
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    Offer,
    OfferStatus,
)
from netjournal.storage import NotFoundError, StorageError
from netjournal.storage import models as m
from netjournal.storage.convert import date_from_db, from_db, now_utc


def _offer(row: m.Offer) -> Offer:
    return Offer(id=row.id, contact_id=row.contact_id, text=row.text,
                 status=OfferStatus(row.status), created_at=from_db(row.created_at),
                 updated_at=from_db(row.updated_at))


def _exchange(row: m.Exchange) -> Exchange:
    return Exchange(id=row.id, contact_id=row.contact_id,
                    direction=ExchangeDirection(row.direction), kind=ExchangeKind(row.kind),
                    description=row.description, occurred_on=date_from_db(row.occurred_on),
                    status=ExchangeStatus(row.status), created_at=from_db(row.created_at))


class OfferRepository:
    """"What can I offer" notes."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    def for_contact(self, contact_id: int) -> list[Offer]:
        return [_offer(r) for r in m.Offer.select().where(m.Offer.contact == contact_id)
                .order_by(m.Offer.created_at.desc(), m.Offer.id.desc())]

    def get(self, offer_id: int) -> Offer:
        row = m.Offer.get_or_none(m.Offer.id == offer_id)
        if row is None:
            raise NotFoundError(f"there is no offer #{offer_id}")
        return _offer(row)

    def save(self, offer: Offer) -> Offer:
        offer = clean_record(offer)  # no control character gets stored
        text = offer.text.strip()
        if not text:
            raise StorageError("an offer needs some text")
        now = now_utc()
        fields = {"contact": offer.contact_id, "text": text, "status": offer.status.value,
                  "updated_at": now}
        if offer.id is None:
            oid = m.Offer.insert(created_at=now, **fields).execute()
        else:
            if not m.Offer.update(**fields).where(m.Offer.id == offer.id).execute():
                raise NotFoundError(f"there is no offer #{offer.id}")
            oid = offer.id
        return self.get(oid)

    def delete(self, offer_id: int) -> Offer:
        """Delete an offer and return it, so the caller can save it again to undo."""
        offer = self.get(offer_id)
        m.Offer.delete().where(m.Offer.id == offer_id).execute()
        return offer


class ExchangeRepository:
    """Favours given and received."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    def for_contact(self, contact_id: int) -> list[Exchange]:
        return [_exchange(r) for r in
                m.Exchange.select().where(m.Exchange.contact == contact_id)
                .order_by(m.Exchange.occurred_on.desc(nulls="LAST"), m.Exchange.id.desc())]

    def get(self, exchange_id: int) -> Exchange:
        row = m.Exchange.get_or_none(m.Exchange.id == exchange_id)
        if row is None:
            raise NotFoundError(f"there is no exchange #{exchange_id}")
        return _exchange(row)

    def save(self, exchange: Exchange) -> Exchange:
        exchange = clean_record(exchange)  # no control character gets stored
        fields = {"contact": exchange.contact_id, "direction": exchange.direction.value,
                  "kind": exchange.kind.value, "description": exchange.description.strip(),
                  "occurred_on": exchange.occurred_on, "status": exchange.status.value}
        if exchange.id is None:
            eid = m.Exchange.insert(created_at=now_utc(), **fields).execute()
        else:
            if not m.Exchange.update(**fields).where(m.Exchange.id == exchange.id).execute():
                raise NotFoundError(f"there is no exchange #{exchange.id}")
            eid = exchange.id
        return self.get(eid)

    def delete(self, exchange_id: int) -> Exchange:
        exchange = self.get(exchange_id)
        m.Exchange.delete().where(m.Exchange.id == exchange_id).execute()
        return exchange

    def balance(self, contact_id: int) -> Balance:
        return balance(self.for_contact(contact_id))
