"""User actions on a contact: each calls the store, then tells the panes what changed.

Widgets call these instead of the repositories, so every write emits the matching
:class:`~netjournal.ui.events.JournalEvents` signal exactly once. Errors from the store
(:class:`~netjournal.storage.StorageError`, a message meant for the user) propagate to the
caller, which shows them; nothing is half-written because each repository call is atomic.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from netjournal.domain.values import Contact, Exchange, Interaction, Offer, OfferStatus
from netjournal.settings import Settings
from netjournal.storage import journal
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents


def save_contact(store: Store, events: JournalEvents, contact: Contact, *,
                 read_at: dt.datetime | None = None) -> Contact:
    """Insert or update a whole card; with ``read_at`` (when the editor read it) a card
    changed since by someone else is refused
    (:class:`~netjournal.storage.contacts.StaleEditError`)."""
    saved = store.contacts.save(contact, read_at=read_at)
    assert saved.id is not None
    events.sig_contacts_changed.emit([saved.id])
    return saved


@dataclasses.dataclass(frozen=True)
class NextStep:
    """The step agreed at a meeting, as the interaction editor gives it ("" for none)."""

    text: str
    due_on: dt.date


def save_interaction(store: Store, events: JournalEvents, interaction: Interaction,
                     before: Interaction | None = None, *,
                     settings: Settings | None = None, next_step: NextStep | None = None,
                     today: dt.date | None = None) -> Interaction:
    """Insert or update an interaction; ``before`` is the stored version when editing.

    The follow-up rules apply (outreach starts a chain, a reply closes one, a recent
    meeting owes a thank-you); ``next_step`` then sets the step agreed at the meeting
    (None leaves its next steps as they are). ``today`` is the user's local date.
    Contacts that were dropped from the participants are told too: their timelines and
    last-contact dates change.
    """
    with store.atomic():
        saved = store.interactions.save(interaction)
        assert saved.id is not None
        # Outreach awaiting a reply starts a follow-up chain; their reply closes one. The
        # thank-you comes first: a meeting that already has follow-ups owes none.
        rules = journal.apply_rules_to_interaction(store, saved, settings=settings or Settings(),
                                                   today=today)
        agreed = (journal.agree_next_step(store, saved.id, next_step.text, next_step.due_on)
                  if next_step is not None else None)
    touched = set(saved.participant_ids)
    if before is not None:
        touched |= set(before.participant_ids)
    events.sig_interactions_changed.emit(sorted(touched))
    if rules.started or rules.closed_chains or rules.thank_yous or (agreed and agreed.any):
        events.sig_followups_changed.emit()
    return saved


def delete_interaction(store: Store, events: JournalEvents,
                       interaction_id: int) -> journal.InteractionBinned:
    """Move an interaction to the bin with the open follow-ups it started (its thank-you,
    next step or outreach tries); returns what went, for the undo."""
    binned = journal.bin_interaction(store, interaction_id)
    events.sig_interactions_changed.emit(sorted(binned.interaction.participant_ids))
    if binned.follow_ups:
        events.sig_followups_changed.emit()
    return binned


def restore_interaction(store: Store, events: JournalEvents,
                        binned: journal.InteractionBinned) -> Interaction:
    """Undo :func:`delete_interaction`: the interaction and its follow-ups come back."""
    restored = journal.restore_interaction(store, binned)
    events.sig_interactions_changed.emit(sorted(restored.participant_ids))
    if binned.follow_ups:
        events.sig_followups_changed.emit()
    return restored


def save_offer(store: Store, events: JournalEvents, offer: Offer) -> Offer:
    saved = store.offers.save(offer)
    events.sig_ledger_changed.emit(saved.contact_id)
    return saved


def set_offer_status(store: Store, events: JournalEvents, offer: Offer,
                     status: OfferStatus) -> Offer:
    return save_offer(store, events, dataclasses.replace(offer, status=status))


def delete_offer(store: Store, events: JournalEvents, offer_id: int) -> Offer:
    """Delete an offer; returns it so :func:`restore_offer` can put it back."""
    offer = store.offers.delete(offer_id)
    events.sig_ledger_changed.emit(offer.contact_id)
    return offer


def restore_offer(store: Store, events: JournalEvents, offer: Offer) -> Offer:
    """Save a deleted offer again (it gets a new id)."""
    return save_offer(store, events, dataclasses.replace(offer, id=None))


def save_exchange(store: Store, events: JournalEvents, exchange: Exchange) -> Exchange:
    saved = store.exchanges.save(exchange)
    events.sig_ledger_changed.emit(saved.contact_id)
    return saved


def delete_exchange(store: Store, events: JournalEvents, exchange_id: int) -> Exchange:
    exchange = store.exchanges.delete(exchange_id)
    events.sig_ledger_changed.emit(exchange.contact_id)
    return exchange


def restore_exchange(store: Store, events: JournalEvents, exchange: Exchange) -> Exchange:
    """Save a deleted favour again (it gets a new id)."""
    return save_exchange(store, events, dataclasses.replace(exchange, id=None))
