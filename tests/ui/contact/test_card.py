"""The contact card: create, edit, validate, never lose edits silently, show names literally."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from netjournal.domain.values import Contact, DetailKind, Event, Interaction, TieStrength
from netjournal.settings import Settings
from netjournal.ui.contact import ContactPanel

from .helpers import answer_next_dialog, reject_next_dialog

EVIL = "<b>Evil</b><img src=x>"

# The offscreen platform says what it cannot do (size hints, raise(), grabbing the keyboard
# for a completion popup); nothing is wrong with the widgets.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")


def test_create_a_contact_through_the_card(qtbot, panel, store, events):
    panel.new_contact()
    assert panel.form.name_edit.hasFocus()
    assert not panel.is_dirty()
    qtbot.keyClicks(panel.form.name_edit, "Budi Santoso")
    qtbot.keyClicks(panel.form.company_edit, "Tokopedia")
    qtbot.keyClicks(panel.form.title_edit, "PM")
    value = panel.form.details_editor.add_detail(DetailKind.EMAIL)
    qtbot.keyClicks(value, "budi@tokopedia.com")
    qtbot.keyClicks(panel.form.tags_edit, "fintech, #Jakarta")
    qtbot.keyClicks(panel.form.interests_edit, "likes dogs")
    assert panel.is_dirty()
    assert panel.save_button.isEnabled()

    with qtbot.waitSignal(panel.sig_contact_saved) as saved, \
            qtbot.waitSignal(events.sig_contacts_changed) as changed:
        qtbot.keyClick(panel.form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    cid = saved.args[0]
    assert changed.args == [[cid]]
    contact = store.contacts.get(cid)
    assert (contact.name, contact.company, contact.title) == ("Budi Santoso", "Tokopedia", "PM")
    assert [(d.kind, d.value, d.label) for d in contact.details] == [
        (DetailKind.EMAIL, "budi@tokopedia.com", "work")]
    assert contact.tags == ("fintech", "jakarta")
    assert contact.interests == "likes dogs"
    assert not panel.is_dirty()
    assert panel.contact_id() == cid
    assert panel.header.name_label.text() == "Budi Santoso"
    assert panel.header.role_label.text() == "PM at Tokopedia"
    assert panel.tabs.isTabEnabled(panel.tabs.indexOf(panel.timeline))


def test_an_empty_name_is_refused_in_words(qtbot, panel, store):
    panel.new_contact()
    qtbot.keyClicks(panel.form.company_edit, "Gojek")
    assert panel.save() is False
    assert panel.form.error_label.isVisible()
    assert panel.form.error_label.text() == "A contact needs a name."
    assert store.contacts.count() == 0
    assert panel.form.name_edit.hasFocus()
    qtbot.keyClicks(panel.form.name_edit, "Sari")
    assert not panel.form.error_label.isVisible()  # typing a name clears the message
    assert panel.save()
    assert store.contacts.count() == 1


def test_edit_and_save_keeps_derived_fields(qtbot, panel, store):
    other = store.contacts.create("Sari Wijaya")
    contact = store.contacts.create("Budi", tie_strength=TieStrength.CLOSE)
    store.interactions.save(Interaction(occurred_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
                                        participant_ids=(contact.id,)))
    panel.show_contact(contact.id)
    assert panel.form.cadence_spin.specialValueText() == "Default: every 30 days"
    panel.form.tie_box.setCurrentIndex(panel.form.tie_box.findData(TieStrength.WEAK))
    assert panel.form.cadence_spin.specialValueText() == "Default: every 90 days"
    panel.form.cadence_spin.setValue(14)
    panel.form.met_on_edit.set_date(dt.date(2025, 5, 1))  # no signal: set by code
    panel.form.met_on_edit.sig_changed.emit()
    panel.form.introducer_edit.set_contact(other.id)
    panel.form.introducer_edit.sig_changed.emit()
    assert panel.is_dirty()
    assert panel.save()
    saved = store.contacts.get(contact.id)
    assert saved.tie_strength == TieStrength.WEAK
    assert saved.cadence_days == 14
    assert saved.met_on == dt.date(2025, 5, 1)
    assert saved.introduced_by_id == other.id
    assert saved.last_interaction_at == dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    assert "Introduced by Sari Wijaya" in panel.header.met_label.text()
    assert "every 14 days" in panel.header.when_label.text()


def test_typing_a_change_back_leaves_the_card_clean(qtbot, panel, store):
    contact = store.contacts.create("Budi", company="Gojek")
    panel.show_contact(contact.id)
    qtbot.keyClicks(panel.form.company_edit, "x")
    assert panel.is_dirty() and panel.dirty_label.isVisible()
    qtbot.keyClick(panel.form.company_edit, Qt.Key.Key_Backspace)
    assert not panel.is_dirty() and not panel.dirty_label.isVisible()


def test_revert_restores_the_saved_card(qtbot, panel, store):
    contact = store.contacts.create("Budi", notes="old")
    panel.show_contact(contact.id)
    panel.form.notes_edit.setPlainText("new notes")
    assert panel.is_dirty()
    panel.revert_button.click()
    assert panel.form.notes_edit.toPlainText() == "old"
    assert not panel.is_dirty()


@pytest.mark.parametrize(("button", "saved", "result"), [
    (QMessageBox.StandardButton.Save, "Budi Baru", True),
    (QMessageBox.StandardButton.Discard, "Budi", True),
    (QMessageBox.StandardButton.Cancel, "Budi", False),
])
def test_maybe_save_asks_about_a_dirty_card(qtbot, panel, store, button, saved, result):
    contact = store.contacts.create("Budi")
    panel.show_contact(contact.id)
    panel.form.name_edit.setText("Budi Baru")
    asked = answer_next_dialog(button)
    assert panel.maybe_save() is result
    assert asked == ["Save the changes to Budi Baru?"]
    assert store.contacts.get(contact.id).name == saved
    assert panel.is_dirty() is (button == QMessageBox.StandardButton.Cancel)


def test_maybe_save_does_not_ask_about_a_clean_card(panel, store):
    panel.show_contact(store.contacts.create("Budi").id)
    assert panel.maybe_save() is True  # no dialog: a dialog here would block the test


def test_maybe_save_with_an_invalid_card_keeps_it(qtbot, panel, store):
    panel.new_contact()
    qtbot.keyClicks(panel.form.company_edit, "Gojek")
    answer_next_dialog(QMessageBox.StandardButton.Save)
    assert panel.maybe_save() is False  # saving failed: the user must see why
    assert panel.form.error_label.text() == "A contact needs a name."
    assert store.contacts.count() == 0


def test_an_evil_name_shows_literally(qtbot, panel, store):
    contact = store.contacts.create(EVIL, company="<i>Co</i>")
    panel.show_contact(contact.id)
    header = panel.header
    for label in (header.name_label, header.role_label, header.balance_label,
                  header.when_label, header.met_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert header.name_label.text() == EVIL
    assert header.role_label.text() == "<i>Co</i>"
    assert panel.form.name_edit.text() == EVIL
    box = panel.save_question()
    assert box.textFormat() == Qt.TextFormat.PlainText
    # the offers page names them by first name, literally too
    assert panel.offers.offers_heading.textFormat() == Qt.TextFormat.PlainText
    assert panel.offers.offers_heading.text() == "What I can offer <b>Evil</b><img"


def test_photo_is_scaled_stored_and_removable(qtbot, panel, store, tmp_path):
    contact = store.contacts.create("Budi")
    panel.show_contact(contact.id)
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = tmp_path / "budi.png"
    assert image.save(str(path))
    assert panel.form.set_photo_from_file(path)
    assert panel.save()
    photo = store.contacts.get(contact.id).photo
    assert photo is not None and photo[:3] == b"\xff\xd8\xff"  # JPEG: no transparency
    stored = QImage.fromData(photo)
    assert (stored.width(), stored.height()) == (256, 256)
    assert panel.header.avatar.has_photo()
    panel.form.remove_photo_button.click()
    assert panel.save()
    assert store.contacts.get(contact.id).photo is None


def test_a_file_that_is_not_a_picture_is_refused_in_words(panel, store, tmp_path):
    panel.show_contact(store.contacts.create("Budi").id)
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    assert not panel.form.set_photo_from_file(path)
    assert "notes.png is not a picture NetJournal can read" in panel.form.error_label.text()
    assert not panel.is_dirty()


def test_introducer_is_picked_by_search(qtbot, panel, store):
    sari = store.contacts.create("Sari Wijaya", company="Gojek")
    store.contacts.create("Sarah Lim")
    contact = store.contacts.create("Budi")
    panel.show_contact(contact.id)
    picker = panel.form.introducer_edit
    qtbot.keyClicks(picker, "wija")
    assert picker.model.rowCount() == 1
    assert picker.is_unresolved()
    assert panel.form.validate().startswith("Pick who introduced you")
    picker.choose_row(0)
    assert picker.contact_id() == sari.id and picker.text() == "Sari Wijaya"
    assert panel.save()
    assert store.contacts.get(contact.id).introduced_by_id == sari.id


def test_introducer_search_never_offers_the_contact_themselves(qtbot, panel, store):
    contact = store.contacts.create("Budi Santoso")
    panel.show_contact(contact.id)
    qtbot.keyClicks(panel.form.introducer_edit, "budi")
    assert panel.form.introducer_edit.model.rowCount() == 0


def test_header_says_dormant_past_the_cadence(qtbot, store, events):
    contact = store.contacts.create("Budi")  # weak: every 90 days by default
    now = dt.datetime.now(dt.UTC) + dt.timedelta(days=120)
    panel = ContactPanel(store, events, Settings(), clock=lambda: now)
    qtbot.addWidget(panel)
    panel.show_contact(contact.id)
    text = panel.header.dormant_label.text()
    assert text.startswith("Dormant: ") and "every 90 days" in text
    assert not panel.header.dormant_label.isHidden()
    assert "No interaction logged yet" in panel.header.when_label.text()


def test_header_follows_the_settings_cadence(qtbot, store, events, clock):
    contact = store.contacts.create("Budi", tie_strength=TieStrength.REGULAR)
    panel = ContactPanel(store, events, Settings(cadence_regular_days=45), clock=clock)
    qtbot.addWidget(panel)
    panel.show_contact(contact.id)
    assert "every 45 days" in panel.header.when_label.text()
    assert panel.form.cadence_spin.specialValueText() == "Default: every 45 days"


def test_a_contact_deleted_elsewhere_leaves_the_panel_empty(panel, store, events):
    contact = store.contacts.create("Budi")
    panel.show_contact(contact.id)
    store.contacts.delete(contact.id)
    events.sig_contacts_removed.emit([contact.id])
    assert panel.contact_id() is None
    assert panel.pages.currentWidget() is panel.empty_label


def test_sections_follow_the_shown_contact(qtbot, panel, store):
    from PySide6.QtWidgets import QLabel

    class Section(QLabel):
        def __init__(self) -> None:
            super().__init__()
            self.shown: list[int | None] = []

        def show_contact(self, contact_id: int | None) -> None:
            self.shown.append(contact_id)

    section = Section()
    panel.add_section("Follow-ups", section)
    contact = store.contacts.create("Budi")
    panel.show_contact(contact.id)
    panel.new_contact()
    qtbot.keyClicks(panel.form.name_edit, "Sari")
    assert panel.save()
    new_id = panel.contact_id()
    assert section.shown == [None, contact.id, None, new_id]
    assert panel.tabs.tabText(panel.tabs.indexOf(section)) == "Follow-ups"


def test_new_card_is_saved_before_logging_an_interaction(qtbot, panel, store):
    panel.new_contact()
    qtbot.keyClicks(panel.form.name_edit, "Budi")
    reject_next_dialog()
    panel.log_interaction()
    assert store.contacts.find_by_name("Budi")


def test_contact_value_round_trip_is_clean(panel, store):
    """Loading every field and reading it back changes nothing (no false "dirty")."""
    event = store.events.save(Event(name="JakartaJS", starts_on=dt.date(2025, 1, 2)))
    contact = store.contacts.save(Contact(
        name="Budi", company="Tokopedia", title="PM", how_met="at the booth ",
        met_on=dt.date(2025, 1, 2), met_at_event_id=event.id, cadence_days=20,
        interests="dogs", family="two kids", remember="vegetarian", notes="n",
        birthday=dt.date(1990, 4, 5), tags=("fintech",)))
    panel.show_contact(contact.id)
    assert not panel.is_dirty()
    assert panel.form.contact().met_at_event_id == event.id
    assert "Met at JakartaJS on" in panel.header.met_label.text()


def test_tab_goes_through_the_details_in_place(qtbot, panel, store):
    from netjournal.domain.values import Detail

    contact = store.contacts.create("Budi", details=(Detail(DetailKind.PHONE, "0812"),))
    panel.show_contact(contact.id)
    editor = panel.form.details_editor
    kind_box = editor._rows[0].kind_box
    widget = panel.form.title_edit
    order = []
    while widget is not editor.add_button and len(order) < 200:
        widget = widget.nextInFocusChain()
        order.append(widget)
    assert widget is editor.add_button
    assert kind_box in order  # title, birthday, then the detail rows, then "Add detail"
    assert panel.form.how_met_edit not in order


def test_a_long_name_wraps_whole_in_a_narrow_card(qtbot, panel, store):
    contact = store.contacts.create(EVIL + " Agus Pangaribuan Wolfeschlegel Steinhausen")
    panel.resize(340, 780)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_contact(contact.id)
    label = panel.header.name_label
    qtbot.waitUntil(lambda: label.height() > label.fontMetrics().height() * 1.5)
    assert label.text() == contact.name  # all of it, as plain text, on several lines
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.width() <= panel.width()
    assert panel.buttons_below_header()  # the buttons leave the name the whole width


def test_changes_made_elsewhere_reach_a_clean_card_and_spare_a_dirty_one(panel, store, events):
    import dataclasses

    contact = store.contacts.create("Budi", company="Gojek")
    panel.show_contact(contact.id)
    store.contacts.save(dataclasses.replace(store.contacts.get(contact.id), company="Grab"))
    events.sig_contacts_changed.emit([contact.id])
    assert panel.form.company_edit.text() == "Grab"  # clean: reloaded

    panel.form.notes_edit.setPlainText("my unsaved note")
    store.contacts.add_tags(contact.id, ["fintech"])
    events.sig_contacts_changed.emit([contact.id])
    assert panel.form.notes_edit.toPlainText() == "my unsaved note"  # dirty: kept
    assert panel.is_dirty()


@pytest.mark.parametrize(("hours_before", "words"), [
    (1, "(today)"),  # 08:30 the same morning
    (13, "(yesterday)"),  # 20:30 the evening before: under 24 hours, still yesterday
    (24 * 3 + 1, "(3 days ago)"),
])
def test_last_contact_counts_calendar_days(qapp, hours_before, words):  # type: ignore[no-untyped-def]
    from netjournal.ui.contact.formatting import last_contact_text

    now = dt.datetime(2026, 3, 10, 9, 30).astimezone()  # 09:30 where the tests run
    contact = Contact("Sari", last_interaction_at=now - dt.timedelta(hours=hours_before))
    assert last_contact_text(contact, now).endswith(words)


def test_a_narrow_card_puts_each_value_under_its_kind_and_label(qtbot, panel, store):
    from netjournal.domain.values import Detail

    contact = store.contacts.create("Budi", details=(
        Detail(DetailKind.EMAIL, "budi.santoso@tokopedia.example", "work"),
        Detail(DetailKind.PHONE, "0812 3456 7890", "mobile")))
    panel.show_contact(contact.id)
    editor = panel.form.details_editor
    assert not editor.stacked()  # wide: one line per detail
    panel.resize(340, 780)
    qtbot.waitUntil(editor.stacked)
    for row in editor._rows:
        value = row.value_edit
        qtbot.waitUntil(lambda v=value, k=row.kind_box: v.geometry().top()
                        > k.geometry().bottom())
        assert value.width() >= editor.width() - 10  # the whole line for the value
    assert [d.value for d in editor.details()] == [
        "budi.santoso@tokopedia.example", "0812 3456 7890"]
    panel.resize(960, 780)
    qtbot.waitUntil(lambda: not editor.stacked())
