"""The quick-entry line: one typed line about a person, parsed into fields and problems.

The same parser serves the GUI's quick entry window and ``netjournal add``::

    Budi Santoso (Tokopedia, PM) @JakartaJS #fintech !1w likes dogs, wants intro to VC

The grammar, as users are told it:

- **Name** first: everything up to the first ``(``, ``@event``, ``#tag`` or ``!when``,
  or up to a ``:`` or a dash standing alone (``Budi Santoso - likes dogs``). Commas stay in
  the name (``Dr. Budi Santoso, M.Sc.``); so do accents, CJK, apostrophes and hyphens.
- **(Company, Title)** right after the name: ``(Tokopedia)`` or ``(Tokopedia, PM)``; the
  first comma separates them. Parentheses later in the line are part of the note.
- **@event**: one word (``@JakartaJS``) or quoted (``@"PyCon ID 2026"``); one per line.
- **#tag**: one word (``#fintech``) or quoted (``#"machine learning"``); stored lower case.
- **!when**: when to follow up; one per line. ``!3d`` / ``!3h`` (days, *hari*),
  ``!1w`` / ``!1mg`` (weeks, *minggu*), ``!2mo`` / ``!2bln`` (months, *bulan*),
  ``!today`` / ``!hari-ini``, ``!tomorrow`` / ``!besok``, ``!lusa`` (the day after
  tomorrow), ``!nextweek`` / ``!minggu-depan`` / ``!mingdep``, ``!nextmonth`` /
  ``!bulan-depan``, or a date ``!2026-12-01``. Without one, the thank-you is scheduled.
- Everything else is the **note**. A backslash keeps a marker as text: ``\\#1 fan``.
  Punctuation right after an event, tag or when (``@JakartaJS,``) is not part of it.

Nothing is dropped silently: a part that is not understood (``!xyz``, an unclosed
parenthesis or quote, a second ``!when`` or ``@event``) goes into the note *and* is
reported as a :class:`Problem` with its code, position and text; the UI words the codes.
:func:`render` turns a parsed line back into a canonical line that parses to the same
fields. Pure functions: the date is always a parameter.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

MARKERS = "@#!"
ESCAPABLE = "@#!(\\"  # characters a leading backslash keeps as text
TRAILING = ",;:.!?"  # punctuation that may follow a part without being part of it
DASHES = ("-", "–", "—")
MAX_AHEAD_DAYS = 3660  # a follow-up further than about ten years away is a typo

_RELATIVE = re.compile(r"([0-9]{1,5})(d|h|w|mg|mo|bln)", re.ASCII)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)

# unit -> (days per unit, months per unit)
_UNITS: dict[str, tuple[int, int]] = {
    "d": (1, 0), "h": (1, 0),  # days; hari
    "w": (7, 0), "mg": (7, 0),  # weeks; minggu
    "mo": (0, 1), "bln": (0, 1),  # months; bulan
}
# word -> (days, months)
WHEN_WORDS: dict[str, tuple[int, int]] = {
    "today": (0, 0), "hari-ini": (0, 0), "hariini": (0, 0),
    "tomorrow": (1, 0), "besok": (1, 0),
    "lusa": (2, 0),
    "nextweek": (7, 0), "next-week": (7, 0), "minggu-depan": (7, 0), "mingdep": (7, 0),
    "nextmonth": (0, 1), "next-month": (0, 1), "bulan-depan": (0, 1),
}


class LineProblem(StrEnum):
    """What can be wrong with a quick-entry line (codes; the UI words them)."""

    NO_NAME = "no_name"  # the line does not start with a name
    UNCLOSED_PARENTHESIS = "unclosed_parenthesis"  # "(Tokopedia, PM" without ")"
    UNCLOSED_QUOTE = "unclosed_quote"  # @"PyCon ID without the closing quote
    EMPTY_QUOTE = "empty_quote"  # @"" or #""
    SECOND_EVENT = "second_event"  # a line is about one meeting
    UNKNOWN_WHEN = "unknown_when"  # !xyz
    BAD_DATE = "bad_date"  # !2026-02-30
    WHEN_IN_PAST = "when_in_past"  # !2020-01-01 (kept, but probably a typo)
    WHEN_TOO_FAR = "when_too_far"  # more than about ten years ahead
    SECOND_WHEN = "second_when"  # two follow-ups on one line


# Problems after which the part still counts (everything else went into the note).
KEPT_DESPITE = frozenset({LineProblem.WHEN_IN_PAST})


@dataclass(frozen=True)
class Problem:
    """A part of the line that was not understood: its code, place and text."""

    code: LineProblem
    start: int  # index into the line
    end: int
    text: str


@dataclass(frozen=True)
class When:
    """The line's own follow-up: the token as typed (normalised) and its date."""

    token: str  # without "!", lower case: "1w", "besok", "2026-12-01"
    due: dt.date


