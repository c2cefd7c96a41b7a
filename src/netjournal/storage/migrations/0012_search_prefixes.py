"""PostgreSQL's search documents also hold the 1 to 3 letter prefixes of their words.

SQLite's FTS5 tables index those prefixes since migration 0002 (``prefix = '1 2 3'``), so
a short prefix such as ``t`` is one lookup there. A ``tsvector`` query ``'t':*`` instead
merges the index entries of every word starting with ``t`` before anything is returned,
which on 100,000 contacts took a third of a second per keystroke. Here every document also
holds each prefix of one to three letters of its words as a word of its own, weighted A
when a name holds it, placed two positions past the document's last word (so no phrase
ever runs into them), and the search asks for a short prefix as that exact word: the same
hits, one index entry read. Existing documents are rebuilt. SQLite: nothing to do.

Frozen SQL: this file never changes once released.
"""

PG_STATEMENTS = [
    # the prefixes (shorter than the word, up to 3 letters) of the document's words, as
    # one more tsvector: weighted A when a word they start is (a name)
    """CREATE FUNCTION "fts_with_prefixes"(doc tsvector) RETURNS tsvector
        LANGUAGE sql IMMUTABLE AS $$
        SELECT doc || coalesce((
            SELECT string_agg('''' || p.prefix || ''':3' || CASE WHEN p.named THEN 'A'
                              ELSE '' END, ' ')
            FROM (SELECT left(w.lexeme, n) AS prefix, bool_or('A' = ANY(w.weights)) AS named
                  FROM unnest(doc) w, generate_series(1, 3) n
                  WHERE n < length(w.lexeme) GROUP BY 1) p), '')::tsvector $$""",
    """CREATE OR REPLACE FUNCTION "contact_fts_doc"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
        new.doc := fts_with_prefixes(setweight(fts_words(new.name), 'A')
            || fts_words(concat_ws(' ', new.company, new.title, new.tags, new.interests,
                                   new.notes)));
        RETURN new; END $$""",
    """CREATE OR REPLACE FUNCTION "interaction_fts_doc"() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN
        new.doc := fts_with_prefixes(fts_words(concat_ws(' ', new.goal, new.summary,
                                                         new.learned)));
        RETURN new; END $$""",
    # rebuild every document (the BEFORE UPDATE triggers compute it again)
    'UPDATE "contact_fts" SET "doc" = NULL',
    'UPDATE "interaction_fts" SET "doc" = NULL',
    'ANALYZE "contact_fts"',
    'ANALYZE "interaction_fts"',
]


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    if is_postgres(db):
        for sql in PG_STATEMENTS:
            db.cursor().execute(sql)  # the driver's own cursor: no parameters to parse
