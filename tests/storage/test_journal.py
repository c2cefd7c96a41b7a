"""Journal operations: the follow-up rules applied to a real SQLite journal."""

import dataclasses
import datetime as dt

import pytest

from netjournal.domain.followups import ChainState, Section, StarterKind, Step
from netjournal.domain.values import (
    Channel,
    Direction,
    FollowUpKind,
    FollowUpStatus,
    Interaction,
    Introduction,
    IntroductionOutcome,
    TieStrength,
)
from netjournal.settings import Settings
from netjournal.storage import NotFoundError, StorageError, journal
from netjournal.storage.journal import JournalError

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")

UTC = dt.UTC
JAKARTA = dt.timezone(dt.timedelta(hours=7), "WIB")
D = dt.date


def at(day: dt.date, hour: int = 10, tz: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=tz)


def _row(store, fid):
    return store.followups.get(fid)


@pytest.fixture
def budi(store):
    return store.contacts.create("Budi Santoso", company="Tokopedia").id


# outreach chains ---------------------------------------------------------------------------

def test_chain_through_three_tries_and_the_let_go(store, budi):
    sent = at(D(2026, 1, 20))
    logged = journal.log_outreach(store, budi, "Hi Budi, loved your talk on payments.",
                                  when=sent, channel=Channel.EMAIL,
                                  settings=Settings(first_follow_up_days=10), tz=UTC)
    assert logged.interaction.awaiting_reply
    assert logged.interaction.direction == Direction.OUTBOUND
    (first,) = logged.follow_ups
    assert (first.kind, first.attempt, first.due_on) == (FollowUpKind.OUTREACH, 1, D(2026, 1, 30))
    item = journal.open_items(store, contact_id=budi)[0]
    assert item.first_message == "Hi Budi, loved your talk on payments."
    assert (item.step, item.attempt) == (Step.FOLLOW_UP, 1)

    # try 1 goes out on 31 January: try 2 is due a week later, across the month end
    done1 = journal.mark_done(store, first.id, when=at(D(2026, 1, 31), 9), tz=UTC)
    assert done1.follow_up.status == FollowUpStatus.DONE
    assert done1.interaction.channel == Channel.EMAIL  # the chain stays on one channel
    assert (done1.next_follow_up.attempt, done1.next_follow_up.due_on) == (2, D(2026, 2, 7))
    done2 = journal.mark_done(store, done1.next_follow_up.id, when=at(D(2026, 2, 7)), tz=UTC)
    assert (done2.next_follow_up.attempt, done2.next_follow_up.due_on) == (3, D(2026, 2, 14))
    assert journal.open_items(store, contact_id=budi)[0].step == Step.LAST_TRY
    done3 = journal.mark_done(store, done2.next_follow_up.id, when=at(D(2026, 2, 16)), tz=UTC)
    question = done3.next_follow_up
    assert (question.attempt, question.due_on) == (None, D(2026, 2, 23))
    assert journal.open_items(store, contact_id=budi)[0].step == Step.LET_GO
    with pytest.raises(JournalError, match="let go"):
        journal.mark_done(store, question.id, tz=UTC)

    gone = journal.let_go(store, question.id)
    assert gone.status == FollowUpStatus.LET_GO and gone.closed_at is not None
    assert not store.interactions.get(logged.interaction.id).awaiting_reply
    assert journal.open_items(store, contact_id=budi) == ()
    card = journal.contact_follow_ups(store, budi, tz=UTC)
    (chain,) = card.chains
    assert (chain.state, chain.tries_sent, chain.sent_on) == (ChainState.LET_GO, 3,
                                                              D(2026, 1, 20))
    assert chain.first_message.startswith("Hi Budi")
    assert [f.status for f in card.closed].count(FollowUpStatus.DONE) == 3
    timeline = store.interactions.for_contact(budi)
    assert len(timeline) == 4 and all(i.direction == Direction.OUTBOUND for i in timeline)
    with pytest.raises(JournalError, match="already closed"):
        journal.let_go(store, question.id)


