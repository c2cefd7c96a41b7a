"""Import a 20,000-row LinkedIn messages.csv onto the timelines, next to reading it alone.

The journal first gets a Connections.csv of the people messaged (three in four of them;
the rest are people not in the journal, counted and skipped). Then, in the same run:
the floor, reading the messages.csv with the standard library's ``csv`` module into
dictionaries; the whole import (detect, read, group by conversation and day, match,
write with search index and last-contact kept in step); and the same file again
(everything already there). Prints the times and the ratio of the import to the floor.
Run: ``.venv/bin/python benchmarks/bench_import_messages.py [ROWS]``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
import tempfile
import time
from pathlib import Path

from netjournal.interop.files import import_file
from netjournal.interop.model import Format
from netjournal.paths import DataDir
from netjournal.storage.store import Store

OWNER = ("Ayu Lestari", "https://www.linkedin.com/in/ayu-lestari")
FIRST = ("Budi", "Sari", "Dewi", "Agus", "Rina", "Andi", "Putri", "Joko", "Maya", "Rizky",
         "Siti", "Hendra", "Fajar", "Wulan", "Ségolène", "Zoë", "Łukasz", "Mei", "Ken", "Nadia")
LAST = ("Santoso", "Wijaya", "Pratama", "Lestari", "Hidayat", "Saputra", "Nugroho",
        "Kusuma", "Halim", "Tan", "Müller", "Dubois", "Nakamura", "Kowalski", "O'Brien")
LINES = ("Hi {name}, congrats on the new role! Coffee next week?",
         "Thanks for the intro to the team at {company}, really helpful 🙏",
         "Sure, Thursday 10:00 works. See you at \"Kopi Kenangan\", Sudirman.",
         "Could you share the deck from your JakartaJS talk, please?",
         "Happy to help; let me ask around and get back to you, {name}.",
         "Sounds good!")
COMPANIES = ("Tokopedia", "Gojek", "Traveloka", "Bukalapak", "Xendit", "Ruangguru")
HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
          "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"]


def _people(n: int) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        name = f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]} {i}"
        out.append((name, f"https://www.linkedin.com/in/person-{i}"))
    return out


def generate(rows: int, seed: int = 11) -> tuple[str, str]:
    """(Connections.csv, messages.csv): about one person per 25 messages."""
    rng = random.Random(seed)
    people = _people(max(2, rows // 25))
    known = people[: len(people) * 3 // 4]
    connections = io.StringIO()
    writer = csv.writer(connections, lineterminator="\r\n")
    writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                     "Connected On"])
    for name, url in known:
        first, last = name.split(" ", 1)
        writer.writerow([first, last, url, "", rng.choice(COMPANIES), "Engineer",
                         "05 Nov 2024"])
    messages = io.StringIO()
    writer = csv.writer(messages, lineterminator="\r\n")
    writer.writerow(HEADER)
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    conversations = [(f"2-{i:08x}", rng.choice(people)) for i in range(len(people) * 2)]
    for i in range(rows):
        cid, (name, url) = conversations[i % len(conversations)]
        when = start + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 700))
        mine = rng.random() < 0.5
        sender, recipient = (OWNER, (name, url)) if mine else ((name, url), OWNER)
        text = rng.choice(LINES).format(name=name.split()[0], company=rng.choice(COMPANIES))
        writer.writerow([cid, "", sender[0], sender[1], recipient[0], recipient[1],
                         when.strftime("%Y-%m-%d %H:%M:%S UTC"), "", text,
                         "SENT" if mine else "INBOX", ""])
    return connections.getvalue(), messages.getvalue()


def main(rows: int = 20_000) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        connections, messages = generate(rows)
        people_file = Path(tmp) / "Connections.csv"
        people_file.write_text(connections, encoding="utf-8", newline="")
        path = Path(tmp) / "messages.csv"
        path.write_text(messages, encoding="utf-8", newline="")
        size = path.stat().st_size

        started = time.perf_counter()
        with path.open(encoding="utf-8", newline="") as fh:
            read = list(csv.DictReader(fh))
        floor_s = time.perf_counter() - started

        with Store.open(DataDir(Path(tmp) / "journal")) as store:
            import_file(store, people_file, Format.AUTO)
            started = time.perf_counter()
            report = import_file(store, path, Format.AUTO)
            import_s = time.perf_counter() - started
            started = time.perf_counter()
            again = import_file(store, path, Format.AUTO)
            again_s = time.perf_counter() - started

    assert len(read) == rows and not report.rejected, report.summary()
    assert again.imported == 0, again.summary()
    ratio = import_s / floor_s
    print(f"messages.csv: {rows:,} rows ({size / 1e6:.1f} MB), "
          f"{report.imported:,} conversation days imported, {len(report.skipped):,} skipped "
          f"(nobody in the journal), {len(report.strangers):,} people not in the journal")
    print(f"csv.DictReader reading alone: {floor_s:6.2f} s  ({rows / floor_s:,.0f} rows/s)")
    print(f"full import onto timelines:   {import_s:6.2f} s  ({rows / import_s:,.0f} rows/s)")
    print(f"ratio import / reading:       {ratio:6.1f}x")
    print(f"the same file again:          {again_s:6.2f} s  (nothing written)")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000))
