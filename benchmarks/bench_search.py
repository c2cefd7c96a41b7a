"""Keystroke-to-list-updated in the contact search box, on a 100,000-contact journal.

Realistic words are typed one real key press at a time into the main window's search
box; each time runs from the key press until the list model holds the new first rows and
the list has been repainted with them (rows read from the store and drawn). The complete
list, which a worker thread reads once typing pauses, is timed separately after each
word. The floor is a raw SQLite FTS query for the same prefix (a first page's worth of
matching rowids, no order, no Python objects) measured in the same run. The aim: p95
under 16 ms (one frame at 60 Hz). The processor time of this process for the same
keystrokes is printed beside them: on a server, the difference is mostly the server's
(whose buffer cache, ``shared_buffers``, is printed against the search tables' sizes).

The same keystrokes are then typed, in the same run, on an encrypted copy of the journal
(SQLCipher 4, made once with ``netjournal encrypt``), and its p95 is compared with the
plain one's (aim: within 10%).

The journal is made once with ``netjournal demo --contacts 100000`` in
``benchmarks/out/demo-100k`` (a minute or two) and reused afterwards.
With ``--database URL`` (a PostgreSQL server; a database ``bench_<N>k`` is made on it and
filled once from the same demo journal, see ``pgload.py``), the same keystrokes are typed on
the journal on that server, against the floor of a raw ``tsvector`` query for the same
prefix (a first page of matching rowids) measured in the same run; ``--database server``
starts a throw-away server for the run (``tests/pgserver.py``). Several sizes may be
given (``10000 100000``): each is measured on both engines.
Run: ``.venv/bin/python benchmarks/bench_search.py [CONTACTS...] [--plain-only]
[--database URL|server]``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage import keyed
from netjournal.storage.dialect import tsquery
from netjournal.storage.search import ContactFilter, fts_query
from netjournal.storage.store import Store
from netjournal.ui.contactlist import ContactListModel
from netjournal.ui.contactlist.pane import ContactListPane
from netjournal.ui.events import JournalEvents
from netjournal.ui.mainwindow import MainWindow
from netjournal.ui.style import apply_style

OUT = Path(__file__).resolve().parent / "out"
WORDS = ("budi santoso", "dewi", "kopi", "jakarta", "product manager", "fintech", "sarah",
         "tokopedia", "andi w", "nguyen", "zz top", "kusuma", "lestari", "ceo", "mentor",
         # names late in the alphabet: their prefixes' matches cluster under one letter
         "rizky", "wulan")
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


def prefixes_typed() -> Iterator[str]:
    """Every prefix of every word, as typed one key at a time, for ``ROUNDS`` rounds."""
    for _ in range(ROUNDS):
        for word in WORDS:
            for n in range(1, len(word) + 1):
                yield word[:n]


def timed_each(texts: Iterable[str], run: Callable[[str], object]) -> list[float]:
    """Milliseconds of ``run`` for each text."""
    times = []
    for text in texts:
        start = time.perf_counter()
        run(text)
        times.append((time.perf_counter() - start) * 1000)
    return times


def raw_floor(path: Path) -> list[float]:
    """The bare FTS lookup for every prefix typed: the least any search could cost
    (through SQLCipher, keyed, for the encrypted journal)."""
    con = keyed.connect(path, key=keyed.key_for(path), readonly=True)
    matches = [m for m in map(fts_query, prefixes_typed()) if m]
    times = timed_each(matches, lambda match: con.execute(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?",
        (match, ContactListModel.FIRST_PAGE)).fetchall())
    con.close()
    return times


def raw_tsvector_floor(url: str, *, prefix_words: bool = True) -> list[float]:
    """The bare ``tsvector`` lookup on the server for every prefix typed, as the journal
    asks it (short prefixes as words of their own), or with ``:*`` on every word."""
    import psycopg

    queries = [tsquery(m) for m in map(fts_query, prefixes_typed()) if m]
    if not prefix_words:
        queries = [" & ".join(f"{t.split(':')[0]}:*" for t in q.split(" & ")) for q in queries]
    with psycopg.connect(url, autocommit=True) as con:
        return timed_each(queries, lambda query: con.execute(
            "SELECT rowid FROM contact_fts WHERE doc @@ to_tsquery('simple', unaccent(%s))"
            " LIMIT %s", (query, ContactListModel.FIRST_PAGE)).fetchall())


def server_memory(url: str) -> str:
    """The server's buffer cache against the size of what a search reads."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        (buffers,), = con.execute("SHOW shared_buffers").fetchall()
        sizes = con.execute(
            "SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) FROM pg_class"
            " WHERE relname IN ('contact', 'contact_fts', 'interaction_fts') ORDER BY relname"
        ).fetchall()
    return (f"shared_buffers {buffers}; tables with their indexes: "
            + ", ".join(f"{name} {size}" for name, size in sizes))


