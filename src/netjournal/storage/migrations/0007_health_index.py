"""Indexes for the weekly counts of the Network health page.

Live interactions (not in the bin) by channel and moment: the touches of each week and
channel are counted from the index alone, one range each, with no row read; and the
day-only ones (stored ``YYYY-MM-DDT12:00:00``), few, found without reading the others;
and the live ones by moment alone, which the ties of each contact are judged from.
Favours done by their day, for the give and take of each week.
On a 5,000-contact demo the touches went from 20 ms to 2 ms (benchmarks/bench_health.py).

Frozen SQL: this file never changes once released.
"""


def up(migrator, db):  # type: ignore[no-untyped-def]
    db.execute_sql('CREATE INDEX IF NOT EXISTS "interaction_live_channel_occurred_at"'
                   ' ON "interaction" ("channel", "occurred_at") WHERE "deleted_at" IS NULL')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "interaction_live_day_only"'
                   ' ON "interaction" ("occurred_at", "channel")'
                   " WHERE \"deleted_at\" IS NULL AND substr(occurred_at, 11, 1) = 'T'")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "interaction_live_occurred_at"'
                   ' ON "interaction" ("occurred_at") WHERE "deleted_at" IS NULL')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "exchange_done_occurred_on"'
                   ' ON "exchange" ("occurred_on", "direction") WHERE "status" = \'done\'')
