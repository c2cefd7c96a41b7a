"""Writing what a reader found into the journal: create, merge or reject, batch by batch.

The whole import is one transaction (a dry run rolls it back). Matches are looked up a
batch at a time with indexed queries and decided by the rule of
:mod:`netjournal.domain.identity`; new people are buffered and inserted in bulk at the end
of each batch. The records of one file are distinct people: they are never merged into
each other, and each journal contact takes at most one of them. Each merge into an
existing contact and each batch of inserts runs in its own savepoint, and a batch that
fails is retried one contact at a time, so a bad record is rejected whole and never
half-written. A failure that is not
the record's own (a lock, a full disk, a read-only journal) stops the whole import, which
then saves nothing: no card is reported rejected for a reason the next card would share.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from netjournal.domain.details import fold
from netjournal.domain.hygiene import clean_record, name_problem
from netjournal.domain.identity import Identity, Verdict
from netjournal.domain.values import Contact
from netjournal.interop import merge
from netjournal.interop.model import Action, Candidate, ImportReport, Outcome, Problem, ReadResult
from netjournal.storage import StorageError, is_environmental, transfer
from netjournal.storage.store import Store

BATCH = 500

Progress = Callable[[int, int], None]  # (records done, records in all)


class DryRun(Exception):  # noqa: N818 (a signal, not an error)
    """Raised inside the transaction to roll a dry run back."""


@dataclasses.dataclass
class _Pending:
    contact: Contact
    outcome: int  # index of its outcome
    contact_id: int | None = None


@dataclasses.dataclass(frozen=True)
class _Record:
    where: str
    contact: Contact  # details without blanks and repeats
    keys: tuple[merge.Key, ...]
    identity: Identity


class _Engine:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.created: set[int] = set()  # contacts this run inserted
        self.claimed: set[int] = set()  # journal contacts a record of this run merged into
        self.outcomes: list[Outcome] = []
        self.pending: list[_Pending] = []
        self.flushed = 0  # pending[:flushed] are in the database
        self.known: dict[int, Contact] = {}  # journal contacts read for this batch, as merged

    def _match(self, record: _Record, db_keys: dict[merge.Key, list[int]],
               db_names: dict[str, list[int]]) -> tuple[int, Verdict] | None:
        ids = {i for key in record.keys for i in db_keys.get(key, ())}
        ids.update(db_names.get(record.identity.name, ()))
        ids -= self.created | self.claimed
        return merge.best_match(record.identity, (
            (i, merge.identity_of(self.known[i])) for i in sorted(ids) if i in self.known))

    # -- one batch -------------------------------------------------------------------------

    def run_batch(self, items: Sequence[Candidate | Problem]) -> None:
        records: list[_Record | Problem] = []
        for item in items:
            if isinstance(item, Problem):
                records.append(item)
                continue
            cleaned = clean_record(item.contact)  # no NUL or ESC from a file gets stored
            if (too_long := name_problem(cleaned.name)) is not None:
                records.append(Problem(item.where, too_long))
                continue
            contact, keys = merge.identify(cleaned)
            records.append(_Record(item.where, contact, keys, merge.identity_of(contact)))
        wanted = {k for r in records if isinstance(r, _Record) for k in r.keys}
        db_keys = transfer.live_ids_by_details(self.store, wanted)
        db_names: dict[str, list[int]] = {}
        for cid, name, _company in transfer.live_contacts_named(
                self.store, [r.contact.name for r in records if isinstance(r, _Record)]):
            db_names.setdefault(fold(name), []).append(cid)
        # Everyone this batch may merge into, read at once (re-imports match everybody).
        maybe = {i for ids in (*db_keys.values(), *db_names.values()) for i in ids}
        self.known = transfer.live_contacts(self.store, maybe - self.created)
        for record in records:
            if isinstance(record, Problem):
                self.outcomes.append(Outcome(record.where, "", Action.REJECT,
                                             note=record.reason))
            else:
                self._one(record, db_keys, db_names)
        self._flush()

    def _one(self, record: _Record, db_keys: dict[merge.Key, list[int]],
             db_names: dict[str, list[int]]) -> None:
        found = self._match(record, db_keys, db_names)
        if found is None:
            self.pending.append(_Pending(record.contact, len(self.outcomes)))
            self.outcomes.append(Outcome(record.where, record.contact.name, Action.CREATE))
            return
        target, verdict = found
        self.claimed.add(target)
        self._merge_into_journal(record, target, merge.describe(verdict))

    def _merge_into_journal(self, record: _Record, target: int, reason: str) -> None:
        contacts = self.store.contacts
        try:
            existing = self.known.get(target) or contacts.get(target)
            plan = merge.plan_merge(existing, record.contact)
            if plan.changed:
                with self.store.atomic():
                    if plan.fields:
                        contacts.save(dataclasses.replace(
                            existing, **plan.fields))  # type: ignore[arg-type]
                    transfer.add_details(self.store, target, plan.details)
                    contacts.add_tags(target, plan.tags)
                self.known[target] = plan.apply(existing)
        except StorageError as e:
            if is_environmental(e):
                raise
            self.outcomes.append(Outcome(record.where, record.contact.name, Action.REJECT,
                                         note=str(e)))
            return
        action = Action.MERGE if plan.changed else Action.UNCHANGED
        self.outcomes.append(Outcome(record.where, existing.name, action, target,
                                     f"{reason}; {plan.describe()}", reason=reason))

    def _flush(self) -> None:
        batch = self.pending[self.flushed:]
        self.flushed = len(self.pending)
        if not batch:
            return
        try:
            with self.store.atomic():
                ids = transfer.insert_contacts(self.store, [p.contact for p in batch])
        except StorageError as e:
            if is_environmental(e):
                raise
            ids = []
            for p in batch:  # find the bad ones, keep the good ones
                try:
                    with self.store.atomic():
                        ids.extend(transfer.insert_contacts(self.store, [p.contact]))
                except StorageError as e:
                    if is_environmental(e):
                        raise
                    ids.append(-1)
                    o = self.outcomes[p.outcome]
                    self.outcomes[p.outcome] = Outcome(o.where, o.name, Action.REJECT,
                                                       note=str(e))
        for p, cid in zip(batch, ids, strict=True):
            if cid < 0:
                continue
            p.contact_id = cid
            self.created.add(cid)
            o = self.outcomes[p.outcome]
            self.outcomes[p.outcome] = dataclasses.replace(o, contact_id=cid)


def apply(store: Store, items: Sequence[Candidate | Problem],
          progress: Progress | None = None) -> list[Outcome]:
    """Create, merge or reject each item, inside the caller's transaction.

    An item merges only into a contact the journal had before (never into another item:
    the records of one file are distinct people, even two who share a name and company),
    and each journal contact takes at most one item. Returns one outcome per item, in the
    same order.
    """
    engine = _Engine(store)
    for start in range(0, len(items), BATCH):
        engine.run_batch(items[start:start + BATCH])
        if progress is not None:
            progress(min(start + BATCH, len(items)), len(items))
    return engine.outcomes


def run_import(store: Store, read: ReadResult, *, dry_run: bool = False,
               progress: Progress | None = None) -> ImportReport:
    """Create, merge or reject every record of ``read`` in one transaction.

    With ``dry_run`` the transaction is rolled back: the report says what would happen
    and nothing is written.
    """
    outcomes: list[Outcome] = []
    try:
        with store.atomic():
            outcomes = apply(store, read.items, progress)
            if dry_run:
                raise DryRun
    except DryRun:
        outcomes = [dataclasses.replace(o, contact_id=None)
                    if o.action == Action.CREATE else o for o in outcomes]
    return ImportReport(outcomes=tuple(outcomes), warnings=read.warnings, dry_run=dry_run)
