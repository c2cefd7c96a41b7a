"""The timeline: log, edit, delete and undo interactions; the lazy model; all activity."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, QTime, QTimeZone

from netjournal.domain.values import Channel, Direction, Event, Interaction
from netjournal.ui.contact import ActivityPane
from netjournal.ui.contact.timeline_model import TimelineModel

from .conftest import NOW

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")

EVIL = "<b>Evil</b><img src=x>"
ROOT = QModelIndex()


def _at(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, 2, day, hour, tzinfo=dt.UTC)


def _log(store, *ids: int, day: int = 1, **fields) -> Interaction:  # type: ignore[no-untyped-def]
    return store.interactions.save(Interaction(occurred_at=_at(day), participant_ids=ids,
                                               **fields))


def test_log_an_interaction_with_two_participants(qtbot, panel, store, events):
    budi = store.contacts.create("Budi Santoso")
    sari = store.contacts.create("Sari Wijaya")
    meetup = store.events.save(Event(name="JakartaJS"))
    panel.show_contact(budi.id)
    dialog = panel.timeline.interaction_dialog()
    qtbot.addWidget(dialog)
    assert dialog.participants.ids() == (budi.id,)
    qtbot.keyClicks(dialog.participants.search, "sari")
    assert dialog.participants.search.model.rowCount() == 1
    dialog.participants.search.choose_row(0)
    assert dialog.participants.ids() == (budi.id, sari.id)
    assert dialog.participants.search.text() == ""
    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 3, 9), QTime(14, 30), QTimeZone.utc()))
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findData(Channel.VIDEO))
    dialog.direction_box.setCurrentIndex(dialog.direction_box.findData(Direction.OUTBOUND))
    dialog.event_box.setCurrentIndex(dialog.events_model.row_of(meetup.id))
    qtbot.keyClicks(dialog.goal_edit, "ask about the PM role")
    dialog.summary_edit.setPlainText("Talked about hiring.")
    dialog.learned_edit.setPlainText("Has a new puppy.")
    with qtbot.waitSignal(events.sig_interactions_changed) as changed:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert sorted(changed.args[0]) == sorted([budi.id, sari.id])
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = store.interactions.get(dialog.saved.id)
    assert saved.participant_ids == tuple(sorted((budi.id, sari.id)))
    assert saved.occurred_at == dt.datetime(2026, 3, 9, 14, 30, tzinfo=dt.UTC)
    assert (saved.channel, saved.direction, saved.event_id) == (
        Channel.VIDEO, Direction.OUTBOUND, meetup.id)
    assert (saved.goal, saved.summary, saved.learned) == (
        "ask about the PM role", "Talked about hiring.", "Has a new puppy.")
    # both timelines and the header follow
    assert panel.timeline.model.rowCount() == 1
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.timeline)) == "Timeline (1)"
    assert "Last contact:" in panel.header.when_label.text()
    assert store.interactions.count_for_contact(sari.id) == 1


def test_an_interaction_needs_someone(qtbot, panel, store):
    budi = store.contacts.create("Budi")
    panel.show_contact(budi.id)
    dialog = panel.timeline.interaction_dialog()
    qtbot.addWidget(dialog)
    dialog.participants.remove(budi.id)
    dialog.accept()
    assert dialog.error_label.text() == "Add at least one person this interaction was with."
    assert dialog.result() != dialog.DialogCode.Accepted
    assert store.interactions.count_for_contact(budi.id) == 0


def test_new_interaction_starts_now_in_local_time(qtbot, panel, store):
    panel.show_contact(store.contacts.create("Budi").id)
    dialog = panel.timeline.interaction_dialog()
    qtbot.addWidget(dialog)
    assert dialog.value().occurred_at == NOW


def test_edit_an_interaction_and_drop_a_participant(qtbot, panel, store, events):
    budi = store.contacts.create("Budi")
    sari = store.contacts.create("Sari")
    item = _log(store, budi.id, sari.id, goal="old goal")
    panel.show_contact(budi.id)
    panel.timeline.select_row(0)
    dialog = panel.timeline.interaction_dialog(panel.timeline.selected())
    qtbot.addWidget(dialog)
    assert dialog.goal_edit.text() == "old goal"
    dialog.participants.remove(sari.id)
    dialog.goal_edit.setText("new goal")
    with qtbot.waitSignal(events.sig_interactions_changed) as changed:
        dialog.accept()
    assert sorted(changed.args[0]) == sorted([budi.id, sari.id])  # Sari's timeline too
    saved = store.interactions.get(item.id)
    assert saved.goal == "new goal" and saved.participant_ids == (budi.id,)
    assert saved.occurred_at == item.occurred_at


def test_delete_an_interaction_and_undo(qtbot, panel, store, events):
    budi = store.contacts.create("Budi")
    first = _log(store, budi.id, day=1, goal="first")
    second = _log(store, budi.id, day=2, goal="second")
    panel.show_contact(budi.id)
    panel.tabs.setCurrentWidget(panel.timeline)
    timeline = panel.timeline
    assert [timeline.model.interaction_at(r).id for r in range(2)] == [second.id, first.id]
    timeline.select_row(0)
    with qtbot.waitSignal(events.sig_interactions_changed):
        timeline.delete_button.click()
    assert store.interactions.ids_for_contact(budi.id) == [first.id]
    assert timeline.model.rowCount() == 1
    assert timeline.undo_bar.isVisible()
    assert timeline.undo_bar.message.text().startswith("Interaction of ")
    assert panel.undo_stack.canUndo()
    assert panel.undo_stack.undoText().startswith("Delete interaction of ")

    with qtbot.waitSignal(events.sig_interactions_changed):
        timeline.undo_bar.undo_button.click()
    assert store.interactions.ids_for_contact(budi.id) == [second.id, first.id]
    assert timeline.model.rowCount() == 2
    assert not timeline.undo_bar.isVisible()

    panel.undo_stack.redo()  # the Edit menu's Redo deletes it again
    assert store.interactions.ids_for_contact(budi.id) == [first.id]
    panel.undo_stack.undo()
    assert store.interactions.ids_for_contact(budi.id) == [second.id, first.id]


def test_the_undo_bar_never_undoes_something_else(qtbot, panel, store):
    budi = store.contacts.create("Budi")
    _log(store, budi.id, day=1)
    _log(store, budi.id, day=2)
    panel.show_contact(budi.id)
    panel.timeline.select_row(0)
    panel.timeline.delete_selected()
    assert not panel.timeline.undo_bar.isHidden()
    panel.undo_stack.undo()  # undone from the Edit menu: the bar goes away
    assert panel.timeline.undo_bar.isHidden()


def test_timeline_model_is_lazy_and_sound(qtbot, qtmodeltester, store, events, monkeypatch):
    monkeypatch.setattr(TimelineModel, "PAGE", 3)
    budi = store.contacts.create("Budi")
    sari = store.contacts.create(EVIL)
    for day in range(1, 8):
        _log(store, budi.id, sari.id, day=day, goal=f"goal {day}")
    model = TimelineModel(store, events, budi.id)
    assert model.rowCount() == 3
    assert model.canFetchMore(ROOT)
    qtmodeltester.check(model)
    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)
    assert model.rowCount() == 7
    days = [model.interaction_at(r).occurred_at.day for r in range(7)]
    assert days == sorted(days, reverse=True)  # newest first
    assert model.participants_at(0) == [(sari.id, EVIL), (budi.id, "Budi")]  # by name
    qtmodeltester.check(model)


def test_all_activity_lists_everyone_newest_first(qtbot, qtmodeltester, store, events):
    budi = store.contacts.create("Budi")
    sari = store.contacts.create("Sari")
    old = _log(store, budi.id, day=1)
    new = _log(store, sari.id, day=5)
    pane = ActivityPane(store, events)
    qtbot.addWidget(pane)
    assert [pane.model.interaction_at(r).id for r in range(2)] == [new.id, old.id]
    qtmodeltester.check(pane.model)
    # a new interaction anywhere shows up at once
    with qtbot.waitSignal(pane.model.modelReset):
        events.sig_interactions_changed.emit([budi.id])
    latest = _log(store, budi.id, day=9)
    events.sig_interactions_changed.emit([budi.id])
    assert pane.model.interaction_at(0).id == latest.id


def test_activity_opens_the_editor_and_cards(qtbot, store, events):
    budi = store.contacts.create("Budi")
    sari = store.contacts.create("Sari & Co")
    _log(store, budi.id, sari.id, goal="coffee")
    pane = ActivityPane(store, events)
    qtbot.addWidget(pane)
    editor = pane.editor_for(0)
    qtbot.addWidget(editor)
    assert editor.goal_edit.text() == "coffee"
    assert set(editor.participants.ids()) == {budi.id, sari.id}
    menu = pane.participants_menu(pane.model.index(0, 0))
    opens = [a for a in menu.actions() if a.text().startswith("Open ")]
    assert [a.text() for a in opens] == ["Open Budi", "Open Sari && Co"]
    with qtbot.waitSignal(pane.sig_contact_activated) as activated:
        opens[1].trigger()
    assert activated.args == [sari.id]


def test_the_timeline_shows_an_empty_state(panel, store):
    panel.show_contact(store.contacts.create("Budi").id)
    assert panel.timeline.stack.currentWidget() is panel.timeline.empty_label
    assert not panel.timeline.edit_button.isEnabled()


def test_wrapped_lines_stop_with_an_ellipsis(qtbot):
    from PySide6.QtGui import QFont

    from netjournal.ui.contact.timeline_view import wrapped_lines

    font = QFont()
    text = "word " * 200
    lines = wrapped_lines(text, font, 200, 3)
    assert len(lines) == 3
    assert lines[-1].endswith("…")
    assert wrapped_lines("short", font, 200, 3) == ["short"]
    assert wrapped_lines("one\n\ntwo", font, 200, 3) == ["one", "two"]


def test_deleting_a_meeting_takes_its_next_step_along_until_undone(qtbot, panel, store, events):
    from netjournal.storage import journal

    budi = store.contacts.create("Budi")
    met = journal.log_meeting(store, [budi.id], next_step="Send the deck")
    owed = {f.id for f in met.thank_yous + met.next_steps}
    panel.show_contact(budi.id)
    panel.tabs.setCurrentWidget(panel.timeline)
    panel.timeline.select_row(0)
    with qtbot.waitSignal(events.sig_followups_changed):
        panel.timeline.delete_button.click()
    assert store.followups.for_contact(budi.id, open_only=True) == []
    with qtbot.waitSignal(events.sig_followups_changed):
        panel.timeline.undo_bar.undo_button.click()
    assert {f.id for f in store.followups.for_contact(budi.id, open_only=True)} == owed
