"""Mark the file as a NetJournal journal with SQLite's ``application_id`` header field.

Restore refuses a candidate file whose header does not carry it (after this schema), so
a foreign SQLite file can never replace the journal.

Frozen SQL: this file never changes once released.
"""

APPLICATION_ID = 0x4E4A524E  # "NJRN"; storage/backups.py checks it


def up(migrator, db):  # type: ignore[no-untyped-def]
    from netjournal.storage.dialect import is_postgres

    if is_postgres(db):  # a server's database is never restored from a file
        return
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
