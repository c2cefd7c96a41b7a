"""The introduction editor, its gentle advice, and the path text for the card."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from netjournal.domain.values import (
    FollowUpKind,
    Interaction,
    Introduction,
    IntroductionDirection,
    IntroductionOutcome,
)
from netjournal.ui.events import JournalEvents
from netjournal.ui.requests import (
    IntroductionDialog,
    introduction_advice_text,
    introduction_path_text,
)

# WORKAROUND: Qt's offscreen platform warns "This plugin does not support ..." for
# window features it lacks (propagateSizeHints() on every resize of a shown window,
# raise() and keyboard grabs when a completer pops up).
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

D = IntroductionDirection


@pytest.fixture
def events():
    return JournalEvents()


@pytest.fixture
def people(store):
    event = store.events.save(store.events.find_or_create("JakartaJS", dt.date(2026, 5, 1)))
    sari = store.contacts.create("Sari Wijaya")
    budi = store.contacts.create("Budi Santoso", met_at_event_id=event.id)
    andi = store.contacts.create("Andi Pratama")
    return sari, budi, andi


def open_dialog(qtbot, store, events, **kwargs):
    dialog = IntroductionDialog(store, events, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_name(qtbot, picker, name):
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, name)


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_record_an_introduction_and_see_the_path(qtbot, store, events, people):
    sari, budi, _ = people
    dialog = open_dialog(qtbot, store, events, person_id=budi.id)
    assert dialog.person.text() == "Budi Santoso"
    type_name(qtbot, dialog.introducer, "sari wijaya")
    assert dialog.introducer.contact_id() == sari.id
    assert dialog.introducer.hint.isHidden()
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        save(dialog)
    intro = saved.args[0]
    assert (intro.person_id, intro.introducer_id, intro.direction) == (
        budi.id, sari.id, D.RECEIVED)
    assert store.contacts.get(budi.id).introduced_by_id == sari.id
    assert introduction_path_text(store, budi.id) == "Introduced by Sari Wijaya at JakartaJS"
    assert introduction_advice_text(store, budi.id) == ""
    assert not dialog.isVisible()


def test_choosing_from_the_suggestions(qtbot, store, events, people):
    sari, budi, _ = people
    store.contacts.create("Sari Kusuma")
    dialog = open_dialog(qtbot, store, events, person_id=budi.id)
    type_name(qtbot, dialog.introducer, "sari")
    assert dialog.introducer.contact_id() is None  # two Saris: not yet chosen
    completer = dialog.introducer._completer
    model = completer.completionModel()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == "Sari Wijaya")
    completer.activated[type(model.index(row, 0))].emit(model.index(row, 0))
    assert dialog.introducer.contact_id() == sari.id


def test_a_name_nobody_has_becomes_a_new_contact(qtbot, store, events, people):
    _, budi, _ = people
    dialog = open_dialog(qtbot, store, events, person_id=budi.id)
    type_name(qtbot, dialog.introducer, "Maya Lestari")
    assert dialog.introducer.hint.text() == "new contact"
    with qtbot.waitSignal(events.sig_contacts_changed):
        save(dialog)
    (maya,) = store.contacts.find_by_name("Maya Lestari")
    assert introduction_path_text(store, budi.id) == "Introduced by Maya Lestari at JakartaJS"
    assert store.contacts.get(budi.id).introduced_by_id == maya


def test_asking_for_a_friend_they_do_not_know_shows_a_gentle_warning(qtbot, store, events,
                                                                      people):
    sari, budi, andi = people
    dialog = open_dialog(qtbot, store, events, person_id=budi.id)
    dialog.set_direction(D.ASKED)
    type_name(qtbot, dialog.introducer, "Sari Wijaya")
    assert dialog.advice.isHidden()  # asking for myself is fine
    type_name(qtbot, dialog.other, "Andi Pratama")
    assert not dialog.advice.isHidden()
    text = dialog.advice.text()
    assert "Sari Wijaya doesn't know Andi Pratama yet" in text
    assert "one specific question" in text
    assert not dialog.knows.isHidden() and not dialog.knows.isChecked()
    dialog.knows.setChecked(True)  # the user knows better
    assert dialog.advice.isHidden()
    save(dialog)
    (intro,) = store.introductions.involving(andi.id)
    assert (intro.direction, intro.introducer_id, intro.to_contact_id) == (
        D.ASKED, sari.id, andi.id)


def test_no_warning_when_the_journal_links_them(qtbot, store, events, people):
    sari, budi, andi = people
    store.interactions.save(Interaction(occurred_at=dt.datetime(2026, 4, 1, tzinfo=dt.UTC),
                                        participant_ids=(sari.id, andi.id)))
    dialog = open_dialog(qtbot, store, events, person_id=budi.id)
    dialog.set_direction(D.ASKED)
    type_name(qtbot, dialog.introducer, "Sari Wijaya")
    type_name(qtbot, dialog.other, "Andi Pratama")
    assert dialog.knows.isChecked()
    assert dialog.advice.isHidden()


def test_introducing_two_people_suggests_asking_both_first(qtbot, store, events, people):
    _, budi, _ = people
    dialog = open_dialog(qtbot, store, events, person_id=budi.id)
    dialog.set_direction(D.MADE)
    type_name(qtbot, dialog.other, "Andi Pratama")
    assert "ask both people first" in dialog.advice.text()
    dialog.asked_first.setChecked(True)
    assert dialog.advice.isHidden()
    save(dialog)
    assert introduction_path_text(store, budi.id) == "You introduced them to Andi Pratama"


def test_a_decline_through_an_introducer_suggests_going_back(qtbot, store, events, people):
    sari, budi, _ = people
    intro = store.introductions.record(Introduction(person_id=budi.id, introducer_id=sari.id))
    dialog = open_dialog(qtbot, store, events, introduction_id=intro.id)
    assert dialog.windowTitle() == "Edit introduction"
    assert dialog.remind.isHidden()
    dialog.set_outcome(IntroductionOutcome.DECLINED)
    assert "go back to Sari Wijaya" in dialog.advice.text()
    assert not dialog.remind.isHidden() and dialog.remind.isChecked()
    with qtbot.waitSignal(events.sig_followups_changed):
        save(dialog)
    assert store.introductions.get(intro.id).outcome == IntroductionOutcome.DECLINED
    (follow_up,) = store.followups.for_contact(sari.id)
    assert follow_up.kind == FollowUpKind.INTRODUCER
    assert introduction_path_text(store, budi.id) == (
        "Introduced by Sari Wijaya at JakartaJS · Declined")
    advice = introduction_advice_text(store, budi.id)
    assert "Budi Santoso said no" in advice and "go back to Sari Wijaya" in advice


def test_without_the_reminder_no_follow_up_is_made(qtbot, store, events, people):
    sari, budi, _ = people
    dialog = open_dialog(qtbot, store, events, person_id=budi.id)
    type_name(qtbot, dialog.introducer, "Sari Wijaya")
    dialog.set_outcome(IntroductionOutcome.DECLINED)
    dialog.remind.setChecked(False)
    save(dialog)
    assert store.followups.for_contact(sari.id) == []


@pytest.mark.parametrize(("setup", "message"), [
    (lambda d: None, "Say who introduced you (or whom you asked)."),
    (lambda d: d.person.set_contact_id(None), "Choose who was introduced."),
])
def test_what_cannot_be_saved_is_said_and_nothing_is_written(qtbot, store, events, people,
                                                             setup, message):
    _, budi, _ = people
    dialog = open_dialog(qtbot, store, events, person_id=budi.id)
    setup(dialog)
    save(dialog)
    assert dialog.error.text() == message
    assert dialog.isVisible()
    assert store.introductions.ids() == []


def test_the_same_new_name_twice_is_one_person(qtbot, store, events, people):
    dialog = open_dialog(qtbot, store, events)
    type_name(qtbot, dialog.person, "Nadia")
    type_name(qtbot, dialog.introducer, "nadia")
    save(dialog)
    assert dialog.error.text() == "The introducer has to be someone other than the two people."
    assert store.contacts.find_by_name("Nadia") == []


def test_path_texts(store, people):
    sari, budi, andi = people
    assert introduction_path_text(store, andi.id) == ""
    store.introductions.record(Introduction(person_id=andi.id, introducer_id=budi.id,
                                            direction=D.ASKED,
                                            outcome=IntroductionOutcome.NO_REPLY))
    assert introduction_path_text(store, andi.id) == (
        "You asked Budi Santoso for an introduction · No reply")
    # The card's own field, when no introduction was recorded.
    store.contacts.save(dataclasses.replace(store.contacts.get(sari.id),
                                            introduced_by_id=andi.id))
    assert introduction_path_text(store, sari.id) == "Introduced by Andi Pratama"
    store.contacts.delete(andi.id)
    assert introduction_path_text(store, sari.id) == "Introduced by Andi Pratama"
    assert introduction_path_text(store, 999) == ""


def test_the_card_shows_the_path_and_after_a_no_the_way_back(qtbot, store, events, people):
    from netjournal.settings import Settings
    from netjournal.ui.contact import ContactPanel

    sari, budi, _ = people
    card = ContactPanel(store, events, Settings())
    qtbot.addWidget(card)
    card.resize(960, 780)
    card.show()
    card.show_contact(budi.id)
    header = card.header
    assert "Sari" not in header.met_label.text()
    assert header.advice_label.isHidden()

    dialog = open_dialog(qtbot, store, events, person_id=budi.id)
    type_name(qtbot, dialog.introducer, "Sari Wijaya")
    with qtbot.waitSignal(events.sig_contacts_changed):
        save(dialog)
    assert header.met_label.text().startswith("Introduced by Sari Wijaya at JakartaJS")
    assert header.advice_label.isHidden()

    (intro_id,) = store.introductions.ids()
    dialog = open_dialog(qtbot, store, events, introduction_id=intro_id)
    dialog.set_outcome(IntroductionOutcome.DECLINED)
    with qtbot.waitSignal(events.sig_contacts_changed):
        save(dialog)
    assert "· Declined" in header.met_label.text()
    assert not header.advice_label.isHidden()
    advice = header.advice_label.text()
    assert "Budi Santoso said no" in advice and "go back to Sari Wijaya" in advice
    # another contact's card shows no advice
    card.show_contact(sari.id)
    assert header.advice_label.isHidden()
