"""Rolling the mouse wheel over a value the user never picked changes nothing, anywhere."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMessageBox,
    QSlider,
    QWidget,
)

from netjournal.domain.values import (
    Contact,
    Detail,
    DetailKind,
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    Offer,
    TieStrength,
)
from netjournal.settings import Settings
from netjournal.ui.wheelguard import VALUE_WIDGETS


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QSlider)
    return widget.value()


def _roll(widget: QWidget, steps: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _roll_over_all(root: QWidget) -> int:
    """Roll both ways over every value widget under ``root``; assert none changed."""
    widgets = [w for w in root.findChildren(QWidget) if isinstance(w, VALUE_WIDGETS)
               and w.isEnabled() and not w.hasFocus()]
    for widget in widgets:
        before = _value(widget)
        for steps in (-3, 3, 1, -1):
            _roll(widget, steps)
            assert _value(widget) == before, (widget.objectName(), type(widget).__name__)
    return len(widgets)


@pytest.fixture
def budi(store):  # type: ignore[no-untyped-def]
    """A card with a value in every field the wheel could change."""
    contact = store.contacts.save(Contact(
        name="Budi Santoso", company="Tokopedia", tie_strength=TieStrength.REGULAR,
        cadence_days=60, met_on=dt.date(2025, 5, 1), birthday=dt.date(1990, 2, 3),
        details=(Detail(DetailKind.EMAIL, "budi@tokopedia.com", "work"),
                 Detail(DetailKind.PHONE, "0812 1111 2222", "mobile"),
                 Detail(DetailKind.LINK, "https://github.com/budi", "GitHub"),
                 Detail(DetailKind.ADDRESS, "Jl. Sudirman 1", "home"))))
    store.offers.save(Offer(contact.id, "Intro to a VC"))
    store.exchanges.save(Exchange(contact.id, ExchangeDirection.GIVEN, ExchangeKind.ADVICE,
                                  occurred_on=dt.date(2026, 1, 5)))
    return contact


def test_the_wheel_changes_nothing_on_any_tab_of_the_card(make_main_window, budi, qtbot,
                                                           monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    window = make_main_window()
    window.resize(900, 500)  # small: the card scrolls
    window.open_contact(budi.id)
    card = window.card
    qtbot.waitUntil(lambda: card.contact_id() == budi.id)
    assert not card.is_dirty()  # loading a card never marks it dirty
    rolled = 0
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        rolled += _roll_over_all(card.tabs.currentWidget())
        assert not card.is_dirty(), card.tabs.tabText(index)
    assert rolled >= 6  # tie strength, keep in touch, dates, the details' kinds and labels
    window.open_contact(store_other(window, budi))
    assert asked == [] and card.contact_id() != budi.id


def store_other(window, budi) -> int:  # type: ignore[no-untyped-def]
    other = window._store.contacts.save(Contact(name="Sari"))
    assert other.id is not None and other.id != budi.id
    return other.id


def test_the_wheel_scrolls_the_card_instead(make_main_window, budi, qtbot):
    window = make_main_window()
    window.resize(900, 420)
    window.open_contact(budi.id)
    card = window.card
    bar = card.form_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    tie = card.form.tie_box
    _roll(tie, -3)
    assert bar.value() > 0 and not card.is_dirty()


def test_a_focused_value_widget_still_takes_the_wheel(make_main_window, budi, qtbot):
    window = make_main_window()
    window.open_contact(budi.id)
    window.activateWindow()
    tie = window.card.form.tie_box
    tie.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tie.hasFocus)
    before = tie.currentIndex()
    _roll(tie, -1)
    assert tie.currentIndex() != before and window.card.is_dirty()
    window.card.revert()


def test_the_wheel_changes_nothing_in_the_dialogs(qtbot, store, journal_events, budi):
    from netjournal.ui.contact.interaction_dialog import InteractionDialog
    from netjournal.ui.contact.ledger_dialogs import ExchangeDialog, OfferDialog
    from netjournal.ui.importdialog import ExportDialog, ImportDialog
    from netjournal.ui.requests.composer import RequestComposer
    from netjournal.ui.requests.introduction import IntroductionDialog

    (offer,) = store.offers.for_contact(budi.id)
    dialogs = [
        InteractionDialog(store, journal_events, participants=(budi.id,)),
        ExchangeDialog(store, journal_events, budi),
        OfferDialog(store, journal_events, offer),
        ImportDialog(store, journal_events), ExportDialog(store, journal_events),
        RequestComposer(store, journal_events, Settings(), budi.id),
        IntroductionDialog(store, journal_events, person_id=budi.id),
    ]
    rolled = 0
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        rolled += _roll_over_all(dialog)
    assert rolled >= len(dialogs)


def test_loading_any_card_of_a_demo_journal_never_marks_it_dirty(make_main_window, store,
                                                                  data_dir, qtbot):
    from netjournal.cli import main

    assert main(["demo", "--contacts", "60", "--seed", "3", "--data-dir",
                 str(data_dir.root)]) == 0
    window = make_main_window()
    ids = [row[0] for row in store.db.execute_sql(
        "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id").fetchall()]
    assert len(ids) == 60
    for cid in ids:
        window.open_contact(cid)
        qtbot.waitUntil(lambda cid=cid: window.card.contact_id() == cid)
        assert not window.card.is_dirty(), cid


def test_a_window_shown_before_the_guard_gets_the_focus_rule(qtbot, qapp):
    """The app puts the guard on once its window shows: value widgets polished before
    that get the rule then."""
    from netjournal.ui.wheelguard import install

    window = QWidget()
    qtbot.addWidget(window)
    combo = QComboBox(window)
    window.show()
    combo.setFocusPolicy(Qt.FocusPolicy.WheelFocus)  # as Qt polishes it without the guard
    assert install(qapp, shown=window) is install(qapp)  # one guard, however often
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
