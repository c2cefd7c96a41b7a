"""The reference for every bulk write (a restore, the demo generator): the same rows
written through the triggers that keep derived data, and that data read back in a form
both ways of writing must agree on."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from netjournal import demo
from netjournal.storage import restore, transfer
from netjournal.storage.models import MODELS
from netjournal.storage.search import ContactFilter
from netjournal.storage.sql import fetch_all
from netjournal.storage.store import Store

QUERIES = ("budi", "sari", "a", "ko", "tok", "fin", "jakarta", "kopi", "lukasz", "soren",
           "dew", "x", "zz")


def demo_rows(scratch: Path, contacts: int, seed: int, today: dt.date,
              then: Store | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows of a demo journal made (in bulk) in the folder ``scratch``; the models
    are bound to ``then`` again afterwards (they follow the journal opened last)."""
    with Store(scratch / "demo.sqlite3") as made:
        demo.generate(made, contacts, seed=seed, today=today)
        rows = transfer.dump(made)
    if then is not None:
        then.db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    return rows


def write_through_triggers(store: Store,
                           rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """:func:`transfer.restore` with the triggers left on and nothing rebuilt: every row
    goes in through them, as the app's own writes do, one row at a time."""
    skipped: list[str] = []

    def hold_nothing(db: object) -> contextlib.AbstractContextManager[None]:
        skipped.append("hold")
        return contextlib.nullcontext()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(restore, "held_triggers", hold_nothing)
        patch.setattr(restore, "rebuild_derived", lambda db, tables: skipped.append("rebuild"))
        transfer.restore(store, rows)
    # else the restore holds its triggers another way, and this is no reference at all
    assert skipped == ["hold", "rebuild"], skipped


def derived(store: Store) -> dict[str, object]:
    """Everything the triggers keep, in a form both ways of writing must agree on."""
    db = store.db
    words = ("SELECT rowid, tsvector_to_array(doc) FROM {t} ORDER BY rowid"
             if store.on_server else "SELECT rowid, * FROM {t} ORDER BY rowid")
    fts = {t: [(r[0], sorted(" ".join(str(v) for v in r[1:]).split())
                if not store.on_server else sorted(r[1]))
               for r in fetch_all(db, words.format(t=t))]
           for t in ("contact_fts", "interaction_fts")}
    return {
        "search": {q: (store.search.contact_ids(ContactFilter(text=q)),
                       store.search.interaction_ids(q))
                   for q in QUERIES},
        "fts": fts,
        "last": fetch_all(db, "SELECT id, last_interaction_at, uid FROM contact ORDER BY id"),
        "gaps": fetch_all(db, "SELECT contact_id, occurred_at, interaction_id, prev_at, back,"
                              " next_at, cadence FROM tie_gap ORDER BY 1, 2, 3"),
        "tags": fetch_all(db, "SELECT t.name, ct.contact_id FROM contact_tag ct JOIN tag t"
                              " ON t.id = ct.tag_id ORDER BY 1, 2"),
        # a server's search rows also hold the name order and the trash (migration 0017)
        "order": fetch_all(db, "SELECT rowid, sort_name, live FROM contact_fts ORDER BY 1")
                 if store.on_server else [],
    }
