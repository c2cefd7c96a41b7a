"""The outgoing request composer: templates from the card, the 300 limit, "I sent it"."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from netjournal.domain.composer import NoteTemplate
from netjournal.domain.values import (
    Channel,
    Detail,
    DetailKind,
    Direction,
    FollowUpKind,
    RequestDirection,
)
from netjournal.settings import Settings
from netjournal.ui.events import JournalEvents
from netjournal.ui.requests import RequestComposer

# WORKAROUND: Qt's offscreen platform warns "This plugin does not support ..." for
# window features it lacks (propagateSizeHints() on every resize of a shown window,
# raise() and keyboard grabs when a completer pops up).
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def events():
    return JournalEvents()


@pytest.fixture
def budi(store):
    return store.contacts.create(
        "Budi Santoso", company="Tokopedia", title="PM", interests="payments, kopi",
        tags=("fintech",),
        details=(Detail(DetailKind.LINK, "https://www.linkedin.com/in/budi", "linkedin"),))


@pytest.fixture
def composer(qtbot, store, events, budi):
    dialog = RequestComposer(store, events, Settings(first_follow_up_days=10), budi.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_note_starts_from_a_template_filled_from_the_card(composer):
    text = composer.text()
    assert text.startswith("Hi Budi, we work in the same industry and I've been following "
                           "what Tokopedia is doing.")
    assert composer.count.text() == f"{len(text)} / 300"
    assert composer.copy_button.isEnabled() and composer.sent_button.isEnabled()
    assert [composer.topic.itemText(i) for i in range(composer.topic.count())] == [
        "", "fintech", "payments", "kopi"]
    composer.set_topic("fintech")
    assert composer.text().startswith("Hi Budi, I work in fintech too")
    composer.use_template(NoteTemplate.APPRECIATION)
    assert "your work on fintech" in composer.text()


def test_a_topic_never_overwrites_the_users_words(composer):
    composer.note.setPlainText("Hi Budi, my own words.")
    composer.set_topic("payments")
    assert composer.text() == "Hi Budi, my own words."


def test_switching_templates_can_be_undone(qtbot, composer):
    composer.note.setPlainText("My own words")
    composer.use_template(NoteTemplate.SIMILAR_GOAL)
    assert "a goal much like yours at Tokopedia" in composer.text()
    composer.note.undo()
    assert composer.text() == "My own words"


def test_a_note_over_300_characters_is_flagged(qtbot, composer):
    qtbot.keyClicks(composer.note, " And more." * 20)
    check = composer.check()
    assert check.is_over
    assert composer.count.text() == f"{check.length} / 300"
    assert "#b3261e" in composer.count.styleSheet()  # the warning colour
    assert f"{check.over_by} characters over the 300 limit" in composer.limit_hint.text()
    for button in (composer.copy_button, composer.sent_button):
        assert not button.isEnabled()
        assert "shorten it" in button.toolTip()
    assert composer.mark_sent() is None  # nothing is logged from an over-long note


def test_emoji_count_as_the_network_counts_them(composer):
    composer.note.setPlainText("🚀" * 150)
    assert composer.count.text() == "300 / 300" and composer.sent_button.isEnabled()
    composer.note.setPlainText("🚀" * 150 + "!")
    assert not composer.sent_button.isEnabled()
    assert "1 character over" in composer.limit_hint.text()


def test_an_empty_note_says_so(composer):
    composer.note.setPlainText("   ")
    assert not composer.copy_button.isEnabled()
    assert composer.copy_button.toolTip() == "Write a short note first."


def test_copy_puts_the_note_on_the_clipboard(qtbot, composer):
    qtbot.mouseClick(composer.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == composer.text()
    assert "Copied" in composer.feedback.text()


def test_i_sent_it_logs_outreach_and_starts_the_follow_up_chain(qtbot, composer, store,
                                                                 events, budi):
    note = composer.text()
    with qtbot.waitSignals([composer.sig_sent, events.sig_followups_changed,
                            events.sig_interactions_changed]):
        qtbot.mouseClick(composer.sent_button, Qt.MouseButton.LeftButton)
    (interaction,) = store.interactions.for_contact(budi.id)
    assert (interaction.channel, interaction.direction, interaction.summary,
            interaction.awaiting_reply) == (Channel.SOCIAL, Direction.OUTBOUND, note, True)
    assert interaction.goal == "Connect on LinkedIn"
    (follow_up,) = store.followups.for_contact(budi.id)
    assert follow_up.kind == FollowUpKind.OUTREACH and follow_up.attempt == 1
    assert follow_up.origin_interaction_id == interaction.id
    assert (follow_up.due_on - interaction.occurred_at.astimezone().date()).days == 10
    (sent,) = store.requests.all(direction=RequestDirection.OUTGOING)
    assert (sent.contact_id, sent.message, sent.profile_url) == (
        budi.id, note, "https://www.linkedin.com/in/budi")
    assert not composer.isVisible()


def test_a_card_with_little_on_it_still_gets_a_friendly_note(qtbot, store, events):
    lone = store.contacts.create("Dr. Ratna")
    dialog = RequestComposer(store, events, Settings(), lone.id)
    qtbot.addWidget(dialog)
    assert dialog.text() == ("Hi Ratna, we work in the same industry and I'd be glad to "
                             "connect and swap notes now and then.")
    assert dialog.windowTitle() == "Connection request to Dr. Ratna"
