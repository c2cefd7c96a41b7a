"""Contact photos from files: decoded once, at most 512 px a side, stored as JPEG or PNG.

A photo in an address book can be a camera's full 20 MB original; the card shows it a
few hundred pixels wide. Keeping it small keeps the journal, its backups and its exports
small, and every later read fast.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SIDE = 512
"""The longest side of a stored photo, in pixels."""
MAX_PIXELS = 80_000_000
"""A bigger picture is refused unread: it would take gigabytes to decode (a "bomb")."""
JPEG_QUALITY = 88


class PhotoError(ValueError):
    """The bytes are not a picture that can be used; the message says why."""


def fit_photo(data: bytes) -> bytes:
    """``data`` as a photo to store: JPEG (or PNG when it has transparency), at most
    :data:`MAX_SIDE` pixels a side, turned upright by its EXIF orientation. A JPEG or PNG
    that already fits is kept byte for byte.

    Raises:
        PhotoError: not a picture Pillow can read, or one too large to decode.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise PhotoError(f"it is {width} × {height} pixels, too large to read")
                if image.format in ("JPEG", "PNG") and max(width, height) <= MAX_SIDE \
                        and _upright(image):
                    return data
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a smaller scale
                picture = ImageOps.exif_transpose(image)
                picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
                return _encode(picture)
    except PhotoError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as e:
        raise PhotoError("it is not a picture NetJournal can read") from e
    except (OSError, ValueError, SyntaxError, EOFError) as e:  # Pillow's damaged-file errors
        raise PhotoError(f"the picture is damaged ({e})") from e


def _upright(image: Image.Image) -> bool:
    return bool(image.getexif().get(0x0112, 1) == 1)  # EXIF Orientation: already upright


def _encode(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    if picture.mode in ("RGBA", "LA", "PA") or (
            picture.mode == "P" and "transparency" in picture.info):
        picture.save(out, "PNG", optimize=True)
    else:
        picture.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()
