"""The card's follow-ups: open ones acting in one step, chain history, set by hand."""

import pytest
from PySide6.QtCore import QDate, Qt

from netjournal.domain.values import FollowUpKind, FollowUpStatus
from netjournal.storage import journal
from netjournal.ui.today import ContactFollowUps
from netjournal.ui.today.card import HistoryModel
from netjournal.ui.today.delegate import Action
from netjournal.ui.today.model import DueRole
from tests.ui.today.conftest import DAY, NOW, TODAY, UTC

# WORKAROUND: see tests/ui/today/test_view.py (offscreen platform warnings).
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise",
                                       "does not support grabbing")


@pytest.fixture
def card(qtbot, store, events):
    widget = ContactFollowUps(store, events, clock=lambda: NOW, tz=UTC)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def history(card):
    model = card.history_model
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_nobody_shown(card):
    assert card.contact_id is None
    assert card.open_model.rowCount() == 0 and card.history_model.rowCount() == 0
    assert not card.add_button.isEnabled() and not card.reason.isEnabled()


def test_open_follow_ups_and_chain_history(qtbot, card, store, people):
    budi = people["Budi Santoso"]
    (row,) = store.followups.for_contact(budi, open_only=True)
    journal.mark_done(store, row.id, when=NOW - 2 * DAY, tz=UTC)
    card.show_contact(budi)
    assert card.open_model.rowCount() == 1
    index = card.open_model.index(0, 0)
    assert index.data(DueRole.TITLE) == "Follow up (try 2 of 3)"
    assert index.data(DueRole.DUE) == "in 5 days"  # near dates are said relatively
    assert history(card)[0][1:] == ("Follow-up (try 1 of 3)", "Sent")
    assert history(card)[1][1] == "Reached out: “Hi Budi, loved your talk!”"
    assert history(card)[1][2].startswith("Waiting: try 2 due")
    # let go from the card: the chain's history says so
    rect = card.open_list.button_rect(0, Action.LET_GO)
    with qtbot.waitSignal(card.sig_reloaded):
        qtbot.mouseClick(card.open_list.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert card.open_model.rowCount() == 0 and card.open_empty.isVisible()
    assert ("Reached out: “Hi Budi, loved your talk!”", "Let go after 1 of 3 tries") in [
        h[1:] for h in history(card)]
    assert card.open_list.button_rect(0, Action.OPEN).isNull()  # already on the card


def test_set_a_follow_up_by_hand(qtbot, card, store, events, people):
    sari = people["Sari Wijaya"]
    card.show_contact(sari)
    assert card.due.date() == QDate(2026, 3, 17)  # a week from today by default
    assert card.due.minimumDate() == QDate(2026, 3, 11)
    card.reason.setText("Ask how the launch went")
    card.due.setDate(QDate(2026, 3, 20))
    with qtbot.waitSignal(events.sig_followups_changed):
        qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
    made = [f for f in store.followups.for_contact(sari, open_only=True)
            if f.reason == "Ask how the launch went"]
    assert [(f.kind, f.due_on) for f in made] == [(FollowUpKind.MANUAL, TODAY + 10 * DAY)]
    qtbot.waitUntil(lambda: card.open_model.rowCount() == 2)
    assert card.reason.text() == ""


def test_done_from_the_card_and_other_panes_refresh_it(qtbot, card, store, events, people):
    dewi = people["Dewi Lestari"]
    card.show_contact(dewi)
    rect = card.open_list.button_rect(0, Action.DONE)
    with qtbot.waitSignal(card.sig_reloaded):
        qtbot.mouseClick(card.open_list.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert store.followups.for_contact(dewi)[0].status == FollowUpStatus.DONE
    assert history(card)[0][1:] == ("Reminder: Confirm the workshop", "Done")
    assert store.interactions.for_contact(dewi)[0].summary == "Confirm the workshop"
    journal.add_follow_up(store, dewi, TODAY + DAY, "Another")
    with qtbot.waitSignal(card.sig_reloaded):
        events.sig_followups_changed.emit()
    assert card.open_model.rowCount() == 1


def test_history_model_passes_the_model_tester(qtmodeltester, store, people):
    budi = people["Budi Santoso"]
    (row,) = store.followups.for_contact(budi, open_only=True)
    journal.mark_done(store, row.id, when=NOW, tz=UTC)
    model = HistoryModel()
    model.set_history(journal.contact_follow_ups(store, budi, tz=UTC), UTC)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
