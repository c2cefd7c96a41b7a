"""The quick-entry line: one typed line about a person, parsed into fields and problems.

The same parser serves the GUI's quick entry window and ``netjournal add``::

    Budi Santoso (Tokopedia, PM) @JakartaJS #fintech !1w likes dogs, wants intro to VC

The grammar, as users are told it:

- **Name** first. A line that starts with the name of someone in the journal (any case,
  accents folded: ``agus pangaribuan catch up``) is about them; the rest is the note. A new
  name ends at the first ``(``, ``@event``, ``#tag`` or ``!when``, comma, ``:`` or dash
  standing alone (``Budi Santoso - likes dogs``), or else after its run of capitalised
  words (``Rina Kusuma talked about hiring``: the name is "Rina Kusuma"; particles such as
  *bin* or *van* between capitalised words stay in it). A name that starts in lower case
  runs to the first of those marks; with three words or more and no mark it is reported
  (:attr:`LineProblem.NAME_UNCLEAR`). A backslash keeps any word in the name
  (``Budi \\santoso``). ``#12`` in place of the name means contact 12.
- **(Company, Title)** right after the name: ``(Tokopedia)`` or ``(Tokopedia, PM)``; the
  first comma separates them. Parentheses later in the line are part of the note.
- **@event**: one word (``@JakartaJS``) or quoted (``@"PyCon ID 2026"``); one per line.
- **#tag**: one word (``#fintech``) or quoted (``#"machine learning"``); stored lower case.
- **!when**: when to follow up; one per line. ``!3d`` / ``!3h`` (days, *hari*),
  ``!1w`` / ``!1mg`` (weeks, *minggu*), ``!2mo`` / ``!2bln`` (months, *bulan*),
  ``!today`` / ``!hari-ini``, ``!tomorrow`` / ``!besok``, ``!lusa`` (the day after
  tomorrow), ``!nextweek`` / ``!minggu-depan`` / ``!mingdep``, ``!nextmonth`` /
  ``!bulan-depan``, or a date ``!2026-12-01``. Without one, the thank-you is scheduled.
- ``!when: next step`` (a colon right after the when): the words up to the next marker
  are the follow-up's next step (``!1w: send the deck``). Without the colon the follow-up
  gets a reason in words and the text stays in the note: the note is never the to-do.
- Everything else is the **note**. A backslash keeps a marker as text: ``\\#1 fan``.
  Punctuation right after an event, tag or when (``@JakartaJS,``) is not part of it.

Nothing is dropped silently: a part that is not understood (``!xyz``, an unclosed
parenthesis or quote, a second ``!when`` or ``@event``) goes into the note *and* is
reported as a :class:`Problem` with its code, position and text; the UI words the codes.
:func:`netjournal.domain.linerender.render` turns a parsed line back into a canonical
line that parses to the same fields. Pure functions: the date is always a parameter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from netjournal.domain.capture_rules import fold, fold_char
from netjournal.domain.lineparts import (
    KEPT_DESPITE,
    MAX_AHEAD_DAYS,
    WHEN_WORDS,
    LineProblem,
    add_months,
    resolve_when,
)

MARKERS = "@#!"
ESCAPABLE = "@#!(\\"  # characters a leading backslash keeps as text
TRAILING = ",;:.!?"  # punctuation that may follow a part without being part of it
DASHES = ("-", "–", "—")
NAME_ENDS = "(:,"  # inside a word, these end the name
PARTICLES = frozenset({  # lower-case words that stay inside a capitalised name
    "al", "bin", "binti", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du",
    "el", "la", "le", "ten", "ter", "van", "von", "y", "zu"})
UNCLEAR_WORDS = 3  # a lower-case name this long with no mark where it ends is unclear
_CONTACT_REF = re.compile(r"#([0-9]{1,9})(?=[\s(:,]|$)")

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
    step: str = ""  # the next step stated after "!when:" ("" when the line states none)
    contact_ref: int | None = None  # "#12" in place of the name: contact 12
    problems: tuple[Problem, ...] = ()
    blank: bool = True  # nothing but whitespace
    name_span: tuple[int, int] = (0, 0)  # where the name is in the line (for completion)
    company_span: tuple[int, int] | None = field(default=None, compare=False)

    @property
    def fields(self) -> tuple[object, ...]:
        """The parsed content, without problems or positions."""
        return (self.name, self.company, self.title, self.event, self.tags, self.when,
                self.note, self.step, self.contact_ref)

    @property
    def ok(self) -> bool:
        """A name and no problems: can be saved without asking."""
        return self.savable and not self.problems

    @property
    def savable(self) -> bool:
        """Can be saved at all (after the user confirmed the problems): has a name."""
        return bool(self.name) or self.contact_ref is not None


def _squash(text: str) -> str:
    return " ".join(text.split())


def capitalised(word: str) -> bool:
    """Does ``word`` start with a capital (or a letter without case, as in CJK)?"""
    return bool(word) and word[0].isalpha() and not word[0].islower()


def capitalised_run(words: Sequence[str], kept: Sequence[bool] = ()) -> int:
    """How many of ``words`` make a capitalised name: 0 if the first is not capitalised;
    particles (*bin*, *van der*) count when a capitalised word follows them; a word
    ``kept`` (typed after a backslash) always counts."""
    flags = list(kept) + [False] * (len(words) - len(kept))
    if not words or not capitalised(words[0]):
        return 0
    count = 1
    i = 1
    while i < len(words):
        if flags[i] or capitalised(words[i]):
            i += 1
            count = i
            continue
        j = i
        while j < len(words) and not flags[j] and words[j].casefold() in PARTICLES:
            j += 1
        if j == i or j >= len(words) or not (flags[j] or capitalised(words[j])):
            break
        i = count = j + 1
    return count


class _Parser:
    """One pass over the line; positions are indexes into it."""

    def __init__(self, text: str, today: dt.date, known: frozenset[str] = frozenset()) -> None:
        self.known = known  # folded names of people in the journal the line may start with
        self.longest = max((len(k) for k in known), default=0)
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
        self.step_words: list[str] = []
        self.contact_ref: int | None = None
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
        if not name and not blank and self.contact_ref is None:
            self.problems.insert(0, Problem(LineProblem.NO_NAME, name_start, name_start, ""))
        return ParsedLine(
            name=name, company=self.company, title=self.title, event=self.event,
            tags=tuple(self.tags), when=self.when, note=" ".join(self.note_words),
            step=" ".join(self.step_words), contact_ref=self.contact_ref,
            problems=tuple(sorted(self.problems, key=lambda p: p.start)), blank=blank,
            name_span=name_span, company_span=self.company_span)

    def _name(self) -> bool:
        """Read the name; return True if a ``(company, title)`` group follows it."""
        ref = _CONTACT_REF.match(self.s, self.i)
        if ref:
            self.contact_ref = int(ref.group(1))
            self.i = ref.end()
            self._skip_space()
            if self.i < self.n and self.s[self.i] in ":,":
                self.i += 1
            return self.i < self.n and self.s[self.i] == "("
        words, stop, after = self._name_candidates()
        if not words:
            self.i = after
            return stop == "("
        texts = [w[2] for w in words]
        run = capitalised_run(texts, [w[3] for w in words])
        known = self._known_end(words[0][0])
        if known is not None and not (run and words[run - 1][1] > known):
            self.name_words = self.s[words[0][0]:known].split()
            self.name_end = self.i = known
            self._skip_space()
            rest = self.s[self.i:self.i + 2]
            if rest[:1] in (":", ",") or (rest[:1] in DASHES and rest[1:].isspace()):
                self.i += 1
            return self.i < self.n and self.s[self.i] == "("
        count = run if run else len(texts)
        if not run and len(texts) >= UNCLEAR_WORDS and stop is None:
            self._problem(LineProblem.NAME_UNCLEAR, words[0][0], words[-1][1])
        self.name_words = texts[:count]
        self.name_end = words[count - 1][1]
        if count < len(words):  # the rest is the note, read as typed
            self.i = words[count][0]
            return False
        self.i = after
        return stop == "("

    def _known_end(self, start: int) -> int | None:
        """Where the longest name in :attr:`known` that the line starts with ends (it must
        end a word), accents and case folded; None if the line starts with none."""
        if not self.known:
            return None
        folded: list[str] = []
        ends: list[int] = []  # ends[k]: the index in the line after folded[:k+1]
        for j in range(start, min(self.n, start + self.longest + 40)):
            piece = " " if self.s[j].isspace() else fold_char(self.s[j])
            if piece == " " and folded and folded[-1] == " ":
                ends[-1] = j + 1
                continue
            folded.append(piece)
            ends.append(j + 1)
        text = "".join(folded)
        best: int | None = None
        for name in self.known:
            if not text.startswith(name):
                continue
            # the index in the line where the name's folded characters end
            size = 0
            for k, piece in enumerate(folded):
                size += len(piece)
                if size >= len(name):
                    end = ends[k]
                    break
            else:
                continue
            if end < self.n and not (self.s[end].isspace() or self.s[end] in NAME_ENDS):
                continue  # "Budi" does not start "Budiman"
            if best is None or end > best:
                best = end
        return best

    def _name_candidates(self) -> tuple[list[tuple[int, int, str, bool]], str | None, int]:
        """The words that may be the name: (start, end, text, kept by a backslash) each,
        what stopped them
        (``(``, ``:``, ``,``, a dash, or None for a marker or the line's end), and where
        reading goes on (at the ``(``; after a ``:``, comma or dash)."""
        s = self.s
        words: list[tuple[int, int, str, bool]] = []
        while True:
            self._skip_space()
            if self.i >= self.n or self._marker_at(self.i):
                return words, None, self.i
            start = self.i
            end = self._word_end(start)
            j = start
            chars: list[str] = []
            kept = s[j] == "\\" and j + 1 < end
            if kept:  # a backslash keeps the next character, and the word in the name
                chars.append(s[j + 1])
                j += 2
            elif j + 1 == end and s[j] in DASHES:  # a dash standing alone
                return words, "-", end
            while j < end and s[j] not in NAME_ENDS:
                chars.append(s[j])
                j += 1
            if chars:
                words.append((start, j, "".join(chars), kept))
            if j < end:  # stopped at "(", ":" or ","
                return words, s[j], j if s[j] == "(" else j + 1
            self.i = end

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
                    before = self.when
                    self._part(s[start], s[start + 1:end].rstrip(TRAILING), start, end)
                    self.i = end
                    if self.when is not before and s[end - 1] == ":":
                        self._step()  # "!1w: send the deck"
                continue
            end = self._word_end(start)
            self.note_words.append(_unescape(s[start:end]))
            self.i = end

    def _step(self) -> None:
        """The next step stated after ``!when:``: the words up to the next marker."""
        while True:
            self._skip_space()
            if self.i >= self.n or self._marker_at(self.i):
                return
            end = self._word_end(self.i)
            self.step_words.append(_unescape(self.s[self.i:end]))
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


def _unescape(word: str) -> str:
    if word[0] == "\\" and len(word) > 1 and word[1] in ESCAPABLE:
        return word[1:]
    return word


def _rstrip_at(s: str, start: int, end: int) -> int:
    while end > start and s[end - 1].isspace():
        end -= 1
    return end


def parse(text: str, today: dt.date, known: Iterable[str] = ()) -> ParsedLine:
    """Parse one quick-entry line; never raises. ``today`` resolves ``!when``.

    Problems point into ``text`` as given: callers clean it first
    (:func:`netjournal.domain.hygiene.clean_text`), and the store cleans what it saves.

    ``known``: names of people in the journal the line may start with (the store finds
    them from the line's first words); the longest one the line starts with is the name.
    """
    folded = frozenset(f for f in (fold(k) for k in known) if f)
    return _Parser(text, today, folded).run()


__all__ = ["KEPT_DESPITE", "MAX_AHEAD_DAYS", "PARTICLES", "WHEN_WORDS", "LineProblem",
           "ParsedLine", "Problem", "When", "add_months", "capitalised", "capitalised_run",
           "parse", "resolve_when"]
