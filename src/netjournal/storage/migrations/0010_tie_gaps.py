"""The gap before each contact's every interaction, for the ties of the Network health page.

``tie_gap`` holds one row per live interaction (not in the bin) of each contact: its
moment, the reference before it (the contact's previous live interaction, or when the
contact was added for the first), the gap between the two in whole seconds (``back``),
the next live interaction's moment (``next_at``; NULL for the last), and the contact's
cadence key (``cadence``: their own cadence in days when they have one, else -1 close,
-2 regular, -3 weak (or a dormant stored by an old version); NULL while the contact is in
the bin). Interactions of a contact are ordered by their stored text, then id.

With it a week's ties are index range counts: reconnected = gaps longer than the cadence
that end in the week; gone dormant = such gaps (and open ends after a last interaction)
that pass the cadence in the week (see :mod:`netjournal.storage.health`). Before, every
contact's interactions of the last fifteen months were read in order for each count.

Triggers keep it in sync for every write path (participants added, removed or moved; an
interaction's date changed, moved to the bin or restored; a contact's tie strength,
cadence, bin state or date added changed); on PostgreSQL the same in PL/pgSQL. Existing
rows are filled here.

Two small partial indexes on contacts serve the same page: the contacts in the bin (the
favours of the week are counted from an index, less theirs) and the contacts never in
touch (they go dormant a cadence after they were added).

Frozen SQL: this file never changes once released.
"""


def secs(later: str, earlier: str) -> str:
    """Whole seconds from ``earlier`` to ``later`` (stored moments)."""
    return f"CAST(round((julianday({later}) - julianday({earlier})) * 86400) AS BIGINT)"


def key(c: str) -> str:
    """The cadence key of contact row ``c``."""
    return (f"CASE WHEN {c}.deleted_at IS NOT NULL THEN NULL"
            f" WHEN {c}.cadence_days > 0 THEN {c}.cadence_days"
            f" WHEN {c}.tie_strength = 'close' THEN -1"
            f" WHEN {c}.tie_strength = 'regular' THEN -2 ELSE -3 END")


TABLE = """CREATE TABLE "tie_gap" (
    "contact_id" INTEGER NOT NULL,
    "occurred_at" TEXT NOT NULL,
    "interaction_id" INTEGER NOT NULL,
    "prev_at" TEXT,
    "back" BIGINT,
    "next_at" TEXT,
    "cadence" INTEGER,
    PRIMARY KEY ("contact_id", "occurred_at", "interaction_id"))"""

INDEXES = [
    'CREATE UNIQUE INDEX "tie_gap_interaction" ON "tie_gap" ("interaction_id", "contact_id")',
    # reconnected: gaps ending in a week; gone dormant: gaps passing the cadence in it
    'CREATE INDEX "tie_gap_reconnected" ON "tie_gap" ("cadence", "occurred_at", "back")',
    'CREATE INDEX "tie_gap_dormant" ON "tie_gap" ("cadence", "prev_at", "back")',
    # the same for the gaps of more than 30 days (at most half of them), which are all
    # that a cadence of 30 days or more needs to read
    'CREATE INDEX "tie_gap_reconnected_long" ON "tie_gap" ("cadence", "occurred_at", "back")'
    ' WHERE "back" > 2592000',
    'CREATE INDEX "tie_gap_dormant_long" ON "tie_gap" ("cadence", "prev_at", "back")'
    ' WHERE "back" > 2592000',
    'CREATE INDEX "tie_gap_last" ON "tie_gap" ("cadence", "occurred_at")'
    ' WHERE "next_at" IS NULL',
    # whole-day moments, counted in the week of their own day
    'CREATE INDEX "tie_gap_day_only" ON "tie_gap" ("occurred_at")'
    " WHERE substr(occurred_at, 11, 1) = 'T'",
    'CREATE INDEX "tie_gap_prev_day_only" ON "tie_gap" ("prev_at")'
    " WHERE substr(prev_at, 11, 1) = 'T'",
    # the contacts in the bin (few: what the page's counts leave out)
    'CREATE INDEX "contact_in_bin" ON "contact" ("id") WHERE "deleted_at" IS NOT NULL',
    # contacts never in touch (they go dormant a cadence after they were added)
    'CREATE INDEX "contact_never_in_touch" ON "contact" ("created_at", "tie_strength",'
    ' "cadence_days") WHERE "last_interaction_at" IS NULL AND "deleted_at" IS NULL',
]

