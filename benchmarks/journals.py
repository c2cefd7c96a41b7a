"""The demo journal the server benchmarks start from, and the environment they run in.

A benchmark never opens the demo itself (opening migrates it): it works on a copy made
once in ``benchmarks/out/`` (without its locks and backups). The demo is made with
``netjournal demo --contacts 10000`` when it is not there yet. Commands run on the file
(``NETJOURNAL_DATABASE`` is left out) and on Qt's offscreen platform.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
DEMO = OUT / "demo-10k"
ENV = {k: v for k, v in os.environ.items() if k != "NETJOURNAL_DATABASE"}
ENV["QT_QPA_PLATFORM"] = "offscreen"


def copy_of(source: Path, purpose: str) -> Path:
    """A copy of the demo journal in ``source`` for one benchmark (made once; named
    ``<source>-<purpose>``)."""
    if not (source / "netjournal.sqlite3").exists():
        print(f"making a 10,000-contact demo journal in {source} (once)...", flush=True)
        subprocess.run([sys.executable, "-m", "netjournal", "demo", "--contacts", "10000",
                        "--data-dir", str(source), "--database", ""], env=ENV, check=True,
                       stdout=subprocess.DEVNULL)
    copy = OUT / f"{source.name}-{purpose}"
    if not (copy / "netjournal.sqlite3").exists():
        print(f"copying {source} to {copy} (once)...", flush=True)
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns("*.lock", "backups"))
    return copy
