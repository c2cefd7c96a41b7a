"""Messages exported from a network (LinkedIn's ``messages.csv``) as timeline entries.

Pure rules, no store: who the owner of an export is (the one participant present in
every conversation), how messages group into one entry per conversation per day, who
wrote first that day, a short summary of what was said in the people's own words, and
the key that makes importing the same export again add nothing.

People are named by a *person key*: the normalised profile URL
(:func:`netjournal.domain.details.normalize_link`, so case and a trailing slash do not
matter), or ``name:`` and the folded name when the export gives no URL.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from netjournal.domain.details import fold, normalize_link
from netjournal.domain.values import Direction

SUMMARY_LIMIT = 320  # characters of a day's summary
MESSAGE_LIMIT = 90  # characters of one message in it
_OPAQUE = re.compile(r"linkedin\.com/in/aco[a-z0-9_-]{20,}")  # "ACoAAB…": a member id
_MARKUP = re.compile(r"</?(?:p|br|div|span|a|b|i|strong|em|ul|ol|li)\b[^>]*>", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # an export names the same few people again and again
def person_key(profile_url: str, name: str = "") -> str:
    """The key a person is known by: their profile URL normalised, else their name.

    Empty when there is neither.
    """
    url = profile_url.strip()
    if url:
        return normalize_link(url)
    folded = fold(name)
    return f"name:{folded}" if folded else ""


def is_opaque_profile(key: str) -> bool:
    """Whether a person key is LinkedIn's member-id form of a profile (``/in/ACoAAB…``).

    Messages often name people that way while ``Connections.csv`` gives their public
    address, so the two never agree as strings.
    """
    return _OPAQUE.fullmatch(key) is not None


def may_be_same_profile(message_key: str, contact_keys: Iterable[str]) -> bool:
    """Whether a contact with these LinkedIn profile keys may be the person of a message.

    Only two public addresses that differ say it is someone else (a namesake).
    """
    if not message_key.startswith("linkedin.com/") or is_opaque_profile(message_key):
        return True
    return all(is_opaque_profile(k) or k == message_key
               for k in contact_keys if k.startswith("linkedin.com/"))


@dataclass(frozen=True)
class Message:
    """One message of an export, read from its file."""

    conversation_id: str
    sender: str  # person key
    recipients: tuple[str, ...]  # person keys
    sent_at: dt.datetime  # aware, UTC
    content: str = ""
    title: str = ""  # the conversation's title (group conversations have one)
    where: str = ""  # its place in the file, in words

    @functools.cached_property
    def people(self) -> frozenset[str]:
        return frozenset(k for k in (self.sender, *self.recipients) if k)


@dataclass(frozen=True)
class ConversationDay:
    """The messages of one conversation on one (UTC) day, oldest first."""

    conversation_id: str
    day: dt.date
    messages: tuple[Message, ...]

    @property
    def title(self) -> str:
        return next((m.title for m in self.messages if m.title), "")

    @functools.cached_property
    def people(self) -> frozenset[str]:
        return frozenset().union(*(m.people for m in self.messages))

    @property
    def first_sender(self) -> str:
        return self.messages[0].sender

    @property
    def last_at(self) -> dt.datetime:
        return self.messages[-1].sent_at

    @property
    def key(self) -> str:
        return source_key(self.conversation_id, self.day)


def source_key(conversation_id: str, day: dt.date) -> str:
    """What marks the timeline entry of one conversation on one day as already imported."""
    return f"linkedin-message:{conversation_id.strip()}:{day.isoformat()}"


def conversations(messages: Iterable[Message]) -> dict[str, frozenset[str]]:
    """Everyone in each conversation, by conversation id."""
    out: dict[str, set[str]] = {}
    for message in messages:
        out.setdefault(message.conversation_id, set()).update(message.people)
    return {cid: frozenset(people) for cid, people in out.items()}


def owner_candidates(messages: Iterable[Message]) -> frozenset[str]:
    """The people present in every conversation (the owner is one of them).

    With one conversation, everyone in it qualifies; with none, nobody.
    """
    common: frozenset[str] | None = None
    for people in conversations(messages).values():
        common = people if common is None else common & people
    return common or frozenset()


def find_owner(messages: Sequence[Message], known: Iterable[str] = ()) -> str | None:
    """The owner of an export: the one person in every conversation.

    When several qualify (a single conversation, or two people who only wrote to each
    other), the one who is not among ``known`` (the person keys of the journal's
    contacts: the owner is not their own contact) is taken if that decides it; else the
    one who sent the most messages if that decides it. None when nothing decides.
    """
    candidates = owner_candidates(messages)
    if len(candidates) == 1:
        return next(iter(candidates))
    if not candidates:
        return None
    strangers = candidates - set(known)
    if len(strangers) == 1:
        return next(iter(strangers))
    pool = strangers or candidates
    sent: dict[str, int] = dict.fromkeys(pool, 0)
    for message in messages:
        if message.sender in sent:
            sent[message.sender] += 1
    ranked = sorted(sent.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def days(messages: Iterable[Message]) -> list[ConversationDay]:
    """The messages grouped by conversation and UTC day; each group oldest first.

    Groups come in the order of their first message, so a file's order does not matter.
    """
    groups: dict[tuple[str, dt.date], list[Message]] = {}
    for message in messages:
        day = message.sent_at.astimezone(dt.UTC).date()
        groups.setdefault((message.conversation_id, day), []).append(message)
    out = [ConversationDay(cid, day, tuple(sorted(group, key=lambda m: m.sent_at)))
           for (cid, day), group in groups.items()]
    out.sort(key=lambda d: (d.messages[0].sent_at, d.conversation_id))
    return out


def direction(day: ConversationDay, owner: str) -> Direction:
    """Who started that day's exchange: the owner (outbound) or the other side."""
    return Direction.OUTBOUND if day.first_sender == owner else Direction.INBOUND


def plain(content: str) -> str:
    """A message's text on one line: markup some exports hold removed, spaces collapsed."""
    text = _MARKUP.sub(" ", content) if "<" in content else content
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:") + "…"


def summary(day: ConversationDay, names: Mapping[str, str],
            limit: int = SUMMARY_LIMIT) -> str:
    """What was said that day in the people's own words, shortest first.

    ``Title: Sari Wijaya: Hi Ayu… / Ayu Lestari: Thanks!`` with each message cut to
    :data:`MESSAGE_LIMIT` characters and the whole to ``limit``; messages left out are
    counted as ``(+N)``. No word of any language is added, so the journal reads the same
    in every language.
    """
    parts: list[str] = []
    used = 0
    head = f"{day.title}: " if day.title else ""
    shown = 0
    for message in day.messages:
        text = plain(message.content)
        if not text:
            shown += 1
            continue
        who = names.get(message.sender) or message.sender
        part = f"{who}: {_cut(text, MESSAGE_LIMIT)}"
        extra = len(part) + (3 if parts else 0)
        if parts and len(head) + used + extra > limit - 6:
            break
        parts.append(part)
        used += extra
        shown += 1
    left = len(day.messages) - shown
    text = head + " / ".join(parts)
    if left > 0:
        text += f" (+{left})"
    return _cut(text, limit) if len(text) > limit else text
