"""The quick entry draft: the event and the half-typed line, kept through a crash.

Written atomically (0600) to ``drafts/quickentry.json`` in the data folder a moment after
every change, read back when the window opens. While an encrypted journal is open the
draft is sealed with its key (:func:`netjournal.storage.keyed.seal`), so no name typed
lands in the data folder in clear. Plain Python, no Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from netjournal.paths import atomic_write, ensure_private_dir
from netjournal.storage import keyed

DRAFT_NAME = "quickentry.json"
VERSION = 1
SESSION_HOURS = 12  # a draft with only an event is a session of that evening, no longer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Draft:
    """What the window had: the session's event and the line being typed."""

    line: str = ""
    event_id: int | None = None
    event_name: str = ""
    event_date: dt.date | None = None
    event_place: str = ""

    @property
    def empty(self) -> bool:
        return not (self.line.strip() or self.event_name.strip())

    def to_json(self) -> dict[str, object]:
        return {"version": VERSION, "line": self.line,
                "event": {"id": self.event_id, "name": self.event_name,
                          "date": self.event_date.isoformat() if self.event_date else None,
                          "place": self.event_place}}

    @classmethod
    def from_json(cls, data: object) -> Draft:
        """Read a draft; raises ValueError (or TypeError) for anything malformed."""
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise ValueError("not a quick entry draft")
        event = data.get("event") or {}
        if not isinstance(event, dict):
            raise ValueError("bad event")
        event_id = event.get("id")
        date = event.get("date")
        return cls(line=str(data.get("line", "")),
                   event_id=int(event_id) if event_id is not None else None,
                   event_name=str(event.get("name") or ""),
                   event_date=dt.date.fromisoformat(date) if date else None,
                   event_place=str(event.get("place") or ""))


def draft_path(drafts_dir: Path) -> Path:
    return drafts_dir / DRAFT_NAME


def load(path: Path) -> Draft | None:
    """The draft at ``path``; None if there is none or it cannot be read."""
    try:
        return Draft.from_json(keyed.open_json(json.loads(path.read_text(encoding="utf-8")),
                                               keyed.current()))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as e:
        log.info("ignoring the quick entry draft %s: %s", path, e)
        return None


def save(path: Path, draft: Draft) -> None:
    """Write ``draft`` atomically, private to the user (an empty draft removes the file)."""
    if draft.empty:
        clear(path)
        return
    ensure_private_dir(path.parent)
    data = draft.to_json()
    key = keyed.current()
    with atomic_write(path) as fh:
        json.dump(keyed.seal_json(data, key) if key else data, fh, ensure_ascii=False)


def clear(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def is_stale(path: Path, now: dt.datetime | None = None) -> bool:
    """Whether the draft was written more than :data:`SESSION_HOURS` ago."""
    try:
        written = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        return True
    return (now or dt.datetime.now(dt.UTC)) - written > dt.timedelta(hours=SESSION_HOURS)
