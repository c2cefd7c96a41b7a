"""The import dialog (preview, import, report) and the export dialog, on a real store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from netjournal.domain.values import Contact, Detail, DetailKind
from netjournal.interop.files import ExportFormat
from netjournal.interop.model import Action, Format
from netjournal.storage import transfer
from netjournal.ui.importdialog import Column, ExportDialog, ImportDialog, PreviewModel

VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:<b>Evil</b><img src=x>\r\nEMAIL:evil@x.id\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Budi Santoso\r\nEMAIL:budi@tokopedia.com\r\n"
    "TITLE:PM\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:no name at all\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sari\r\nPHOTO;ENCODING=b:@@@\r\nEND:VCARD\r\n")


@pytest.fixture
def vcf(tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    return path


@pytest.fixture
def dialog(qtbot, store, journal_events):
    store.contacts.save(Contact(name="Budi S.", details=(
        Detail(DetailKind.EMAIL, "budi@tokopedia.com"),)))
    d = ImportDialog(store, journal_events)
    qtbot.addWidget(d)
    return d


def cells(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_netjournal_csv_is_recognised_and_what_it_leaves_out_is_named(dialog, tmp_path):
    path = tmp_path / "netjournal.csv"
    path.write_text("Name,Company,Emails,Phones,Links,Tie strength,Last contact\r\n"
                    "Budi Santoso,Gojek,budi@tokopedia.com (work),,,close,2026-11-02\r\n"
                    "Budi S.,Grab,,,,regular,\r\n", encoding="utf-8")
    dialog.set_file(path)
    assert cells(dialog.model, Column.ACTION) == ["Merge", "New"]
    assert cells(dialog.model, Column.DETAILS)[0].startswith("same email budi@tokopedia.com;")
    assert "Not imported: column 'last contact'" in dialog.summary_label.text()
    dialog.run_import()
    assert "Not imported: column 'last contact'" in dialog.summary_label.text()


def test_the_preview_shows_what_will_happen_and_writes_nothing(dialog, store, vcf):
    before = transfer.dump(store)
    dialog.set_file(vcf)
    model = dialog.model
    assert cells(model, Column.NAME) == ["<b>Evil</b><img src=x>", "Budi S.", "", "Sari"]
    assert cells(model, Column.ACTION) == ["New", "Merge", "Rejected", "New"]
    assert cells(model, Column.WHERE)[2] == "card 3 (line 12)"
    assert cells(model, Column.DETAILS)[1] == "same email budi@tokopedia.com; adds title"
    assert cells(model, Column.DETAILS)[2] == "it has no name, organisation, email or phone"
    assert "photo on line 19" in cells(model, Column.DETAILS)[3]  # warnings go with the row
    assert dialog.summary_label.text().startswith("2 new, 1 already in your journal (1 with")
    assert dialog.import_button.isEnabled()
    assert transfer.dump(store) == before


def test_import_writes_reports_and_resets_the_journal_views(qtbot, dialog, store, vcf,
                                                            journal_events):
    dialog.set_file(vcf)
    with qtbot.waitSignals([journal_events.sig_journal_reset, dialog.sig_imported]), \
            qtbot.waitSignal(journal_events.sig_status) as status:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert status.args == ["Imported 2 new, merged 1, rejected 1."]
    assert dialog.summary_label.text() == "Imported 2 new, merged 1, rejected 1."
    assert store.contacts.count() == 3
    assert store.contacts.get(1).title == "PM"

    again = ImportDialog(store, journal_events)  # the same file a second time
    qtbot.addWidget(again)
    again.set_file(vcf)
    assert "(0 with something new to add)" in again.summary_label.text()
    assert not again.import_button.isEnabled()  # nothing to write

    vcf.write_text(VCARDS + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dewi\r\nEND:VCARD\r\n",
                   encoding="utf-8")  # one more person
    again.set_file(vcf)
    with qtbot.waitSignal(again.sig_imported):
        qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    assert again.summary_label.text() == (
        "Imported 1 new, merged 3, rejected 1. "
        "3 of the merged already had everything in the file.")
    assert store.contacts.count() == 4
    assert not dialog.import_button.isEnabled() and not dialog.path_edit.isEnabled()
    ids = [dialog.model.outcome(r).contact_id for r in range(dialog.model.rowCount())]
    assert ids[1] == 1 and ids[0] is not None and ids[2] is None


def test_a_file_with_nothing_new_cannot_be_imported_again(qtbot, dialog, store, vcf,
                                                         journal_events):
    dialog.set_file(vcf)
    dialog.run_import()
    again = ImportDialog(store, journal_events)
    qtbot.addWidget(again)
    again.set_file(vcf)
    assert set(cells(again.model, Column.ACTION)) == {"Already there", "Rejected"}
    assert not again.import_button.isEnabled()


def test_a_file_that_cannot_be_imported_says_why(qtbot, dialog, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not contacts\n")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_file(path)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("notes.txt cannot be imported: cannot tell")
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    dialog.set_format(Format.VCARD)
    assert "BEGIN:VCARD" in dialog.error_label.text()


def test_show_only_the_rejected(dialog, vcf):
    dialog.set_file(vcf)
    dialog.show_box.setCurrentIndex(3)
    assert cells(dialog.model, Column.ACTION) == ["Rejected"]
    dialog.show_box.setCurrentIndex(0)
    assert dialog.model.rowCount() == 4


def test_a_backup_names_the_place_of_a_rejected_follow_up_in_words(dialog, tmp_path):
    from netjournal.interop.files import export_file
    from netjournal.storage import journal
    from netjournal.storage.store import Store

    with Store(tmp_path / "other.sqlite3") as other:
        sari = other.contacts.create("Sari Wijaya").id
        journal.add_follow_up(other, sari, dt.date(2026, 3, 2), "Send the deck")
        export_file(other, tmp_path / "backup.json", ExportFormat.JSON)
    backup = json.loads((tmp_path / "backup.json").read_text())
    backup["follow_ups"][0]["due_on"] = "soon"
    (tmp_path / "backup.json").write_text(json.dumps(backup))
    dialog.set_file(tmp_path / "backup.json")
    assert cells(dialog.model, Column.ACTION) == ["New", "Rejected"]
    assert cells(dialog.model, Column.WHERE)[1].startswith("follow-up 1 (id ")


def test_a_backup_import_reports_what_else_it_added(qtbot, dialog, store, tmp_path):
    from tests.conftest import run_netjournal

    # another journal, made by another process (one journal open per process)
    other = ("--data-dir", str(tmp_path / "other"))
    for line in ("Sari Wijaya !1w Send the deck", "Sari Wijaya !2w Ask about the launch"):
        assert run_netjournal("add", line, *other).returncode == 0
    made = run_netjournal("export", "--format", "json", "-o", str(tmp_path / "backup.json"),
                          *other)
    assert made.returncode == 0, made.stderr
    dialog.set_file(tmp_path / "backup.json")
    with qtbot.waitSignal(dialog.sig_imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    text = dialog.summary_label.text()
    assert text.startswith("Imported 1 new, merged 0, rejected 0. Also added (")
    assert "interactions: 2" in text and "follow-ups: " in text
    [sari] = store.contacts.find_by_name("Sari Wijaya")
    assert len(store.interactions.for_contact(sari)) == 2


def test_the_preview_model_passes_the_model_tester_and_fetches_in_chunks(
        qtmodeltester, store, tmp_path):
    text = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEND:VCARD\r\n"
                   for i in range(450))
    (tmp_path / "many.vcf").write_text(text + "BEGIN:VCARD\r\nEND:VCARD\r\n")
    from netjournal.interop.files import import_file

    report = import_file(store, tmp_path / "many.vcf", dry_run=True)
    model = PreviewModel()
    model.set_report(report)
    assert (model.rowCount(), model.total()) == (PreviewModel.CHUNK, 451)
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 451
    assert model.index(450, Column.ACTION).data(PreviewModel.ActionRole) == Action.REJECT
    assert model.index(450, Column.ACTION).data(Qt.ItemDataRole.ForegroundRole) is not None
    model.set_filter(frozenset({Action.REJECT}))
    assert (model.rowCount(), model.total()) == (1, 1)
    qtmodeltester.check(model)
    model.set_report(None)
    assert model.rowCount() == 0


@pytest.fixture
def export_dialog(qtbot, store, journal_events):
    store.contacts.save(Contact(name="Budi", details=(Detail(DetailKind.PHONE, "+62 812"),)))
    d = ExportDialog(store, journal_events)
    qtbot.addWidget(d)
    return d


def test_export_writes_the_chosen_format_and_closes(qtbot, export_dialog, tmp_path,
                                                    journal_events):
    export_dialog.set_file(tmp_path / "out.vcf")
    export_dialog.set_choice(ExportFormat.CSV)
    assert export_dialog.path_edit.text() == str(tmp_path / "out.csv")  # suffix follows
    with qtbot.waitSignal(journal_events.sig_status) as status:
        qtbot.mouseClick(export_dialog.export_button, Qt.MouseButton.LeftButton)
    assert status.args == [f"Exported 1 contact to {tmp_path / 'out.csv'}"]
    assert export_dialog.result() == QDialog.DialogCode.Accepted
    assert "'+62 812" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_export_vcard_30_and_an_unwritable_place(qtbot, export_dialog, tmp_path):
    export_dialog.set_choice(ExportFormat.VCARD, "3.0")
    export_dialog.set_file(tmp_path)  # a folder
    export_dialog.show()
    qtbot.waitExposed(export_dialog)
    assert export_dialog.run_export() is None
    assert export_dialog.error_label.isVisible() and "cannot be written" in \
        export_dialog.error_label.text()
    export_dialog.set_file(tmp_path / "b.vcf")
    assert export_dialog.run_export() == tmp_path / "b.vcf"
    assert b"VERSION:3.0" in (tmp_path / "b.vcf").read_bytes()


def test_export_proposes_a_folder_that_exists_on_a_fresh_machine(qtbot, store, journal_events,
                                                                 tmp_path, monkeypatch):
    home = tmp_path / "fresh-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # no Documents folder yet
    dialog = ExportDialog(store, journal_events)
    qtbot.addWidget(dialog)
    proposed = Path(dialog.path_edit.text())
    assert proposed.parent.is_dir() and proposed.parent.is_relative_to(home)
    store.contacts.save(Contact(name="Budi"))
    assert dialog.run_export() == proposed and proposed.is_file()
