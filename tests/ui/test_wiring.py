"""The main window reaches every feature: views, tools and the card's sections."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from netjournal.domain.values import Direction, FollowUpKind, Interaction
from netjournal.settings import Settings
from netjournal.storage import journal
from netjournal.ui.contact import operations as ops
from tests.report.helpers import pdf_text


def _answer_modal(action):
    """Run ``action(dialog)`` on the next modal dialog; returns the dialogs' class names."""
    seen: list[str] = []

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        seen.append(type(dialog).__name__)
        action(dialog)

    QTimer.singleShot(0, handle)
    return seen


def test_views_in_order_and_today_is_home(qtbot, store, make_main_window):
    store.contacts.create("Sari Wijaya")
    window = make_main_window()
    assert list(window._views) == ["today", "contacts", "activity", "requests", "health"]
    assert window.current_view() == "today"
    window.show_view("requests")
    assert type(window.view("requests")).__name__ == "RequestsInbox"


def test_quick_entry_from_the_menu_and_the_today_view(qtbot, store, make_main_window):
    store.contacts.create("Sari Wijaya")
    window = make_main_window()
    window.actions.quick_entry.trigger()
    quick = window.tools.quick_entry()
    qtbot.waitExposed(quick)
    assert type(quick).__name__ == "QuickEntryWindow"
    quick.close()
    window.view("today").quick_entry_button.click()
    assert window.tools.quick_entry() is quick and quick.isVisible()
    quick.close()


def test_card_has_the_follow_ups_section(qtbot, store, make_main_window, ui_clock):
    budi = store.contacts.create("Budi Santoso")
    journal.add_follow_up(store, budi.id, ui_clock().date() + dt.timedelta(days=3),
                          "Send the deck")
    window = make_main_window()
    window.open_contact(budi.id)
    tabs = window.card.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Follow-ups" in titles
    qtbot.waitUntil(lambda: window.follow_ups.open_model.rowCount() == 1)


def test_outreach_logged_in_the_timeline_starts_a_chain(qtbot, store, make_main_window,
                                                       ui_clock):
    dewi = store.contacts.create("Dewi Lestari")
    window = make_main_window()
    window.open_contact(dewi.id)
    value = Interaction(occurred_at=ui_clock(), participant_ids=(dewi.id,),
                        direction=Direction.OUTBOUND, summary="Asked about the PM role",
                        awaiting_reply=True)
    with qtbot.waitSignal(window._events.sig_followups_changed):
        ops.save_interaction(store, window._events, value, settings=Settings(
            first_follow_up_days=10))
    open_ = store.followups.for_contact(dewi.id, open_only=True)
    assert [(f.kind, f.attempt, f.due_on) for f in open_] == [
        (FollowUpKind.OUTREACH, 1, ui_clock().date() + dt.timedelta(days=10))]
    qtbot.waitUntil(lambda: window.follow_ups.open_model.rowCount() == 1)


def test_print_summary_to_pdf_from_the_window(qtbot, store, make_main_window, tmp_path):
    sari = store.contacts.create("Sari Wijaya", company="Gojek")
    window = make_main_window()
    window.open_contact(sari.id)
    assert window.actions.export_pdf.isEnabled()
    out = tmp_path / "sari.pdf"
    window.tools.printer().export_pdf([sari.id], out)
    text = pdf_text(out)
    assert "Sari Wijaya" in text and "Gojek" in text


def test_compose_and_introduction_dialogs_open_for_the_contact(qtbot, store,
                                                                make_main_window):
    sari = store.contacts.create("Sari Wijaya", company="Gojek")
    window = make_main_window()
    window.open_contact(sari.id)
    window.actions.compose_request.trigger()
    composer = next(w for w in QApplication.topLevelWidgets()
                    if type(w).__name__ == "RequestComposer" and w.isVisible())
    composer.reject()
    window.actions.record_introduction.trigger()
    intro = next(w for w in QApplication.topLevelWidgets()
                 if type(w).__name__ == "IntroductionDialog" and w.isVisible())
    intro.reject()


def test_file_menu_import_and_export_open_their_dialogs(qtbot, make_main_window):
    window = make_main_window()
    first = _answer_modal(lambda d: d.reject())
    window.actions.import_file.trigger()
    second = _answer_modal(lambda d: d.reject())
    window.actions.export.trigger()
    assert first + second == ["ImportDialog", "ExportDialog"]
