"""Photos from address books: decoded once, at most 512 px, stored as JPEG or PNG."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from netjournal.interop.photos import MAX_SIDE, PhotoError, fit_photo
from netjournal.interop.vcard_lines import RawCard, logical_lines
from netjournal.interop.vcard_read import read_vcards

# Every test here runs on the SQLite file and on a PostgreSQL server.
pytestmark = pytest.mark.usefixtures("engine")


def picture(size: tuple[int, int], fmt: str = "JPEG", mode: str = "RGB",
            orientation: int | None = None) -> bytes:
    image = Image.new(mode, size, (200, 30, 30, 128)[:len(mode)])
    image.paste((10, 200, 10, 255)[:len(mode)], (0, 0, size[0] // 2, size[1] // 4))
    out = io.BytesIO()
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, fmt, exif=exif)
    else:
        image.save(out, fmt)
    return out.getvalue()


def shape(data: bytes) -> tuple[str | None, tuple[int, int]]:
    with Image.open(io.BytesIO(data)) as image:
        return image.format, image.size


def test_a_big_photo_is_scaled_to_512_keeping_its_proportions():
    assert shape(fit_photo(picture((3000, 2000)))) == ("JPEG", (MAX_SIDE, 341))


def test_a_photo_with_transparency_stays_a_png():
    assert shape(fit_photo(picture((1024, 1024), "PNG", "RGBA"))) == ("PNG", (512, 512))


def test_another_format_becomes_a_jpeg():
    assert shape(fit_photo(picture((100, 80), "BMP"))) == ("JPEG", (100, 80))


def test_a_small_jpeg_or_png_is_kept_byte_for_byte():
    for data in (picture((300, 300)), picture((64, 64), "PNG")):
        assert fit_photo(data) == data


def test_a_photo_taken_sideways_is_turned_upright():
    assert shape(fit_photo(picture((400, 200), orientation=6))) == ("JPEG", (200, 400))


@pytest.mark.parametrize("data", [b"not a picture", picture((600, 600))[:400]])
def test_what_is_not_a_picture_is_refused_in_words(data):
    with pytest.raises(PhotoError):
        fit_photo(data)


def _card(photo: bytes, per_line: int = 74) -> bytes:
    text = base64.b64encode(photo).decode("ascii")
    folded = "\r\n ".join(text[i:i + per_line] for i in range(0, len(text), per_line))
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo Person\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n").encode("ascii")


def test_a_vcard_photo_is_stored_scaled():
    result = read_vcards(_card(picture((2400, 1800))))
    (candidate,) = result.candidates
    assert candidate.contact.photo is not None
    assert shape(candidate.contact.photo) == ("JPEG", (512, 384))


def test_a_vcard_photo_that_is_no_picture_is_left_out_with_a_note():
    result = read_vcards(_card(b"\x00" * 3000))
    (candidate,) = result.candidates
    assert candidate.contact.photo is None
    assert [w.reason for w in result.warnings] == [
        "the photo on line 4 was left out: it is not a picture NetJournal can read"]


def test_a_value_of_many_folded_lines_is_joined_whole():
    """The unfolding gathers pieces and joins once (it used to copy the value per line)."""
    pieces = [f"{i:08d}" for i in range(50_000)]
    card = RawCard(index=1, line=1)
    card.lines.append((2, b"NOTE:" + pieces[0].encode()))
    card.lines.extend((3 + i, b" " + p.encode()) for i, p in enumerate(pieces[1:]))
    card.lines.append((60_000, b"FN:x\\"))
    card.lines.append((60_001, b"second line"))
    lines = logical_lines(card)
    assert lines[0][1] == b"NOTE:" + "".join(pieces).encode()
    assert lines[1][1] == b"FN:x\nsecond line"
