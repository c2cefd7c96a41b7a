"""Candidates for quick capture's questions: who a line may be about, which recent event
its ``@event`` may be, and whether it was just saved.

The store only finds candidates, cheaply at any journal size (indexed lookups and the
names' full-text index, a few hundred rows at most); the rules that decide are pure
functions in :mod:`netjournal.domain.capture_rules`. Both front ends call
:func:`parse_line` and :func:`resolve` so that the GUI and ``netjournal add`` agree.
"""

from __future__ import annotations

import datetime as dt
import re

from peewee import fn

from netjournal.domain import capture_rules as rules
from netjournal.domain.capture_rules import Candidate, RecentEvent, Resolution
from netjournal.domain.lineparts import LineProblem
from netjournal.domain.quickentry import ParsedLine, parse
from netjournal.domain.values import Event
from netjournal.storage import models as m
from netjournal.storage.convert import from_db, now_utc, to_db
from netjournal.storage.sql import fetch_all
from netjournal.storage.store import Store

POOL = 200  # most rows one full-text lookup reads
FEW = 20  # fewer candidates than this with every word: look for slips inside a word
_WORD = re.compile(r"\w+", re.UNICODE)
_OPENING = re.compile(r"[^@#!(:,]*")  # the line before its first mark


def exact_ids(store: Store, name: str, limit: int) -> list[int]:
    """Live contacts named exactly ``name`` (case-insensitive), oldest first. Indexed."""
    name = " ".join(name.split())
    if not name:
        return []
    rows = fetch_all(
        store.db,
        "SELECT id FROM contact WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL"
        " ORDER BY id LIMIT ?", [name, int(limit)])
    return [r[0] for r in rows]


def _fts_ids(store: Store, terms: list[str], joiner: str, *, by_rank: bool) -> list[int]:
    """Live contacts whose name matches the quoted ``terms`` (joined by AND or OR)."""
    if not terms:
        return []
    order = "rank" if by_rank else "rowid DESC"
    rows = fetch_all(
        store.db,
        "SELECT c.id FROM contact c WHERE c.deleted_at IS NULL AND c.id IN"
        " (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?"
        f"  ORDER BY {order} LIMIT ?)",
        [f"name : ({f' {joiner} '.join(terms)})", POOL])
    return [r[0] for r in rows]


def _words(text: str) -> list[str]:
    return _WORD.findall(rules.fold(text))


def known_names(store: Store, text: str) -> list[str]:
    """Names of contacts the line may start with (for :func:`~netjournal.domain.
    quickentry.parse`): every name is a folded prefix of the line."""
    opening = _OPENING.match(text.lstrip())
    words = text.split()
    found: set[int] = set()
    for k in range(1, min(4, len(words)) + 1):  # the first words as a whole name: indexed
        found.update(exact_ids(store, " ".join(words[:k]), 20))
    head = _words(opening.group(0) if opening else "")
    if len(head) >= 2:  # accents and case folded by the index: its first two words
        found.update(_fts_ids(store, [f'"{w}"' for w in head[:2]], "AND", by_rank=False))
    if not found:
        return []
    line = rules.fold(text)
    marks = ", ".join("?" * len(found))
    rows = fetch_all(store.db, f"SELECT DISTINCT name FROM contact WHERE id IN ({marks})",
                     sorted(found))
    return [r[0] for r in rows if line.startswith(rules.fold(r[0]))]


def parse_line(store: Store, text: str, today: dt.date) -> ParsedLine:
    """Parse ``text`` knowing the journal's names (a known name ends where it ends)."""
    return parse(text, today, known_names(store, text))


