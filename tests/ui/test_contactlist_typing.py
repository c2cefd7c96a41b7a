"""What each keystroke of a search costs the contact list: a view that does not visit
every row, rows kept by contact between keystrokes, no reset for the same first rows."""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QTest

from netjournal.settings import Settings
from netjournal.ui.contactlist import ContactListPane
from netjournal.ui.contactlist.delegate import ContactDelegate
from netjournal.ui.contactlist.view import ContactListView

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")
_ROOT = QModelIndex()


class CountingModel(QAbstractListModel):
    """``rows`` plain rows; counts the index lookups the view makes."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = 0
        self.lookups = 0

    def index(self, row: int, column: int = 0,
              parent: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        self.lookups += 1
        return super().index(row, column, parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.rows

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return f"row {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    def show(self, rows: int) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


def test_a_long_list_costs_the_view_no_more_than_a_short_one(qtbot):
    """A list view lays out every row after a reset (two lookups a row: 200,000 calls
    into Python for 100,000 contacts); this view only looks at the rows on screen."""
    model = CountingModel()
    view = ContactListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(380, 600)
    view.show()
    QTest.qWaitForWindowExposed(view)
    counts = []
    for rows in (40, 100_000, 40):
        model.lookups = 0
        model.show(rows)
        model.beginInsertRows(QModelIndex(), rows, rows + 999)  # the complete list follows
        model.rows += 1000
        model.endInsertRows()
        view.viewport().repaint()
        counts.append(model.lookups)
    assert counts[1] < 500, counts
    assert counts[1] <= 2 * max(counts[0], counts[2]) + 50, counts


def test_rows_are_as_tall_as_the_delegate_says_and_follow_the_font(qtbot):
    model = CountingModel()
    model.show(10)
    view = ContactListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ContactDelegate(view))
    option_height = view.row_height()
    assert option_height >= 2 * view.fontMetrics().height()
    assert view.rowHeight(3) == option_height
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.row_height() > option_height
    assert view.rowHeight(3) == view.row_height()


@pytest.fixture
def pane(qtbot, store, journal_events, ui_clock):  # type: ignore[no-untyped-def]
    for name, company in (("Budi Santoso", "Tokopedia"), ("Budi Setiawan", "Gojek"),
                          ("Dewi Lestari", "Tokopedia"), ("Andi Wijaya", "Bank Jago")):
        store.contacts.create(name, company=company)
    widget = ContactListPane(store, journal_events, Settings(), clock=ui_clock)
    qtbot.addWidget(widget)
    widget.resize(380, 600)
    widget.show()
    widget.load()
    QTest.qWaitForWindowExposed(widget)
    yield widget
    widget.shutdown()


def _shown(pane) -> list[str]:  # type: ignore[no-untyped-def]
    model = pane.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_next_letter_with_the_same_people_leaves_the_list_alone(qtbot, pane):
    resets: list[int] = []
    pane.model.modelReset.connect(lambda: resets.append(1))
    qtbot.keyClicks(pane.filter_bar.search, "budi s")
    assert _shown(pane) == ["Budi Santoso", "Budi Setiawan"]
    count = len(resets)
    assert pane.select_contact(pane.model.id_at(1))
    with qtbot.waitSignal(pane.sig_count_changed) as counted:
        qtbot.keyClick(pane.filter_bar.search, "e")  # "budi se": one of them
    assert counted.args == [1, True]
    assert len(resets) == count + 1
    qtbot.keyClick(pane.filter_bar.search, Qt.Key.Key_Backspace)  # "budi s" again
    qtbot.keyClick(pane.filter_bar.search, " ")  # "budi s ": the same two, no reset
    assert len(resets) == count + 2
    assert _shown(pane) == ["Budi Santoso", "Budi Setiawan"]
    assert pane.current_contact_id() == pane.model.id_at(1)  # still selected


def test_rows_already_worded_are_not_read_again_for_the_next_keystroke(qtbot, pane, store,
                                                                      journal_events,
                                                                      monkeypatch):
    read: list[list[int]] = []
    real = store.contacts.summaries
    monkeypatch.setattr(store.contacts, "summaries",
                        lambda ids, **kw: read.append(list(ids)) or real(ids, **kw))
    pane.view.viewport().repaint()
    assert _shown(pane) == ["Andi Wijaya", "Budi Santoso", "Budi Setiawan", "Dewi Lestari"]
    read.clear()
    for key in "tokopedia":
        qtbot.keyClick(pane.filter_bar.search, key)
        pane.view.viewport().repaint()
    assert _shown(pane) == ["Budi Santoso", "Dewi Lestari"]
    assert read == []  # both were worded for the whole list already
    # a change to the journal: the changed row is read again, as it is now
    budi = pane.model.id_at(0)
    store.contacts.save(dataclasses.replace(store.contacts.get(budi), name="Budi Santosa"))
    journal_events.sig_contacts_changed.emit([budi])
    pane.view.viewport().repaint()
    assert _shown(pane) == ["Budi Santosa", "Dewi Lestari"]
    assert read and budi in read[-1]  # read again (with the rest of its block)


def test_the_complete_list_is_handed_over_not_copied(qtbot, store, monkeypatch):
    """The worker's list reaches the GUI thread as the same Python list (a Qt list in
    between cost 20 ms for 100,000 ids, half of it on the GUI thread)."""
    from netjournal.storage.search import ContactFilter
    from netjournal.ui.contactlist.loader import IdLoader

    store.contacts.create("Budi Santoso")
    answers: list[list[int]] = []
    real = store.search.contact_ids
    monkeypatch.setattr(store.search, "contact_ids",
                        lambda flt: answers.append(real(flt)) or answers[-1])
    loader = IdLoader(store.search)
    try:
        with qtbot.waitSignal(loader.sig_loaded) as loaded:
            loader.request(7, ContactFilter(text="budi"))
        assert loaded.args[0] == 7
        assert loaded.args[1] is answers[-1] and len(answers[-1]) == 1
    finally:
        loader.stop()


def test_a_request_stopped_by_a_late_cancel_is_read_again(qtbot, store, monkeypatch):
    """A server's cancel can land after the query it was meant for, on the next one: the
    request still wanted is read again rather than never answered."""
    from netjournal.storage.search import ContactFilter, SearchInterruptedError
    from netjournal.ui.contactlist.loader import IdLoader

    budi = store.contacts.create("Budi Santoso").id
    calls: list[int] = []
    real = store.search.contact_ids

    def stopped_once(flt: ContactFilter) -> list[int]:
        calls.append(1)
        if len(calls) == 1:
            raise SearchInterruptedError("canceling statement due to user request")
        return real(flt)

    monkeypatch.setattr(store.search, "contact_ids", stopped_once)
    loader = IdLoader(store.search)
    try:
        with qtbot.waitSignal(loader.sig_loaded) as loaded:
            loader.request(3, ContactFilter(text="budi"))
        assert loaded.args == [3, [budi]] and len(calls) == 2
        loader.cancel()  # a request given up on is not read again
    finally:
        loader.stop()


def test_slow_typing_waits_longer_for_the_complete_list(qtbot, pane):
    """The complete list waits for a pause half as long again as the last one between
    keys (up to a limit), so it is not started, and stopped, between every two keys."""
    model = pane.model
    timer = model._complete_timer
    search = pane.filter_bar.search
    qtbot.keyClick(search, "b")
    qtbot.keyClick(search, "u")  # at once: the shortest wait
    assert timer.interval() == model.COMPLETE_AFTER_MS
    time.sleep(0.25)
    qtbot.keyClick(search, "d")  # after a quarter of a second or more
    assert timer.interval() >= 370
    assert timer.interval() <= model.COMPLETE_AFTER_MAX_MS
    qtbot.wait(2 * model.COMPLETE_AFTER_MAX_MS + 50)
    qtbot.keyClick(search, "i")  # a new search after a while: the shortest wait again
    assert timer.interval() == model.COMPLETE_AFTER_MS
    qtbot.waitUntil(lambda: model.is_complete)
    assert _shown(pane) == ["Budi Santoso", "Budi Setiawan"]


def test_keys_move_through_the_list_as_in_a_list(qtbot, pane):
    view = pane.view
    view.setFocus()
    view.setCurrentIndex(pane.model.index(1, 0))
    for key, row in ((Qt.Key.Key_End, 3), (Qt.Key.Key_Home, 0), (Qt.Key.Key_Down, 1),
                     (Qt.Key.Key_Right, 1), (Qt.Key.Key_PageDown, 3), (Qt.Key.Key_Up, 2)):
        qtbot.keyClick(view, key)
        assert view.currentIndex().row() == row, key
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(i.row() for i in view.selectionModel().selectedRows()) == [0, 1, 2]
