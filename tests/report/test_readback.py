"""The tests' PDF reader can fail: it sees fonts that are not embedded."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import ContentStream, DictionaryObject, NameObject

from tests.report.helpers import pdf_fonts, pdf_images, pdf_pages, pdf_paper, pdf_text


def _font(name: str) -> DictionaryObject:
    return DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject(name)})


def handmade(path: Path, content: bytes) -> Path:
    """A Letter page drawing ``content`` with Helvetica (/F1) and its bold (/F2), neither
    embedded, as a PDF made by anything but Qt may have them."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    fonts = DictionaryObject({NameObject("/F1"): _font("/Helvetica"),
                              NameObject("/F2"): _font("/Helvetica-Bold")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    stream = ContentStream(None, None)
    stream.set_data(content)
    page.replace_contents(stream)
    with path.open("wb") as f:
        writer.write(f)
    return path


def test_fonts_that_do_not_travel_with_the_pdf_are_seen(tmp_path):
    path = handmade(tmp_path / "a.pdf", b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET")
    assert pdf_fonts(path) == {"/Helvetica": False, "/Helvetica-Bold": False}
    assert (pdf_pages(path), pdf_paper(path), pdf_images(path)) == (1, "Letter", [])
    assert pdf_text(path) == "Hello"
