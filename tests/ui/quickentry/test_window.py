"""The quick entry window, driven by the keyboard as a user would after a meetup."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netjournal.domain.followups import local_date
from netjournal.domain.values import Event, FollowUpKind
from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.quickentry import QuickEntryWindow
from netjournal.ui.quickentry.draft import draft_path

# Qt's offscreen platform says "This plugin does not support propagateSizeHints()" (and
# the like) when a top-level window is shown: not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

NOW = dt.datetime(2026, 3, 10, 6, 0, tzinfo=dt.UTC)
TODAY = local_date(NOW)

TEN = [
    "Budi Santoso (Tokopedia, PM) @JakartaJS #fintech !1w likes dogs, wants intro to VC",
    "Sari Wijaya (Gojek, Data Scientist) #ai !besok send her the talk",
    "Agus Pratama (Xendit) #payments",
    "Dewi Lestari: runs the Bandung meetup",
    "Rina Hidayat (Grab, UX Designer) #design !2w portfolio review",
    "O'Brien-Smith (Stripe, Partner) #payments #fintech",
    "Andi Nugroho (, CTO) !2026-04-01 hiring backend engineers",
    "Putri Halim #mentor !lusa",
    "Wahyu Gunawan (Telkom Indonesia) knows Budi",
    "Old Friend #alumni-ui caught up after years",
]


@pytest.fixture
def events() -> JournalEvents:
    return JournalEvents()


@pytest.fixture
def open_window(qtbot: QtBot, store: Store, events: JournalEvents,
                data_dir: DataDir) -> Iterator[Callable[[], QuickEntryWindow]]:
    """Open a quick entry window (as many times as a test needs) on the test's journal."""
    def make() -> QuickEntryWindow:
        window = QuickEntryWindow(store, events, Settings(), data_dir.drafts,
                                  clock=lambda: NOW)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make


def type_line(qtbot: QtBot, window: QuickEntryWindow, text: str) -> None:
    qtbot.keyClicks(window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)


def test_ten_people_in_a_row(qtbot: QtBot, store: Store, events: JournalEvents,
                             open_window: Callable[[], QuickEntryWindow]) -> None:
    old = store.contacts.create("Old Friend", company="UI", tags=("alumni-itb",))
    window = open_window()
    qtbot.keyClicks(window.event_bar.name_box.lineEdit(), "PyCon ID 2026")
    qtbot.keyClick(window.event_bar.name_box.lineEdit(), Qt.Key.Key_Return)
    with qtbot.waitSignal(events.sig_contacts_changed):
        type_line(qtbot, window, TEN[0])
    for text in TEN[1:]:
        type_line(qtbot, window, text)
        assert window.entry.text() == ""
    results = window.results()
    assert len(results) == 10
    assert store.contacts.count() == 10  # nine new cards and Old Friend
    assert [r.created for r in results] == [True] * 9 + [False]
    assert results[-1].contact_id == old.id
    session = store.events.find("PyCon ID 2026")
    assert len(session) == 1 and session[0].starts_on == TODAY
    jakarta = store.events.find("JakartaJS")[0]
    assert results[0].event_id == jakarta.id  # the line's own event wins
    assert {r.event_id for r in results[1:]} == {session[0].id}
    linked = store.interactions.for_event(session[0].id)  # type: ignore[arg-type]
    assert len(linked) == 9
    assert len(store.interactions.for_event(jakarta.id)) == 1  # type: ignore[arg-type]
    follow_ups = {store.contacts.get(f.contact_id).name: f for f in store.followups.open()}
    assert len(follow_ups) == 10
    assert follow_ups["Budi Santoso"].due_on == TODAY + dt.timedelta(days=7)
    assert follow_ups["Budi Santoso"].kind == FollowUpKind.NEXT_STEP
    assert follow_ups["Agus Pratama"].kind == FollowUpKind.THANK_YOU
    assert follow_ups["Agus Pratama"].due_on == TODAY + dt.timedelta(days=1)
    assert follow_ups["Andi Nugroho"].due_on == dt.date(2026, 4, 1)
    andi = store.contacts.get(results[6].contact_id)
    assert (andi.company, andi.title) == ("", "CTO")
    wahyu = store.contacts.get(results[8].contact_id)
    assert wahyu.company == "Telkom Indonesia"
    assert store.interactions.get(results[8].interaction_id).learned == "knows Budi"
    friend = store.contacts.get(old.id)  # type: ignore[arg-type]
    assert friend.tags == ("alumni-itb", "alumni-ui") and friend.company == "UI"
    assert window.saved.rowCount() == 10
    assert window.saved.values()[0].contact_name == "Old Friend"  # newest first


