"""Writing a parsed quick-entry line back: the canonical line, and name completion."""

from __future__ import annotations

from netjournal.domain.quickentry import (
    DASHES,
    ESCAPABLE,
    MARKERS,
    NAME_ENDS,
    PARTICLES,
    TRAILING,
    ParsedLine,
    capitalised,
    capitalised_run,
)


def _escape(word: str, *, in_name: bool = False) -> str:
    """Backslash a word that would otherwise be read as a part (or end the name)."""
    if word[0] in MARKERS or (in_name and word[0] == "(") or (
            word[0] == "\\" and len(word) > 1 and word[1] in ESCAPABLE):
        return "\\" + word
    return word


def _quote_if_needed(value: str) -> str:
    """``value`` quoted if it has spaces or edges a marker would lose, or starts with a digit
    (``#"2024"`` first in a line is a tag; ``#2024`` or ``#0(`` would name a contact)."""
    if any(c.isspace() for c in value) or value[0] == '"' or value[-1] in TRAILING or (
            value[0].isascii() and value[0].isdigit()):
        return f'"{value}"'
    return value


def name_text(name: str) -> str:
    """``name`` as typed in a line so that it parses back whole (backslashes where needed)."""
    words = name.split()
    if not words:
        return ""

    def special(word: str) -> bool:
        return word[0] in MARKERS or word[0] in NAME_ENDS or word[0] == "\\" or word in DASHES

    kept = [special(w) for w in words]
    if capitalised(words[0]):
        kept = [k or (i > 0 and not capitalised(w) and w.casefold() not in PARTICLES)
                for i, (w, k) in enumerate(zip(words, kept, strict=True))]
        if capitalised_run(words, kept) < len(words):
            kept = [k or (i > 0 and not capitalised(w))
                    for i, (w, k) in enumerate(zip(words, kept, strict=True))]
    return " ".join("\\" + w if k else w for w, k in zip(words, kept, strict=True))


def render(line: ParsedLine) -> str:
    """The canonical line for ``line``: it parses back to the same :attr:`~ParsedLine.fields`.

    ``Name (Company, Title) @event #tag !when note``; a ``:`` separates name and note when
    nothing else stands between them; a stated next step comes last (``!1w: step``).
    """
    parts: list[str] = []
    if line.contact_ref is not None:
        parts.append(f"#{line.contact_ref}")
    elif line.name:
        parts.append(name_text(line.name))
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
    last: list[str] = []
    if line.when is not None:
        if line.step:
            last.append(f"!{line.when.token}: " + " ".join(_escape(w) for w in line.step.split()))
        else:
            parts.append("!" + line.when.token)
            marked = True
    if line.note:
        note = " ".join(_escape(w) for w in line.note.split())
        if not marked and not (line.company or line.title):
            return " ".join([(" ".join(parts) + ": " + note) if parts else ": " + note, *last])
        parts.append(note)
    return " ".join(parts + last)


def with_name(text: str, line: ParsedLine, name: str) -> str:
    """``text`` with its name part replaced by ``name`` (typeahead completion)."""
    start, end = line.name_span
    escaped = name_text(name)
    if line.name:
        return text[:start] + escaped + text[end:]
    rest = text[start:]
    return text[:start] + escaped + (" " if rest and not rest[0].isspace() else "") + rest