FILL = f"""INSERT INTO tie_gap (contact_id, occurred_at, interaction_id, prev_at, back,
        next_at, cadence)
    SELECT cid, at, iid, ref, {secs("at", "ref")}, nxt, cad FROM (
        SELECT p.contact_id AS cid, i.occurred_at AS at, i.id AS iid,
            coalesce(lag(i.occurred_at) OVER w, c.created_at) AS ref,
            lead(i.occurred_at) OVER w AS nxt, {key("c")} AS cad
        FROM participant p JOIN interaction i ON i.id = p.interaction_id
        JOIN contact c ON c.id = p.contact_id
        WHERE i.deleted_at IS NULL
        WINDOW w AS (PARTITION BY p.contact_id ORDER BY i.occurred_at, i.id)) AS s"""

# SQLite: set-based statements over the contacts a change touches ---------------------------


def _near(t: str, op: str, order: str, skip: str) -> str:
    return (f"(SELECT g.occurred_at FROM tie_gap g WHERE g.contact_id = {t}.contact_id"
            f" AND (g.occurred_at, g.interaction_id) {op} ({t}.occurred_at, {t}.interaction_id)"
            f" AND g.interaction_id <> {skip}"
            f" ORDER BY g.occurred_at {order}, g.interaction_id {order} LIMIT 1)")


def refresh(skip: str = "0") -> str:
    """SET clause giving a row its reference, gap and next moment (leaving out the
    interaction ``skip``, about to go)."""
    prev = (f"coalesce({_near('tie_gap', '<', 'DESC', skip)},"
            " (SELECT c.created_at FROM contact c WHERE c.id = tie_gap.contact_id))")
    return (f"prev_at = {prev}, back = {secs('tie_gap.occurred_at', prev)},"
            f" next_at = {_near('tie_gap', '>', 'ASC', skip)}")


def neighbour(src: str, at: str, iid: str, op: str, order: str) -> str:
    """WHERE clause for the row before (``<``) or after (``>``) ``(at, iid)`` of each
    contact of ``src`` (a SELECT of ``cid``)."""
    near = (f"FROM tie_gap g WHERE g.contact_id = p.cid AND g.interaction_id <> {iid}"
            f" AND (g.occurred_at, g.interaction_id) {op} ({at}, {iid})"
            f" ORDER BY g.occurred_at {order}, g.interaction_id {order} LIMIT 1")
    return (f"(contact_id, occurred_at, interaction_id) IN (SELECT p.cid,"
            f" (SELECT g.occurred_at {near}), (SELECT g.interaction_id {near}) FROM ({src}) p)")


def add(src: str, at: str, iid: str) -> str:
    """Statements adding interaction ``iid`` at ``at`` for the contacts of ``src``."""
    near = ("(SELECT g.occurred_at FROM tie_gap g WHERE g.contact_id = p.cid"
            f" AND (g.occurred_at, g.interaction_id) {{op}} ({at}, {iid})"
            " ORDER BY g.occurred_at {order}, g.interaction_id {order} LIMIT 1)")
    prev = near.format(op="<", order="DESC")
    return f"""INSERT INTO tie_gap (contact_id, occurred_at, interaction_id, prev_at, back,
                next_at, cadence)
            SELECT cid, {at}, {iid}, ref, {secs(at, "ref")}, nxt, cad FROM (
                SELECT p.cid AS cid, coalesce({prev}, c.created_at) AS ref,
                    {near.format(op=">", order="ASC")} AS nxt, {key("c")} AS cad
                FROM ({src}) p JOIN contact c ON c.id = p.cid) AS s;
        UPDATE tie_gap SET next_at = {at} WHERE {neighbour(src, at, iid, "<", "DESC")};
        UPDATE tie_gap SET prev_at = {at}, back = {secs("occurred_at", at)}
            WHERE {neighbour(src, at, iid, ">", "ASC")};"""


def remove(src: str, at: str, iid: str) -> str:
    """Statements taking interaction ``iid`` (at ``at``) away for the contacts of ``src``."""
    return f"""UPDATE tie_gap SET {refresh(iid)} WHERE {neighbour(src, at, iid, "<", "DESC")};
        UPDATE tie_gap SET {refresh(iid)} WHERE {neighbour(src, at, iid, ">", "ASC")};
        DELETE FROM tie_gap WHERE interaction_id = {iid}
            AND contact_id IN (SELECT cid FROM ({src}));"""


LIVE = "EXISTS (SELECT 1 FROM interaction WHERE id = {iid} AND deleted_at IS NULL)"
AT = "(SELECT occurred_at FROM interaction WHERE id = {iid})"
GAP_AT = ("(SELECT occurred_at FROM tie_gap WHERE interaction_id = {iid}"
          " AND contact_id = {cid})")
