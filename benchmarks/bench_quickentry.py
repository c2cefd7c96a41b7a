"""Keystroke-to-preview in the quick entry window on a 100,000-contact journal.

Each character of a few realistic lines is sent as a real key press to the window's entry
line; the time runs until the line is parsed knowing the journal's names, the typeahead
and the who-is-it rule have queried the journal for the name, the preview is filled and
the whole window is repainted. The floor is the same key press and repaint on a bare
QLineEdit in a window of the same size, measured in the same run. The aim: p95 under
16 ms (one frame at 60 Hz).

The journal is made once with ``netjournal demo --contacts 100000`` in
``benchmarks/out/quickentry-100k`` (about a minute or two) and reused afterwards.
Run: ``.venv/bin/python benchmarks/bench_quickentry.py [CONTACTS]``.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from netjournal.domain.quickentry import parse
from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage import recognise
from netjournal.storage.capture import name_candidates
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.quickentry import QuickEntryWindow

OUT = Path(__file__).resolve().parent / "out"
LINES = (
    "Budi Santoso (Tokopedia, PM) @JakartaJS #fintech !1w likes dogs, wants intro to VC",
    "Sari Wijaya (Gojek, Data Scientist) #ai !besok send her the PyCon talk",
    "Zoë Müller (Canva) #design met at the coffee line, moving to Bali",
    "Agus (Xendit !xyz payments infra",
    "佐藤 健 (トヨタ) #mobility !2026-12-01",
    "Dewi Lestari: runs the Bandung chapter, wants speakers",
)


def journal(contacts: int) -> DataDir:
    """The demo journal of ``contacts`` people, generated the first time."""
    folder = DataDir(OUT / ("quickentry-100k" if contacts == 100_000
                            else f"quickentry-{contacts}"))
    if not folder.database.exists():
        print(f"generating {contacts} demo contacts in {folder.root} (once)...", flush=True)
        subprocess.run([sys.executable, "-m", "netjournal", "demo", "--contacts",
                        str(contacts), "--data-dir", str(folder.root), "-q"], check=True)
    return folder


def press(widget: QWidget, char: str) -> None:
    """A real key press and release carrying ``char`` (any script, unlike QTest)."""
    key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                 char))


def keystrokes(window: QWidget, line: QLineEdit, texts: tuple[str, ...],
               rounds: int) -> list[float]:
    """Milliseconds from each key press to the repainted window."""
    times = []
    for _ in range(rounds):
        for text in texts:
            line.setText("")
            QApplication.processEvents()
            for char in text:
                started = time.perf_counter()
                press(line, char)
                window.repaint()
                times.append((time.perf_counter() - started) * 1000)
    return times


def timed(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def describe(times: list[float]) -> str:
    q = statistics.quantiles(times, n=100)
    return (f"p50 {statistics.median(times):6.2f} ms   p95 {q[94]:6.2f} ms   "
            f"max {max(times):6.2f} ms   (n={len(times)})")


def main(argv: list[str]) -> int:
    contacts = int(argv[1]) if len(argv) > 1 else 100_000
    folder = journal(contacts)
    app = QApplication([])
    store = Store.open(folder)
    print(f"journal: {store.contacts.count()} contacts in {folder.database}")
    with tempfile.TemporaryDirectory() as drafts:
        window = QuickEntryWindow(store, JournalEvents(), Settings(), Path(drafts),
                                  clock=lambda: dt.datetime.now(dt.UTC))
        window.show()
        app.processEvents()
        floor_window = QWidget()
        bare = QLineEdit(floor_window)
        QVBoxLayout(floor_window).addWidget(bare)
        floor_window.resize(window.size())
        floor_window.show()
        app.processEvents()

        keystrokes(window, window.entry, LINES, 1)  # warm the caches, as a user's second line
        keystrokes(floor_window, bare, LINES, 1)
        ours = keystrokes(window, window.entry, LINES, 5)
        floor = keystrokes(floor_window, bare, LINES, 5)
        window.close()
        floor_window.close()

    today = dt.date.today()
    parse_ms = timed(lambda: parse(LINES[0], today), 2000)
    query_ms = [t for name in ("B", "Bu", "Budi", "Budi S", "Budi Santoso", "Zoe Mu", "xq")
                for t in timed(lambda name=name: name_candidates(store, name), 50)]
    who_ms = [t for text in ("B", "Bu", "Budi", "Budi S", "Budi Santoso", "Budi Santos likes",
                             "agus pangaribuan catch up", "Zoe Mu", "Agus Utami #ai")
              for t in timed(lambda text=text: recognise.resolve(
                  store, recognise.parse_line(store, text, today)), 20)]
    store.close()
    app.processEvents()

    print(f"keystroke to preview (window): {describe(ours)}")
    print(f"floor (bare QLineEdit):        {describe(floor)}")
    p95 = statistics.quantiles(ours, n=100)[94]
    floor_p95 = statistics.quantiles(floor, n=100)[94]
    print(f"ratio p50 {statistics.median(ours) / statistics.median(floor):.1f}x, "
          f"p95 {p95 / floor_p95:.1f}x the floor")
    print(f"  parse alone:     {describe(parse_ms)}")
    print(f"  typeahead query: {describe(query_ms)}")
    print(f"  who it is (known names, parse, candidates, rule): {describe(who_ms)}")
    print(f"aim p95 < 16 ms: {'met' if p95 < 16 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
