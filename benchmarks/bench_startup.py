"""Start-up time and peak memory of ``netjournal --quit-when-ready`` next to a bare
PySide6 window.

Both are started the same way, as fresh processes on Qt's offscreen platform, and timed
from launch to exit: NetJournal opens a demo journal, builds its window, shows it with its
home view (Today) read and drawn, and quits; the floor creates a QApplication and a
QMainWindow, shows it and quits once it is shown. Runs alternate; the medians are reported
with their ratio (aim: 2.0x or less), next to two floors (the bare window with the storage
layer and the first page read, and the least window that shows those rows), with the peak
memory (max RSS) of each (aim: 60 MiB or less above the bare window, on 100,000
contacts), and with the ten slowest imports (``python -X importtime``) that the bare
window does not make.

The same journal encrypted (a copy made once with ``netjournal encrypt``, SQLCipher 4 with
a raw data key) is started in the same runs with its passphrase in
``NETJOURNAL_PASSPHRASE``: its start-up includes the one key derivation (scrypt) that
opens the key file, timed alone too.

The journal is made once with ``netjournal demo --contacts N`` in ``benchmarks/out/`` and
reused afterwards (``--data-dir`` uses one made elsewhere). The first, untimed run does
what a first start of the day does (upgrading the schema if needed, and the day's full
damage check, ``quick_check``); the timed runs are the starts after it, which read the
journal's header and schema only (see ``netjournal.storage.damagecheck``). Processor time
(user + system) is printed too: on a machine shared with other work it moves far less
than wall time. NetJournal's bytecode is
compiled first (``compileall``), as an installed copy has it: with
``PYTHONDONTWRITEBYTECODE`` set, an editable install would otherwise recompile every
module on every launch (~100 ms here).
Peak memory is also measured on a journal of 100,000 contacts (``--large DIR``, by default
``benchmarks/out/demo-100k`` when it is there; made once with ``netjournal demo --contacts
100000``, which takes a while): the app and the bare window alternate, after one untimed
start, and the median of each one's peak (max RSS) is printed with the difference (aim:
+60 MiB or less). ``--quit-when-ready`` quits as soon as the window shows its data and the check
passed, so it does not start the single-instance listener that a window left open starts.
Run: ``.venv/bin/python benchmarks/bench_startup.py [CONTACTS] [RUNS] [--data-dir DIR]
[--large DIR]``.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import netjournal
from netjournal.paths import DataDir

OUT = Path(__file__).resolve().parent / "out"

# The command as a user runs it: the ``netjournal`` script that installing the package
# made beside this interpreter (``python -m netjournal`` loads ``runpy`` and finds the
# package's ``__main__`` first, a few milliseconds no user pays); ``-m`` where the package
# is not installed.
_SCRIPT = Path(sys.executable).with_name("netjournal")
NETJOURNAL = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "netjournal"]

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

# How the two floors below end: their window shown at the app's size, the event loop's
# first turn, the journal closed.
_SHOWN_AND_CLOSED = """
window.resize(1240, 780)
window.show()
QTimer.singleShot(0, app.quit)
code = app.exec()
store.close()
sys.exit(code)
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
""" + _SHOWN_AND_CLOSED

# The least window that shows the journal's rows: the same, with the first page's names
# in a list drawn by a Python item delegate (the state flags it reads make Qt for Python
# build QStyle's enums), a line of text above it (the first text loads the fonts), and Qt's
# namespace of flags and roles that any such code names (about 100 enums, built on first
# use). Nothing of NetJournal's own window (sidebar, menus, Today's sections, translations,
# the safety net): the gap between this and the bare window is the stack's, not the app's.
LIST_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QLabel, QListView, QMainWindow, QStyle,
                               QStyledItemDelegate, QVBoxLayout, QWidget)

from netjournal.paths import DataDir
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store


class Rows(QStyledItemDelegate):
    def paint(self, painter, option, index):
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.drawText(option.rect.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                         index.data())


app = QApplication(sys.argv[:1])
store = Store.open(DataDir(Path(sys.argv[1])), exclusive=True)
ids, _more = store.search.first_contact_ids(ContactFilter(), 40)
people = store.contacts.summaries(ids, with_tags=False)
window = QMainWindow()
window.setWindowTitle("list")
central = QWidget(window)
column = QVBoxLayout(central)
column.addWidget(QLabel(f"{len(ids)} contacts", central))
rows = QListView(central)
rows.setItemDelegate(Rows(rows))
rows.setModel(QStringListModel([people[i].name for i in ids if i in people], rows))
column.addWidget(rows)
window.setCentralWidget(central)
""" + _SHOWN_AND_CLOSED


