"""The quick entry's item models, checked by Qt's model tester and by what they show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from netjournal.domain.quickentry import parse
from netjournal.domain.values import Event, FollowUpKind
from netjournal.storage.capture import capture
from netjournal.storage.store import Store
from netjournal.ui.quickentry.models import (
    CandidateModel,
    EventListModel,
    QuickRole,
    SavedLinesModel,
)

NOW = dt.datetime(2026, 3, 10, 6, 0, tzinfo=dt.UTC)


def test_candidate_model(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    budi = store.contacts.create("Budi Santoso", company="Tokopedia", title="PM",
                                 tags=("fintech",))
    model = CandidateModel(store)
    assert model.rowCount() == 0  # nothing typed yet
    model.set_candidates("Budi", [budi.id])  # type: ignore[list-item]
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Budi Santoso · PM, Tokopedia"
    assert model.data(model.index(0, 0), QuickRole.CONTACT_ID) == budi.id
    assert "#fintech" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 0)) == "New contact: Budi"  # last
    assert model.data(model.index(1, 0), QuickRole.CONTACT_ID) is None
    assert (model.row_of(None), model.row_of(budi.id), model.row_of(999)) == (1, 0, None)
    model.set_candidates("", [budi.id], offer_new=False)  # type: ignore[list-item]
    qtmodeltester.check(model)
    assert (model.rowCount(), model.row_of(None)) == (1, None)
    store.contacts.delete(budi.id)  # type: ignore[arg-type]
    model.set_candidates("Budi", [budi.id])  # type: ignore[list-item]
    assert model.data(model.index(0, 0)) == "(deleted)"


def test_saved_lines_model(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    model = SavedLinesModel()
    qtmodeltester.check(model)
    first = capture(store, parse("Ana @Meetup", NOW.date()), now=NOW)
    second = capture(store, parse("Bea !2026-04-01", NOW.date()), now=NOW)
    model.add(first)
    model.add(second)
    qtmodeltester.check(model)
    assert model.columnCount() == 4
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Bea", "Ana"]
    assert model.data(model.index(1, 1)) == "New contact"
    assert model.data(model.index(1, 2)) == "Meetup"
    assert "Next step" in model.data(model.index(0, 3))
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Follow-up"
    assert model.data(model.index(0, 0), QuickRole.CONTACT_ID) == second.contact_id
    assert model.pop() == second and model.results() == [first]
    assert second.follow_up_kind == FollowUpKind.NEXT_STEP
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_event_list_model(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    model = EventListModel(store)
    model.reload()
    qtmodeltester.check(model)
    store.events.save(Event(name="PyCon ID", starts_on=dt.date(2026, 3, 1), place="Jakarta"))
    store.events.save(Event(name="Undated"))
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0), Qt.ItemDataRole.EditRole) == "PyCon ID"
    shown = model.data(model.index(0, 0))
    assert shown.startswith("PyCon ID · ") and shown.endswith(" · Jakarta")
    assert model.data(model.index(1, 0)) == "Undated"
