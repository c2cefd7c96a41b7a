"""Contacts, their details and tags."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from peewee import SqliteDatabase, fn

from netjournal.domain import details as detail_rules
from netjournal.domain.hygiene import clean_record, name_problem
from netjournal.domain.values import Contact, ContactSummary, Detail, DetailKind, TieStrength
from netjournal.storage import NotFoundError, StorageError
from netjournal.storage import models as m
from netjournal.storage.convert import date_from_db, from_db, now_utc
from netjournal.storage.sql import fetch_all, tuples

# Columns a list row needs: never the photo.
_SUMMARY_SQL = ("SELECT id, name, company, title, tie_strength, cadence_days,"
                " last_interaction_at, created_at FROM contact"
                " WHERE id IN ({marks}) AND deleted_at IS NULL")
_SUMMARY_TAGS_SQL = ("SELECT ct.contact_id, t.name FROM contact_tag ct"
                     " JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id IN ({marks})"
                     " ORDER BY t.name")


def _to_value(row: m.Contact, details: Sequence[m.ContactDetail],
              tags: Sequence[str]) -> Contact:
    return Contact(
        id=row.id, name=row.name, company=row.company, title=row.title,
        photo=bytes(row.photo) if row.photo is not None else None,
        how_met=row.how_met, met_on=date_from_db(row.met_on),
        met_at_event_id=row.met_at_event_id, introduced_by_id=row.introduced_by_id,
        tie_strength=TieStrength(row.tie_strength), cadence_days=row.cadence_days,
        interests=row.interests, family=row.family, remember=row.remember,
        notes=row.notes, birthday=date_from_db(row.birthday),
        details=tuple(Detail(kind=DetailKind(d.kind), value=d.value, label=d.label, id=d.id)
                      for d in details),
        tags=tuple(tags),
        last_interaction_at=from_db(row.last_interaction_at),
        created_at=from_db(row.created_at), updated_at=from_db(row.updated_at),
    )


class StaleEditError(StorageError):
    """The card was changed by someone else since it was read: saving it would overwrite
    their change. ``changed_at`` (aware UTC) is when; ``stored`` the card as it is now."""

    def __init__(self, stored: Contact) -> None:
        when = stored.updated_at
        super().__init__(f"{stored.name} was changed by someone else at "
                         f"{when.astimezone():%H:%M} (after you opened the card): reload "
                         "it, or save yours over it" if when else
                         f"{stored.name} was changed by someone else")
        self.stored = stored
        self.changed_at = when


def clean_tag(name: str) -> str:
    """Tags are stored without the leading ``#`` and surrounding space, in lower case."""
    return " ".join(name.strip().lstrip("#").split()).lower()


