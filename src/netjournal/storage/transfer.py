"""Bulk reads and writes for import and export: match lookups, fast inserts, whole-journal rows.

The importer looks up thousands of emails and phones at once and inserts new contacts in
batches, so these functions talk to SQLite directly (one cursor, ``executemany``) inside
the caller's transaction; the triggers of migration 0002 keep search and last-contact
dates in step as for every other write. :func:`dump` and :func:`restore` move the whole
journal as plain rows (column name to stored value) for the lossless JSON backup and
``copy-to``; a restore writes in bulk and rebuilds the derived data once.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from peewee import DatabaseError

from netjournal.domain import details as detail_rules
from netjournal.domain.values import Contact, Detail, TieStrength
from netjournal.storage import StorageError
from netjournal.storage import models as m
from netjournal.storage.contacts import _to_value as contact_value
from netjournal.storage.contacts import clean_tag
from netjournal.storage.convert import now_utc
from netjournal.storage.dialect import follow_given_ids
from netjournal.storage.restore import write_journal
from netjournal.storage.sql import Cursor
from netjournal.storage.store import Store

Row = dict[str, Any]

# The tables a backup holds, parents first. Details and tags travel inside their contact,
# participants inside their interaction.
TABLES = ("event", "contact", "interaction", "offer", "exchange", "follow_up",
          "introduction", "connection_request")
# Derived columns, rebuilt after a restore.
_DERIVED = {"contact": {"last_interaction_at"}}
_CHUNK = 400  # parameters per IN (...) list, well under SQLite's limit


def _cursor(store: Store) -> Cursor:
    return Cursor(store.db)


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _ascii_lower(text: str) -> str:
    """Lower case as SQLite's ``lower()`` does it: ASCII letters only."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


# matching ----------------------------------------------------------------------------------

def live_ids_by_details(store: Store,
                        keys: Collection[tuple[str, str]]) -> dict[tuple[str, str], list[int]]:
    """Live contacts holding each (kind, normalised value), in one indexed query per chunk."""
    found: dict[tuple[str, str], list[int]] = {}
    by_kind: dict[str, list[str]] = {}
    for kind, norm in keys:
        if norm:
            by_kind.setdefault(kind, []).append(norm)
    cur = _cursor(store)
    for kind, norms in by_kind.items():
        for chunk in _chunks(sorted(set(norms))):
            marks = ",".join("?" * len(chunk))
            cur.execute(
                "SELECT d.normalized, d.contact_id FROM contact_detail d "
                "JOIN contact c ON c.id = d.contact_id "
                f"WHERE d.kind = ? AND d.normalized IN ({marks}) AND c.deleted_at IS NULL "
                "ORDER BY d.contact_id", (kind, *chunk))
            for norm, cid in cur.fetchall():
                ids = found.setdefault((kind, norm), [])
                if cid not in ids:
                    ids.append(cid)
    return found


def live_contacts_named(store: Store, names: Collection[str]) -> list[tuple[int, str, str]]:
    """(id, name, company) of live contacts whose name equals one of ``names``, ignoring case.

    Case is compared the way SQLite's ``lower()`` does (ASCII); callers compare the rows
    again with full Unicode case folding.
    """
    wanted = sorted({_ascii_lower(n.strip()) for n in names if n.strip()})
    rows: list[tuple[int, str, str]] = []
    cur = _cursor(store)
    for chunk in _chunks(wanted):
        marks = ",".join("?" * len(chunk))
        cur.execute("SELECT id, name, company FROM contact "
                    f"WHERE lower(name) IN ({marks}) AND deleted_at IS NULL ORDER BY id", chunk)
        rows.extend(cur.fetchall())
    return rows


