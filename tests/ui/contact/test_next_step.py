"""The interaction editor records the next step agreed at a meeting, once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from netjournal.domain.followups import local_date
from netjournal.domain.values import Channel, FollowUpKind, Interaction
from netjournal.settings import Settings
from netjournal.storage import journal
from netjournal.ui.contact.formatting import to_qdatetime
from netjournal.ui.today import ContactFollowUps, TodayView

from .conftest import NOW

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")

MET = NOW - dt.timedelta(hours=20)  # yesterday afternoon: its thank-you is still due
MET_ON = local_date(MET)
WEEK_AFTER = MET_ON + dt.timedelta(days=7)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _new_dialog(qtbot, panel, contact_id: int,  # type: ignore[no-untyped-def]
                channel: Channel = Channel.IN_PERSON):
    panel.show_contact(contact_id)
    dialog = panel.timeline.interaction_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.when_edit.setDateTime(to_qdatetime(MET))
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findData(channel))
    return dialog


def _edit_dialog(qtbot, panel, interaction_id: int, store):  # type: ignore[no-untyped-def]
    dialog = panel.timeline.interaction_dialog(store.interactions.get(interaction_id))
    qtbot.addWidget(dialog)
    return dialog


def _save(qtbot, dialog, events) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(events.sig_interactions_changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.error_label.isHidden(), dialog.error_label.text()
    assert dialog.result() == dialog.DialogCode.Accepted


def _steps(store, contact_id: int) -> list:  # type: ignore[no-untyped-def]
    return [f for f in store.followups.for_contact(contact_id)
            if f.kind == FollowUpKind.NEXT_STEP]


def test_a_meeting_owes_its_thank_you_and_the_agreed_next_step_everywhere(
        qtbot, panel, store, events, clock, cli):
    budi = store.contacts.create("Budi Santoso")
    card = ContactFollowUps(store, events, clock=clock)
    qtbot.addWidget(card)
    card.show_contact(budi.id)
    today = TodayView(store, events, Settings(), clock=clock)
    qtbot.addWidget(today)
    assert not list(card.open_model.items())

    dialog = _new_dialog(qtbot, panel, budi.id)
    assert dialog.next_step_edit.isVisible() and dialog.next_step_due.isVisible()
    assert _day(dialog.next_step_due.date()) == WEEK_AFTER  # within a week, by default
    assert not dialog.next_step_due.isEnabled()  # until a step is typed
    qtbot.keyClicks(dialog.next_step_edit, "Send  the hiring playbook ")
    assert dialog.next_step_due.isEnabled()
    with qtbot.waitSignal(events.sig_followups_changed):
        _save(qtbot, dialog, events)

    rows = store.followups.for_contact(budi.id)
    assert sorted((f.kind, f.due_on, f.reason, f.origin_interaction_id) for f in rows) == [
        (FollowUpKind.NEXT_STEP, WEEK_AFTER, "Send the hiring playbook", dialog.saved.id),
        (FollowUpKind.THANK_YOU, MET_ON + dt.timedelta(days=1), "", dialog.saved.id)]
    # the card's Follow-ups section
    qtbot.waitUntil(lambda: len(list(card.open_model.items())) == 2)
    assert {i.kind for i in card.open_model.items()} == {FollowUpKind.THANK_YOU,
                                                           FollowUpKind.NEXT_STEP}
    # the Today view (later this week) and `netjournal due`, which show the same list
    with qtbot.waitSignal(today.sig_list_reloaded):
        today.reload()
    assert FollowUpKind.NEXT_STEP in {i.kind for i in today.model.items()}
    due = cli("due", "--json", "--today", local_date(NOW).isoformat())
    assert due.code == 0
    assert [(i["kind"], i["due"], i["reason"]) for i in due.json()
            if i["kind"] == "next_step"] == [
        ("next_step", WEEK_AFTER.isoformat(), "next step: Send the hiring playbook")]


def test_the_next_step_is_for_meetings_only(qtbot, panel, store, events):
    budi = store.contacts.create("Budi")
    dialog = _new_dialog(qtbot, panel, budi.id, Channel.EMAIL)
    assert not dialog.next_step_edit.isVisible() and not dialog.next_step_due.isVisible()
    for channel in (Channel.CALL, Channel.VIDEO, Channel.EVENT, Channel.IN_PERSON):
        dialog.channel_box.setCurrentIndex(dialog.channel_box.findData(channel))
        assert dialog.next_step_edit.isVisible(), channel
    dialog.next_step_edit.setText("Intro to their CTO")
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findData(Channel.MESSAGE))
    assert dialog.next_step() is None
    _save(qtbot, dialog, events)
    assert store.followups.for_contact(budi.id) == []


def test_the_due_day_follows_the_meeting_until_the_user_picks_one(qtbot, panel, store):
    dialog = _new_dialog(qtbot, panel, store.contacts.create("Budi").id)
    dialog.next_step_edit.setText("Send the deck")
    earlier = MET - dt.timedelta(days=3)
    dialog.when_edit.setDateTime(to_qdatetime(earlier))
    assert _day(dialog.next_step_due.date()) == local_date(earlier) + dt.timedelta(days=7)
    assert _day(dialog.next_step_due.minimumDate()) == local_date(earlier)  # not before it
    picked = MET_ON + dt.timedelta(days=3)
    dialog.next_step_due.setDate(_qdate(picked))
    dialog.when_edit.setDateTime(to_qdatetime(MET))
    assert _day(dialog.next_step_due.date()) == picked
    assert dialog.next_step().due_on == picked


def test_editing_the_meeting_changes_its_next_step_and_never_adds_one(
        qtbot, panel, store, events):
    budi = store.contacts.create("Budi")
    sari = store.contacts.create("Sari")
    dialog = _new_dialog(qtbot, panel, budi.id)
    qtbot.keyClicks(dialog.participants.search, "sari")
    dialog.participants.search.choose_row(0)
    dialog.next_step_edit.setText("Share the pitch deck")
    _save(qtbot, dialog, events)
    meeting = dialog.saved.id
    assert [(f.contact_id, f.reason) for f in _steps(store, budi.id) + _steps(store, sari.id)] \
        == [(budi.id, "Share the pitch deck"), (sari.id, "Share the pitch deck")]
    thanks_before = store.followups.for_contact(budi.id)

    # saved again as it was: nothing new, nothing changed
    again = _edit_dialog(qtbot, panel, meeting, store)
    assert again.next_step_edit.text() == "Share the pitch deck"
    assert _day(again.next_step_due.date()) == WEEK_AFTER
    assert again.next_step() is None
    again.summary_edit.setPlainText("Talked about their seed round.")
    _save(qtbot, again, events)
    assert store.followups.for_contact(budi.id) == thanks_before

    # a changed step and day: the same rows say the new thing
    ids = sorted(f.id for f in _steps(store, budi.id) + _steps(store, sari.id))
    changed = _edit_dialog(qtbot, panel, meeting, store)
    changed.next_step_edit.setText("Send the deck and the customer list")
    changed.next_step_due.setDate(_qdate(MET_ON + dt.timedelta(days=2)))
    with qtbot.waitSignal(events.sig_followups_changed):
        _save(qtbot, changed, events)
    rows = _steps(store, budi.id) + _steps(store, sari.id)
    assert sorted(f.id for f in rows) == ids
    assert {(f.reason, f.due_on) for f in rows} == {
        ("Send the deck and the customer list", MET_ON + dt.timedelta(days=2))}

    # Sari dropped from the meeting: her next step goes with her; Budi's stays
    dropped = _edit_dialog(qtbot, panel, meeting, store)
    dropped.participants.remove(sari.id)
    _save(qtbot, dropped, events)
    assert _steps(store, sari.id) == [] and len(_steps(store, budi.id)) == 1

    # a step already done is history: a new one can be agreed beside it
    done = journal.mark_done(store, _steps(store, budi.id)[0].id, when=NOW)
    assert done.follow_up.status.value == "done"
    after = _edit_dialog(qtbot, panel, meeting, store)
    assert after.next_step_edit.text() == ""
    _save(qtbot, after, events)
    assert len(_steps(store, budi.id)) == 1  # still only the done one

    # cleared: no next step was agreed after all
    new = _edit_dialog(qtbot, panel, meeting, store)
    new.next_step_edit.setText("Book the follow-up call")
    _save(qtbot, new, events)
    assert [f.status.value for f in _steps(store, budi.id)] == ["done", "open"]
    cleared = _edit_dialog(qtbot, panel, meeting, store)
    cleared.next_step_edit.clear()
    _save(qtbot, cleared, events)
    assert [f.status.value for f in _steps(store, budi.id)] == ["done"]


def test_a_meeting_saved_without_a_step_keeps_the_other_follow_ups(qtbot, panel, store, events):
    budi = store.contacts.create("Budi")
    old = store.interactions.save(Interaction(
        occurred_at=NOW - dt.timedelta(days=30), participant_ids=(budi.id,),
        channel=Channel.CALL))
    journal.add_follow_up(store, budi.id, local_date(NOW) + dt.timedelta(days=3), "Birthday")
    dialog = _edit_dialog(qtbot, panel, old.id, store)
    assert dialog.next_step_edit.text() == ""
    dialog.goal_edit.setText("catch up")
    _save(qtbot, dialog, events)
    assert [f.kind for f in store.followups.for_contact(budi.id)] == [FollowUpKind.MANUAL]