class ContactRepository:
    """Contacts: read and write whole cards."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    # reading ---------------------------------------------------------------------------

    def get(self, contact_id: int, *, include_deleted: bool = False) -> Contact:
        query = m.Contact.select().where(m.Contact.id == contact_id)
        if not include_deleted:
            query = query.where(m.Contact.deleted_at.is_null())
        row = query.first()
        if row is None:
            raise NotFoundError(f"there is no contact #{contact_id}")
        details = list(m.ContactDetail.select()
                       .where(m.ContactDetail.contact == contact_id)
                       .order_by(m.ContactDetail.position, m.ContactDetail.id))
        return _to_value(row, details, self.tags_of(contact_id))

    def exists(self, contact_id: int) -> bool:
        return (m.Contact.select().where((m.Contact.id == contact_id)
                                         & m.Contact.deleted_at.is_null()).exists())

    def count(self) -> int:
        return int(m.Contact.select().where(m.Contact.deleted_at.is_null()).count())

    def any(self) -> bool:
        """Whether the journal has a (live) contact: a look at one row, where
        :meth:`count` reads them all."""
        return bool(m.Contact.select().where(m.Contact.deleted_at.is_null()).exists())

    def tags_of(self, contact_id: int) -> list[str]:
        query = (m.Tag.select(m.Tag.name).join(m.ContactTag)
                 .where(m.ContactTag.contact == contact_id).order_by(m.Tag.name))
        return [t.name for t in query]

    def summaries(self, ids: Sequence[int], *,
                  with_tags: bool = True) -> dict[int, ContactSummary]:
        """List rows for ``ids`` (deleted contacts are left out), by id; without their
        tags (one query fewer) when ``with_tags`` is False.

        The contact list calls this for every block of rows it draws, on every keystroke
        of a search, so it is plain SQL: building the same peewee query each time cost
        about a millisecond of a 16 ms frame.
        """
        if not ids:
            return {}
        wanted = list(ids)
        marks = ", ".join("?" * len(wanted))
        tags: dict[int, list[str]] = {}
        if with_tags:
            for cid, name in fetch_all(self._db, _SUMMARY_TAGS_SQL.format(marks=marks),
                                       wanted):
                tags.setdefault(cid, []).append(name)
        return {
            r[0]: ContactSummary(
                id=r[0], name=r[1], company=r[2], title=r[3], tie_strength=TieStrength(r[4]),
                cadence_days=r[5], last_interaction_at=from_db(r[6]),
                created_at=from_db(r[7]) or now_utc(), tags=tuple(tags.get(r[0], ())))
            for r in fetch_all(self._db, _SUMMARY_SQL.format(marks=marks), wanted)
        }

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag in use with the number of (live) contacts carrying it."""
        query = (m.Tag.select(m.Tag.name, fn.COUNT(m.Contact.id))
                 .join(m.ContactTag).join(m.Contact)
                 .where(m.Contact.deleted_at.is_null())
                 .group_by(m.Tag.id).order_by(m.Tag.name))
        return [(name, int(n)) for name, n in tuples(query)]

    def tag_names(self) -> list[str]:
        """Every tag name, for completion (cheap: no counting)."""
        return [t.name for t in m.Tag.select(m.Tag.name).order_by(m.Tag.name)]

    def find_by_detail(self, kind: DetailKind, value: str) -> list[int]:
        """Live contacts that have this detail, compared in normalised form."""
        norm = detail_rules.normalize(kind, value)
        if not norm:
            return []
        query = (m.ContactDetail.select(m.ContactDetail.contact).distinct()
                 .join(m.Contact)
                 .where((m.ContactDetail.kind == kind.value)
                        & (m.ContactDetail.normalized == norm)
                        & m.Contact.deleted_at.is_null()))
        return [r[0] for r in tuples(query)]

    def find_by_name(self, name: str, company: str | None = None) -> list[int]:
        """Live contacts with exactly this name (case-insensitive), and company if given."""
        query = m.Contact.select(m.Contact.id).where(
            (fn.lower(m.Contact.name) == name.strip().lower()) & m.Contact.deleted_at.is_null())
        if company is not None:
            query = query.where(fn.lower(m.Contact.company) == company.strip().lower())
        return [r[0] for r in tuples(query.order_by(m.Contact.id))]

    # writing ---------------------------------------------------------------------------

    def save(self, contact: Contact, *, read_at: dt.datetime | None = None) -> Contact:
        """Insert (``id`` None) or update a whole card: fields, details and tags.

        ``read_at``: the ``updated_at`` of the card as the editor read it. When the stored
        card was changed since (by another window, another computer, a command),
        :class:`StaleEditError` is raised and nothing is written; None saves regardless
        (the editor chose to keep its version). Two saves never leave one stamp, even
        within a second (schema step 0016 moves it on).

        Control characters are removed first (:func:`~netjournal.domain.hygiene.clean_record`);
        a name over :data:`~netjournal.domain.hygiene.MAX_NAME` characters is refused.
        """
        contact = clean_record(contact)
        name = contact.name.strip()
        if not name:
            raise StorageError("a contact needs a name")
        if (too_long := name_problem(name)) is not None:
            raise StorageError(too_long)
        if contact.tie_strength == TieStrength.DORMANT:
            raise StorageError("dormant is derived from the timeline; it cannot be stored")
        now = now_utc()
        fields = {
            "name": name, "company": contact.company.strip(), "title": contact.title.strip(),
            "photo": contact.photo, "how_met": contact.how_met, "met_on": contact.met_on,
            "met_at_event": contact.met_at_event_id,
            "introduced_by": contact.introduced_by_id,
            "tie_strength": contact.tie_strength.value, "cadence_days": contact.cadence_days,
            "interests": contact.interests, "family": contact.family,
            "remember": contact.remember, "notes": contact.notes,
            "birthday": contact.birthday, "updated_at": now,
        }
        with self._db.atomic():
            if contact.id is None:
                contact_id = m.Contact.insert(created_at=now, **fields).execute()
            else:
                if contact.introduced_by_id == contact.id:
                    raise StorageError("a contact cannot have introduced themselves")
                if read_at is not None:
                    self._refuse_stale(contact.id, read_at)
                updated = (m.Contact.update(**fields)
                           .where((m.Contact.id == contact.id)
                                  & m.Contact.deleted_at.is_null()).execute())
                if not updated:
                    raise NotFoundError(f"there is no contact #{contact.id}")
                contact_id = contact.id
            self._replace_details(contact_id, contact.details)
            self.set_tags(contact_id, contact.tags)
        return self.get(contact_id)

    def _refuse_stale(self, contact_id: int, read_at: dt.datetime) -> None:
        """Raise :class:`StaleEditError` if the stored card changed after ``read_at``.

        A no-op update first takes the row's lock (the server's row lock, SQLite's write
        lock), so no other save slips in between this look and the write that follows. It
        sets the id, not the stamp: a stamp written unchanged is moved on (step 0016).
        """
        m.Contact.update(id=m.Contact.id).where(m.Contact.id == contact_id).execute()
        stored = (m.Contact.select(m.Contact.updated_at)
                  .where((m.Contact.id == contact_id) & m.Contact.deleted_at.is_null())
                  .tuples().first())
        if stored is None:
            raise NotFoundError(f"there is no contact #{contact_id}")
        changed = from_db(stored[0])
        if changed is not None and changed != read_at.astimezone(dt.UTC).replace(
                microsecond=0):
            raise StaleEditError(self.get(contact_id))

    def create(self, name: str, **fields: object) -> Contact:
        """Shorthand: save a new contact built from keyword fields."""
        return self.save(dataclasses.replace(Contact(name=name), **fields))  # type: ignore[arg-type]

    def _replace_details(self, contact_id: int, details: Iterable[Detail]) -> None:
        m.ContactDetail.delete().where(m.ContactDetail.contact == contact_id).execute()
        rows = []
        for pos, d in enumerate(details):
            value = d.value.strip()
            if not value:
                continue
            rows.append({"contact": contact_id, "kind": d.kind.value, "label": d.label.strip(),
                         "value": value, "normalized": detail_rules.normalize(d.kind, value),
                         "position": pos})
        if rows:
            m.ContactDetail.insert_many(rows).execute()

    def add_details(self, contact_id: int, details: Iterable[Detail]) -> int:
        """Add details the contact does not have yet (by normalised form); return how many."""
        existing = {(k, n) for k, n in tuples(m.ContactDetail.select(
            m.ContactDetail.kind, m.ContactDetail.normalized)
            .where(m.ContactDetail.contact == contact_id))}
        start = m.ContactDetail.select(fn.COALESCE(fn.MAX(m.ContactDetail.position), -1)).where(
            m.ContactDetail.contact == contact_id).scalar() + 1
        rows: list[dict[str, object]] = []
        for d in details:
            value = d.value.strip()
            norm = detail_rules.normalize(d.kind, value)
            if not value or (d.kind.value, norm) in existing:
                continue
            existing.add((d.kind.value, norm))
            rows.append({"contact": contact_id, "kind": d.kind.value, "label": d.label.strip(),
                         "value": value, "normalized": norm, "position": start + len(rows)})
        if rows:
            with self._db.atomic():
                m.ContactDetail.insert_many(rows).execute()
                self._touch(contact_id)
        return len(rows)

    def set_tags(self, contact_id: int, tags: Iterable[str]) -> None:
        names = sorted({clean_tag(t) for t in tags} - {""})
        with self._db.atomic():
            m.ContactTag.delete().where(m.ContactTag.contact == contact_id).execute()
            for tag_id in self._tag_ids(names):
                m.ContactTag.insert(contact=contact_id, tag=tag_id).execute()

    def add_tags(self, contact_id: int, tags: Iterable[str]) -> None:
        current = set(self.tags_of(contact_id))
        new = {clean_tag(t) for t in tags} - current - {""}
        if new:
            with self._db.atomic():
                for tag_id in self._tag_ids(sorted(new)):
                    m.ContactTag.insert(contact=contact_id, tag=tag_id).execute()
                self._touch(contact_id)

    def _tag_ids(self, names: Sequence[str]) -> list[int]:
        ids = []
        for name in names:
            m.Tag.insert(name=name).on_conflict_ignore().execute()
            ids.append(m.Tag.get(m.Tag.name == name).id)
        return ids

    def _touch(self, contact_id: int) -> None:
        m.Contact.update(updated_at=now_utc()).where(m.Contact.id == contact_id).execute()

    def delete(self, contact_id: int) -> None:
        """Move a contact to the bin; :meth:`restore` undoes it."""
        n = (m.Contact.update(deleted_at=now_utc())
             .where((m.Contact.id == contact_id) & m.Contact.deleted_at.is_null()).execute())
        if not n:
            raise NotFoundError(f"there is no contact #{contact_id}")

    def restore(self, contact_id: int) -> Contact:
        """Bring a contact back from the bin or the archive."""
        m.Contact.update(deleted_at=None, archived_at=None).where(
            m.Contact.id == contact_id).execute()
        return self.get(contact_id)

    def purge_deleted(self) -> int:
        """Delete for good what is in the bin (not the archive); return how many went."""
        return int(m.Contact.delete().where(m.Contact.deleted_at.is_null(False)
                                            & m.Contact.archived_at.is_null()).execute())


__all__ = ["ContactRepository", "clean_tag"]
