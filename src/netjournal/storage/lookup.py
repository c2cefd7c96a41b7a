"""Which contact the user means by what they typed: an id, else an exact name, else a search.

One rule for every front end that takes a contact by name (``netjournal print CONTACT``
today, any dialog tomorrow): :func:`find_contact` returns the candidates and how they were
found; the caller takes the one, or words the several and asks for an id.

1. An id: ``12`` or ``#12`` (a live contact, or nothing).
2. Else the contacts named exactly so, case and accents ignored (``segolene lefevre``
   names Ségolène Lefèvre).
3. Else the very search ``netjournal search`` runs (:class:`ContactFilter` text: every
   word a prefix, accents folded, over names, companies, tags, notes and conversations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from netjournal.domain.details import fold
from netjournal.storage.search import ContactFilter, fold_letters, fts_query
from netjournal.storage.sql import fetch_all
from netjournal.storage.store import Store

LISTED = 8  # candidates returned when several match
_ID = re.compile(r"#?\s*(\d+)")


class MatchedBy(StrEnum):
    ID = "id"
    NAME = "name"
    SEARCH = "search"


@dataclass(frozen=True)
class ContactLookup:
    """What a typed reference found.

    ``by`` is how the candidates were found (``None``: nothing matched, or an id named no
    live contact, see ``id_given``); ``ids`` are the first of them (by name), ``total``
    how many there are in all.
    """

    text: str
    by: MatchedBy | None
    ids: tuple[int, ...] = ()
    total: int = 0
    id_given: int | None = None  # the text was an id (found or not)

    @property
    def contact_id(self) -> int | None:
        """The one contact meant, or None when there is none or several."""
        return self.ids[0] if self.total == 1 else None


def _key(text: str) -> str:
    """The form two names are compared in: case, accents and spacing ignored."""
    return fold(fold_letters(text))


def named_exactly(store: Store, name: str) -> list[int]:
    """Live contacts whose name is ``name``, case and accents ignored, oldest first.

    The full-text index on names narrows the candidates to those with every word of the
    name (accents folded there too); the comparison itself is made here.
    """
    words = re.findall(r"\w+", fold_letters(name).lower())
    if not words:
        return []
    match = "name : (" + " AND ".join(f'"{w}"' for w in words) + ")"
    rows = fetch_all(
        store.db,
        "SELECT c.id, c.name FROM contact c WHERE c.deleted_at IS NULL AND c.id IN"
        " (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?) ORDER BY c.id",
        [match])
    wanted = _key(name)
    return [cid for cid, stored in rows if _key(stored) == wanted]


def find_contact(store: Store, text: str, *, limit: int = LISTED) -> ContactLookup:
    """The contacts ``text`` may mean, by the rule in this module's docstring.

    Args:
        store: the open journal.
        text: what the user typed: an id, a name, or words to search for.
        limit: at most this many candidates in ``ids`` (``total`` counts them all).
    """
    text = " ".join(text.split())
    if (given := _ID.fullmatch(text)) is not None:
        cid = int(given.group(1))
        if store.contacts.exists(cid):
            return ContactLookup(text, MatchedBy.ID, (cid,), 1, id_given=cid)
        return ContactLookup(text, None, id_given=cid)
    if not fts_query(text):  # no word in it: a name cannot match, the search would match all
        return ContactLookup(text, None)
    named = named_exactly(store, text)
    if named:
        return ContactLookup(text, MatchedBy.NAME, tuple(named[:limit]), len(named))
    flt = ContactFilter(text=text)
    ids = store.search.contact_ids(flt, limit=limit)
    if not ids:
        return ContactLookup(text, None)
    total = len(ids) if len(ids) < limit else store.search.count(flt)
    return ContactLookup(text, MatchedBy.SEARCH, tuple(ids), total)