PEOPLE = "SELECT contact_id AS cid FROM participant WHERE interaction_id = {iid}"
MOVED = "new.occurred_at IS NOT old.occurred_at"
LEAVES = f"(old.deleted_at IS NULL AND (new.deleted_at IS NOT NULL OR {MOVED}))"
ENTERS = f"(new.deleted_at IS NULL AND (old.deleted_at IS NOT NULL OR {MOVED}))"

STATEMENTS = [
    TABLE, FILL, *INDEXES,  # the indexes built once the rows are in: far quicker
    f"""CREATE TRIGGER "tie_gap_participant_insert" AFTER INSERT ON "participant"
        WHEN {LIVE.format(iid="new.interaction_id")} BEGIN
        {add("SELECT new.contact_id AS cid", AT.format(iid="new.interaction_id"),
             "new.interaction_id")}
    END""",
    f"""CREATE TRIGGER "tie_gap_participant_delete" AFTER DELETE ON "participant" BEGIN
        {remove("SELECT old.contact_id AS cid",
                GAP_AT.format(iid="old.interaction_id", cid="old.contact_id"),
                "old.interaction_id")}
    END""",
    f"""CREATE TRIGGER "tie_gap_participant_update" AFTER UPDATE OF contact_id, interaction_id
        ON "participant" BEGIN
        {remove("SELECT old.contact_id AS cid",
                GAP_AT.format(iid="old.interaction_id", cid="old.contact_id"),
                "old.interaction_id")}
        {add(f"SELECT new.contact_id AS cid WHERE {LIVE.format(iid='new.interaction_id')}",
             AT.format(iid="new.interaction_id"), "new.interaction_id")}
    END""",
    f"""CREATE TRIGGER "tie_gap_interaction_update" AFTER UPDATE OF occurred_at, deleted_at
        ON "interaction" WHEN {LEAVES} OR {ENTERS} BEGIN
        {remove(f"{PEOPLE.format(iid='old.id')} AND {LEAVES}", "old.occurred_at", "old.id")}
        {add(f"{PEOPLE.format(iid='new.id')} AND {ENTERS}", "new.occurred_at", "new.id")}
    END""",
    f"""CREATE TRIGGER "tie_gap_contact_cadence" AFTER UPDATE OF
        tie_strength, cadence_days, deleted_at ON "contact" BEGIN
        UPDATE tie_gap SET cadence = {key("new")} WHERE contact_id = new.id
            AND cadence IS NOT {key("new")};
    END""",
    f"""CREATE TRIGGER "tie_gap_contact_added" AFTER UPDATE OF created_at ON "contact"
        WHEN new.created_at IS NOT old.created_at BEGIN
        UPDATE tie_gap SET {refresh()} WHERE contact_id = new.id
            AND prev_at IS old.created_at;
    END""",
]

# PostgreSQL: the same in PL/pgSQL, a contact at a time --------------------------------------

