"""User actions of the requests package: each calls the store, then tells the panes.

Widgets call these instead of the repositories, so every write emits the matching
:class:`~netjournal.ui.events.JournalEvents` signals. Errors from the store
(:class:`~netjournal.storage.StorageError`, a message meant for the user) and from the
settings file (:class:`~netjournal.settings.SettingsError`) propagate to the caller,
which shows them; several writes go in one ``store.atomic()`` so nothing is half-done.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path

from netjournal import settings as settings_mod
from netjournal.domain.introductions import should_go_back_to_introducer
from netjournal.domain.triage import clean_phrases
from netjournal.domain.values import (
    Channel,
    ConnectionRequest,
    Interaction,
    Introduction,
    RequestDecision,
    RequestDirection,
)
from netjournal.settings import Settings
from netjournal.storage import journal
from netjournal.storage.relations import AcceptResult
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents


def log_request(store: Store, events: JournalEvents,
                request: ConnectionRequest) -> ConnectionRequest:
    """Save a newly logged (or edited) request."""
    saved = store.requests.save(request)
    events.sig_requests_changed.emit()
    return saved


def accept_request(store: Store, events: JournalEvents, request_id: int, *,
                   how_met: str | None = None) -> AcceptResult:
    """Accept a request: the contact is created or linked in the same transaction."""
    result = store.requests.accept(request_id, how_met=how_met)
    assert result.contact.id is not None
    events.sig_contacts_changed.emit([result.contact.id])
    events.sig_requests_changed.emit()
    return result


def decide_request(store: Store, events: JournalEvents, request_id: int,
                   decision: RequestDecision) -> ConnectionRequest:
    """Decline, ignore, or put a request back to pending."""
    saved = store.requests.decide(request_id, decision)
    events.sig_requests_changed.emit()
    return saved


def delete_request(store: Store, events: JournalEvents, request_id: int) -> None:
    """Remove a request logged by mistake."""
    store.requests.delete(request_id)
    events.sig_requests_changed.emit()


def save_red_flags(settings: Settings, phrases: Iterable[str],
                   path: Path | None) -> Settings:
    """The settings with the user's tidied phrases, saved to ``path`` when there is one."""
    updated = dataclasses.replace(settings, red_flag_phrases=clean_phrases(phrases))
    if path is not None:
        settings_mod.save(path, updated)
    return updated


def record_introduction(store: Store, events: JournalEvents, intro: Introduction,
                        new_contacts: Mapping[int, str] | None = None, *,
                        go_back_to_introducer: bool = False) -> Introduction:
    """Save an introduction, first creating the contacts the user typed in as new.

    Args:
        intro: the introduction; a negative id stands for a contact to create.
        new_contacts: the name of the contact to create for each negative id.
        go_back_to_introducer: when the person declined an introduction made through
            someone, remind the user to thank the introducer and go back to them (and stop
            chasing the person): the follow-ups rule in ``journal``.
    """
    created: dict[int, int] = {}
    reminded = False
    with store.atomic():
        for placeholder, name in (new_contacts or {}).items():
            contact = store.contacts.create(name)
            assert contact.id is not None
            created[placeholder] = contact.id
        def real(cid: int | None) -> int | None:
            return created.get(cid, cid) if cid is not None else None

        saved = store.introductions.record(dataclasses.replace(
            intro, person_id=real(intro.person_id) or 0, introducer_id=real(intro.introducer_id),
            to_contact_id=real(intro.to_contact_id)))
        if go_back_to_introducer and should_go_back_to_introducer(saved):
            assert saved.id is not None
            saved = journal.record_introduction_outcome(store, saved.id,
                                                        saved.outcome).introduction
            reminded = True
    touched = {i for i in (saved.person_id, saved.introducer_id, saved.to_contact_id) if i}
    events.sig_contacts_changed.emit(sorted(touched | set(created.values())))
    events.sig_requests_changed.emit()
    if reminded:
        events.sig_followups_changed.emit()
    return saved


def log_sent_note(store: Store, events: JournalEvents, settings: Settings, contact_id: int,
                  note: str, *, network: str, profile_url: str, goal: str,
                  now: dt.datetime) -> Interaction:
    """Log a sent connection request note as outreach awaiting a reply.

    The outbound social interaction starts the follow-up chain (``journal.log_outreach``);
    an outgoing :class:`ConnectionRequest` keeps the request itself (pending until they
    accept). Both are written in one transaction.
    """
    contact = store.contacts.get(contact_id)
    with store.atomic():
        logged = journal.log_outreach(store, contact_id, note, when=now,
                                      channel=Channel.SOCIAL, goal=goal, settings=settings)
        store.requests.save(ConnectionRequest(
            name=contact.name, direction=RequestDirection.OUTGOING, network=network,
            profile_url=profile_url, message=note, received_on=now.astimezone().date(),
            contact_id=contact_id))
    events.sig_interactions_changed.emit([contact_id])
    events.sig_followups_changed.emit()
    events.sig_requests_changed.emit()
    return logged.interaction
