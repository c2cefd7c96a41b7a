"""Worded introduction paths and advice for a contact's card ("Introduced by Sari at JakartaJS").

Small functions the card (or any pane) calls with the store and a contact id; they read
the introductions, apply :mod:`netjournal.domain.introductions` and word the result.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netjournal.domain import introductions as rules
from netjournal.domain.values import IntroductionOutcome
from netjournal.storage import NotFoundError
from netjournal.storage.store import Store
from netjournal.ui.labels import label
from netjournal.ui.requests.wording import advice_text
from netjournal.ui.style import fill


def _name(store: Store, contact_id: int | None) -> str:
    if contact_id is None:
        return ""
    try:
        return store.contacts.get(contact_id, include_deleted=True).name
    except NotFoundError:
        return QCoreApplication.translate("requests", "someone no longer in your journal")


def introduction_path_text(store: Store, contact_id: int) -> str:
    """How a contact came to me, in words ("" when nothing links them).

    E.g. "Introduced by Sari Wijaya at JakartaJS", "You asked Sari for an
    introduction · Declined", "You introduced them to Andi".
    """
    try:
        contact = store.contacts.get(contact_id, include_deleted=True)
    except NotFoundError:
        return ""
    parts = rules.path_parts(contact, store.introductions.involving(contact_id))
    if parts is None:
        return ""
    event = ""
    if parts.event_id is not None:
        try:
            event = store.events.get(parts.event_id).name
        except NotFoundError:
            event = ""
    if parts.kind == rules.PathKind.INTRODUCED_BY:
        introducer = _name(store, parts.introducer_id)
        if event:
            text = fill(QCoreApplication.translate("requests", "Introduced by %1 at %2"),
                        introducer, event)
        else:
            text = fill(QCoreApplication.translate("requests", "Introduced by %1"), introducer)
    elif parts.kind == rules.PathKind.ASKED_VIA:
        text = fill(QCoreApplication.translate("requests", "You asked %1 for an introduction"),
                    _name(store, parts.introducer_id))
    else:
        text = fill(QCoreApplication.translate("requests", "You introduced them to %1"),
                    _name(store, parts.other_id))
    if parts.outcome in (IntroductionOutcome.DECLINED, IntroductionOutcome.NO_REPLY):
        text = fill(QCoreApplication.translate("requests", "%1 · %2"), text, label(parts.outcome))
    return text


def introduction_advice_text(store: Store, contact_id: int) -> str:
    """The suggestion for a card whose contact declined an introduction ("" if none)."""
    intro = rules.declined_through_introducer(store.introductions.involving(contact_id),
                                              contact_id)
    if intro is None:
        return ""
    return advice_text(rules.Advice.THANK_AND_GO_BACK, _name(store, intro.introducer_id),
                       _name(store, intro.person_id))


def advice_for_introduction(store: Store, introduction_id: int) -> str:
    """The advice that still applies to a recorded introduction ("" if none)."""
    try:
        intro = store.introductions.get(introduction_id)
    except NotFoundError:
        return ""
    codes = [c for c in rules.advice(intro) if c == rules.Advice.THANK_AND_GO_BACK]
    return "\n".join(advice_text(c, _name(store, intro.introducer_id),
                                 _name(store, intro.person_id)) for c in codes)
