"""Indonesian, accented and CJK names render, with their fonts embedded."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from netjournal.report.document import FONT_FAMILIES
from tests.report.helpers import flat, pdf_fonts, pdf_pages, pdf_text

NAMES = (
    "Siti Nurhaliza binti Tarudin",  # Indonesian / Malay
    "I Gusti Ayu Ngurah Putri",  # Balinese
    "Ségolène Lefèvre-Çelik",  # accented Latin
    "Nguyễn Thị Minh Khai",  # Vietnamese: stacked diacritics
    "Łukasz Żółkiewski",  # Polish
    "王小明",  # Chinese, with 小: a glyph Noto CJK shares with a Kangxi radical
    "田中太郎",  # Japanese
    "김민준",  # Korean
)


def test_some_listed_fonts_are_installed(qapp):
    installed = set(QFontDatabase.families())
    assert installed & set(FONT_FAMILIES[:2]), "install fonts-dejavu-core or Noto Sans"
    assert installed & set(FONT_FAMILIES[2:]), "install fonts-noto-cjk"


@pytest.mark.parametrize("name", NAMES)
def test_names_in_every_script_come_back_from_the_pdf(store, render, name):
    cid = store.contacts.create(name, company="Kopi Kenangan", interests=f"{name} likes kopi").id
    path, _ = render(cid)
    assert pdf_pages(path) == 1
    text = flat(pdf_text(path))
    if name == "王小明" and "Droid Sans Fallback" not in QFontDatabase.families():
        pytest.fail("install fonts-droid-fallback: with Noto CJK alone, Qt's PDF maps 小 "
                    "to the Kangxi radical ⼩ and the name cannot be copied or searched")
    assert name in text
    assert f"{name} likes kopi" in text


def test_fonts_are_embedded(store, render):
    ids = [store.contacts.create(name).id for name in NAMES]
    path, _ = render(*ids)
    fonts = pdf_fonts(path)
    assert len(fonts) >= 2, fonts  # a Latin face and a CJK one at least
    assert [name for name, inside in fonts.items() if not inside] == []  # all travel along
