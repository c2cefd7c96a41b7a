"""Writing a whole journal (the rows of :func:`transfer.dump`) into an empty one, fast.

Row by row, every insert fired the triggers that keep derived data: the search documents,
each contact's last-contact date, the tie gaps of the Network health page (on a server
2,000 contacts took over a minute, 10,000 many minutes). Here, inside the caller's one
transaction, those triggers are held off (:func:`dialect.held_triggers`), each table's rows
are written in bulk (``COPY`` on a server, ``executemany`` on the file), and the derived
data is then rebuilt in a few set-based statements: the very statements the migrations
that made it fill it with (:data:`REBUILD`). On an error nothing stays: the caller's
transaction is rolled back, and the error names the row.

A migration that adds derived data kept by triggers adds its fill statement to
:func:`rebuild_statements` (``tests/storage/test_restore.py`` compares a restored journal
with one written row by row).
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from peewee import Database, DatabaseError

from netjournal.domain import details as detail_rules
from netjournal.domain.hygiene import MULTILINE_FIELDS, clean_text
from netjournal.domain.values import DetailKind
from netjournal.storage import StorageError
from netjournal.storage.contacts import clean_tag
from netjournal.storage.dialect import (
    engine_statements,
    held_triggers,
    insert_rows,
    random_uuid,
    refresh_statistics,
)
from netjournal.storage.sql import Cursor

Row = Mapping[str, Any]

# What a bulk write can raise for a value of the wrong type or a broken rule.
_WRITE_ERRORS = (sqlite3.Error, DatabaseError, OverflowError, TypeError, ValueError)
# What reading a row of the wrong shape can raise.
_ROW_ERRORS = (KeyError, TypeError, ValueError, AttributeError, OverflowError)


def _migration(name: str) -> Any:
    return importlib.import_module(f"netjournal.storage.migrations.{name}")


def rebuild_statements(db: Database) -> list[str]:
    """The statements that fill the derived data from the journal's rows, in order: the
    search documents and last-contact dates (migration 0002's back-fill; on a server its
    documents get 0012's prefixes from their own trigger) and the tie gaps (0010)."""
    fills = engine_statements(db, _migration("0002_search_and_last_contact"))[-3:]
    return [*fills, _migration("0010_tie_gaps").FILL]


def _run(db: Database, sql: str) -> Any:
    """Run a statement with the driver's own cursor (no parameters to parse)."""
    cursor: Callable[[], Any] = db.cursor
    run = cursor()
    run.execute(sql)
    return run


def write_journal(db: Database, tables: Mapping[str, Sequence[Row]],
                  columns: Callable[[str], set[str]], order: Sequence[str]) -> None:
    """Write the rows of ``tables`` (``order``: parents first) into the empty journal of
    ``db``, ids kept, then rebuild the derived data. ``columns(table)`` gives the columns
    to write (the schema's, less derived ones). Call inside a transaction."""
    with held_triggers(db):
        introducers: list[tuple[int, int]] = []
        details: list[tuple[Any, ...]] = []
        tagged: list[tuple[int, str]] = []
        participants: list[tuple[Any, ...]] = []
        for table in order:
            wanted = columns(table)
            groups: dict[tuple[str, ...], list[tuple[int, list[Any]]]] = {}
            for n, row in enumerate(tables.get(table, ())):
                try:
                    values = {k: v if not isinstance(v, str) or v.isprintable()
                              else _clean(k, v) for k, v in row.items() if k in wanted}
                    if table == "contact":
                        if values.get("introduced_by_id") is not None:
                            introducers.append((values["id"], values["introduced_by_id"]))
                            values["introduced_by_id"] = None  # may point at a later one
                        _contact_children(row, details, tagged)
                    elif table == "interaction":
                        participants.extend((row["id"], cid)
                                            for cid in row.get("participant_ids", ()))
                except _ROW_ERRORS as e:  # a wrong type in the file
                    raise StorageError(f"{table} #{n + 1}: {e}") from e
                groups.setdefault(tuple(values), []).append((n, list(values.values())))
            for names, rows in groups.items():
                _write(db, table, names, rows)
            if table == "contact":
                _write_children(db, details, tagged)
            elif table == "interaction":
                _write(db, "participant", ("interaction_id", "contact_id"),
                       [(n, list(r)) for n, r in enumerate(participants)])
        try:
            Cursor(db).executemany("UPDATE contact SET introduced_by_id = ? WHERE id = ?",
                                   [(intro, cid) for cid, intro in introducers])
        except _WRITE_ERRORS as e:
            raise StorageError(f"a contact's introducer: {e}") from e
        rebuild_derived(db, [*order, "contact_detail", "tag", "contact_tag", "participant"])


def rebuild_derived(db: Database, tables: Sequence[str]) -> None:
    """What the held triggers would have made for rows written in bulk, set-based: a
    contact's UID where it has none (a file without UIDs), the planner's statistics of
    ``tables`` (on a server), then :func:`rebuild_statements`. Call while they are held
    (:func:`dialect.held_triggers`), inside the transaction that wrote the rows."""
    _run(db, f"UPDATE contact SET uid = {random_uuid(db)} WHERE uid IS NULL")
    refresh_statistics(db, tables)
    for sql in rebuild_statements(db):
        _run(db, sql)


def _contact_children(row: Row, details: list[tuple[Any, ...]],
                      tagged: list[tuple[int, str]]) -> None:
    for pos, d in enumerate(row.get("details", ())):
        kind = DetailKind(d["kind"])
        details.append((row["id"], kind.value, d.get("label", ""), d["value"],
                        detail_rules.normalize(kind, d["value"]), pos))
    names = {clean_tag(t) for t in row.get("tags", ())} - {""}
    tagged.extend((row["id"], t) for t in sorted(names))


def _write_children(db: Database, details: list[tuple[Any, ...]],
                    tagged: list[tuple[int, str]]) -> None:
    """The contacts' details, then their tags (each name once, numbered in the order
    the contacts first name it, as a row-by-row restore numbered them)."""
    _write(db, "contact_detail", ("contact_id", "kind", "label", "value", "normalized",
                                  "position"), [(n, list(r)) for n, r in enumerate(details)])
    ids: dict[str, int] = dict(_run(db, "SELECT name, id FROM tag").fetchall())
    names = [t for t in dict.fromkeys(t for _, t in tagged) if t not in ids]
    _write(db, "tag", ("name",), [(n, [t]) for n, t in enumerate(names)])
    ids.update(_run(db, "SELECT name, id FROM tag").fetchall())
    _write(db, "contact_tag", ("contact_id", "tag_id"),
           [(n, [cid, ids[t]]) for n, (cid, t) in enumerate(tagged)])


def _write(db: Database, table: str, names: Sequence[str],
           rows: Sequence[tuple[int, list[Any]]]) -> None:
    """Write ``rows`` ((number in the file, values)) in bulk; on an error, find the row
    that fails and say which."""
    if not rows:
        return
    try:
        with db.atomic():  # a savepoint: a failed COPY leaves the transaction usable
            insert_rows(db, table, names, (values for _, values in rows))
    except _WRITE_ERRORS as e:
        _name_the_row(db, table, names, rows, e)


def _name_the_row(db: Database, table: str, names: Sequence[str],
                  rows: Iterable[tuple[int, list[Any]]], error: Exception) -> None:
    """Write ``rows`` one at a time (then undo them) to raise the first one's error."""
    sql = (f'INSERT INTO "{table}" ({", ".join(names)}) '
           f'VALUES ({", ".join("?" * len(names))})')
    where = {"participant": "interaction participant", "contact_detail": "contact detail",
             "contact_tag": "contact tag"}.get(table, table)
    failed: StorageError | None = None
    try:
        with db.atomic():
            cursor = Cursor(db)
            for n, values in rows:
                try:
                    cursor.execute(sql, values)
                except _WRITE_ERRORS as e:
                    failed = StorageError(f"{where} #{n + 1}: {e}")
                    raise
            raise _UndoError  # every row went in alone: only together they fail
    except (_UndoError, *_WRITE_ERRORS) as e:
        raise failed or StorageError(f"{where}: {error}") from e


class _UndoError(Exception):
    """Rolls back the rows written one at a time."""


def _clean(column: str, value: Any) -> Any:
    """A backup's text without control characters (free text keeps its lines)."""
    if isinstance(value, str):
        return clean_text(value, multiline=column in MULTILINE_FIELDS)
    return value