def store_first_page(store: Store) -> list[float]:
    """The store's quick first page alone (the query part of each keystroke)."""
    return timed_each(prefixes_typed(), lambda text: store.search.first_contact_ids(
        ContactFilter(text=text), ContactListModel.FIRST_PAGE))


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


@contextmanager
def server(where: str) -> Iterator[str]:
    """The server URL given, or a throw-away server for this run (``server``)."""
    if where != "server":
        yield where
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.pgserver import running_server

    with running_server() as running:
        yield running.url()


def on_server(base: str, data: DataDir, contacts: int) -> str:
    """The URL of the benchmark's database for ``contacts`` on the server of ``base``,
    filled from ``data`` the first time."""
    import urllib.parse

    import pgload
    import psycopg

    name = f"bench_{contacts // 1000}k"
    url = urllib.parse.urlunsplit(urllib.parse.urlsplit(base)._replace(path="/" + name))
    with psycopg.connect(base, autocommit=True) as con:
        exists = con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchall()
        if exists:
            with psycopg.connect(url) as mine:
                filled = mine.execute("SELECT to_regclass('contact') IS NOT NULL AND EXISTS"
                                      " (SELECT 1 FROM schema_migration WHERE name ="
                                      " '0012_search_prefixes')").fetchone()
            if filled and filled[0]:
                return url
            con.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"')
    print(f"loading {data.root.name} into {name} on the server (once)...", flush=True)
    seconds = pgload.load(data.database, url)
    print(f"  loaded in {seconds:.0f} s (as copy-to copies it, then checked)", flush=True)
    return url


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    where = None
    if "--database" in sys.argv:
        where = sys.argv[sys.argv.index("--database") + 1]
        args.remove(where)
    sizes = [int(a) for a in args] or [100_000]
    app = QApplication([])
    apply_style(app, dark=False)
    summary = []
    with server(where) if where else nullcontext("") as base:
        for contacts in sizes:
            data = journal(contacts)
            plain = measure(app, data, contacts)
            summary.append((contacts, "SQLite, main window", plain))
            if base:
                # both engines through the contact list pane alone, the same way (the
                # main window's own polling for others' changes left out of the timing)
                url = on_server(base, data, contacts)
                summary.append((contacts, "SQLite, contact list pane alone",
                                measure(app, data, contacts, label="plain, pane alone",
                                        pane_only=True)))
                summary.append((contacts, "PostgreSQL, contact list pane alone",
                                measure(app, data, contacts, label="PostgreSQL, pane alone",
                                        url=url, pane_only=True)))
            if "--plain-only" in sys.argv or base:
                continue
            locked = encrypted_copy(data)
            encrypted = measure(app, locked, contacts, label="encrypted (SQLCipher)")
            print(f"encrypted against plain, keystroke p95: {p95(encrypted):.2f} ms against "
                  f"{p95(plain):.2f} ms = {p95(encrypted) / p95(plain):.2f}x;  "
                  "aim: 1.10x or less")
            print(f"  at p50: {statistics.median(encrypted) / statistics.median(plain):.2f}x")
    if len(summary) > 1:
        print("keystroke -> list updated, summary:")
        for contacts, engine, ms in summary:
            print(f"  {contacts:>7,} contacts  {engine:<36}  p50 {statistics.median(ms):6.2f} ms"
                  f"   p95 {p95(ms):6.2f} ms")
    return 0


