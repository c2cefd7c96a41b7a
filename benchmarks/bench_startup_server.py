"""Start-up of the app on 10,000 contacts on a PostgreSQL server, next to the same
journal as the SQLite file, in the same run.

The demo journal (``benchmarks/out/demo-10k``, made once with ``netjournal demo
--contacts 10000`` when absent, or ``--data-dir``) is copied once into ``benchmarks/out/``
(never opened in place: opening migrates it), and that copy is loaded into a throw-away
PostgreSQL server (``initdb`` and ``pg_ctl`` in a temp folder on a loopback port, as the
tests run one) with ``netjournal copy-to URL``. Then
``netjournal --quit-when-ready --verbose`` starts as a fresh process on Qt's offscreen
platform, alternately on the file (``--database ""``) and on the server
(``--database URL``), after one untimed start of each. Two times per start: to exit
(whole process, launch to exit) and to data shown (the app's own "ready in N ms": the
window is on screen with its first rows read and drawn). Medians of the pairs are printed
with the ratio server / file: the file is the floor measured in the same run.

Run: ``.venv/bin/python benchmarks/bench_startup_server.py [PAIRS] [--data-dir DIR]``.
"""

from __future__ import annotations

import argparse
import compileall
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from journals import DEMO, ENV, copy_of

import netjournal

ROOT = Path(__file__).resolve().parents[1]
READY = re.compile(r"ready in (\d+) ms")


def start(argv: list[str]) -> tuple[float, float]:
    """One start as a fresh process: (ms to exit, ms to data shown)."""
    with tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        proc = subprocess.run(argv, env=ENV, stdout=subprocess.DEVNULL, stderr=err,
                              check=False)
        elapsed = (time.perf_counter() - began) * 1000
        err.seek(0)
        text = err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"{argv[3:]} failed ({proc.returncode}): {text.strip()}")
    ready = READY.search(text)
    return elapsed, float(ready.group(1)) if ready else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, default=DEMO,
                        help="the demo journal to copy (default: %(default)s)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.pgserver import running_server  # the throw-away server the tests use

    compileall.compile_dir(str(Path(netjournal.__file__).parent), quiet=1)
    folder = copy_of(args.data_dir, "server-bench")
    app = [sys.executable, "-m", "netjournal", "--quit-when-ready", "--verbose"]
    with running_server() as server, tempfile.TemporaryDirectory() as empty:
        url = server.create_database("journal10k")
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "netjournal", "copy-to", url, "--data-dir",
                        str(folder), "--database", ""], env=ENV, check=True,
                       stdout=subprocess.DEVNULL)
        print(f"copy-to the server: {time.perf_counter() - began:.1f} s")
        on_file = [*app, "--data-dir", str(folder), "--database", ""]
        on_server = [*app, "--data-dir", empty, "--database", url]
        start(on_file)  # untimed: the day's first check, caches
        start(on_server)
        files, servers = [], []
        for _ in range(args.pairs):
            files.append(start(on_file))
            servers.append(start(on_server))
    print(f"start-up on 10,000 contacts, whole process, {args.pairs} pairs, median "
          f"(ms):")
    for label, index in (("time to exit", 0), ("time to data shown", 1)):
        file_ms = statistics.median(r[index] for r in files)
        server_ms = statistics.median(r[index] for r in servers)
        print(f"  {label:<20} SQLite file {file_ms:7.0f}   PostgreSQL {server_ms:7.0f}   "
              f"ratio {server_ms / file_ms:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