def test_their_reply_midway_closes_the_chain(store, budi):
    logged = journal.log_outreach(store, budi, "Coffee next week?", when=at(D(2026, 3, 1)),
                                  tz=UTC)
    done = journal.mark_done(store, logged.follow_ups[0].id, when=at(D(2026, 3, 8)), tz=UTC)
    reply = journal.record_reply(store, budi, when=at(D(2026, 3, 9)), summary="Yes!")
    assert reply.closed_chains == (logged.interaction.id,)
    assert reply.interaction.direction == Direction.INBOUND
    with pytest.raises(NotFoundError):
        _row(store, done.next_follow_up.id)  # try 2 never happened
    assert not store.interactions.get(logged.interaction.id).awaiting_reply
    card = journal.contact_follow_ups(store, budi, tz=UTC)
    assert card.open == ()
    assert (card.chains[0].state, card.chains[0].tries_sent) == (ChainState.REPLIED, 1)
    assert journal.today_list(store, D(2026, 3, 15), tz=UTC).items() == ()


def test_first_follow_up_wait_must_be_one_to_two_weeks(store, budi):
    bad = Settings.__new__(Settings)  # bypass the settings' own check: the journal checks too
    object.__setattr__(bad, "first_follow_up_days", 3)
    with pytest.raises(JournalError, match="between 7 and 14"):
        journal.log_outreach(store, budi, "hi", settings=bad)
    assert store.interactions.for_contact(budi) == []


def test_chain_dates_use_the_users_local_date(store, budi):
    # 06:30 on 1 February in Jakarta is 23:30 UTC on 31 January
    moment = dt.datetime(2026, 2, 1, 6, 30, tzinfo=JAKARTA)
    local = journal.log_outreach(store, budi, "Halo!", when=moment, tz=JAKARTA)
    assert local.follow_ups[0].due_on == D(2026, 2, 8)
    other = store.contacts.create("Sari").id
    utc = journal.log_outreach(store, other, "Halo!", when=moment, tz=UTC)
    assert utc.follow_ups[0].due_on == D(2026, 2, 7)


def test_rules_for_interactions_saved_elsewhere(store, budi):
    saved = store.interactions.save(Interaction(
        occurred_at=at(D(2026, 4, 1)), participant_ids=(budi,), direction=Direction.OUTBOUND,
        awaiting_reply=True, summary="Saw your post"))
    applied = journal.apply_rules_to_interaction(store, saved, tz=UTC)
    assert [f.due_on for f in applied.started] == [D(2026, 4, 8)]
    assert journal.start_chain(store, saved.id, tz=UTC) == ()  # once is enough
    reply = store.interactions.save(Interaction(
        occurred_at=at(D(2026, 4, 3)), participant_ids=(budi,), direction=Direction.INBOUND))
    assert journal.apply_rules_to_interaction(store, reply).closed_chains == (saved.id,)
    assert journal.open_items(store, contact_id=budi) == ()


# meetings ----------------------------------------------------------------------------------

def test_meeting_owes_a_thank_you_and_the_next_step(store, budi):
    sari = store.contacts.create("Sari Wijaya").id
    chain = journal.log_outreach(store, budi, "Can we meet?", when=at(D(2026, 2, 20)), tz=UTC)
    met = journal.log_meeting(store, [budi, sari], when=at(D(2026, 2, 28), 18), tz=UTC,
                              summary="Lunch near Sudirman", next_step="Send the deck")
    assert met.closed_chains == (chain.interaction.id,)  # meeting them answers the chain
    assert {(f.contact_id, f.due_on) for f in met.thank_yous} == {
        (budi, D(2026, 3, 1)), (sari, D(2026, 3, 1))}
    assert {(f.due_on, f.reason) for f in met.next_steps} == {(D(2026, 3, 7), "Send the deck")}
    assert all(f.origin_interaction_id == met.interaction.id
               for f in met.thank_yous + met.next_steps)
    today = journal.today_list(store, D(2026, 3, 1), tz=UTC)
    assert [i.contact_name for i in today.thank_yous] == ["Budi Santoso", "Sari Wijaya"]
    assert [i.reason for i in today.this_week] == ["Send the deck", "Send the deck"]
    done = journal.mark_done(store, met.next_steps[0].id, when=at(D(2026, 3, 2)), tz=UTC)
    assert done.interaction.summary == "Send the deck" and done.next_follow_up is None


