"""Full-text search and the filtered, ordered id lists the contact list shows.

The FTS5 tables and the triggers that keep them in sync are made by migration 0002;
this module only reads them. Queries are built from the user's words: each word becomes
a quoted prefix term, so punctuation never turns into FTS syntax and typing ``sant``
finds ``Santoso``; diacritics are folded by the tokenizer on both sides.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from peewee import OperationalError, SqliteDatabase

from netjournal.domain.ties import Cadences
from netjournal.domain.values import TieStrength
from netjournal.storage import StorageError
from netjournal.storage.convert import to_db
from netjournal.storage.dialect import (
    any_of,
    each_match_then,
    estimated_matches,
    indexed_by,
    interrupter,
    search_thresholds,
)
from netjournal.storage.followups import OPEN_STATUSES
from netjournal.storage.sql import execute, fetch_all

_WORD = re.compile(r"\w+", re.UNICODE)
PREFIX_INDEXED = 3  # migration 0002 indexes prefixes of 1 to 3 characters

# The letters migration 0002 folds by hand in names and companies (no decomposition).
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ß": "ss", "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def fold_letters(text: str) -> str:
    """``text`` with the letters the index folds by hand folded (``Łukasz`` -> ``Lukasz``)."""
    return text.translate(_LETTERS)


def fts_query(text: str) -> str:
    """Turn what the user typed into a safe FTS5 query ("" when there is nothing to find).

    Every word must match (AND); each is a prefix. ``"Budi S."`` gives
    ``"budi"* AND "s"*``.
    """
    words = _WORD.findall(text.translate(_LETTERS).lower())
    return " AND ".join(f'"{w}"*' for w in words)


def symbols(text: str) -> list[str]:
    """The runs of symbols (emoji, ©, €...) in ``text``: the full-text index skips them,
    so they are searched as text."""
    runs: list[str] = []
    run = ""
    for ch in text:
        if unicodedata.category(ch)[0] == "S" or (run and ch in _JOINERS):
            run += ch
        elif run:
            runs.append(run)
            run = ""
    if run:
        runs.append(run)
    return runs


def searchable(text: str) -> bool:
    """Whether ``text`` holds anything to search for (a word or a symbol)."""
    return bool(fts_query(text) or symbols(text))


_JOINERS = "\u200d\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"
_CONTACT_TEXT = ("c.name", "c.company", "c.title", "c.interests", "c.notes", "c.remember")
_INTERACTION_TEXT = ("i.goal", "i.summary", "i.learned")


def _like(columns: tuple[str, ...], runs: list[str]) -> tuple[str, list[object]]:
    """Every run appears in one of ``columns`` (``instr``: no LIKE wildcards to escape)."""
    clauses = [" OR ".join(f"instr({c}, ?) > 0" for c in columns) for _ in runs]
    params: list[object] = [r for r in runs for _ in columns]
    return " AND ".join(f"({c})" for c in clauses), params


class Order(StrEnum):
    NAME = "name"
    LAST_CONTACT = "last_contact"  # most recent first, never-contacted last


@dataclass(frozen=True)
class ContactFilter:
    """What the contact list shows; every part is optional."""

    text: str = ""
    tag: str | None = None
    tie: TieStrength | None = None  # stored tie strength; DORMANT uses ``dormant``
    due_by: dt.date | None = None  # has an open follow-up due on or before this date
    dormant_at: dt.datetime | None = None  # dormant at this moment (UTC)
    order: Order = Order.NAME
    cadences: Cadences = field(default_factory=Cadences)


def _dormant_sql(cadences: Cadences) -> tuple[str, list[object]]:
    sql = ("julianday(?) - julianday(coalesce(c.last_interaction_at, c.created_at)) > "
           "coalesce(c.cadence_days, CASE c.tie_strength WHEN 'close' THEN ? "
           "WHEN 'regular' THEN ? ELSE ? END)")
    return sql, [cadences.close, cadences.regular, cadences.weak]


def _order_sql(order: Order, *, limited: bool) -> str:
    if order == Order.LAST_CONTACT:
        # NULLs sort first, so DESC puts the never-contacted last; with a LIMIT this
        # form walks the last-contact index instead of sorting every contact.
        if limited:
            return "c.last_interaction_at DESC, c.id DESC"
        return "c.last_interaction_at IS NULL, c.last_interaction_at DESC, c.id DESC"
    return "c.name COLLATE NOCASE, c.id"


def _text_only(flt: ContactFilter) -> bool:
    """Whether ``flt`` selects by its text alone (every live contact it matches)."""
    return not flt.tag and flt.tie is None and flt.due_by is None and flt.dormant_at is None


class SearchInterruptedError(StorageError):
    """A query was stopped by :meth:`SearchRepository.interrupter` (its answer is not wanted)."""


class SearchRepository:
    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db
        self._limits = search_thresholds(db)

    def _where(self, flt: ContactFilter) -> tuple[list[str], list[object]]:
        clauses = ["c.deleted_at IS NULL"]
        params: list[object] = []
        match = fts_query(flt.text)
        if match:
            clauses.append(any_of(self._db, "c.id", (
                "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?",
                "SELECT p.contact_id FROM participant p"
                " JOIN interaction i ON i.id = p.interaction_id"
                " WHERE i.deleted_at IS NULL AND p.interaction_id IN"
                " (SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH ?)")))
            params += [match, match]
        if runs := symbols(flt.text):  # emoji and other symbols, searched as text
            own, own_params = _like(_CONTACT_TEXT, runs)
            said, said_params = _like(_INTERACTION_TEXT, runs)
            clauses.append(f"(({own}) OR c.id IN (SELECT p.contact_id FROM participant p"
                           " JOIN interaction i ON i.id = p.interaction_id"
                           f" WHERE i.deleted_at IS NULL AND ({said})))")
            params += [*own_params, *said_params]
        if flt.tag:
            clauses.append("c.id IN (SELECT ct.contact_id FROM contact_tag ct"
                           " JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?)")
            params.append(flt.tag.strip().lstrip("#").lower())
        if flt.tie is not None and flt.tie != TieStrength.DORMANT:
            clauses.append("c.tie_strength = ?")
            params.append(flt.tie.value)
        if flt.due_by is not None:
            placeholders = ", ".join("?" for _ in OPEN_STATUSES)
            clauses.append(f"c.id IN (SELECT contact_id FROM follow_up WHERE status IN"
                           f" ({placeholders}) AND due_on <= ?)")
            params += [*OPEN_STATUSES, flt.due_by.isoformat()]
        dormant_at = flt.dormant_at
        if dormant_at is None and flt.tie == TieStrength.DORMANT:
            dormant_at = dt.datetime.now(dt.UTC)
        if dormant_at is not None:
            sql, extra = _dormant_sql(flt.cadences)
            clauses.append(sql)
            params = [*params, str(to_db(dormant_at)), *extra]
        return clauses, params

    def contact_ids(self, flt: ContactFilter = ContactFilter(),
                    limit: int | None = None) -> list[int]:
        """Ids of the contacts the filter selects, in its order."""
        clauses, params = self._where(flt)
        sql = (f"SELECT c.id FROM contact c WHERE {' AND '.join(clauses)}"
               f" ORDER BY {_order_sql(flt.order, limited=limit is not None)}")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._ids(sql, params)

    def count(self, flt: ContactFilter = ContactFilter()) -> int:
        clauses, params = self._where(flt)
        sql = f"SELECT count(*) FROM contact c WHERE {' AND '.join(clauses)}"
        return int(execute(self._db, sql, params).fetchone()[0])

    def interaction_ids(self, text: str, limit: int | None = 100) -> list[int]:
        """Live interactions whose text matches, newest first."""
        match = fts_query(text)
        runs = symbols(text)
        if not match and not runs:
            return []
        clauses = ["i.deleted_at IS NULL"]
        params: list[object] = []
        if match:
            clauses.append("i.id IN (SELECT rowid FROM interaction_fts"
                           " WHERE interaction_fts MATCH ?)")
            params.append(match)
        if runs:
            said, said_params = _like(_INTERACTION_TEXT, runs)
            clauses.append(f"({said})")
            params += said_params
        sql = (f"SELECT i.id FROM interaction i WHERE {' AND '.join(clauses)}"
               " ORDER BY i.occurred_at DESC, i.id DESC")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in fetch_all(self._db, sql, params)]

    # fast first page, for search as you type -------------------------------------------

    DENSE = 4000
    """Matches of a term in one index beyond which it counts as common."""

    WALK = 40000
    """Contacts matching by their own fields beyond which walking the name order is faster."""

    PLAINLY = 4
    """A server's estimate of this many times :attr:`DENSE` matches is taken as common
    without counting them (a round trip and a plan fewer)."""

    WALK_MATCHES = 4000
    """Contacts matching by their own fields beyond which walking the name order against
    the set of matches is faster than sorting them (where the engine does it well)."""

    def _ids(self, sql: str, params: list[object]) -> list[int]:
        try:
            return [r[0] for r in fetch_all(self._db, sql, params)]
        except (OperationalError, sqlite3.OperationalError) as e:
            if "interrupt" in str(e) or "canceling statement" in str(e):
                raise SearchInterruptedError("the search was stopped") from e
            raise

    def _capped_count(self, table: str, match: str, cap: int) -> int:
        sql = (f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ?"
               f" LIMIT {int(cap)}) hits")
        return int(execute(self._db, sql, [match]).fetchone()[0])

    def first_contact_ids(self, flt: ContactFilter, limit: int) -> tuple[list[int], bool]:
        """The start of :meth:`contact_ids` in a few milliseconds, even at 100,000 contacts.

        Returns ``(ids, complete)``. When ``complete`` is True, ``ids`` is the whole answer
        (perhaps more than ``limit``). Otherwise ``ids`` is a first page that may leave out
        contacts found only through their conversations (a common word such as "a" matches
        most of a big timeline): ask :meth:`contact_ids` for the full, exact list, e.g. on
        a worker thread.
        """
        match = fts_query(flt.text)
        if not match:
            ids = self.contact_ids(flt, limit=limit + 1)
            return (ids, True) if len(ids) <= limit else (ids[:limit], False)
        dense = min(self.DENSE, self._limits.dense)
        walk = min(self.WALK, self._limits.walk)
        words = _WORD.findall(flt.text)
        short = self._limits.walk_any_word or max(len(w) for w in words) <= PREFIX_INDEXED
        # a server's estimate (None on SQLite) spares counting what is plainly common
        estimate = estimated_matches(self._db, "contact_fts", match)
        if estimate is not None and len(words) > 1 and estimate < walk:
            # the planner takes the words as independent, but a journal's often go together
            # (a title's two words): the truth lies between that and the rarest word alone
            rarest = min(estimated_matches(self._db, "contact_fts", fts_query(w)) or 0
                         for w in words)
            estimate = math.isqrt(estimate * max(estimate, rarest))
        if estimate is not None and (estimate >= walk or estimate >= self.PLAINLY * dense):
            in_contacts = estimate  # (a wrong guess costs time, never a wrong first page)
        else:
            in_contacts = self._capped_count("contact_fts", match, dense)
            if in_contacts < dense and (
                    self._capped_count("interaction_fts", match, dense) < dense):
                return self.contact_ids(flt), True  # rare words: the exact query is quick
            if short and in_contacts >= dense:
                in_contacts = (estimate if estimate is not None
                               else self._capped_count("contact_fts", match, walk))
        clauses, params = self._where(replace(flt, text=""))
        order = _order_sql(flt.order, limited=True)
        walk_matches = self._limits.walk_matches
        if short and in_contacts >= walk:
            # many contacts match a short prefix (which has its own index, so checking one
            # contact is quick; on a server, any word): walk in display order, checking
            # each one
            clauses.append("EXISTS (SELECT 1 FROM contact_fts f WHERE f.rowid = c.id"
                           " AND f.contact_fts MATCH ?)")
            sql = (f"SELECT c.id FROM contact c WHERE {' AND '.join(clauses)}"
                   f" ORDER BY {order} LIMIT {int(limit)}")
        elif (walk_matches is not None and flt.order == Order.NAME
              and in_contacts >= min(self.WALK_MATCHES, walk_matches)):
            # many match (a long prefix, or a short one in a few percent of contacts): the
            # matches are read once into a set, and the name order is walked against it
            clauses.append("c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
            sql = (f"SELECT c.id FROM contact c{indexed_by(self._db, 'contact_name_nocase')}"
                   f" WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT {int(limit)}")
        elif self._limits.sorted_in_index and flt.order == Order.NAME and _text_only(flt):
            # a fair number match and the search table knows their name order: sort them
            # there, without reading each contact
            sql = ("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? AND live"
                   f" ORDER BY sort_name, rowid LIMIT {int(limit)}")
            return self._ids(sql, [match]), False
        else:
            # a fair number match: sort just those
            matches = each_match_then(self._db, "SELECT rowid AS id FROM contact_fts"
                                      " WHERE contact_fts MATCH ?", "contact", "c")
            sql = (f"SELECT c.id FROM {matches}"
                   f" WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT {int(limit)}")
            params = [match, *params]
            return self._ids(sql, params), False
        return self._ids(sql, [*params, match]), False

    def interrupter(self) -> Callable[[], None]:
        """A function that stops the query the calling thread's connection is running.

        A worker thread takes it before its queries; any thread may call it, and the
        interrupted query raises :class:`SearchInterruptedError`.
        """
        return interrupter(self._db)

    def release_thread(self) -> None:
        """Close the calling thread's connection (a worker thread does before it ends)."""
        if not self._db.is_closed():
            self._db.close()
