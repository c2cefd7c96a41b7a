"""How a card speaks of a person: initials for the avatar, first name, tags typed as text."""

from __future__ import annotations

from collections.abc import Iterable

# Words that are not a person's own name and never make an initial or a first name.
_HONORIFICS = frozenset({
    "bu", "ibu", "pak", "bapak", "mr", "mrs", "ms", "dr", "prof", "mas", "mbak", "kak",
})
HONORIFICS = _HONORIFICS
"""Words that come before a name without being part of it (folded)."""


def _name_words(name: str) -> list[str]:
    words = [w for w in name.split() if any(c.isalnum() for c in w)]
    own = [w for w in words if w.rstrip(".").casefold() not in _HONORIFICS]
    return own or words


def initials(name: str, most: int = 2) -> str:
    """Up to ``most`` capital initials: ``"Budi Santoso"`` -> ``"BS"``, ``""`` -> ``""``.

    Honorifics (``Pak``, ``Bu``, ``Dr.``) are skipped when the name has other words; a
    single-word name (common in Indonesia) gives one letter.
    """
    words = _name_words(name)
    if not words:
        return ""
    picked = words if len(words) <= most else [*words[:most - 1], words[-1]]
    letters = []
    for word in picked:
        first = next(c for c in word if c.isalnum())
        letters.append(first.upper()[:1])  # "ß".upper() is "SS"
    return "".join(letters)


def first_name(name: str) -> str:
    """The word to address someone by in a sentence (``"Pak Budi Santoso"`` -> ``"Budi"``)."""
    words = _name_words(name)
    return words[0] if words else name.strip()


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as ``"fintech, #jakarta  ,mentor"``: trimmed, ``#`` dropped, no repeats.

    Tags are separated by commas; the order typed is kept; case is kept (the store
    lowers it) but repeats are compared without case.
    """
    seen: set[str] = set()
    out: list[str] = []
    for part in text.split(","):
        tag = " ".join(part.strip().lstrip("#").split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


def join_tags(tags: Iterable[str]) -> str:
    """The text a tag field shows for ``tags``; :func:`split_tags` reads it back."""
    return ", ".join(tags)