def live_contacts(store: Store, ids: Collection[int]) -> dict[int, Contact]:
    """Whole cards of the live contacts among ``ids``, read in a few queries, by id."""
    found: dict[int, Contact] = {}
    wanted = sorted(set(ids))
    for chunk in _chunks(wanted):
        rows = list(m.Contact.select().where(m.Contact.id.in_(list(chunk))
                                             & m.Contact.deleted_at.is_null()))
        details: dict[int, list[m.ContactDetail]] = {}
        for d in (m.ContactDetail.select().where(m.ContactDetail.contact.in_(list(chunk)))
                  .order_by(m.ContactDetail.contact, m.ContactDetail.position,
                            m.ContactDetail.id)):
            details.setdefault(d.contact_id, []).append(d)
        tags: dict[int, list[str]] = {}
        cur = _cursor(store)
        cur.execute("SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t "
                    f"ON t.id = ct.tag_id WHERE ct.contact_id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY t.name", list(chunk))
        for cid, name in cur.fetchall():
            tags.setdefault(cid, []).append(name)
        for row in rows:
            found[row.id] = contact_value(row, details.get(row.id, []), tags.get(row.id, []))
    return found


def live_contact_ids(store: Store) -> list[int]:
    """Every live contact's id, by name (case-insensitive) then id: the export order."""
    cur = _cursor(store)
    cur.execute("SELECT id FROM contact WHERE deleted_at IS NULL "
                "ORDER BY name COLLATE NOCASE, id")
    return [r[0] for r in cur.fetchall()]


# inserting ---------------------------------------------------------------------------------

def insert_contacts(store: Store, contacts: Sequence[Contact]) -> list[int]:
    """Insert new contacts with their details and tags; return their ids in order.

    A contact's ``created_at``, when set (a file says when it was added), is kept.

    Runs inside the caller's transaction (open one with ``store.atomic()``); every
    contact is checked first, so a bad one raises ``StorageError`` before anything is
    written.
    """
    for c in contacts:
        if c.id is not None:
            raise StorageError(f"{c.name!r} is already saved (#{c.id})")
        if not c.name.strip():
            raise StorageError("a contact needs a name")
        if c.tie_strength == TieStrength.DORMANT:
            raise StorageError("dormant is derived from the timeline; it cannot be stored")
    try:
        return _insert_contacts(_cursor(store), contacts)
    except (sqlite3.Error, DatabaseError) as e:
        raise StorageError(f"the contacts could not be saved: {e}") from e


def _stored_time(when: dt.datetime | None, default: str) -> str:
    """A creation time as the contact table stores it (naive UTC); ``default`` if None."""
    if when is None:
        return default
    return when.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


def _insert_contacts(cur: Cursor, contacts: Sequence[Contact]) -> list[int]:
    now = now_utc().replace(tzinfo=None).isoformat(sep=" ")
    ids: list[int] = []
    detail_rows: list[tuple[Any, ...]] = []
    tag_pairs: list[tuple[int, str]] = []
    for c in contacts:
        cur.execute(
            "INSERT INTO contact (name, company, title, photo, how_met, met_on, "
            "met_at_event_id, introduced_by_id, tie_strength, cadence_days, interests, "
            "family, remember, notes, birthday, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (c.name.strip(), c.company.strip(), c.title.strip(), c.photo, c.how_met,
             c.met_on.isoformat() if c.met_on else None, c.met_at_event_id,
             c.introduced_by_id, c.tie_strength.value, c.cadence_days, c.interests,
             c.family, c.remember, c.notes,
             c.birthday.isoformat() if c.birthday else None, _stored_time(c.created_at, now),
             now))
        cid = cur.lastrowid
        assert cid is not None
        ids.append(cid)
        pos = 0
        for d in c.details:
            value = d.value.strip()
            if value:
                detail_rows.append((cid, d.kind.value, d.label.strip(), value,
                                    detail_rules.normalize(d.kind, value), pos))
                pos += 1
        for tag in sorted({clean_tag(t) for t in c.tags} - {""}):
            tag_pairs.append((cid, tag))
    if detail_rows:
        cur.executemany("INSERT INTO contact_detail (contact_id, kind, label, value, "
                        "normalized, position) VALUES (?, ?, ?, ?, ?, ?)", detail_rows)
    if tag_pairs:
        tag_ids = _tag_ids(cur, {t for _, t in tag_pairs})
        cur.executemany("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                        [(cid, tag_ids[t]) for cid, t in tag_pairs])
    return ids


def add_details(store: Store, contact_id: int, details: Sequence[Detail]) -> None:
    """Append exactly these details to a contact (the caller has decided they are new)."""
    rows = [(d.kind.value, d.label.strip(), d.value.strip(),
             detail_rules.normalize(d.kind, d.value.strip())) for d in details if d.value.strip()]
    if not rows:
        return
    cur = _cursor(store)
    try:
        cur.execute("SELECT coalesce(max(position), -1) + 1 FROM contact_detail "
                    "WHERE contact_id = ?", (contact_id,))
        (start,) = cur.fetchall()[0]
        cur.executemany("INSERT INTO contact_detail (contact_id, kind, label, value, "
                        "normalized, position) VALUES (?, ?, ?, ?, ?, ?)",
                        [(contact_id, *r, start + i) for i, r in enumerate(rows)])
        cur.execute("UPDATE contact SET updated_at = ? WHERE id = ?",
                    (now_utc().replace(tzinfo=None).isoformat(sep=" "), contact_id))
    except (sqlite3.Error, DatabaseError) as e:
        raise StorageError(f"the details could not be saved: {e}") from e


def _tag_ids(cur: Cursor, names: Collection[str]) -> dict[str, int]:
    cur.executemany("INSERT OR IGNORE INTO tag (name) VALUES (?)", [(n,) for n in names])
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(names)):
        cur.execute(f"SELECT name, id FROM tag WHERE name IN ({','.join('?' * len(chunk))})",
                    chunk)
        out.update(cur.fetchall())
    return out


