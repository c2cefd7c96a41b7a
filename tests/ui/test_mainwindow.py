"""The main window: welcome, selection, dirty cards, delete and undo, keys, saved layout."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from netjournal.domain.values import Interaction

# Qt's offscreen platform warns that it lacks window features ("This plugin does not support
# propagateSizeHints()" and the like); a real display does not.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def three(store):  # type: ignore[no-untyped-def]
    ids = [store.contacts.create(name, company=company).id for name, company in (
        ("Andi Wijaya", "Gojek"), ("Budi Santoso", "Tokopedia"), ("Citra Dewi", "Traveloka"))]
    return dict(zip(("andi", "budi", "citra"), ids, strict=True))


def select(window, contact_id):  # type: ignore[no-untyped-def]
    pane = window.contact_list
    pane.view.setCurrentIndex(pane.model.index(pane.model.row_of(contact_id), 0))


def test_an_empty_journal_shows_the_welcome(main_window):
    assert main_window.contacts_page.currentWidget() is main_window.welcome
    assert main_window.welcome.isVisible()


def test_welcome_new_contact_opens_an_empty_card(qtbot, main_window):
    main_window.welcome.new_button.click()
    assert main_window.contacts_page.currentWidget() is main_window.splitter
    assert main_window.card.contact_id() is None
    assert main_window.card.page.isVisible()


def test_welcome_import_opens_the_import_dialog(qtbot, main_window):
    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    with qtbot.waitSignal(main_window.sig_import_requested):
        main_window.welcome.import_button.click()
    assert seen == ["ImportDialog"]


def test_welcome_demo_data_fills_the_list(qtbot, main_window, store):
    main_window.welcome.demo_button.click()
    assert store.contacts.count() == 200
    assert main_window.contacts_page.currentWidget() is main_window.splitter
    qtbot.waitUntil(lambda: main_window.contact_list.model.is_complete)
    assert main_window.contact_list.model.rowCount() == 200
    assert main_window.card.contact_id() is not None  # the first person is shown
    assert main_window.count_label.text() == "200 contacts"


def test_selecting_a_contact_shows_their_card(three, main_window):
    main_window.contact_list.refresh()
    assert main_window.contacts_page.currentWidget() is main_window.splitter
    select(main_window, three["budi"])
    assert main_window.card.contact_id() == three["budi"]
    assert main_window.actions.delete_contact.isEnabled()


def test_a_dirty_card_that_stays_keeps_the_selection(three, monkeypatch, main_window):
    main_window.contact_list.refresh()
    select(main_window, three["andi"])
    monkeypatch.setattr(main_window.card, "maybe_save", lambda: False)  # "Cancel"
    select(main_window, three["citra"])
    assert main_window.card.contact_id() == three["andi"]
    assert main_window.contact_list.current_contact_id() == three["andi"]


def test_closing_asks_the_card_first(three, monkeypatch, main_window):
    asked: list[bool] = []
    monkeypatch.setattr(main_window.card, "maybe_save", lambda: asked.append(True) or False)
    assert not main_window.close()
    assert asked and main_window.isVisible()
    monkeypatch.setattr(main_window.card, "maybe_save", lambda: True)
    assert main_window.close()


def test_next_and_previous_contact(three, main_window):
    main_window.contact_list.refresh()
    main_window.actions.next_contact.trigger()
    assert main_window.card.contact_id() == three["andi"]
    main_window.actions.next_contact.trigger()
    assert main_window.card.contact_id() == three["budi"]
    main_window.actions.previous_contact.trigger()
    assert main_window.card.contact_id() == three["andi"]
    shortcuts = {s.toString() for s in main_window.actions.next_contact.shortcuts()}
    assert {"Alt+Down", "Ctrl+]"} <= shortcuts


def test_delete_and_undo(three, qtbot, store, main_window):
    main_window.contact_list.refresh()
    select(main_window, three["budi"])
    main_window.actions.delete_contact.trigger()
    assert not store.contacts.exists(three["budi"])
    assert three["budi"] not in main_window.contact_list.model.ids()
    assert main_window.card.contact_id() in (three["andi"], three["citra"])
    assert "Budi Santoso" in main_window.statusBar().currentMessage()
    main_window.actions.undo.trigger()
    assert store.contacts.exists(three["budi"])
    assert three["budi"] in main_window.contact_list.model.ids()
    assert main_window.card.contact_id() == three["budi"]
    main_window.actions.redo.trigger()
    assert not store.contacts.exists(three["budi"])


def test_deleting_an_interaction_can_be_undone_from_the_edit_menu(three, store, main_window):
    talk = store.interactions.save(Interaction(
        occurred_at=dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC),
        participant_ids=(three["andi"],), summary="coffee"))
    from netjournal.ui.contact.operations import delete_interaction
    from netjournal.ui.contact.undo import DeleteInteractionCommand

    binned = delete_interaction(store, main_window._events, talk.id)
    main_window.undo_stack.push(DeleteInteractionCommand(store, main_window._events, binned,
                                                         "Delete interaction"))
    assert store.interactions.ids_for_contact(three["andi"]) == []
    main_window.actions.undo.trigger()
    assert store.interactions.ids_for_contact(three["andi"]) == [talk.id]


def test_deleting_the_last_contact_brings_the_welcome_back(main_window, store):
    c = store.contacts.create("Only One")
    main_window._events.sig_contacts_changed.emit([c.id])
    select(main_window, c.id)
    main_window.actions.delete_contact.trigger()
    assert main_window.contacts_page.currentWidget() is main_window.welcome
    main_window.actions.undo.trigger()
    assert main_window.contacts_page.currentWidget() is main_window.splitter


def test_new_contact_and_log_interaction_actions(three, monkeypatch, main_window):
    assert main_window.actions.new_contact.shortcut().toString() == "Ctrl+N"
    assert main_window.actions.log_interaction.shortcut().toString() == "Ctrl+L"
    main_window.actions.new_contact.trigger()
    assert main_window.card.contact_id() is None and main_window.card.page.isVisible()
    assert not main_window.actions.log_interaction.isEnabled()
    main_window.contact_list.refresh()
    select(main_window, three["citra"])
    logged: list[bool] = []
    monkeypatch.setattr(main_window.card, "log_interaction", lambda: logged.append(True))
    main_window.actions.log_interaction.trigger()
    assert logged == [True]


def test_find_focuses_the_search_box(three, qtbot, main_window):
    main_window.show_view("activity")
    main_window.activateWindow()
    main_window.actions.find.trigger()
    assert main_window.current_view() == "contacts"
    qtbot.waitUntil(lambda: main_window.contact_list.filter_bar.search.hasFocus())


def test_views_switch_from_the_menu_and_a_view_can_be_added(qtbot, main_window):
    from PySide6.QtWidgets import QLabel

    assert main_window.current_view() == "contacts"
    main_window.show_view("activity")
    assert main_window.views.currentWidget() is main_window.activity
    action = main_window.add_view("notes", "Notes", QLabel("notes"), "Ctrl+9")
    assert action in main_window.menus["view"].actions()
    action.trigger()
    assert main_window.current_view() == "notes"
    with pytest.raises(ValueError, match="already"):
        main_window.add_view("notes", "Again", QLabel())


def test_activity_opens_a_contact(three, main_window):
    main_window.show_view("activity")
    main_window.activity.sig_contact_activated.emit(three["citra"])
    assert main_window.current_view() == "contacts"
    assert main_window.card.contact_id() == three["citra"]
    assert main_window.contact_list.current_contact_id() == three["citra"]


def test_geometry_splitter_and_view_are_restored(three, qtbot, data_dir, make_main_window):
    first = make_main_window()
    first.resize(760, 540)  # the offscreen screen is 800x600
    first.show_view("contacts")  # Today is the home view: lay the splitter out first
    first.splitter.setSizes([300, 10_000])
    qtbot.waitUntil(lambda: first.splitter.sizes()[0] == 300)
    first.show_view("activity")
    sizes = first.splitter.sizes()
    assert first.close()
    qs = QSettings(str(data_dir.geometry), QSettings.Format.IniFormat)
    assert qs.value("window/view") == "activity"
    second = make_main_window()
    assert second.current_view() == "activity"
    assert not second.is_built("contacts")  # built on its first visit, with its splitter
    second.show_view("contacts")
    qtbot.waitUntil(lambda: second.splitter.sizes() == sizes)
    # the list and the card need more than the offscreen screen's width: the size that
    # fits them comes back with them (the screen alone would cut it down)
    assert second.size() == first.size()
    assert oct(data_dir.geometry.stat().st_mode & 0o777) == "0o600"


def test_status_bar_counts_contacts(three, qtbot, main_window):
    main_window.contact_list.refresh()
    assert main_window.count_label.text() == "3 contacts"
    qtbot.keyClicks(main_window.contact_list.filter_bar.search, "budi")
    assert main_window.count_label.text() == "1 contact"


def test_ready_is_signalled_once_shown(three, qtbot, make_main_window):
    window = make_main_window(show=False)
    with qtbot.waitSignal(window.sig_ready):
        window.show()


def test_tab_order_runs_from_search_through_the_list_to_the_card(three, main_window):
    main_window.contact_list.refresh()
    bar = main_window.contact_list.filter_bar
    chain = [bar.search]
    widget = bar.search
    for _ in range(12):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    order = [w for w in chain if w in (bar.search, bar.tag, bar.tie, bar.order, bar.due,
                                       bar.dormant, main_window.contact_list.view)]
    assert order[:7] == [bar.search, bar.tag, bar.tie, bar.order, bar.due, bar.dormant,
                         main_window.contact_list.view]


def test_bring_to_front_restores_a_minimised_window(qtbot, main_window):
    main_window.showMinimized()
    main_window.bring_to_front()
    assert not main_window.isMinimized()
    assert main_window.isVisible()


def test_keyboard_shortcut_reaches_the_action(three, qtbot, main_window):
    main_window.contact_list.refresh()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert main_window.card.contact_id() == three["andi"]


def test_deleting_several_selected_contacts_and_one_undo(three, qtbot, store, main_window):
    pane = main_window.contact_list
    pane.refresh()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
    for name, modifier in (("andi", Qt.KeyboardModifier.NoModifier),
                           ("citra", Qt.KeyboardModifier.ControlModifier)):
        rect = pane.view.visualRect(pane.model.index(pane.model.row_of(three[name]), 0))
        qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                         rect.center())
    assert sorted(pane.selected_contact_ids()) == sorted([three["andi"], three["citra"]])

    main_window.actions.delete_contact.trigger()
    assert not store.contacts.exists(three["andi"]) and not store.contacts.exists(three["citra"])
    assert store.contacts.exists(three["budi"])
    assert pane.model.ids() == [three["budi"]]
    assert "2 contacts moved to the bin" in main_window.statusBar().currentMessage()
    assert main_window.undo_stack.undoText() == "Delete 2 contacts"

    main_window.actions.undo.trigger()  # one undo brings both back
    assert store.contacts.exists(three["andi"]) and store.contacts.exists(three["citra"])
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)


def test_a_window_shut_down_before_its_first_show_ran_leaves_the_journal_closed(
        qtbot, three, store, make_main_window):
    """The first show's work (the ready signal, watching for others' writes) and a view's
    reload wait for the event loop; a window shut down and its store closed before then
    opens nothing again (on a server, a connection no one would close)."""
    window = make_main_window(show=False)
    ready: list[bool] = []
    window.sig_ready.connect(lambda: ready.append(True))
    window.show()  # its first-show work is queued
    window.views.currentWidget().schedule_reload()  # and Today's reading again
    window.shutdown()
    store.close()
    qtbot.wait(50)  # the queued work comes round
    assert ready == []
    assert store.db.is_closed()


def test_ready_comes_after_the_first_frame_drew_todays_rows(qtbot, store, make_main_window):
    """The window says it is ready once its first frame is on screen, with the first
    view's rows in it: the first paint of the Today list comes before the signal (and
    the list is drawn once, not again on purpose before it)."""
    from PySide6.QtCore import QEvent, QObject

    from netjournal.domain.values import FollowUp, FollowUpKind
    from tests.ui.conftest import UI_NOW

    dewi = store.contacts.create("Dewi Lestari")
    store.followups.save(FollowUp(contact_id=dewi.id, due_on=UI_NOW.date(),
                                  kind=FollowUpKind.MANUAL, reason="call"))
    window = make_main_window(show=False)
    viewport = window.view("today").list.viewport()
    seen: list[str] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen.append("painted")
            return False

    paints = Paints()
    viewport.installEventFilter(paints)
    window.sig_ready.connect(lambda: seen.append("ready"))
    with qtbot.waitSignal(window.sig_ready):
        window.show()
    viewport.removeEventFilter(paints)
    assert seen and seen[-1] == "ready"
    assert seen.count("painted") == 1, seen
