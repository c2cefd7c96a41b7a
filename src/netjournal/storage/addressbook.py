"""What address-book sync keeps in the journal: UIDs, the folder's sync state, the archive
and the history of values a sync did not take (schema step 0005)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import SqliteDatabase

from netjournal.domain.values import Contact
from netjournal.storage import models as m
from netjournal.storage.contacts import _to_value
from netjournal.storage.convert import from_db, now_utc
from netjournal.storage.dialect import insert_or_replace, random_uuid
from netjournal.storage.sql import execute, fetch_all

_CHUNK = 500
_STATE_COLUMNS = ("uid", "folder", "contact_id", "file_name", "size", "mtime_ns",
                  "content_hash", "journal_rev", "base", "synced_at")
@dataclass(frozen=True)
class CardState:
    """One card file of the folder as last synced."""

    uid: str
    file_name: str
    size: int
    mtime_ns: int
    content_hash: str
    contact_id: int | None
    journal_rev: str = ""  # the contact's updated_at when it was last synced
    base: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class HistoryEntry:
    contact_id: int
    occurred_at: str
    source: str
    field: str
    kept: str
    other: str


class AddressBookRepository:
    """The sync's side of the journal; everything it writes goes through the caller's
    transaction (``store.atomic()``)."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    # the folder's state -----------------------------------------------------------------

    _STATE = ("SELECT uid, file_name, size, mtime_ns, content_hash, contact_id, journal_rev"
              " FROM vdir_state")

    def stats(self, folder: str) -> set[tuple[str, int, int]]:
        """(file name, size, mtime) of every card of ``folder`` as last synced: a file
        whose triple is here is unchanged, and is not read.

        State kept for another folder is forgotten: a new folder starts afresh.
        """
        if fetch_all(self._db, "SELECT 1 FROM vdir_state WHERE folder != ? LIMIT 1",
                     [folder]):
            execute(self._db, "DELETE FROM vdir_state WHERE folder != ?", [folder])
        return set(fetch_all(self._db, "SELECT file_name, size, mtime_ns FROM vdir_state"))

    def state(self, file_name: str) -> CardState | None:
        rows = fetch_all(self._db, self._STATE + " WHERE file_name = ?", [file_name])
        return CardState(*rows[0]) if rows else None

    def file_of(self, contact_id: int) -> str:
        """The card file of a contact as last synced ("" if none)."""
        rows = fetch_all(self._db, "SELECT file_name FROM vdir_state WHERE contact_id = ?",
                         [contact_id])
        return str(rows[0][0]) if rows else ""

    def to_write(self) -> list[tuple[int, str, CardState | None]]:
        """(contact id, UID, state or None) of the live contacts whose card may need
        writing: changed since their last sync (the triggers cleared ``journal_rev``), or
        never synced."""
        execute(self._db, f"UPDATE contact SET uid = {random_uuid(self._db)} WHERE uid IS NULL")
        dirty = fetch_all(self._db, "SELECT s.uid, s.file_name, s.size, s.mtime_ns,"
                                    " s.content_hash, s.contact_id, s.journal_rev"
                                    " FROM vdir_state s JOIN contact c ON c.id = s.contact_id"
                                    " WHERE s.journal_rev = '' AND c.deleted_at IS NULL")
        out: list[tuple[int, str, CardState | None]] = [
            (r[5], r[0], CardState(*r)) for r in dirty]
        fresh = fetch_all(self._db, "SELECT c.id, c.uid FROM contact c"
                                    " WHERE c.deleted_at IS NULL AND NOT EXISTS"
                                    " (SELECT 1 FROM vdir_state s WHERE s.contact_id = c.id)")
        out.extend((r[0], r[1], None) for r in fresh)
        return out

    def orphans(self) -> list[CardState]:
        """States of cards whose contact left the journal (deleted, archived, purged)."""
        rows = fetch_all(self._db, "SELECT s.uid, s.file_name, s.size, s.mtime_ns,"
                                   " s.content_hash, s.contact_id, s.journal_rev"
                                   " FROM vdir_state s LEFT JOIN contact c"
                                   " ON c.id = s.contact_id"
                                   " WHERE c.id IS NULL OR c.deleted_at IS NOT NULL")
        return [CardState(*r) for r in rows]

    def base_of(self, uid: str) -> dict[str, Any] | None:
        row = fetch_all(self._db, "SELECT base FROM vdir_state WHERE uid = ?", [uid])
        if not row:
            return None
        try:
            data = json.loads(row[0][0])
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def save_state(self, folder: str, state: CardState) -> None:
        execute(self._db, insert_or_replace(self._db, "vdir_state", _STATE_COLUMNS, "uid"),
                [state.uid, folder, state.contact_id, state.file_name, state.size,
                 state.mtime_ns, state.content_hash, state.journal_rev,
                 json.dumps(state.base, ensure_ascii=False), now_utc()])

    def touch_state(self, uid: str, size: int, mtime_ns: int) -> None:
        """The file was touched but holds the same card: remember its new size and time."""
        execute(self._db, "UPDATE vdir_state SET size = ?, mtime_ns = ? WHERE uid = ?",
                [size, mtime_ns, uid])

    def forget(self, uid: str) -> None:
        execute(self._db, "DELETE FROM vdir_state WHERE uid = ?", [uid])

    # contacts ---------------------------------------------------------------------------

    def revision(self, contact_id: int) -> str:
        row = fetch_all(self._db, "SELECT updated_at FROM contact WHERE id = ?", [contact_id])
        return str(row[0][0]) if row else ""

    def uid_of(self, contact_id: int) -> str:
        row = fetch_all(self._db, "SELECT uid FROM contact WHERE id = ?", [contact_id])
        return str(row[0][0]) if row and row[0][0] else ""

    def by_uid(self, uid: str) -> tuple[int, str] | None:
        """(id, "live" | "archived" | "binned") of the contact carrying ``uid``."""
        row = fetch_all(self._db, "SELECT id, CASE WHEN deleted_at IS NULL THEN 'live'"
                                  " WHEN archived_at IS NOT NULL THEN 'archived'"
                                  " ELSE 'binned' END FROM contact WHERE uid = ?", [uid])
        return (int(row[0][0]), str(row[0][1])) if row else None

    def set_uid(self, contact_id: int, uid: str) -> bool:
        """Give a contact the UID of its card; False if another contact has it."""
        if self.by_uid(uid) is not None:
            return False
        execute(self._db, "UPDATE contact SET uid = ? WHERE id = ?", [uid, contact_id])
        return True

    def cards(self, ids: Sequence[int]) -> dict[int, Contact]:
        """Whole contacts (details and tags too) for ``ids``, a few queries per 500."""
        out: dict[int, Contact] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start:start + _CHUNK])
            rows = list(m.Contact.select().where(m.Contact.id.in_(chunk)))
            details: dict[int, list[m.ContactDetail]] = {}
            for d in (m.ContactDetail.select().where(m.ContactDetail.contact.in_(chunk))
                      .order_by(m.ContactDetail.position, m.ContactDetail.id)):
                details.setdefault(d.contact_id, []).append(d)
            tags: dict[int, list[str]] = {}
            marks = ", ".join("?" * len(chunk))
            for cid, name in fetch_all(
                    self._db, "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t"
                              f" ON t.id = ct.tag_id WHERE ct.contact_id IN ({marks})"
                              " ORDER BY t.name", chunk):
                tags.setdefault(cid, []).append(name)
            for row in rows:
                out[row.id] = _to_value(row, details.get(row.id, []), tags.get(row.id, []))
        return out

    def archive(self, contact_id: int) -> None:
        """Out of every list, kept with its journal, never purged; ``contacts.restore``
        brings it back."""
        now = now_utc()
        execute(self._db, "UPDATE contact SET deleted_at = coalesce(deleted_at, ?),"
                          " archived_at = ? WHERE id = ?", [now, now, contact_id])

    def archived(self) -> list[tuple[int, str]]:
        """(id, name) of archived contacts, most recently archived first."""
        return [(r[0], r[1]) for r in fetch_all(
            self._db, "SELECT id, name FROM contact WHERE archived_at IS NOT NULL"
                      " ORDER BY archived_at DESC, id")]

    # history ----------------------------------------------------------------------------

    def record(self, contact_id: int, source: str,
               entries: Iterable[tuple[str, str, str]]) -> None:
        """Keep (field, kept, other) values beside the contact."""
        now = now_utc()
        for field_name, kept, other in entries:
            execute(self._db, "INSERT INTO contact_history (contact_id, occurred_at, source,"
                              " field, kept, other) VALUES (?, ?, ?, ?, ?, ?)",
                    [contact_id, now, source, field_name, kept, other])

    def history(self, contact_id: int) -> list[HistoryEntry]:
        rows = fetch_all(self._db, "SELECT contact_id, occurred_at, source, field, kept, other"
                                   " FROM contact_history WHERE contact_id = ? ORDER BY id",
                         [contact_id])
        return [HistoryEntry(r[0], str(from_db(r[1])), r[2], r[3], r[4], r[5]) for r in rows]


__all__ = ["AddressBookRepository", "CardState", "HistoryEntry"]
