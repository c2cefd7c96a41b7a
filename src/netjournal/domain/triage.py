"""Connection request triage: is this request worth a look, and why.

From the advice in DESIGN.md: a request from a stranger with no message, no photo or an
empty profile is likely noise; a short clear reason, mutual connections or real
engagement with your work deserve a look. Red-flag phrases are the user's own list
(``Settings.red_flag_phrases``) and are matched case-, accent- and emoji-variant-
insensitively at the start of a word, so "crypto" also catches "Cryptocurrency".

The assessment returns codes and data (:class:`Reason`); the UI words them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from netjournal.domain.values import ConnectionRequest


class Verdict(StrEnum):
    LIKELY_ACCEPT = "likely_accept"
    LOOK_CLOSER = "look_closer"
    LIKELY_DECLINE = "likely_decline"

    @property
    def rank(self) -> int:
        """Higher is better: decline 0, look closer 1, accept 2."""
        return _RANKS[self]


_RANKS = {Verdict.LIKELY_DECLINE: 0, Verdict.LOOK_CLOSER: 1, Verdict.LIKELY_ACCEPT: 2}


class Signal(StrEnum):
    """Why a request counts for or against; each :class:`Reason` carries one."""

    # for
    CLEAR_MESSAGE = "clear_message"  # a short personal message
    STATED_REASON = "stated_reason"  # says why they want to connect
    ENGAGEMENT = "engagement"  # mentions your work, talk, post...
    MUTUAL_CONNECTIONS = "mutual_connections"  # ``count`` says how many
    # against
    NO_MESSAGE = "no_message"
    GENERIC_MESSAGE = "generic_message"  # the network's default text
    LONG_MESSAGE = "long_message"  # a wall of text, not a short note
    TOO_SHORT = "too_short"  # a bare greeting ("Hi") that says nothing about why
    NO_PHOTO = "no_photo"
    EMPTY_PROFILE = "empty_profile"
    RED_FLAG = "red_flag"  # ``phrase`` is the user's phrase that matched


# Points each signal is worth; the verdict adds them up.
POINTS: dict[Signal, int] = {
    Signal.CLEAR_MESSAGE: 1,
    Signal.STATED_REASON: 2,
    Signal.ENGAGEMENT: 2,
    Signal.NO_MESSAGE: -2,
    Signal.GENERIC_MESSAGE: -1,
    Signal.LONG_MESSAGE: -1,
    Signal.TOO_SHORT: -1,
    Signal.NO_PHOTO: -1,
    Signal.EMPTY_PROFILE: -2,
    Signal.RED_FLAG: -2,
}

ACCEPT_AT = 3  # a score of this or more: likely accept (unless a red flag matched)
DECLINE_AT = -2  # this or less: likely decline

SHORT_MESSAGE_MAX = 400  # characters; longer is a pitch, not a note
CLEAR_MESSAGE_MIN = 15  # "hi" is not a message

# Text the networks put in when the sender wrote nothing of their own (folded form).
GENERIC_MESSAGES: tuple[str, ...] = (
    "i'd like to add you to my professional network",
    "i would like to add you to my professional network",
    "i'd like to join your linkedin network",
    "i'd like to connect with you on linkedin",
    "saya ingin menambahkan anda ke jaringan profesional saya",
    "saya ingin bergabung dengan jaringan linkedin anda",
)

# Word starts that show a stated reason (English and Indonesian, folded).
REASON_CUES: tuple[str, ...] = (
    "because", "we both", "both work", "same industry", "also work", "also a", "also an",
    "i'm a", "i'm an", "i am a", "i am an", "i work", "working on", "would love to", "i'd love to",
    "hoping to", "looking for advice", "learn about", "learn from", "interested in",
    "met at", "met you", "we met", "reaching out", "recommended", "referred",
    "karena", "sama-sama", "kita sama", "saya juga", "bekerja di", "belajar",
    "tertarik", "ingin bertanya", "kenal di", "bertemu di", "direkomendasikan",
)

# Mentions of the user's own work: real engagement (folded).
ENGAGEMENT_CUES: tuple[str, ...] = (
    "your talk", "your post", "your article", "your work", "your presentation",
    "your podcast", "your book", "your project", "your paper", "your newsletter",
    "your video", "your session", "your workshop", "your blog", "your thread",
    "your comment", "read your", "saw your", "enjoyed your", "loved your",
    "liked your", "watched your",
    "talk anda", "talk kamu", "tulisan anda", "tulisan kamu", "artikel anda",
    "artikel kamu", "presentasi anda", "presentasi kamu", "postingan anda",
    "postingan kamu", "karya anda", "karya kamu", "buku anda", "podcast anda",
)

_VARIATION = {0x200D, 0x20E3} | set(range(0xFE00, 0xFE10)) | set(range(0x1F3FB, 0x1F400))
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def fold(text: str) -> str:
    """The form phrases are compared in: no case, accents, emoji variants or extra spaces.

    ``"VISIONÄRY  Thinker"`` and ``"visionary thinker"`` fold alike, and so do ``"❤️"``
    (with a variation selector) and ``"❤"``, or a thumbs-up with and without skin tone.
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES)).casefold()
    text = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in text
                   if not unicodedata.combining(c) and ord(c) not in _VARIATION)
    return " ".join(kept.split())


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def find_phrase(folded_text: str, phrase: str, *, whole_word: bool = False) -> bool:
    """True if ``phrase`` occurs in already-folded text at the start of a word.

    A phrase that starts with a letter or digit must start a word there ("ai" does not
    match "said"); one that starts with a symbol or emoji may appear anywhere. With
    ``whole_word`` it must also end a word ("i'm a" does not match "i'm around").
    """
    needle = fold(phrase)
    if not needle:
        return False
    start = 0
    while True:
        at = folded_text.find(needle, start)
        if at < 0:
            return False
        end = at + len(needle)
        starts_ok = (not _is_word_char(needle[0]) or at == 0
                     or not _is_word_char(folded_text[at - 1]))
        ends_ok = (not whole_word or not _is_word_char(needle[-1])
                   or end == len(folded_text) or not _is_word_char(folded_text[end]))
        if starts_ok and ends_ok:
            return True
        start = at + 1


