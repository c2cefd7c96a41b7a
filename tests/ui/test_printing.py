"""Printing from the GUI: the print preview and Export PDF, one page per contact."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netjournal.settings import Settings
from netjournal.ui.events import JournalEvents
from netjournal.ui.printing import SummaryPrinter, default_file_name
from tests.report.helpers import NOW, flat, make_budi, pdf_pages, pdf_text

# Qt's offscreen platform warns "This plugin does not support propagateSizeHints()"
# whenever a shown top-level window's size hints change.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def printer(store, window):  # type: ignore[no-untyped-def]
    return SummaryPrinter(store, JournalEvents(), Settings(page_size="A4"), window,
                          clock=lambda: NOW)


def test_export_pdf_writes_one_page_per_contact(store, printer, qtbot, tmp_path):
    budi = make_budi(store)
    ayu = store.contacts.create("Ayu Lestari").id
    out = tmp_path / "two.pdf"
    with qtbot.waitSignal(printer.sig_exported) as exported:
        assert printer.export_pdf([budi, ayu], out) == out
    assert exported.args == [str(out)]
    assert pdf_pages(out) == 2
    assert "Budi Santoso" in pdf_text(out, page=1)
    assert "Ayu Lestari" in pdf_text(out, page=2)


def test_export_asks_where_and_adds_the_extension(store, printer, monkeypatch, tmp_path):
    cid = store.contacts.create("Made Wirawan").id
    asked = []

    def save_as(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "made"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert printer.export_pdf([cid]) == tmp_path / "made.pdf"
    assert asked[0].endswith("Made Wirawan - summary.pdf")
    assert "Made Wirawan" in flat(pdf_text(tmp_path / "made.pdf"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert printer.export_pdf([cid]) is None  # cancelled


def test_export_says_so_when_it_cannot_write(store, printer, monkeypatch, tmp_path):
    cid = store.contacts.create("Made Wirawan").id
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warnings.append(text))
    (tmp_path / "a-file").write_text("not a folder")
    assert printer.export_pdf([cid], tmp_path / "a-file" / "x.pdf") is None
    assert warnings and "could not be written" in warnings[0]
    assert printer.export_pdf([424242], tmp_path / "y.pdf") is None
    assert warnings[-1] == "There is no contact to export."


def test_print_preview_shows_a_page_per_contact(store, printer, qtbot):
    ids = [make_budi(store), store.contacts.create("Ayu Lestari").id]
    dialog = printer.preview_dialog(ids)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 2)
    assert dialog.windowTitle() == "Print 2 contact summaries"
    dialog.close()


def test_default_file_names():
    assert default_file_name(["Budi Santoso"]) == "Budi Santoso - summary.pdf"
    assert default_file_name(['a/b\\c:"<x>"']) == "a b c x - summary.pdf"
    assert default_file_name(["..."]) == "contact summaries.pdf"
    assert default_file_name(["A", "B"]) == "contact summaries.pdf"


def test_several_contacts_selected_in_the_list_print_one_page_each(
        store, qtbot, make_main_window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    ids = [store.contacts.create(name).id
           for name in ("Ayu Lestari", "Bayu Setiawan", "Citra Kirana", "Dewi Sartika")]
    window = make_main_window()
    pane = window.contact_list
    pane.refresh()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 4)
    saved_to = iter([tmp_path / "one.pdf", tmp_path / "three.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(next(saved_to)), "PDF documents (*.pdf)"))

    def click(contact_id, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
        rect = pane.view.visualRect(pane.model.index(pane.model.row_of(contact_id), 0))
        qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                         rect.center())

    click(ids[1])
    assert window.card.contact_id() == ids[1]
    window.actions.export_pdf.trigger()  # one selected: the card's contact only
    assert pdf_pages(tmp_path / "one.pdf") == 1
    assert "Bayu Setiawan" in pdf_text(tmp_path / "one.pdf")

    click(ids[0], Qt.KeyboardModifier.ControlModifier)
    click(ids[3], Qt.KeyboardModifier.ControlModifier)
    assert pane.selected_contact_ids() == [ids[0], ids[1], ids[3]]
    assert window.card.contact_id() == ids[3]  # the card follows the last click
    window.actions.export_pdf.trigger()
    out = tmp_path / "three.pdf"
    assert pdf_pages(out) == 3
    for page, name in enumerate(("Ayu Lestari", "Bayu Setiawan", "Dewi Sartika"), start=1):
        assert name in pdf_text(out, page=page)
    assert "Citra Kirana" not in pdf_text(out)