def candidates(store: Store, name: str) -> list[Candidate]:
    """Contacts ``name`` may mean: the same name, and names sharing the start of a word,
    best matches first."""
    ids = exact_ids(store, name, 50)
    # a word's start finds slips in its last letters (words of one or two letters find
    # too many to rank at every keystroke); a long single word may miss a space
    words = [w for w in _words(name) if len(w) >= 3]
    terms = list(dict.fromkeys(f'"{w[:max(3, len(w) - 2)]}"*' for w in words))
    if len(words) == 1 and len(words[0]) >= 7:
        terms.append(f'"{words[0][:3]}"*')
    # names with every word's start first (cheap: the index intersects); only when they
    # are few, a slip inside a word: any word's start, the closest ranked first
    ids += [i for i in _fts_ids(store, terms, "AND", by_rank=False) if i not in ids]
    if len(terms) > 1 and len(ids) < FEW:
        ids += [i for i in _fts_ids(store, terms, "OR", by_rank=True) if i not in ids]
    rows = store.contacts.summaries(ids)
    return [Candidate(i, rows[i].name, rows[i].company) for i in ids if i in rows]


def resolve(store: Store, line: ParsedLine) -> Resolution:
    """Who the line is about (its ``#ID``, one contact, a new person, or a question)."""
    if line.contact_ref is not None:
        if store.contacts.exists(line.contact_ref):
            return Resolution(rules.Verdict.EXISTING, contact_id=line.contact_ref)
        return Resolution(rules.Verdict.NEW)  # the caller reports the unknown id
    if not line.name:
        return Resolution(rules.Verdict.NEW)
    found = rules.resolve_person(line.name, line.company, candidates(store, line.name))
    if found.verdict == rules.Verdict.NEW and any(
            p.code == LineProblem.NAME_UNCLEAR for p in line.problems):
        # "intan hidayt coffee": the name's end is unknown; its first words may be someone
        words = line.name.split()
        for k in range(min(3, len(words) - 1), 0, -1):
            pool = candidates(store, " ".join(words[:k]))
            start = rules.resolve_person(" ".join(words[:k]), line.company, pool)
            if start.verdict != rules.Verdict.NEW:
                one = tuple(c for c in pool if c.id == start.contact_id)
                return Resolution(rules.Verdict.NEAR, candidates=one + start.candidates)
    return found


def recent_events(store: Store, typed: str, met_on: dt.date) -> list[RecentEvent]:
    """Events within :data:`~netjournal.domain.capture_rules.EVENT_DAYS` of ``met_on``,
    and undated ones named ``typed``."""
    days = dt.timedelta(days=rules.EVENT_DAYS)
    query = m.Event.select(m.Event.id, m.Event.name, m.Event.starts_on).where(
        m.Event.starts_on.between(met_on - days, met_on + days)
        | (m.Event.starts_on.is_null() & (fn.lower(m.Event.name) == typed.strip().lower())))
    return [RecentEvent(r.id, r.name, r.starts_on) for r in query.limit(500)]


def matching_event(store: Store, typed: str, met_on: dt.date) -> Event | None:
    """The recent event ``@typed`` means (same or similar name), or None for a new one."""
    if not typed.strip():
        return None
    found = rules.match_event(typed, met_on, recent_events(store, typed, met_on))
    return store.events.get(found.id) if found is not None else None


def repeat_of(store: Store, contact_id: int, line: ParsedLine,
              event_id: int | None) -> rules.LoggedLine | None:
    """The meeting with ``contact_id`` saved in the last minutes with the same note and
    event (the same line again), by the wall clock; None if there is none."""
    now = now_utc()
    cutoff = now - dt.timedelta(minutes=rules.REPEAT_MINUTES)
    query = (m.Interaction.select(m.Interaction.created_at, m.Interaction.learned,
                                  m.Interaction.event)
             .join(m.Participant, on=m.Participant.interaction == m.Interaction.id)
             .where((m.Participant.contact == contact_id)
                    & (m.Interaction.created_at >= to_db(cutoff))
                    & m.Interaction.deleted_at.is_null()))
    logged = []
    for r in query:
        saved = from_db(r.created_at)
        assert saved is not None
        logged.append(rules.LoggedLine(saved, r.learned, r.event_id))
    return rules.is_repeat(line.note, event_id, now, logged)


__all__ = ["candidates", "known_names", "matching_event", "parse_line", "recent_events",
           "repeat_of", "resolve"]
