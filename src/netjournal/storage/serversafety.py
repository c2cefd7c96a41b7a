"""The safety net's engine-specific side on a PostgreSQL server: its own archive program
(``pg_dump``, checked with ``pg_restore --list``) and what ``check`` can look at there.

The server looks after its own pages; what can still go wrong is the journal's: a schema
step missing or from a newer NetJournal, search documents out of step with the rows they
index, a row whose foreign key points nowhere (a constraint dropped or never validated),
a last-contact date that disagrees with the timeline.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from peewee import Database

from netjournal.storage import StorageError
from netjournal.storage.sql import fetch_all

ARCHIVE_MAGIC = b"PGDMP"
"""The first bytes of a ``pg_dump`` archive (custom format)."""



class ArchiveProgramMissingError(StorageError):
    """``pg_dump`` (or ``pg_restore``, which checks its archive) is not installed."""


_CLIENT_VARIABLES = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER",
                     "password": "PGPASSWORD", "sslmode": "PGSSLMODE",
                     "sslrootcert": "PGSSLROOTCERT", "passfile": "PGPASSFILE",
                     "service": "PGSERVICE", "connect_timeout": "PGCONNECT_TIMEOUT"}


def _client_environment(db: Database) -> dict[str, str]:
    """The ``PG*`` variables that make PostgreSQL's own programs reach ``db`` (the
    password never on a command line, where other users could read it)."""
    env = dict(os.environ)
    params: dict[str, object] = getattr(db, "connect_params", {})
    for key, value in params.items():
        if key in _CLIENT_VARIABLES and value is not None:
            env[_CLIENT_VARIABLES[key]] = str(value)
    env["PGDATABASE"] = str(db.database)
    return env


def dump_archive(db: Database, dest: Path) -> None:
    """Write the whole database to ``dest`` with ``pg_dump -Fc`` and check the archive
    with ``pg_restore --list`` (it must hold the contacts' table).

    Raises:
        ArchiveProgramMissingError: the programs are not installed.
        StorageError: either program failed (with its own first line); ``dest`` is then
            removed.
    """
    dump, lister = shutil.which("pg_dump"), shutil.which("pg_restore")
    if dump is None or lister is None:
        raise ArchiveProgramMissingError("pg_dump is not installed")
    env = _client_environment(db)
    try:
        done = subprocess.run([dump, "--format=custom", "--no-password", "--file", str(dest)],
                              env=env, capture_output=True, text=True, timeout=3600,
                              check=False)
        if done.returncode != 0:
            raise StorageError(f"pg_dump failed: {_first_line(done.stderr)}")
        listed = subprocess.run([lister, "--list", str(dest)], env=env, capture_output=True,
                                text=True, timeout=600, check=False)
        if listed.returncode != 0 or "TABLE DATA public contact " not in listed.stdout:
            why = _first_line(listed.stderr) or "the contacts' table is not in it"
            raise StorageError(f"the pg_dump archive did not verify: {why}")
    except (OSError, subprocess.SubprocessError) as e:
        dest.unlink(missing_ok=True)
        raise StorageError(f"pg_dump failed: {e}") from e
    except StorageError:
        dest.unlink(missing_ok=True)
        raise


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""


# checking -----------------------------------------------------------------------------

_INDEXED = {
    # search table -> (indexed table, its text columns as the document's source)
    "contact_fts": ("contact", ("name", "company", "title", "tags", "interests", "notes")),
    "interaction_fts": ("interaction", ("goal", "summary", "learned")),
}


def integrity_problems(db: Database) -> list[str]:
    """Everything ``check`` can look at on a server, as one line per problem."""
    from netjournal.storage import db as dbmod

    problems = []
    pending, unknown = dbmod.schema_status(db)
    if unknown:
        problems.append(f"schema: steps from a newer NetJournal ({', '.join(unknown)})")
    if pending:
        problems.append(f"schema: steps not applied ({', '.join(pending)})")
    problems += _search_problems(db)
    problems += _key_problems(db)
    (wrong,), = fetch_all(db, """SELECT count(*) FROM contact c WHERE
        c.last_interaction_at IS DISTINCT FROM (SELECT max(i.occurred_at) FROM participant p
            JOIN interaction i ON i.id = p.interaction_id
            WHERE p.contact_id = c.id AND i.deleted_at IS NULL)""")
    if wrong:
        problems.append(f"last contact: {wrong} contacts disagree with their timelines")
    return problems


def _search_problems(db: Database) -> list[str]:
    """Rows the search index misses or keeps after they are gone, and documents that
    lack a word of their own text (a document not rebuilt after its row changed)."""
    problems = []
    for index, (table, columns) in _INDEXED.items():
        (missing,), = fetch_all(db, f'SELECT count(*) FROM "{table}" t WHERE NOT EXISTS '
                                    f'(SELECT 1 FROM "{index}" f WHERE f.rowid = t.id)')
        (stray,), = fetch_all(db, f'SELECT count(*) FROM "{index}" f WHERE NOT EXISTS '
                                  f'(SELECT 1 FROM "{table}" t WHERE t.id = f.rowid)')
        if missing or stray:
            problems.append(f"search index {index}: {missing} rows missing, {stray} stray")
        text = ", ".join(f'f."{c}"' for c in columns)
        (stale,), = fetch_all(db, f"""SELECT count(*) FROM "{index}" f WHERE f.doc IS NULL
            OR EXISTS (SELECT 1 FROM unnest(fts_words(concat_ws(' ', {text}))) w
                       WHERE NOT (w.lexeme = ANY (tsvector_to_array(f.doc))))""")
        if stale:
            problems.append(f"search index {index}: {stale} documents out of step with "
                            "their text")
    # the name order and the trash, read by a first page of matches (migration 0017)
    (astray,), = fetch_all(db, """SELECT count(*) FROM contact_fts f JOIN contact c
        ON c.id = f.rowid WHERE f.sort_name IS DISTINCT FROM lower(c.name)
        OR f.live IS DISTINCT FROM (c.deleted_at IS NULL)""")
    if astray:
        problems.append(f"search index contact_fts: {astray} rows out of step with their "
                        "contact's name or trash")
    return problems


def _expected_keys() -> set[tuple[str, str, str, str]]:
    """(table, column, table it points at, its column) of every foreign key the models
    declare: what the server must enforce."""
    from peewee import ForeignKeyField

    from netjournal.storage.models import MODELS

    return {(model._meta.table_name, field.column_name, field.rel_model._meta.table_name,
             field.rel_field.column_name)
            for model in MODELS for field in model._meta.sorted_fields
            if isinstance(field, ForeignKeyField)}


def _key_problems(db: Database) -> list[str]:
    """Foreign keys the server does not enforce (dropped, or never validated) and rows
    whose key points at nothing."""
    problems = []
    (unchecked,), = fetch_all(db, "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n"
                                  " ON n.oid = c.connamespace WHERE c.contype = 'f'"
                                  " AND NOT c.convalidated AND n.nspname = current_schema()")
    if unchecked:
        problems.append(f"foreign keys: {unchecked} constraints not validated")
    enforced = {(table, key.column, key.dest_table, key.dest_column)
                for table in db.get_tables() for key in db.get_foreign_keys(table)}
    for table, column, dest, dest_column in sorted(_expected_keys() | enforced):
        if (table, column, dest, dest_column) not in enforced:
            problems.append(f"foreign key {table}.{column}: not enforced by the server")
        (orphans,), = fetch_all(
            db, f'SELECT count(*) FROM "{table}" t WHERE t."{column}" IS NOT NULL'
                f' AND NOT EXISTS (SELECT 1 FROM "{dest}" d'
                f' WHERE d."{dest_column}" = t."{column}")')
        if orphans:
            problems.append(f"foreign key {table}.{column}: {orphans} rows point "
                            f"at no {dest}")
    return problems
