"""PostgreSQL: the row triggers that keep derived data can be held off for one transaction.

A copy or a restore writes a whole journal into an empty database. Row by row through the
triggers (search documents, last-contact dates, tie gaps, sync marks), 2,000 contacts took
over a minute; with the triggers held off the rows are streamed with ``COPY`` and the
derived data rebuilt afterwards in a few set-based statements, as the migrations that made
it fill it (see :mod:`netjournal.storage.restore`).

Here every AFTER ROW trigger of the journal's tables (every one keeps derived data; the
foreign keys' own triggers are the server's and stay) is made again with a condition:
it fires unless the transaction said ``SET LOCAL netjournal.hold_triggers = 'on'``. Any
role may set such a setting (``session_replication_role`` needs a superuser; ``ALTER
TABLE ... DISABLE TRIGGER`` locks the tables against every other client). The BEFORE
triggers (a document computed from its row, a new contact's UID) keep firing. A trigger
added by a later migration carries the same condition, and the restore rebuilds what it
keeps.

On SQLite nothing changes here: a restore drops the triggers inside its own transaction
and makes them again before it commits (SQLite's schema changes are transactional and the
file has one writer).

Frozen SQL: this file never changes once released.
"""

HELD = "current_setting('netjournal.hold_triggers', true) IS DISTINCT FROM 'on'"

PG_STATEMENTS = [
    f"""DO $$ DECLARE r record; made text; BEGIN
        FOR r IN SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid) AS def
                 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = current_schema() AND NOT t.tgisinternal
                   AND t.tgconstraint = 0 AND (t.tgtype & 1) = 1 AND (t.tgtype & 66) = 0
                 ORDER BY c.relname, t.tgname LOOP
            made := replace(r.def, ' FOR EACH ROW EXECUTE ',
                            ' FOR EACH ROW WHEN ({HELD.replace("'", "''")}) EXECUTE ');
            IF made = r.def THEN
                RAISE EXCEPTION 'trigger % on % has a form this step does not know: %',
                    r.tgname, r.relname, r.def;
            END IF;
            EXECUTE format('DROP TRIGGER %I ON %I', r.tgname, r.relname);
            EXECUTE made;
        END LOOP;
    END $$""",
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    if not is_postgres(db):
        return  # the restore drops and remakes SQLite's triggers in its own transaction
    for sql in PG_STATEMENTS:
        db.cursor().execute(sql)  # the driver's own cursor: no parameters to parse
