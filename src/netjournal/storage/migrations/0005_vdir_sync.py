"""Address-book sync through a vCard folder (a vdir): UIDs, archiving, sync state, history.

* ``contact.uid``: the stable UID a contact's card carries (its file is ``<uid>.vcf``).
  Existing contacts get one here; a trigger gives one to every contact inserted without
  it, whatever the write path (the editor, imports, the demo, a restored full export).
* ``contact.archived_at``: a contact whose card was deleted from the folder is archived:
  out of every list (``deleted_at`` is set too) but kept with its journal, never purged
  with the bin, restorable.
* ``vdir_state``: per UID, the card file as last synced (name, size, mtime, content
  hash) and the address-book fields as last synced: the base of the three-way merge.
  Triggers clear ``journal_rev`` whenever a contact's card would change (its fields,
  details or tags), so a sync knows which contacts to look at without reading them all
  (a contact's ``updated_at`` keeps whole seconds: two edits in one second look alike).
* ``contact_history``: what a sync did not take (a field changed on both sides keeps the
  journal's value; the other one is recorded here).

Frozen SQL: this file never changes once released.
"""

# A random (version 4) UUID in lower case, made by SQLite itself.
NEW_UID = """(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
    || '-' || lower(hex(randomblob(6))))"""

DIRTY = """UPDATE "vdir_state" SET "journal_rev" = '' WHERE "contact_id" = {cid};"""

STATEMENTS = [
    'ALTER TABLE "contact" ADD COLUMN "uid" TEXT',
    'ALTER TABLE "contact" ADD COLUMN "archived_at" DATETIME',
    f'UPDATE "contact" SET "uid" = {NEW_UID} WHERE "uid" IS NULL',
    'CREATE UNIQUE INDEX "contact_uid" ON "contact" ("uid")',
    f"""CREATE TRIGGER "contact_uid_insert" AFTER INSERT ON "contact"
        WHEN new.uid IS NULL BEGIN
        UPDATE "contact" SET "uid" = {NEW_UID} WHERE "id" = new.id;
    END""",
    """CREATE TABLE "vdir_state" (
        "uid" TEXT NOT NULL PRIMARY KEY,
        "folder" TEXT NOT NULL,
        "contact_id" INTEGER REFERENCES "contact" ("id") ON DELETE SET NULL,
        "file_name" TEXT NOT NULL,
        "size" INTEGER NOT NULL,
        "mtime_ns" INTEGER NOT NULL,
        "content_hash" TEXT NOT NULL,
        "journal_rev" TEXT NOT NULL DEFAULT '',
        "base" TEXT NOT NULL DEFAULT '{}',
        "synced_at" DATETIME NOT NULL)""",
    'CREATE INDEX "vdir_state_contact_id" ON "vdir_state" ("contact_id")',
    f"""CREATE TRIGGER "vdir_dirty_contact" AFTER UPDATE OF
        name, company, title, photo, birthday, notes, deleted_at ON "contact" BEGIN
        {DIRTY.format(cid="new.id")}
    END""",
    *(f"""CREATE TRIGGER "vdir_dirty_{table}_{event.lower()}" AFTER {event} ON "{table}"
        BEGIN {DIRTY.format(cid=f"{row}.contact_id")} END"""
      for table in ("contact_detail", "contact_tag")
      for event, row in (("INSERT", "new"), ("DELETE", "old"), ("UPDATE", "new"))),
    f"""CREATE TRIGGER "vdir_dirty_tag_rename" AFTER UPDATE OF name ON "tag" BEGIN
        {DIRTY.format(cid="(SELECT ct.contact_id FROM contact_tag ct"
                          " WHERE ct.tag_id = new.id)").replace("= (", "IN (")}
    END""",
    """CREATE TABLE "contact_history" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE,
        "occurred_at" DATETIME NOT NULL,
        "source" TEXT NOT NULL,
        "field" TEXT NOT NULL,
        "kept" TEXT NOT NULL DEFAULT '',
        "other" TEXT NOT NULL DEFAULT '')""",
    'CREATE INDEX "contact_history_contact_id" ON "contact_history" ("contact_id")',
]


# PostgreSQL: the same columns and tables; the UID from the server's own UUIDs, the same
# triggers in PL/pgSQL.
PG_DIRTY_CARD = """CREATE FUNCTION "vdir_dirty_card"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE "vdir_state" SET "journal_rev" = ''
        WHERE "contact_id" = CASE WHEN TG_OP = 'DELETE' THEN old.contact_id
                                  ELSE new.contact_id END;
        RETURN NULL;
    END $$"""

PG_STATEMENTS = [
    'ALTER TABLE "contact" ADD COLUMN "uid" TEXT',
    'ALTER TABLE "contact" ADD COLUMN "archived_at" TEXT',
    'UPDATE "contact" SET "uid" = gen_random_uuid()::text WHERE "uid" IS NULL',
    'CREATE UNIQUE INDEX "contact_uid" ON "contact" ("uid")',
    """CREATE FUNCTION "contact_uid_insert"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF new.uid IS NULL THEN new.uid := gen_random_uuid()::text; END IF;
        RETURN new; END $$""",
    """CREATE TRIGGER "contact_uid_insert" BEFORE INSERT ON "contact" FOR EACH ROW
        EXECUTE FUNCTION "contact_uid_insert"()""",
    STATEMENTS[5],  # vdir_state (its types follow the engine)
    'CREATE INDEX "vdir_state_contact_id" ON "vdir_state" ("contact_id")',
    """CREATE FUNCTION "vdir_dirty_contact"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        UPDATE "vdir_state" SET "journal_rev" = '' WHERE "contact_id" = new.id;
        RETURN NULL; END $$""",
    """CREATE TRIGGER "vdir_dirty_contact" AFTER UPDATE OF
        name, company, title, photo, birthday, notes, deleted_at ON "contact"
        FOR EACH ROW EXECUTE FUNCTION "vdir_dirty_contact"()""",
    PG_DIRTY_CARD,
    *(f"""CREATE TRIGGER "vdir_dirty_{table}" AFTER INSERT OR UPDATE OR DELETE ON "{table}"
        FOR EACH ROW EXECUTE FUNCTION "vdir_dirty_card"()"""
      for table in ("contact_detail", "contact_tag")),
    """CREATE FUNCTION "vdir_dirty_tag_rename"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        UPDATE "vdir_state" SET "journal_rev" = '' WHERE "contact_id" IN
            (SELECT ct.contact_id FROM contact_tag ct WHERE ct.tag_id = new.id);
        RETURN NULL; END $$""",
    """CREATE TRIGGER "vdir_dirty_tag_rename" AFTER UPDATE OF name ON "tag"
        FOR EACH ROW EXECUTE FUNCTION "vdir_dirty_tag_rename"()""",
    STATEMENTS[-2],  # contact_history
    STATEMENTS[-1],
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres, schema_sql

    if is_postgres(db):
        for sql in PG_STATEMENTS:
            db.execute_sql(schema_sql(sql))
        return
    for sql in STATEMENTS:
        db.execute_sql(sql)
