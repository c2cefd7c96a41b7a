"""Every interactive control has a name a screen reader can say: its own accessible name,
its text, or a label whose buddy it is. The test opens each page and the dialogs a person
reaches in a click or two, walks their widgets and names the ones without."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from netjournal.domain.values import (
    ConnectionRequest,
    Detail,
    DetailKind,
    ExchangeDirection,
    Offer,
)
from netjournal.settings import Settings
from netjournal.storage import journal

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit)
NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)


def _inside_a_control(widget: QWidget) -> bool:
    """Parts Qt makes inside a control (a combo's line edit, a tab bar's arrows, a line
    edit's clear button)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QAbstractItemView
                      | QLineEdit):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology gets (Qt's accessible interface: the accessible
    name, else a buddy label's text, else a button's text)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """The visible controls under ``root`` without a name, as "objectName/Class in Parent"."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) \
                or _inside_a_control(widget):
            continue
        if not accessible_name(widget):
            parent = widget.parentWidget()
            found.append(f"{widget.objectName() or '-'}/{type(widget).__name__} in "
                         f"{type(parent).__name__ if parent else '-'}")
    return found


def report(missing: dict[str, list[str]]) -> str:
    return "\n".join(f"{page}: {'; '.join(names)}" for page, names in missing.items())


@pytest.fixture
def full(store):  # type: ignore[no-untyped-def]
    """One of everything the pages show: a contact with details, a timeline, an offer,
    a favour, a follow-up due, a request and an introduction."""
    budi = store.contacts.create("Budi Santoso", company="Tokopedia", details=(
        Detail(DetailKind.EMAIL, "budi@example.id", "work"),
        Detail(DetailKind.PHONE, "0812 3456", "mobile")))
    sari = store.contacts.create("Sari Wijaya")
    journal.log_outreach(store, budi.id, "Hi Budi!", when=NOW - dt.timedelta(days=8))
    journal.add_follow_up(store, sari.id, NOW.date(), "Send the article")
    store.offers.save(Offer(contact_id=budi.id, text="Intro to a designer"))
    store.requests.save(ConnectionRequest(name="Stranger", network="LinkedIn"))
    return {"budi": budi.id, "sari": sari.id}


def test_every_page_names_its_controls(qtbot, full, make_main_window):
    window = make_main_window()
    problems: dict[str, list[str]] = {}
    window.show_view("today")
    problems["today"] = unnamed(window.view("today"))
    window.show_view("contacts")
    window.contact_list.load()
    window.card.show_contact(full["budi"])
    for tab in range(window.card.tabs.count()):
        window.card.tabs.setCurrentIndex(tab)
        problems[f"card tab {window.card.tabs.tabText(tab)}"] = unnamed(window.view("contacts"))
    window.show_view("activity")
    problems["all activity"] = unnamed(window.view("activity"))
    window.show_view("requests")
    inbox = window.view("requests")
    inbox.table.selectRow(0)
    for tab in range(inbox.tabs.count()):
        inbox.tabs.setCurrentIndex(tab)
        problems[f"requests tab {tab}"] = unnamed(inbox)
    problems["window"] = unnamed(window)
    missing = {page: names for page, names in problems.items() if names}
    assert not missing, report(missing)


def dialogs(window, store, full):  # type: ignore[no-untyped-def]
    """The dialogs and windows a person reaches simply, built (not run)."""
    from netjournal.ui.contact.interaction_dialog import InteractionDialog
    from netjournal.ui.contact.ledger_dialogs import ExchangeDialog, OfferDialog
    from netjournal.ui.help import QuickEntryHelpDialog, ShortcutsDialog
    from netjournal.ui.importdialog import ExportDialog, ImportDialog
    from netjournal.ui.requests import IntroductionDialog, RequestComposer
    from netjournal.ui.requests.redflags import RedFlagsDialog
    from netjournal.ui.today.snooze import SnoozeDateDialog

    events = window._events  # the window's own change signals
    budi = store.contacts.get(full["budi"])
    offer = store.offers.for_contact(budi.id)[0]
    yield "quick entry", window.tools.quick_entry()
    yield "interaction", InteractionDialog(store, events, participants=(budi.id,),
                                           parent=window, settings=Settings())
    yield "favour", ExchangeDialog(store, events, budi, direction=ExchangeDirection.GIVEN,
                                   parent=window)
    yield "offer", OfferDialog(store, events, offer, parent=window)
    yield "request note", RequestComposer(store, events, Settings(), budi.id, window)
    yield "introduction", IntroductionDialog(store, events, person_id=budi.id, parent=window)
    yield "import", ImportDialog(store, events, window)
    yield "export", ExportDialog(store, events, window)
    yield "red flags", RedFlagsDialog(("crypto",), window)
    yield "snooze", SnoozeDateDialog(NOW.date(), window)
    yield "shortcuts", ShortcutsDialog(window)
    yield "quick-entry syntax", QuickEntryHelpDialog(window)


def test_every_dialog_names_its_controls(qtbot, store, full, make_main_window):
    window = make_main_window()
    problems = {}
    for name, dialog in dialogs(window, store, full):
        dialog.show()
        qtbot.waitExposed(dialog)
        problems[name] = unnamed(dialog)
        dialog.hide()
    missing = {page: names for page, names in problems.items() if names}
    assert not missing, report(missing)


def test_the_walk_finds_a_control_without_a_name(qtbot):
    """The check can fail: an icon-only button is reported by its object name."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton

    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    bare = QToolButton(root)
    bare.setObjectName("bareIcon")
    labelled = QLineEdit(root)
    buddy = QLabel("&Name", root)
    buddy.setBuddy(labelled)
    for widget in (bare, labelled, buddy, QPushButton("Save", root)):
        layout.addWidget(widget)
    root.show()
    assert unnamed(root) == ["bareIcon/QToolButton in QWidget"]
    bare.setAccessibleName("Open the link")
    assert unnamed(root) == []
