"""PostgreSQL: each contact's search row also holds its name order and whether it is live.

Search as you type shows the first page of matches in name order. On a server, for a short
prefix with a few thousand matches, that page was found by walking the contacts in name
order and checking each one's document: quick when the matches are spread through the
alphabet ("to"), but a prefix that starts many names clusters its matches under one letter
("ri" for Rina and Rizky, "yu", "wu"), and the walk then checked 70,000 contacts first
(a quarter to a third of a second per keystroke at 100,000 contacts). Sorting the matches
instead read every matching contact's row as well (4 µs a match).

Here ``contact_fts`` holds ``sort_name`` (the contact's ``lower(name)``, the list's own
order) and ``live`` (not in the trash), so the matches are sorted in the search table's
own rows: about a microsecond a match, whatever letter they start with. The BEFORE
trigger that makes the document reads both from the contact on every write of the row
(and no longer rebuilds the document when none of its columns changed); a contact moved
to or out of the trash writes its row. The rows there are filled by a rewrite of the
table. SQLite: nothing to do (FTS5 answers from its own index).

Frozen SQL: this file never changes once released.
"""

# as migration 0014 made every AFTER ROW trigger: held off while a restore writes
HELD = "current_setting('netjournal.hold_triggers', true) IS DISTINCT FROM 'on'"

PG_STATEMENTS = [
    'ALTER TABLE "contact_fts" ADD COLUMN "sort_name" TEXT, ADD COLUMN "live" BOOLEAN',
    """CREATE OR REPLACE FUNCTION "contact_fts_doc"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
        IF TG_OP = 'INSERT' OR new.doc IS NULL
           OR (new.name, new.company, new.title, new.tags, new.interests, new.notes)
              IS DISTINCT FROM
              (old.name, old.company, old.title, old.tags, old.interests, old.notes) THEN
            new.doc := fts_with_prefixes(setweight(fts_words(new.name), 'A')
                || fts_words(concat_ws(' ', new.company, new.title, new.tags,
                                       new.interests, new.notes)));
        END IF;
        SELECT lower(c.name), c.deleted_at IS NULL INTO new.sort_name, new.live
            FROM contact c WHERE c.id = new.rowid;
        RETURN new; END $$""",
    """CREATE FUNCTION "contact_fts_live"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        UPDATE contact_fts SET live = (new.deleted_at IS NULL) WHERE rowid = new.id;
        RETURN NULL; END $$""",
    f"""CREATE TRIGGER "contact_fts_live" AFTER UPDATE OF deleted_at ON "contact"
        FOR EACH ROW WHEN ({HELD}) EXECUTE FUNCTION "contact_fts_live"()""",
    # the rows there, filled by rewriting the table (an UPDATE of every row would leave
    # it twice its size, and a first page reads a page of it for each match)
    """CREATE FUNCTION "contact_sort_name"(cid integer) RETURNS text LANGUAGE sql STABLE
        AS $$ SELECT lower(name) FROM contact WHERE id = cid $$""",
    """CREATE FUNCTION "contact_live"(cid integer) RETURNS boolean LANGUAGE sql STABLE
        AS $$ SELECT deleted_at IS NULL FROM contact WHERE id = cid $$""",
    """ALTER TABLE "contact_fts"
        ALTER COLUMN "sort_name" TYPE TEXT USING contact_sort_name(rowid),
        ALTER COLUMN "live" TYPE BOOLEAN USING contact_live(rowid)""",
    'DROP FUNCTION "contact_sort_name"(integer)',
    'DROP FUNCTION "contact_live"(integer)',
    'ANALYZE "contact_fts"',
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    if is_postgres(db):
        for sql in PG_STATEMENTS:
            db.cursor().execute(sql)  # the driver's own cursor: no parameters to parse
