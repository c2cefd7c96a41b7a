"""Writing what a reader found into the journal: create, merge or reject, batch by batch.

The whole import is one transaction (a dry run rolls it back). Matches are looked up a
batch at a time with indexed queries; new people are buffered and inserted in bulk at
the end of each batch; a record that matches someone created earlier in the same file
is merged into them in memory. Each merge into an existing contact and each batch of
inserts runs in its own savepoint, and a batch that fails is retried one contact at a
time, so a bad record is rejected whole and never half-written. A failure that is not
the record's own (a lock, a full disk, a read-only journal) stops the whole import, which
then saves nothing: no card is reported rejected for a reason the next card would share.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from netjournal.domain.hygiene import clean_record, name_problem
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
    outcomes: list[int]  # indexes of the outcomes that end up in this contact
    contact_id: int | None = None


@dataclasses.dataclass(frozen=True)
class _Record:
    where: str
    contact: Contact  # details without blanks and repeats
    keys: tuple[merge.Key, ...]
    name_key: merge.Key


class _Engine:
    def __init__(self, store: Store, *, merge_within: bool = True) -> None:
        self.store = store
        # False: the file's records are distinct people (a backup, where each has its own
        # id), so they merge only into contacts the journal had before, never each other.
        self.merge_within = merge_within
        self.created: set[int] = set()  # contacts this run inserted
        self.claimed: set[int] = set()  # journal contacts a record of this run merged into
        self.outcomes: list[Outcome] = []
        self.pending: list[_Pending] = []
        self.flushed = 0  # pending[:flushed] are in the database
        # Keys seen in this run: a contact id (>= 0) or a pending index (< 0: -1 - index).
        self.run_keys: dict[merge.Key, int] = {}
        self.run_names: dict[merge.Key, int] = {}
        self.known: dict[int, Contact] = {}  # journal contacts read for this batch, as merged

    # -- lookups ---------------------------------------------------------------------------

    def _resolve(self, target: int) -> int:
        """A contact id if the target is in the database, else the (negative) pending mark."""
        if target < 0:
            found = self.pending[-1 - target].contact_id
            return found if found is not None else target
        return target

    def _match(self, record: _Record, db_keys: dict[merge.Key, list[int]],
               db_names: dict[merge.Key, list[int]]) -> int | None:
        hits: list[int] = []
        for key in record.keys:
            targets = set(db_keys.get(key, ())) - self.created
            if self.merge_within and key in self.run_keys:
                targets.add(self._resolve(self.run_keys[key]))
            hits.extend(targets)
        target = merge.choose(hits)
        if target is not None:
            return target
        if self.merge_within and record.name_key in self.run_names:
            return self._resolve(self.run_names[record.name_key])
        ids = [i for i in db_names.get(record.name_key, ()) if i not in self.created]
        if not self.merge_within:  # namesakes: each record takes one of them, in turn
            ids = [i for i in ids if i not in self.claimed] or ids
        return ids[0] if ids else None

    def _remember(self, record: _Record, target: int) -> None:
        for key in record.keys:
            self.run_keys.setdefault(key, target)
        self.run_names.setdefault(record.name_key, target)

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
            records.append(_Record(item.where, contact, keys,
                                   merge.name_key(contact.name, contact.company)))
        wanted = {k for r in records if isinstance(r, _Record) for k in r.keys}
        db_keys = transfer.live_ids_by_details(self.store, wanted)
        db_names: dict[merge.Key, list[int]] = {}
        for cid, name, company in transfer.live_contacts_named(
                self.store, [r.contact.name for r in records if isinstance(r, _Record)]):
            db_names.setdefault(merge.name_key(name, company), []).append(cid)
        # Everyone this batch may merge into, read at once (re-imports match everybody).
        maybe = {i for ids in (*db_keys.values(), *db_names.values()) for i in ids}
        self.known = transfer.live_contacts(self.store, maybe)
        for record in records:
            if isinstance(record, Problem):
                self.outcomes.append(Outcome(record.where, "", Action.REJECT,
                                             note=record.reason))
            else:
                self._one(record, db_keys, db_names)
        self._flush()

    def _one(self, record: _Record, db_keys: dict[merge.Key, list[int]],
             db_names: dict[merge.Key, list[int]]) -> None:
        target = self._match(record, db_keys, db_names)
        index = len(self.outcomes)
        if target is None:
            self.pending.append(_Pending(record.contact, [index]))
            self.outcomes.append(Outcome(record.where, record.contact.name, Action.CREATE))
            self._remember(record, -len(self.pending))
        elif target < 0:
            pending = self.pending[-1 - target]
            plan = merge.plan_merge(pending.contact, record.contact)
            pending.contact = plan.apply(pending.contact)
            pending.outcomes.append(index)
            self.outcomes.append(self._merged(record, pending.contact.name, plan, None))
            self._remember(record, target)
        else:
            self.claimed.add(target)
            self._merge_into_journal(record, target)

    @staticmethod
    def _merged(record: _Record, name: str, plan: merge.MergePlan,
                contact_id: int | None) -> Outcome:
        action = Action.MERGE if plan.changed else Action.UNCHANGED
        return Outcome(record.where, name, action, contact_id, plan.describe())

    def _merge_into_journal(self, record: _Record, target: int) -> None:
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
        self.outcomes.append(self._merged(record, existing.name, plan, target))
        self._remember(record, target)

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
                    for i in p.outcomes:
                        o = self.outcomes[i]
                        self.outcomes[i] = Outcome(o.where, o.name, Action.REJECT, note=str(e))
        for p, cid in zip(batch, ids, strict=True):
            if cid < 0:
                continue
            p.contact_id = cid
            self.created.add(cid)
            for i in p.outcomes:
                o = self.outcomes[i]
                self.outcomes[i] = Outcome(o.where, o.name, o.action, cid, o.note)


def apply(store: Store, items: Sequence[Candidate | Problem],
          progress: Progress | None = None, *, merge_within: bool = True) -> list[Outcome]:
    """Create, merge or reject each item, inside the caller's transaction.

    With ``merge_within`` (contact files: a phone's export often holds a person twice),
    items that match each other become one contact; without it (a backup, whose records
    are distinct people even when two share a name and company), an item merges only into
    a contact the journal had before. Returns one outcome per item, in the same order.
    """
    engine = _Engine(store, merge_within=merge_within)
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
        outcomes = [Outcome(o.where, o.name, o.action, None, o.note)
                    if o.action == Action.CREATE else o for o in outcomes]
    return ImportReport(outcomes=tuple(outcomes), warnings=read.warnings, dry_run=dry_run)