def journal(contacts: int) -> Path:
    """The demo journal of ``contacts`` people, generated the first time."""
    folder = OUT / f"demo-{contacts // 1000}k"
    if not (folder / "netjournal.sqlite3").exists():
        print(f"generating {contacts} demo contacts in {folder} (once)...", flush=True)
        subprocess.run([sys.executable, "-m", "netjournal", "demo", "--contacts",
                        str(contacts), "--data-dir", str(folder), "-q"], check=True)
    return folder


ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


PASSPHRASE = "benchmark passphrase"
ENCRYPTED_ENV = {**ENV, "NETJOURNAL_PASSPHRASE": PASSPHRASE}


def encrypted_copy(folder: Path) -> Path:
    """An encrypted copy of the demo journal in ``folder`` (made the first time)."""
    copy = folder.with_name(folder.name + "-encrypted")
    if not (copy / "netjournal.key").exists():
        print(f"encrypting a copy of {folder.name} in {copy} (once)...", flush=True)
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.lock", "backups"))
        subprocess.run([sys.executable, "-m", "netjournal", "encrypt", "--no-recovery-key",
                        "--data-dir", str(copy)], env=ENCRYPTED_ENV, check=True,
                       stdout=subprocess.DEVNULL)
    return copy


def key_derivation_ms(folder: Path) -> float:
    """The time to open the key file with the passphrase (scrypt), median of three."""
    from netjournal.storage import keyed, keyfile

    loaded = keyfile.load(folder / keyed.KEY_FILE_NAME)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        keyfile.open_with_passphrase(loaded, PASSPHRASE)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


READY = re.compile(r"ready in (\d+) ms")


