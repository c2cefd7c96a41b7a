"""The Today list a page at a time: the same sections, order and sizes as the whole list."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netjournal.domain.followups import Section
from netjournal.domain.values import FollowUpKind
from netjournal.storage import journal

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")

TODAY = dt.date(2026, 3, 10)
UTC = dt.UTC
KINDS = [FollowUpKind.MANUAL, FollowUpKind.THANK_YOU, FollowUpKind.NEXT_STEP]
NAMES = ["Andi", "andi", "Budi", "Citra", "Dewi", "Eko"]


@pytest.fixture
def people(store):  # type: ignore[no-untyped-def]
    ids = [store.contacts.create(f"{name} {i}" if i else name).id
           for i, name in enumerate(NAMES)]
    gone = store.contacts.create("Gone Person").id
    journal.add_follow_up(store, gone, TODAY, "never shown")
    store.contacts.delete(gone)
    return ids


def assert_pages_match(store, page_size):  # type: ignore[no-untyped-def]
    whole = journal.today_list(store, TODAY, tz=UTC)
    page = journal.today_page(store, TODAY, limits=page_size, tz=UTC)
    assert page.totals == {s: n for s, n in whole.counts().items() if n}
    for section in Section:
        keys = [i.key for i in whole.section(section)]
        assert [i.key for i in page.first.section(section)] == keys[:page_size]
        if section == Section.RECONNECT:
            continue
        read = [i.key for i in page.first.section(section)]
        while len(read) < len(keys):  # "show more", a page at a time
            more = journal.today_section(store, TODAY, section, len(read), page_size)
            assert more
            read += [i.key for i in more]
        assert read == keys


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(NAMES) - 1), st.integers(-12, 12),
                          st.sampled_from(KINDS)), max_size=12),
       st.integers(1, 4))
def test_pages_are_the_whole_list_in_parts(store, people, follow_ups, page_size):
    for who, days, kind in follow_ups:
        journal.add_follow_up(store, people[who], TODAY + dt.timedelta(days=days), "x",
                              kind=kind)
    assert_pages_match(store, page_size)


def test_per_section_limits_and_an_empty_journal(store, people):
    assert len(journal.today_page(store, TODAY, tz=UTC)) == 0
    for days in (-3, -2, -1, 0, 1, 2):
        journal.add_follow_up(store, people[0], TODAY + dt.timedelta(days=days), "x")
    page = journal.today_page(store, TODAY, tz=UTC,
                              limits={Section.OVERDUE: 2, Section.THIS_WEEK: 0})
    assert [i.due_on.day for i in page.first.overdue] == [7, 8]
    assert page.first.this_week == ()
    assert page.totals[Section.OVERDUE] == 3 and page.totals[Section.THIS_WEEK] == 2
    assert page.first.due_today == () and page.totals[Section.TODAY] == 1  # not named: counted
