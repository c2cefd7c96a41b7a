"""Follow-up rules: chains, meetings, dormancy, the Today sections, dates and time zones."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain import DomainError
from netjournal.domain import followups as rules
from netjournal.domain.followups import (
    ChainState,
    DueItem,
    ReconnectCandidate,
    Section,
    Snooze,
    StarterKind,
    Step,
)
from netjournal.domain.values import FollowUp, FollowUpKind, FollowUpStatus, TieStrength

UTC = dt.UTC
JAKARTA = dt.timezone(dt.timedelta(hours=7), "WIB")
NEW_YORK = dt.timezone(dt.timedelta(hours=-5), "EST")
D = dt.date


MARCH_1 = D(2026, 3, 1)


def _fu(kind=FollowUpKind.OUTREACH, attempt=None, origin=None, status=FollowUpStatus.OPEN,
        due=MARCH_1, fid=1):
    return FollowUp(contact_id=7, due_on=due, kind=kind, id=fid, attempt=attempt,
                    origin_interaction_id=origin, status=status)


# meetings (the two functions another module already calls keep their meaning) ------------

def test_meeting_owes_a_thank_you_next_day_and_the_next_step_within_a_week():
    met = D(2026, 3, 10)
    assert rules.thank_you_due(met) == D(2026, 3, 11)
    assert rules.next_step_due(met) == D(2026, 3, 17)
    assert rules.thank_you_due(met) - met <= dt.timedelta(days=1)


def test_meeting_across_month_ends():
    assert rules.thank_you_due(D(2026, 1, 31)) == D(2026, 2, 1)
    assert rules.next_step_due(D(2026, 2, 28)) == D(2026, 3, 7)  # not a leap year
    assert rules.next_step_due(D(2028, 2, 28)) == D(2028, 3, 6)  # 2028 is
    assert rules.thank_you_due(D(2028, 2, 28)) == D(2028, 2, 29)
    assert rules.thank_you_due(D(2026, 12, 31)) == D(2027, 1, 1)


# outreach chains ---------------------------------------------------------------------------

def test_chain_walks_three_tries_then_asks_to_let_go():
    sent = D(2026, 3, 2)
    first = rules.first_attempt(sent, 7)
    assert (first.due_on, first.attempt) == (D(2026, 3, 9), 1)
    # try 1 goes out two days late: try 2 is a week after it was sent, not after it was due
    second = rules.after_attempt(1, D(2026, 3, 11))
    assert (second.due_on, second.attempt) == (D(2026, 3, 18), 2)
    third = rules.after_attempt(2, second.due_on)
    assert (third.due_on, third.attempt) == (D(2026, 3, 25), 3)
    last = rules.after_attempt(3, third.due_on)
    assert last.asks_to_let_go and last.due_on == D(2026, 4, 1)
    with pytest.raises(DomainError):
        rules.after_attempt(4, last.due_on)  # there is no fourth try
    with pytest.raises(DomainError):
        rules.after_attempt(0, sent)


def test_chain_plan_is_three_tries_and_the_let_go_question():
    plan = rules.chain_plan(D(2026, 1, 31), first_days=14)
    assert [(s.due_on, s.attempt) for s in plan] == [
        (D(2026, 2, 14), 1), (D(2026, 2, 21), 2), (D(2026, 2, 28), 3), (D(2026, 3, 7), None)]


def test_first_follow_up_waits_one_to_two_weeks():
    assert rules.first_attempt(D(2026, 2, 22), 7).due_on == D(2026, 3, 1)
    assert rules.first_attempt(D(2028, 2, 22), 7).due_on == D(2028, 2, 29)
    for bad in (6, 15, 0):
        with pytest.raises(DomainError, match="between 7 and 14"):
            rules.first_attempt(D(2026, 1, 1), bad)


def test_steps_of_stored_follow_ups():
    assert rules.step_of(_fu(attempt=1, origin=3)) == Step.FOLLOW_UP
    assert rules.step_of(_fu(attempt=2, origin=3)) == Step.FOLLOW_UP
    assert rules.step_of(_fu(attempt=3, origin=3)) == Step.LAST_TRY
    assert rules.step_of(_fu(attempt=None, origin=3)) == Step.LET_GO
    assert rules.is_let_go_question(_fu(attempt=None, origin=3))
    assert not rules.is_let_go_question(_fu(kind=FollowUpKind.MANUAL, origin=3))
    assert rules.step_of(_fu(kind=FollowUpKind.THANK_YOU)) == Step.THANK_YOU
    assert rules.step_of(_fu(kind=FollowUpKind.NEXT_STEP)) == Step.NEXT_STEP
    assert rules.step_of(_fu(kind=FollowUpKind.RECONNECT)) == Step.RECONNECT
    assert rules.step_of(_fu(kind=FollowUpKind.INTRODUCER)) == Step.THANK_INTRODUCER
    assert rules.step_of(_fu(kind=FollowUpKind.MANUAL)) == Step.REMINDER


def test_chain_state_reply_midway_and_let_go():
    waiting = [_fu(attempt=1, origin=3, status=FollowUpStatus.DONE),
               _fu(attempt=2, origin=3, fid=2)]
    assert rules.chain_state(True, waiting) == ChainState.WAITING
    # a reply midway: the unsent try is gone, the first message no longer awaits
    assert rules.chain_state(False, waiting[:1]) == ChainState.REPLIED
    assert rules.chain_state(False, []) == ChainState.REPLIED
    assert rules.chain_state(True, []) == ChainState.WAITING
    gone = [*waiting[:1], _fu(attempt=2, origin=3, fid=2, status=FollowUpStatus.LET_GO)]
    assert rules.chain_state(False, gone) == ChainState.LET_GO


@given(sent=st.dates(D(2000, 1, 1), D(2090, 12, 31)), first_days=st.integers(7, 14),
       delays=st.lists(st.integers(0, 30), min_size=3, max_size=3))
def test_property_chain_has_three_tries_a_week_apart_then_let_go(sent, first_days, delays):
    step = rules.first_attempt(sent, first_days)
    assert (step.due_on - sent).days == first_days
    attempts = [step.attempt]
    for delay in delays:  # each try sent ``delay`` days after it was due
        assert step.attempt is not None
        sent_on = step.due_on + dt.timedelta(days=delay)
        step = rules.after_attempt(step.attempt, sent_on)
        assert (step.due_on - sent_on).days == 7
        attempts.append(step.attempt)
    assert attempts == [1, 2, 3, None]


# snoozing ----------------------------------------------------------------------------------

def test_snooze_choices():
    today = D(2026, 1, 31)
    assert rules.snooze_until(Snooze.DAY, today) == D(2026, 2, 1)
    assert rules.snooze_until(Snooze.WEEK, today) == D(2026, 2, 7)
    assert rules.snooze_until(Snooze.DATE, today, D(2026, 3, 1)) == D(2026, 3, 1)
    with pytest.raises(DomainError):
        rules.snooze_until(Snooze.DATE, today, today)
    with pytest.raises(DomainError):
        rules.snooze_until(Snooze.DATE, today)


@given(today=st.dates(D(2000, 1, 1), D(2090, 1, 1)), choice=st.sampled_from(list(Snooze)),
       ahead=st.integers(1, 400))
def test_property_snooze_is_always_after_today(today, choice, ahead):
    until = rules.snooze_until(choice, today, today + dt.timedelta(days=ahead))
    assert until > today


# dates and time zones ----------------------------------------------------------------------

def test_the_users_local_date_counts():
    # 23:30 in Jakarta on 31 January is 16:30 UTC: the same date either way
    late = dt.datetime(2026, 1, 31, 23, 30, tzinfo=JAKARTA).astimezone(UTC)
    assert late.date() == D(2026, 1, 31)
    assert rules.local_date(late, JAKARTA) == D(2026, 1, 31)
    # 06:30 on 1 February in Jakarta is still 31 January in UTC: the local date wins
    early = dt.datetime(2026, 2, 1, 6, 30, tzinfo=JAKARTA).astimezone(UTC)
    assert early.date() == D(2026, 1, 31)
    assert rules.local_date(early, JAKARTA) == D(2026, 2, 1)
    assert rules.thank_you_due(rules.local_date(early, JAKARTA)) == D(2026, 2, 2)
    # 23:30 on 28 February in New York is 1 March in UTC
    ny = dt.datetime(2026, 2, 28, 23, 30, tzinfo=NEW_YORK).astimezone(UTC)
    assert ny.date() == D(2026, 3, 1)
    assert rules.local_date(ny, NEW_YORK) == D(2026, 2, 28)
    assert rules.first_attempt(rules.local_date(ny, NEW_YORK), 7).due_on == D(2026, 3, 7)


def test_naive_moments_are_utc():
    assert rules.local_date(dt.datetime(2026, 1, 31, 20, 0), JAKARTA) == D(2026, 2, 1)


@given(moment=st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2090, 1, 1),
                           timezones=st.just(UTC)),
       minutes=st.integers(-12 * 60, 14 * 60))
def test_property_local_date_is_within_a_day_of_utc(moment, minutes):
    zone = dt.timezone(dt.timedelta(minutes=minutes))
    local = rules.local_date(moment, zone)
    assert abs((local - moment.date()).days) <= 1
    assert local == (moment + dt.timedelta(minutes=minutes)).date()


# keeping in touch --------------------------------------------------------------------------

def _cand(cid=1, tie=TieStrength.CLOSE, cadence=30, ref=dt.datetime(2026, 1, 1, 12, tzinfo=UTC),
          interests="", tags=(), name=None):
    return ReconnectCandidate(contact_id=cid, name=name or f"C{cid}", tie=tie,
                              cadence_days=cadence, reference=ref, last_interaction_at=ref,
                              interests=interests, tags=tuple(tags))


def test_dormancy_at_the_cadence_boundary():
    last = dt.datetime(2026, 1, 1, 12, tzinfo=UTC)
    # 30 days later it is still warm; the day after, dormant
    assert not rules.is_dormant_on(last, 30, D(2026, 1, 31), UTC)
    assert rules.is_dormant_on(last, 30, D(2026, 2, 1), UTC)
    assert rules.reconnect_due(last, 30, UTC) == D(2026, 2, 1)
    assert rules.days_past_cadence(last, 30, D(2026, 2, 1), UTC) == 1
    assert rules.days_past_cadence(last, 30, D(2026, 1, 20), UTC) == 0


def test_dormancy_across_february():
    last = dt.datetime(2026, 1, 29, 9, tzinfo=UTC)
    assert rules.reconnect_due(last, 30, UTC) == D(2026, 3, 1)  # 28-day February
    assert not rules.is_dormant_on(last, 30, D(2026, 2, 28), UTC)
    leap = dt.datetime(2028, 1, 29, 9, tzinfo=UTC)
    assert rules.reconnect_due(leap, 30, UTC) == D(2028, 2, 29)
    assert rules.is_dormant_on(leap, 30, D(2028, 2, 29), UTC)
    assert rules.reconnect_due(dt.datetime(2026, 1, 31, tzinfo=UTC), 28, UTC) == D(2026, 3, 1)


def test_dormancy_counts_local_dates():
    # last seen 06:30 on 1 Feb in Jakarta (31 Jan in UTC): warm through 3 March locally
    last = dt.datetime(2026, 2, 1, 6, 30, tzinfo=JAKARTA).astimezone(UTC)
    assert rules.reconnect_due(last, 30, JAKARTA) == D(2026, 3, 4)
    assert rules.reconnect_due(last, 30, UTC) == D(2026, 3, 3)
    assert not rules.is_dormant_on(last, 30, D(2026, 3, 3), JAKARTA)


@given(days=st.integers(0, 2000), cadence=st.integers(1, 400),
       hour=st.integers(0, 23), minutes=st.integers(-12 * 60, 14 * 60))
def test_property_dormant_exactly_after_cadence_days(days, cadence, hour, minutes):
    zone = dt.timezone(dt.timedelta(minutes=minutes))
    last = dt.datetime(2024, 1, 1, hour, tzinfo=zone).astimezone(UTC)
    today = D(2024, 1, 1) + dt.timedelta(days=days)
    assert rules.is_dormant_on(last, cadence, today, zone) == (days > cadence)
    assert rules.days_past_cadence(last, cadence, today, zone) == max(0, days - cadence)


def test_reconnect_suggestions_are_a_handful_highest_priority_first():
    today = D(2026, 6, 1)
    old = dt.datetime(2025, 1, 1, tzinfo=UTC)
    recent = dt.datetime(2026, 5, 20, tzinfo=UTC)
    candidates = [
        _cand(1, TieStrength.WEAK, 90, old),
        _cand(2, TieStrength.CLOSE, 30, dt.datetime(2026, 4, 1, tzinfo=UTC)),
        _cand(3, TieStrength.CLOSE, 30, old),
        _cand(4, TieStrength.REGULAR, 60, old),
        _cand(5, TieStrength.CLOSE, 30, recent),  # warm: not suggested
        *[_cand(10 + k, TieStrength.WEAK, 90, old) for k in range(10)],
    ]
    found = rules.reconnect_suggestions(candidates, today, tz=UTC, limit=5)
    assert [s.contact_id for s in found] == [3, 2, 4, 1, 10]
    assert all(s.due_on == today and s.is_suggestion and s.step == Step.RECONNECT
               for s in found)
    assert not any(s.is_overdue(today) for s in found)
    assert found[0].last_contact_on == D(2025, 1, 1) and found[0].cadence_days == 30
    assert rules.reconnect_suggestions(candidates, today, tz=UTC, limit=0) == ()


@given(st.lists(st.tuples(st.sampled_from([TieStrength.CLOSE, TieStrength.REGULAR,
                                            TieStrength.WEAK]),
                          st.integers(1, 200), st.integers(0, 1000)), max_size=30),
       st.integers(0, 8))
def test_property_suggestions_are_dormant_sorted_and_limited(specs, limit):
    today = D(2026, 6, 1)
    candidates = [_cand(i + 1, tie, cadence,
                        dt.datetime(2026, 6, 1, 12, tzinfo=UTC) - dt.timedelta(days=ago))
                  for i, (tie, cadence, ago) in enumerate(specs)]
    found = rules.reconnect_suggestions(candidates, today, tz=UTC, limit=limit)
    dormant = [c for c in candidates if rules.is_dormant_on(c.reference, c.cadence_days,
                                                            today, UTC)]
    assert len(found) == min(limit, len(dormant))
    keys = [rules.reconnect_priority(s.tie, rules.days_past_cadence(
        next(c.reference for c in candidates if c.contact_id == s.contact_id),
        s.cadence_days, today, UTC), s.contact_id) for s in found]
    assert keys == sorted(keys)
    ranks = [(s.tie != TieStrength.CLOSE, s.tie == TieStrength.WEAK) for s in found]
    assert ranks == sorted(ranks)


def test_conversation_starter_from_interests_and_shared_tags():
    today = D(2026, 6, 1)
    s = rules.conversation_starter(1, "specialty coffee, trail running", ("fintech", "ai"),
                                   circle_tags={"ai"}, today=today)
    assert s.kind == StarterKind.INTEREST_AND_TAG
    assert s.interest in ("specialty coffee", "trail running")
    assert s.tag == "ai"  # shared with the people I am in touch with now
    only_tag = rules.conversation_starter(1, "  ", ("fintech",), (), today)
    assert (only_tag.kind, only_tag.tag) == (StarterKind.TAG, "fintech")
    only_interest = rules.conversation_starter(1, "jazz\nchess", (), (), today)
    assert only_interest.kind == StarterKind.INTEREST and only_interest.interest in (
        "jazz", "chess")
    assert rules.conversation_starter(1, "", (), (), today).kind == StarterKind.CHECK_IN


def test_conversation_starter_is_stable_within_a_week_and_varies_across_weeks():
    interests = "a, b, c, d, e"
    monday = D(2026, 6, 1)
    same = {rules.conversation_starter(3, interests, (), (), monday + dt.timedelta(days=k))
            .interest for k in range(-(monday.toordinal() % 7), 7 - monday.toordinal() % 7)}
    assert len(same) == 1
    weeks = {rules.conversation_starter(3, interests, (), (), monday + dt.timedelta(weeks=k))
             .interest for k in range(5)}
    assert len(weeks) == 5


@given(cid=st.integers(1, 10**6), interests=st.text(max_size=60),
       tags=st.lists(st.text("abcxyz", min_size=1, max_size=5), max_size=4),
       today=st.dates(D(2000, 1, 1), D(2090, 1, 1)))
def test_property_starter_draws_only_from_the_card(cid, interests, tags, today):
    s = rules.conversation_starter(cid, interests, tags, tags[:1], today)
    if s.interest:
        assert s.interest in interests
    if s.tag:
        assert s.tag in tags
    assert (s.kind == StarterKind.CHECK_IN) == (not s.interest and not s.tag)


# introductions -----------------------------------------------------------------------------

def test_thank_the_introducer_promptly():
    assert rules.introducer_follow_up_due(D(2026, 2, 28)) == D(2026, 3, 1)


# the Today list ----------------------------------------------------------------------------

def _item(fid, due, kind=FollowUpKind.MANUAL, name="A", cid=None):
    return DueItem(contact_id=cid or fid, contact_name=name, due_on=due, kind=kind,
                   step=Step.REMINDER, follow_up_id=fid)


def test_today_sections():
    today = D(2026, 1, 31)
    items = [
        _item(1, D(2026, 1, 20)),  # overdue
        _item(2, today),
        _item(3, D(2026, 2, 1)),  # tomorrow, across the month end: later this week
        _item(4, D(2026, 2, 7)),  # a week from today: still this week
        _item(5, D(2026, 2, 8)),  # beyond the week: not listed
        _item(6, D(2026, 1, 30), FollowUpKind.THANK_YOU),  # owed thank-yous together
        _item(7, D(2026, 2, 1), FollowUpKind.THANK_YOU),
    ]
    suggestion = DueItem(contact_id=99, contact_name="Z", due_on=today,
                         kind=FollowUpKind.RECONNECT, step=Step.RECONNECT)
    result = rules.today_list(items, today, [suggestion])
    ids = {s: [i.follow_up_id for i in result.section(s)] for s in Section}
    assert ids == {Section.OVERDUE: [1], Section.TODAY: [2], Section.THANK_YOUS: [6, 7],
                   Section.THIS_WEEK: [3, 4], Section.RECONNECT: [None]}
    assert len(result) == 7
    assert [i.due_on for i in result.items()] == sorted(i.due_on for i in result.items())
    assert result.items()[-1].follow_up_id == 4
    assert items[0].is_overdue(today) and items[0].days_overdue(today) == 11
    assert not suggestion.is_overdue(today)


@given(st.lists(st.tuples(st.integers(-40, 40),
                          st.sampled_from([FollowUpKind.MANUAL, FollowUpKind.THANK_YOU,
                                           FollowUpKind.OUTREACH])),
                max_size=40),
       st.dates(D(2001, 1, 1), D(2089, 1, 1)))
def test_property_every_item_in_exactly_one_section(specs, today):
    items = [_item(i + 1, today + dt.timedelta(days=off), kind)
             for i, (off, kind) in enumerate(specs)]
    result = rules.today_list(items, today)
    listed = [i.follow_up_id for s in Section for i in result.section(s)]
    assert len(listed) == len(set(listed))
    expected = {i.follow_up_id for i in items if i.due_on <= today + dt.timedelta(days=7)}
    assert set(listed) == expected
    for item in result.overdue:
        assert item.due_on < today and item.kind != FollowUpKind.THANK_YOU
    for item in result.due_today:
        assert item.due_on == today
    for item in result.this_week:
        assert today < item.due_on <= today + dt.timedelta(days=7)
    keys = [rules.sort_key(i) for i in result.items()]
    assert keys == sorted(keys)
