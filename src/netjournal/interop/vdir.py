"""Two-way sync of the journal's contacts with a vdir: a folder of one ``.vcf`` per person,
the format of vdirsyncer's filesystem storage (vdirsyncer syncs it with CardDAV).

Out: every live contact has a card ``<uid>.vcf`` with its address-book fields, UID and
REV. In: a new card becomes a contact (matched like an import: UID, then email, phone,
LinkedIn URL, never a duplicate); a changed card updates the address-book fields by the
three-way merge of :mod:`netjournal.domain.addressbook`; a deleted card archives its
contact (kept, restorable, not written back). A contact deleted in the journal has its
card removed.

Quiet and fast: only files whose size or mtime changed since the last sync are read
(the sync state), only contacts changed since then are looked at, and a card is written
only when its bytes change, atomically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from netjournal.domain import addressbook as ab
from netjournal.domain import identity
from netjournal.domain.values import Contact, DetailKind
from netjournal.interop import InteropError
from netjournal.interop import merge as matching
from netjournal.interop.vdir_cards import (
    EXTENSION,
    CardReadError,
    ReadCard,
    digest,
    file_name_for,
    parse,
    render,
    write_atomically,
)
from netjournal.storage import StorageError, is_environmental
from netjournal.storage.addressbook import CardState
from netjournal.storage.store import Store

SOURCE = "address book"  # the history's source of a value a sync did not take


class VdirError(InteropError):
    """The folder cannot be synced at all; ``code`` says why ("missing", "not_folder",
    "unreadable") for front ends that word it themselves."""

    def __init__(self, message: str, code: str, folder: Path) -> None:
        super().__init__(message)
        self.code = code
        self.folder = folder


@dataclass(frozen=True)
class SyncOptions:
    version: str = "4.0"  # or "3.0"
    with_note: bool = False  # the journal's notes in a NOTE on each card
    # At most this many cards read and this many written in one run (None: all); the
    # report's ``more`` says that another run has more to do. The app syncs a large
    # journal in steps so that its window keeps answering.
    limit: int | None = None


@dataclass(frozen=True)
class Named:
    contact_id: int
    name: str


@dataclass(frozen=True)
class Updated:
    contact_id: int
    name: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ConflictNote:
    contact_id: int
    name: str
    field: str
    kept: str
    other: str


@dataclass(frozen=True)
class Unreadable:
    file_name: str
    reason: str


@dataclass
class SyncReport:
    """What one sync did."""

    folder: str
    written: list[str] = field(default_factory=list)  # card files written
    removed: list[str] = field(default_factory=list)  # cards of contacts deleted here
    read: int = 0  # card files read
    new: list[Named] = field(default_factory=list)
    updated: list[Updated] = field(default_factory=list)
    archived: list[Named] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    more: bool = False  # the run stopped at its limit: another run goes on

    @property
    def changed_journal(self) -> bool:
        return bool(self.new or self.updated or self.archived)

    def to_json(self) -> dict[str, Any]:
        def people(items: list[Named]) -> list[dict[str, Any]]:
            return [{"id": i.contact_id, "name": i.name} for i in items]

        return {
            "folder": self.folder, "written": len(self.written), "removed": len(self.removed),
            "read": self.read, "new": people(self.new),
            "updated": [{"id": u.contact_id, "name": u.name, "fields": list(u.fields)}
                        for u in self.updated],
            "archived": people(self.archived),
            "conflicts": [{"id": c.contact_id, "name": c.name, "field": c.field,
                           "kept": c.kept, "other": c.other} for c in self.conflicts],
            "unreadable": [{"file": u.file_name, "reason": u.reason} for u in self.unreadable],
            "more": self.more,
        }


def _scan(folder: Path) -> dict[str, os.stat_result]:
    try:
        with os.scandir(folder) as entries:
            return {e.name: e.stat() for e in entries
                    if e.name.endswith(EXTENSION) and not e.name.startswith(".")
                    and e.is_file()}
    except FileNotFoundError as e:
        raise VdirError(f"the address-book folder {folder} does not exist",
                        "missing", folder) from e
    except NotADirectoryError as e:
        raise VdirError(f"the address-book folder {folder} is a file, not a folder",
                        "not_folder", folder) from e
    except OSError as e:
        raise VdirError(f"the address-book folder {folder} cannot be read: "
                        f"{e.strerror or e}", "unreadable", folder) from e


def _conflict_text(c: ab.Conflict) -> tuple[str, str]:
    if c.field == "photo":
        return ("photo" if c.kept else "", "another photo" if c.other else "")
    return c.kept, c.other


class _Sync:
    """One run of :func:`sync` (its state kept together while it runs)."""

    def __init__(self, store: Store, folder: Path, options: SyncOptions) -> None:
        self.store = store
        self.folder = folder
        self.options = options
        self.key = str(folder.resolve())
        self.book = store.addressbook
        self.report = SyncReport(folder=str(folder))
        self.done: set[int] = set()  # contacts whose card this run has settled
        self.gone_here: set[str] = set()  # cards of contacts deleted in the journal
        self.dirty: set[int] = set()  # contacts changed by this run whose card waits
        self.files: dict[str, Any] = {}  # the folder's cards, as scanned at the start
        self.later: set[str] = set()  # changed cards left to the next run (the limit)

    # writing ----------------------------------------------------------------------------

    def _save(self, uid: str, file_name: str, data: bytes, contact_id: int | None,
              base: ab.Book, *, write: bool = True) -> None:
        path = self.folder / file_name
        if write:
            st = write_atomically(path, data)
            self.report.written.append(file_name)
        else:
            st = path.stat()
        rev = self.book.revision(contact_id) if contact_id is not None else ""
        self.book.save_state(self.key, CardState(uid, file_name, st.st_size, st.st_mtime_ns,
                                                 digest(data), contact_id, rev,
                                                 base.to_json()))

    def _write_contact(self, contact: Contact, uid: str, file_name: str,
                       current_hash: str = "") -> None:
        data = render(contact, uid, version=self.options.version,
                      with_note=self.options.with_note)
        self._save(uid, file_name, data, contact.id, ab.Book.of(contact),
                   write=digest(data) != current_hash)

    # cards that came in or changed --------------------------------------------------------

    def _match(self, incoming: Contact, uid: str) -> int | None:
        """The journal contact this card is: by UID (an archived one comes back: its card
        is in the address book again), then as an import matches (email, LinkedIn
        profile, phone; never by name alone). -1: a contact deleted in the journal."""
        if uid:
            found = self.book.by_uid(uid)
            if found is not None:
                if found[1] == "archived":
                    self.store.contacts.restore(found[0])
                return found[0] if found[1] != "binned" else -1
        incoming, keys = matching.identify(incoming)
        ids: set[int] = set()
        for kind, norm in keys:
            ids.update(self.store.contacts.find_by_detail(DetailKind(kind), norm))
        candidates = self.book.cards(sorted(ids)).values()
        best = matching.best_match(matching.identity_of(incoming),
                                   [(c.id, matching.identity_of(c)) for c in candidates
                                    if c.id is not None])
        if best is None or best[1].clue == identity.Clue.NAME:
            return None
        return best[0]

    def card_in(self, file_name: str, data: bytes, state: CardState | None) -> None:
        self.report.read += 1
        try:
            read = parse(data)
        except CardReadError as e:
            self._skip(file_name, str(e), state)
            return
        try:
            with self.store.atomic():  # a savepoint: a card refused leaves no trace
                self._card_in(file_name, data, state, read)
        except StorageError as e:
            if is_environmental(e):
                raise
            self._skip(file_name, str(e), state)

    def _skip(self, file_name: str, reason: str, state: CardState | None) -> None:
        """A card that cannot be taken: named in the report, left as it is (its contact's
        card is not written over this run)."""
        self.report.unreadable.append(Unreadable(file_name, reason))
        if state is not None and state.contact_id is not None:
            self.done.add(state.contact_id)

    def _card_in(self, file_name: str, data: bytes, state: CardState | None,
                 read: ReadCard) -> None:
        uid = read.uid or (state.uid if state else file_name.removesuffix(EXTENSION))
        if state is not None and state.uid != uid:
            self.book.forget(state.uid)  # the card's UID was changed: kept under the new one
        contact_id = state.contact_id if state is not None else self._match(read.contact, uid)
        if contact_id == -1 or (contact_id is not None
                                and not self.store.contacts.exists(contact_id)):
            self.gone_here.add(file_name)  # deleted in the journal: its card goes too
            return
        if contact_id is not None and (contact_id in self.done or self._card_elsewhere(
                contact_id, file_name)):
            self._fold_duplicate(file_name, read, contact_id, state)
            return
        if contact_id is None:
            self._new_contact(file_name, read, uid, data)
            return
        base_json = self.book.base_of(state.uid) if state is not None else None
        base = ab.Book.from_json(base_json) if base_json is not None else None
        if state is None and self.book.uid_of(contact_id) != uid:
            self.book.set_uid(contact_id, uid)  # refused if another contact has it
        self._merge_into(contact_id, file_name, read, uid, base, data)

    def _card_elsewhere(self, contact_id: int, file_name: str) -> bool:
        """Whether the contact has another card in the folder (then this one is a second
        card of the same person)."""
        other = self.book.file_of(contact_id)
        return bool(other) and other != file_name and other in self.files

    def _new_contact(self, file_name: str, read: ReadCard, uid: str, data: bytes) -> None:
        contact = self.store.contacts.save(replace(read.contact, id=None))
        assert contact.id is not None
        if not self.book.set_uid(contact.id, uid):
            uid = self.book.uid_of(contact.id)
        self.report.new.append(Named(contact.id, contact.name))
        self.done.add(contact.id)
        self._save(uid, file_name, data, contact.id, ab.Book.of(read.contact), write=False)

    def _merge_into(self, contact_id: int, file_name: str, read: ReadCard, uid: str,
                    base: ab.Book | None, data: bytes) -> None:
        contact = self.store.contacts.get(contact_id)
        card = ab.Book.of(read.contact)
        merged = ab.merge(base, ab.Book.of(contact), card)
        if merged.from_card:
            contact = self.store.contacts.save(
                ab.apply(contact, merged.book, merged.from_card, read.contact.photo))
            self.report.updated.append(Updated(contact_id, contact.name, merged.from_card))
        self._record(contact, merged.conflicts)
        self.done.add(contact_id)
        if merged.to_card:
            self._write_contact(contact, uid, file_name, read.content_hash)
        else:
            self._save(uid, file_name, data, contact_id, merged.book, write=False)

    def _record(self, contact: Contact, conflicts: tuple[ab.Conflict, ...]) -> None:
        """Values the journal kept over the card's: in the contact's history and the
        report."""
        if not conflicts or contact.id is None:
            return
        texts = [(c.field, *_conflict_text(c)) for c in conflicts]
        self.book.record(contact.id, SOURCE, texts)
        self.report.conflicts.extend(ConflictNote(contact.id, contact.name, *t)
                                     for t in texts)

    def _fold_duplicate(self, file_name: str, read: ReadCard, contact_id: int,
                        state: CardState | None) -> None:
        """A second card of a person who has one: its news go to the contact (as a card
        met for the first time), and the extra card is removed."""
        contact = self.store.contacts.get(contact_id)
        merged = ab.merge(None, ab.Book.of(contact), ab.Book.of(read.contact))
        if merged.from_card:
            contact = self.store.contacts.save(
                ab.apply(contact, merged.book, merged.from_card, read.contact.photo))
            self.done.discard(contact_id)  # its own card is written again at the end
            self.dirty.add(contact_id)
        self._record(contact, merged.conflicts)
        (self.folder / file_name).unlink(missing_ok=True)
        self.report.removed.append(file_name)
        if state is not None:
            self.book.forget(state.uid)

    # cards that went --------------------------------------------------------------------

    def card_gone(self, state: CardState) -> None:
        self.book.forget(state.uid)
        if state.contact_id is None or not self.store.contacts.exists(state.contact_id):
            return
        name = self.store.contacts.get(state.contact_id).name
        self.book.archive(state.contact_id)
        self.report.archived.append(Named(state.contact_id, name))
        self.done.add(state.contact_id)

    # the run ----------------------------------------------------------------------------

    def run(self) -> SyncReport:
        files = _scan(self.folder)
        with self.store.atomic():
            self.files = files
            known = self.book.stats(self.key)
            limit = self.options.limit
            for name, st in files.items():
                if (name, st.st_size, st.st_mtime_ns) in known:
                    continue  # unchanged since the last sync: not read
                if limit is not None and self.report.read >= limit:
                    self.later.add(name)  # read by the next run; not written over by this one
                    self.report.more = True
                    continue
                state = self.book.state(name)
                try:
                    data = (self.folder / name).read_bytes()
                except OSError as e:
                    self._skip(name, e.strerror or str(e), state)
                    continue
                if state is not None and digest(data) == state.content_hash:
                    self.book.touch_state(state.uid, st.st_size, st.st_mtime_ns)
                    continue
                self.card_in(name, data, state)
            for name in sorted({k[0] for k in known} - files.keys()):
                state = self.book.state(name)
                if state is not None:
                    self.card_gone(state)
            self._journal_out(files)
        return self.report

    def _journal_out(self, files: dict[str, Any]) -> None:
        todo = [(cid, uid, state if state is not None and state.file_name in files else None)
                for cid, uid, state in self.book.to_write() if cid not in self.done]
        if self.later:  # cards not read yet are not written over
            todo = [t for t in todo
                    if (t[2].file_name if t[2] is not None else file_name_for(t[1]))
                    not in self.later and self.book.file_of(t[0]) not in self.later]
        if self.options.limit is not None and len(todo) > self.options.limit:
            todo = todo[:self.options.limit]
            self.report.more = True
        todo += [(cid, self.book.uid_of(cid), self.book.state(self.book.file_of(cid)))
                 for cid in sorted(self.dirty - self.done - {t[0] for t in todo})]
        cards = self.book.cards([t[0] for t in todo])
        for cid, uid, state in todo:
            if cid not in cards:
                continue
            if state is not None:
                self._write_contact(cards[cid], state.uid, state.file_name,
                                    state.content_hash)
            else:
                self._write_contact(cards[cid], uid, file_name_for(uid))
        for state in self.book.orphans():  # cards of contacts that left the journal
            if state.contact_id not in self.done:
                self.gone_here.add(state.file_name)
                self.book.forget(state.uid)
        for name in sorted(self.gone_here):
            if name in files:
                (self.folder / name).unlink(missing_ok=True)
                self.report.removed.append(name)


def sync(store: Store, folder: Path, options: SyncOptions | None = None) -> SyncReport:
    """Sync the journal with the card folder ``folder`` (see the module docstring).

    Raises:
        VdirError: the folder is missing or cannot be read; nothing was changed.
    """
    store.require_writable()
    return _Sync(store, folder, options or SyncOptions()).run()


__all__ = ["SyncOptions", "SyncReport", "VdirError", "sync"]
