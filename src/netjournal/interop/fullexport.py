"""The NetJournal JSON full export: the whole journal, losslessly, in one readable file.

Format (version 1)::

    {"format": "netjournal-backup", "version": 1, "exported_at": "2026-05-01T09:00:00Z",
     "events": [...], "contacts": [...], "interactions": [...], "offers": [...],
     "exchanges": [...], "follow_ups": [...], "introductions": [...],
     "connection_requests": [...]}

Each record holds the columns of its table by name: timestamps (``*_at``) are UTC in ISO
8601 with ``Z``, dates ``YYYY-MM-DD``, photos base64, flags true/false. Contacts carry
their ``details`` (kind, label, value) and ``tags``; interactions their
``participant_ids``. Rows in the bin are included with their ``deleted_at``.

Ids: a backup keeps the journal's own ids. Importing it into an empty journal restores
every row with the same id (and the same timestamps), so exporting again gives the same
file apart from ``exported_at``. Importing it into a journal that already has data is
a merge: people are matched by the import rules (:mod:`merge`), everything else gets new
ids with its references remapped, and records already there are not added twice.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from netjournal.domain.values import (
    Channel,
    ConnectionRequest,
    Contact,
    Detail,
    DetailKind,
    Direction,
    Event,
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Interaction,
    Introduction,
    IntroductionDirection,
    IntroductionOutcome,
    Offer,
    OfferStatus,
    RequestDecision,
    RequestDirection,
    TieStrength,
)
from netjournal.interop import InteropError, engine
from netjournal.interop.model import Action, Candidate, ImportReport, Outcome, Problem
from netjournal.storage import StorageError, transfer
from netjournal.storage.convert import DAY_ONLY_TIME, date_from_db, from_db, to_db
from netjournal.storage.store import Store

FORMAT = "netjournal-backup"
VERSION = 1

# JSON key -> table, parents first.
SECTIONS = {"events": "event", "contacts": "contact", "interactions": "interaction",
            "offers": "offer", "exchanges": "exchange", "follow_ups": "follow_up",
            "introductions": "introduction", "connection_requests": "connection_request"}
_FLAGS = {"awaiting_reply", "asked_first", "has_photo", "profile_filled"}
_BLOBS = {"photo"}
# Stored UTC times: naive, or (written by some repositories) with a +00:00 offset.
_STORED_TIME = re.compile(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)(?:\+00:00)?$")
_JSON_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
_DAY_ONLY = re.compile(r"^\d{4}-\d\d-\d\d" + re.escape(DAY_ONLY_TIME) + "$")
"""A meeting entered by its date (no ``Z``: it is a day, not a moment)."""


def _to_json(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column in _BLOBS and isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if column in _FLAGS:
        return bool(value)
    if column.endswith("_at") and isinstance(value, str):
        match = _STORED_TIME.match(value)
        if match:
            return f"{match.group(1)}T{match.group(2)}Z"
    return value


def _from_json(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column in _BLOBS:
        if not isinstance(value, str):
            raise ValueError(f"{column} must be base64 text")
        return base64.b64decode(value, validate=True)
    if column.endswith("_at"):
        if isinstance(value, str) and _DAY_ONLY.match(value):  # a whole day, as stored
            return value
        if isinstance(value, str) and _JSON_TIME.match(value):
            return value[:-1].replace("T", " ")
        if not (isinstance(value, str) and _STORED_TIME.match(value)):
            raise ValueError(f"{column} is not a time: {value!r}")
    elif column.endswith("_on") or column == "birthday":
        try:
            dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValueError(f"{column} is not a date: {value!r}") from None
    return value


def _row_to_json(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v if k in ("details", "tags", "participant_ids") else _to_json(k, v)
            for k, v in row.items()}


def build(store: Store, now: dt.datetime) -> dict[str, Any]:
    """The backup of ``store`` as a JSON-ready dict, stamped ``now`` (UTC)."""
    from netjournal import __version__

    rows = transfer.dump(store)
    stamp = to_db(now)
    assert stamp is not None
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION,
                           "exported_at": stamp.isoformat() + "Z",
                           "app_version": __version__}
    for key, table in SECTIONS.items():
        out[key] = [_row_to_json(r) for r in rows[table]]
    return out


# -- reading ----------------------------------------------------------------------------------

def parse(data: bytes) -> dict[str, Any]:
    """A backup file's content, checked for shape; raises ``InteropError`` with a reason."""
    from netjournal.interop import textio

    try:
        content = json.loads(textio.decode(data))
    except (json.JSONDecodeError, RecursionError) as e:
        raise InteropError(f"the JSON cannot be read: {e}") from e
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise InteropError("this JSON file is not a NetJournal full export "
                           f"(no \"format\": \"{FORMAT}\")")
    version = content.get("version")
    if not isinstance(version, int) or version < 1:
        raise InteropError("the full export has no valid format version")
    if version > VERSION:
        raise InteropError(f"the full export was written by a newer NetJournal (format "
                           f"{version}; this version reads up to {VERSION}): update NetJournal")
    for key in SECTIONS:
        section = content.get(key, [])
        if not isinstance(section, list) or not all(isinstance(r, dict) for r in section):
            raise InteropError(f"the full export's {key!r} is not a list of records")
    return content


