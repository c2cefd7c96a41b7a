"""The requests inbox: log a request, see its verdict, decide, edit the red flags."""

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from netjournal import settings as settings_mod
from netjournal.domain.triage import Verdict
from netjournal.domain.values import (
    ConnectionRequest,
    DetailKind,
    RequestDecision,
)
from netjournal.settings import Settings
from netjournal.storage.relations import RequestView
from netjournal.ui.events import JournalEvents
from netjournal.ui.requests import RequestsInbox
from netjournal.ui.requests.models import (
    IntroductionListModel,
    ItemRole,
    RequestColumn,
    RequestListModel,
)
from netjournal.ui.requests.picker import ContactMatchModel

# WORKAROUND: Qt's offscreen platform warns "This plugin does not support ..." for
# window features it lacks (propagateSizeHints() on every resize of a shown window,
# raise() and keyboard grabs when a completer pops up).
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def events():
    return JournalEvents()


@pytest.fixture
def inbox(qtbot, store, events, data_dir):
    widget = RequestsInbox(store, events, Settings(), data_dir.settings)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def add(store, name, message="", decision=RequestDecision.PENDING, **fields):
    r = store.requests.save(ConnectionRequest(
        name=name, message=message, received_on=dt.date(2026, 5, 1), **fields))
    if decision != RequestDecision.PENDING:
        r = store.requests.decide(r.id, decision)
    return r


def fill_form(qtbot, inbox, name, message, mutual=0, url=""):
    form = inbox.form
    qtbot.keyClicks(form.name, name)
    if url:
        qtbot.keyClicks(form.profile_url, url)
    form.message.setPlainText(message)
    form.mutual.setValue(mutual)
    form.has_photo.setChecked(True)
    form.profile_filled.setChecked(True)


