"""The card two duplicates become."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.mergecard import FIELDS, Side, combine, default_picks, differing
from netjournal.domain.values import Contact, Detail, DetailKind, TieStrength

A = Contact(name="Budi Santoso", id=1, company="Tokopedia", notes="",
            tie_strength=TieStrength.CLOSE, tags=("fintech",), introduced_by_id=2,
            details=(Detail(DetailKind.EMAIL, "budi@x.com", id=5),))
B = Contact(name="budi santoso", id=2, title="PM", notes="likes durian", cadence_days=30,
            birthday=dt.date(1990, 4, 1), tags=("Fintech", "jakarta"),
            details=(Detail(DetailKind.EMAIL, "BUDI@x.com"),
                     Detail(DetailKind.PHONE, "0812 3456 789")))


def test_the_first_keeps_its_values_and_fills_the_empty_ones() -> None:
    card = combine(A, B)
    assert (card.id, card.name, card.company, card.title, card.notes) == (
        1, "Budi Santoso", "Tokopedia", "PM", "likes durian")
    assert (card.tie_strength, card.cadence_days, card.birthday) == (
        TieStrength.CLOSE, 30, dt.date(1990, 4, 1))
    assert card.tags == ("fintech", "jakarta")
    assert [(d.kind, d.value, d.id) for d in card.details] == [
        (DetailKind.EMAIL, "budi@x.com", None), (DetailKind.PHONE, "0812 3456 789", None)]
    assert card.introduced_by_id is None  # the second cannot have introduced the first


def test_picks_choose_each_field() -> None:
    card = combine(A, B, {"name": Side.SECOND, "title": Side.FIRST})
    assert (card.name, card.title, card.notes) == ("budi santoso", "", "likes durian")
    assert "name" in differing(A, B) and "family" not in differing(A, B)


@given(st.sampled_from(FIELDS), st.booleans())
def test_every_field_comes_from_the_side_picked(name: str, second: bool) -> None:
    card = combine(A, B, {name: Side.SECOND if second else Side.FIRST})
    if name != "introduced_by_id":
        assert getattr(card, name) == getattr(B if second else A, name)
    assert set(default_picks(A, B)) == set(FIELDS)