def measure(app: QApplication, data: DataDir, contacts: int,
            label: str = "plain", url: str | None = None,
            pane_only: bool = False) -> list[float]:
    """Type every word into the main window on ``data`` (or into the contact list pane
    alone, on ``data`` or the journal on the server of ``url``); print and return the
    keystrokes."""
    store = Store.open(data) if url is None else Store.open_url(url)
    if pane_only:
        pane = ContactListPane(store, JournalEvents(), Settings())
        window: QWidget = pane
        window.resize(420, 850)
    else:
        window = MainWindow(store, JournalEvents(), Settings(), data)
        window.resize(1366, 850)
    window.show()
    QTest.qWaitForWindowExposed(window)
    if not pane_only:
        window.show_view("contacts")  # it opens on Today, where the list is not drawn
        app.processEvents()
        pane = window.contact_list
    assert pane.view.viewport().isVisible(), "the list must be on screen to time its drawing"
    search = pane.filter_bar.search
    viewport = pane.view.viewport()
    search.setFocus()

    keystrokes: list[float] = []
    processor: list[float] = []  # this process's processor time for the same keystrokes
    typed: list[str] = []
    complete: list[float] = []
    for round_no in range(ROUNDS + 1):  # round 0 warms the caches and is not counted
        for word in WORDS:
            search.clear()
            app.processEvents()
            QTest.qWait(0)
            for char in word:
                start, used = time.perf_counter(), time.process_time()
                QTest.keyClick(search, char)
                viewport.repaint()
                elapsed = (time.perf_counter() - start) * 1000
                if round_no:
                    keystrokes.append(elapsed)
                    processor.append((time.process_time() - used) * 1000)
                    typed.append(search.text())
                app.processEvents()
            start = time.perf_counter()
            while not pane.model.is_complete:
                app.processEvents()
                time.sleep(0.0005)
            if round_no:
                complete.append((time.perf_counter() - start) * 1000)
            assert search.text() == word
    if isinstance(window, MainWindow):
        window.shutdown()
    else:
        pane.model.shutdown()
    window.close()
    query = store_first_page(store)
    store.close()
    if url is None:
        floor = raw_floor(data.database)
        floor_name = f"raw SQLite FTS floor (first {ContactListModel.FIRST_PAGE} rowids)"
    else:
        floor = raw_tsvector_floor(url)
        floor_name = f"raw tsvector floor (first {ContactListModel.FIRST_PAGE} rowids)"
        star = raw_tsvector_floor(url, prefix_words=False)

    print(f"search as you type, {contacts:,} contacts, {label} journal, {len(keystrokes)} "
          f"keystrokes ({ROUNDS} rounds of {len(WORDS)} words)")
    print(f"  keystroke -> list updated:      {percentiles(keystrokes)}")
    print(f"  processor time of this process:  {percentiles(processor)}  (the rest: waiting"
          " for the database server, or for the processor)")
    print(f"  of which the store's first page: {percentiles(query)}")
    print(f"  {floor_name}: {percentiles(floor)}")
    if url is not None:
        print(f"  the same with ':*' on every prefix (no prefix words): {percentiles(star)}")
        print(f"  server: {server_memory(url)}")
    print(f"  ratio at p50: {statistics.median(keystrokes) / statistics.median(floor):.1f}x "
          f"the floor, at p95: {p95(keystrokes) / p95(floor):.1f}x;  aim: p95 under 16 ms")
    print(f"  complete list (worker thread), after the last key of a word: "
          f"{percentiles(complete)}")
    slowest = sorted(zip(keystrokes, typed, strict=True), reverse=True)[:6]
    print("  slowest keystrokes: " + ", ".join(f"{text!r} {ms:.1f} ms" for ms, text in slowest))
    return keystrokes


if __name__ == "__main__":
    sys.exit(main())