def test_meeting_at_an_event_in_jakarta_late_evening(store, budi):
    event = store.events.find_or_create("JakartaJS Meetup", D(2026, 1, 31))
    late = dt.datetime(2026, 1, 31, 23, 30, tzinfo=JAKARTA)
    met = journal.log_meeting(store, [budi], when=late, event_id=event.id, tz=JAKARTA,
                              next_step_on=D(2026, 2, 3))
    assert met.thank_yous[0].due_on == D(2026, 2, 1)
    assert (met.next_steps[0].due_on, met.next_steps[0].reason) == (D(2026, 2, 3), "")
    item = journal.today_list(store, D(2026, 2, 1), tz=JAKARTA).thank_yous[0]
    assert item.event_name == "JakartaJS Meetup"
    with pytest.raises(JournalError, match="before the meeting"):
        journal.log_meeting(store, [budi], when=late, next_step_on=D(2026, 1, 30), tz=JAKARTA)


def test_a_meeting_logged_on_the_timeline_owes_a_thank_you_once(store, budi):
    sari = store.contacts.create("Sari Wijaya").id
    # coffee with both at 23:30 in Jakarta on 31 January (16:30 UTC); logged next morning
    late = dt.datetime(2026, 1, 31, 23, 30, tzinfo=JAKARTA)
    coffee = store.interactions.save(Interaction(
        occurred_at=late, participant_ids=(budi, sari), channel=Channel.IN_PERSON,
        direction=Direction.MUTUAL, summary="Coffee at Sudirman"))
    applied = journal.apply_rules_to_interaction(store, coffee, tz=JAKARTA,
                                                 today=D(2026, 2, 1))
    assert {(f.contact_id, f.due_on, f.kind) for f in applied.thank_yous} == {
        (budi, D(2026, 2, 1), FollowUpKind.THANK_YOU),
        (sari, D(2026, 2, 1), FollowUpKind.THANK_YOU)}
    assert all(f.origin_interaction_id == coffee.id for f in applied.thank_yous)
    owed = journal.today_list(store, D(2026, 2, 1), tz=JAKARTA).thank_yous
    assert [i.contact_name for i in owed] == ["Budi Santoso", "Sari Wijaya"]
    # editing it later (or after the thank-you was said) owes nothing more
    journal.mark_done(store, applied.thank_yous[0].id, when=at(D(2026, 2, 1)))
    again = journal.apply_rules_to_interaction(store, coffee, tz=JAKARTA, today=D(2026, 2, 1))
    assert again.thank_yous == ()
    assert len(store.followups.chain(coffee.id)) == 2


@pytest.mark.parametrize(("channel", "days_ago", "owed"), [
    (Channel.VIDEO, 0, True), (Channel.CALL, 1, True), (Channel.EVENT, 0, True),
    (Channel.IN_PERSON, 2, False),  # logged long after: no overdue thank-you out of the blue
    (Channel.IN_PERSON, -3, False),  # still to come
    (Channel.EMAIL, 0, False), (Channel.MESSAGE, 0, False)])
def test_which_interactions_owe_a_thank_you(store, budi, channel, days_ago, owed):
    today = D(2026, 3, 1)  # across the month end: 27 February was two days ago
    saved = store.interactions.save(Interaction(
        occurred_at=at(today - dt.timedelta(days=days_ago)), participant_ids=(budi,),
        channel=channel, direction=Direction.MUTUAL))
    applied = journal.apply_rules_to_interaction(store, saved, tz=UTC, today=today)
    assert bool(applied.thank_yous) == owed


