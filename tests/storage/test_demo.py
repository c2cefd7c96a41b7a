"""Demo data follows the follow-up rules: a thank-you is owed for a recent meeting only."""

import datetime as dt

from netjournal.domain.followups import local_date, thank_you_due
from netjournal.domain.values import FollowUpKind
from netjournal.storage import demo, journal
from netjournal.storage.store import Store

TODAY = dt.date(2026, 3, 10)
RECENT = dt.timedelta(days=3)  # "the last few days"


def _rows(store: Store) -> list[tuple]:
    return list(store.db.execute_sql(
        "SELECT contact_id, due_on, kind, reason, status, origin_interaction_id"
        " FROM follow_up ORDER BY id").fetchall())


def test_demo_thank_yous_belong_to_a_recent_meeting(store):
    demo.generate(store, 600, seed=7, today=TODAY)
    thanks = [f for f in store.followups.open() if f.kind == FollowUpKind.THANK_YOU]
    assert len(thanks) >= 10  # the bulk ones and last night's meetup
    for f in thanks:
        assert f.origin_interaction_id is not None, f
        meeting = store.interactions.get(f.origin_interaction_id)
        assert meeting.channel in journal.MEETING_CHANNELS, f
        assert f.contact_id in meeting.participant_ids, f
        met_on = local_date(meeting.occurred_at, dt.UTC)
        assert TODAY - RECENT <= met_on <= TODAY, f
        assert met_on <= f.due_on <= thank_you_due(met_on), f
    # so the Today view's "thank-yous still owed" holds nothing due later than tomorrow
    owed = journal.today_list(store, TODAY, tz=dt.UTC).thank_yous
    assert {i.follow_up_id for i in owed} == {f.id for f in thanks}
    assert max(i.due_on for i in owed) <= TODAY + dt.timedelta(days=1)
    assert any(i.due_on < TODAY for i in owed)  # some are overdue, as in real life


def test_demo_stays_deterministic_with_its_meetings(tmp_path):
    made = []
    for name in ("a", "b"):
        with Store(tmp_path / f"{name}.sqlite3") as store:
            demo.generate(store, 300, seed=11, today=TODAY)
            made.append((_rows(store), store.db.execute_sql(
                "SELECT id, occurred_at, channel, direction FROM interaction ORDER BY id"
            ).fetchall()))
    assert made[0] == made[1]
