"""The round avatar: the contact's photo, or their initials on a calm colour."""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from netjournal.domain.people import initials
from netjournal.ui.contact.formatting import fill

PHOTO_SIZE = 256  # stored photos are square, this many pixels a side
JPEG_QUALITY = 88
MAX_PHOTO_BYTES = 20 * 1024 * 1024  # refuse to decode anything larger

# Muted colours that keep white initials readable (contrast >= 4.5:1).
_COLOURS = ("#3f6f8f", "#5b6b8c", "#7a5c8e", "#8a5a6a", "#2f7a6b", "#6b7040", "#8a5b3c",
            "#4d6f5c")


class PhotoError(Exception):
    """A chosen file cannot be used as a photo; the message says why, in words."""


def photo_from_file(path: Path) -> bytes:
    """Read an image file, crop it to a centred square, scale it and encode it.

    Photos with transparency are stored as PNG, others as JPEG. EXIF rotation is
    applied. Raises :class:`PhotoError` when the file is not an image Qt can read.
    """
    try:
        size = path.stat().st_size
    except OSError as e:
        text = QCoreApplication.translate("contact", "%1 cannot be opened: %2")
        raise PhotoError(fill(text, path.name, e.strerror or "")) from e
    if size > MAX_PHOTO_BYTES:
        text = QCoreApplication.translate("contact", "%1 is larger than 20 MB.")
        raise PhotoError(fill(text, path.name))
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        text = QCoreApplication.translate("contact",
                                          "%1 is not a picture NetJournal can read (%2).")
        raise PhotoError(fill(text, path.name, reader.errorString()))
    return encode_photo(image)


def encode_photo(image: QImage) -> bytes:
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    if side > PHOTO_SIZE:
        square = square.scaled(PHOTO_SIZE, PHOTO_SIZE, Qt.AspectRatioMode.IgnoreAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if square.hasAlphaChannel():
        square.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs want bytes
    else:
        square.convertToFormat(QImage.Format.Format_RGB32).save(
            buffer, "JPEG", JPEG_QUALITY)  # type: ignore[call-overload]  # runtime wants str
    buffer.close()
    return bytes(data.data())


def colour_for(name: str) -> QColor:
    """A stable colour per name (the same person always gets the same one)."""
    return QColor(_COLOURS[zlib.crc32(name.casefold().encode()) % len(_COLOURS)])


def avatar_pixmap(name: str, photo: bytes | None, side: int, ratio: float = 1.0) -> QPixmap:
    """A round ``side``-pixel avatar (``ratio``: the screen's device pixel ratio)."""
    px = max(1, round(side * ratio))
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, px, px))
    image = QImage()
    if photo:
        image.loadFromData(photo)
    if not image.isNull():
        painter.setClipPath(path)
        painter.drawImage(QRectF(0, 0, px, px), image)
    else:
        painter.fillPath(path, colour_for(name or "?"))
        font = QFont()
        font.setPixelSize(max(6, int(px * 0.38)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, px, px), Qt.AlignmentFlag.AlignCenter,
                         initials(name) or "?")
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class Avatar(QWidget):
    """Shows :func:`avatar_pixmap` at a fixed size."""

    def __init__(self, side: int = 64, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side = side
        self._name = ""
        self._photo: bytes | None = None
        self._pixmap: QPixmap | None = None
        self.setFixedSize(side, side)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_person(self, name: str, photo: bytes | None) -> None:
        if (name, photo) != (self._name, self._photo):
            self._name, self._photo = name, photo
            self._pixmap = None
            self.update()

    def has_photo(self) -> bool:
        return bool(self._photo)

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: object) -> None:
        ratio = self.devicePixelRatioF()
        if self._pixmap is None or self._pixmap.devicePixelRatio() != ratio:
            self._pixmap = avatar_pixmap(self._name, self._photo, self._side, ratio)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        painter.end()
