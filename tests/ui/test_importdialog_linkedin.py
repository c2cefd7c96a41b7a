"""The import dialog with LinkedIn's invitations, messages and export ZIP, on a real store."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt

from netjournal.interop.files import import_file
from netjournal.interop.model import Action, Format
from netjournal.storage import transfer
from netjournal.ui.importdialog import Column, ImportDialog
from netjournal.ui.importpeople import StrangersModel
from tests.interop.test_linkedin_export import CONNECTIONS, INVITATIONS, MESSAGES


@pytest.fixture
def dialog(qtbot, store, journal_events):
    d = ImportDialog(store, journal_events, red_flags=("crypto",))
    qtbot.addWidget(d)
    return d


def cells(model, column):
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_invitations_are_previewed_request_by_request_then_imported(dialog, store):
    before = transfer.dump(store)
    dialog.set_file(INVITATIONS)
    assert cells(dialog.model, Column.NAME) == ["Rizky Pratama", "Victor Visionary",
                                                "Budi Santoso", "Maya Anggraini",
                                                "Hendra Gunawan"]
    assert set(cells(dialog.model, Column.ACTION)) == {"New"}
    details = cells(dialog.model, Column.DETAILS)
    # the triage is worded as the request inbox words it (translated), not in the report's
    # English
    assert details[1] == ("Likely decline: Profile mostly empty; Red flag: “crypto”; "
                          "No profile photo")
    assert details[2] == "Likely decline: No message; Profile mostly empty; No profile photo"
    assert details[4].startswith("sent by you with the note")
    assert dialog.summary_label.text().startswith("5 connection requests to add, 0 skipped")
    assert transfer.dump(store) == before
    assert dialog.run_import() is not None
    assert len(store.requests.all()) == 5
    dialog2 = ImportDialog(store, dialog._events)
    dialog2.set_file(INVITATIONS)
    assert set(cells(dialog2.model, Column.ACTION)) == {"Skipped"}
    assert not dialog2.import_button.isEnabled()
    dialog2.deleteLater()


def test_a_request_from_someone_in_the_journal_says_so(dialog, store):
    import_file(store, CONNECTIONS)
    dialog.set_file(INVITATIONS)
    budi = cells(dialog.model, Column.DETAILS)[2]
    assert budi.startswith("Likely decline: No message")
    assert budi.endswith("; already in your journal")


def test_messages_offer_to_add_the_people_not_in_the_journal(qtbot, dialog, store,
                                                             journal_events):
    import_file(store, CONNECTIONS)
    dialog.set_file(MESSAGES)
    assert not dialog.strangers.isHidden()
    model = dialog.strangers.model
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        "Rizky Pratama, 1 conversation day(s)", "Talent Hunter, 1 conversation day(s)"]
    assert "2 people in these messages are not in your journal" in (
        dialog.strangers.label.text())
    dialog.run_import()
    assert not dialog.import_button.isEnabled()
    # keep only the recruiter checked, then add
    model.setData(model.index(0), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(journal_events.sig_journal_reset):
        qtbot.mouseClick(dialog.strangers.add_button, Qt.MouseButton.LeftButton)
    hunter = store.contacts.find_by_name("Talent Hunter")
    assert len(hunter) == 1 and not store.contacts.find_by_name("Rizky Pratama")
    assert store.contacts.get(hunter[0]).how_met == "Messaged on LinkedIn"
    # the file is previewed again: only the recruiter's conversation is new
    assert dialog.import_button.isEnabled()
    new = [o for o in dialog.report.outcomes if o.action == Action.CREATE]
    assert [o.name for o in new] == ["Talent Hunter"]
    dialog.run_import()
    assert len(store.interactions.for_contact(hunter[0])) == 1


def test_a_linkedin_export_zip_is_opened_whole(dialog, store, tmp_path):
    path = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for member in (CONNECTIONS, INVITATIONS, MESSAGES):
            archive.write(member, member.name)
    dialog.set_file(path)
    assert dialog.format_box.findData(Format.LINKEDIN_EXPORT) >= 0
    wheres = cells(dialog.model, Column.WHERE)
    assert wheres[0] == "Connections.csv, line 5"
    assert any(w.startswith("messages.csv, line") for w in wheres)
    text = dialog.summary_label.text()
    assert text.startswith("Connections.csv: 4 new") and "Invitations.csv: 5 connection" in text
    dialog.run_import()
    assert len(store.requests.all()) == 5


def test_a_zip_without_the_files_says_so(dialog, tmp_path):
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    dialog.set_file(path)
    assert not dialog.error_label.isHidden()
    assert "none of LinkedIn's Connections.csv" in dialog.error_label.text()


def test_the_strangers_model_passes_the_model_tester(qtmodeltester):
    from netjournal.interop.model import Stranger

    model = StrangersModel()
    model.set_people((Stranger("A", "https://www.linkedin.com/in/a", 2), Stranger("B")))
    qtmodeltester.check(model)
    model.set_all_checked(False)
    assert model.checked() == []


def test_a_later_connections_file_says_which_requests_it_accepts(dialog, store):
    from tests.interop.test_linkedin_export import LATER

    import_file(store, INVITATIONS)
    dialog.set_file(LATER)
    assert ("2 pending connection requests are from people who are now connections"
            in dialog.summary_label.text())
    dialog.run_import()
    assert "2 connection requests marked accepted." in dialog.summary_label.text()