def test_a_malformed_line_waits_for_a_fix_or_a_second_enter(
        qtbot: QtBot, store: Store, open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    qtbot.keyClicks(window.entry, "Budi (Tokopedia !xyz likes dogs")
    assert window.preview.problems.isVisible()
    assert "!xyz" in window.preview.problems.text()
    assert "parenthesis" in window.preview.problems.text()
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert store.contacts.count() == 0
    assert window.entry.text() == "Budi (Tokopedia !xyz likes dogs"
    assert "Enter again" in window.preview.problems.text()
    # a change cancels the confirmation; a fixed line saves at once
    qtbot.keyClick(window.entry, Qt.Key.Key_End)
    qtbot.keyClicks(window.entry, " more")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert store.contacts.count() == 0
    window.entry.setText("")
    type_line(qtbot, window, "Budi (Tokopedia) !1w likes dogs")
    assert store.contacts.count() == 1
    assert not window.preview.problems.isVisible()
    # a second Enter saves it as typed, the fragment in the note
    qtbot.keyClicks(window.entry, "Ana !someday")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert store.contacts.count() == 1
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert store.contacts.count() == 2
    ana = window.results()[-1]
    assert store.interactions.get(ana.interaction_id).learned == "!someday"


def test_a_line_without_a_name_never_saves(
        qtbot: QtBot, store: Store, open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    type_line(qtbot, window, "@JakartaJS #fintech")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert store.contacts.count() == 0
    assert "name" in window.status.text()
    type_line(qtbot, window, "")
    assert store.contacts.count() == 0


def test_undo_the_last_line(qtbot: QtBot, store: Store, events: JournalEvents,
                            open_window: Callable[[], QuickEntryWindow]) -> None:
    known = store.contacts.create("Budi Santoso")
    window = open_window()
    type_line(qtbot, window, "Budi Santoso (Tokopedia) #fintech met again")
    type_line(qtbot, window, "Sari Wijaya #ai !1w")
    assert store.contacts.count() == 2
    with qtbot.waitSignal(events.sig_contacts_removed) as removed:
        qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    sari = removed.args[0][0]  # type: ignore[index]
    assert store.contacts.count() == 1 and not store.contacts.exists(sari)
    assert window.entry.text() == "Sari Wijaya #ai !1w"  # back for a fix
    assert window.saved.rowCount() == 1
    # the text's own undo comes first while there is any
    qtbot.keyClicks(window.entry, "x")
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.saved.rowCount() == 1
    window.entry.setText("")
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert known.id is not None and store.contacts.exists(known.id)  # it was not created
    card = store.contacts.get(known.id)
    assert (card.company, card.tags) == ("", ())
    assert store.interactions.count_for_contact(known.id) == 0
    assert store.followups.open() == []
    assert window.saved.rowCount() == 0 and not window.undo_button.isEnabled()


def test_existing_contacts_are_offered_first(
        qtbot: QtBot, store: Store, open_window: Callable[[], QuickEntryWindow]) -> None:
    budi = store.contacts.create("Budi Santoso", company="Tokopedia").id
    other = store.contacts.create("Budiman Halim").id
    window = open_window()
    qtbot.keyClicks(window.entry, "Budi")
    ids = window.candidates.ids()
    assert ids[0] == budi and set(ids) == {budi, other}  # "Budi" may be Budi Santoso
    assert window.chosen_contact is None and window.candidate_view.selectedIndexes() == []
    assert window.preview.target.text().startswith("Not chosen yet")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)  # Enter does not guess
    assert store.contacts.count() == 2
    assert "close to someone in your journal" in window.status.text()
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)  # from no choice: the first row
    assert window.chosen_contact == budi
    assert window.preview.target.text().startswith("Existing contact · ")
    qtbot.keyClick(window.entry, Qt.Key.Key_Up)
    qtbot.keyClick(window.entry, Qt.Key.Key_Up)  # the first row stays
    assert window.chosen_contact == budi
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)
    chosen = window.chosen_contact
    assert chosen == other
    # Tab completes the name with the chosen contact and keeps the choice
    qtbot.keyClick(window.entry, Qt.Key.Key_Tab)
    assert window.entry.text() == "Budiman Halim"
    assert window.chosen_contact == chosen
    qtbot.keyClicks(window.entry, " #fintech")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert store.contacts.count() == 2
    assert store.contacts.get(chosen).tags == ("fintech",)  # type: ignore[arg-type]