PG_FUNCTIONS = [
    f"""CREATE FUNCTION tie_gap_refresh(cid integer, v_at text, iid integer)
        RETURNS void LANGUAGE plpgsql AS $$ DECLARE v_ref text; v_next text; BEGIN
        SELECT g.occurred_at INTO v_ref FROM tie_gap g WHERE g.contact_id = cid
            AND (g.occurred_at, g.interaction_id) < (v_at, iid)
            ORDER BY g.occurred_at DESC, g.interaction_id DESC LIMIT 1;
        IF v_ref IS NULL THEN SELECT c.created_at INTO v_ref FROM contact c WHERE c.id = cid;
        END IF;
        SELECT g.occurred_at INTO v_next FROM tie_gap g WHERE g.contact_id = cid
            AND (g.occurred_at, g.interaction_id) > (v_at, iid)
            ORDER BY g.occurred_at, g.interaction_id LIMIT 1;
        UPDATE tie_gap SET prev_at = v_ref, back = {secs("v_at", "v_ref")}, next_at = v_next
            WHERE contact_id = cid AND occurred_at = v_at AND interaction_id = iid;
        END $$""",
    """CREATE FUNCTION tie_gap_neighbours(cid integer, v_at text, iid integer)
        RETURNS void LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN
        FOR r IN (SELECT g.occurred_at, g.interaction_id FROM tie_gap g
                  WHERE g.contact_id = cid AND (g.occurred_at, g.interaction_id) < (v_at, iid)
                  ORDER BY g.occurred_at DESC, g.interaction_id DESC LIMIT 1)
                 UNION ALL
                 (SELECT g.occurred_at, g.interaction_id FROM tie_gap g
                  WHERE g.contact_id = cid AND (g.occurred_at, g.interaction_id) > (v_at, iid)
                  ORDER BY g.occurred_at, g.interaction_id LIMIT 1) LOOP
            PERFORM tie_gap_refresh(cid, r.occurred_at, r.interaction_id);
        END LOOP;
        END $$""",
    f"""CREATE FUNCTION tie_gap_add(cid integer, iid integer)
        RETURNS void LANGUAGE plpgsql AS $$ DECLARE v_at text; BEGIN
        SELECT i.occurred_at INTO v_at FROM interaction i
            WHERE i.id = iid AND i.deleted_at IS NULL;
        IF v_at IS NULL THEN RETURN; END IF;
        INSERT INTO tie_gap (contact_id, occurred_at, interaction_id, cadence)
            SELECT cid, v_at, iid, {key("c")} FROM contact c WHERE c.id = cid;
        PERFORM tie_gap_refresh(cid, v_at, iid);
        PERFORM tie_gap_neighbours(cid, v_at, iid);
        END $$""",
    """CREATE FUNCTION tie_gap_remove(cid integer, iid integer)
        RETURNS void LANGUAGE plpgsql AS $$ DECLARE v_at text; BEGIN
        DELETE FROM tie_gap g WHERE g.interaction_id = iid AND g.contact_id = cid
            RETURNING g.occurred_at INTO v_at;
        IF v_at IS NULL THEN RETURN; END IF;
        PERFORM tie_gap_neighbours(cid, v_at, iid);
        END $$""",
]


def pg_trigger(name: str, when: str, table: str, body: str) -> list[str]:
    return [f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$'
            f" DECLARE r record; BEGIN {body} RETURN NULL; END $$",
            f'CREATE TRIGGER "{name}" AFTER {when} ON "{table}" FOR EACH ROW'
            f' EXECUTE FUNCTION "{name}"()']


PG_STATEMENTS = [
    TABLE, FILL, *INDEXES, *PG_FUNCTIONS,
    *pg_trigger("tie_gap_participant_insert", "INSERT", "participant",
                "PERFORM tie_gap_add(new.contact_id, new.interaction_id);"),
    *pg_trigger("tie_gap_participant_delete", "DELETE", "participant",
                "PERFORM tie_gap_remove(old.contact_id, old.interaction_id);"),
    *pg_trigger("tie_gap_participant_update", "UPDATE OF contact_id, interaction_id",
                "participant",
                "PERFORM tie_gap_remove(old.contact_id, old.interaction_id);"
                " PERFORM tie_gap_add(new.contact_id, new.interaction_id);"),
    *pg_trigger("tie_gap_interaction_update", "UPDATE OF occurred_at, deleted_at",
                "interaction",
                "IF old.deleted_at IS NULL AND (new.deleted_at IS NOT NULL"
                " OR new.occurred_at IS DISTINCT FROM old.occurred_at) THEN"
                " FOR r IN SELECT contact_id FROM tie_gap WHERE interaction_id = old.id LOOP"
                " PERFORM tie_gap_remove(r.contact_id, old.id); END LOOP; END IF;"
                " IF new.deleted_at IS NULL AND (old.deleted_at IS NOT NULL"
                " OR new.occurred_at IS DISTINCT FROM old.occurred_at) THEN"
                " FOR r IN SELECT contact_id FROM participant WHERE interaction_id = new.id"
                " LOOP PERFORM tie_gap_add(r.contact_id, new.id); END LOOP; END IF;"),
    *pg_trigger("tie_gap_contact_cadence", "UPDATE OF tie_strength, cadence_days, deleted_at",
                "contact",
                f"UPDATE tie_gap SET cadence = {key('new')} WHERE contact_id = new.id"
                f" AND cadence IS DISTINCT FROM {key('new')};"),
    *pg_trigger("tie_gap_contact_added", "UPDATE OF created_at", "contact",
                "IF new.created_at IS DISTINCT FROM old.created_at THEN"
                " FOR r IN SELECT occurred_at, interaction_id FROM tie_gap"
                " WHERE contact_id = new.id AND prev_at = old.created_at LOOP"
                " PERFORM tie_gap_refresh(new.id, r.occurred_at, r.interaction_id);"
                " END LOOP; END IF;"),
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    for sql in PG_STATEMENTS if is_postgres(db) else STATEMENTS:
        db.execute_sql(sql)
