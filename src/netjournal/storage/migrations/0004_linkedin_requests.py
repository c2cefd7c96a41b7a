"""Source keys for rows an import brings: LinkedIn's invitations and message days.

A connection request read from ``Invitations.csv`` and an interaction made of one day of
a ``messages.csv`` conversation carry a key naming where they came from; a unique index
on it makes importing the same file again add nothing. Rows typed by hand have none
(NULL, which a unique index lets repeat).

Frozen SQL: this file never changes once released.
"""

STATEMENTS = [
    'ALTER TABLE "connection_request" ADD COLUMN "source_key" TEXT',
    'CREATE UNIQUE INDEX "connection_request_source_key" ON "connection_request" '
    '("source_key")',
    'ALTER TABLE "interaction" ADD COLUMN "source_key" TEXT',
    'CREATE UNIQUE INDEX "interaction_source_key" ON "interaction" ("source_key")',
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    for sql in STATEMENTS:
        db.execute_sql(sql)