def test_a_quick_entry_meeting_edited_on_the_timeline_keeps_its_own_follow_up(store, budi):
    met = journal.log_meeting(store, [budi], when=at(D(2026, 3, 1)), thank_you=False,
                              next_step_on=D(2026, 3, 8), tz=UTC)
    edited = store.interactions.save(dataclasses.replace(met.interaction, summary="Lunch"))
    applied = journal.apply_rules_to_interaction(store, edited, tz=UTC, today=D(2026, 3, 1))
    assert applied.thank_yous == ()
    assert [f.kind for f in store.followups.for_contact(budi)] == [FollowUpKind.NEXT_STEP]


def test_the_next_step_agreed_at_a_meeting_is_set_once_per_participant(store, budi):
    sari = store.contacts.create("Sari Wijaya").id
    late = dt.datetime(2026, 1, 31, 23, 30, tzinfo=JAKARTA)  # 16:30 UTC on the 31st
    coffee = store.interactions.save(Interaction(
        occurred_at=late, participant_ids=(budi, sari), channel=Channel.IN_PERSON))
    made = journal.agree_next_step(store, coffee.id, " Send  the deck ", tz=JAKARTA)
    assert {(f.contact_id, f.due_on, f.reason, f.origin_interaction_id) for f in made.added} \
        == {(budi, D(2026, 2, 7), "Send the deck", coffee.id),
            (sari, D(2026, 2, 7), "Send the deck", coffee.id)}  # a week after, by default
    assert journal.agree_next_step(store, coffee.id, "Send the deck", tz=JAKARTA).any is False
    moved = journal.agree_next_step(store, coffee.id, "Send the deck and a case study",
                                    D(2026, 2, 3), tz=JAKARTA)
    assert (moved.added, len(moved.changed)) == ((), 2)
    assert [(f.reason, f.due_on) for f in journal.agreed_next_steps(store, coffee.id)] == [
        ("Send the deck and a case study", D(2026, 2, 3))] * 2
    with pytest.raises(JournalError, match="before the meeting"):
        journal.agree_next_step(store, coffee.id, "Too early", D(2026, 1, 30), tz=JAKARTA)
    # Sari is no longer in it: hers goes; an empty step means none was agreed
    store.interactions.save(dataclasses.replace(coffee, participant_ids=(budi,)))
    dropped = journal.agree_next_step(store, coffee.id, "Send the deck and a case study",
                                      D(2026, 2, 3), tz=JAKARTA)
    assert [f.contact_id for f in dropped.removed] == [sari]
    assert [f.contact_id for f in journal.agreed_next_steps(store, coffee.id)] == [budi]
    journal.agree_next_step(store, coffee.id, "", tz=JAKARTA)
    assert journal.agreed_next_steps(store, coffee.id) == ()


def test_meeting_without_thank_you_or_step(store, budi):
    met = journal.log_meeting(store, [budi], when=at(D(2026, 5, 5)), thank_you=False, tz=UTC)
    assert met.thank_yous == () and met.next_steps == ()


# snooze, let go, by hand -------------------------------------------------------------------

def test_snooze_and_manual_follow_ups(store, budi):
    made = journal.add_follow_up(store, budi, D(2026, 3, 2), "  Ask how the   launch went ")
    assert (made.kind, made.reason) == (FollowUpKind.MANUAL, "Ask how the launch went")
    with pytest.raises(JournalError, match="reason"):
        journal.add_follow_up(store, budi, D(2026, 3, 2), "   ")
    with pytest.raises(JournalError, match="no contact"):
        journal.add_follow_up(store, 9999, D(2026, 3, 2), "x")
    with pytest.raises(JournalError, match="after today"):
        journal.snooze(store, made.id, D(2026, 3, 1), today=D(2026, 3, 1))
    snoozed = journal.snooze(store, made.id, D(2026, 3, 8), today=D(2026, 3, 1))
    assert (snoozed.status, snoozed.due_on) == (FollowUpStatus.SNOOZED, D(2026, 3, 8))
    today = journal.today_list(store, D(2026, 3, 1), tz=UTC)
    assert [i.follow_up_id for i in today.this_week] == [made.id]
    assert today.this_week[0].snoozed
    assert journal.let_go(store, made.id).status == FollowUpStatus.LET_GO
    with pytest.raises(JournalError):
        journal.snooze(store, made.id, D(2026, 4, 1), today=D(2026, 3, 1))


