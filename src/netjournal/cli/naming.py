"""The contact a command is given (``CONTACT``): the storage's one rule, worded for the CLI."""

from __future__ import annotations

from netjournal.cli.common import CommandError
from netjournal.cli.words import fill, translate
from netjournal.storage.lookup import ContactLookup, MatchedBy, find_contact
from netjournal.storage.store import Store

CONTACT_HELP = ("the contact: an id (12 or #12), else an exact name, else words that "
                "`netjournal search` finds; several matches are listed with their ids")


def resolve_contact(store: Store, text: str) -> int:
    """The id of the one live contact ``text`` means.

    Raises:
        CommandError: nothing typed, no such contact, or several (listed with their ids,
            on the one line of the error).
    """
    if not text.strip():
        raise CommandError(translate("cli", "give a contact's id or name"))
    found = find_contact(store, text)
    if found.contact_id is not None:
        return found.contact_id
    if found.id_given is not None:
        raise CommandError(fill(translate("cli", "there is no contact #%1"), found.id_given))
    if found.by is None:
        raise CommandError(fill(translate("cli", "no contact matches %1"), repr(found.text)))
    raise CommandError(_several(store, found))


def _several(store: Store, found: ContactLookup) -> str:
    """``3 contacts match 'budi': #12 Budi Santoso (Tokopedia), ... - give the id``."""
    rows = store.contacts.summaries(list(found.ids))
    listed = []
    for cid in found.ids:
        row = rows.get(cid)
        if row is not None:
            name, company = " ".join(row.name.split()), " ".join(row.company.split())
            listed.append(f"#{cid} {name}" + (f" ({company})" if company else ""))
    if found.total > len(found.ids):
        listed.append(fill(translate("cli", "and %1 more"), found.total - len(found.ids)))
    text = (translate("cli", "%1 contacts are named %2: %3 — give the id")
            if found.by == MatchedBy.NAME else
            translate("cli", "%1 contacts match %2: %3 — give the id"))
    return fill(text, found.total, repr(found.text), ", ".join(listed))
