"""Saving a quick-entry line: contact, interaction at the event, follow-up; and undo."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo

import pytest

from netjournal.domain.quickentry import parse
from netjournal.domain.values import Channel, Event, FollowUpKind
from netjournal.storage import NotFoundError, StorageError, journal
from netjournal.storage.capture import (
    CaptureError,
    capture,
    event_names,
    exact_matches,
    merge_target,
    name_candidates,
    occurred_at,
    undo,
)
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
NOW = dt.datetime(2026, 3, 10, 13, 30, tzinfo=dt.UTC)  # 20:30 in Jakarta
TODAY = dt.date(2026, 3, 10)


def save(store: Store, text: str, **kwargs):  # type: ignore[no-untyped-def]
    return capture(store, parse(text, TODAY), now=NOW, tz=JAKARTA, **kwargs)


def test_a_new_contact_met_at_an_event(store: Store) -> None:
    r = save(store, "Budi Santoso (Tokopedia, PM) @JakartaJS #fintech #AI likes dogs")
    assert r.created and r.contact_name == "Budi Santoso"
    card = store.contacts.get(r.contact_id)
    assert (card.company, card.title, card.tags) == ("Tokopedia", "PM", ("ai", "fintech"))
    event = store.events.get(r.event_id)  # type: ignore[arg-type]
    assert (event.name, event.starts_on) == ("JakartaJS", TODAY)
    assert r.event_created
    assert (card.met_on, card.met_at_event_id, card.how_met) == (TODAY, event.id, "JakartaJS")
    it = store.interactions.get(r.interaction_id)
    assert it.participant_ids == (r.contact_id,)
    assert (it.channel, it.event_id, it.learned) == (Channel.IN_PERSON, event.id, "likes dogs")
    assert it.occurred_at == NOW
    follow_ups = store.followups.for_contact(r.contact_id)
    assert [(f.kind, f.due_on) for f in follow_ups] == [
        (FollowUpKind.THANK_YOU, dt.date(2026, 3, 11))]
    assert follow_ups[0].origin_interaction_id == r.interaction_id
    assert (r.follow_up_kind, r.follow_up_due) == (FollowUpKind.THANK_YOU, dt.date(2026, 3, 11))
    # searchable at once: name, company and the note
    for words in ("budi", "tokopedia", "fintech", "dogs"):
        assert store.search.contact_ids(ContactFilter(text=words)) == [r.contact_id]


def test_the_line_sets_its_own_follow_up(store: Store) -> None:
    r = save(store, "Budi !1w: send the deck #ai likes dogs")
    f = store.followups.get(r.follow_up_id)
    assert (f.kind, f.due_on, f.reason) == (
        FollowUpKind.NEXT_STEP, dt.date(2026, 3, 17), "send the deck")
    assert store.interactions.get(r.interaction_id).learned == "likes dogs"
    assert len(store.followups.for_contact(r.contact_id)) == 1


def test_the_note_is_never_the_follow_up(store: Store) -> None:
    r = save(store, "Rina Kusuma (Gojek, PM) @JakartaJS !1w likes dogs")
    f = store.followups.get(r.follow_up_id)
    assert (f.kind, f.reason) == (FollowUpKind.NEXT_STEP,
                                  "Follow up with Rina after meeting at JakartaJS")
    assert store.interactions.get(r.interaction_id).learned == "likes dogs"
    worded = save(store, "Ana !3d", reason=lambda name, event: f"{name}|{event}")
    assert store.followups.get(worded.follow_up_id).reason == "Ana|"


def test_an_event_of_the_last_two_weeks_is_found_by_a_similar_name(store: Store) -> None:
    meetup = store.events.save(Event(name="JakartaJS Meetup",
                                     starts_on=TODAY - dt.timedelta(days=1)))
    old = store.events.save(Event(name="PyCon ID", starts_on=TODAY - dt.timedelta(days=40)))
    r = save(store, "Budi @jakartajs")
    assert (r.event_id, r.event_created) == (meetup.id, False)
    again = save(store, "Ana @PyCon")  # a month ago is another edition
    assert again.event_created and again.event_id != old.id
    other = save(store, "Citra @Devfest")
    assert other.event_created and other.event_name == "Devfest"


def test_an_existing_contact_gets_a_new_interaction_not_a_duplicate(store: Store) -> None:
    old = store.contacts.create("Budi Santoso", title="CTO", tags=("python",))
    assert old.id is not None
    r = save(store, "budi santoso (Tokopedia, PM) #fintech #python met again",
             into=old.id)
    assert not r.created and r.contact_id == old.id
    assert store.contacts.count() == 1
    card = store.contacts.get(old.id)
    # the line is the newer news: an empty company is filled, a changed title replaces
    assert (card.company, card.title) == ("Tokopedia", "PM")
    assert card.tags == ("fintech", "python")
    assert (r.filled_company, r.filled_title, r.added_tags) == ("Tokopedia", "PM", ("fintech",))
    assert (r.old_company, r.old_title) == ("", "CTO")
    assert card.met_at_event_id is None  # how they met does not change
    assert store.interactions.count_for_contact(old.id) == 1


def test_the_session_event_and_the_lines_own(store: Store) -> None:
    session = Event(name="PyCon ID 2026", starts_on=dt.date(2026, 3, 8), place="Jakarta")
    a = save(store, "Ana", event=session, met_on=dt.date(2026, 3, 8))
    b = save(store, "Bea", event=session, met_on=dt.date(2026, 3, 8))
    assert a.event_id == b.event_id and a.event_created and not b.event_created
    event = store.events.get(a.event_id)  # type: ignore[arg-type]
    assert (event.name, event.starts_on, event.place) == (
        "PyCon ID 2026", dt.date(2026, 3, 8), "Jakarta")
    # a past meeting happened at midday local time; the thank-you is already due
    it = store.interactions.get(a.interaction_id)
    assert it.occurred_at == dt.datetime(2026, 3, 8, 5, 0, tzinfo=dt.UTC)
    assert a.follow_up_due == dt.date(2026, 3, 9)
    c = save(store, "Cici @Other", event=dataclasses.replace(session, id=a.event_id))
    assert c.event_name == "Other" and c.event_id != a.event_id
    d = save(store, "Dodi", event=dataclasses.replace(session, id=a.event_id))
    assert d.event_id == a.event_id and not d.event_created
    e = save(store, "Eko")
    assert (e.event_id, e.event_name) == (None, "")
    assert store.contacts.get(e.contact_id).how_met == ""
    assert len(store.interactions.for_event(a.event_id)) == 3  # type: ignore[arg-type]


def test_an_event_on_another_day_is_another_event(store: Store) -> None:
    first = save(store, "Ana @JakartaJS", met_on=dt.date(2026, 2, 10))
    second = save(store, "Bea @jakartajs")
    assert first.event_id != second.event_id
    third = save(store, "Cici @JAKARTAJS")
    assert third.event_id == second.event_id


def test_a_line_without_a_name_is_refused(store: Store) -> None:
    with pytest.raises(CaptureError, match="no name"):
        save(store, "@JakartaJS #x")
    assert store.contacts.count() == 0
    assert store.events.all() == []


def test_a_failed_line_writes_nothing(store: Store) -> None:
    with pytest.raises(NotFoundError):
        save(store, "Budi @NewEvent", into=12345)
    assert store.events.all() == []


def test_undo_a_new_contact(store: Store) -> None:
    r = save(store, "Budi (Tokopedia) @JakartaJS #fintech !1w hi")
    undo(store, r)
    assert store.contacts.count() == 0
    assert store.search.contact_ids(ContactFilter(text="budi")) == []
    assert store.followups.open() == []
    with pytest.raises(NotFoundError):
        store.interactions.get(r.interaction_id)
    assert store.events.all() == []  # the line created it and nothing else uses it
    assert store.check() == []


def test_undo_an_update_restores_the_card(store: Store) -> None:
    old = store.contacts.create("Budi", tags=("python",))
    assert old.id is not None
    session = store.events.save(Event(name="Meetup", starts_on=TODAY))
    first = save(store, "Budi", into=old.id, event=session)
    r = save(store, "Budi (Tokopedia, PM) #fintech #python", into=old.id, event=session)
    undo(store, r)
    card = store.contacts.get(old.id)
    assert (card.company, card.title, card.tags) == ("", "", ("python",))
    assert [i.id for i in store.interactions.for_contact(old.id)] == [first.interaction_id]
    assert [f.id for f in store.followups.for_contact(old.id)] == [first.follow_up_id]
    assert store.events.all() == [session]
    assert store.contacts.get(old.id).last_interaction_at is not None


def test_undo_keeps_an_event_still_in_use(store: Store) -> None:
    a = save(store, "Ana @JakartaJS")
    save(store, "Bea @JakartaJS")
    undo(store, a)
    assert [e.name for e in store.events.all()] == ["JakartaJS"]


def test_merge_target(store: Store) -> None:
    assert merge_target(store, parse("Budi Santoso", TODAY)) is None
    one = store.contacts.create("Budi Santoso").id
    assert merge_target(store, parse("budi  SANTOSO #x", TODAY)) == one
    assert merge_target(store, parse("Budi Santoso (Gojek)", TODAY)) == one  # no company yet
    store.contacts.create("Budi Santoso", company="Tokopedia")
    assert merge_target(store, parse("Budi Santoso", TODAY)) is None  # two: ambiguous
    assert merge_target(store, parse("Budi Santoso (Gojek)", TODAY)) == one
    store.contacts.create("Budi Santoso", company="Gojek")
    assert merge_target(store, parse("Budi Santoso (Gojek)", TODAY)) is None


def test_name_candidates(store: Store) -> None:
    ids = {n: store.contacts.create(n).id for n in
           ("Budi Santoso", "Budi", "Budiman Halim", "Zoë Müller", "Santoso Budi", "Ana")}
    deleted = store.contacts.create("Budi Deleted").id
    assert deleted is not None
    store.contacts.delete(deleted)
    found = name_candidates(store, "budi")
    assert found[0] == ids["Budi"]  # the exact name first
    assert set(found) == {ids["Budi"], ids["Budi Santoso"], ids["Budiman Halim"],
                          ids["Santoso Budi"]}
    assert name_candidates(store, "budi s") == [ids["Santoso Budi"], ids["Budi Santoso"]]
    assert name_candidates(store, "zoe mu") == [ids["Zoë Müller"]]
    assert name_candidates(store, "") == []
    assert name_candidates(store, '"*') == []
    assert len(name_candidates(store, "b", limit=2)) == 2
    assert exact_matches(store, " budi   santoso ") == [ids["Budi Santoso"]]


def test_occurred_at_is_now_today_and_midday_before() -> None:
    assert occurred_at(dt.date(2026, 3, 10), NOW, JAKARTA) == NOW
    # 20:30 in Jakarta is still the 10th there, though 2026-03-11 in Auckland
    auckland = zoneinfo.ZoneInfo("Pacific/Auckland")
    assert occurred_at(dt.date(2026, 3, 11), NOW, auckland) == NOW
    assert occurred_at(dt.date(2026, 3, 9), NOW, JAKARTA) == dt.datetime(
        2026, 3, 9, 5, 0, tzinfo=dt.UTC)


def test_event_names(store: Store) -> None:
    store.events.save(Event(name="JakartaJS", starts_on=dt.date(2026, 1, 1)))
    store.events.save(Event(name="JakartaJS", starts_on=dt.date(2026, 2, 1)))
    store.events.save(Event(name="PyCon ID"))
    assert [(e.name, e.starts_on) for e in event_names(store, "jak")] == [
        ("JakartaJS", dt.date(2026, 2, 1)), ("JakartaJS", dt.date(2026, 1, 1))]
    assert len(event_names(store)) == 3


def test_a_next_step_before_the_meeting_is_refused(store: Store) -> None:
    with pytest.raises(StorageError, match="before the meeting"):
        save(store, "Budi @Meetup !2026-01-01")
    assert store.contacts.count() == 0 and store.events.all() == []


def test_meeting_someone_closes_the_outreach_waiting_for_them(store: Store) -> None:
    budi = store.contacts.create("Budi")
    assert budi.id is not None
    journal.log_outreach(store, budi.id, "Hi Budi, coffee?",
                         when=NOW - dt.timedelta(days=3))
    assert [f.kind for f in store.followups.for_contact(budi.id, open_only=True)] == [
        FollowUpKind.OUTREACH]
    save(store, "Budi", into=budi.id)
    assert [f.kind for f in store.followups.for_contact(budi.id, open_only=True)] == [
        FollowUpKind.THANK_YOU]


def test_a_changed_company_and_title_update_the_card_and_undo_puts_them_back(
        store: Store) -> None:
    old = store.contacts.create("Budi Santoso", company="Tokopedia", title="PM")
    assert old.id is not None
    same = save(store, "Budi Santoso (tokopedia, pm) met again", into=old.id)
    assert (same.filled_company, same.filled_title) == ("", "")  # only the case differs
    r = save(store, "Budi Santoso (Gojek, Head of Product) moved last month", into=old.id)
    card = store.contacts.get(old.id)
    assert (card.company, card.title) == ("Gojek", "Head of Product")
    assert store.search.contact_ids(ContactFilter(text="gojek")) == [old.id]
    undo(store, r)
    card = store.contacts.get(old.id)
    assert (card.company, card.title) == ("Tokopedia", "PM")
    assert store.search.contact_ids(ContactFilter(text="gojek")) == []


def test_undo_reopens_the_outreach_and_reconnect_the_meeting_closed(store: Store) -> None:
    budi = store.contacts.create("Budi")
    assert budi.id is not None
    sent = journal.log_outreach(store, budi.id, "Hi Budi, coffee?",
                                when=NOW - dt.timedelta(days=10))
    reconnect = journal.add_follow_up(store, budi.id, TODAY, "say hello",
                                      kind=FollowUpKind.RECONNECT)
    before = store.followups.for_contact(budi.id, open_only=True)
    assert {f.kind for f in before} == {FollowUpKind.OUTREACH, FollowUpKind.RECONNECT}
    r = save(store, "Budi", into=budi.id)  # the wrong Budi, as it turns out
    assert [f.kind for f in store.followups.for_contact(budi.id, open_only=True)] == [
        FollowUpKind.THANK_YOU]
    assert not store.interactions.get(sent.interaction.id).awaiting_reply
    undo(store, r)
    assert store.followups.for_contact(budi.id, open_only=True) == before
    assert store.interactions.get(sent.interaction.id).awaiting_reply
    assert store.followups.get(reconnect.id).closed_at is None
    assert store.check() == []
    # and the chain goes on as before: the try is done, the next one is a week later
    done = journal.mark_done(store, sent.follow_ups[0].id, when=NOW)
    assert done.next_follow_up is not None and done.next_follow_up.attempt == 2