@dataclass(frozen=True)
class ParsedLine:
    """What a quick-entry line says. Compare :attr:`fields` for equivalence."""

    name: str = ""
    company: str = ""
    title: str = ""
    event: str = ""
    tags: tuple[str, ...] = ()
    when: When | None = None
    note: str = ""
    problems: tuple[Problem, ...] = ()
    blank: bool = True  # nothing but whitespace
    name_span: tuple[int, int] = (0, 0)  # where the name is in the line (for completion)
    company_span: tuple[int, int] | None = field(default=None, compare=False)

    @property
    def fields(self) -> tuple[object, ...]:
        """The parsed content, without problems or positions."""
        return (self.name, self.company, self.title, self.event, self.tags, self.when,
                self.note)

    @property
    def ok(self) -> bool:
        """A name and no problems: can be saved without asking."""
        return bool(self.name) and not self.problems

    @property
    def savable(self) -> bool:
        """Can be saved at all (after the user confirmed the problems): has a name."""
        return bool(self.name)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole calendar months; the 31st becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def resolve_when(token: str, today: dt.date) -> tuple[dt.date | None, LineProblem | None]:
    """The due date a ``!when`` token (without ``!``) means, or the problem with it.

    A date in the past is returned *with* :attr:`LineProblem.WHEN_IN_PAST`.
    """
    token = token.lower()
    if token in WHEN_WORDS:
        days, months = WHEN_WORDS[token]
        return add_months(today, months) + dt.timedelta(days=days), None
    rel = _RELATIVE.fullmatch(token)
    if rel:
        per_day, per_month = _UNITS[rel.group(2)]
        count = int(rel.group(1))
        if count * (per_day + 31 * per_month) > MAX_AHEAD_DAYS:
            return None, LineProblem.WHEN_TOO_FAR
        return add_months(today, count * per_month) + dt.timedelta(days=count * per_day), None
    if _ISO_DATE.fullmatch(token):
        try:
            due = dt.date.fromisoformat(token)
        except ValueError:
            return None, LineProblem.BAD_DATE
        if due < today:
            return due, LineProblem.WHEN_IN_PAST
        if (due - today).days > MAX_AHEAD_DAYS:
            return None, LineProblem.WHEN_TOO_FAR
        return due, None
    return None, LineProblem.UNKNOWN_WHEN


def _squash(text: str) -> str:
    return " ".join(text.split())


