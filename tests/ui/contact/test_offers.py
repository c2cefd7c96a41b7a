"""What can I offer: offers, the favours ledger, the balance in words and the nudge."""

from __future__ import annotations

import datetime as dt

import pytest

from netjournal.domain.values import (
    Event,
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    Offer,
    OfferStatus,
)
from netjournal.ui.contact.ledger_dialogs import ExchangeDialog
from netjournal.ui.contact.models import (
    ContactCompletionModel,
    EventsModel,
    ExchangesModel,
    OffersModel,
)

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")

GIVE, TAKE = ExchangeDirection.GIVEN, ExchangeDirection.RECEIVED


def _favour(store, cid: int, direction: ExchangeDirection,  # type: ignore[no-untyped-def]
            status: ExchangeStatus = ExchangeStatus.DONE) -> Exchange:
    return store.exchanges.save(Exchange(contact_id=cid, direction=direction,
                                         kind=ExchangeKind.ADVICE, status=status,
                                         description="advice"))


def test_add_an_offer_and_change_its_status(qtbot, panel, store, events):
    budi = store.contacts.create("Budi Santoso")
    panel.show_contact(budi.id)
    tab = panel.offers
    assert tab.offers_heading.text() == "What I can offer Budi"
    qtbot.keyClicks(tab.offer_edit, "Intro to Sari at Gojek")
    with qtbot.waitSignal(events.sig_ledger_changed) as changed:
        tab.add_offer_button.click()
    assert changed.args == [budi.id]
    assert tab.offer_edit.text() == ""
    [offer] = store.offers.for_contact(budi.id)
    assert (offer.text, offer.status) == ("Intro to Sari at Gojek", OfferStatus.IDEA)
    assert tab.offers_model.rowCount() == 1

    tab.offers_view.setCurrentIndex(tab.offers_model.index(0, 0))
    assert tab.offer_status_box.isEnabled()
    tab.offer_status_box.setCurrentIndex(tab.offer_status_box.findData(OfferStatus.GIVEN))
    tab.offer_status_box.activated.emit(tab.offer_status_box.currentIndex())
    assert store.offers.get(offer.id).status == OfferStatus.GIVEN
    assert tab.selected_offer().id == offer.id  # still selected after the reload


def test_an_empty_offer_is_not_added(qtbot, panel, store):
    budi = store.contacts.create("Budi")
    panel.show_contact(budi.id)
    panel.offers.offer_edit.setText("   ")
    panel.offers.add_offer_button.click()
    assert store.offers.for_contact(budi.id) == []


def test_log_a_favour_received(qtbot, panel, store, events):
    budi = store.contacts.create("Budi")
    panel.show_contact(budi.id)
    dialog = panel.offers.favour_dialog(TAKE)
    qtbot.addWidget(dialog)
    assert dialog.received_radio.isChecked()
    assert not dialog.nudge_shown()  # nothing taken yet
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ExchangeKind.REFERRAL))
    qtbot.keyClicks(dialog.description_edit, "Referred me to the Gojek PM role")
    dialog.date_edit.set_date(dt.date(2026, 3, 1))
    with qtbot.waitSignal(events.sig_ledger_changed):
        dialog.accept()
    [saved] = store.exchanges.for_contact(budi.id)
    assert (saved.direction, saved.kind, saved.description, saved.occurred_on,
            saved.status) == (TAKE, ExchangeKind.REFERRAL, "Referred me to the Gojek PM role",
                              dt.date(2026, 3, 1), ExchangeStatus.DONE)
    assert panel.offers.exchanges_model.rowCount() == 1
    assert "0 given · 1 received" in panel.offers.balance_text()
    assert "(0 given · 1 received)" in panel.header.balance_label.text()


def test_a_balance_leaning_toward_taking_says_so_and_points_at_ideas(qtbot, panel, store):
    budi = store.contacts.create("Budi Santoso")
    store.offers.save(Offer(contact_id=budi.id, text="Share the fintech report"))
    store.offers.save(Offer(contact_id=budi.id, text="Already given", status=OfferStatus.GIVEN))
    for _ in range(2):
        _favour(store, budi.id, TAKE)
    panel.show_contact(budi.id)
    text = panel.offers.balance_text()
    assert text.startswith("You have received more favours from Budi than you have given.")
    assert "Ideas to give back: Share the fintech report" in text
    assert "Already given" not in text
    assert panel.header.balance_label.text().startswith("You have received more favours")


def test_even_balance_says_so(qtbot, panel, store):
    budi = store.contacts.create("Budi")
    _favour(store, budi.id, TAKE)
    _favour(store, budi.id, GIVE)
    panel.show_contact(budi.id)
    assert panel.offers.balance_text().startswith(
        "You have given Budi as many favours as you have received.")


def test_an_open_ask_is_an_ask_and_the_balance_counts_what_happened(qtbot, panel, store):
    budi = store.contacts.create("Budi")
    _favour(store, budi.id, TAKE, ExchangeStatus.ASKED)
    panel.show_contact(budi.id)
    model = panel.offers.exchanges_model
    assert model.index(0, 1).data() == "I asked"
    assert panel.offers.balance_text().startswith(
        "No favours given or received yet between you and Budi.")
    assert "0 given · 0 received · 1 open ask" in panel.offers.balance_text()
    _favour(store, budi.id, TAKE)
    panel.show_contact(budi.id)
    assert [model.index(r, 1).data() for r in range(model.rowCount())].count("I asked") == 1
    headline = panel.header.balance_label.text()
    assert headline.startswith("You have received more favours from Budi than you have given")
    assert "0 given · 1 received · 1 open ask" in headline
    assert panel.header.balance_label.wordWrap()  # a narrow card wraps it, never cuts it