def tables(content: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """A parsed backup's records as rows of their tables, values as the journal stores
    them (raises ``ValueError`` or ``binascii.Error`` for a value of the wrong form)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for key, table in SECTIONS.items():
        rows = []
        for record in content.get(key, []):
            row = {k: v if k in ("details", "tags", "participant_ids") else _from_json(k, v)
                   for k, v in record.items()}
            rows.append(row)
        tables[table] = rows
    return tables


def import_full_export(store: Store, data: bytes, *, dry_run: bool = False) -> ImportReport:
    """Restore (empty journal) or merge (journal with data) a backup file."""
    content = parse(data)
    outcomes: list[Outcome] = []
    records: dict[str, int] = {}
    warnings: list[Problem] = []
    try:
        with store.atomic():
            restored = False
            if transfer.is_empty(store):
                try:
                    transfer.restore(store, tables(content))
                    restored = True
                except (StorageError, ValueError, binascii.Error) as e:
                    warnings.append(Problem("the full export", f"it could not be restored as it is "
                                                          f"({e}); it was merged record by "
                                                          "record instead"))
            if restored:
                outcomes = [Outcome(_where("contact", n, r), str(r.get("name", "")),
                                    Action.CREATE, r.get("id"))
                            for n, r in enumerate(content.get("contacts", []))]
                records = {key: len(content.get(key, [])) for key in SECTIONS
                           if key != "contacts" and content.get(key)}
            else:
                merger = _Merger(store, content)
                try:
                    outcomes, records, notes = merger.run()
                except (TypeError, ValueError, AttributeError, OverflowError,
                        sqlite3.Error) as e:  # a record of the wrong shape: nothing saved
                    raise InteropError(f"the full export holds a malformed record ({e}); "
                                       "nothing was imported") from e
                warnings.extend(notes)
            if dry_run:
                raise engine.DryRun
    except engine.DryRun:
        outcomes = [Outcome(o.where, o.name, o.action, None if o.action == Action.CREATE
                            else o.contact_id, o.note, o.reason) for o in outcomes]
    return ImportReport(outcomes=tuple(outcomes), warnings=tuple(warnings), dry_run=dry_run,
                        records=records)


def _reason(error: Exception) -> str:
    """A rejected record's reason in words."""
    if isinstance(error, KeyError):
        return f"it has no {error.args[0]!r}"
    if isinstance(error, binascii.Error):
        return f"its photo is not valid base64 ({error})"
    return str(error) or type(error).__name__


# How a record's place in the file is written ("follow-up 3 (id 12)").
_PLACE_WORDS = {"follow_up": "follow-up", "connection_request": "connection request"}


def _where(table: str, index: int, record: Mapping[str, Any]) -> str:
    name = _PLACE_WORDS.get(table, table)
    rid = record.get("id")
    return f"{name} {index + 1}" + (f" (id {rid})" if rid is not None else "")


def _date(value: Any) -> dt.date | None:
    return date_from_db(value) if value else None


def _time(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    text = str(value)
    if _DAY_ONLY.match(text):
        return from_db(text)
    if text.endswith("Z"):
        text = text[:-1]
    return from_db(dt.datetime.fromisoformat(text.replace("T", " ")))


class _Merger:
    """Adds a backup to a journal that already has data, record by record."""

    def __init__(self, store: Store, content: Mapping[str, Any]) -> None:
        self.store = store
        self.content = content
        self.outcomes: list[Outcome] = []
        self.records: dict[str, int] = {}
        self.notes: list[Problem] = []
        self.events: dict[int, int] = {}
        self.contacts: dict[int, int] = {}
        self.interactions: dict[int, int] = {}

    def _each(self, key: str, table: str, add: Callable[[dict[str, Any]], bool]) -> None:
        for n, record in enumerate(self.content.get(key, [])):
            try:
                row = {k: v if k in ("details", "tags", "participant_ids")
                       else _from_json(k, v) for k, v in record.items()}
                if add(row):
                    self.records[key] = self.records.get(key, 0) + 1
            except (StorageError, ValueError, KeyError, TypeError, binascii.Error) as e:
                self.outcomes.append(Outcome(_where(table, n, record), "", Action.REJECT,
                                             note=_reason(e)))

    def run(self) -> tuple[list[Outcome], dict[str, int], list[Problem]]:
        self._each("events", "event", self._event)
        self._contacts()
        self._each("interactions", "interaction", self._interaction)
        self._each("offers", "offer", self._offer)
        self._each("exchanges", "exchange", self._exchange)
        self._each("follow_ups", "follow_up", self._follow_up)
        self._each("introductions", "introduction", self._introduction)
        self._each("connection_requests", "connection_request", self._request)
        return self.outcomes, self.records, self.notes

    # events and people ---------------------------------------------------------------

    def _event(self, row: dict[str, Any]) -> bool:
        starts = _date(row.get("starts_on"))
        for event in self.store.events.find(str(row["name"])):
            if event.starts_on == starts and event.id is not None:
                self.events[int(row["id"])] = event.id
                return False
        saved = self.store.events.save(Event(name=str(row["name"]), starts_on=starts,
                                             place=str(row.get("place") or ""),
                                             notes=str(row.get("notes") or "")))
        assert saved.id is not None
        self.events[int(row["id"])] = saved.id
        return True

    def _contact(self, row: dict[str, Any]) -> Contact:
        details = tuple(Detail(DetailKind(d["kind"]), str(d["value"]), str(d.get("label", "")))
                        for d in row.get("details", ()))
        tie = TieStrength(row.get("tie_strength") or TieStrength.WEAK.value)
        event = row.get("met_at_event_id")
        return Contact(
            name=str(row["name"]), company=str(row.get("company") or ""),
            title=str(row.get("title") or ""), photo=row.get("photo"),
            how_met=str(row.get("how_met") or ""), met_on=_date(row.get("met_on")),
            met_at_event_id=self.events.get(int(event)) if event is not None else None,
            tie_strength=TieStrength.WEAK if tie == TieStrength.DORMANT else tie,
            cadence_days=row.get("cadence_days"), interests=str(row.get("interests") or ""),
            family=str(row.get("family") or ""), remember=str(row.get("remember") or ""),
            notes=str(row.get("notes") or ""), birthday=_date(row.get("birthday")),
            details=details, tags=tuple(str(t) for t in row.get("tags", ())))

    def _contacts(self) -> None:
        items: list[Candidate | Problem] = []
        rows: list[dict[str, Any]] = []
        binned = 0
        for n, record in enumerate(self.content.get("contacts", [])):
            where = _where("contact", n, record)
            try:
                row = {k: v if k in ("details", "tags") else _from_json(k, v)
                       for k, v in record.items()}
                if row.get("deleted_at"):
                    binned += 1
                    continue
                items.append(Candidate(self._contact(row), where))
                rows.append(row)
            except (ValueError, KeyError, TypeError, binascii.Error) as e:
                items.append(Problem(where, _reason(e)))
                rows.append({})
        if binned:
            self.notes.append(Problem("the full export", f"{binned} contact(s) in its bin were "
                                                    "not imported"))
        outcomes = engine.apply(self.store, items)
        for row, outcome in zip(rows, outcomes, strict=True):
            if row and outcome.contact_id is not None:
                self.contacts[int(row["id"])] = outcome.contact_id
        for row, outcome in zip(rows, outcomes, strict=True):
            intro = row.get("introduced_by_id") if row else None
            if intro is None or outcome.contact_id is None or int(intro) not in self.contacts:
                continue
            current = self.store.contacts.get(outcome.contact_id)
            new_intro = self.contacts[int(intro)]
            if current.introduced_by_id is None and new_intro != current.id:
                self.store.contacts.save(dataclasses.replace(current,
                                                             introduced_by_id=new_intro))
        self.outcomes.extend(outcomes)

    def _person(self, value: Any) -> int | None:
        return self.contacts.get(int(value)) if value is not None else None

    # the rest --------------------------------------------------------------------------

    def _interaction(self, row: dict[str, Any]) -> bool:
        if row.get("deleted_at"):
            return False
        people = sorted({p for p in (self._person(c) for c in row.get("participant_ids", ()))
                         if p is not None})
        if not people:
            raise ValueError("none of its participants is in the journal")
        occurred = _time(row["occurred_at"])
        assert occurred is not None
        value = Interaction(
            occurred_at=occurred, participant_ids=tuple(people),
            channel=Channel(row["channel"]), direction=Direction(row["direction"]),
            goal=str(row.get("goal") or ""), summary=str(row.get("summary") or ""),
            learned=str(row.get("learned") or ""),
            event_id=self.events.get(int(row["event_id"])) if row.get("event_id") else None,
            awaiting_reply=bool(row.get("awaiting_reply")))
        key = _interaction_key(value)
        for existing in self.store.interactions.for_contact(people[0]):
            if _interaction_key(existing) == key and existing.id is not None:
                self.interactions[int(row["id"])] = existing.id
                return False
        saved = self.store.interactions.save(value)
        assert saved.id is not None
        self.interactions[int(row["id"])] = saved.id
        return True

    def _contact_of(self, row: Mapping[str, Any]) -> int:
        cid = self._person(row["contact_id"])
        if cid is None:
            raise ValueError("its contact is not in the journal")
        return cid

    def _offer(self, row: dict[str, Any]) -> bool:
        cid = self._contact_of(row)
        text = str(row["text"]).strip()
        if any(o.text == text for o in self.store.offers.for_contact(cid)):
            return False
        self.store.offers.save(Offer(contact_id=cid, text=text,
                                     status=OfferStatus(row.get("status") or "idea")))
        return True

    def _exchange(self, row: dict[str, Any]) -> bool:
        cid = self._contact_of(row)
        value = Exchange(contact_id=cid, direction=ExchangeDirection(row["direction"]),
                         kind=ExchangeKind(row["kind"]),
                         description=str(row.get("description") or "").strip(),
                         occurred_on=_date(row.get("occurred_on")),
                         status=ExchangeStatus(row.get("status") or "done"))
        key = (value.direction, value.kind, value.description, value.occurred_on)
        if any((x.direction, x.kind, x.description, x.occurred_on) == key
               for x in self.store.exchanges.for_contact(cid)):
            return False
        self.store.exchanges.save(value)
        return True

    def _follow_up(self, row: dict[str, Any]) -> bool:
        cid = self._contact_of(row)
        due = _date(row["due_on"])
        assert due is not None
        origin = row.get("origin_interaction_id")
        value = FollowUp(contact_id=cid, due_on=due, kind=FollowUpKind(row["kind"]),
                         reason=str(row.get("reason") or ""),
                         status=FollowUpStatus(row.get("status") or "open"),
                         attempt=row.get("attempt"),
                         origin_interaction_id=self.interactions.get(int(origin))
                         if origin is not None else None,
                         closed_at=_time(row.get("closed_at")))
        key = (value.due_on, value.kind, value.reason)
        if any((f.due_on, f.kind, f.reason) == key
               for f in self.store.followups.for_contact(cid)):
            return False
        self.store.followups.save(value)
        return True

    def _introduction(self, row: dict[str, Any]) -> bool:
        person = self._contact_of({"contact_id": row["person_id"]})
        value = Introduction(
            person_id=person, introducer_id=self._person(row.get("introducer_id")),
            to_contact_id=self._person(row.get("to_contact_id")),
            direction=IntroductionDirection(row.get("direction") or "received"),
            made_on=_date(row.get("made_on")), asked_first=bool(row.get("asked_first")),
            outcome=IntroductionOutcome(row.get("outcome") or "pending"),
            notes=str(row.get("notes") or ""))
        key = (value.person_id, value.introducer_id, value.to_contact_id, value.direction,
               value.made_on)
        if any((i.person_id, i.introducer_id, i.to_contact_id, i.direction, i.made_on) == key
               for i in self.store.introductions.involving(person)):
            return False
        self.store.introductions.save(value)
        return True

    def _request(self, row: dict[str, Any]) -> bool:
        value = ConnectionRequest(
            name=str(row["name"]), direction=RequestDirection(row.get("direction") or
                                                              "incoming"),
            network=str(row.get("network") or ""), profile_url=str(row.get("profile_url") or ""),
            message=str(row.get("message") or ""),
            mutual_connections=int(row.get("mutual_connections") or 0),
            has_photo=bool(row.get("has_photo")), profile_filled=bool(row.get("profile_filled")),
            received_on=_date(row.get("received_on")),
            decision=RequestDecision(row.get("decision") or "pending"),
            decided_at=_time(row.get("decided_at")),
            contact_id=self._person(row.get("contact_id")))
        key = _request_key(value)
        if any(_request_key(r) == key for r in self.store.requests.all()):
            return False
        self.store.requests.save(value)
        return True


def _interaction_key(i: Interaction) -> tuple[Any, ...]:
    return (to_db(i.occurred_at), i.channel, i.summary, i.goal, i.learned,
            tuple(sorted(i.participant_ids)))


def _request_key(r: ConnectionRequest) -> tuple[Any, ...]:
    return (r.name.strip().casefold(), r.network.strip().casefold(), r.profile_url.strip(),
            r.received_on, r.direction)