class _Parser:
    """One pass over the line; positions are indexes into it."""

    def __init__(self, text: str, today: dt.date) -> None:
        self.s = text
        self.n = len(text)
        self.i = 0
        self.today = today
        self.name_words: list[str] = []
        self.note_words: list[str] = []
        self.problems: list[Problem] = []
        self.company = ""
        self.title = ""
        self.company_span: tuple[int, int] | None = None
        self.event = ""
        self.tags: list[str] = []
        self.when: When | None = None
        self.name_end = 0

    # scanning helpers ------------------------------------------------------------------

    def _skip_space(self) -> None:
        while self.i < self.n and self.s[self.i].isspace():
            self.i += 1

    def _word_end(self, start: int) -> int:
        j = start
        while j < self.n and not self.s[j].isspace():
            j += 1
        return j

    def _marker_at(self, i: int) -> bool:
        """Does a marker part (``@x``, ``#x``, ``!x``, ``@"x``) start at ``i``?"""
        s = self.s
        if i >= self.n or s[i] not in MARKERS:
            return False
        if s[i] in "@#" and i + 1 < self.n and s[i + 1] == '"':
            return True
        return bool(s[i + 1:self._word_end(i)].rstrip(TRAILING))

    def _problem(self, code: LineProblem, start: int, end: int) -> None:
        self.problems.append(Problem(code, start, end, self.s[start:end]))

    def _to_note(self, start: int, end: int) -> None:
        """A fragment not understood: its words go into the note as typed."""
        self.note_words.extend(self.s[start:end].split())

    def _fragment_end(self, start: int) -> int:
        """Where an unclosed part ends: before the next marker word, else the line's end."""
        j = self._word_end(start)
        while j < self.n:
            if self.s[j].isspace():
                j += 1
                continue
            if self._marker_at(j):
                return j
            j = self._word_end(j)
        return self.n

    # the line ----------------------------------------------------------------------------

    def run(self) -> ParsedLine:
        self._skip_space()
        name_start = self.i
        group = self._name()
        name = " ".join(self.name_words)
        name_span = (name_start, self.name_end if name else name_start)
        if group:
            self._group()
        self._parts()
        blank = not self.s.strip()
        if not name and not blank:
            self.problems.insert(0, Problem(LineProblem.NO_NAME, name_start, name_start, ""))
        return ParsedLine(
            name=name, company=self.company, title=self.title, event=self.event,
            tags=tuple(self.tags), when=self.when, note=" ".join(self.note_words),
            problems=tuple(sorted(self.problems, key=lambda p: p.start)), blank=blank,
            name_span=name_span, company_span=self.company_span)

    def _name(self) -> bool:
        """Read the name's words; return True if a ``(company, title)`` group follows."""
        s = self.s
        while True:
            self._skip_space()
            if self.i >= self.n or self._marker_at(self.i):
                return False
            start = self.i
            end = self._word_end(start)
            j = start
            chars: list[str] = []
            if s[j] == "\\" and j + 1 < end and s[j + 1] in ESCAPABLE:
                chars.append(s[j + 1])
                j += 2
            while j < end and s[j] not in "(:":
                chars.append(s[j])
                j += 1
            if j == start + 1 and s[start] in DASHES:  # a dash standing alone
                self.i = j
                return False
            if chars:
                self.name_words.append("".join(chars))
                self.name_end = j
            self.i = j
            if j < end:  # stopped at "(" or ":"
                if s[j] == ":":
                    self.i = j + 1
                    return False
                return True

    def _group(self) -> None:
        """``(company[, title])`` right after the name, or an unclosed-parenthesis problem."""
        s = self.s
        start = self.i
        depth = 0
        comma = -1
        for j in range(start, self.n):
            c = s[j]
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    if comma < 0:
                        self.company = _squash(s[start + 1:j])
                    else:
                        self.company = _squash(s[start + 1:comma])
                        self.title = _squash(s[comma + 1:j])
                    self.company_span = (start, j + 1)
                    self.i = j + 1
                    return
            elif c == "," and depth == 1 and comma < 0:
                comma = j
        end = self._fragment_end(start)
        self._problem(LineProblem.UNCLOSED_PARENTHESIS, start, _rstrip_at(s, start, end))
        self._to_note(start, end)
        self.i = end

    def _parts(self) -> None:
        s = self.s
        while True:
            self._skip_space()
            if self.i >= self.n:
                return
            start = self.i
            if self._marker_at(start):
                if s[start] in "@#" and s[start + 1] == '"':
                    self._quoted(start)
                else:
                    end = self._word_end(start)
                    self._part(s[start], s[start + 1:end].rstrip(TRAILING), start, end)
                    self.i = end
                continue
            end = self._word_end(start)
            word = s[start:end]
            if word[0] == "\\" and len(word) > 1 and word[1] in ESCAPABLE:
                word = word[1:]
            self.note_words.append(word)
            self.i = end

    def _quoted(self, start: int) -> None:
        s = self.s
        close = s.find('"', start + 2)
        if close < 0:
            end = self._fragment_end(start)
            self._problem(LineProblem.UNCLOSED_QUOTE, start, _rstrip_at(s, start, end))
            self._to_note(start, end)
            self.i = end
            return
        after = close + 1
        k = after
        while k < self.n and s[k] in TRAILING:
            k += 1
        if k == self.n or s[k].isspace():
            after = k
        value = _squash(s[start + 2:close])
        if not value:
            self._problem(LineProblem.EMPTY_QUOTE, start, close + 1)
            self._to_note(start, close + 1)
        else:
            self._part(s[start], value, start, close + 1)
        self.i = after

    def _part(self, marker: str, value: str, start: int, end: int) -> None:
        if marker == "#":
            tag = value.lower()
            if tag not in self.tags:
                self.tags.append(tag)
        elif marker == "@":
            if self.event:
                self._problem(LineProblem.SECOND_EVENT, start, end)
                self._to_note(start, end)
            else:
                self.event = value
        else:
            self._when(value.lower(), start, end)

    def _when(self, token: str, start: int, end: int) -> None:
        if self.when is not None:
            self._problem(LineProblem.SECOND_WHEN, start, end)
            self._to_note(start, end)
            return
        due, problem = resolve_when(token, self.today)
        if problem is not None:
            self._problem(problem, start, end)
        if due is None:
            self._to_note(start, end)
        else:
            self.when = When(token, due)


