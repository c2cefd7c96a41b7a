"""When the journal's checks run: the cheap ones at every open, ``quick_check`` once a day.

Every command and every start of the app reads the journal's header (magic, page size,
the size it records: a truncated file) and its schema before touching it
(:func:`netjournal.storage.db.find_damage` with ``quick=False``): a millisecond, whatever
the size of the journal. SQLite's ``quick_check`` reads every page (a third of a second at
10,000 contacts, seconds at 100,000 with a cold disk cache), so it runs only when one of
these is true:

- no full check has passed on this file in the last day (:data:`FULL_CHECK_EVERY`),
  as remembered in a small state file of the data folder (:data:`STATE_NAME`, written
  atomically; a folder that cannot be written just means the check runs every time);
- the file is not the one last checked (another inode: a restore, a copy put in place);
- a crash sign: a ``-wal`` log with data in it while no NetJournal holds the folder's
  locks (the last writer died before it could fold its log back into the file).

``netjournal check`` always runs the full checks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

from netjournal.paths import DataDir, atomic_write
from netjournal.storage.db import find_damage
from netjournal.storage.lock import holder

STATE_NAME = "last-check.json"
"""The state file in the data folder: when ``quick_check`` last passed, on which file."""
FULL_CHECK_EVERY = dt.timedelta(days=1)


def state_path(data_dir: DataDir) -> Path:
    return data_dir.root / STATE_NAME


def _identity(path: Path) -> list[int] | None:
    """(device, inode) of the journal file: another file there is another journal."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_dev, st.st_ino]


def crash_sign(data_dir: DataDir) -> bool:
    """Whether the journal's ``-wal`` holds data that no live NetJournal is writing.

    SQLite folds the log back into the file and empties it when the last connection
    closes; one left with data while nobody holds the app's or the writer's lock was
    left by a process that died. (Call it before this process takes those locks.)
    """
    wal = Path(str(data_dir.database) + "-wal")
    try:
        if wal.stat().st_size == 0:
            return False
    except OSError:
        return False
    return holder(data_dir.app_lock) is None and holder(data_dir.lock) is None


def full_check_due(data_dir: DataDir, *, now: dt.datetime | None = None) -> bool:
    """Whether ``quick_check`` should run on this open (see the module's docstring)."""
    now = now or dt.datetime.now(dt.UTC)
    try:
        state = json.loads(state_path(data_dir).read_text(encoding="utf-8"))
        checked_at = dt.datetime.fromisoformat(state["checked_at"])
        same_file = state["file"] == _identity(data_dir.database)
    except (OSError, ValueError, KeyError, TypeError):
        return True
    if not same_file or checked_at.tzinfo is None:
        return True
    if not dt.timedelta(0) <= now - checked_at < FULL_CHECK_EVERY:  # a clock set back too
        return True
    return crash_sign(data_dir)


def record_full_check(data_dir: DataDir, *, now: dt.datetime | None = None) -> None:
    """Remember that ``quick_check`` passed on the journal now (silently skipped when the
    folder cannot be written: the next open checks again)."""
    identity = _identity(data_dir.database)
    if identity is None or not data_dir.root.is_dir():
        return
    state = {"checked_at": (now or dt.datetime.now(dt.UTC)).isoformat(), "file": identity}
    with contextlib.suppress(OSError), atomic_write(state_path(data_dir)) as fh:
        json.dump(state, fh)


def full_check(data_dir: DataDir) -> str | None:
    """Header, schema and ``quick_check``; remembered when they pass. None if healthy."""
    problem = find_damage(data_dir.database, quick=True)
    if problem is None:
        record_full_check(data_dir)
    return problem


def routine_check(data_dir: DataDir, *, full: bool | None = None) -> str | None:
    """The check a command makes before it opens the journal: header and schema every
    time, and the full check when it is due (``full``: force it either way).

    Returns:
        The problem in SQLite's words, or None when the journal is healthy (or absent).
    """
    if full is None:
        full = data_dir.database.exists() and full_check_due(data_dir)
    return full_check(data_dir) if full else find_damage(data_dir.database, quick=False)

