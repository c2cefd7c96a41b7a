"""Painting summaries, one page per contact, on a PDF writer or a printer.

The page size follows the choice if one was made (``A4`` or ``Letter``), else the
locale: Letter in the United States, Canada and the other countries that use it, A4
elsewhere. :func:`paint` works on any paged device (a ``QPdfWriter``, or a ``QPrinter``
in the print preview); :func:`pdf_bytes` and :func:`write_pdf` make a PDF file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from netjournal.paths import atomic_write
from netjournal.report import ReportError
from netjournal.report.data import SummaryData
from netjournal.report.document import FittedPage, base_font, fit, photo_image, require_gui
from netjournal.report.html import MUTED, RULE
from netjournal.report.words import Words, fill, translate

RESOLUTION = 600  # dots per inch of the PDF writer's coordinates (text stays vector)
MARGINS_MM = QMarginsF(16, 14, 16, 12)  # left, top, right, bottom
FOOTER_POINT_SIZE = 7.0

# Countries that print on Letter although most of them measure in metric.
LETTER_TERRITORIES = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia,
    QLocale.Country.Venezuela, QLocale.Country.Guatemala, QLocale.Country.CostaRica,
    QLocale.Country.Panama, QLocale.Country.PuertoRico, QLocale.Country.Belize,
    QLocale.Country.DominicanRepublic, QLocale.Country.ElSalvador,
    QLocale.Country.Nicaragua,
})
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def page_size_for(choice: str = "", locale: QLocale | None = None) -> QPageSize:
    """The page size chosen (``A4``/``Letter``, any case), else the locale's."""
    if choice:
        try:
            return QPageSize(PAGE_SIZES[choice.strip().lower()])
        except KeyError:
            raise ReportError(f"unknown page size {choice!r}: use A4 or Letter") from None
    locale = locale if locale is not None else QLocale()
    if (locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
            or locale.territory() in LETTER_TERRITORIES):
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_layout(size: QPageSize) -> QPageLayout:
    return QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


def _footer_height(device: QPagedPaintDevice) -> float:
    metrics = QFontMetricsF(base_font(FOOTER_POINT_SIZE), device)
    return metrics.height() * 2.4


def _paint_footer(painter: QPainter, device: QPagedPaintDevice, height: float,
                  words: Words, now: dt.datetime) -> None:
    width, bottom = float(device.width()), float(device.height())
    top = bottom - height * 0.62
    pen = QPen(QColor(RULE))
    pen.setWidthF(device.logicalDpiY() / 144)  # half a point
    painter.setPen(pen)
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    painter.setFont(base_font(FOOTER_POINT_SIZE))
    painter.setPen(QColor(MUTED))
    box = QRectF(0, top, width, bottom - top)
    align = Qt.AlignmentFlag.AlignBottom
    painter.drawText(box, align | Qt.AlignmentFlag.AlignLeft,
                     fill(translate("report", "Printed %1"), words.moment(now)))
    painter.drawText(box, align | Qt.AlignmentFlag.AlignRight,
                     translate("report", "NetJournal · private notes, keep safe"))


def paint(device: QPagedPaintDevice, summaries: Sequence[SummaryData],
          words: Words | None = None) -> list[FittedPage]:
    """Paint one page per summary on ``device``; return the pages as laid out.

    The device's page layout (size and margins) must be set before; its paint
    rectangle is the page's frame, the footer sits at its foot.
    """
    require_gui()
    if not summaries:
        raise ReportError("nothing to print")
    words = words if words is not None else Words()
    footer = _footer_height(device)
    size = QSizeF(device.width(), device.height() - footer)
    pages = []
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError("cannot start painting on the printer or the PDF file")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, data in enumerate(summaries):
            if number and not device.newPage():
                raise ReportError("cannot start a new page")
            page = fit(data, words, device, size, photo_image(data))
            page.document.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
            _paint_footer(painter, device, footer, words, data.now)
            pages.append(page)
    finally:
        painter.end()
    return pages


def pdf_bytes(summaries: Sequence[SummaryData], *, page_size: QPageSize,
              words: Words | None = None) -> tuple[bytes, list[FittedPage]]:
    """The PDF of ``summaries``, one page each, and the pages as laid out."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(page_size))
    writer.setCreator("NetJournal")
    if len(summaries) == 1:
        writer.setTitle(summaries[0].contact.name)
    else:
        writer.setTitle(translate("report", "Contact summaries"))
    pages = paint(writer, summaries, words)  # ending the painter writes the whole file
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(path: Path, summaries: Sequence[SummaryData], *, page_size: QPageSize,
              words: Words | None = None) -> list[FittedPage]:
    """Write the PDF atomically (0600): the old file or the new one, never half of one.

    Returns the pages as laid out (``left_out`` says what each had to leave out).
    """
    content, pages = pdf_bytes(summaries, page_size=page_size, words=words)
    with atomic_write(path, "wb") as fh:
        fh.write(content)
    return pages