def test_log_a_request_accept_it_and_see_the_contact_with_how_we_met(qtbot, inbox, store,
                                                                     events):
    message = "Hi Dewi, we both work in fintech and I enjoyed your talk at PyCon ID."
    fill_form(qtbot, inbox, "Rina Kusuma", message, mutual=4,
              url="https://www.linkedin.com/in/rina-k")
    assert "Likely accept" in inbox.form.preview.text()  # the verdict shows while typing
    with qtbot.waitSignal(events.sig_requests_changed):
        qtbot.mouseClick(inbox.form.submit, Qt.MouseButton.LeftButton)
    assert inbox.form.name.text() == ""  # ready for the next one
    assert inbox.model.rowCount() == 1
    request_id = inbox.selected_id()
    assert request_id is not None
    assert inbox.details.name.text() == "Rina Kusuma"
    assert inbox.details.verdict.text() == "Likely accept"
    assert "+ Mentions your work (“your talk”)" in inbox.details.reasons_text()
    assert "+ 4 mutual connections" in inbox.details.reasons_text()

    with qtbot.waitSignal(events.sig_contacts_changed) as changed:
        qtbot.mouseClick(inbox.details.accept_button, Qt.MouseButton.LeftButton)
    (contact_id,) = changed.args[0]
    contact = store.contacts.get(contact_id)
    assert contact.name == "Rina Kusuma" and contact.how_met == message
    assert contact.met_on == dt.date.today()
    assert [d.value for d in contact.details_of(DetailKind.LINK)] == [
        "https://www.linkedin.com/in/rina-k"]
    assert "Added Rina Kusuma to your contacts." in inbox.feedback.text()
    # The pending list is empty now; the decision stays in the history.
    assert inbox.model.rowCount() == 0
    inbox.set_view(RequestView.DECIDED)
    assert inbox.select_request(request_id)
    assert not inbox.details.accept_button.isVisible()
    assert inbox.details.open_button.isVisible()
    with qtbot.waitSignal(events.sig_open_contact) as opened:
        qtbot.mouseClick(inbox.details.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [contact_id]


def test_accepting_a_request_without_a_message_says_where_we_met(qtbot, inbox, store):
    r = add(store, "Andi Wijaya", network="LinkedIn")
    inbox.model.reload()
    assert inbox.select_request(r.id)
    inbox.decide(RequestDecision.ACCEPTED)
    contact = store.contacts.get(store.requests.get(r.id).contact_id)
    assert contact.how_met == "Accepted their connection request on LinkedIn"


def test_an_existing_contact_is_linked_not_duplicated(qtbot, inbox, store):
    known = store.contacts.create("Budi Santoso")
    r = add(store, "budi santoso", "Halo, kita sama-sama di komunitas Go.")
    inbox.model.reload()
    inbox.select_request(r.id)
    inbox.decide(RequestDecision.ACCEPTED)
    assert store.contacts.count() == 1
    assert store.contacts.get(known.id).how_met == "Halo, kita sama-sama di komunitas Go."
    assert "Linked the request to your contact Budi Santoso." in inbox.feedback.text()


def test_decline_and_ignore_keep_the_history_and_can_be_undone(qtbot, inbox, store, events):
    a, b = add(store, "Spammy"), add(store, "Quiet")
    events.sig_requests_changed.emit()
    assert inbox.model.rowCount() == 2
    inbox.select_request(a.id)
    qtbot.mouseClick(inbox.details.decline_button, Qt.MouseButton.LeftButton)
    assert store.requests.get(a.id).decision == RequestDecision.DECLINED
    assert inbox.selected_id() == b.id  # the next one is ready
    qtbot.mouseClick(inbox.details.ignore_button, Qt.MouseButton.LeftButton)
    assert store.requests.get(b.id).decision == RequestDecision.IGNORED
    assert inbox.count.text() == "Nothing waiting"
    inbox.set_view(RequestView.DECIDED)
    assert inbox.model.rowCount() == 2
    assert {inbox.model.index(r, RequestColumn.DECISION).data() for r in range(2)} == {
        "Declined", "Ignored"}
    inbox.select_request(a.id)
    qtbot.mouseClick(inbox.details.pending_button, Qt.MouseButton.LeftButton)
    assert store.requests.get(a.id).decision == RequestDecision.PENDING


def test_a_request_without_a_name_is_not_logged(qtbot, inbox, store):
    inbox.form.message.setPlainText("hello")
    assert not inbox.form.submit.isEnabled()
    inbox.form._on_submit_clicked()
    assert store.requests.count() == 0
    assert "name" in inbox.form.preview.text()


def test_user_text_shows_as_typed_never_as_markup(qtbot, inbox, store):
    r = add(store, "<b>Evil</b><img src=x>", "<i>hi</i> & welcome")
    inbox.model.reload()
    inbox.select_request(r.id)
    assert inbox.details.name.textFormat() == Qt.TextFormat.PlainText
    assert inbox.details.name.text() == "<b>Evil</b><img src=x>"
    assert inbox.details.message.textFormat() == Qt.TextFormat.PlainText
    tooltip = inbox.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<i>" not in tooltip


def test_editing_the_red_flags_saves_them_and_changes_verdicts(qtbot, inbox, store,
                                                               data_dir):
    r = add(store, "Guru", "Halo! Saya seorang growth hacker dan kami sama-sama di fintech.",
            has_photo=True, profile_filled=True, mutual_connections=5)
    inbox.model.reload()
    assert inbox.model.index(0, 0).data(ItemRole.VERDICT) == Verdict.LIKELY_ACCEPT
    dialog = inbox.edit_red_flags()
    assert "visionary thinker" in dialog.editor.toPlainText()
    dialog.editor.setPlainText("visionary thinker\n🚀\n  GROWTH HACKER \ngrowth hacker\n\n")
    with qtbot.waitSignal(inbox.sig_settings_changed) as changed:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    phrases = ("visionary thinker", "🚀", "GROWTH HACKER")
    assert changed.args[0].red_flag_phrases == phrases
    assert settings_mod.load(data_dir.settings).red_flag_phrases == phrases
    assert inbox.model.index(0, 0).data(ItemRole.VERDICT) == Verdict.LOOK_CLOSER
    inbox.select_request(r.id)
    assert "− Red flag: “GROWTH HACKER”" in inbox.details.reasons_text()


def test_a_settings_file_that_cannot_be_written_is_reported(qtbot, store, events, tmp_path):
    taken = tmp_path / "settings.json"
    taken.mkdir()  # a folder where the file should go: the save fails on any system
    inbox = RequestsInbox(store, events, Settings(), taken)
    qtbot.addWidget(inbox)
    assert not inbox.apply_red_flags(("crypto",))
    assert "cannot save settings" in inbox.feedback.text()
    assert inbox.settings.red_flag_phrases == Settings().red_flag_phrases


def test_the_introductions_tab_lists_and_edits(qtbot, inbox, store, events):
    from netjournal.domain.values import Introduction, IntroductionOutcome

    sari, budi = store.contacts.create("Sari"), store.contacts.create("Budi")
    intro = store.introductions.record(Introduction(
        person_id=budi.id, introducer_id=sari.id, outcome=IntroductionOutcome.DECLINED))
    events.sig_requests_changed.emit()
    tab = inbox.introductions
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 1).data() == "Sari introduced them to me"
    tab.table.selectRow(0)
    assert "go back to Sari" in tab.advice.text()
    tab.open_dialog(tab.selected_id())
    assert tab.dialog is not None and tab.dialog.person.text() == "Budi"
    assert tab.dialog.introduction().id == intro.id
    tab.dialog.reject()


@pytest.fixture
def requests_model(store):
    for k in range(150):  # more than two blocks
        add(store, f"Person {k}", "We both work in Go" if k % 3 else "",
            decision=RequestDecision.DECLINED if k % 5 == 0 else RequestDecision.PENDING,
            mutual_connections=k % 7)
    model = RequestListModel(store, ("crypto",))
    model.set_view(RequestView.ALL)
    return model


