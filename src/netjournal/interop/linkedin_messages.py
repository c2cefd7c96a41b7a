"""LinkedIn's ``messages.csv`` onto the timelines.

Columns (found by name): ``CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE
URL, TO, RECIPIENT PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER`` (newer exports add
``ATTACHMENTS``). The owner of the export is the one participant in every conversation
(:func:`netjournal.domain.conversations.find_owner`). Each conversation becomes one
online interaction (channel *message*) per day on the timelines of the journal's
contacts in it, saying who wrote first and what was said; people not in the journal
are counted and skipped (the report lists them, so they can be added). Each entry
carries a key naming its conversation and day, so importing again adds nothing. As on
every other way an interaction is written, last contact and search follow (the
journal's triggers), a message from someone closes the outreach chains that waited for
their reply, and any entry closes the reconnect follow-ups it answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from netjournal.domain import conversations as conv
from netjournal.domain.details import fold
from netjournal.domain.values import (
    Channel,
    Contact,
    Detail,
    DetailKind,
    FollowUpKind,
    FollowUpStatus,
    Interaction,
)
from netjournal.interop import InteropError, csv_read
from netjournal.interop.linkedin_csv import (
    find_header,
    parse_message_date,
    split_names,
    split_urls,
)
from netjournal.interop.merge import LINKEDIN_LABEL
from netjournal.interop.model import Action, ImportReport, Kind, Outcome, Problem, Stranger
from netjournal.interop.transaction import in_transaction
from netjournal.storage import StorageError, imported, is_environmental, journal, transfer
from netjournal.storage.store import Store

HEADER = ("conversation id", "from", "date")  # what tells this file apart
_LEFT_OUT_FOLDERS = {"spam", "draft", "drafts"}


@dataclass
class MessagesRead:
    """What a ``messages.csv`` holds: messages, rejected rows, and who is who."""

    messages: list[conv.Message] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # person key -> name
    urls: dict[str, str] = field(default_factory=dict)  # person key -> profile URL


def header_index(text: str) -> int | None:
    """The line of the ``CONVERSATION ID,...,FROM,...,DATE`` header, if any."""
    return find_header(text, HEADER)


def _remember(read: MessagesRead, key: str, name: str, url: str) -> None:
    if name and (key not in read.names or read.names[key].startswith("http")):
        read.names[key] = name
    if url and key not in read.urls:
        read.urls[key] = url


def read_messages(text: str) -> MessagesRead:
    """The messages of the file; rows that cannot be read are rejected with why."""
    index = header_index(text)
    if index is None:
        raise InteropError("this is not a LinkedIn messages file: no "
                           "'CONVERSATION ID, FROM, ..., DATE' header")
    _, rows = csv_read.table(text, index)
    read = MessagesRead()
    left_out = 0
    for line, row in rows:
        where = f"line {line}"
        if isinstance(row, str):
            read.problems.append(Problem(where, row))
            continue
        cid = row.get("conversation id")
        if not cid:
            read.problems.append(Problem(where, "it has no conversation id"))
            continue
        sent_at = parse_message_date(row.get("date"))
        if sent_at is None:
            read.problems.append(Problem(where, f"the date {row.get('date')[:40]!r} is not "
                                                "a date"))
            continue
        if row.get("folder").lower() in _LEFT_OUT_FOLDERS:
            left_out += 1
            continue
        sender_url, sender_name = row.get("sender profile url"), row.get("from")
        sender = conv.person_key(sender_url, sender_name)
        if not sender:
            read.problems.append(Problem(where, "it has no sender: no name and no profile "
                                                "URL"))
            continue
        _remember(read, sender, " ".join(sender_name.split()), sender_url)
        urls = split_urls(row.get("recipient profile urls"))
        recipients: list[str] = []
        if urls:
            for url, name in zip(urls, split_names(row.get("to"), len(urls)), strict=True):
                key = conv.person_key(url)
                recipients.append(key)
                _remember(read, key, name, url)
        elif row.get("to"):
            key = conv.person_key("", row.get("to"))
            recipients.append(key)
            _remember(read, key, " ".join(row.get("to").split()), "")
        read.messages.append(conv.Message(
            conversation_id=cid, sender=sender, recipients=tuple(recipients),
            sent_at=sent_at, content=row.get("content") or row.get("subject"),
            title=row.get("conversation title"), where=where))
    if left_out:
        read.warnings.append(Problem("folder", f"{left_out} messages in the spam or drafts "
                                               "folder were left out"))
    return read


def _journal_people(store: Store, read: MessagesRead) -> dict[str, int]:
    """The journal contact of each person key it can be told for sure.

    By profile URL first; else by a name only one live contact has, unless that
    contact's public LinkedIn address differs from the message's (a namesake).
    Messages often give LinkedIn's member-id address (``/in/ACoAAB…``), which the
    public one of ``Connections.csv`` never equals.
    """
    keys = {k for m in read.messages for k in m.people}
    found = {k: min(ids) for k, ids in imported.contacts_by_profile(store, keys).items()}
    left = {k: read.names.get(k, "") for k in keys - found.keys()}
    left = {k: n for k, n in left.items() if n and not n.startswith("http")}
    if not left:
        return found
    ids_by_fold: dict[str, list[int]] = {}
    for cid, name, _company in transfer.live_contacts_named(store, left.values()):
        ids_by_fold.setdefault(fold(name), []).append(cid)
    unique = {k: ids[0] for k in left if len(ids := ids_by_fold.get(fold(left[k]), [])) == 1}
    cards = transfer.live_contacts(store, set(unique.values()))
    for key, cid in unique.items():
        links = [conv.person_key(d.value) for d in cards[cid].details_of(DetailKind.LINK)]
        if conv.may_be_same_profile(key, links):
            found[key] = cid
    return found


@dataclass
class _Run:
    outcomes: list[Outcome] = field(default_factory=list)
    strangers: dict[str, int] = field(default_factory=dict)  # person key -> days skipped
    touched: dict[int, dt.datetime] = field(default_factory=dict)  # contact -> last entry
    replied: dict[int, dt.datetime] = field(default_factory=dict)  # contact -> their last


def _later(seen: dict[int, dt.datetime], contact_id: int, when: dt.datetime) -> None:
    if contact_id not in seen or seen[contact_id] < when:
        seen[contact_id] = when


def _name(read: MessagesRead, key: str) -> str:
    return read.names.get(key) or read.urls.get(key) or key.removeprefix("name:")


def _apply(store: Store, read: MessagesRead) -> _Run:
    run = _Run([Outcome(p.where, "", Action.REJECT, note=p.reason) for p in read.problems])
    people = _journal_people(store, read)
    owner = conv.find_owner(read.messages, known=people)
    if owner is None and read.messages:
        raise InteropError("cannot tell whose messages these are: no one person is in "
                           "every conversation")
    days = conv.days(read.messages)
    known = imported.known_keys(store, "interaction", [d.key for d in days])
    contact_names = imported.contact_names(store, set(people.values()))
    pending: list[tuple[Interaction, str, int]] = []  # entry, key, outcome index
    for day in days:
        where = day.messages[0].where
        others = sorted(day.people - {owner})
        ids = sorted({people[k] for k in others if k in people})
        missing = [k for k in others if k not in people]
        for k in missing:
            run.strangers[k] = run.strangers.get(k, 0) + 1
        names = ", ".join(contact_names.get(i, "") for i in ids)
        if not ids:
            run.outcomes.append(Outcome(where, ", ".join(_name(read, k) for k in missing),
                                        Action.SKIP, note="nobody in this conversation is "
                                                          "in the journal"))
            continue
        if day.key in known:
            run.outcomes.append(Outcome(where, names, Action.SKIP, ids[0],
                                        note="already imported"))
            continue
        summary = conv.summary(day, {k: _name(read, k) for k in day.people})
        entry = Interaction(occurred_at=day.last_at, participant_ids=tuple(ids),
                            channel=Channel.MESSAGE, direction=conv.direction(day, owner or ""),
                            summary=summary)
        note = f"{day.day.isoformat()}: {summary}"
        if missing:
            note += "; not in the journal: " + ", ".join(_name(read, k) for k in missing)
        pending.append((entry, day.key, len(run.outcomes)))
        run.outcomes.append(Outcome(where, names, Action.CREATE, ids[0], note))
        for cid in ids:
            _later(run.touched, cid, day.last_at)
        for message in day.messages:
            if message.sender in people and message.sender != owner:
                _later(run.replied, people[message.sender], message.sent_at)
    _save(store, pending, run.outcomes)
    _follow_up_rules(store, run)
    return run


def _follow_up_rules(store: Store, run: _Run) -> None:
    """What every other write of an interaction does to follow-ups.

    Their message answers the outreach chains started before it; any entry warms the
    tie, so the reconnect follow-ups made before it are done.
    """
    for cid, when in run.replied.items():
        journal.close_chains(store, cid, before=when)
    for cid, when in run.touched.items():
        for row in store.followups.for_contact(cid, open_only=True):
            if (row.kind == FollowUpKind.RECONNECT and row.id is not None
                    and (row.created_at is None or row.created_at <= when)):
                store.followups.close(row.id, FollowUpStatus.DONE, at=when)


def _save(store: Store, pending: Sequence[tuple[Interaction, str, int]],
          outcomes: list[Outcome]) -> None:
    """Insert the entries at once; if that fails, one by one, rejecting the bad ones."""
    if not pending:
        return
    try:
        with store.atomic():
            imported.add_interactions(store, [(e, k) for e, k, _ in pending])
        return
    except StorageError as e:
        if is_environmental(e):
            raise
    for entry, key, at in pending:
        try:
            with store.atomic():
                imported.add_interactions(store, [(entry, key)])
        except StorageError as e:
            if is_environmental(e):
                raise
            o = outcomes[at]
            outcomes[at] = Outcome(o.where, o.name, Action.REJECT, note=str(e))


def strangers_of(read: MessagesRead, counts: Mapping[str, int]) -> tuple[Stranger, ...]:
    """The people not in the journal, most conversation days first."""
    return tuple(Stranger(_name(read, k), read.urls.get(k, ""), n) for k, n in
                 sorted(counts.items(), key=lambda kv: (-kv[1], _name(read, kv[0]))))


def import_messages(store: Store, text: str, *, dry_run: bool = False) -> ImportReport:
    """Read a ``messages.csv`` and put its conversations on the timelines, in one
    transaction."""
    read = read_messages(text)
    run = in_transaction(store, lambda: _apply(store, read), dry_run)
    return ImportReport(outcomes=tuple(run.outcomes), warnings=tuple(read.warnings),
                        dry_run=dry_run, kind=Kind.INTERACTIONS,
                        strangers=strangers_of(read, run.strangers))


def add_strangers(store: Store, people: Sequence[Stranger], how_met: str) -> list[int]:
    """Add people of a messages file as contacts (name, LinkedIn profile); return their ids.

    ``how_met`` is what their cards say under "how we met" (in the user's language).
    Someone whose profile a live contact already holds is not added twice.
    """
    keys = [conv.person_key(p.profile_url) for p in people if p.profile_url]
    have = imported.contacts_by_profile(store, keys)
    ids: list[int] = []
    with store.atomic():
        for person in people:
            key = conv.person_key(person.profile_url) if person.profile_url else ""
            if key and key in have:
                continue
            details = ((Detail(DetailKind.LINK, person.profile_url, LINKEDIN_LABEL),)
                       if person.profile_url else ())
            saved = store.contacts.save(Contact(name=person.name, how_met=how_met,
                                                details=details))
            assert saved.id is not None
            ids.append(saved.id)
            if key:
                have[key] = [saved.id]
    return ids
