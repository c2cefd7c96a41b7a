"""Import 10,000 generated vCards into a fresh journal, next to vobject parsing them alone.

Prints both times and their ratio (the aim: the whole import within 1.5x of vobject's
parsing, i.e. reading, matching and writing cost less than half of what parsing does),
then the time of importing the same file a second time (everyone already there).
Run: ``.venv/bin/python benchmarks/bench_import.py [N]``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import vobject

from netjournal.interop.files import import_file
from netjournal.interop.model import Format
from netjournal.paths import DataDir
from netjournal.storage.store import Store

FIRST = ("Budi", "Sari", "Dewi", "Agus", "Rina", "Andi", "Putri", "Joko", "Maya", "Rizky",
         "Siti", "Hendra", "Ayu", "Fajar", "Wulan", "Ségolène", "Zoë", "Łukasz", "Mei", "Ken")
LAST = ("Santoso", "Wijaya", "Pratama", "Lestari", "Hidayat", "Saputra", "Nugroho",
        "Kusuma", "Halim", "Tan", "Müller", "Dubois", "Nakamura", "Kowalski", "O'Brien")
COMPANIES = ("Tokopedia", "Gojek", "Traveloka", "Bukalapak", "Bank Mandiri", "Telkom",
             "Shopee", "Grab", "Xendit", "Ruangguru", "Acme, Inc.", "Kopi Kenangan")
MIDDLE = ("Adi", "Bayu", "Cahya", "Dwi", "Eka", "Fitri", "Gita", "Hadi", "Indah", "Jaya",
          "Kurnia", "Lina", "Mega", "Nur", "Okta", "Puspa", "Rahma", "Sinta", "Tri", "Utami",
          "Vina", "Wahyu", "Yuni", "Zahra", "Anne", "Marie", "Louis", "Jean", "Paul", "Rose",
          "Ann", "Lee", "Kai", "Ray", "Max", "Eve", "Ivy", "Joy", "Roy", "Tom")
TITLES = ("Product Manager", "Software Engineer", "Designer", "Data Analyst", "Founder",
          "Recruiter", "Marketing Lead", "CTO")
TAGS = ("fintech", "startup", "alumni", "jakartajs", "design", "vc", "mentor")


def generate(n: int, seed: int = 7) -> str:
    """``n`` realistic vCard 3.0 cards, every one a different person."""
    rng = random.Random(seed)
    cards = []
    for i in range(n):
        # Every card a different name (the same name and company would be merged).
        first, middle = FIRST[i % len(FIRST)], MIDDLE[i // len(FIRST) % len(MIDDLE)]
        last = LAST[i // (len(FIRST) * len(MIDDLE)) % len(LAST)]
        company = rng.choice(COMPANIES)
        slug = f"{first.lower()}.{last.lower()}{i}".encode("ascii", "ignore").decode()
        slug = "".join(c for c in slug if c.isalnum() or c == ".")
        lines = [
            "BEGIN:VCARD", "VERSION:3.0", f"FN:{first} {middle} {last}",
            f"N:{last};{first};{middle};;",
            f"ORG:{company.replace(',', chr(92) + ',')};Engineering",
            f"TITLE:{rng.choice(TITLES)}",
            f"EMAIL;TYPE=INTERNET,WORK:{slug}@example.com",
            f"TEL;TYPE=CELL:+62 8{rng.randrange(11, 99)} {i:04d} {rng.randrange(1000, 9999)}",
        ]
        if rng.random() < 0.5:
            lines.append(f"ADR;TYPE=WORK:;;Jl. Sudirman No. {i % 200};Jakarta;;12190;Indonesia")
        if rng.random() < 0.4:
            lines.append(f"URL:https://www.linkedin.com/in/{slug.replace('.', '-')}")
        if rng.random() < 0.3:
            lines.append(f"BDAY:19{rng.randrange(60, 99)}-0{rng.randrange(1, 9)}-1{i % 9}")
        if rng.random() < 0.6:
            lines.append("CATEGORIES:" + ",".join(rng.sample(TAGS, 2)))
        if rng.random() < 0.3:
            lines.append("NOTE:Met at JakartaJS\\, talked about payments and kopi.")
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines) + "\r\n")
    return "".join(cards)


def main(n: int = 10_000) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "contacts.vcf"
        path.write_text(generate(n), encoding="utf-8", newline="")
        size = path.stat().st_size

        started = time.perf_counter()
        parsed = sum(1 for _ in vobject.readComponents(path.read_text(encoding="utf-8"),
                                                       allowQP=True))
        parse_s = time.perf_counter() - started

        with Store.open(DataDir(Path(tmp) / "journal")) as store:
            started = time.perf_counter()
            report = import_file(store, path, Format.AUTO)
            import_s = time.perf_counter() - started
            count = store.contacts.count()
            started = time.perf_counter()
            again = import_file(store, path, Format.AUTO)  # everyone is matched this time
            again_s = time.perf_counter() - started

    assert parsed == n and report.imported == n == count, (parsed, report.summary(), count)
    assert (again.imported, again.unchanged) == (0, n), again.summary()
    ratio = import_s / parse_s
    print(f"vCards: {n} ({size / 1e6:.1f} MB)")
    print(f"vobject parsing alone:        {parse_s:6.2f} s  ({n / parse_s:,.0f} cards/s)")
    print(f"full import (fresh journal):  {import_s:6.2f} s  ({n / import_s:,.0f} cards/s)")
    print(f"ratio import / parsing:       {ratio:6.2f}x  (aim: within 1.50x)")
    print(f"the same file again:          {again_s:6.2f} s  (all {n} matched, nothing written)")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
