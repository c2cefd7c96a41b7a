"""LinkedIn's ``Invitations.csv`` into the request inbox.

Columns (found by name, in any order and case): ``From, To, Sent At, Message,
Direction, inviterProfileUrl, inviteeProfileUrl``. An ``INCOMING`` row becomes a pending
request in the inbox, assessed by :mod:`netjournal.domain.triage` (the verdict and its
reasons go in the report); an ``OUTGOING`` row is kept as a request you sent, with its
note. The other person is matched to a journal contact by profile URL (case and a
trailing slash do not matter). Each row carries a source key, so importing the same
file again adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from netjournal.domain import triage
from netjournal.domain.conversations import person_key
from netjournal.domain.values import ConnectionRequest, RequestDirection
from netjournal.interop import InteropError, csv_read
from netjournal.interop.linkedin_csv import find_header, parse_sent_at
from netjournal.interop.model import Action, ImportReport, Kind, Outcome, Problem
from netjournal.interop.transaction import in_transaction
from netjournal.storage import StorageError, imported, is_environmental
from netjournal.storage.store import Store

NETWORK = "LinkedIn"
HEADER = ("from", "to", "direction")  # what tells this file apart
_VERDICTS = {triage.Verdict.LIKELY_ACCEPT: "likely accept",
             triage.Verdict.LOOK_CLOSER: "look closer",
             triage.Verdict.LIKELY_DECLINE: "likely decline"}
_SIGNALS = {
    triage.Signal.CLEAR_MESSAGE: "a short personal message",
    triage.Signal.STATED_REASON: "says why ({phrase!r})",
    triage.Signal.ENGAGEMENT: "mentions your work ({phrase!r})",
    triage.Signal.MUTUAL_CONNECTIONS: "{count} mutual connections",
    triage.Signal.NO_MESSAGE: "no message",
    triage.Signal.GENERIC_MESSAGE: "the network's default message",
    triage.Signal.LONG_MESSAGE: "a long pitch, not a short note",
    triage.Signal.TOO_SHORT: "a bare greeting",
    triage.Signal.NO_PHOTO: "no photo known",
    triage.Signal.EMPTY_PROFILE: "nothing known of the profile",
    triage.Signal.RED_FLAG: "red flag {phrase!r}",
}


@dataclass(frozen=True)
class Invitation:
    """One row of the file: a request to or from one person."""

    where: str
    direction: RequestDirection
    name: str  # the other person
    profile_url: str = ""
    sent_on: dt.date | None = None
    message: str = ""

    @property
    def person(self) -> str:
        return person_key(self.profile_url, self.name)

    @property
    def key(self) -> str:
        """What marks this invitation as already imported."""
        day = self.sent_on.isoformat() if self.sent_on else ""
        return f"linkedin-invitation:{self.direction.value}:{self.person}:{day}"


def header_index(text: str) -> int | None:
    """The line of the ``From,To,...,Direction`` header, if the text has one."""
    return find_header(text, HEADER)


def read_invitations(text: str) -> tuple[list[Invitation | Problem], list[Problem]]:
    """The invitations of the file and the rows rejected (with why), in file order;
    then warnings about values left out."""
    index = header_index(text)
    if index is None:
        raise InteropError("this is not a LinkedIn invitations file: no "
                           "'From, To, Sent At, Message, Direction' header")
    _, rows = csv_read.table(text, index)
    items: list[Invitation | Problem] = []
    warnings: list[Problem] = []
    for line, row in rows:
        where = f"line {line}"
        if isinstance(row, str):
            items.append(Problem(where, row))
            continue
        way = row.get("direction").upper()
        if way not in ("INCOMING", "OUTGOING"):
            items.append(Problem(where, f"the direction {way[:30]!r} is neither INCOMING "
                                        "nor OUTGOING"))
            continue
        incoming = way == "INCOMING"
        name = " ".join((row.get("from") if incoming else row.get("to")).split())
        url = row.get("inviterprofileurl" if incoming else "inviteeprofileurl")
        if not name and not url:
            items.append(Problem(where, "it names nobody: no name and no profile URL"))
            continue
        sent_on = parse_sent_at(row.get("sent at"))
        if row.get("sent at") and sent_on is None:
            warnings.append(Problem(where, f"the date {row.get('sent at')[:30]!r} is not a "
                                           "date; it was left out"))
        items.append(Invitation(
            where=where, name=name or url,
            direction=RequestDirection.INCOMING if incoming else RequestDirection.OUTGOING,
            profile_url=url, sent_on=sent_on, message=row.get("message")))
    return items, warnings


def describe(assessment: triage.Assessment) -> str:
    """``look closer: mentions your work ('your talk'); no photo known``, in English."""
    reasons = [_SIGNALS[r.signal].format(phrase=r.phrase, count=r.count)
               for r in assessment.reasons]
    text = _VERDICTS[assessment.verdict]
    return f"{text}: {'; '.join(reasons)}" if reasons else text


def _request(invitation: Invitation, contact_id: int | None) -> ConnectionRequest:
    return ConnectionRequest(
        name=invitation.name, direction=invitation.direction, network=NETWORK,
        profile_url=invitation.profile_url, message=invitation.message,
        received_on=invitation.sent_on, contact_id=contact_id)


def _note(invitation: Invitation, assessment: triage.Assessment | None,
          contact_id: int | None) -> str:
    if assessment is not None:
        note = describe(assessment)
    else:
        note = (f"sent by you with the note {invitation.message!r}" if invitation.message
                else "sent by you without a note")
    if contact_id is not None:
        note += f"; already in the journal (#{contact_id})"
    return note


def _apply(store: Store, items: list[Invitation | Problem],
           red_flags: tuple[str, ...]) -> list[Outcome]:
    invitations = [i for i in items if isinstance(i, Invitation)]
    known = imported.known_keys(store, "connection_request", [i.key for i in invitations])
    people = imported.contacts_by_profile(store, [i.person for i in invitations])
    seen: set[str] = set()
    outcomes: list[Outcome] = []
    for item in items:
        if isinstance(item, Problem):
            outcomes.append(Outcome(item.where, "", Action.REJECT, note=item.reason))
            continue
        if item.key in known or item.key in seen:
            why = ("already imported" if item.key in known
                   else "the same invitation is on an earlier line")
            outcomes.append(Outcome(item.where, item.name, Action.SKIP, note=why))
            continue
        seen.add(item.key)
        contact_id = min(people[item.person]) if people.get(item.person) else None
        request = _request(item, contact_id)
        try:
            with store.atomic():
                imported.add_request(store, request, item.key)
        except StorageError as e:
            if is_environmental(e):
                raise
            outcomes.append(Outcome(item.where, item.name, Action.REJECT, note=str(e)))
            continue
        assessment = (triage.assess(request, red_flags)
                      if item.direction == RequestDirection.INCOMING else None)
        outcomes.append(Outcome(item.where, item.name, Action.CREATE, contact_id,
                                _note(item, assessment, contact_id), assessment=assessment))
    return outcomes


def import_invitations(store: Store, text: str, *, red_flags: Iterable[str] = (),
                       dry_run: bool = False) -> ImportReport:
    """Read an ``Invitations.csv`` and add its requests, in one transaction.

    ``red_flags`` are the user's phrases the triage counts against a request.
    """
    items, warnings = read_invitations(text)
    flags = tuple(red_flags)
    outcomes = in_transaction(store, lambda: _apply(store, items, flags), dry_run)
    return ImportReport(outcomes=tuple(outcomes), warnings=tuple(warnings), dry_run=dry_run,
                        kind=Kind.REQUESTS)