def test_a_shared_name_lists_the_people_first_and_chooses_none(
        qtbot: QtBot, store: Store, open_window: Callable[[], QuickEntryWindow]) -> None:
    first = store.contacts.create("Agus Utami", company="Siemens").id
    second = store.contacts.create("Agus Utami", company="Pertamina").id
    window = open_window()
    qtbot.keyClicks(window.entry, "Agus Utami #ai coffee")
    model = window.candidates
    assert [model.contact_id(r) for r in range(model.rowCount())] == [first, second, None]
    assert model.data(model.index(2, 0)) == "New contact: Agus Utami"  # last
    assert window.candidate_view.selectedIndexes() == [] and window.chosen_contact is None
    assert "Several contacts are called Agus Utami" in window.status.text()
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)  # nor on a second Enter
    assert store.contacts.count() == 2 and window.results() == []
    qtbot.keyClick(window.entry, Qt.Key.Key_Up)  # from no choice, Up is "new contact"
    assert window.chosen_contact is None and window.preview.target.text() == "New contact"
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert store.contacts.count() == 3 and window.results()[0].created
    # the company tells them apart: that one is chosen
    qtbot.keyClicks(window.entry, "Agus Utami (pertamina) likes tea")
    assert window.chosen_contact == second


def test_the_same_line_again_is_a_question(
        qtbot: QtBot, store: Store, open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    line = "Rina Kusuma (Gojek, PM) @JakartaJS !1w likes dogs"
    type_line(qtbot, window, line)
    assert len(window.results()) == 1
    qtbot.keyClicks(window.entry, line.replace("Rina Kusuma", "rina kusuma"))
    assert window.chosen_contact == window.results()[0].contact_id
    assert "JakartaJS (a recent event)" in window.preview.event_label.text()
    assert "Follow up with Rina after meeting at JakartaJS" in window.preview.follow_up.text()
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert len(window.results()) == 1
    assert "You logged this line for Rina Kusuma" in window.status.text()
    assert window.entry.text() != ""
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)  # yes, log it again
    assert len(window.results()) == 2 and window.entry.text() == ""
    meetings = store.interactions.count_for_contact(window.results()[0].contact_id)
    assert meetings == 2