def test_request_model_passes_the_model_tester(qtmodeltester, requests_model):
    qtmodeltester.check(requests_model)
    requests_model.set_red_flags(("go",))
    qtmodeltester.check(requests_model)


def test_request_model_puts_pending_first_and_words_the_columns(requests_model, store):
    decisions = [requests_model.index(r, 0).data(ItemRole.VALUE).decision
                 for r in range(requests_model.rowCount())]
    first_decided = decisions.index(RequestDecision.DECLINED)
    assert all(d == RequestDecision.DECLINED for d in decisions[first_decided:])
    index = requests_model.index(0, RequestColumn.VERDICT)
    assert index.data() in {"Likely accept", "Look closer", "Likely decline"}
    assert requests_model.headerData(RequestColumn.MUTUAL, Qt.Orientation.Horizontal) == \
        "Mutual"
    assert not requests_model.index(0, 99).isValid()
    assert requests_model.rowCount(requests_model.index(0, 0)) == 0
    # A row deleted after the ids were read shows as removed, never raises.
    rid = requests_model.id_at(140)
    store.requests.delete(rid)
    requests_model.forget_rows()
    assert requests_model.index(140, 0).data() == "(removed)"
    assert requests_model.index(140, 1).data() is None


def test_introduction_model_passes_the_model_tester(qtmodeltester, store):
    from netjournal.domain.values import Introduction, IntroductionDirection

    a, b, c = (store.contacts.create(n) for n in ("Ana", "Budi", "Citra"))
    store.introductions.record(Introduction(person_id=b.id, introducer_id=a.id))
    store.introductions.record(Introduction(person_id=b.id, to_contact_id=c.id,
                                            direction=IntroductionDirection.MADE))
    store.introductions.record(Introduction(person_id=c.id, introducer_id=a.id,
                                            to_contact_id=b.id,
                                            direction=IntroductionDirection.ASKED))
    store.contacts.delete(a.id)
    model = IntroductionListModel(store)
    model.reload()
    qtmodeltester.check(model)
    texts = {model.index(r, 1).data() for r in range(3)}
    assert texts == {"(deleted contact) introduced them to me", "I introduced them to Citra",
                     "I asked (deleted contact), for Budi"}


def test_contact_match_model_passes_the_model_tester(qtmodeltester, store):
    for name in ("Sari Wijaya", "Sarah Lee", "Budi"):
        store.contacts.create(name)
    model = ContactMatchModel(store)
    model.set_text("sar")
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.set_text("")
    assert model.rowCount(QModelIndex()) == 0
    qtmodeltester.check(model)


def test_ctrl_enter_logs_from_anywhere_in_the_form(qtbot, inbox, store):
    fill_form(qtbot, inbox, "Nadia Putri", "Halo, saya tertarik belajar soal data.")
    inbox.form.message.setFocus()
    qtbot.waitUntil(inbox.form.message.hasFocus)
    qtbot.keyClick(inbox.form.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (only,) = store.requests.many(store.requests.ids()).values()
    assert only.name == "Nadia Putri" and only.has_photo
    assert inbox.table.isColumnHidden(RequestColumn.DECISION)  # all pending say so
    inbox.set_view(RequestView.ALL)
    assert not inbox.table.isColumnHidden(RequestColumn.DECISION)


def test_requests_imported_from_linkedin_are_in_the_inbox_and_the_sent_ones_findable(
        qtbot, inbox, store, events):
    from netjournal.interop.files import import_file
    from tests.interop.test_linkedin_export import INVITATIONS

    import_file(store, INVITATIONS)
    events.sig_requests_changed.emit()
    assert inbox.model.rowCount() == 4  # the pending incoming ones
    inbox.set_view(RequestView.SENT)
    assert inbox.model.rowCount() == 1
    assert inbox.model.index(0, RequestColumn.NAME).data() == "Hendra Gunawan"
    assert inbox.table.isColumnHidden(RequestColumn.VERDICT)
    inbox.table.selectRow(0)
    assert inbox.details.verdict.text() == "Sent by you"
    assert inbox.details.accept_button.isHidden() and inbox.details.decline_button.isHidden()
    assert "Tech in Asia" in inbox.details.message.text()
    assert inbox.details.facts.text().startswith("LinkedIn · sent ")


def test_a_request_without_a_message_says_so_once(qtbot, inbox, store):
    from PySide6.QtWidgets import QLabel

    add(store, "Stranger", message="")
    inbox.model.reload()
    inbox.table.selectRow(0)
    shown = [lab.text() for lab in inbox.details.findChildren(QLabel)
             if lab.isVisibleTo(inbox) and lab.text()]
    said = [line for text in shown for line in text.split("\n")
            if "no message" in line.lower()]
    assert len(said) == 1, shown
