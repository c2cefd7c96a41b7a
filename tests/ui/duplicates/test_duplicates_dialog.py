"""Contacts > Find duplicates…: the groups, the side-by-side merge, and its undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from netjournal import dates
from netjournal.domain.values import Detail, DetailKind, Interaction
from netjournal.ui.duplicates import DuplicatesDialog, MergeDialog
from netjournal.ui.duplicates.model import DuplicateGroupsModel, DuplicateRole

pytestmark = [pytest.mark.qt_log_ignore("^This plugin does not support"),
              pytest.mark.usefixtures("engine")]

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def budis(store):  # type: ignore[no-untyped-def]
    first = store.contacts.create("Budi Santoso", company="Tokopedia", notes="",
                                  details=(Detail(DetailKind.EMAIL, "budi@tokopedia.com"),))
    second = store.contacts.create("BUDI SANTOSO", company="Tokopedia", title="PM",
                                   notes="likes durian")
    third = store.contacts.create("Budi S.", company="Tokopedia")
    store.interactions.save(Interaction(occurred_at=T0, participant_ids=(second.id,),
                                        summary="durian talk"))
    return first.id, second.id, third.id


@pytest.fixture
def dialog(qtbot, store, journal_events, budis):  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    d = DuplicatesDialog(store, journal_events, stack)
    d.stack = stack  # kept alive with the dialog
    qtbot.addWidget(d)
    d.show()
    yield d
    d.reject()  # as a person closes it: it stops listening to the stack


def test_the_model_passes_the_model_tester(qtmodeltester, store, budis):  # type: ignore[no-untyped-def]
    model = DuplicateGroupsModel()
    groups = store.merges.duplicate_groups()
    model.set_groups(groups, store.contacts.summaries(list(budis)))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 3


def test_groups_show_their_reasons_and_contacts(dialog, budis):  # type: ignore[no-untyped-def]
    top = dialog.model.index(0, 0)
    assert top.data() == "the same name; a similar name at the same company"
    rows = [dialog.model.index(r, 0, top) for r in range(3)]
    assert [i.data(DuplicateRole.CONTACT_ID) for i in rows] == list(budis)
    assert rows[0].data() == f"Budi Santoso (Tokopedia) · #{budis[0]}"
    assert "1 groups" not in dialog.summary.text()
    assert not dialog.merge_button.isEnabled()  # a group of three: choose two


def _select(dialog, rows):  # type: ignore[no-untyped-def]
    top = dialog.model.index(0, 0)
    selection = dialog.view.selectionModel()
    selection.clearSelection()
    for r in rows:
        selection.select(dialog.model.index(r, 0, top),
                         QItemSelectionModel.SelectionFlag.Select)


def test_two_contacts_of_a_group_make_a_pair(dialog, budis):  # type: ignore[no-untyped-def]
    _select(dialog, [1, 0])
    assert dialog.chosen_pair() == (budis[0], budis[1])
    assert dialog.merge_button.isEnabled()
    _select(dialog, [0, 1, 2])
    assert dialog.chosen_pair() is None and not dialog.merge_button.isEnabled()


def test_the_merge_dialog_chooses_field_by_field(qtbot, store, budis):  # type: ignore[no-untyped-def]
    first, second = store.contacts.get(budis[0]), store.contacts.get(budis[1])
    d = MergeDialog(first, second, timelines={budis[0]: 0, budis[1]: 1})
    qtbot.addWidget(d)
    shown = {label.text() for label in d.findChildren(QLabel)}
    last = dates.short_date(dates.local_day(T0))
    assert {"0 interactions", f"1 interaction, the last on {last}"} <= shown
    assert set(d.radios) == {"name", "title", "notes"}  # the fields where they differ
    assert d.radios["name"][0].isChecked() and d.radios["title"][1].isChecked()
    assert d.radios["notes"][1].text() == "likes durian"
    d.radios["name"][1].setChecked(True)
    card = d.card()
    assert (card.id, card.name, card.title, card.notes) == (
        budis[0], "BUDI SANTOSO", "PM", "likes durian")
    assert d.gone_id == budis[1]
    d.swap_button.click()
    assert (d.kept_id, d.gone_id) == (budis[1], budis[0])
    assert d.card().id == budis[1]


def test_merge_then_undo_and_redo(qtbot, dialog, store, budis, journal_events):  # type: ignore[no-untyped-def]
    first, second, _ = budis
    _select(dialog, [0, 1])

    def accept_merge() -> None:
        merge = QApplication.activeModalWidget()
        assert isinstance(merge, MergeDialog)
        merge.radios["notes"][1].setChecked(True)
        merge.merge_button.click()

    QTimer.singleShot(0, accept_merge)
    with qtbot.waitSignal(journal_events.sig_contacts_removed) as removed:
        dialog.merge_button.click()
    assert removed.args == [[second]]
    assert not store.contacts.exists(second)
    kept = store.contacts.get(first)
    assert (kept.title, kept.notes) == ("PM", "likes durian")
    assert [i.summary for i in store.interactions.for_contact(first)] == ["durian talk"]
    assert dialog.model.rowCount() == 1  # Budi S. still looks like the kept Budi
    assert dialog.stack.count() == 1 and dialog.stack.undoText().startswith("Merge")

    dialog.stack.undo()
    assert dialog.model.rowCount(dialog.model.index(0, 0)) == 3  # the group is back whole
    assert store.contacts.exists(second)
    assert store.interactions.for_contact(first) == []
    assert [i.summary for i in store.interactions.for_contact(second)] == ["durian talk"]
    assert store.contacts.get(first).notes == ""
    dialog.stack.redo()
    assert not store.contacts.exists(second)
    assert store.contacts.get(first).notes == "likes durian"


def test_cancel_merges_nothing(qtbot, dialog, store, budis):  # type: ignore[no-untyped-def]
    _select(dialog, [0, 1])
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    dialog.merge_button.click()
    assert store.contacts.exists(budis[1]) and dialog.stack.count() == 0


def test_no_duplicates(qtbot, store, journal_events):  # type: ignore[no-untyped-def]
    store.contacts.create("Rina")
    stack = QUndoStack()
    d = DuplicatesDialog(store, journal_events, stack)
    qtbot.addWidget(d)
    assert d.model.rowCount() == 0 and "No duplicates" in d.summary.text()


@pytest.mark.parametrize("engine", ["sqlite"])  # the main window on a server: the app's tests
def test_the_menu_opens_the_dialog(qtbot, engine, store, budis, main_window):  # type: ignore[no-untyped-def]
    main_window.actions.find_duplicates.trigger()
    dialog = main_window.findChild(DuplicatesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    dialog.reject()
    assert QDialog.DialogCode.Rejected == dialog.result()
