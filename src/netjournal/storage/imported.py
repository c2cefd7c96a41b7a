"""Rows an import brings besides people: connection requests and timeline entries.

Each carries a *source key* (migration 0004) naming where it came from, so importing the
same file again adds nothing: :func:`known_keys` says which are already in the journal.
Inserts go straight through the connection inside the caller's transaction; the triggers
of migration 0002 keep search and last-contact dates in step as for every other write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Literal

from peewee import DatabaseError

from netjournal.domain import details as detail_rules
from netjournal.domain.hygiene import clean_record, clean_text
from netjournal.domain.values import ConnectionRequest, DetailKind, Interaction, RequestDecision
from netjournal.storage import StorageError
from netjournal.storage.convert import now_utc, to_db
from netjournal.storage.sql import Cursor
from netjournal.storage.store import Store

Table = Literal["connection_request", "interaction"]
_CHUNK = 400


def _cursor(store: Store) -> Cursor:
    return Cursor(store.db)  # the journal's SQL on either engine


def _stamp() -> str:
    return now_utc().replace(tzinfo=None).isoformat(sep=" ")


def known_keys(store: Store, table: Table, keys: Collection[str]) -> set[str]:
    """The source keys among ``keys`` that rows of ``table`` already carry."""
    wanted = sorted(set(keys))
    found: set[str] = set()
    cur = _cursor(store)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        cur.execute(f'SELECT source_key FROM "{table}" '
                    f"WHERE source_key IN ({','.join('?' * len(chunk))})", chunk)
        found.update(r[0] for r in cur.fetchall())
    return found


def contacts_by_profile(store: Store, keys: Iterable[str]) -> dict[str, list[int]]:
    """Live contacts holding each profile link, by its normalised form (a person key)."""
    wanted = sorted({k for k in keys if k and not k.startswith("name:")})
    found: dict[str, list[int]] = {}
    cur = _cursor(store)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        cur.execute("SELECT d.normalized, d.contact_id FROM contact_detail d "
                    "JOIN contact c ON c.id = d.contact_id WHERE d.kind = ? AND "
                    f"d.normalized IN ({','.join('?' * len(chunk))}) "
                    "AND c.deleted_at IS NULL ORDER BY d.contact_id",
                    (DetailKind.LINK.value, *chunk))
        for norm, cid in cur.fetchall():
            ids = found.setdefault(norm, [])
            if cid not in ids:
                ids.append(cid)
    return found


def contact_names(store: Store, ids: Collection[int]) -> dict[int, str]:
    """The names of live contacts, by id."""
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    cur = _cursor(store)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        cur.execute(f"SELECT id, name FROM contact WHERE id IN ({','.join('?' * len(chunk))})"
                    " AND deleted_at IS NULL", chunk)
        out.update(cur.fetchall())
    return out


def _text(value: str) -> str:
    """Free text without control characters (it keeps its lines)."""
    return clean_text(value, multiline=True) if value else value


def add_request(store: Store, request: ConnectionRequest, source_key: str) -> int:
    """Insert a connection request read from a file; return its id."""
    request = clean_record(request)  # no control character gets stored
    name = " ".join(request.name.split())
    if not name:
        raise StorageError("a connection request needs a name")
    cur = _cursor(store)
    try:
        cur.execute(
            "INSERT INTO connection_request (direction, name, network, profile_url, message, "
            "mutual_connections, has_photo, profile_filled, received_on, decision, "
            "decided_at, contact_id, created_at, source_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (request.direction.value, name, request.network.strip(),
             request.profile_url.strip(), request.message, request.mutual_connections,
             request.has_photo, request.profile_filled,
             request.received_on.isoformat() if request.received_on else None,
             request.decision.value, None, request.contact_id, _stamp(), source_key))
    except (sqlite3.Error, DatabaseError) as e:
        raise StorageError(f"the connection request could not be saved: {e}") from e
    assert cur.lastrowid is not None
    return cur.lastrowid


def add_interactions(store: Store, entries: Sequence[tuple[Interaction, str]]) -> list[int]:
    """Insert timeline entries read from a file, each with its source key; return ids.

    Every participant must be a live contact (the caller found them in the journal).
    """
    cur = _cursor(store)
    now = _stamp()
    ids: list[int] = []
    participants: list[tuple[int, int]] = []
    try:
        for interaction, key in entries:
            if not interaction.participant_ids:
                raise StorageError("an interaction needs at least one participant")
            occurred = to_db(interaction.occurred_at)
            assert occurred is not None
            cur.execute(
                "INSERT INTO interaction (occurred_at, channel, direction, goal, summary, "
                "learned, event_id, awaiting_reply, created_at, updated_at, source_key) "
                "VALUES (?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?)",
                (occurred.isoformat(sep=" "), interaction.channel.value,
                 interaction.direction.value, _text(interaction.goal),
                 _text(interaction.summary), _text(interaction.learned), now, now, key))
            iid = cur.lastrowid
            assert iid is not None
            participants.extend((iid, cid) for cid in sorted(set(interaction.participant_ids)))
            ids.append(iid)
        cur.executemany("INSERT INTO participant (interaction_id, contact_id) VALUES (?, ?)",
                        participants)
    except (sqlite3.Error, DatabaseError) as e:
        raise StorageError(f"the interactions could not be saved: {e}") from e
    return ids


def mark_connected(store: Store, profiles: Mapping[int, Iterable[str]]) -> int:
    """Mark pending requests accepted whose profile is now a connection's; return how many.

    ``profiles`` maps a contact id to the profile URLs a connections file gave them;
    a pending request (either way) with one of them becomes accepted and linked to
    the contact.
    """
    by_key: dict[str, int] = {}
    for cid, urls in profiles.items():
        for url in urls:
            if url.strip():
                by_key.setdefault(detail_rules.normalize_link(url), cid)
    if not by_key:
        return 0
    cur = _cursor(store)
    cur.execute("SELECT id, profile_url FROM connection_request "
                "WHERE decision = ? AND profile_url != ''", (RequestDecision.PENDING.value,))
    changes = [(by_key[key], rid) for rid, url in cur.fetchall()
               if (key := detail_rules.normalize_link(url)) in by_key]
    if changes:
        now = _stamp()
        cur.executemany("UPDATE connection_request SET decision = ?, "
                        "decided_at = ?, contact_id = ? WHERE id = ?",
                        [(RequestDecision.ACCEPTED.value, now, cid, rid)
                         for cid, rid in changes])
    return len(changes)
