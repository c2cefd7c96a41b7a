"""Help > Keyboard shortcuts (read from the live actions) and Help > Quick-entry syntax."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtGui import QAction, QKeySequence

from netjournal.domain.quickentry import parse
from netjournal.ui.help import EXAMPLE_LINES, QuickEntryHelpDialog, quick_entry_parts

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def window(store, make_main_window):  # type: ignore[no-untyped-def]
    store.contacts.create("Budi Santoso")
    return make_main_window()


def listed(dialog):  # type: ignore[no-untyped-def]
    return {(r.place, r.action): r.keys for r in dialog.model.rows()}


def test_the_shortcuts_come_from_the_menus_and_the_panes(qtbot, window):
    dialog = window.tools.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = listed(dialog)
    assert rows[("File", "Quick entry")] == "Ctrl+E"
    assert rows[("View", "Today")] == "Ctrl+1"
    assert rows[("Help", "Keyboard shortcuts")].startswith("F1")
    assert rows[("Follow-up lists", "Let go")] == "L"  # Today's row keys
    assert ("Follow-up lists", "Open the contact's card") in rows
    assert dialog.model.rowCount() == len(rows)
    assert dialog.table.model() is dialog.model


def test_an_action_added_later_is_listed_without_editing_a_list(qtbot, window):
    new = QAction("&Frobnicate the journal…", window)
    new.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(new)
    window.menus["contact"].addAction(new)
    dialog = window.tools.show_shortcuts()
    qtbot.addWidget(dialog)
    assert listed(dialog)[("Contact", "Frobnicate the journal")] == "Ctrl+Alt+J"
    new.setShortcut(QKeySequence())  # no key: not a shortcut, not listed
    again = window.tools.show_shortcuts()
    qtbot.addWidget(again)
    assert ("Contact", "Frobnicate the journal") not in listed(again)


def test_the_help_menu_holds_both_pages(window):
    help_menu = window.menus["help"]
    assert window.actions.shortcuts_help in help_menu.actions()
    assert window.actions.quick_entry_help in help_menu.actions()


@pytest.mark.parametrize("line", EXAMPLE_LINES)
def test_every_whole_example_line_parses_cleanly(line):
    parsed = parse(line, TODAY)
    assert not parsed.problems, parsed.problems
    assert parsed.name or parsed.contact_ref


def test_the_examples_mean_what_the_page_says():
    budi = parse(EXAMPLE_LINES[0], TODAY)
    assert (budi.name, budi.company, budi.title, budi.event, budi.tags) == (
        "Budi Santoso", "Tokopedia", "PM", "JakartaJS", ("fintech",))
    assert budi.step == "send the deck" and budi.when is not None
    assert budi.when.due == TODAY + dt.timedelta(days=7)
    sari = parse(EXAMPLE_LINES[1], TODAY)  # the same line, the Indonesian words
    assert sari.when is not None and sari.when.due == TODAY + dt.timedelta(days=1)
    assert sari.step == "kirim slide"
    assert parse(EXAMPLE_LINES[3], TODAY).contact_ref == 12


def test_every_when_example_in_both_languages_is_understood():
    examples = dict((p, e) for p, _what, e in quick_entry_parts())["!when"]
    tokens = re.findall(r"!\S+", examples)
    assert {"!besok", "!tomorrow", "!1mg", "!1w"} <= set(tokens)
    for token in tokens:
        parsed = parse(f"Budi Santoso {token}", TODAY)
        assert not parsed.problems and parsed.when is not None, token


def test_the_syntax_page_shows_every_part_escaped(qtbot):
    dialog = QuickEntryHelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for part, _what, examples in quick_entry_parts():
        assert part in text
        for example in examples.split(" · "):
            assert example in text
    for line in EXAMPLE_LINES:
        assert line in text


def test_the_panes_own_keys_are_listed_once_built(qtbot, window):
    window.show_view("activity")
    window.show_view("requests")
    dialog = window.tools.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = listed(dialog)
    assert rows[("All activity", "Edit the interaction")].count(",") == 1  # Return, Enter
    assert rows[("Requests", "Log the request")].startswith("Ctrl+Return")
