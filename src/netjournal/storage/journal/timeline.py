"""Deleting an interaction, and undoing it, with the follow-ups it started.

A meeting's thank-you and agreed next step, and an outreach's tries, make no sense once
the interaction behind them is in the bin: they leave with it and come back with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from netjournal.domain.values import FollowUp, Interaction
from netjournal.storage.store import Store


@dataclass(frozen=True)
class InteractionBinned:
    """An interaction moved to the bin, and the open follow-ups that went with it."""

    interaction: Interaction
    follow_ups: tuple[FollowUp, ...]


def bin_interaction(store: Store, interaction_id: int) -> InteractionBinned:
    """Move an interaction to the bin with the open follow-ups it started (one transaction).

    Done and let-go follow-ups stay: they are history, shown in the contact's chains.
    """
    with store.atomic():
        interaction = store.interactions.get(interaction_id)
        started = tuple(f for f in store.followups.chain(interaction_id) if f.is_open)
        for f in started:
            assert f.id is not None
            store.followups.delete(f.id)
        store.interactions.delete(interaction_id)
    return InteractionBinned(interaction, started)


def restore_interaction(store: Store, binned: InteractionBinned) -> Interaction:
    """Undo :func:`bin_interaction`: the interaction and its follow-ups, as they were."""
    assert binned.interaction.id is not None
    with store.atomic():
        restored = store.interactions.restore(binned.interaction.id)
        for f in binned.follow_ups:
            store.followups.put_back(f)
    return restored