def test_the_note_is_never_the_next_step(
        qtbot: QtBot, store: Store, open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    qtbot.keyClicks(window.entry, "Rina Kusuma (Gojek, PM) likes dogs !1w: send the deck")
    assert window.preview.note.text() == "likes dogs"
    assert window.preview.follow_up.text().endswith("Next step: send the deck")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    window.entry.setText("Sari Wijaya !1w likes dogs")
    assert window.preview.name.text() == "Sari Wijaya"
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    reasons = [store.followups.get(r.follow_up_id).reason for r in window.results()]
    assert reasons == ["send the deck", "Follow up with Sari after meeting"]
    assert "!1w: next step" in window.entry.placeholderText()
    assert "!1w: send the deck" in window.entry.toolTip()


def test_an_exact_single_match_is_chosen_by_default(
        qtbot: QtBot, store: Store, open_window: Callable[[], QuickEntryWindow]) -> None:
    budi = store.contacts.create("Budi Santoso", company="Tokopedia").id
    window = open_window()
    qtbot.keyClicks(window.entry, "budi santoso #ai")
    assert window.chosen_contact == budi
    qtbot.keyClicks(window.entry, " ")
    window.entry.setText("budi santoso (Gojek) #ai")  # another company: a question
    assert window.chosen_contact is None and window.candidate_view.selectedIndexes() == []
    window.entry.setText("budi santoso #ai")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert store.contacts.count() == 1
    assert window.results()[0].contact_id == budi and not window.results()[0].created


def test_a_known_person_with_a_new_job(
        qtbot: QtBot, store: Store, open_window: Callable[[], QuickEntryWindow]) -> None:
    budi = store.contacts.create("Budi Santoso", company="Tokopedia", title="PM").id
    assert budi is not None
    window = open_window()
    qtbot.keyClicks(window.entry, "Budi Santoso (Gojek, Head of Product) moved in May")
    assert window.chosen_contact is None  # another company: the user chooses
    assert window.preview.company.text() == "Gojek"
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)  # it is the Budi I know
    assert window.chosen_contact == budi
    # the preview says what the card will read, and what it read before
    assert window.preview.company.text() == "Gojek (was Tokopedia)"
    assert window.preview.title.text() == "Head of Product (was PM)"
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    card = store.contacts.get(budi)
    assert (card.company, card.title) == ("Gojek", "Head of Product")
    assert store.contacts.count() == 1
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    card = store.contacts.get(budi)
    assert (card.company, card.title) == ("Tokopedia", "PM")


def test_pick_an_existing_event(qtbot: QtBot, store: Store,
                                open_window: Callable[[], QuickEntryWindow]) -> None:
    meetup = store.events.save(Event(name="Founders Breakfast",
                                     starts_on=dt.date(2026, 3, 7), place="Block71"))
    window = open_window()
    box = window.event_bar.name_box
    box.setCurrentIndex(0)
    box.activated.emit(0)
    assert window.event_bar.event_id == meetup.id
    assert window.event_bar.place_edit.text() == "Block71"
    assert window.event_bar.met_on() == dt.date(2026, 3, 7)
    type_line(qtbot, window, "Ana #x")
    r = window.results()[0]
    assert (r.event_id, r.met_on, r.follow_up_due) == (meetup.id, dt.date(2026, 3, 7),
                                                       dt.date(2026, 3, 8))
    assert len(store.events.all()) == 1
    # typing another name makes a new event
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "Something else")
    assert window.event_bar.event_id is None


def test_a_meeting_entered_for_an_earlier_day_is_that_whole_day(
        qtbot: QtBot, store: Store, open_window: Callable[[], QuickEntryWindow]) -> None:
    from PySide6.QtCore import QDate

    from netjournal.domain.values import is_day_only

    window = open_window()
    window.event_bar.date_edit.setDate(QDate(2026, 3, 1))
    qtbot.keyClicks(window.entry, "Lina Marlina !1w: send the deck")
    # the preview already counts the week from the meeting, not from today
    assert window.parsed.when is not None
    assert window.parsed.when.due == dt.date(2026, 3, 8)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    r = window.results()[0]
    assert (r.met_on, r.follow_up_due) == (dt.date(2026, 3, 1), dt.date(2026, 3, 8))
    met = store.interactions.get(r.interaction_id).occurred_at
    assert is_day_only(met) and met.date() == dt.date(2026, 3, 1)
    # today's meeting keeps its time
    window.event_bar.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    type_line(qtbot, window, "Tono Sutrisno")
    now_met = store.interactions.get(window.results()[-1].interaction_id).occurred_at
    assert not is_day_only(now_met) and now_met == NOW


