"""Follow-ups: what is due, for whom, and why.

The repository reads and writes rows; the rules that create, chain and close them live
in :mod:`netjournal.domain.followups` and are applied by :mod:`netjournal.storage.journal`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from peewee import ModelSelect, SqliteDatabase

from netjournal.domain import followups as rules
from netjournal.domain.hygiene import clean_record
from netjournal.domain.ties import Cadences
from netjournal.domain.values import FollowUp, FollowUpKind, FollowUpStatus, TieStrength
from netjournal.storage import NotFoundError
from netjournal.storage import models as m
from netjournal.storage.convert import date_from_db, from_db, now_utc, to_db
from netjournal.storage.dialect import indexed_by
from netjournal.storage.sql import Row, fetch_all, tuples

OPEN_STATUSES = (FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value)

# A contact's reference for keeping in touch (the last interaction, or when they were
# added) and the day numbers that migration 0018 indexes: the reference's, for the
# contacts on their tie's default cadence, and the day an own cadence runs out.
_REFERENCE = "coalesce(c.last_interaction_at, c.created_at)"
_REFERENCE_DAY = f"julianday({_REFERENCE})"
_OWN_DUE = f"{_REFERENCE_DAY} + c.cadence_days"
# nothing planned for them already (the open statuses), and not let go of since the
# reference (the reconnect kind, the let-go status)
_NOTHING_PLANNED = (
    "NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.contact_id = c.id"
    f" AND f.status IN ({', '.join('?' for _ in OPEN_STATUSES)}))"
    " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.contact_id = c.id"
    f" AND f.kind = ? AND f.status = ? AND julianday(f.closed_at) >= {_REFERENCE_DAY})")
# One tie strength's live contacts past their cadence at a moment, in the order their
# cadence ran out (a day of slack), up to a limit: those on the tie's default cadence
# (parameters: the cadence twice, the tie, the moment, the cadence, what
# _NOTHING_PLANNED takes, the limit) and those on their own (the same without the cadence)
_DEFAULT_CADENCE_WALK = (
    f"SELECT c.id, c.tie_strength, {_REFERENCE} AS ref, ? AS cadence,"
    f" {_REFERENCE_DAY} + ? AS due FROM contact c WHERE c.tie_strength = ?"
    " AND c.deleted_at IS NULL AND coalesce(c.cadence_days, 0) <= 0"
    f" AND {_REFERENCE_DAY} < julianday(?) + 1 - ? AND {_NOTHING_PLANNED}"
    f" ORDER BY {_REFERENCE_DAY}, c.id LIMIT ?")
_OWN_CADENCE_WALK = (
    f"SELECT c.id, c.tie_strength, {_REFERENCE} AS ref, c.cadence_days AS cadence,"
    f" {_OWN_DUE} AS due FROM contact c WHERE c.tie_strength = ?"
    " AND c.deleted_at IS NULL AND c.cadence_days > 0"
    f" AND {_OWN_DUE} < julianday(?) + 1 AND {_NOTHING_PLANNED}"
    f" ORDER BY {_OWN_DUE}, c.id LIMIT ?")


def _to_value(row: m.FollowUp) -> FollowUp:
    due = date_from_db(row.due_on)
    assert due is not None
    return FollowUp(id=row.id, contact_id=row.contact_id, due_on=due,
                    kind=FollowUpKind(row.kind), reason=row.reason,
                    status=FollowUpStatus(row.status), attempt=row.attempt,
                    origin_interaction_id=row.origin_interaction_id,
                    created_at=from_db(row.created_at), closed_at=from_db(row.closed_at))


def _live_sql(db: SqliteDatabase) -> str:
    """SQL for "a follow-up of a contact not in the bin", without reading the contacts'
    rows: the bin's few come from its own index (SQLite's planner, without statistics,
    scanned a covering index of every contact instead: the Today counts alone took 15 ms
    cold at 100,000 contacts, now 7)."""
    return (f"f.contact_id NOT IN (SELECT c.id FROM contact c{indexed_by(db, 'contact_in_bin')}"
            " WHERE c.deleted_at IS NOT NULL)")


class FollowUpRepository:
    """Follow-ups of live contacts."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db
        self._live_sql = _live_sql(db)

    def _live(self) -> ModelSelect[m.FollowUp]:
        return (m.FollowUp.select(m.FollowUp).join(m.Contact)
                .where(m.Contact.deleted_at.is_null()))

    def get(self, follow_up_id: int) -> FollowUp:
        row = m.FollowUp.get_or_none(m.FollowUp.id == follow_up_id)
        if row is None:
            raise NotFoundError(f"there is no follow-up #{follow_up_id}")
        return _to_value(row)

    def open(self, *, due_by: dt.date | None = None) -> list[FollowUp]:
        """Open (and snoozed) follow-ups of live contacts, soonest first."""
        query = self._live().where(m.FollowUp.status.in_(OPEN_STATUSES))
        if due_by is not None:
            query = query.where(m.FollowUp.due_on <= due_by)
        return [_to_value(r) for r in query.order_by(m.FollowUp.due_on, m.FollowUp.id)]

    def for_contact(self, contact_id: int, *, open_only: bool = False) -> list[FollowUp]:
        query = m.FollowUp.select().where(m.FollowUp.contact == contact_id)
        if open_only:
            query = query.where(m.FollowUp.status.in_(OPEN_STATUSES))
        return [_to_value(r) for r in query.order_by(m.FollowUp.due_on, m.FollowUp.id)]

    def chain(self, origin_interaction_id: int) -> list[FollowUp]:
        """Every follow-up of one outreach chain, by attempt."""
        query = (m.FollowUp.select()
                 .where(m.FollowUp.origin_interaction == origin_interaction_id)
                 .order_by(m.FollowUp.attempt, m.FollowUp.id))
        return [_to_value(r) for r in query]

    def save(self, follow_up: FollowUp) -> FollowUp:
        follow_up = clean_record(follow_up)  # no control character gets stored
        fields = {"contact": follow_up.contact_id, "due_on": follow_up.due_on,
                  "kind": follow_up.kind.value, "reason": follow_up.reason,
                  "status": follow_up.status.value, "attempt": follow_up.attempt,
                  "origin_interaction": follow_up.origin_interaction_id,
                  "closed_at": to_db(follow_up.closed_at)}
        if follow_up.id is None:
            fid = m.FollowUp.insert(created_at=now_utc(), **fields).execute()
        else:
            if not m.FollowUp.update(**fields).where(m.FollowUp.id == follow_up.id).execute():
                raise NotFoundError(f"there is no follow-up #{follow_up.id}")
            fid = follow_up.id
        return self.get(fid)

    def close(self, follow_up_id: int, status: FollowUpStatus, *,
              at: dt.datetime | None = None) -> FollowUp:
        """Mark done or let go (``at``: when, default now)."""
        if not m.FollowUp.update(status=status.value, closed_at=to_db(at or now_utc())).where(
                m.FollowUp.id == follow_up_id).execute():
            raise NotFoundError(f"there is no follow-up #{follow_up_id}")
        return self.get(follow_up_id)

    def snooze(self, follow_up_id: int, until: dt.date) -> FollowUp:
        if not m.FollowUp.update(status=FollowUpStatus.SNOOZED.value, due_on=until).where(
                m.FollowUp.id == follow_up_id).execute():
            raise NotFoundError(f"there is no follow-up #{follow_up_id}")
        return self.get(follow_up_id)

    def contacts_with_due(self, today: dt.date) -> set[int]:
        query = (m.FollowUp.select(m.FollowUp.contact).distinct()
                 .where(m.FollowUp.status.in_(OPEN_STATUSES) & (m.FollowUp.due_on <= today)))
        return {r[0] for r in tuples(query)}

    # added for the follow-up rules (storage/journal/) ----------------------------------

    def delete(self, follow_up_id: int) -> None:
        """Remove a follow-up that never happened (an unsent try when they replied)."""
        m.FollowUp.delete().where(m.FollowUp.id == follow_up_id).execute()

    def put_back(self, follow_up: FollowUp) -> FollowUp:
        """Undo a :meth:`delete` or a close: the follow-up as it was, open, with its id."""
        assert follow_up.id is not None
        fields = {"contact": follow_up.contact_id, "due_on": follow_up.due_on,
                  "kind": follow_up.kind.value, "reason": follow_up.reason,
                  "status": follow_up.status.value, "attempt": follow_up.attempt,
                  "origin_interaction": follow_up.origin_interaction_id, "closed_at": None}
        if not m.FollowUp.update(**fields).where(m.FollowUp.id == follow_up.id).execute():
            m.FollowUp.insert(id=follow_up.id,
                              created_at=to_db(follow_up.created_at) or now_utc(),
                              **fields).execute()
        return self.get(follow_up.id)

    _DUE_COLUMNS = ("SELECT f.id, f.contact_id, f.due_on, f.kind, f.reason, f.status,"
                    " f.attempt, f.origin_interaction_id, c.name,"
                    " coalesce(nullif(i.summary, ''), i.goal, ''), coalesce(e.name, '')"
                    " FROM follow_up f JOIN contact c ON c.id = f.contact_id"
                    " LEFT JOIN interaction i ON i.id = f.origin_interaction_id"
                    " LEFT JOIN event e ON e.id = i.event_id")

    def due_items(self, *, due_by: dt.date | None = None,
                  contact_id: int | None = None) -> list[rules.DueItem]:
        """Open (and snoozed) follow-ups of live contacts as list items, soonest first.

        One query joins what an item shows: the contact's name, an outreach chain's first
        message (to quote) and the event of the meeting a thank-you comes from.
        """
        sql = [self._DUE_COLUMNS, " WHERE c.deleted_at IS NULL AND f.status IN (?, ?)"]
        params: list[object] = list(OPEN_STATUSES)
        if due_by is not None:
            sql.append(" AND f.due_on <= ?")
            params.append(due_by.isoformat())
        if contact_id is not None:
            sql.append(" AND f.contact_id = ?")
            params.append(contact_id)
        sql.append(" ORDER BY f.due_on, f.id")
        return self._due_items_of(fetch_all(self._db, "".join(sql), params))

    # The Today list a page at a time (at 100,000 contacts the whole week is thousands of
    # items): the sections of :func:`netjournal.domain.followups.section_of`, in SQL.

    def due_counts(self, today: dt.date, horizon: dt.date) -> dict[rules.Section, int]:
        """How many open follow-ups of live contacts each section of the Today list has,
        for items due by ``horizon``."""
        thank_you, day = FollowUpKind.THANK_YOU.value, today.isoformat()
        # never the contacts' rows (at 100,000 contacts, thousands of pages read into the
        # cache at start): the few in the bin come from an index, as a list to leave out
        sql = ("SELECT CASE WHEN f.kind = ? THEN ? WHEN f.due_on < ? THEN ?"
               " WHEN f.due_on = ? THEN ? ELSE ? END AS section, count(*)"
               f" FROM follow_up f WHERE f.status IN (?, ?) AND f.due_on <= ? AND {self._live_sql}"
               " GROUP BY section")
        params = [thank_you, rules.Section.THANK_YOUS.value, day, rules.Section.OVERDUE.value,
                  day, rules.Section.TODAY.value, rules.Section.THIS_WEEK.value,
                  *OPEN_STATUSES, horizon.isoformat()]
        return {rules.Section(name): int(n) for name, n in fetch_all(self._db, sql, params)}

    def due_in_section(self, section: rules.Section, today: dt.date, horizon: dt.date, *,
                       offset: int = 0, limit: int) -> list[rules.DueItem]:
        """One page of a Today section's follow-ups (not reconnect), soonest first, then
        by name (ASCII case folded) and id."""
        thank_you, day, last = FollowUpKind.THANK_YOU.value, today.isoformat(), \
            horizon.isoformat()
        where, params = {
            rules.Section.OVERDUE: ("f.kind <> ? AND f.due_on < ?", [thank_you, day]),
            rules.Section.TODAY: ("f.kind <> ? AND f.due_on = ?", [thank_you, day]),
            rules.Section.THANK_YOUS: ("f.kind = ? AND f.due_on <= ?", [thank_you, last]),
            rules.Section.THIS_WEEK: ("f.kind <> ? AND f.due_on > ? AND f.due_on <= ?",
                                      [thank_you, day, last]),
        }[section]
        order = "f.due_on, c.name COLLATE NOCASE, f.id"
        # the page's ids first, so that only its rows are joined to their details; and of
        # the section's rows only those due by the page's last day are joined to their
        # contact for its name (the page is in due order first)
        last_due = (f"SELECT f.due_on FROM follow_up f WHERE f.status IN (?, ?) AND {where}"
                    f" AND {self._live_sql} ORDER BY f.due_on LIMIT 1 OFFSET ?")
        sql = (f"{self._DUE_COLUMNS} WHERE f.id IN (SELECT f.id FROM follow_up f"
               " JOIN contact c ON c.id = f.contact_id"
               f" WHERE c.deleted_at IS NULL AND f.status IN (?, ?) AND {where}"
               f" AND f.due_on <= coalesce(({last_due}), ?)"
               f" ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}")
        rows = fetch_all(self._db, sql, [
            *OPEN_STATUSES, *params, *OPEN_STATUSES, *params, int(offset) + int(limit) - 1,
            last, int(limit), int(offset)])
        return self._due_items_of(rows)

    @staticmethod
    def _due_items_of(rows: Sequence[Row]) -> list[rules.DueItem]:
        out = []
        for (fid, cid, due, kind, reason, status, attempt, origin, name, first,
             event) in rows:
            due_on = date_from_db(due)
            assert due_on is not None
            follow_up = FollowUp(id=fid, contact_id=cid, due_on=due_on, kind=FollowUpKind(kind),
                                 reason=reason, status=FollowUpStatus(status), attempt=attempt,
                                 origin_interaction_id=origin)
            outreach = follow_up.kind == FollowUpKind.OUTREACH
            out.append(rules.item_from_follow_up(
                follow_up, name, first_message=first if outreach else "",
                event_name=event))
        return out

    def chain_rows(self, origin_interaction_id: int, contact_id: int, *,
                   open_only: bool = False) -> list[FollowUp]:
        """One contact's rows of an outreach chain, by attempt (the let-go question last)."""
        query = m.FollowUp.select().where(
            (m.FollowUp.origin_interaction == origin_interaction_id)
            & (m.FollowUp.contact == contact_id)
            & (m.FollowUp.kind == FollowUpKind.OUTREACH.value))
        if open_only:
            query = query.where(m.FollowUp.status.in_(OPEN_STATUSES))
        rows = [_to_value(r) for r in query.order_by(m.FollowUp.id)]
        return sorted(rows, key=lambda f: (f.attempt is None, f.attempt or 0, f.id or 0))

    def open_in_chain(self, origin_interaction_id: int) -> int:
        """How many rows of a chain (any participant) are still open."""
        return int(m.FollowUp.select().where(
            (m.FollowUp.origin_interaction == origin_interaction_id)
            & (m.FollowUp.kind == FollowUpKind.OUTREACH.value)
            & m.FollowUp.status.in_(OPEN_STATUSES)).count())

    def chain_origins(self, contact_id: int, *, awaiting_only: bool = False) -> list[int]:
        """Outreach a contact takes part in that started a chain (or still awaits a reply).

        Oldest first. Deleted interactions are left out.
        """
        in_chain = (m.FollowUp.select(m.FollowUp.origin_interaction)
                    .where((m.FollowUp.contact == contact_id)
                           & (m.FollowUp.kind == FollowUpKind.OUTREACH.value)))
        query = (m.Interaction.select(m.Interaction.id).join(m.Participant)
                 .where((m.Participant.contact == contact_id)
                        & m.Interaction.deleted_at.is_null()))
        awaiting = m.Interaction.awaiting_reply == True  # noqa: E712 (SQL, not Python)
        query = query.where(awaiting if awaiting_only
                            else awaiting | m.Interaction.id.in_(in_chain))
        query = query.order_by(m.Interaction.occurred_at, m.Interaction.id)
        return [r[0] for r in tuples(query)]

    def reconnect_candidates(self, start_of_today: dt.datetime, cadences: Cadences,
                             limit: int) -> list[rules.ReconnectCandidate]:
        """Live contacts past their cadence at ``start_of_today`` (UTC), likeliest first.

        Contacts with an open follow-up are left out (something is already planned), and
        so are those I let go of since their last interaction. The order mirrors
        :func:`netjournal.domain.followups.reconnect_priority` (closer ties first, then
        the day the cadence ran out, earliest first); a day of slack keeps
        daylight-saving shifts from hiding anyone: the domain rule has the last word.
        """
        # Each tie strength's contacts on its default cadence and those with a cadence of
        # their own are walked in the order they fell due, in the two indexes of migration
        # 0018, each walk stopping at ``limit`` kept; the best ``limit`` of those are
        # joined for name and interests. Never a look at every contact.
        start = str(to_db(start_of_today))
        # (dormant is derived, never stored: no walk for it)
        defaults = {TieStrength.CLOSE: cadences.close, TieStrength.REGULAR: cadences.regular,
                    TieStrength.WEAK: cadences.weak}
        planned = [*OPEN_STATUSES, FollowUpKind.RECONNECT.value, FollowUpStatus.LET_GO.value]
        walks: list[str] = []
        params: list[object] = []
        for tie, default in defaults.items():
            walks += [_DEFAULT_CADENCE_WALK, _OWN_CADENCE_WALK]
            params += [default, default, tie.value, start, default, *planned, int(limit),
                       tie.value, start, *planned, int(limit)]
        sql = ("SELECT b.id, c.name, b.tie_strength, b.cadence, b.ref, c.last_interaction_at,"
               " c.interests FROM ("
               + " UNION ALL ".join(f"SELECT * FROM ({walk}) w{i}"
                                    for i, walk in enumerate(walks))
               + ") b JOIN contact c ON c.id = b.id ORDER BY CASE b.tie_strength"
               " WHEN 'close' THEN 0 WHEN 'regular' THEN 1 ELSE 2 END, b.due, b.id LIMIT ?")
        params.append(int(limit))
        rows = fetch_all(self._db, sql, params)
        tags = self._tags_of([r[0] for r in rows])
        out = []
        for cid, name, tie, cadence, ref, last, interests in rows:
            reference = from_db(ref)
            assert reference is not None
            stored_tie = TieStrength(tie)
            out.append(rules.ReconnectCandidate(
                contact_id=cid, name=name, tie=stored_tie, cadence_days=int(cadence),
                reference=reference, last_interaction_at=from_db(last), interests=interests,
                tags=tuple(tags.get(cid, ()))))
        return out

    def _tags_of(self, contact_ids: Sequence[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        if contact_ids:
            for cid, name in tuples(m.ContactTag.select(m.ContactTag.contact, m.Tag.name)
                                    .join(m.Tag)
                                    .where(m.ContactTag.contact.in_(list(contact_ids)))
                                    .order_by(m.Tag.name)):
                out.setdefault(cid, []).append(name)
        return out

    def circle_tags(self, since: dt.datetime) -> set[str]:
        """Tags of the live contacts I have had an interaction with since ``since`` (UTC)."""
        # tag by tag (a few dozen), each stopping at its first recent contact: at 100,000
        # contacts this is a millisecond where joining every recent contact took 100 ms
        sql = ("SELECT t.name FROM tag t WHERE EXISTS (SELECT 1 FROM contact_tag ct"
               " JOIN contact c ON c.id = ct.contact_id WHERE ct.tag_id = t.id"
               " AND c.deleted_at IS NULL AND c.last_interaction_at >= ?)")
        return {r[0] for r in fetch_all(self._db, sql, [str(to_db(since))])}

    def created_at_of(self, follow_up_ids: Sequence[int]) -> dict[int, dt.datetime]:
        """When each follow-up was made (UTC), by id: stable identities for calendar files."""
        out: dict[int, dt.datetime] = {}
        ids = list(follow_up_ids)
        for start in range(0, len(ids), 500):
            query = (m.FollowUp.select(m.FollowUp.id, m.FollowUp.created_at)
                     .where(m.FollowUp.id.in_(ids[start:start + 500])))
            for fid, created in tuples(query):
                moment = from_db(created)
                if moment is not None:
                    out[fid] = moment
        return out
