"""The recovery sheet: one printable page with the key that opens a forgotten journal.

Made through the summary's own pieces (its font, page size, margins and the document
that loads no outside resource), every value escaped.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSizeF
from PySide6.QtGui import QPainter, QPdfWriter

from netjournal.paths import atomic_write
from netjournal.report import ReportError
from netjournal.report.document import SummaryDocument, base_font, require_gui
from netjournal.report.html import esc
from netjournal.report.pdf import RESOLUTION, page_layout, page_size_for
from netjournal.report.words import Words, fill, translate


def sheet_html(recovery_key: str, journal: Path, now: dt.datetime, words: Words) -> str:
    """The page as HTML; the key in large monospaced groups."""
    title = translate("report", "NetJournal recovery key")
    lines = [
        translate("report", "This key opens your encrypted journal when its passphrase is "
                            "forgotten. Anyone who holds it and a copy of the journal can "
                            "read the journal."),
        translate("report", "Keep this page somewhere safe, away from the computer (not in "
                            "the same bag or the same cloud folder). Do not keep a photo "
                            "or a copy of it on the computer."),
        translate("report", "To use it: netjournal change-passphrase --with-recovery-key, "
                            "then give a new passphrase."),
    ]
    return (
        f"<h2>{esc(title)}</h2>"
        f"<p style='font-family: monospace; font-size: 20pt; font-weight: bold;'>"
        f"{esc(recovery_key)}</p>"
        + "".join(f"<p>{esc(line)}</p>" for line in lines)
        + f"<p><small>{esc(fill(translate('report', 'Journal: %1'), journal))}<br/>"
        f"{esc(fill(translate('report', 'Made %1'), words.moment(now)))}</small></p>")


def pdf_bytes(recovery_key: str, journal: Path, *, page_size: str = "",
              now: dt.datetime | None = None) -> bytes:
    """The one-page PDF of the recovery sheet."""
    require_gui()
    now = now or dt.datetime.now(dt.UTC)
    words = Words()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(page_size_for(page_size)))
    writer.setCreator("NetJournal")
    writer.setTitle(translate("report", "NetJournal recovery key"))
    document = SummaryDocument()
    document.setDefaultFont(base_font(11.0))
    document.setHtml(sheet_html(recovery_key, journal, now, words))
    size = QSizeF(writer.width(), writer.height())
    document.setPageSize(size)
    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError("cannot start painting on the PDF file")
    try:
        scale = writer.logicalDpiY() / 96
        painter.scale(scale, scale)
        document.setPageSize(QSizeF(size.width() / scale, size.height() / scale))
        document.drawContents(painter, QRectF(0, 0, size.width() / scale,
                                              size.height() / scale))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_pdf(path: Path, recovery_key: str, journal: Path, *, page_size: str = "") -> None:
    """Write the recovery sheet atomically (0600)."""
    content = pdf_bytes(recovery_key, journal, page_size=page_size)
    with atomic_write(path, "wb") as fh:
        fh.write(content)