def run(argv: list[str], env: dict[str, str] | None = None,
        ) -> tuple[float, float, float, float]:
    """Run a fresh process; its wall time (ms), peak memory (max RSS, MiB), for the app
    the time its window was shown with its data (ms, from its ``--verbose`` log; 0 for
    the others), and its processor time (user + system, ms: steadier than wall time on a
    busy machine)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env or ENV, stdout=subprocess.DEVNULL, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"{argv[2:]} failed ({proc.returncode}): "
                             f"{err.read().decode(errors='replace').strip()}")
        err.seek(0)
        ready = READY.search(err.read().decode(errors="replace"))
    return (elapsed, usage.ru_maxrss / 1024, float(ready.group(1)) if ready else 0.0,
            (usage.ru_utime + usage.ru_stime) * 1000)


def imports(argv: list[str]) -> dict[str, tuple[int, int]]:
    """Module -> (self, cumulative) import time in microseconds, from ``-X importtime``
    (the environment's ``PYTHONPROFILEIMPORTTIME``, so that a script takes it too)."""
    done = subprocess.run(argv, env={**ENV, "PYTHONPROFILEIMPORTTIME": "1"}, check=True,
                          capture_output=True, text=True)
    found = {}
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)", line)
        if m:
            found[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return found


def large_memory(folder: Path, bare: list[str], runs: int) -> str:
    """The line of the peak memory of the app and of the bare window on ``folder``.

    Measured before this process loads more (the key derivation's libraries): a child's
    max RSS starts from its parent's size, which it shares until it runs its program.
    """
    if not (folder / "netjournal.sqlite3").exists():
        return (f"  peak memory on 100,000 contacts: skipped ({folder} is not there: "
                "netjournal demo --contacts 100000 --data-dir it)")
    app = [*NETJOURNAL, "--quit-when-ready", "--data-dir", str(folder)]
    run(app)  # the first start of the day (schema upgrade, the day's full check)
    peaks: dict[str, list[float]] = {"app": [], "bare": []}
    cpu: dict[str, list[float]] = {"app": [], "bare": []}
    for _ in range(runs):
        for name, argv in (("app", app), ("bare", bare)):
            _wall, peak, _shown, used = run(argv)
            peaks[name].append(peak)
            cpu[name].append(used)
    peak = {k: statistics.median(v) for k, v in peaks.items()}
    return (f"  peak memory on {folder.name} (median of {runs} runs): netjournal "
          f"{peak['app']:.1f} MiB (max {max(peaks['app']):.1f}), bare window "
          f"{peak['bare']:.1f} MiB (max {max(peaks['bare']):.1f}): "
          f"+{peak['app'] - peak['bare']:.1f} MiB   aim: +60 MiB or less; processor "
          f"time {statistics.median(cpu['app']):.0f} ms = "
          f"{statistics.median(cpu['app']) / statistics.median(cpu['bare']):.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("contacts", nargs="?", type=int, default=10_000)
    parser.add_argument("runs", nargs="?", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="a demo journal made beforehand")
    parser.add_argument("--large", type=Path, default=OUT / "demo-100k",
                        help="a journal of 100,000 contacts, for the peak memory "
                             "(default: %(default)s, skipped when absent)")
    args = parser.parse_args()
    folder = args.data_dir or journal(args.contacts)
    # Every start opens on the home view (Today), as a first start does: a window closed on
    # another view would reopen there (``--quit-when-ready`` itself saves no window state).
    DataDir(folder).geometry.unlink(missing_ok=True)
    compileall.compile_dir(Path(netjournal.__file__).parent, quiet=1)
    app = [*NETJOURNAL, "--quit-when-ready", "--data-dir", str(folder)]
    shown = [*app, "--verbose"]  # the same start, logging when the window showed its data
    bare = [sys.executable, "-c", BARE_WINDOW]
    stack = [sys.executable, "-c", STACK_WINDOW, str(folder)]
    listed = [sys.executable, "-c", LIST_WINDOW, str(folder)]
    locked = encrypted_copy(folder)
    encrypted = [*app[:-1], str(locked), "--verbose"]
    kinds = (("app", shown, ENV), ("bare", bare, ENV), ("stack", stack, ENV),
             ("list", listed, ENV), ("encrypted", encrypted, ENCRYPTED_ENV))
    for _name, argv, env in kinds:  # warm the disk cache and the bytecode before timing
        run(argv, env)
    results: dict[str, list[tuple[float, float, float, float]]] = {k[0]: [] for k in kinds}
    for _ in range(args.runs):
        for name, argv, env in kinds:
            results[name].append(run(argv, env))
    large = large_memory(args.large, bare, max(3, args.runs // 2))
    ms = {k: [r[0] for r in v] for k, v in results.items()}
    mib = {k: max(r[1] for r in v) for k, v in results.items()}
    med = {k: statistics.median(v) for k, v in ms.items()}
    cpu = {k: statistics.median(r[3] for r in v) for k, v in results.items()}
    print(f"start-up to window shown with data, {folder.name}, median of {args.runs} runs")
    print(f"  netjournal --quit-when-ready: {med['app']:5.0f} ms (min {min(ms['app']):.0f},"
          f" max {max(ms['app']):.0f})   peak memory {mib['app']:6.1f} MiB")
    print(f"  bare PySide6 window:          {med['bare']:5.0f} ms (min {min(ms['bare']):.0f},"
          f" max {max(ms['bare']):.0f})   peak memory {mib['bare']:6.1f} MiB")
    print(f"  bare window + storage layer + first page (no panes): {med['stack']:.0f} ms, "
          f"{med['stack'] / med['bare']:.2f}x the bare window, {mib['stack']:.1f} MiB")
    print(f"  the least window showing the journal's rows (the same, with the first page's "
          f"names drawn in a list by a Python delegate under a line of text): "
          f"{med['list']:.0f} ms, {med['list'] / med['bare']:.2f}x the bare window, "
          f"{mib['list']:.1f} MiB")
    print(f"  ratio: {med['app'] / med['bare']:.2f}x   aim: 2.0x or less "
          f"(and {med['app'] / med['list']:.2f}x the least window showing the rows)")
    print(f"  processor time (user + system): netjournal {cpu['app']:.0f} ms, bare window "
          f"{cpu['bare']:.0f} ms, with the storage layer {cpu['stack']:.0f} ms: "
          f"{cpu['app'] / cpu['bare']:.2f}x; encrypted {cpu['encrypted']:.0f} ms")
    print(f"  encrypted journal (SQLCipher, passphrase in the environment): "
          f"{med['encrypted']:5.0f} ms (min {min(ms['encrypted']):.0f}, "
          f"max {max(ms['encrypted']):.0f})   peak memory {mib['encrypted']:6.1f} MiB")
    print(f"    {med['encrypted'] / med['app']:.2f}x the plain start-up, "
          f"{med['encrypted'] / med['bare']:.2f}x the bare window; of which the key "
          f"derivation (scrypt, once per open): {key_derivation_ms(locked):.0f} ms")
    shown_ms = {k: statistics.median(r[2] for r in results[k]) for k in ("app", "encrypted")}
    print(f"  window shown with its data (the app's own log), before the safety net's "
          f"quick_check ends: plain {shown_ms['app']:.0f} ms, encrypted "
          f"{shown_ms['encrypted']:.0f} ms = {shown_ms['encrypted'] / shown_ms['app']:.2f}x")
    print(f"  memory: +{mib['app'] - mib['bare']:.1f} MiB over the bare window "
          f"({folder.name})")
    print(large)
    floor = imports(bare)
    mine = {k: v for k, v in imports(app).items() if k not in floor}
    print("  ten slowest imports the bare window does not make (self / cumulative ms):")
    for name, (own, total) in sorted(mine.items(), key=lambda kv: -kv[1][0])[:10]:
        print(f"    {own / 1000:6.1f} {total / 1000:6.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
