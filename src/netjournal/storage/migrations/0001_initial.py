"""The first schema: contacts and everything the journal records about them.

Frozen SQL: this file never changes once released; later schemas are new files. On
PostgreSQL the same statements run with its column types (``dialect.schema_sql``).
"""

STATEMENTS = [
    """CREATE TABLE "event" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" TEXT NOT NULL,
        "starts_on" DATE,
        "place" TEXT NOT NULL DEFAULT '',
        "notes" TEXT NOT NULL DEFAULT '',
        "created_at" DATETIME NOT NULL)""",
    'CREATE INDEX "event_name" ON "event" ("name" COLLATE NOCASE)',
    """CREATE TABLE "contact" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" TEXT NOT NULL,
        "company" TEXT NOT NULL DEFAULT '',
        "title" TEXT NOT NULL DEFAULT '',
        "photo" BLOB,
        "how_met" TEXT NOT NULL DEFAULT '',
        "met_on" DATE,
        "met_at_event_id" INTEGER REFERENCES "event" ("id") ON DELETE SET NULL,
        "introduced_by_id" INTEGER REFERENCES "contact" ("id") ON DELETE SET NULL,
        "tie_strength" TEXT NOT NULL DEFAULT 'weak',
        "cadence_days" INTEGER,
        "interests" TEXT NOT NULL DEFAULT '',
        "family" TEXT NOT NULL DEFAULT '',
        "remember" TEXT NOT NULL DEFAULT '',
        "notes" TEXT NOT NULL DEFAULT '',
        "birthday" DATE,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "deleted_at" DATETIME)""",
    'CREATE INDEX "contact_name" ON "contact" ("name")',
    'CREATE INDEX "contact_met_at_event_id" ON "contact" ("met_at_event_id")',
    'CREATE INDEX "contact_introduced_by_id" ON "contact" ("introduced_by_id")',
    """CREATE TABLE "contact_detail" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE,
        "kind" TEXT NOT NULL,
        "label" TEXT NOT NULL DEFAULT '',
        "value" TEXT NOT NULL,
        "normalized" TEXT NOT NULL DEFAULT '',
        "position" INTEGER NOT NULL DEFAULT 0)""",
    'CREATE INDEX "contact_detail_contact_id" ON "contact_detail" ("contact_id")',
    'CREATE INDEX "contact_detail_kind_normalized" ON "contact_detail" ("kind", "normalized")',
    """CREATE TABLE "tag" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" TEXT NOT NULL)""",
    'CREATE UNIQUE INDEX "tag_name" ON "tag" ("name")',
    """CREATE TABLE "contact_tag" (
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE,
        "tag_id" INTEGER NOT NULL REFERENCES "tag" ("id") ON DELETE CASCADE,
        PRIMARY KEY ("contact_id", "tag_id"))""",
    'CREATE INDEX "contact_tag_tag_id" ON "contact_tag" ("tag_id")',
    """CREATE TABLE "interaction" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "occurred_at" DATETIME NOT NULL,
        "channel" TEXT NOT NULL,
        "direction" TEXT NOT NULL,
        "goal" TEXT NOT NULL DEFAULT '',
        "summary" TEXT NOT NULL DEFAULT '',
        "learned" TEXT NOT NULL DEFAULT '',
        "event_id" INTEGER REFERENCES "event" ("id") ON DELETE SET NULL,
        "awaiting_reply" INTEGER NOT NULL DEFAULT 0,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "deleted_at" DATETIME)""",
    'CREATE INDEX "interaction_occurred_at" ON "interaction" ("occurred_at")',
    'CREATE INDEX "interaction_event_id" ON "interaction" ("event_id")',
    """CREATE TABLE "participant" (
        "interaction_id" INTEGER NOT NULL REFERENCES "interaction" ("id") ON DELETE CASCADE,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE,
        PRIMARY KEY ("interaction_id", "contact_id"))""",
    'CREATE INDEX "participant_contact_id" ON "participant" ("contact_id")',
    """CREATE TABLE "offer" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE,
        "text" TEXT NOT NULL,
        "status" TEXT NOT NULL DEFAULT 'idea',
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL)""",
    'CREATE INDEX "offer_contact_id" ON "offer" ("contact_id")',
    """CREATE TABLE "exchange" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE,
        "direction" TEXT NOT NULL,
        "kind" TEXT NOT NULL,
        "description" TEXT NOT NULL DEFAULT '',
        "occurred_on" DATE,
        "status" TEXT NOT NULL DEFAULT 'done',
        "created_at" DATETIME NOT NULL)""",
    'CREATE INDEX "exchange_contact_id" ON "exchange" ("contact_id")',
    """CREATE TABLE "follow_up" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE,
        "due_on" DATE NOT NULL,
        "kind" TEXT NOT NULL,
        "reason" TEXT NOT NULL DEFAULT '',
        "status" TEXT NOT NULL DEFAULT 'open',
        "attempt" INTEGER,
        "origin_interaction_id" INTEGER
            REFERENCES "interaction" ("id") ON DELETE SET NULL,
        "created_at" DATETIME NOT NULL,
        "closed_at" DATETIME)""",
    'CREATE INDEX "follow_up_contact_id" ON "follow_up" ("contact_id")',
    'CREATE INDEX "follow_up_status_due_on" ON "follow_up" ("status", "due_on")',
    'CREATE INDEX "follow_up_origin_interaction_id" ON "follow_up" ("origin_interaction_id")',
    """CREATE TABLE "introduction" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "person_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE,
        "introducer_id" INTEGER REFERENCES "contact" ("id") ON DELETE SET NULL,
        "to_contact_id" INTEGER REFERENCES "contact" ("id") ON DELETE SET NULL,
        "direction" TEXT NOT NULL DEFAULT 'received',
        "made_on" DATE,
        "asked_first" INTEGER NOT NULL DEFAULT 0,
        "outcome" TEXT NOT NULL DEFAULT 'pending',
        "notes" TEXT NOT NULL DEFAULT '',
        "created_at" DATETIME NOT NULL)""",
    'CREATE INDEX "introduction_person_id" ON "introduction" ("person_id")',
    'CREATE INDEX "introduction_introducer_id" ON "introduction" ("introducer_id")',
    'CREATE INDEX "introduction_to_contact_id" ON "introduction" ("to_contact_id")',
    """CREATE TABLE "connection_request" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "direction" TEXT NOT NULL DEFAULT 'incoming',
        "name" TEXT NOT NULL,
        "network" TEXT NOT NULL DEFAULT '',
        "profile_url" TEXT NOT NULL DEFAULT '',
        "message" TEXT NOT NULL DEFAULT '',
        "mutual_connections" INTEGER NOT NULL DEFAULT 0,
        "has_photo" INTEGER NOT NULL DEFAULT 0,
        "profile_filled" INTEGER NOT NULL DEFAULT 0,
        "received_on" DATE,
        "decision" TEXT NOT NULL DEFAULT 'pending',
        "decided_at" DATETIME,
        "contact_id" INTEGER REFERENCES "contact" ("id") ON DELETE SET NULL,
        "created_at" DATETIME NOT NULL)""",
    'CREATE INDEX "connection_request_contact_id" ON "connection_request" ("contact_id")',
    'CREATE INDEX "connection_request_decision" ON "connection_request" ("decision")',
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import POSTGRES_FUNCTIONS, is_postgres, schema_sql

    if is_postgres(db):
        for sql in POSTGRES_FUNCTIONS:  # the driver's own cursor: no parameters to parse
            db.cursor().execute(sql)
    for sql in STATEMENTS:
        db.execute_sql(schema_sql(sql) if is_postgres(db) else sql)