def test_done_is_all_or_nothing(store, budi):
    made = journal.add_follow_up(store, budi, D(2026, 3, 2), "Call")
    store.contacts.delete(budi)
    with pytest.raises(StorageError):
        journal.mark_done(store, made.id, when=at(D(2026, 3, 2)))
    assert _row(store, made.id).is_open
    store.contacts.restore(budi)
    assert journal.mark_done(store, made.id, when=at(D(2026, 3, 2))).follow_up.status == \
        FollowUpStatus.DONE


# introductions -----------------------------------------------------------------------------

def test_declined_through_an_introducer_goes_back_to_them(store, budi):
    dewi = store.contacts.create("Dewi Lestari").id
    intro = store.introductions.save(Introduction(person_id=budi, introducer_id=dewi,
                                                  made_on=D(2026, 2, 1)))
    chain = journal.log_outreach(store, budi, "Hello via Dewi", when=at(D(2026, 2, 2)), tz=UTC)
    pending = journal.record_introduction_outcome(store, intro.id, IntroductionOutcome.PENDING,
                                                  when=at(D(2026, 2, 3)), tz=UTC)
    assert pending.introducer_follow_up is None and pending.let_go == ()
    said_no = journal.record_introduction_outcome(store, intro.id, IntroductionOutcome.DECLINED,
                                                  when=at(D(2026, 2, 28)), tz=UTC)
    assert said_no.introduction.outcome == IntroductionOutcome.DECLINED
    fu = said_no.introducer_follow_up
    assert (fu.contact_id, fu.kind, fu.due_on, fu.reason) == (
        dewi, FollowUpKind.INTRODUCER, D(2026, 3, 1), "Budi Santoso")
    assert [f.status for f in said_no.let_go] == [FollowUpStatus.LET_GO]  # not pressing
    assert not store.interactions.get(chain.interaction.id).awaiting_reply
    again = journal.record_introduction_outcome(store, intro.id, IntroductionOutcome.DECLINED,
                                                when=at(D(2026, 2, 28)), tz=UTC)
    assert again.introducer_follow_up.id == fu.id  # not twice
    (item,) = journal.today_list(store, D(2026, 3, 1), tz=UTC).due_today
    assert (item.step, item.contact_name) == (Step.THANK_INTRODUCER, "Dewi Lestari")


# reconnect suggestions ---------------------------------------------------------------------

def _met(store, cid, when):
    store.interactions.save(Interaction(occurred_at=when, participant_ids=(cid,)))


def test_reconnect_at_the_cadence_boundary(store):
    today = journal.local_today(UTC) + dt.timedelta(days=400)  # after every created_at
    close = store.contacts.create("Close", tie_strength=TieStrength.CLOSE,
                                  interests="specialty coffee", tags=("fintech",)).id
    _met(store, close, at(today - dt.timedelta(days=30), 23))
    settings = Settings(cadence_close_days=30)
    assert journal.reconnect_suggestions(store, today, settings=settings, tz=UTC) == ()
    tomorrow = today + dt.timedelta(days=1)
    (item,) = journal.reconnect_suggestions(store, tomorrow, settings=settings, tz=UTC)
    assert (item.contact_id, item.due_on, item.cadence_days) == (close, tomorrow, 30)
    assert item.starter.kind in (StarterKind.INTEREST_AND_TAG, StarterKind.INTEREST)
    assert item.starter.interest == "specialty coffee"
    # their own cadence wins over the default
    store.contacts.save(dataclasses.replace(store.contacts.get(close), cadence_days=45))
    assert journal.reconnect_suggestions(store, tomorrow, settings=settings, tz=UTC) == ()