def test_the_draft_survives_closing_and_reopening(
        qtbot: QtBot, store: Store, data_dir: DataDir,
        open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    qtbot.keyClicks(window.event_bar.name_box.lineEdit(), "JakartaJS")
    window.event_bar.place_edit.setText("GoWork")
    qtbot.keyClicks(window.entry, "Budi Santoso (Tokop")
    window.close()
    path = draft_path(data_dir.drafts)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again = open_window()
    assert again.entry.text() == "Budi Santoso (Tokop"
    assert (again.event_bar.name, again.event_bar.place_edit.text()) == ("JakartaJS", "GoWork")
    assert "Restored" in again.status.text()
    assert again.parsed.name == "Budi Santoso"


def test_the_draft_survives_a_crash(qtbot: QtBot, store: Store, data_dir: DataDir,
                                    open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    path = draft_path(data_dir.drafts)
    qtbot.keyClicks(window.entry, "Sari #ai")
    qtbot.waitUntil(lambda: path.exists())  # written a moment after typing stops
    assert json.loads(path.read_text(encoding="utf-8"))["line"] == "Sari #ai"
    # no close: a second window (the app after a crash) finds it
    assert open_window().entry.text() == "Sari #ai"
    # saving clears the line in the draft; an empty line on close ends the session
    qtbot.keyClicks(window.event_bar.name_box.lineEdit(), "Meetup")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["line"] == "" and saved["event"]["name"] == "Meetup"
    window.close_button.click()  # "Done" ends the session
    assert not path.exists()


def test_an_accidental_close_keeps_the_event_that_evening(
        qtbot: QtBot, store: Store, data_dir: DataDir,
        open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    qtbot.keyClicks(window.event_bar.name_box.lineEdit(), "JakartaJS")
    window.close()  # the window's close box, Esc, or the app quitting: not "Done"
    path = draft_path(data_dir.drafts)
    assert json.loads(path.read_text(encoding="utf-8"))["event"]["name"] == "JakartaJS"
    assert open_window().event_bar.name == "JakartaJS"

    long_ago = path.stat().st_mtime - 13 * 3600  # next week the old event is not offered
    os.utime(path, (long_ago, long_ago))
    assert open_window().event_bar.name == ""


def test_a_broken_draft_is_ignored(store: Store, data_dir: DataDir,
                                   open_window: Callable[[], QuickEntryWindow]) -> None:
    path = draft_path(data_dir.drafts)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert open_window().entry.text() == ""


def test_user_text_is_shown_as_text(qtbot: QtBot,
                                    open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    qtbot.keyClicks(window.entry, "<b>Evil</b><img src=x> (<i>Co</i>)")
    assert window.preview.name.textFormat() == Qt.TextFormat.PlainText
    assert window.preview.name.text() == "<b>Evil</b><img src=x>"
    assert window.preview.company.text() == "<i>Co</i>"


def test_non_ascii_names(qtbot: QtBot, store: Store,
                         open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    window.entry.insert("佐藤 健 (トヨタ) #ai 会った")  # keyClicks types ASCII only
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    window.entry.insert("Zoë Müller-Lüdenscheidt #design")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert [r.contact_name for r in window.results()] == ["佐藤 健", "Zoë Müller-Lüdenscheidt"]
    window.entry.insert("zoe mu")
    assert window.candidates.ids() == [window.results()[1].contact_id]


def test_escape_clears_then_closes(qtbot: QtBot,
                                   open_window: Callable[[], QuickEntryWindow]) -> None:
    window = open_window()
    qtbot.keyClicks(window.entry, "Budi")
    qtbot.keyClick(window.entry, Qt.Key.Key_Escape)
    assert window.entry.text() == "" and window.isVisible()
    qtbot.keyClick(window.entry, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_drafts_folder_is_the_one_given(tmp_path: Path, qtbot: QtBot, store: Store) -> None:
    window = QuickEntryWindow(store, JournalEvents(), Settings(), tmp_path / "elsewhere",
                              clock=lambda: NOW)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.entry, "x")
    window.write_draft()
    assert (tmp_path / "elsewhere" / "quickentry.json").exists()


def test_the_syntax_is_a_key_away(
        qtbot: QtBot, open_window: Callable[[], QuickEntryWindow]) -> None:
    from netjournal.ui.help import QuickEntryHelpDialog

    window = open_window()
    qtbot.waitExposed(window)
    assert "F1" in window.status.text()  # the hint says where the syntax is
    assert window.syntax_button.shortcut().toString() == "F1"
    window.syntax_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QuickEntryHelpDialog) and w.isVisible()
                                for w in window.findChildren(QuickEntryHelpDialog)))