def _rstrip_at(s: str, start: int, end: int) -> int:
    while end > start and s[end - 1].isspace():
        end -= 1
    return end


def parse(text: str, today: dt.date) -> ParsedLine:
    """Parse one quick-entry line; never raises. ``today`` resolves ``!when``.

    Problems point into ``text`` as given: callers clean it first
    (:func:`netjournal.domain.hygiene.clean_text`), and the store cleans what it saves.
    """
    return _Parser(text, today).run()


def _escape(word: str, *, in_name: bool = False) -> str:
    """Backslash a word that would otherwise be read as a part (or end the name)."""
    if word[0] in MARKERS or (in_name and word[0] == "(") or (
            word[0] == "\\" and len(word) > 1 and word[1] in ESCAPABLE):
        return "\\" + word
    return word


def _quote_if_needed(value: str) -> str:
    if any(c.isspace() for c in value) or value[0] == '"' or value[-1] in TRAILING:
        return f'"{value}"'
    return value


def render(line: ParsedLine) -> str:
    """The canonical line for ``line``: it parses back to the same :attr:`~ParsedLine.fields`.

    ``Name (Company, Title) @event #tag !when note``; a ``:`` separates name and note when
    nothing else stands between them.
    """
    parts: list[str] = []
    if line.name:
        parts.append(" ".join(_escape(w, in_name=True) for w in line.name.split()))
    if line.company or line.title:
        group = line.company + (f", {line.title}" if line.title else "")
        parts.append(f"({group})")
    marked = False
    if line.event:
        parts.append("@" + _quote_if_needed(line.event))
        marked = True
    for tag in line.tags:
        if tag:
            parts.append("#" + _quote_if_needed(tag))
            marked = True
    if line.when is not None:
        parts.append("!" + line.when.token)
        marked = True
    if line.note:
        note = " ".join(_escape(w) for w in line.note.split())
        if not marked and not (line.company or line.title):
            return (" ".join(parts) + ": " + note) if parts else ": " + note
        parts.append(note)
    return " ".join(parts)


def with_name(text: str, line: ParsedLine, name: str) -> str:
    """``text`` with its name part replaced by ``name`` (typeahead completion)."""
    start, end = line.name_span
    escaped = " ".join(_escape(w, in_name=True) for w in name.split())
    if line.name:
        return text[:start] + escaped + text[end:]
    rest = text[start:]
    return text[:start] + escaped + (" " if rest and not rest[0].isspace() else "") + rest