def test_reconnect_priority_exclusions_and_actions(store):
    today = journal.local_today(UTC) + dt.timedelta(days=400)
    long_ago = at(today - dt.timedelta(days=200))
    ids = {}
    for name, tie in (("Weak", TieStrength.WEAK), ("Regular", TieStrength.REGULAR),
                      ("Close", TieStrength.CLOSE), ("Planned", TieStrength.CLOSE),
                      ("Gone", TieStrength.CLOSE)):
        ids[name] = store.contacts.create(name, tie_strength=tie, tags=("ai",)).id
        _met(store, ids[name], long_ago)
    recent = store.contacts.create("Recent", tags=("ai",)).id
    _met(store, recent, at(today - dt.timedelta(days=2)))
    journal.add_follow_up(store, ids["Planned"], today + dt.timedelta(days=60), "Lunch")
    found = journal.reconnect_suggestions(store, today, tz=UTC)
    assert [i.contact_name for i in found] == ["Close", "Gone", "Regular", "Weak"]
    assert found[0].starter.kind == StarterKind.TAG and found[0].starter.tag == "ai"
    assert found[0].last_contact_on == long_ago.date()

    gone = found[1]
    journal.let_go_item(store, gone, when=at(today))  # let go: not suggested again ...
    assert "Gone" not in [i.contact_name for i in journal.reconnect_suggestions(
        store, today, tz=UTC)]
    snoozed = journal.snooze_item(store, found[2], today + dt.timedelta(days=7), today=today)
    assert (snoozed.kind, snoozed.status) == (FollowUpKind.RECONNECT, FollowUpStatus.SNOOZED)
    done = journal.mark_item_done(store, found[0], when=at(today), tz=UTC)
    assert done.interaction.participant_ids == (ids["Close"],)
    assert [i.contact_name for i in journal.reconnect_suggestions(store, today, tz=UTC)] == [
        "Weak"]
    # ... until there is a new interaction with them, and the tie cools down again
    _met(store, ids["Gone"], at(today - dt.timedelta(days=100)))
    # (an interaction dated before the let-go does not count)
    assert "Gone" not in [i.contact_name for i in journal.reconnect_suggestions(
        store, today, tz=UTC)]
    later = today + dt.timedelta(days=400)
    _met(store, ids["Gone"], at(later - dt.timedelta(days=40)))
    assert "Gone" in [i.contact_name for i in journal.reconnect_suggestions(
        store, later, tz=UTC, limit=10)]


def test_today_list_leaves_out_deleted_contacts(store, budi):
    journal.add_follow_up(store, budi, D(2026, 3, 1), "x")
    assert len(journal.today_list(store, D(2026, 3, 1), tz=UTC, reconnect_limit=0)) == 1
    store.contacts.delete(budi)
    assert len(journal.today_list(store, D(2026, 3, 1), tz=UTC, reconnect_limit=0)) == 0


def test_today_sections_from_the_store(store, budi):
    today = D(2026, 3, 10)
    journal.add_follow_up(store, budi, D(2026, 3, 1), "late")
    journal.add_follow_up(store, budi, today, "now")
    journal.add_follow_up(store, budi, D(2026, 3, 12), "soon")
    journal.add_follow_up(store, budi, D(2026, 4, 12), "later")
    result = journal.today_list(store, today, tz=UTC, reconnect_limit=0)
    assert {s: [i.reason for i in result.section(s)] for s in Section} == {
        Section.OVERDUE: ["late"], Section.TODAY: ["now"], Section.THANK_YOUS: [],
        Section.THIS_WEEK: ["soon"], Section.RECONNECT: []}
    assert len(journal.open_items(store)) == 4


