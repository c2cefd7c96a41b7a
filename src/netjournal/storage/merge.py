"""Duplicate contacts: the candidates the rule looks at, and merging two into one.

:meth:`MergeRepository.duplicate_groups` reads every live contact's name, company and
identifying details in two queries and hands them to
:func:`netjournal.domain.duplicates.find_groups`.

:meth:`MergeRepository.merge` makes the second contact part of the first in one
transaction: the first gets the merged card, everything that pointed at the second
(timeline, offers, favours, follow-ups, introductions, connection requests, and any
other table with a foreign key to ``contact``) points at the first, and the second goes
to the bin with its own card, details and tags intact. The returned
:class:`MergeRecord` says what moved, so :meth:`MergeRepository.unmerge` can put it all
back (the app's undo).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from peewee import SqliteDatabase

from netjournal.domain.duplicates import Candidate, Group, find_groups
from netjournal.domain.values import Contact
from netjournal.storage import NotFoundError, StorageError
from netjournal.storage import models as m
from netjournal.storage.contacts import ContactRepository
from netjournal.storage.convert import now_utc
from netjournal.storage.dialect import update_or_ignore
from netjournal.storage.sql import execute, fetch_all

_NAMES_SQL = ("SELECT id, name, company FROM contact WHERE deleted_at IS NULL"
              " AND id NOT IN (SELECT contact_id FROM contact_detail"
              " WHERE kind IN ('email', 'phone', 'link') AND normalized != '')")
_DETAILS_SQL = ("SELECT c.id, c.name, c.company,"
                " group_concat(CASE d.kind WHEN 'email' THEN d.normalized END, '\n'),"
                " group_concat(CASE d.kind WHEN 'phone' THEN d.normalized END, '\n'),"
                " group_concat(CASE d.kind WHEN 'link' THEN d.normalized END, '\n')"
                " FROM contact_detail d JOIN contact c ON c.id = d.contact_id"
                " WHERE c.deleted_at IS NULL AND d.kind IN ('email', 'phone', 'link')"
                " AND d.normalized != '' GROUP BY c.id")  # c's own key: both engines
_LAST_SQL = ("UPDATE contact SET last_interaction_at = (SELECT max(i.occurred_at)"
             " FROM participant p JOIN interaction i ON i.id = p.interaction_id"
             " WHERE p.contact_id = contact.id AND i.deleted_at IS NULL) WHERE id IN (?, ?)")

# Links of the card itself: the chosen card replaces the first's, the second keeps its
# own in the bin. Participants are moved by hand (a shared interaction keeps one row).
_NOT_MOVED = {("contact_detail", "contact_id"), ("contact_tag", "contact_id"),
              ("participant", "contact_id")}
_INTRO_SELF = ("introducer_id", "to_contact_id")


Key = int | str
"""The value of the column that names a row among those of one contact (its ``id``; an
interaction's id for a participant; a card's UID for its sync state)."""


@dataclass(frozen=True)
class Moved:
    """Rows of ``table`` whose ``column`` was turned from the second contact to the first,
    named by their ``key_column``."""

    table: str
    column: str
    keys: tuple[Key, ...]
    key_column: str = "id"


@dataclass(frozen=True)
class Cleared:
    """A link emptied because it would have pointed a contact at themselves."""

    table: str
    column: str
    rowid: int
    value: int


@dataclass(frozen=True)
class MergeRecord:
    """What :meth:`MergeRepository.merge` did, enough to undo it."""

    kept_id: int
    gone_id: int
    before: Contact  # the kept card as it was
    moved: tuple[Moved, ...] = ()
    shared: tuple[int, ...] = ()  # interactions both were in: the second's row removed
    cleared: tuple[Cleared, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)  # rows moved per table

    @property
    def interactions(self) -> int:
        """Timeline entries the kept contact gained."""
        return self.counts.get("participant", 0)


class MergeRepository:
    """Finding and merging duplicate contacts."""

    def __init__(self, db: SqliteDatabase, contacts: ContactRepository) -> None:
        self._db = db
        self._contacts = contacts

    def candidates(self) -> list[Candidate]:
        """Every live contact as the duplicate rule sees it (two queries: the contacts
        with identifying details, each with its details on one row, and the others)."""
        empty: frozenset[str] = frozenset()

        def split(text: str | None) -> frozenset[str]:
            return frozenset(text.split("\n")) if text else empty

        found = [Candidate(cid, name, company, split(emails), split(phones), split(links))
                 for cid, name, company, emails, phones, links
                 in fetch_all(self._db, _DETAILS_SQL)]
        found += [Candidate(cid, name, company)
                  for cid, name, company in fetch_all(self._db, _NAMES_SQL)]
        return found

    def duplicate_groups(self) -> list[Group]:
        """Groups of live contacts that look like one person, with their reasons."""
        return find_groups(self.candidates())

    # merging ---------------------------------------------------------------------------

    def _links_to_contact(self) -> list[tuple[str, str]]:
        """Every (table, column) with a foreign key to ``contact``, from the schema."""
        links = []
        for table in self._db.get_tables():  # peewee's introspection: either engine
            for key in self._db.get_foreign_keys(table):
                if key.dest_table == "contact" and (table, key.column) not in _NOT_MOVED:
                    links.append((table, str(key.column)))
        return sorted(links)

    def merge(self, kept: Contact, gone_id: int) -> MergeRecord:
        """Make ``gone_id`` part of ``kept.id`` (one transaction), ``kept`` being the card
        it becomes (see :func:`netjournal.domain.mergecard.combine`).

        Raises:
            StorageError: the two are the same contact.
            NotFoundError: either is not a live contact.
        """
        keep = kept.id
        if keep is None:
            raise StorageError("the contact to keep must be one already in the journal")
        if keep == gone_id:
            raise StorageError("a contact cannot be merged into themselves")
        with self._db.atomic():
            before = self._contacts.get(keep)
            self._contacts.get(gone_id)  # NotFoundError if missing or in the bin
            shared = tuple(r[0] for r in fetch_all(
                self._db, "SELECT interaction_id FROM participant WHERE contact_id = ?"
                          " AND interaction_id IN (SELECT interaction_id FROM participant"
                          " WHERE contact_id = ?) ORDER BY interaction_id", [gone_id, keep]))
            if shared:
                execute(self._db, "DELETE FROM participant WHERE contact_id = ? AND"
                        f" interaction_id IN ({', '.join('?' * len(shared))})",
                        [gone_id, *shared])
            moved = [self._move("participant", "contact_id", gone_id, keep)]
            for table, column in self._links_to_contact():
                moved.append(self._move(table, column, gone_id, keep,
                                        skip=keep if table == "contact" else None))
            cleared = self._clear_self_introductions(keep)
            introducer = kept.introduced_by_id
            self._contacts.save(replace(
                kept, introduced_by_id=None if introducer in (keep, gone_id) else introducer))
            self._contacts.delete(gone_id)
            execute(self._db, _LAST_SQL, [keep, gone_id])
        moved = [mv for mv in moved if mv.keys]
        counts: dict[str, int] = defaultdict(int)
        for mv in moved:
            counts[mv.table] += len(mv.keys)
        return MergeRecord(keep, gone_id, before, tuple(moved), shared, cleared,
                           dict(counts))

    def _key_of(self, table: str, column: str) -> str:
        """The column naming one row of ``table`` among those with the same ``column``:
        its primary key, less ``column`` (a participant: its interaction)."""
        keys = [k for k in self._db.get_primary_keys(table) if k != column]
        if len(keys) != 1:
            raise StorageError(f"cannot merge: the table {table} has no single key")
        return str(keys[0])

    def _move(self, table: str, column: str, src: int, dest: int, *,
              skip: int | None = None) -> Moved:
        key = self._key_of(table, column)
        sql = f'SELECT "{key}" FROM "{table}" WHERE "{column}" = ?'
        params: list[object] = [src]
        if skip is not None:
            sql += f' AND "{key}" != ?'
            params.append(skip)
        found = [r[0] for r in fetch_all(self._db, sql, params)]
        if not found:
            return Moved(table, column, (), key)
        moved: list[Key] = []
        for start in range(0, len(found), 500):
            chunk = found[start:start + 500]
            # a row that would repeat one the first already has (a unique key) stays
            update_or_ignore(self._db, table, f'"{column}" = ?', f'"{column}" = ?',
                             [dest, src], key, chunk)
            moved += [r[0] for r in fetch_all(
                self._db, f'SELECT "{key}" FROM "{table}" WHERE "{column}" = ?'
                          f' AND "{key}" IN ({", ".join("?" * len(chunk))})', [dest, *chunk])]
        return Moved(table, column, tuple(sorted(moved)), key)

    def _clear_self_introductions(self, keep: int) -> tuple[Cleared, ...]:
        cleared = []
        for column in _INTRO_SELF:
            for (rowid,) in fetch_all(
                    self._db, f"SELECT id FROM introduction WHERE person_id = ?"
                              f" AND {column} = ?", [keep, keep]):
                execute(self._db, f"UPDATE introduction SET {column} = NULL WHERE id = ?",
                        [rowid])
                cleared.append(Cleared("introduction", column, rowid, keep))
        return tuple(cleared)

    def unmerge(self, record: MergeRecord) -> Contact:
        """Undo :meth:`merge`: the second contact back from the bin with everything
        that moved, the first's card as it was. Returns the second's card."""
        keep, gone = record.kept_id, record.gone_id
        with self._db.atomic():
            if not m.Contact.update(deleted_at=None, updated_at=now_utc()).where(
                    m.Contact.id == gone).execute():
                raise NotFoundError(f"there is no contact #{gone} any more")
            for mv in record.moved:
                for start in range(0, len(mv.keys), 500):
                    chunk = mv.keys[start:start + 500]
                    update_or_ignore(self._db, mv.table, f'"{mv.column}" = ?',
                                     f'"{mv.column}" = ?', [gone, keep], mv.key_column, chunk)
            for c in record.cleared:
                execute(self._db, f'UPDATE "{c.table}" SET "{c.column}" = ? WHERE id = ?'
                                  f' AND "{c.column}" IS NULL', [c.value, c.rowid])
            for interaction_id in record.shared:
                execute(self._db, "INSERT OR IGNORE INTO participant (interaction_id,"
                                  " contact_id) SELECT id, ? FROM interaction WHERE id = ?",
                        [gone, interaction_id])
            self._contacts.save(record.before)
            execute(self._db, _LAST_SQL, [keep, gone])
            return self._contacts.get(gone)


def merged_ids(records: Sequence[MergeRecord]) -> list[int]:
    """Every contact a list of merges touched (for telling the panes)."""
    return sorted({i for r in records for i in (r.kept_id, r.gone_id)})


__all__ = ["Cleared", "Key", "MergeRecord", "MergeRepository", "Moved", "merged_ids"]
