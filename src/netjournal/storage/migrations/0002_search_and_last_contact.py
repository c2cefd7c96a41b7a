"""Full-text search and the derived last-contact date, kept in sync by triggers.

Triggers make every write path count (edits, imports, bulk demo data) without the
store having to remember. Existing rows are indexed and back-filled here.

Frozen SQL: this file never changes once released.
"""

# Letters SQLite's remove_diacritics cannot fold (they have no decomposition), mapped by
# hand for names and companies, so "lukasz" finds "Łukasz" and "soren" finds "Søren".
# storage/search.py applies the same table to what the user types.
LETTERS = (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("Đ", "D"),
           ("ß", "ss"), ("ı", "i"), ("æ", "ae"), ("Æ", "AE"), ("œ", "oe"), ("Œ", "OE"))


def folded(expr: str) -> str:
    for letter, plain in LETTERS:
        expr = f"replace({expr}, '{letter}', '{plain}')"
    return expr


FOLD = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"

TAGS_OF = """(SELECT coalesce(group_concat(t.name, ' '), '')
              FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.contact_id = {cid})"""

LAST_OF = """(SELECT max(i.occurred_at) FROM participant p
              JOIN interaction i ON i.id = p.interaction_id
              WHERE p.contact_id = {cid} AND i.deleted_at IS NULL)"""

STATEMENTS = [
    'ALTER TABLE "contact" ADD COLUMN "last_interaction_at" DATETIME',
    'CREATE INDEX "contact_last_interaction_at" ON "contact" ("last_interaction_at")',
    'CREATE INDEX "contact_name_nocase" ON "contact" ("name" COLLATE NOCASE, "id")',
    f"""CREATE VIRTUAL TABLE "contact_fts" USING fts5(
        name, company, title, tags, interests, notes, {FOLD})""",
    f"""CREATE VIRTUAL TABLE "interaction_fts" USING fts5(
        goal, summary, learned, {FOLD})""",
    # contacts
    f"""CREATE TRIGGER "contact_fts_insert" AFTER INSERT ON "contact" BEGIN
        INSERT INTO contact_fts (rowid, name, company, title, tags, interests, notes)
        VALUES (new.id, {folded("new.name")}, {folded("new.company")}, new.title, '',
                new.interests || ' ' || new.family || ' ' || new.remember,
                new.notes || ' ' || new.how_met);
    END""",
    f"""CREATE TRIGGER "contact_fts_update" AFTER UPDATE OF
        name, company, title, interests, family, remember, notes, how_met ON "contact"
    BEGIN
        UPDATE contact_fts SET name = {folded("new.name")},
            company = {folded("new.company")}, title = new.title,
            interests = new.interests || ' ' || new.family || ' ' || new.remember,
            notes = new.notes || ' ' || new.how_met
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER "contact_fts_delete" AFTER DELETE ON "contact" BEGIN
        DELETE FROM contact_fts WHERE rowid = old.id;
    END""",
    # tags
    f"""CREATE TRIGGER "contact_tag_fts_insert" AFTER INSERT ON "contact_tag" BEGIN
        UPDATE contact_fts SET tags = {TAGS_OF.format(cid="new.contact_id")}
        WHERE rowid = new.contact_id;
    END""",
    f"""CREATE TRIGGER "contact_tag_fts_delete" AFTER DELETE ON "contact_tag" BEGIN
        UPDATE contact_fts SET tags = {TAGS_OF.format(cid="old.contact_id")}
        WHERE rowid = old.contact_id;
    END""",
    f"""CREATE TRIGGER "tag_fts_rename" AFTER UPDATE OF name ON "tag" BEGIN
        UPDATE contact_fts SET tags = {TAGS_OF.format(cid="contact_fts.rowid")}
        WHERE rowid IN (SELECT contact_id FROM contact_tag WHERE tag_id = new.id);
    END""",
    # interactions
    """CREATE TRIGGER "interaction_fts_insert" AFTER INSERT ON "interaction" BEGIN
        INSERT INTO interaction_fts (rowid, goal, summary, learned)
        VALUES (new.id, new.goal, new.summary, new.learned);
    END""",
    """CREATE TRIGGER "interaction_fts_update" AFTER UPDATE OF goal, summary, learned
        ON "interaction" BEGIN
        UPDATE interaction_fts SET goal = new.goal, summary = new.summary,
            learned = new.learned
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER "interaction_fts_delete" AFTER DELETE ON "interaction" BEGIN
        DELETE FROM interaction_fts WHERE rowid = old.id;
    END""",
    # last contact
    f"""CREATE TRIGGER "participant_last_insert" AFTER INSERT ON "participant" BEGIN
        UPDATE contact SET last_interaction_at = {LAST_OF.format(cid="new.contact_id")}
        WHERE id = new.contact_id;
    END""",
    f"""CREATE TRIGGER "participant_last_delete" AFTER DELETE ON "participant" BEGIN
        UPDATE contact SET last_interaction_at = {LAST_OF.format(cid="old.contact_id")}
        WHERE id = old.contact_id;
    END""",
    f"""CREATE TRIGGER "interaction_last_update" AFTER UPDATE OF occurred_at, deleted_at
        ON "interaction" BEGIN
        UPDATE contact SET last_interaction_at = {LAST_OF.format(cid="contact.id")}
        WHERE id IN (SELECT contact_id FROM participant WHERE interaction_id = new.id);
    END""",
    # back-fill what the first schema already holds
    f"""INSERT INTO contact_fts (rowid, name, company, title, tags, interests, notes)
        SELECT c.id, {folded("c.name")}, {folded("c.company")}, c.title,
               {TAGS_OF.format(cid="c.id")},
               c.interests || ' ' || c.family || ' ' || c.remember,
               c.notes || ' ' || c.how_met
        FROM contact c""",
    """INSERT INTO interaction_fts (rowid, goal, summary, learned)
        SELECT id, goal, summary, learned FROM interaction""",
    f'UPDATE contact SET last_interaction_at = {LAST_OF.format(cid="contact.id")}',
]


