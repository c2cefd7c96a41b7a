"""Every pane writes dates through the one date module, and the card speaks Indonesian."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from netjournal import dates
from netjournal.domain.values import Detail, DetailKind
from netjournal.settings import Settings

from .conftest import NOW

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")


@pytest.fixture
def indonesian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's language set to Indonesian by the one place that sets it, then undone."""
    pytest.importorskip("netjournal.ui.resources_rc", reason="run `make resources` first")
    from netjournal import language

    locale = QLocale()
    loaded = language.install(qapp, "id", environ={})
    assert loaded, "the compiled Indonesian translation is missing"
    yield
    for translator in loaded:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_detail_labels_are_shown_in_indonesian_and_stored_in_english(indonesian, panel, store):
    budi = store.contacts.create("Budi", details=(
        Detail(DetailKind.EMAIL, "budi@example.id", "work"),
        Detail(DetailKind.PHONE, "0812 3456", "mobile"),
        Detail(DetailKind.LINK, "https://www.linkedin.com/in/budi", "linkedin"),
        Detail(DetailKind.LINK, "https://budi.example", "my blog")))
    panel.show_contact(budi.id)
    rows = panel.form.details_editor._rows
    assert [r.label_box.currentText() for r in rows] == ["kantor", "ponsel", "LinkedIn",
                                                           "my blog"]
    suggested = [rows[1].label_box.itemText(i) for i in range(rows[1].label_box.count())]
    assert "work" not in suggested and "kantor" in suggested
    assert not panel.is_dirty()  # showing a translated label changes nothing

    rows[1].label_box.setEditText("rumah")  # picked in Indonesian, stored as the code
    assert panel.save()
    stored = store.contacts.get(budi.id).details
    assert [d.label for d in stored] == ["work", "home", "linkedin", "my blog"]


def test_card_header_and_timeline_use_the_medium_style(indonesian, panel, store):
    from netjournal.storage import journal

    met_on = dt.date(2026, 3, 5)
    budi = store.contacts.create("Budi", met_on=met_on)
    when = dt.datetime(2026, 3, 7, 3, 15, tzinfo=dt.UTC)
    journal.log_meeting(store, [budi.id], when=when, thank_you=False)
    panel.show_contact(budi.id)
    assert dates.medium_date(met_on) == "Kam, 5 Mar 2026"
    assert panel.header.met_label.text() == "Bertemu pada Kam, 5 Mar 2026"
    last = dates.medium_date(when)
    assert f"{last} (" in panel.header.when_label.text()
    shown = panel.timeline.model.index(0, 0).data()
    assert shown.startswith(dates.moment_text(when))
    assert dates.medium_date(when) in shown


def test_list_and_today_use_their_styles(indonesian, qtbot, store):
    from netjournal.storage import journal
    from netjournal.ui.contactlist.model import ContactListModel, ContactRole
    from netjournal.ui.events import JournalEvents
    from netjournal.ui.today import TodayView

    budi = store.contacts.create("Budi")
    when = NOW - dt.timedelta(days=40)
    journal.log_meeting(store, [budi.id], when=when, thank_you=False)
    model = ContactListModel(store, Settings(), clock=lambda: NOW)
    try:
        model.reload()
        last = model.index(model.row_of(budi.id), 0).data(ContactRole.LAST_CONTACT)
        assert last == dates.short_date(when)
        assert "Jan 2026" in last and "/" not in last  # "29 Jan 2026", never "29/01/26"
    finally:
        model.shutdown()

    view = TodayView(store, JournalEvents(), Settings(), clock=lambda: NOW)
    qtbot.addWidget(view)
    today = dates.local_day(NOW)
    assert view.date_label.text() == dates.long_date(today)
    assert view.date_label.text().startswith(("Senin, ", "Selasa, "))
    assert f", {today.day} Maret 2026" in view.date_label.text()  # no zero-padded day


ENGLISH_WORDS = {"work", "mobile", "home", "personal", "Phone", "Link", "Weak", "Close",
                 "Regular", "In person", "Call", "I reached out"}


def test_the_card_shows_no_english_label_in_indonesian(indonesian, panel, store):
    """Every visible text of the card (header, form, combos) is free of the English words
    for detail labels, tie strengths and channels; the stored values stay English codes."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

    from netjournal.domain.values import Channel, TieStrength
    from netjournal.storage import journal

    budi = store.contacts.create("Budi", tie_strength=TieStrength.WEAK, details=(
        Detail(DetailKind.EMAIL, "budi@example.id", "work"),
        Detail(DetailKind.PHONE, "0812 3456", "mobile"),
        Detail(DetailKind.PHONE, "021 555", "home"),
        Detail(DetailKind.LINK, "https://www.linkedin.com/in/budi", "linkedin")))
    journal.log_meeting(store, [budi.id], when=NOW - dt.timedelta(days=2), thank_you=False,
                        channel=Channel.IN_PERSON)
    panel.show_contact(budi.id)
    shown: list[str] = []
    for widget in panel.findChildren(QWidget):
        if not widget.isVisibleTo(panel):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            shown.append(widget.text())
        elif isinstance(widget, QComboBox):
            shown.append(widget.currentText())
    words = {w.strip(".,:()") for text in shown for w in text.split()}
    phrases = set(shown)
    assert not (ENGLISH_WORDS & (words | phrases)), ENGLISH_WORDS & (words | phrases)
    assert [d.label for d in store.contacts.get(budi.id).details] == [
        "work", "mobile", "home", "linkedin"]
