"""The summary as a text document that loads nothing, trimmed until it fits one page.

:class:`SummaryDocument` serves exactly one resource, the contact's own photo (or a
monogram drawn in memory) under :data:`~netjournal.report.html.PHOTO_URL`; any other
URL, local or remote, gets nothing. :func:`fit` lays the page out on the device it will
be painted on and tries budgets, most generous first, until the page count is one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from netjournal.domain.people import initials
from netjournal.report import ReportError
from netjournal.report.data import SummaryData
from netjournal.report.html import ACCENT, BOX, LEVELS, PHOTO_URL, STYLE, Budget, build
from netjournal.report.words import Words

# Latin first (Noto Sans where installed, else DejaVu Sans, both cover Indonesian and
# accented names), then CJK. Droid Sans Fallback comes before Noto Sans CJK on purpose:
# Noto CJK maps Kangxi radicals and ideographs such as 小 to one glyph, and Qt's PDF
# writer then gives the radical (U+2F29) to text extraction, so copying or searching a
# name like 王小明 fails. Droid Sans Fallback has no radicals, so the text survives.
# WORKAROUND for https://github.com/wkhtmltopdf/wkhtmltopdf/issues/4414 (Qt's ToUnicode
# map picks the lowest code point of a shared glyph).
FONT_FAMILIES = ("Noto Sans", "DejaVu Sans", "Droid Sans Fallback", "Noto Sans CJK SC")
BASE_POINT_SIZE = 9.0
PHOTO_PIXELS = 256  # the photo's side in the document; shown at about 19 mm


def require_gui() -> None:
    """Fonts need a QGuiApplication: fail with a message rather than crash without one."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise ReportError("printing needs a QGuiApplication (fonts); create one first")


def base_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    """The page's font: the family list above, without ligatures.

    Ligatures are off because Qt's PDF writer maps a ligature glyph to its own code
    point: "fi" would come back from the PDF as "ﬁ" (U+FB01), and a name or an address
    copied from the page would not match the original.
    """
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(point_size)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag.fromString(tag), 0)
    return font


class SummaryDocument(QTextDocument):
    """A text document whose only resource is the photo it was given.

    Two locks, since Qt's own image handler reads any ``<img src>`` it finds from disk
    by itself when the document has no resource of that name: :meth:`loadResource`
    serves the photo's internal URL and nothing else, and :class:`_ImageHandler`
    replaces Qt's image handler, so images come only from :meth:`loadResource`.
    ``requested`` records every URL the document was asked for, so tests can prove
    that nothing else was ever looked up.
    """

    def __init__(self, photo: QImage | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._photo = photo
        self.requested: list[str] = []
        self._images = _ImageHandler(self)
        self.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject.value,
                                              self._images)
        self.documentLayoutChanged.connect(self._on_document_layout_changed)

    def _on_document_layout_changed(self) -> None:
        self.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject.value,
                                              self._images)

    def loadResource(self, type: int, name: QUrl | str) -> object:
        url = name.toString() if isinstance(name, QUrl) else name
        self.requested.append(url)
        if (int(type) == QTextDocument.ResourceType.ImageResource.value
                and url == PHOTO_URL and self._photo is not None):
            return self._photo
        return None

    def image(self, name: str) -> QImage | None:
        """The image an ``<img src>`` names, through :meth:`loadResource` only."""
        found = self.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        return found if isinstance(found, QImage) and not found.isNull() else None


class _ImageHandler(QPyTextObject):
    """Draws a document's images from its resources; never opens a file or a URL."""

    def __init__(self, doc: SummaryDocument) -> None:
        super().__init__(doc)
        self._doc = doc

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        image_format = fmt.toImageFormat()
        image = self._doc.image(image_format.name())
        if image is None:
            return QSizeF(0, 0)
        width = image_format.width() if image_format.hasProperty(
            QTextFormat.Property.ImageWidth) else image.width()
        height = image_format.height() if image_format.hasProperty(
            QTextFormat.Property.ImageHeight) else image.height()
        # HTML pixels are 1/96 inch, as in Qt's own handler.
        device = doc.documentLayout().paintDevice()
        scale = device.logicalDpiY() / 96 if device is not None else 1.0
        return QSizeF(width * scale, height * scale)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument,
                   pos: int, fmt: QTextFormat) -> None:
        image = self._doc.image(fmt.toImageFormat().name())
        if image is not None:
            painter.drawImage(QRectF(rect), image)


def _square(image: QImage, side: int) -> QImage:
    """The centre of ``image`` cut to a square and scaled to ``side`` pixels."""
    edge = min(image.width(), image.height())
    x = (image.width() - edge) // 2
    y = (image.height() - edge) // 2
    return image.copy(x, y, edge, edge).scaled(
        side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation)


def _round(image: QImage) -> QImage:
    """``image`` inside a circle, transparent around it."""
    side = image.width()
    out = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, side, side))
    painter.setClipPath(path)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def monogram(name: str, side: int = PHOTO_PIXELS) -> QImage:
    """A quiet round badge with the contact's initials, for cards without a photo."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(BOX)))
    painter.drawEllipse(QRectF(0, 0, side, side))
    font = base_font()
    font.setPixelSize(int(side * 0.36))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor(ACCENT))
    painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, initials(name) or "?")
    painter.end()
    return image


def photo_image(data: SummaryData) -> QImage:
    """The contact's stored photo, round; a monogram if there is none or it is unreadable."""
    if data.contact.photo:
        image = QImage.fromData(data.contact.photo)
        if not image.isNull():
            return _round(_square(image.convertToFormat(QImage.Format.Format_ARGB32),
                                  PHOTO_PIXELS))
    return monogram(data.contact.name)


@dataclass
class FittedPage:
    """A summary laid out to fit one page."""

    document: SummaryDocument
    budget: Budget
    left_out: list[str]


def lay_out(data: SummaryData, budget: Budget, words: Words, device: QPaintDevice,
            size: QSizeF, photo: QImage | None) -> FittedPage:
    """Lay the page out within ``budget`` on ``device``, ``size`` in device pixels."""
    doc = SummaryDocument(photo)
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(base_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setPageSize(size)
    page = build(data, budget, words, has_photo=photo is not None)
    doc.setHtml(page.html)
    return FittedPage(doc, budget, page.left_out)


def fit(data: SummaryData, words: Words, device: QPaintDevice, size: QSizeF,
        photo: QImage | None = None) -> FittedPage:
    """The most generous budget whose page fits on one page of ``size``.

    Budgets only shrink from one level to the next, so a binary search over
    :data:`LEVELS` finds it in a few layouts. Raises ``ReportError`` if even the
    smallest does not fit (a page far too small).
    """
    first = lay_out(data, LEVELS[0], words, device, size, photo)
    if first.document.pageCount() == 1:
        return first
    last = lay_out(data, LEVELS[-1], words, device, size, photo)
    if last.document.pageCount() != 1:
        raise ReportError("the page is too small for the summary")
    lo, hi = 0, len(LEVELS) - 1  # LEVELS[lo] does not fit, LEVELS[hi] does
    best = last
    while hi - lo > 1:
        mid = (lo + hi) // 2
        attempt = lay_out(data, LEVELS[mid], words, device, size, photo)
        if attempt.document.pageCount() == 1:
            hi, best = mid, attempt
        else:
            lo = mid
    return best