def test_the_nudge_shows_offer_ideas_before_saving_a_take(qtbot, store, events):
    budi = store.contacts.create("Budi")
    store.offers.save(Offer(contact_id=budi.id, text="Review his deck"))
    _favour(store, budi.id, TAKE)
    _favour(store, budi.id, TAKE, ExchangeStatus.ASKED)  # score -1.5: one more ask tips it
    dialog = ExchangeDialog(store, events, store.contacts.get(budi.id), direction=TAKE)
    qtbot.addWidget(dialog)
    assert dialog.nudge_shown()
    assert "You have already asked Budi for more than you have given." in \
        dialog.nudge_label.text()
    assert "Ideas to give back: Review his deck" in dialog.nudge_label.text()
    dialog.gave_radio.setChecked(True)  # giving back: no nudge
    assert not dialog.nudge_shown()
    dialog.received_radio.setChecked(True)
    assert dialog.nudge_shown()
    dialog.accept()  # gentle: saving is never blocked
    assert len(store.exchanges.for_contact(budi.id)) == 3


def test_no_nudge_while_the_balance_is_healthy(qtbot, store, events):
    budi = store.contacts.create("Budi")
    _favour(store, budi.id, GIVE)
    dialog = ExchangeDialog(store, events, store.contacts.get(budi.id), direction=TAKE)
    qtbot.addWidget(dialog)
    assert not dialog.nudge_shown()


def test_delete_a_favour_and_an_offer_and_undo(qtbot, panel, store):
    budi = store.contacts.create("Budi")
    _favour(store, budi.id, TAKE)
    store.offers.save(Offer(contact_id=budi.id, text="An idea"))
    panel.show_contact(budi.id)
    panel.tabs.setCurrentWidget(panel.offers)
    tab = panel.offers
    tab.exchanges_view.setCurrentIndex(tab.exchanges_model.index(0, 0))
    tab.delete_exchange_button.click()
    assert store.exchanges.for_contact(budi.id) == []
    assert tab.undo_bar.isVisible()
    tab.undo_bar.undo_button.click()
    [back] = store.exchanges.for_contact(budi.id)
    assert (back.direction, back.description) == (TAKE, "advice")

    tab.offers_view.setCurrentIndex(tab.offers_model.index(0, 0))
    tab.delete_offer_button.click()
    assert store.offers.for_contact(budi.id) == []
    assert panel.undo_stack.undoText() == "Delete idea “An idea”"
    panel.undo_stack.undo()
    assert [o.text for o in store.offers.for_contact(budi.id)] == ["An idea"]


def test_item_models_pass_the_model_tester(qtbot, qtmodeltester, store):
    budi = store.contacts.create("Budi Santoso", company="Gojek", title="PM")
    store.contacts.create("Budiman")
    store.events.save(Event(name="JakartaJS", starts_on=dt.date(2026, 1, 5)))
    store.events.save(Event(name="No date"))
    store.offers.save(Offer(contact_id=budi.id, text="<b>idea</b>"))
    _favour(store, budi.id, TAKE)
    _favour(store, budi.id, GIVE, ExchangeStatus.ASKED)

    offers = OffersModel(store)
    offers.set_contact(budi.id)
    qtmodeltester.check(offers)
    assert offers.data(offers.index(0, 0)) == "<b>idea</b>"

    exchanges = ExchangesModel(store)
    exchanges.set_contact(budi.id)
    qtmodeltester.check(exchanges)
    assert exchanges.rowCount() == 2

    events_model = EventsModel(store)
    events_model.reload()
    qtmodeltester.check(events_model)
    assert events_model.rowCount() == 3
    assert events_model.event_id_at(0) is None

    completion = ContactCompletionModel(store)
    completion.set_query("budi")
    qtmodeltester.check(completion)
    assert completion.rowCount() == 2
    assert completion.data(completion.index(0, 0)) == "Budi Santoso · PM, Gojek"
    completion.exclude = {budi.id}
    completion.set_query("budi")
    assert completion.rowCount() == 1


def _ink(view) -> int:  # type: ignore[no-untyped-def]
    """How many pixels of the view's viewport differ from its top-left (background) one."""
    image = view.viewport().grab().toImage()
    background = image.pixel(0, 0)
    return sum(image.pixel(x, y) != background
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_empty_lists_say_what_belongs_there(qtbot, panel, store):  # type: ignore[no-untyped-def]
    budi = store.contacts.create("Budi Santoso")
    panel.show_contact(budi.id)
    panel.tabs.setCurrentWidget(panel.offers)
    offers = panel.offers.offers_view
    assert "No ideas yet" in offers.empty_text
    qtbot.waitUntil(lambda: _ink(offers) > 0)  # the words are drawn on the empty list

    offers.empty_text = ""
    offers.viewport().update()
    qtbot.waitUntil(lambda: _ink(offers) == 0)  # without them the list is blank
