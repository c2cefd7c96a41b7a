"""A meeting entered by its day stays that day: shown without a time, edited as a day,
and kept a whole day when something else about it is edited."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from netjournal import dates
from netjournal.domain.values import Channel, Interaction, day_only, is_day_only

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")

DAY = dt.date(2026, 3, 8)


def _meeting(store, contact_id: int,  # type: ignore[no-untyped-def]
             when: dt.datetime) -> Interaction:
    return store.interactions.save(Interaction(occurred_at=when, participant_ids=(contact_id,),
                                               channel=Channel.IN_PERSON))


def _save(qtbot, dialog, events) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(events.sig_interactions_changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.error_label.isHidden(), dialog.error_label.text()


def test_the_timeline_shows_a_whole_day_meeting_by_its_day_alone(qtbot, panel, store):
    budi = store.contacts.create("Budi Santoso")
    _meeting(store, budi.id, day_only(DAY))
    _meeting(store, budi.id, dt.datetime(2026, 3, 9, 14, 30, tzinfo=dt.UTC))
    panel.show_contact(budi.id)
    texts = [panel.timeline.model.index(r, 0).data() for r in range(2)]
    timed, whole = texts
    assert whole.startswith(dates.medium_date(DAY) + " · ")
    assert timed.startswith(dates.moment_text(dt.datetime(2026, 3, 9, 14, 30, tzinfo=dt.UTC)))
    assert dates.time_text(day_only(DAY)) not in whole.split(" · ")[0]


def test_editing_a_whole_day_meeting_keeps_it_a_whole_day(qtbot, panel, store, events):
    budi = store.contacts.create("Budi Santoso")
    saved = _meeting(store, budi.id, day_only(DAY))
    panel.show_contact(budi.id)
    dialog = panel.timeline.interaction_dialog(saved)
    qtbot.addWidget(dialog)
    assert dialog.whole_day_check.isChecked()
    assert dialog.when_edit.date() == QDate(2026, 3, 8)
    shown = dialog.when_edit.displayFormat()
    assert "h" not in shown.lower() and "m" not in shown.replace("M", "")
    assert dialog.meeting_day() == DAY
    dialog.summary_edit.setPlainText("Talked about the new role.")
    _save(qtbot, dialog, events)
    again = store.interactions.get(saved.id)
    assert is_day_only(again.occurred_at) and again.occurred_at.date() == DAY
    assert again.summary == "Talked about the new role."


def test_a_new_meeting_can_be_entered_by_its_day(qtbot, panel, store, events):
    budi = store.contacts.create("Budi Santoso")
    panel.show_contact(budi.id)
    dialog = panel.timeline.interaction_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.whole_day_check.isChecked()
    dialog.whole_day_check.setChecked(True)
    dialog.when_edit.setDate(QDate(2026, 3, 1))
    assert dialog.meeting_day() == dt.date(2026, 3, 1)
    # the next step's day follows the meeting's day
    assert dialog.next_step_due.date() == QDate(2026, 3, 8)
    _save(qtbot, dialog, events)
    stored = store.interactions.get(dialog.saved.id)
    assert is_day_only(stored.occurred_at) and stored.occurred_at.date() == dt.date(2026, 3, 1)


def test_unticking_gives_the_meeting_its_time_back(qtbot, panel, store, events):
    budi = store.contacts.create("Budi Santoso")
    saved = _meeting(store, budi.id, day_only(DAY))
    panel.show_contact(budi.id)
    dialog = panel.timeline.interaction_dialog(saved)
    qtbot.addWidget(dialog)
    dialog.whole_day_check.setChecked(False)
    assert "mm" in dialog.when_edit.displayFormat()
    _save(qtbot, dialog, events)
    stored = store.interactions.get(saved.id)
    assert not is_day_only(stored.occurred_at)
