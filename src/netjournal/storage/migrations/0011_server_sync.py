"""Address-book sync on a server: a card file's size and time in 64 bits.

The sync state keeps each card's modification time in nanoseconds since 1970
(``1.7e18``): SQLite's INTEGER holds it, PostgreSQL's ``integer`` (32 bits) does not.
On PostgreSQL the two columns become ``bigint``; the SQLite file needs no change.

A participant added to an interaction moved its contact's last-contact date by reading
the contact's whole timeline again (schema step 0002). On a server that query's plan is
made once per connection, when the table may still be nearly empty: a copy-to or a big
import inside one transaction then scanned every participant for every row added
(2,000 contacts: over five minutes). Adding a participant can only move the date later,
so on PostgreSQL the trigger now compares with the new interaction alone.

Frozen SQL: this file never changes once released.
"""

PG_STATEMENTS = [
    'ALTER TABLE "vdir_state" ALTER COLUMN "size" TYPE bigint, '
    'ALTER COLUMN "mtime_ns" TYPE bigint',
    """CREATE OR REPLACE FUNCTION "participant_last_insert"() RETURNS trigger
        LANGUAGE plpgsql AS $$ BEGIN
        UPDATE contact c SET last_interaction_at = i.occurred_at FROM interaction i
        WHERE c.id = new.contact_id AND i.id = new.interaction_id
          AND i.deleted_at IS NULL
          AND (c.last_interaction_at IS NULL OR c.last_interaction_at < i.occurred_at);
        RETURN NULL; END $$""",
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    if is_postgres(db):
        for sql in PG_STATEMENTS:
            db.cursor().execute(sql)  # the driver's own cursor: no parameters to parse