# PostgreSQL: the same tables and columns, a ``tsvector`` beside the text (accents folded by
# ``unaccent``, prefixes matched by the query), kept in sync by the same triggers in PL/pgSQL.
PG_TAGS_OF = """(SELECT coalesce(string_agg(t.name, ' '), '')
                 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                 WHERE ct.contact_id = {cid})"""


def pg_function(name: str, body: str) -> str:
    return (f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN '
            f"{body} RETURN NULL; END $$")


def pg_trigger(name: str, when: str, table: str) -> str:
    return (f'CREATE TRIGGER "{name}" AFTER {when} ON "{table}" FOR EACH ROW '
            f'EXECUTE FUNCTION "{name}"()')


PG_CONTACT_ROW = f"""{folded("new.name")}, {folded("new.company")}, new.title,
    new.interests || ' ' || new.family || ' ' || new.remember,
    new.notes || ' ' || new.how_met"""

PG_STATEMENTS = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    'ALTER TABLE "contact" ADD COLUMN "last_interaction_at" TEXT',
    'CREATE INDEX "contact_last_interaction_at" ON "contact" ("last_interaction_at")',
    'CREATE INDEX "contact_name_nocase" ON "contact" (lower("name"), "id")',
    """CREATE TABLE "contact_fts" (
        "rowid" INTEGER PRIMARY KEY, "name" TEXT, "company" TEXT, "title" TEXT,
        "tags" TEXT NOT NULL DEFAULT '', "interests" TEXT, "notes" TEXT, "doc" tsvector)""",
    """CREATE TABLE "interaction_fts" (
        "rowid" INTEGER PRIMARY KEY, "goal" TEXT, "summary" TEXT, "learned" TEXT,
        "doc" tsvector)""",
    'CREATE INDEX "contact_fts_doc" ON "contact_fts" USING gin ("doc")',
    'CREATE INDEX "interaction_fts_doc" ON "interaction_fts" USING gin ("doc")',
    # the documents, built from the columns whenever a row is written
    # words are runs of letters and digits, as SQLite's tokenizer sees them; the name
    # is weighted A so that a search can ask for names only
    """CREATE FUNCTION "fts_words"(value text) RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT to_tsvector('simple', regexp_replace(unaccent(coalesce(value, '')),
                                                    '[^[:alnum:]]+', ' ', 'g')) $$""",
    """CREATE FUNCTION "contact_fts_doc"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        new.doc := setweight(fts_words(new.name), 'A') || fts_words(concat_ws(' ',
            new.company, new.title, new.tags, new.interests, new.notes));
        RETURN new; END $$""",
    """CREATE TRIGGER "contact_fts_doc" BEFORE INSERT OR UPDATE ON "contact_fts"
        FOR EACH ROW EXECUTE FUNCTION "contact_fts_doc"()""",
    """CREATE FUNCTION "interaction_fts_doc"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        new.doc := fts_words(concat_ws(' ', new.goal, new.summary, new.learned));
        RETURN new; END $$""",
    """CREATE TRIGGER "interaction_fts_doc" BEFORE INSERT OR UPDATE ON "interaction_fts"
        FOR EACH ROW EXECUTE FUNCTION "interaction_fts_doc"()""",
    # contacts
    pg_function("contact_fts_insert", f"""INSERT INTO contact_fts
        (rowid, name, company, title, interests, notes) VALUES (new.id, {PG_CONTACT_ROW});"""),
    pg_trigger("contact_fts_insert", "INSERT", "contact"),
    pg_function("contact_fts_update", f"""UPDATE contact_fts SET
        (name, company, title, interests, notes) = ({PG_CONTACT_ROW}) WHERE rowid = new.id;"""),
    pg_trigger("contact_fts_update", "UPDATE OF name, company, title, interests, family, "
               "remember, notes, how_met", "contact"),
    pg_function("contact_fts_delete", "DELETE FROM contact_fts WHERE rowid = old.id;"),
    pg_trigger("contact_fts_delete", "DELETE", "contact"),
    # tags
    pg_function("contact_tag_fts_insert", f"""UPDATE contact_fts
        SET tags = {PG_TAGS_OF.format(cid="new.contact_id")} WHERE rowid = new.contact_id;"""),
    pg_trigger("contact_tag_fts_insert", "INSERT", "contact_tag"),
    pg_function("contact_tag_fts_delete", f"""UPDATE contact_fts
        SET tags = {PG_TAGS_OF.format(cid="old.contact_id")} WHERE rowid = old.contact_id;"""),
    pg_trigger("contact_tag_fts_delete", "DELETE", "contact_tag"),
    pg_function("tag_fts_rename", f"""UPDATE contact_fts
        SET tags = {PG_TAGS_OF.format(cid="contact_fts.rowid")}
        WHERE rowid IN (SELECT contact_id FROM contact_tag WHERE tag_id = new.id);"""),
    pg_trigger("tag_fts_rename", "UPDATE OF name", "tag"),
    # interactions
    pg_function("interaction_fts_insert", """INSERT INTO interaction_fts
        (rowid, goal, summary, learned) VALUES (new.id, new.goal, new.summary, new.learned);"""),
    pg_trigger("interaction_fts_insert", "INSERT", "interaction"),
    pg_function("interaction_fts_update", """UPDATE interaction_fts SET goal = new.goal,
        summary = new.summary, learned = new.learned WHERE rowid = new.id;"""),
    pg_trigger("interaction_fts_update", "UPDATE OF goal, summary, learned", "interaction"),
    pg_function("interaction_fts_delete", "DELETE FROM interaction_fts WHERE rowid = old.id;"),
    pg_trigger("interaction_fts_delete", "DELETE", "interaction"),
    # last contact
    pg_function("participant_last_insert", f"""UPDATE contact
        SET last_interaction_at = {LAST_OF.format(cid="new.contact_id")}
        WHERE id = new.contact_id;"""),
    pg_trigger("participant_last_insert", "INSERT", "participant"),
    pg_function("participant_last_delete", f"""UPDATE contact
        SET last_interaction_at = {LAST_OF.format(cid="old.contact_id")}
        WHERE id = old.contact_id;"""),
    pg_trigger("participant_last_delete", "DELETE", "participant"),
    pg_function("interaction_last_update", f"""UPDATE contact
        SET last_interaction_at = {LAST_OF.format(cid="contact.id")}
        WHERE id IN (SELECT contact_id FROM participant WHERE interaction_id = new.id);"""),
    pg_trigger("interaction_last_update", "UPDATE OF occurred_at, deleted_at", "interaction"),
    # back-fill what the first schema already holds
    f"""INSERT INTO contact_fts (rowid, name, company, title, tags, interests, notes)
        SELECT c.id, {folded("c.name")}, {folded("c.company")}, c.title,
               {PG_TAGS_OF.format(cid="c.id")},
               c.interests || ' ' || c.family || ' ' || c.remember,
               c.notes || ' ' || c.how_met
        FROM contact c""",
    """INSERT INTO interaction_fts (rowid, goal, summary, learned)
        SELECT id, goal, summary, learned FROM interaction""",
    f'UPDATE contact SET last_interaction_at = {LAST_OF.format(cid="contact.id")}',
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    for sql in PG_STATEMENTS if is_postgres(db) else STATEMENTS:
        db.execute_sql(sql)
