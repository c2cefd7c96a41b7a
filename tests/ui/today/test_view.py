"""The Today view lists what the rules say; done, snooze and let go change the journal
and the view in one step."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from netjournal.domain.followups import Section, Step
from netjournal.domain.values import FollowUpKind, FollowUpStatus
from netjournal.settings import Settings
from netjournal.storage import journal
from netjournal.ui.today import TodayView
from netjournal.ui.today.delegate import Action
from netjournal.ui.today.model import DueListModel, DueRole, RowKind
from tests.ui.today.conftest import DAY, NOW, TODAY, UTC

# WORKAROUND: Qt's offscreen platform warns "This plugin does not support
# propagateSizeHints()" whenever a shown top-level window's size hints change, and
# "...does not support raise() / grabbing the keyboard" when a popup menu opens.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise",
                                       "does not support grabbing")


@pytest.fixture
def view(qtbot, store, events, people):
    widget = TodayView(store, events, Settings(), clock=lambda: NOW, tz=UTC)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(view):
    """(kind, section, contact name or None) of every row."""
    model = view.model
    return [(model.index(r, 0).data(DueRole.KIND), model.index(r, 0).data(DueRole.SECTION),
             model.index(r, 0).data(DueRole.NAME)) for r in range(model.rowCount())]


def row_of(view, name):
    for r in range(view.model.rowCount()):
        if view.model.index(r, 0).data(DueRole.NAME) == name:
            return r
    return None


def click(qtbot, view, name, action):
    row = row_of(view, name)
    assert row is not None, name
    rect = view.list.button_rect(row, action)
    assert rect.isValid()
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_lists_what_the_rules_say(view, store, people):
    expected = journal.today_list(store, TODAY, tz=UTC)
    assert [(i.key) for i in view.model.items()] == [
        i.key for s in Section for i in expected.section(s)]
    assert rows(view) == [
        (RowKind.HEADER, Section.OVERDUE, None),
        (RowKind.ITEM, Section.OVERDUE, "Sari Wijaya"),
        (RowKind.HEADER, Section.TODAY, None),
        (RowKind.ITEM, Section.TODAY, "Budi Santoso"),
        (RowKind.HEADER, Section.THANK_YOUS, None),
        (RowKind.ITEM, Section.THANK_YOUS, "Eko Prasetyo"),
        (RowKind.HEADER, Section.THIS_WEEK, None),
        (RowKind.ITEM, Section.THIS_WEEK, "Dewi Lestari"),
        (RowKind.HEADER, Section.RECONNECT, None),
        (RowKind.ITEM, Section.RECONNECT, "Wulan Sari"),
    ]
    index = view.model.index(row_of(view, "Budi Santoso"), 0)
    assert index.data(DueRole.TITLE) == "Follow up (try 1 of 3)"
    assert index.data(DueRole.DETAIL) == "“Hi Budi, loved your talk!”"
    sari = view.model.index(row_of(view, "Sari Wijaya"), 0)
    assert sari.data(DueRole.OVERDUE) and sari.data(DueRole.DUE) == "3 days late"
    eko = view.model.index(row_of(view, "Eko Prasetyo"), 0)
    assert eko.data(DueRole.DETAIL) == "After JakartaJS Meetup"
    wulan = view.model.index(row_of(view, "Wulan Sari"), 0)
    assert wulan.data(DueRole.TITLE) == "Ask about trail running, or share something about #fintech"
    assert not wulan.data(DueRole.OVERDUE)
    assert view.summary.text() == ("1 overdue · 1 due today · 1 thank-you · "
                                   "1 later this week · 1 to reconnect with")
    assert view.summary.textFormat() == Qt.TextFormat.PlainText
    assert view.list.isVisible() and not view.empty.isVisible()


def test_done_logs_the_interaction_and_chains_the_next_try(qtbot, view, store, people):
    budi = people["Budi Santoso"]
    (before,) = store.followups.for_contact(budi, open_only=True)
    with qtbot.waitSignal(view.sig_list_reloaded):
        click(qtbot, view, "Budi Santoso", Action.DONE)
    assert store.followups.get(before.id).status == FollowUpStatus.DONE
    (after,) = store.followups.for_contact(budi, open_only=True)
    assert (after.attempt, after.due_on) == (2, TODAY + 7 * DAY)
    timeline = store.interactions.for_contact(budi)
    assert timeline[0].summary == "Followed up (try 1 of 3)"
    assert timeline[0].occurred_at == NOW
    row = row_of(view, "Budi Santoso")
    index = view.model.index(row, 0)
    assert index.data(DueRole.SECTION) == Section.THIS_WEEK
    assert index.data(DueRole.TITLE) == "Follow up (try 2 of 3)"


def test_snooze_a_week_from_the_button_menu(qtbot, view, store, people):
    click(qtbot, view, "Sari Wijaya", Action.SNOOZE)
    menu = view.list.snooze_menu
    assert menu is not None and menu.isVisible()
    week = next(a for a in menu.actions() if a.data() == "week")
    with qtbot.waitSignal(view.sig_list_reloaded):
        week.trigger()
    menu.close()
    (row,) = store.followups.for_contact(people["Sari Wijaya"], open_only=True)
    assert (row.status, row.due_on) == (FollowUpStatus.SNOOZED, TODAY + 7 * DAY)
    index = view.model.index(row_of(view, "Sari Wijaya"), 0)
    assert index.data(DueRole.SECTION) == Section.THIS_WEEK
    assert "snoozed" in index.data(DueRole.DETAIL)


def test_snooze_until_a_picked_date(qtbot, view, store, people):
    item = view.model.item_at(row_of(view, "Dewi Lestari"))
    dialog = view.list.pick_snooze_date(item)
    qtbot.waitExposed(dialog)
    minimum = dialog.calendar.minimumDate()
    assert (minimum.year(), minimum.month(), minimum.day()) == (2026, 3, 11)
    dialog.calendar.setSelectedDate(dialog.calendar.selectedDate().addDays(20))
    with qtbot.waitSignal(view.sig_list_reloaded):
        dialog.accept()
    (row,) = store.followups.for_contact(people["Dewi Lestari"], open_only=True)
    assert row.due_on == TODAY + 27 * DAY
    assert row_of(view, "Dewi Lestari") is None  # beyond the week: off the list


def test_let_go_with_the_button_and_the_keyboard(qtbot, view, store, people):
    sari = people["Sari Wijaya"]
    with qtbot.waitSignal(view.sig_list_reloaded):
        click(qtbot, view, "Sari Wijaya", Action.LET_GO)
    assert [f.status for f in store.followups.for_contact(sari)] == [FollowUpStatus.LET_GO]
    assert row_of(view, "Sari Wijaya") is None
    # the next item is current now; "L" lets it go too
    view.list.setCurrentIndex(view.model.index(row_of(view, "Dewi Lestari"), 0))
    view.list.setFocus()
    with qtbot.waitSignal(view.sig_list_reloaded):
        qtbot.keyClick(view.list, Qt.Key.Key_L)
    assert row_of(view, "Dewi Lestari") is None
    assert store.followups.for_contact(people["Dewi Lestari"])[0].status == \
        FollowUpStatus.LET_GO


def test_reconnect_suggestion_acts_too(qtbot, view, store, people, events):
    wulan = people["Wulan Sari"]
    with qtbot.waitSignal(view.sig_list_reloaded):
        click(qtbot, view, "Wulan Sari", Action.DONE)
    assert row_of(view, "Wulan Sari") is None
    (done,) = store.followups.for_contact(wulan)
    assert (done.kind, done.status) == (FollowUpKind.RECONNECT, FollowUpStatus.DONE)
    assert store.interactions.for_contact(wulan)[0].summary == "Reconnected"


def test_open_asks_for_the_card(qtbot, view, events, people):
    with qtbot.waitSignal(events.sig_open_contact) as blocker:
        click(qtbot, view, "Eko Prasetyo", Action.OPEN)
    assert blocker.args == [people["Eko Prasetyo"]]
    with qtbot.waitSignal(events.sig_open_contact) as blocker:
        view.list.activated.emit(view.model.index(row_of(view, "Budi Santoso"), 0))
    assert blocker.args == [people["Budi Santoso"]]


def test_the_let_go_question_offers_they_replied(qtbot, store, events, people):
    budi = people["Budi Santoso"]
    (row,) = store.followups.for_contact(budi, open_only=True)
    done = journal.mark_done(store, row.id, when=NOW - 20 * DAY, tz=UTC)
    done = journal.mark_done(store, done.next_follow_up.id, when=NOW - 14 * DAY, tz=UTC)
    journal.mark_done(store, done.next_follow_up.id, when=NOW - 7 * DAY, tz=UTC)
    view = TodayView(store, events, Settings(), clock=lambda: NOW, tz=UTC)
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    item = view.model.item_at(row_of(view, "Budi Santoso"))
    assert item.step == Step.LET_GO
    assert view.list.button_rect(row_of(view, "Budi Santoso"), Action.DONE).isNull()
    with qtbot.waitSignal(view.sig_list_reloaded):
        click(qtbot, view, "Budi Santoso", Action.REPLIED)
    assert store.followups.for_contact(budi, open_only=True) == []
    assert row_of(view, "Budi Santoso") is None


def test_refreshes_when_another_pane_changes_the_journal(qtbot, view, store, events, people):
    journal.add_follow_up(store, people["Dewi Lestari"], TODAY, "Call about the venue")
    with qtbot.waitSignal(view.sig_list_reloaded):
        events.sig_followups_changed.emit()
    assert next(r for r in rows(view) if r[2] == "Dewi Lestari")[1] == Section.TODAY
    store.contacts.delete(people["Dewi Lestari"])
    with qtbot.waitSignal(view.sig_list_reloaded):
        events.sig_contacts_removed.emit([people["Dewi Lestari"]])
    assert row_of(view, "Dewi Lestari") is None


def test_a_long_overdue_list_is_not_a_wall(qtbot, store, events):
    for k in range(12):
        cid = store.contacts.create(f"Person {k:02}").id
        journal.add_follow_up(store, cid, TODAY - (k + 1) * DAY, f"Reason {k}")
    view = TodayView(store, events, Settings(), clock=lambda: NOW, tz=UTC)
    qtbot.addWidget(view)
    page = DueListModel.PAGE
    assert [r[0] for r in rows(view)] == [RowKind.HEADER, *[RowKind.ITEM] * page, RowKind.MORE]
    assert len(view.model.today_list.overdue) == page  # one page read, the rest counted
    assert view.model.index(0, 0).data(DueRole.COUNT) == 12
    more = view.model.index(page + 1, 0)
    assert more.data(Qt.ItemDataRole.DisplayRole) == "Show 5 more"
    view.list.clicked.emit(more)
    assert [r[0] for r in rows(view)].count(RowKind.ITEM) == 2 * page
    assert len(view.model.today_list.overdue) == 2 * page  # the next page, read on demand
    view.list.clicked.emit(view.model.index(2 * page + 1, 0))
    assert [r[0] for r in rows(view)] == [RowKind.HEADER, *[RowKind.ITEM] * 12]
    # the expansion survives a reload
    view.reload()
    assert [r[0] for r in rows(view)].count(RowKind.ITEM) == 12


def test_all_caught_up(qtbot, store, events):
    view = TodayView(store, events, Settings(), clock=lambda: NOW, tz=UTC)
    qtbot.addWidget(view)
    view.show()
    assert not view.list.isVisible() and view.empty.isVisible()
    assert "caught up" in view.summary.text()


def test_names_are_plain_text(qtbot, store, events):
    evil = store.contacts.create("<b>Evil</b><img src=x>").id
    journal.add_follow_up(store, evil, TODAY, "<i>hi</i>")
    view = TodayView(store, events, Settings(), clock=lambda: NOW, tz=UTC)
    qtbot.addWidget(view)
    index = view.model.index(1, 0)
    assert index.data(DueRole.NAME) == "<b>Evil</b><img src=x>"
    assert index.data(DueRole.TITLE) == "<i>hi</i>"
    view.resize(800, 400)
    view.show()
    assert not view.grab().isNull()  # painted with drawText: no markup is parsed


def test_the_new_day_is_noticed(qtbot, store, events, people):
    moment = [NOW]
    view = TodayView(store, events, Settings(), clock=lambda: moment[0], tz=UTC)
    qtbot.addWidget(view)
    assert row_of(view, "Budi Santoso") is not None
    moment[0] = NOW + 8 * DAY
    with qtbot.waitSignal(view.sig_list_reloaded):
        view._day_timer.timeout.emit()
    budi = view.model.index(row_of(view, "Budi Santoso"), 0)
    assert budi.data(DueRole.SECTION) == Section.OVERDUE


def test_model_passes_the_model_tester(qtmodeltester, store, people):
    model = DueListModel()
    model.set_list(journal.today_list(store, TODAY, tz=UTC))
    qtmodeltester.check(model)
    for k in range(9):
        cid = store.contacts.create(f"P{k}").id
        journal.add_follow_up(store, cid, TODAY - DAY, "x")
    model.set_list(journal.today_list(store, TODAY, tz=UTC))
    model.fetch_more_in(Section.OVERDUE)
    qtmodeltester.check(model)


def test_a_meeting_logged_on_the_card_owes_a_thank_you_here(qtbot, store, events):
    # the card's "Log interaction" saves through contact operations on the real clock
    import datetime as dt

    from netjournal.domain.values import Channel, Direction, Interaction
    from netjournal.ui.contact import operations as contact_ops

    eko = store.contacts.create("Eko Prasetyo").id
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    view = TodayView(store, events, Settings(), clock=lambda: now)
    qtbot.addWidget(view)
    assert row_of(view, "Eko Prasetyo") is None
    with qtbot.waitSignal(view.sig_list_reloaded):
        contact_ops.save_interaction(store, events, Interaction(
            occurred_at=now, participant_ids=(eko,), channel=Channel.IN_PERSON,
            direction=Direction.MUTUAL, summary="Coffee"))
    item = view.model.item_at(row_of(view, "Eko Prasetyo"))
    assert (item.step, view.model.index(row_of(view, "Eko Prasetyo"), 0)
            .data(DueRole.SECTION)) == (Step.THANK_YOU, Section.THANK_YOUS)


def test_a_birthday_this_week_is_a_reason_to_reach_out(qtbot, store, events, people):
    from netjournal.domain.birthdays import yearless

    store.contacts.create("Ayu Lestari", birthday=yearless(3, 12))  # in two days
    store.contacts.create("Joko Susilo", birthday=dt.date(1985, 3, 20))  # too far ahead
    widget = TodayView(store, events, Settings(), clock=lambda: NOW, tz=UTC)
    qtbot.addWidget(widget)
    row = row_of(widget, "Ayu Lestari")
    assert row is not None and row_of(widget, "Joko Susilo") is None
    index = widget.model.index(row, 0)
    assert index.data(DueRole.SECTION) == Section.RECONNECT
    assert index.data(DueRole.TITLE).startswith("Birthday on ")
    assert index.data(DueRole.TITLE).endswith(": a reason to reach out")


def test_the_first_item_is_selected_with_its_buttons_shown(view):
    """The row actions show without a mouse: the first item is current from the start."""
    item = view.list.current_item()
    assert item is not None and item.contact_name == "Sari Wijaya"
    index = view.list.currentIndex()
    assert view.list.selectionModel().isSelected(index)
    for action in (Action.DONE, Action.SNOOZE, Action.LET_GO, Action.OPEN):
        assert view.list.button_rect(index.row(), action).isValid()


def test_every_row_action_has_a_key_and_the_menu_key_opens_them(qtbot, view, store, people,
                                                                events):
    view.list.setFocus()
    keys = view.list.key_actions
    assert {"D", "S", "W", "L", "Enter", "Menu"} <= set(keys)
    assert all(a.text() for a in keys.values())  # named, for Help > Keyboard shortcuts
    menu = view.list.show_row_menu()
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert "Done\tD" in texts and "Let go\tL" in texts
    assert any(t.startswith("Open\t") for t in texts)
    menu.close()
    with qtbot.waitSignal(events.sig_open_contact) as opened:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert opened.args == [people["Sari Wijaya"]]
    with qtbot.waitSignal(view.sig_list_reloaded):
        qtbot.keyClick(view.list, Qt.Key.Key_L)
    assert not store.followups.for_contact(people["Sari Wijaya"], open_only=True)
