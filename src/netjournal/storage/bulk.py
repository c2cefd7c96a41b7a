"""Changes to several contacts at once, each in one transaction and undoable.

Every change returns a :class:`BulkRecord`: the tie strength, cadence and tags of each
contact before it, and the follow-ups it let go, so :meth:`BulkRepository.restore` puts
them back (the app's one undo step for the whole selection). Contacts in the bin are
left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from peewee import SqliteDatabase

from netjournal.domain.values import FollowUpStatus, TieStrength
from netjournal.storage import StorageError
from netjournal.storage.contacts import clean_tag
from netjournal.storage.convert import now_utc, to_db
from netjournal.storage.followups import OPEN_STATUSES
from netjournal.storage.sql import execute, fetch_all

CHUNK = 500  # ids per statement, well under SQLite's limit of parameters
MAX_CADENCE_DAYS = 3650


@dataclass(frozen=True)
class ContactState:
    """What a bulk change may alter on one contact, as it was before."""

    id: int
    tie_strength: TieStrength
    cadence_days: int | None
    tags: tuple[str, ...]


@dataclass(frozen=True)
class LetGo:
    """A follow-up a bulk change let go, as it was before."""

    id: int
    status: str
    closed_at: str | None


@dataclass(frozen=True)
class BulkRecord:
    """What one bulk change did (enough to undo it)."""

    contact_ids: tuple[int, ...]  # the live contacts it looked at
    states: tuple[ContactState, ...]
    let_go: tuple[LetGo, ...] = ()
    changed: int = 0  # contacts (or, for follow-ups, follow-ups) actually changed


def _chunks(ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start:start + CHUNK])
        yield chunk, ", ".join("?" * len(chunk))


def _clean_tags(tags: Iterable[str]) -> list[str]:
    names = sorted({clean_tag(t) for t in tags} - {""})
    if not names:
        raise StorageError("give at least one tag")
    return names


class BulkRepository:
    """Tags, tie strength, cadence and follow-ups of many contacts at once."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db

    def _states(self, contact_ids: Sequence[int]) -> list[ContactState]:
        rows: list[tuple[int, str, int | None]] = []
        tags: dict[int, list[str]] = {}
        for chunk, marks in _chunks(sorted(set(contact_ids))):
            rows += [(r[0], r[1], r[2]) for r in fetch_all(
                self._db, "SELECT id, tie_strength, cadence_days FROM contact"
                          f" WHERE id IN ({marks}) AND deleted_at IS NULL", chunk)]
            for cid, name in fetch_all(
                    self._db, "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t"
                              f" ON t.id = ct.tag_id WHERE ct.contact_id IN ({marks})"
                              " ORDER BY t.name", chunk):
                tags.setdefault(cid, []).append(name)
        return [ContactState(cid, TieStrength(tie), cadence, tuple(tags.get(cid, ())))
                for cid, tie, cadence in rows]

    def _tag_ids(self, names: Sequence[str]) -> list[int]:
        for name in names:
            execute(self._db, "INSERT OR IGNORE INTO tag (name) VALUES (?)", [name])
        marks = ", ".join("?" * len(names))
        return [r[0] for r in fetch_all(
            self._db, f"SELECT id FROM tag WHERE name IN ({marks})", list(names))]

    def _touch(self, ids: Sequence[int]) -> None:
        for chunk, marks in _chunks(ids):
            execute(self._db, f"UPDATE contact SET updated_at = ? WHERE id IN ({marks})",
                    [str(to_db(now_utc())), *chunk])

    def _record(self, states: list[ContactState], changed: int,
                let_go: tuple[LetGo, ...] = ()) -> BulkRecord:
        return BulkRecord(tuple(s.id for s in states), tuple(states), let_go, changed)

    # the changes -------------------------------------------------------------------------

    def add_tags(self, contact_ids: Sequence[int], tags: Iterable[str]) -> BulkRecord:
        """Give every contact these tags (those who have one already keep it once)."""
        names = _clean_tags(tags)
        with self._db.atomic():
            states = self._states(contact_ids)
            changed = [s.id for s in states if set(names) - set(s.tags)]
            for tag_id in self._tag_ids(names):
                for chunk, marks in _chunks(changed):
                    execute(self._db, "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id)"
                                      f" SELECT id, ? FROM contact WHERE id IN ({marks})",
                            [tag_id, *chunk])
            self._touch(changed)
        return self._record(states, len(changed))

    def remove_tags(self, contact_ids: Sequence[int], tags: Iterable[str]) -> BulkRecord:
        """Take these tags off every contact that has them."""
        names = _clean_tags(tags)
        with self._db.atomic():
            states = self._states(contact_ids)
            changed = [s.id for s in states if set(names) & set(s.tags)]
            name_marks = ", ".join("?" * len(names))
            for chunk, marks in _chunks(changed):
                execute(self._db, f"DELETE FROM contact_tag WHERE contact_id IN ({marks})"
                                  f" AND tag_id IN (SELECT id FROM tag WHERE name IN"
                                  f" ({name_marks}))", [*chunk, *names])
            self._touch(changed)
        return self._record(states, len(changed))

    def set_tie_strength(self, contact_ids: Sequence[int], tie: TieStrength) -> BulkRecord:
        if tie == TieStrength.DORMANT:
            raise StorageError("dormant is derived from the timeline; it cannot be stored")
        with self._db.atomic():
            states = self._states(contact_ids)
            changed = [s.id for s in states if s.tie_strength != tie]
            for chunk, marks in _chunks(changed):
                execute(self._db, f"UPDATE contact SET tie_strength = ? WHERE id IN ({marks})",
                        [tie.value, *chunk])
            self._touch(changed)
        return self._record(states, len(changed))

    def set_cadence(self, contact_ids: Sequence[int], days: int | None) -> BulkRecord:
        """Set the keep-in-touch cadence in days (None: the tie strength's default)."""
        if days is not None and not 1 <= days <= MAX_CADENCE_DAYS:
            raise StorageError(f"a cadence is 1 to {MAX_CADENCE_DAYS} days")
        with self._db.atomic():
            states = self._states(contact_ids)
            changed = [s.id for s in states if s.cadence_days != days]
            for chunk, marks in _chunks(changed):
                execute(self._db, f"UPDATE contact SET cadence_days = ? WHERE id IN ({marks})",
                        [days, *chunk])
            self._touch(changed)
        return self._record(states, len(changed))

    def let_go_follow_ups(self, contact_ids: Sequence[int]) -> BulkRecord:
        """Let go of every open (or snoozed) follow-up of these contacts."""
        status_marks = ", ".join("?" * len(OPEN_STATUSES))
        with self._db.atomic():
            states = self._states(contact_ids)
            let_go: list[LetGo] = []
            for chunk, marks in _chunks([s.id for s in states]):
                let_go += [LetGo(r[0], r[1], r[2]) for r in fetch_all(
                    self._db, f"SELECT id, status, closed_at FROM follow_up WHERE contact_id"
                              f" IN ({marks}) AND status IN ({status_marks}) ORDER BY id",
                    [*chunk, *OPEN_STATUSES])]
            now = str(to_db(now_utc()))
            for chunk, marks in _chunks([f.id for f in let_go]):
                execute(self._db, f"UPDATE follow_up SET status = ?, closed_at = ?"
                                  f" WHERE id IN ({marks})",
                        [FollowUpStatus.LET_GO.value, now, *chunk])
        return self._record(states, len(let_go), tuple(let_go))

    def restore(self, record: BulkRecord) -> None:
        """Undo a bulk change: every contact's tie, cadence and tags, and the follow-ups,
        as they were before it."""
        with self._db.atomic():
            for s in record.states:
                execute(self._db, "UPDATE contact SET tie_strength = ?, cadence_days = ?"
                                  " WHERE id = ?", [s.tie_strength.value, s.cadence_days, s.id])
            ids = [s.id for s in record.states]
            current = {s.id: s.tags for s in self._states(ids)}
            for s in record.states:
                if current.get(s.id, s.tags) == s.tags:
                    continue
                execute(self._db, "DELETE FROM contact_tag WHERE contact_id = ?", [s.id])
                if s.tags:
                    for tag_id in self._tag_ids(s.tags):
                        execute(self._db, "INSERT INTO contact_tag (contact_id, tag_id)"
                                          " VALUES (?, ?)", [s.id, tag_id])
            for f in record.let_go:
                execute(self._db, "UPDATE follow_up SET status = ?, closed_at = ? WHERE id = ?",
                        [f.status, f.closed_at, f.id])
            self._touch(ids)


__all__ = ["BulkRecord", "BulkRepository", "ContactState", "LetGo"]
