"""PostgreSQL only: count each connection's writes, so a window sees what others changed.

SQLite tells a connection whether another one committed (``PRAGMA data_version``, which
its own writes leave alone). A server has no such number: the transaction ids move on a
window's own saves too. Here every journal table gets a statement trigger that adds one to
its connection's row of ``journal_write`` (one row per server process, so writers never
wait on each other); a window sums the rows of the other connections
(:func:`netjournal.storage.dialect.outside_writes_sql`). A table added by a later
migration adds its own trigger. On SQLite this step does nothing.

Frozen SQL: this file never changes once released.
"""

STATEMENTS = [
    'CREATE TABLE IF NOT EXISTS "journal_write" ('
    '"backend" INTEGER NOT NULL PRIMARY KEY, "writes" BIGINT NOT NULL)',
    """CREATE OR REPLACE FUNCTION journal_count_write() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN
            INSERT INTO journal_write (backend, writes) VALUES (pg_backend_pid(), 1)
                ON CONFLICT (backend) DO UPDATE SET writes = journal_write.writes + 1;
            RETURN NULL;
        END $$""",
    """DO $$ DECLARE t text; BEGIN
        FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                AND tablename NOT IN ('schema_migration', 'journal_write') LOOP
            EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                           'ON %I FOR EACH STATEMENT EXECUTE FUNCTION journal_count_write()',
                           t || '_counts_write', t);
        END LOOP;
    END $$""",
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    if not is_postgres(db):
        return  # SQLite's PRAGMA data_version does this work
    for sql in STATEMENTS:
        db.cursor().execute(sql)  # the driver's own cursor: no parameters to parse
