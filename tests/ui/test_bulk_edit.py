"""Changing several selected contacts at once, as one undoable step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from netjournal.domain.values import FollowUp, FollowUpKind, FollowUpStatus, TieStrength

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def people(store):  # type: ignore[no-untyped-def]
    names = ("Andi Wijaya", "Budi Santoso", "Citra Dewi", "Dewi Lestari")
    return [store.contacts.create(n, tags=("mentor",) if n == "Andi Wijaya" else ()).id
            for n in names]


def select_rows(window, ids):  # type: ignore[no-untyped-def]
    pane = window.contact_list
    selection = pane.view.selectionModel()
    first = pane.model.index(pane.model.row_of(ids[0]), 0)
    selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    for cid in ids[1:]:
        selection.select(pane.model.index(pane.model.row_of(cid), 0),
                         QItemSelectionModel.SelectionFlag.Select)


@pytest.fixture
def window(main_window, people):  # type: ignore[no-untyped-def]
    main_window.show_view("contacts")
    main_window.contact_list.refresh()
    select_rows(main_window, people[:3])
    assert main_window.contact_list.chosen_contact_ids() == people[:3]
    return main_window


def test_the_contact_menu_lists_the_changes(window):  # type: ignore[no-untyped-def]
    menu = window.actions.bulk_menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == "3 contacts selected"
    assert "&Add tags…" in texts and "&Let go of their follow-ups" in texts
    assert window.contacts_page.bulk.add_tags_action.isEnabled()


def test_add_tags_to_all_then_undo_in_one_step(window, store, people):  # type: ignore[no-untyped-def]
    bulk = window.contacts_page.bulk
    QTimer.singleShot(0, lambda: _answer_text("jakarta, #fintech"))
    bulk.add_tags_action.trigger()
    assert [store.contacts.get(i).tags for i in people] == [
        ("fintech", "jakarta", "mentor"), ("fintech", "jakarta"), ("fintech", "jakarta"), ()]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Add #jakarta #fintech to 3 contacts"
    window.actions.undo.trigger()
    assert [store.contacts.get(i).tags for i in people] == [("mentor",), (), (), ()]
    window.actions.redo.trigger()
    assert store.contacts.get(people[1]).tags == ("fintech", "jakarta")


def _answer_text(text: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue(text)
    dialog.accept()


def test_tie_strength_cadence_and_remove_tag(window, store, people):  # type: ignore[no-untyped-def]
    bulk = window.contacts_page.bulk
    bulk.tie_actions[TieStrength.CLOSE].trigger()
    assert {store.contacts.get(i).tie_strength for i in people[:3]} == {TieStrength.CLOSE}
    assert store.contacts.get(people[3]).tie_strength == TieStrength.WEAK

    def answer_days() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setIntValue(21)
        dialog.accept()

    QTimer.singleShot(0, answer_days)
    bulk.cadence_action.trigger()
    assert [store.contacts.get(i).cadence_days for i in people] == [21, 21, 21, None]
    QTimer.singleShot(0, lambda: _answer_text("mentor"))
    bulk.remove_tags_action.trigger()
    assert store.contacts.get(people[0]).tags == ()
    assert window.undo_stack.count() == 3
    for _ in range(3):
        window.actions.undo.trigger()
    assert store.contacts.get(people[0]).tags == ("mentor",)
    assert {store.contacts.get(i).tie_strength for i in people} == {TieStrength.WEAK}
    assert {store.contacts.get(i).cadence_days for i in people} == {None}


def test_let_go_of_follow_ups_and_undo(window, store, people, journal_events, qtbot):  # type: ignore[no-untyped-def]
    due = [store.followups.save(FollowUp(contact_id=i, due_on=dt.date(2026, 3, 12),
                                         kind=FollowUpKind.MANUAL)) for i in people]
    with qtbot.waitSignal(journal_events.sig_followups_changed):
        window.contacts_page.bulk.let_go_action.trigger()
    assert [store.followups.get(f.id).status for f in due] == [FollowUpStatus.LET_GO] * 3 + [
        FollowUpStatus.OPEN]
    window.actions.undo.trigger()
    assert {store.followups.get(f.id).status for f in due} == {FollowUpStatus.OPEN}


def test_the_list_has_a_context_menu(window, qtbot):  # type: ignore[no-untyped-def]
    pane = window.contact_list
    with qtbot.waitSignal(pane.sig_menu_requested):
        pane.view.customContextMenuRequested.emit(QPoint(5, 5))
    menus = [m for m in window.contacts_page.findChildren(QMenu) if m.isVisible()]
    assert menus and menus[-1].actions()[0].text() == "3 contacts selected"
    menus[-1].close()


@pytest.mark.usefixtures("engine")
def test_the_editor_changes_and_undoes_on_either_engine(qtbot, store, people,  # type: ignore[no-untyped-def]
                                                       journal_events):
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from netjournal.ui.contactlist.bulk import BulkEditor

    parent = QWidget()
    qtbot.addWidget(parent)
    stack = QUndoStack()
    editor = BulkEditor(store, journal_events, stack, lambda: people[:3], parent)
    QTimer.singleShot(0, lambda: _answer_text("jakarta, #fintech"))
    editor.add_tags_action.trigger()
    editor.tie_actions[TieStrength.CLOSE].trigger()
    assert [store.contacts.get(i).tags for i in people] == [
        ("fintech", "jakarta", "mentor"), ("fintech", "jakarta"), ("fintech", "jakarta"), ()]
    assert {store.contacts.get(i).tie_strength for i in people[:3]} == {TieStrength.CLOSE}
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert [store.contacts.get(i).tags for i in people] == [("mentor",), (), (), ()]
    assert {store.contacts.get(i).tie_strength for i in people} == {TieStrength.WEAK}
