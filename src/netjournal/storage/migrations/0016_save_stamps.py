"""A card's stamp moves on every save, even two saves within one second.

An editor that opened a card remembers its ``updated_at``; saving it later is refused
when the stored stamp differs (someone else saved in between: another window, another
computer, a command). Stamps are whole seconds, so a save in the same second as the one
the editor read left the stamp as it was and went unnoticed: the later save overwrote it.
Here any write that leaves ``updated_at`` equal to what it was moves it one second on, on
both engines and for every writer (the card, bulk edits, imports, older copies of the
app), so two saves never carry one stamp. A write that sets another stamp (a restore of a
journal's own times) keeps it. Taking a card's row lock without a change
(:meth:`netjournal.storage.contacts.Contacts.save`) sets ``id``, not the stamp.

Frozen SQL: this file never changes once released.
"""

SQLITE_STATEMENTS = [
    """CREATE TRIGGER IF NOT EXISTS "contact_stamp_moves" AFTER UPDATE OF updated_at
        ON "contact" WHEN new.updated_at = old.updated_at BEGIN
        UPDATE "contact" SET "updated_at" = datetime(old.updated_at, '+1 second')
        WHERE "id" = new.id;
    END""",
]

# Moments are stored as text on both engines ('YYYY-MM-DD HH:MM:SS', UTC): the server
# adds its second in the same form.
PG_STATEMENTS = [
    """CREATE OR REPLACE FUNCTION "contact_stamp_moves"() RETURNS trigger
        LANGUAGE plpgsql AS $$ BEGIN
        IF new.updated_at = old.updated_at THEN
            new.updated_at := to_char(old.updated_at::timestamp + interval '1 second',
                                      'YYYY-MM-DD HH24:MI:SS');
        END IF;
        RETURN new; END $$""",
    """CREATE TRIGGER "contact_stamp_moves" BEFORE UPDATE OF updated_at ON "contact"
        FOR EACH ROW EXECUTE FUNCTION "contact_stamp_moves"()""",
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    for sql in PG_STATEMENTS if is_postgres(db) else SQLITE_STATEMENTS:
        db.cursor().execute(sql)  # the driver's own cursor: no parameters to parse
