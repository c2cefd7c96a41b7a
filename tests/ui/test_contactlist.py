"""The contact list: lazy model, search as you type, filters, order, plain-text names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from netjournal.domain.values import FollowUp, FollowUpKind, Interaction, TieStrength
from netjournal.settings import Settings
from netjournal.storage.search import ContactFilter, Order
from netjournal.ui.contactlist import ContactListModel, ContactListPane, ContactRole

from .conftest import UI_NOW

# Qt's offscreen platform warns that it lacks window features ("This plugin does not support
# propagateSizeHints()", "... raise()", "... grabbing the keyboard" when a popup opens);
# a real display does not.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

EVIL = "<b>Evil</b><img src=x>"


def _talk(store, contact_id, when, summary="coffee"):  # type: ignore[no-untyped-def]
    store.interactions.save(Interaction(occurred_at=when, participant_ids=(contact_id,),
                                        summary=summary))


@pytest.fixture
def people(store):  # type: ignore[no-untyped-def]
    """A small journal: names with diacritics, tags, ties, a dormant tie, a due follow-up."""
    recent = UI_NOW - dt.timedelta(days=3)
    zoe = store.contacts.create("Zoë Śliwińska", company="Gojek", title="Designer",
                                tie_strength=TieStrength.CLOSE, tags=("design",))
    budi = store.contacts.create("Budi Santoso", company="Tokopedia",
                                 title="Product Manager", tags=("fintech", "jakarta"))
    dewi = store.contacts.create("Dewi Lestari", company="Bank Jago",
                                 tie_strength=TieStrength.REGULAR, tags=("fintech",))
    andi = store.contacts.create("Andi Wijaya", tie_strength=TieStrength.WEAK)
    _talk(store, zoe.id, recent)
    _talk(store, budi.id, recent - dt.timedelta(days=1), "talked about kopi luwak")
    _talk(store, dewi.id, UI_NOW - dt.timedelta(days=200))  # regular, 60 days: dormant
    _talk(store, andi.id, recent - dt.timedelta(days=2))
    store.followups.save(FollowUp(contact_id=dewi.id, due_on=UI_NOW.date(),
                                  kind=FollowUpKind.MANUAL, reason="send the deck"))
    return {"zoe": zoe.id, "budi": budi.id, "dewi": dewi.id, "andi": andi.id}


@pytest.fixture
def pane(qtbot, store, journal_events, ui_clock, people):  # type: ignore[no-untyped-def]
    """The pane on the small journal of ``people``."""
    widget = ContactListPane(store, journal_events, Settings(), clock=ui_clock)
    qtbot.addWidget(widget)
    widget.resize(380, 600)
    widget.show()
    widget.load()
    yield widget
    widget.shutdown()


@pytest.fixture
def model(store, ui_clock):  # type: ignore[no-untyped-def]
    m = ContactListModel(store, Settings(), clock=ui_clock)
    yield m
    m.shutdown()


def names(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_model_passes_the_model_tester_without_and_with_a_filter(qtmodeltester, model, people):
    model.reload()
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    model.set_filter(ContactFilter(text="fintech"))
    assert sorted(names(model)) == ["Budi Santoso", "Dewi Lestari"]
    qtmodeltester.check(model)
    model.set_filter(ContactFilter(text="nobody-has-this"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_first_page_then_the_complete_list_from_the_worker(qtbot, qtmodeltester, store,
                                                           ui_clock, monkeypatch):
    """A list longer than the first page shows that page at once, then grows to the end."""
    ids = [store.contacts.create(f"Person {i:02d}").id for i in range(30)]
    monkeypatch.setattr(ContactListModel, "FIRST_PAGE", 7)
    model = ContactListModel(store, Settings(), clock=ui_clock)
    try:
        qtmodeltester.check(model)  # watches the rows arrive through the checks below
        model.reload()
        assert model.rowCount() in (7, 30)  # the worker may already have answered
        qtbot.waitUntil(lambda: model.is_complete)
        assert [model.id_at(r) for r in range(model.rowCount())] == ids
    finally:
        model.shutdown()


def test_a_long_list_stays_in_place_while_a_change_is_read(qtbot, store, journal_events,
                                                            ui_clock, monkeypatch):
    """After a save, a long list is replaced once the worker has the new one: no jump."""
    ids = [store.contacts.create(f"Person {i:02d}").id for i in range(30)]
    monkeypatch.setattr(ContactListModel, "FIRST_PAGE", 5)
    pane = ContactListPane(store, journal_events, Settings(), clock=ui_clock)
    qtbot.addWidget(pane)
    try:
        pane.load()
        qtbot.waitUntil(lambda: pane.model.is_complete)
        assert pane.select_contact(ids[20])
        newcomer = store.contacts.create("Person 10b")
        journal_events.sig_contacts_changed.emit([newcomer.id])
        assert pane.model.rowCount() == 30  # the old list, still in place
        qtbot.waitUntil(lambda: pane.model.is_complete)
        assert pane.model.rowCount() == 31
        assert pane.model.ids()[11] == newcomer.id
        assert pane.current_contact_id() == ids[20]
        store.contacts.delete(ids[3])
        journal_events.sig_contacts_changed.emit([ids[4]])  # a refresh is being read...
        journal_events.sig_contacts_removed.emit([ids[3]])  # ...when someone is deleted
        qtbot.waitUntil(lambda: pane.model.is_complete)
        assert ids[3] not in pane.model.ids() and pane.model.rowCount() == 30
    finally:
        pane.shutdown()


def test_rows_are_fetched_in_blocks_not_all_at_once(store, ui_clock, monkeypatch):
    for i in range(40):
        store.contacts.create(f"Person {i:02d}")
    monkeypatch.setattr(ContactListModel, "BLOCK", 8)
    monkeypatch.setattr(ContactListModel, "CACHE_BLOCKS", 2)
    calls: list[int] = []
    real = store.contacts.summaries
    monkeypatch.setattr(store.contacts, "summaries",
                        lambda ids, **kw: calls.append(len(ids)) or real(ids, **kw))
    model = ContactListModel(store, Settings(), clock=ui_clock)
    try:
        model.reload()
        assert calls == []  # nothing but ids until a row is looked at
        assert model.index(9, 0).data() == "Person 09"
        assert calls == [8]
        for row in range(8, 16):
            model.index(row, 0).data()
        assert calls == [8]  # the block is cached
        model.index(0, 0).data()
        model.index(39, 0).data()
        model.index(9, 0).data()  # evicted by the two others: read again
        assert calls == [8, 8, 8, 8]
    finally:
        model.shutdown()


def test_row_shows_name_subtitle_last_contact_and_effective_tie(model, people):
    model.reload()
    row = model.row_of(people["dewi"])
    index = model.index(row, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Dewi Lestari"
    assert index.data(ContactRole.SUBTITLE) == "Bank Jago"
    assert index.data(ContactRole.TIE) == TieStrength.DORMANT  # stored regular, 200 days ago
    assert index.data(ContactRole.TIE_LABEL) == "Dormant"
    assert index.data(ContactRole.LAST_CONTACT) not in ("", "never")
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    budi = model.index(model.row_of(people["budi"]), 0)
    assert budi.data(ContactRole.SUBTITLE) == "Product Manager, Tokopedia"


def test_never_contacted_says_never(model, store):
    store.contacts.create("Rina Siregar")
    model.reload()
    assert model.index(0, 0).data(ContactRole.LAST_CONTACT) == "never"


def test_search_as_you_type_without_diacritics(qtbot, pane, people):
    qtbot.keyClicks(pane.filter_bar.search, "zoe sli")
    assert pane.model.ids() == [people["zoe"]]
    pane.filter_bar.search.clear()
    qtbot.keyClicks(pane.filter_bar.search, "kopi")  # found through what was said
    qtbot.waitUntil(lambda: pane.model.is_complete)
    assert pane.model.ids() == [people["budi"]]


def test_escape_clears_the_search(qtbot, pane, people):
    qtbot.keyClicks(pane.filter_bar.search, "budi")
    assert pane.model.rowCount() == 1
    qtbot.keyClick(pane.filter_bar.search, Qt.Key.Key_Escape)
    assert pane.filter_bar.search.text() == ""
    assert pane.model.rowCount() == 4


def test_tag_filter_offers_tags_in_use(pane, people):
    pane.filter_bar.tag.showPopup()  # asks for fresh tags
    pane.filter_bar.tag.hidePopup()
    tags = [pane.filter_bar.tag.itemData(i) for i in range(pane.filter_bar.tag.count())]
    assert tags == [None, "design", "fintech", "jakarta"]
    pane.filter_bar.tag.setCurrentIndex(tags.index("fintech"))
    assert set(pane.model.ids()) == {people["budi"], people["dewi"]}


def test_tie_follow_up_and_dormant_filters(pane, people):
    bar = pane.filter_bar
    bar.tie.setCurrentIndex(bar.tie.findData(TieStrength.CLOSE.value))
    assert pane.model.ids() == [people["zoe"]]
    bar.tie.setCurrentIndex(bar.tie.findData(TieStrength.DORMANT.value))
    assert pane.model.ids() == [people["dewi"]]
    bar.tie.setCurrentIndex(0)
    bar.due.setChecked(True)
    assert pane.model.ids() == [people["dewi"]]
    bar.due.setChecked(False)
    bar.dormant.setChecked(True)
    assert pane.model.ids() == [people["dewi"]]
    bar.dormant.setChecked(False)
    assert len(pane.model.ids()) == 4


def test_sort_by_name_or_by_last_contact(pane, people):
    assert pane.model.ids() == [people[k] for k in ("andi", "budi", "dewi", "zoe")]
    pane.filter_bar.order.setCurrentIndex(pane.filter_bar.order.findData(Order.LAST_CONTACT.value))
    assert pane.model.ids() == [people[k] for k in ("zoe", "budi", "andi", "dewi")]


def test_selecting_a_row_emits_the_contact_id(qtbot, pane, people):
    row = pane.model.row_of(people["budi"])
    with qtbot.waitSignal(pane.sig_contact_selected) as blocker:
        pane.view.setCurrentIndex(pane.model.index(row, 0))
    assert blocker.args == [people["budi"]]
    assert pane.current_contact_id() == people["budi"]


def test_down_arrow_from_the_search_box_enters_the_list(qtbot, pane, people):
    pane.filter_bar.search.setFocus()
    with qtbot.waitSignal(pane.sig_contact_selected) as blocker:
        qtbot.keyClick(pane.filter_bar.search, Qt.Key.Key_Down)
    assert blocker.args == [people["andi"]]


def test_selection_survives_a_reload_and_removal_moves_to_a_neighbour(qtbot, pane, people,
                                                                      store, journal_events):
    assert pane.select_contact(people["budi"])
    journal_events.sig_contacts_changed.emit([people["budi"]])
    assert pane.current_contact_id() == people["budi"]
    store.contacts.delete(people["budi"])
    journal_events.sig_contacts_removed.emit([people["budi"]])
    assert people["budi"] not in pane.model.ids()
    assert pane.current_contact_id() in {people["andi"], people["dewi"]}


def test_a_new_contact_appears_in_its_place(pane, store, journal_events, people):
    c = store.contacts.create("Bayu Pratama")
    journal_events.sig_contacts_changed.emit([c.id])
    assert pane.model.ids()[:3] == [people["andi"], c.id, people["budi"]]


def test_empty_result_says_so_and_offers_to_clear(qtbot, pane, people):
    qtbot.keyClicks(pane.filter_bar.search, "xyzzy")
    assert pane._stack.currentWidget() is pane._empty
    assert "xyzzy" in pane._empty_hint.text()
    pane._clear_button.click()
    assert pane.model.rowCount() == 4
    assert pane._stack.currentWidget() is pane.view


def test_counts_are_reported(qtbot, pane, people):
    with qtbot.waitSignal(pane.sig_count_changed) as blocker:
        pane.refresh()
    assert blocker.args == [4, True]


def test_a_name_that_looks_like_html_stays_text(pane, store, journal_events):
    c = store.contacts.create(EVIL, company="<i>Acme</i>")
    journal_events.sig_contacts_changed.emit([c.id])
    index = pane.model.index(pane.model.row_of(c.id), 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == EVIL
    assert index.data(ContactRole.SUBTITLE) == "<i>Acme</i>"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Evil&lt;/b&gt;&lt;img src=x&gt;" in tip and "<img" not in tip
    assert EVIL in index.data(Qt.ItemDataRole.AccessibleTextRole)
    # the empty-state hint repeats the search text: plain text as well
    pane.filter_bar.search.setText("<b>nobody</b>")
    assert pane._empty_hint.textFormat() == Qt.TextFormat.PlainText


def test_the_delegate_draws_a_row_without_error(qtbot, pane, people):
    pane.view.viewport().repaint()  # paints every visible row through the delegate
    hint = pane.view.itemDelegate().sizeHint(_option(pane.view), pane.model.index(0, 0))
    assert hint.height() >= 2 * pane.view.fontMetrics().height()


def _option(view):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    return option


@pytest.mark.parametrize("width", [420, 300, 250, 200])
def test_in_a_narrow_pane_the_combos_wrap_and_none_is_squeezed(qtbot, width):
    """Tag, tie and order side by side in a wide pane; in a narrower one what does not
    fit goes below (beside each other while they fit), never cut short."""
    from PySide6.QtWidgets import QWidget

    from netjournal.ui.contactlist.filterbar import FilterBar

    pane = QWidget()  # as the splitter gives it: the width the pane has
    qtbot.addWidget(pane)
    bar = FilterBar(pane)
    pane.resize(width, 400)
    pane.show()
    bar.setGeometry(0, 0, width, 300)
    qtbot.waitUntil(lambda: bar.width() == width)
    rows = bar.combo_rows()
    assert rows[0][0] is bar.tag and sum(len(r) for r in rows) == 3
    room = bar.width() - 20  # the bar's margins
    for row in rows:
        needed = sum(c.minimumSizeHint().width() if c is bar.tag else c.sizeHint().width()
                     for c in row) + 6 * (len(row) - 1)
        assert needed <= room or len(row) == 1
    qtbot.waitUntil(lambda: bar.tie.width() >= bar.tie.sizeHint().width()
                    and bar.order.width() >= bar.order.sizeHint().width())
    assert bar.order_on_own_row() == (len(rows) > 1)
    assert bar.minimumSizeHint().width() <= max(
        bar.tag.minimumSizeHint().width(), bar.tie.sizeHint().width(),
        bar.order.sizeHint().width()) + 20