# the whole journal -------------------------------------------------------------------------

def _columns(store: Store, table: str) -> list[str]:
    return [c.name for c in store.db.get_columns(table)]


def is_empty(store: Store) -> bool:
    """True when the journal holds nothing a backup would carry (not even in the bin)."""
    cur = _cursor(store)
    for table in TABLES:
        cur.execute(f'SELECT 1 FROM "{table}" LIMIT 1')
        if cur.fetchone() is not None:
            return False
    return True


def dump(store: Store) -> dict[str, list[Row]]:
    """Every row of every backed-up table, by id, as stored (text dates, bytes, ints).

    Contacts carry ``details`` (kind, label, value in order) and ``tags`` (names);
    interactions carry ``participant_ids``. Deleted (binned) rows are included with
    their ``deleted_at``; derived columns are left out.
    """
    cur = _cursor(store)
    out: dict[str, list[Row]] = {}
    for table in TABLES:
        cols = [c for c in _columns(store, table) if c not in _DERIVED.get(table, set())]
        quoted = ", ".join('"' + c + '"' for c in cols)
        cur.execute(f'SELECT {quoted} FROM "{table}" ORDER BY id')
        out[table] = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    details: dict[int, list[Row]] = {}
    cur.execute("SELECT contact_id, kind, label, value FROM contact_detail "
                "ORDER BY contact_id, position, id")
    for cid, kind, label, value in cur.fetchall():
        details.setdefault(cid, []).append({"kind": kind, "label": label, "value": value})
    tags: dict[int, list[str]] = {}
    cur.execute("SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t "
                "ON t.id = ct.tag_id ORDER BY ct.contact_id, t.name")
    for cid, name in cur.fetchall():
        tags.setdefault(cid, []).append(name)
    for row in out["contact"]:
        row["details"] = details.get(row["id"], [])
        row["tags"] = tags.get(row["id"], [])
    parts: dict[int, list[int]] = {}
    cur.execute("SELECT interaction_id, contact_id FROM participant "
                "ORDER BY interaction_id, contact_id")
    for iid, cid in cur.fetchall():
        parts.setdefault(iid, []).append(cid)
    for row in out["interaction"]:
        row["participant_ids"] = parts.get(row["id"], [])
    return out


def restore(store: Store, tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Write the rows of a :func:`dump` into an empty journal, keeping every id.

    Columns the current schema does not have are ignored; missing ones take their
    defaults. The rows go in bulk with the derived data rebuilt after
    (:mod:`netjournal.storage.restore`). Runs in one savepoint: on any error nothing is
    written and ``StorageError`` says which row failed.
    """
    if not is_empty(store):
        raise StorageError("a backup can only be restored into an empty journal")
    with store.atomic():
        write_journal(store.db, tables,
                      lambda table: set(_columns(store, table)) - _DERIVED.get(table, set()),
                      TABLES)
        for table in (*TABLES, "tag"):
            follow_given_ids(store.db, table)
