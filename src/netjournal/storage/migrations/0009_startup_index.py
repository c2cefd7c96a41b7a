"""Indexes for what the Today view reads at start: reconnect suggestions and birthdays.

The query looks at every live contact's tie strength, cadence and last interaction (or
creation) date; from the table that meant reading each row past its photo and notes.
With this index it reads only the index, and the table for the few suggestions shown.
``deleted_at`` comes last on purpose: the index must not look like a way to find the
live contacts, or SQLite would take it for the name-ordered contact list too.

The birthdays ahead are found by month and day (``strftime('%m-%d', birthday)``): an index
on that expression turns a scan of every contact into a few lookups.

Frozen SQL: this file never changes once released.
"""

STATEMENTS = [
    'CREATE INDEX IF NOT EXISTS "contact_reconnect" ON "contact" '
    '("tie_strength", "cadence_days", "created_at", "last_interaction_at", "deleted_at")',
    'CREATE INDEX IF NOT EXISTS "contact_birthday_day" ON "contact" '
    "(strftime('%m-%d', \"birthday\"))",
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    for sql in STATEMENTS:  # PostgreSQL: its strftime is the one migration 0001 defines
        if is_postgres(db):
            db.cursor().execute(sql)  # the driver's own cursor: no parameters to parse
        else:
            db.execute_sql(sql)