def test_sql_preselection_agrees_with_the_domain_rule(store):
    """The store's dormant query must pick exactly whom the domain rule would."""
    import random

    from netjournal.domain import followups as rules
    from netjournal.domain.ties import cadence_days

    rng = random.Random(4)
    base = journal.local_today(UTC) + dt.timedelta(days=400)
    people = []
    for k in range(150):
        tie = rng.choice([TieStrength.CLOSE, TieStrength.REGULAR, TieStrength.WEAK])
        own = rng.choice([None, None, 14, 45])
        cid = store.contacts.create(f"P{k}", tie_strength=tie, cadence_days=own).id
        last = at(base, rng.randrange(24)) - dt.timedelta(days=rng.randrange(0, 200),
                                                           minutes=rng.randrange(60))
        _met(store, cid, last)
        people.append((cid, tie, own, last))
    settings = Settings(cadence_close_days=20, cadence_regular_days=50, cadence_weak_days=80)
    for zone in (UTC, JAKARTA, dt.timezone(dt.timedelta(hours=-10))):
        for offset in (0, 13, 61):
            today = base + dt.timedelta(days=offset)
            candidates = [rules.ReconnectCandidate(
                contact_id=cid, name=f"P{cid}", tie=tie, reference=last,
                last_interaction_at=last,
                cadence_days=cadence_days(tie, own, journal.cadences_of(settings)))
                for cid, tie, own, last in people]
            expected = rules.reconnect_suggestions(candidates, today, tz=zone, limit=1000)
            found = journal.reconnect_suggestions(store, today, settings=settings, tz=zone,
                                                  limit=1000)
            assert [i.contact_id for i in found] == [i.contact_id for i in expected]
            few = journal.reconnect_suggestions(store, today, settings=settings, tz=zone)
            assert [i.contact_id for i in few] == [i.contact_id for i in expected[:5]]


# deleting an interaction ---------------------------------------------------------------------

def test_a_deleted_meeting_takes_its_open_follow_ups_along_and_undo_brings_them_back(
        store, budi):
    met = journal.log_meeting(store, [budi], when=at(D(2026, 2, 28), 18), tz=UTC,
                              next_step="Send the deck")
    [thanks], [step] = met.thank_yous, met.next_steps
    done = journal.mark_done(store, thanks.id, when=at(D(2026, 3, 1)), tz=UTC)  # history
    other = journal.add_follow_up(store, budi, D(2026, 3, 20), "Ask about the launch")

    binned = journal.bin_interaction(store, met.interaction.id)
    assert [f.id for f in binned.follow_ups] == [step.id]
    assert store.interactions.ids_for_contact(budi) == [done.interaction.id]
    assert [f.id for f in store.followups.for_contact(budi, open_only=True)] == [other.id]
    assert store.followups.get(thanks.id).status == FollowUpStatus.DONE
    assert journal.today_list(store, D(2026, 3, 3), tz=UTC).this_week == ()

    journal.restore_interaction(store, binned)
    assert set(store.interactions.ids_for_contact(budi)) == {met.interaction.id,
                                                             done.interaction.id}
    assert store.followups.get(step.id) == step  # the same row: id, date, reason, origin
    assert [f.id for f in store.followups.for_contact(budi, open_only=True)] == [
        step.id, other.id]
    assert store.check() == []


def test_a_deleted_outreach_takes_its_chain_along(store, budi):
    chain = journal.log_outreach(store, budi, "Can we meet?", when=at(D(2026, 2, 20)), tz=UTC)
    binned = journal.bin_interaction(store, chain.interaction.id)
    assert binned.follow_ups and store.followups.for_contact(budi, open_only=True) == []
    journal.restore_interaction(store, binned)
    assert [f.attempt for f in store.followups.for_contact(budi, open_only=True)] == [1]


def test_circle_tags_are_those_of_live_contacts_in_touch_lately(store):
    def person(name, tags, last_days_ago):
        cid = store.contacts.create(name, tags=tags).id
        if last_days_ago is not None:
            store.interactions.save(Interaction(
                occurred_at=at(D(2026, 3, 10)) - dt.timedelta(days=last_days_ago),
                participant_ids=(cid,), summary="talk"))
        return cid

    person("Ayu", ("fintech", "jakarta"), 3)
    person("Bayu", ("design",), 60)  # in touch, but long ago
    person("Citra", ("climate",), None)  # never
    store.contacts.delete(person("Dewi", ("ai",), 1))  # in the bin
    assert store.followups.circle_tags(at(D(2026, 2, 10))) == {"fintech", "jakarta"}
