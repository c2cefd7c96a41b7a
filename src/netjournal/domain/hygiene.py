"""Input hygiene in one place: what text may be stored, and what may reach a terminal.

Every way in (quick capture, a file import, a card saved) passes text through
:func:`clean_record` (or :func:`clean_text`): control characters (NUL, ESC and the rest
of C0 and C1) are removed, keeping tab and newline only in notes; names are limited to
:data:`MAX_NAME` characters (:func:`name_problem`). Output for a terminal goes through
:func:`for_terminal`, which also neutralises the characters that can make text look like
something else there: bidirectional overrides and zero-width characters.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

MAX_NAME = 200
"""The longest name a contact, event or request may have (characters)."""

MULTILINE_FIELDS = frozenset({
    "how_met", "interests", "family", "remember", "notes", "goal", "summary", "learned",
    "description", "text", "message", "reason", "note",
})
"""Fields that hold free text over several lines: tab and newline stay in them."""

_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_LINE_CONTROLS = re.compile(f"[{_CONTROLS}]")
_BREAKS = re.compile(r"\r\n?|[\t\n\v\f\x85\u2028\u2029]")
_NEWLINES = re.compile(r"\r\n?|[\x85\u2028\u2029]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u180e]")
# A joiner is only meaningful between two letters of a script that uses it (or in an
# emoji sequence); next to ASCII or at an end it only hides something.
_STRAY_JOINER = re.compile("(?:(?<=[\x00-\x7f])|^)[\u200c\u200d]|[\u200c\u200d](?=[\x00-\x7f]|$)")

_JSON_HIDDEN = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c"
                          "\u2060\ufeff\u180e]")

T = TypeVar("T")


def clean_text(text: str, *, multiline: bool = False) -> str:
    """``text`` without control characters; ``multiline`` keeps tabs and newlines
    (``\\r\\n`` and lone ``\\r`` become ``\\n``), else line breaks become spaces."""
    if multiline:
        text = _NEWLINES.sub("\n", text)
        return _LINE_CONTROLS.sub("", text)
    text = _BREAKS.sub(" ", text)
    return _LINE_CONTROLS.sub("", text)


def clean_record(value: T) -> T:
    """A copy of a frozen dataclass with every text field cleaned (tuples of text and
    nested records too); free-text fields (:data:`MULTILINE_FIELDS`) keep their lines."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(value):
        old = getattr(value, f.name)
        new = _clean_value(old, multiline=f.name in MULTILINE_FIELDS)
        if new is not old and new != old:
            changes[f.name] = new
    return dataclasses.replace(value, **changes) if changes else value


def _clean_value(value: Any, *, multiline: bool) -> Any:
    if isinstance(value, str):
        return clean_text(value, multiline=multiline)
    if isinstance(value, tuple):
        return tuple(_clean_value(v, multiline=multiline) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return clean_record(value)
    return value


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a name (too long), in words; None when it can."""
    if len(name.strip()) > MAX_NAME:
        return (f"the name is {len(name.strip()):,} characters long; a name holds at most "
                f"{MAX_NAME} (put the rest in the notes)")
    return None


def for_terminal(text: str) -> str:
    """``text`` safe to print on a terminal: no control characters but tab and newline,
    no bidirectional overrides, no zero-width characters that hide or reorder text."""
    text = _LINE_CONTROLS.sub("", _NEWLINES.sub("\n", text))
    text = _INVISIBLE.sub("", _BIDI.sub("", text))
    return _STRAY_JOINER.sub("", text)


def escape_for_json(text: str) -> str:
    """JSON text with bidi and zero-width characters written as ``\\uXXXX`` escapes:
    the same data for a program, nothing hidden or reordered on a terminal."""
    def escape(match: re.Match[str]) -> str:
        return f"\\u{ord(match.group()):04x}"

    return _JSON_HIDDEN.sub(escape, text)
