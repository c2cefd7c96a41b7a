"""Start-up time of ``netjournal --quit-when-ready`` next to a bare PySide6 window.

Both are started the same way, as fresh processes on Qt's offscreen platform, and timed
from launch to exit: NetJournal opens a 10,000-contact journal, builds its window, shows
it with the first rows of the contact list read and drawn, and quits; the floor creates
a QApplication and a QMainWindow, shows it and quits once it is shown. Runs alternate and
the median of each is reported with their ratio. The aim: within 1.5x of the floor.

The journal is made once with ``netjournal demo --contacts 10000`` in
``benchmarks/out/demo-10k`` and reused afterwards. NetJournal's bytecode is compiled first
(``compileall``), as an installed copy has it: with ``PYTHONDONTWRITEBYTECODE`` set, an
editable install would otherwise recompile every module on every launch (~100 ms here).
Run: ``.venv/bin/python benchmarks/bench_startup.py [CONTACTS] [RUNS]``.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import netjournal

OUT = Path(__file__).resolve().parent / "out"

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1240, 780)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

# Where the time goes: the same bare window, after importing NetJournal's storage layer
# (peewee and the domain values) and opening the journal with its first page of contacts.
# No window of NetJournal's can start faster than this; the gap to the bare window is the
# price of the Python libraries alone, before a single pane is built.
STACK_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from netjournal.paths import DataDir
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store

app = QApplication(sys.argv[:1])
store = Store.open(DataDir(Path(sys.argv[1])), exclusive=True)
first = store.search.first_contact_ids(ContactFilter(), 40)
window = QMainWindow()
window.setWindowTitle(f"{len(first[0])} contacts")
window.resize(1240, 780)
window.show()
QTimer.singleShot(0, app.quit)
code = app.exec()
store.close()
sys.exit(code)
"""


def journal(contacts: int) -> Path:
    """The demo journal of ``contacts`` people, generated the first time."""
    folder = OUT / f"demo-{contacts // 1000}k"
    if not (folder / "netjournal.sqlite3").exists():
        print(f"generating {contacts} demo contacts in {folder} (once)...", flush=True)
        subprocess.run([sys.executable, "-m", "netjournal", "demo", "--contacts",
                        str(contacts), "--data-dir", str(folder), "-q"], check=True)
    return folder


def timed(argv: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise SystemExit(f"{argv[2:]} failed ({result.returncode}): {result.stderr.strip()}")
    return elapsed


def main() -> int:
    contacts = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    folder = journal(contacts)
    compileall.compile_dir(Path(netjournal.__file__).parent, quiet=1)
    app = [sys.executable, "-m", "netjournal", "--quit-when-ready", "--data-dir", str(folder)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    stack = [sys.executable, "-c", STACK_WINDOW, str(folder)]
    timed(app)  # warm the disk cache and the bytecode of all three before timing
    timed(bare)
    timed(stack)
    app_ms, bare_ms, stack_ms = [], [], []
    for _ in range(runs):
        app_ms.append(timed(app))
        bare_ms.append(timed(bare))
        stack_ms.append(timed(stack))
    app_med, bare_med = statistics.median(app_ms), statistics.median(bare_ms)
    stack_med = statistics.median(stack_ms)
    print(f"start-up to window shown with data, {contacts:,} contacts, median of {runs} runs")
    print(f"  netjournal --quit-when-ready: {app_med:7.0f} ms   "
          f"(min {min(app_ms):.0f}, max {max(app_ms):.0f})")
    print(f"  bare PySide6 window:          {bare_med:7.0f} ms   "
          f"(min {min(bare_ms):.0f}, max {max(bare_ms):.0f})")
    print(f"  bare window + storage layer + first page (no panes): {stack_med:5.0f} ms   "
          f"(min {min(stack_ms):.0f}, max {max(stack_ms):.0f}); "
          f"{stack_med / bare_med:.2f}x the bare window")
    print(f"  ratio: {app_med / bare_med:.2f}x   aim: 1.5x or less")
    return 0


if __name__ == "__main__":
    sys.exit(main())
