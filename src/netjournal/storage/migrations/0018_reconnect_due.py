"""The reconnect suggestions are read most overdue first, from two indexes, not every contact.

The Today view suggests a handful of quiet ties to reconnect with: the contacts of each
tie strength longest past their keep-in-touch cadence. Migration 0009's covering index
spared the table, but the query still read one index entry per live contact and sorted
them all: most of the Today page's read (5 of 8 ms at 10,000 contacts, 42 of 56 ms at
100,000).

A contact on the default cadence of their tie strength is due once their reference (the
last interaction, or when they were added) is that many days old, so within a tie
strength the most overdue are the oldest references: ``contact_reconnect_default`` holds
them by tie strength and the reference's day number (``julianday``). A contact with a
cadence of their own is due on the reference's day number plus that cadence:
``contact_reconnect_own`` holds them by tie strength and that day. The query walks each
tie strength's part of both in order and stops at the few it keeps.

Migration 0009's index stays: a contact list filtered by tie strength may use it.

Frozen SQL: this file never changes once released.
"""

REFERENCE = 'julianday(coalesce("last_interaction_at", "created_at"))'

STATEMENTS = [
    f'CREATE INDEX IF NOT EXISTS "contact_reconnect_default" ON "contact" '
    f'("tie_strength", ({REFERENCE})) '
    'WHERE "deleted_at" IS NULL AND coalesce("cadence_days", 0) <= 0',
    f'CREATE INDEX IF NOT EXISTS "contact_reconnect_own" ON "contact" '
    f'("tie_strength", ({REFERENCE} + "cadence_days")) '
    'WHERE "deleted_at" IS NULL AND "cadence_days" > 0',
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    # PostgreSQL: julianday is the IMMUTABLE function of migration 0001, as an index needs
    for sql in STATEMENTS:
        db.cursor().execute(sql)  # the driver's own cursor: no parameters to parse
