"""Import a vCard with a 2 MB photo and one with a 20 MB photo, next to a floor.

The floor is what cannot be avoided: reading the file and decoding its base64 once. The
import (read, unfold, decode, scale to 512 px, store) should grow with the size like the
floor does: the ratio 20 MB / 2 MB of the import should be about 10, not 100.
Run: ``.venv/bin/python benchmarks/bench_photo.py``.
"""

from __future__ import annotations

import base64
import io
import os
import tempfile
import time
from pathlib import Path

from PIL import Image

from netjournal.interop.files import import_file
from netjournal.paths import DataDir
from netjournal.storage.store import Store


def card_with_photo(megabytes: int) -> bytes:
    """A vCard 3.0 whose JPEG photo (random pixels, which compress badly) is that big."""
    side = int((megabytes * 1024 * 1024 / 1.2) ** 0.5)
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=95)
    text = base64.b64encode(buf.getvalue()).decode("ascii")
    folded = "\r\n ".join(text[i:i + 74] for i in range(0, len(text), 74))
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo Person\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n").encode("ascii")


def main() -> None:
    times: dict[int, tuple[float, float, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (2, 20):
            path = Path(tmp) / f"photo{mb}.vcf"
            path.write_bytes(card_with_photo(mb))
            started = time.perf_counter()
            raw = path.read_bytes()
            base64.b64decode(b"".join(raw.split(b"PHOTO;ENCODING=b;TYPE=JPEG:")[1]
                                      .split(b"\r\nEND")[0].split(b"\r\n ")))
            floor = time.perf_counter() - started
            with Store.open(DataDir(Path(tmp) / f"j{mb}")) as store:
                started = time.perf_counter()
                report = import_file(store, path)
                took = time.perf_counter() - started
                (cid,) = [o.contact_id for o in report.outcomes]
                assert cid is not None
                stored = len(store.contacts.get(cid).photo or b"")
            times[mb] = (took, floor, stored)
            print(f"{mb:>3} MB photo ({path.stat().st_size / 1e6:.1f} MB file): import "
                  f"{took:.2f} s, floor (read + base64) {floor:.3f} s, stored {stored:,} bytes")
    (big, big_floor, _), (small, small_floor, _) = times[20], times[2]
    print(f"20 MB / 2 MB: import x{big / small:.1f}, floor x{big_floor / small_floor:.1f} "
          "(linear is about x10)")


if __name__ == "__main__":
    main()
