"""Exporting: vCard 4.0 and 3.0 any address book reads back, and a spreadsheet-safe CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from netjournal.domain.values import Contact, Detail, DetailKind
from netjournal.interop import InteropError, vcard_write
from netjournal.interop.csv_write import HEADER, neutralise
from netjournal.interop.files import ExportFormat, export_file, import_file
from netjournal.paths import DataDir
from netjournal.storage.store import Store

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")


def _png() -> bytes:
    """A real (tiny) PNG: photos are read as pictures, and one this small is kept as is."""
    out = io.BytesIO()
    Image.new("RGB", (4, 3), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


PNG = _png()


def fill(store):
    store.contacts.save(Contact(
        name="Budi Santoso", company="Tokopedia, Tbk", title="PM; Payments",
        notes="Met at JakartaJS.\nLikes kopi, dogs", birthday=dt.date(1988, 4, 5), photo=PNG,
        tags=("fintech", "jakartajs"),
        details=(Detail(DetailKind.EMAIL, "budi@tokopedia.com", "work"),
                 Detail(DetailKind.PHONE, "+62 812 1111 2222", "mobile"),
                 Detail(DetailKind.PHONE, "021 555 1234", "work fax"),
                 Detail(DetailKind.LINK, "https://www.linkedin.com/in/budi", "linkedin"),
                 Detail(DetailKind.ADDRESS, "Jl. Sudirman 1, Jakarta", "work"))))
    store.contacts.save(Contact(name="安藤 ロイド", details=(
        Detail(DetailKind.EMAIL, "ando@example.jp"),)))
    store.contacts.delete(store.contacts.create("In The Bin").id)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcards_parse_and_import_back_as_the_same_people(store, tmp_path, version):
    fill(store)
    path = tmp_path / "out.vcf"
    assert export_file(store, path, ExportFormat.VCARD, vcard_version=version) == 2
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert [c.version.value for c in cards] == [version, version]
    assert [c.fn.value for c in cards] == ["Budi Santoso", "安藤 ロイド"]
    assert cards[1].n.value.family == "安藤"
    photo = cards[0].photo
    if version == "4.0":
        # (vobject itself keeps only the part before the comma of a data: URI)
        assert b"\r\nPHOTO:data:image/png;base64,iVBORw0KGgo" in path.read_bytes()
        assert [t.type_param for t in cards[0].tel_list] == ["cell", "work"]
    else:
        assert photo.value == PNG and photo.type_param == "PNG"

    with Store.open(DataDir(tmp_path / "back")) as back:
        report = import_file(back, path)
        assert (report.imported, report.merged, report.rejected) == (2, 0, ())
        budi = back.contacts.get(report.outcomes[0].contact_id)
    original = store.contacts.get(1)
    for name in ("name", "company", "title", "notes", "birthday", "photo", "tags"):
        assert getattr(budi, name) == getattr(original, name), name
    for kind in DetailKind:  # vCards list properties by name: each kind keeps its order
        assert [(d.value, d.label) for d in budi.details_of(kind)] == [
            (d.value, d.label) for d in original.details_of(kind)]


def test_an_unknown_vcard_version_is_refused():
    with pytest.raises(InteropError, match=r"2\.1"):
        vcard_write.card(Contact(name="A"), "2.1")


@pytest.mark.parametrize("cell", ["=1+1", "+62 812", "-2", "@SUM(A1)", "\tx", "\rx",
                                  "=HYPERLINK(\"http://evil\")"])
def test_cells_a_spreadsheet_would_run_are_neutralised(cell):
    assert neutralise(cell) == "'" + cell


@given(st.text(max_size=30))
def test_neutralised_cells_never_start_like_a_formula(cell):
    out = neutralise(cell)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert out in (cell, "'" + cell)


def test_csv_has_a_row_per_live_contact_and_no_formula(store, tmp_path):
    fill(store)
    store.contacts.create("=cmd|' /C calc'!A0", notes="@risky", tags=("-x",))
    path = tmp_path / "out.csv"
    assert export_file(store, path, ExportFormat.CSV) == 3
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == list(HEADER)
    by_name = {r[0]: dict(zip(HEADER, r, strict=True)) for r in rows[1:]}
    budi = by_name["Budi Santoso"]
    assert budi["Emails"] == "budi@tokopedia.com (work)"
    assert budi["Phones"] == "'+62 812 1111 2222 (mobile); 021 555 1234 (work fax)"
    assert (budi["Tags"], budi["Birthday"]) == ("fintech; jakartajs", "1988-04-05")
    assert budi["Notes"] == "Met at JakartaJS.\nLikes kopi, dogs"
    evil = by_name["'=cmd|' /C calc'!A0"]
    assert (evil["Notes"], evil["Tags"]) == ("'@risky", "'-x")
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_exports_are_private_files(store, tmp_path):
    fill(store)
    for fmt in (ExportFormat.VCARD, ExportFormat.CSV, ExportFormat.JSON):
        path = tmp_path / f"out.{fmt.value}"
        export_file(store, path, fmt)
        assert path.stat().st_mode & 0o777 == 0o600
