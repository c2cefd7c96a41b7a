"""The window at 720 px wide (half of a 1440 px screen): nothing forces it wider, and
the person's name, the summaries and the request count are shown whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from netjournal.domain.values import ConnectionRequest

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

NARROW = 720


@pytest.fixture
def journal(store):  # type: ignore[no-untyped-def]
    ids = [store.contacts.create(name, company=company, title=title).id
           for name, company, title in (
               ("Agus Pangaribuan Simanjuntak", "Kementerian Komunikasi dan Informatika",
                "Senior Vice President of Partnerships"),
               ("Budi Santoso", "Tokopedia", "PM"))]
    for n in range(3):
        store.requests.save(ConnectionRequest(name=f"Stranger {n}", network="LinkedIn"))
    return ids


def narrow_window(qtbot, make_main_window):  # type: ignore[no-untyped-def]
    window = make_main_window()
    for key in ("today", "contacts", "activity", "requests"):
        window.show_view(key)  # every view built: the widest decides the minimum
    window.resize(NARROW, 700)
    qtbot.waitUntil(lambda: window.width() <= NARROW)
    return window


def test_every_view_fits_in_720_px(qtbot, journal, make_main_window):
    window = narrow_window(qtbot, make_main_window)
    assert window.minimumSizeHint().width() <= NARROW
    for key in ("today", "contacts", "activity", "requests"):
        window.show_view(key)
        page = window.view(key)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        assert page.geometry().right() < window.width(), key


def test_the_name_is_whole_and_the_buttons_go_under_it(qtbot, journal, make_main_window):
    window = narrow_window(qtbot, make_main_window)
    window.show_view("contacts")
    window.contact_list.select_contact(journal[0])
    window.card.show_contact(journal[0])
    header = window.card.header
    qtbot.waitUntil(lambda: window.card.buttons_below_header())
    name = header.name_label
    assert name.text() == "Agus Pangaribuan Simanjuntak"
    assert name.wordWrap()
    # wrapped to the width it has, never wider than the card
    assert name.geometry().right() <= window.card.width()
    qtbot.waitUntil(lambda: name.height() >= name.heightForWidth(name.width()))
    for label in (header.role_label, header.met_label, header.balance_label):
        assert label.wordWrap()


def test_summaries_wrap_and_the_request_count_has_its_own_room(qtbot, journal,
                                                               make_main_window):
    window = narrow_window(qtbot, make_main_window)
    window.show_view("today")
    assert window.view("today").summary.wordWrap()
    window.show_view("requests")
    inbox = window.view("requests")
    qtbot.waitUntil(lambda: inbox.count.isVisible())
    count, button = inbox.count, inbox.red_flags_button
    assert count.text() == "3 waiting for a decision"
    assert count.width() >= count.sizeHint().width()  # not squeezed
    assert not count.geometry().intersects(button.geometry())  # not under the button
    assert isinstance(inbox.title, QLabel) and inbox.title.text() == "Requests"


def test_the_request_table_keeps_its_key_columns_in_view(qtbot, journal, make_main_window):
    from netjournal.ui.requests.models import RequestColumn

    window = narrow_window(qtbot, make_main_window)
    window.show_view("requests")
    table = window.view("requests").table
    header = table.horizontalHeader()
    order = sorted(range(header.count()), key=header.visualIndex)
    assert order[:2] == [RequestColumn.NAME, RequestColumn.VERDICT]
    assert order[-1] == RequestColumn.MESSAGE  # the long one last, scrolled to
    assert header.sectionViewportPosition(RequestColumn.VERDICT) \
        + header.sectionSize(RequestColumn.VERDICT) <= table.viewport().width()
