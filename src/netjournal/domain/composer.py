"""Outgoing connection request notes: what to fill a template with, and the 300 limit.

From the advice in DESIGN.md: when you send a request, add one or two sentences (same
industry, a similar goal, or appreciation of their work). LinkedIn notes hold 300
characters, counted the way its web form counts them (UTF-16 code units, so most emoji
count as two). The template texts are the UI's (translated); this module picks which
variant fits the card and fills the placeholders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from netjournal.domain.values import Contact

NOTE_LIMIT = 300

# Words in front of a name that are not what you greet someone by.
_HONORIFICS = frozenset({
    "dr", "dr.", "prof", "prof.", "ir", "ir.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "bapak", "ibu", "pak", "bu", "mas", "mbak", "kak", "h.", "hj.",
})

_PLACEHOLDER = re.compile(r"\{(first_name|company|title|topic)\}")
_SPLIT_INTERESTS = re.compile(r"[,;\n/]+")


class NoteTemplate(StrEnum):
    """The three kinds of note the advice suggests."""

    SAME_INDUSTRY = "same_industry"
    SIMILAR_GOAL = "similar_goal"
    APPRECIATION = "appreciation"


class NoteVariant(StrEnum):
    """Which wording of a template fits what the card knows."""

    TOPIC = "topic"  # we know a topic (an interest or a tag)
    COMPANY = "company"  # no topic, but a company
    PLAIN = "plain"  # neither


@dataclass(frozen=True)
class NoteFields:
    """What a note can mention, taken from the card."""

    first_name: str
    company: str = ""
    title: str = ""
    topic: str = ""  # a field or interest the user chose (see :func:`topic_choices`)

    def as_dict(self) -> dict[str, str]:
        return {"first_name": self.first_name, "company": self.company,
                "title": self.title, "topic": self.topic}


def first_name(name: str) -> str:
    """The name to greet someone by: the first word after any honorific."""
    words = name.split()
    for word in words:
        if word.casefold() not in _HONORIFICS:
            return word.strip(",")
    return words[-1] if words else ""


def topic_choices(contact: Contact) -> tuple[str, ...]:
    """What a note could be about: the card's tags, then its interests (no repeats).

    Tags mix fields ("fintech") with places and roles ("jakarta", "mentor"), so the
    user picks one; none is chosen for them.
    """
    interests = [p.strip() for p in _SPLIT_INTERESTS.split(contact.interests) if p.strip()]
    seen: set[str] = set()
    out = []
    for item in (*contact.tags, *interests):
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


def note_fields(contact: Contact, topic: str = "") -> NoteFields:
    """Fill the note fields from a card, with the topic the user chose."""
    return NoteFields(first_name=first_name(contact.name), company=contact.company.strip(),
                      title=contact.title.strip(), topic=" ".join(topic.split()))


def variant(fields: NoteFields) -> NoteVariant:
    """The wording that fits: a topic beats a company beats neither."""
    if fields.topic:
        return NoteVariant.TOPIC
    if fields.company:
        return NoteVariant.COMPANY
    return NoteVariant.PLAIN


def fill(text: str, fields: NoteFields) -> str:
    """Put the fields into ``{first_name}``, ``{company}``, ``{title}``, ``{topic}``.

    Other braces are left as they are (a template the user or a translator wrote never
    raises), and runs of spaces left by an empty field are closed up.
    """
    values = fields.as_dict()
    filled = _PLACEHOLDER.sub(lambda mo: values[mo.group(1)], text)
    filled = re.sub(r"[ \t]+([,.!?;:])", r"\1", filled)
    return re.sub(r"[ \t]{2,}", " ", filled).strip()


def note_length(text: str) -> int:
    """Characters as the network counts them (UTF-16 code units; CRLF counts as one)."""
    text = text.replace("\r\n", "\n")
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class NoteCheck:
    """A note measured against the limit."""

    length: int
    limit: int = NOTE_LIMIT

    @property
    def remaining(self) -> int:
        return self.limit - self.length

    @property
    def over_by(self) -> int:
        return max(0, self.length - self.limit)

    @property
    def is_over(self) -> bool:
        return self.length > self.limit

    @property
    def is_empty(self) -> bool:
        return self.length == 0

    @property
    def can_send(self) -> bool:
        return not self.is_empty and not self.is_over


def check_note(text: str, limit: int = NOTE_LIMIT) -> NoteCheck:
    """Measure a note (surrounding blanks are not sent, so they do not count)."""
    return NoteCheck(length=note_length(text.strip()), limit=limit)


__all__ = ["NOTE_LIMIT", "NoteCheck", "NoteFields", "NoteTemplate", "NoteVariant",
           "check_note", "fill", "first_name", "note_fields", "note_length", "topic_choices",
           "variant"]