def clean_phrases(phrases: Iterable[str]) -> tuple[str, ...]:
    """The user's red-flag list tidied: trimmed, no blanks, no duplicates (by folded form)."""
    seen: set[str] = set()
    out: list[str] = []
    for phrase in phrases:
        text = " ".join(phrase.split())
        key = fold(text)
        if key and key not in seen:
            seen.add(key)
            out.append(text)
    return tuple(out)


@dataclass(frozen=True)
class Reason:
    """One thing that counts for (``points`` > 0) or against a request."""

    signal: Signal
    points: int
    phrase: str = ""  # RED_FLAG: the user's phrase; ENGAGEMENT/STATED_REASON: the cue
    count: int = 0  # MUTUAL_CONNECTIONS: how many

    @property
    def counts_for(self) -> bool:
        return self.points > 0


@dataclass(frozen=True)
class Assessment:
    """A request's verdict and the reasons behind it (strongest first)."""

    verdict: Verdict
    score: int
    reasons: tuple[Reason, ...]

    @property
    def for_reasons(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.points > 0)

    @property
    def against_reasons(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.points < 0)

    @property
    def red_flags(self) -> tuple[str, ...]:
        return tuple(r.phrase for r in self.reasons if r.signal == Signal.RED_FLAG)


def mutual_points(count: int) -> int:
    """Mutual connections count for more the more there are (never against)."""
    if count >= 20:
        return 3
    if count >= 5:
        return 2
    if count >= 1:
        return 1
    return 0


def _first_cue(folded: str, cues: Sequence[str]) -> str:
    for cue in cues:
        if find_phrase(folded, cue, whole_word=True):
            return cue.strip()
    return ""


def assess(request: ConnectionRequest, red_flags: Iterable[str]) -> Assessment:
    """Assess an incoming request against the user's red-flag phrases.

    Never raises: any text, any count. The verdict is likely accept at
    :data:`ACCEPT_AT` points or more with no red flag, likely decline at
    :data:`DECLINE_AT` or less, and look closer in between.
    """
    reasons: list[Reason] = []
    message = " ".join(request.message.split())
    folded = fold(message)
    flags = [p for p in clean_phrases(red_flags) if find_phrase(folded, p)]
    generic = folded.rstrip(".!") in GENERIC_MESSAGES

    if not folded:
        reasons.append(Reason(Signal.NO_MESSAGE, POINTS[Signal.NO_MESSAGE]))
    elif generic:
        reasons.append(Reason(Signal.GENERIC_MESSAGE, POINTS[Signal.GENERIC_MESSAGE]))
    else:
        engagement = _first_cue(folded, ENGAGEMENT_CUES)
        if engagement:
            reasons.append(Reason(Signal.ENGAGEMENT, POINTS[Signal.ENGAGEMENT], engagement))
        reason_cue = _first_cue(folded, REASON_CUES)
        if reason_cue:
            reasons.append(Reason(Signal.STATED_REASON, POINTS[Signal.STATED_REASON],
                                  reason_cue))
        if len(message) > SHORT_MESSAGE_MAX:
            reasons.append(Reason(Signal.LONG_MESSAGE, POINTS[Signal.LONG_MESSAGE]))
        elif len(message) >= CLEAR_MESSAGE_MIN and not flags:
            reasons.append(Reason(Signal.CLEAR_MESSAGE, POINTS[Signal.CLEAR_MESSAGE]))
        elif not (engagement or reason_cue) and len(message) < CLEAR_MESSAGE_MIN:
            reasons.append(Reason(Signal.TOO_SHORT, POINTS[Signal.TOO_SHORT]))

    mutual = max(0, request.mutual_connections)
    if mutual:
        reasons.append(Reason(Signal.MUTUAL_CONNECTIONS, mutual_points(mutual), count=mutual))
    if not request.has_photo:
        reasons.append(Reason(Signal.NO_PHOTO, POINTS[Signal.NO_PHOTO]))
    if not request.profile_filled:
        reasons.append(Reason(Signal.EMPTY_PROFILE, POINTS[Signal.EMPTY_PROFILE]))
    reasons.extend(Reason(Signal.RED_FLAG, POINTS[Signal.RED_FLAG], phrase) for phrase in flags)

    score = sum(r.points for r in reasons)
    if score <= DECLINE_AT:
        verdict = Verdict.LIKELY_DECLINE
    elif score >= ACCEPT_AT and not flags:
        verdict = Verdict.LIKELY_ACCEPT
    else:
        verdict = Verdict.LOOK_CLOSER
    ordered = sorted(reasons, key=lambda r: -abs(r.points))
    return Assessment(verdict=verdict, score=score, reasons=tuple(ordered))


__all__ = [
    "Assessment",
    "Reason",
    "Signal",
    "Verdict",
    "assess",
    "clean_phrases",
    "find_phrase",
    "fold",
    "mutual_points",
]
