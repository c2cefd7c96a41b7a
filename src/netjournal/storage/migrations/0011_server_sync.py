"""Address-book sync on a server: a card file's size and time in 64 bits.

The sync state keeps each card's modification time in nanoseconds since 1970
(``1.7e18``): SQLite's INTEGER holds it, PostgreSQL's ``integer`` (32 bits) does not.
On PostgreSQL the two columns become ``bigint``; the SQLite file needs no change.

Frozen SQL: this file never changes once released.
"""

PG_STATEMENTS = [
    'ALTER TABLE "vdir_state" ALTER COLUMN "size" TYPE bigint, '
    'ALTER COLUMN "mtime_ns" TYPE bigint',
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    if is_postgres(db):
        for sql in PG_STATEMENTS:
            db.execute_sql(sql)
