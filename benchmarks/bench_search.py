"""Keystroke-to-list-updated in the contact search box, on a 100,000-contact journal.

Realistic words are typed one real key press at a time into the main window's search
box; each time runs from the key press until the list model holds the new first rows and
the list has been repainted with them (rows read from the store and drawn). The complete
list, which a worker thread reads once typing pauses, is timed separately after each
word. The floor is a raw SQLite FTS query for the same prefix (a first page's worth of
matching rowids, no order, no Python objects) measured in the same run. The aim: p95
under 16 ms (one frame at 60 Hz).

The same keystrokes are then typed, in the same run, on an encrypted copy of the journal
(SQLCipher 4, made once with ``netjournal encrypt``), and its p95 is compared with the
plain one's (aim: within 10%).

The journal is made once with ``netjournal demo --contacts 100000`` in
``benchmarks/out/demo-100k`` (a minute or two) and reused afterwards.
Run: ``.venv/bin/python benchmarks/bench_search.py [CONTACTS] [--plain-only]``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage import keyed
from netjournal.storage.search import ContactFilter, fts_query
from netjournal.storage.store import Store
from netjournal.ui.contactlist import ContactListModel
from netjournal.ui.events import JournalEvents
from netjournal.ui.mainwindow import MainWindow
from netjournal.ui.style import apply_style

OUT = Path(__file__).resolve().parent / "out"
WORDS = ("budi santoso", "dewi", "kopi", "jakarta", "product manager", "fintech", "sarah",
         "tokopedia", "andi w", "nguyen", "zz top", "kusuma", "lestari", "ceo", "mentor")
ROUNDS = 2


def journal(contacts: int) -> DataDir:
    """The demo journal of ``contacts`` people, generated the first time."""
    folder = DataDir(OUT / f"demo-{contacts // 1000}k")
    if not folder.database.exists():
        print(f"generating {contacts} demo contacts in {folder.root} (once)...", flush=True)
        subprocess.run([sys.executable, "-m", "netjournal", "demo", "--contacts",
                        str(contacts), "--data-dir", str(folder.root), "-q"], check=True)
    return folder


def percentiles(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"p50 {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms   max {ms[-1]:6.2f} ms"


def raw_floor(path: Path) -> list[float]:
    """The bare FTS lookup for every prefix typed: the least any search could cost
    (through SQLCipher, keyed, for the encrypted journal)."""
    con = keyed.connect(path, key=keyed.key_for(path), readonly=True)
    times = []
    for _ in range(ROUNDS):
        for word in WORDS:
            for n in range(1, len(word) + 1):
                match = fts_query(word[:n])
                if not match:
                    continue
                start = time.perf_counter()
                con.execute("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?",
                            (match, ContactListModel.FIRST_PAGE)).fetchall()
                times.append((time.perf_counter() - start) * 1000)
    con.close()
    return times


def store_first_page(store: Store) -> list[float]:
    """The store's quick first page alone (the query part of each keystroke)."""
    times = []
    for _ in range(ROUNDS):
        for word in WORDS:
            for n in range(1, len(word) + 1):
                flt = ContactFilter(text=word[:n])
                start = time.perf_counter()
                store.search.first_contact_ids(flt, ContactListModel.FIRST_PAGE)
                times.append((time.perf_counter() - start) * 1000)
    return times


PASSPHRASE = "benchmark passphrase"


def encrypted_copy(data: DataDir) -> DataDir:
    """An encrypted copy of the demo journal (made the first time), unlocked here."""
    from netjournal.storage import cipher

    copy = DataDir(data.root.with_name(data.root.name + "-encrypted"))
    if not cipher.is_encrypted(copy):
        print(f"encrypting a copy of {data.root.name} in {copy.root} (once)...", flush=True)
        shutil.rmtree(copy.root, ignore_errors=True)
        shutil.copytree(data.root, copy.root,
                        ignore=shutil.ignore_patterns("*.lock", "backups"))
        cipher.encrypt(copy, PASSPHRASE, recovery=False)
    cipher.unlock_with_passphrase(copy, PASSPHRASE)
    return copy


def p95(ms: list[float]) -> float:
    ms = sorted(ms)
    return ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    contacts = int(args[0]) if args else 100_000
    data = journal(contacts)
    app = QApplication([])
    apply_style(app, dark=False)
    plain = measure(app, data, contacts)
    if "--plain-only" in sys.argv:
        return 0
    locked = encrypted_copy(data)
    encrypted = measure(app, locked, contacts, label="encrypted (SQLCipher)")
    print(f"encrypted against plain, keystroke p95: {p95(encrypted):.2f} ms against "
          f"{p95(plain):.2f} ms = {p95(encrypted) / p95(plain):.2f}x;  aim: 1.10x or less")
    print(f"  at p50: {statistics.median(encrypted) / statistics.median(plain):.2f}x")
    return 0


def measure(app: QApplication, data: DataDir, contacts: int,
            label: str = "plain") -> list[float]:
    """Type every word into the main window on ``data``; print and return the keystrokes."""
    store = Store.open(data)
    window = MainWindow(store, JournalEvents(), Settings(), data)
    window.resize(1366, 850)
    window.show()
    QTest.qWaitForWindowExposed(window)
    pane = window.contact_list
    search = pane.filter_bar.search
    viewport = pane.view.viewport()
    search.setFocus()

    keystrokes: list[float] = []
    typed: list[str] = []
    complete: list[float] = []
    for round_no in range(ROUNDS + 1):  # round 0 warms the caches and is not counted
        for word in WORDS:
            search.clear()
            app.processEvents()
            QTest.qWait(0)
            for char in word:
                start = time.perf_counter()
                QTest.keyClick(search, char)
                viewport.repaint()
                elapsed = (time.perf_counter() - start) * 1000
                if round_no:
                    keystrokes.append(elapsed)
                    typed.append(search.text())
                app.processEvents()
            start = time.perf_counter()
            while not pane.model.is_complete:
                app.processEvents()
                time.sleep(0.0005)
            if round_no:
                complete.append((time.perf_counter() - start) * 1000)
            assert search.text() == word
    window.shutdown()
    window.close()
    query = store_first_page(store)
    store.close()
    floor = raw_floor(data.database)

    print(f"search as you type, {contacts:,} contacts, {label} journal, {len(keystrokes)} "
          f"keystrokes ({ROUNDS} rounds of {len(WORDS)} words)")
    print(f"  keystroke -> list updated:      {percentiles(keystrokes)}")
    print(f"  of which the store's first page: {percentiles(query)}")
    print(f"  raw SQLite FTS floor (first {ContactListModel.FIRST_PAGE} rowids): "
          f"{percentiles(floor)}")
    print(f"  ratio at p50: {statistics.median(keystrokes) / statistics.median(floor):.1f}x "
          f"the floor;  aim: p95 under 16 ms")
    print(f"  complete list (worker thread), after the last key of a word: "
          f"{percentiles(complete)}")
    slowest = sorted(zip(keystrokes, typed, strict=True), reverse=True)[:6]
    print("  slowest keystrokes: " + ", ".join(f"{text!r} {ms:.1f} ms" for ms, text in slowest))
    return keystrokes


if __name__ == "__main__":
    sys.exit(main())
