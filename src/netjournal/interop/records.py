"""The kinds of record a backup brings besides people, and their English words. No Qt.

``ImportReport.records`` counts them by these keys (the backup's sections). The command
line prints the English words as they are; the UI translates the plural, marked below for
lupdate in the ``records`` context.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = "records"  # where the UI finds the translations of ``RecordWords.many``


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate (which looks for this name) and return it unchanged.

    Qt's own marker lives in QtCore, which this layer must not load.
    """
    return text


@dataclass(frozen=True)
class RecordWords:
    """One kind of record in English: ``1 event``, ``3 events``."""

    one: str
    many: str  # also the UI's label ("events: 3"), translated in CONTEXT


RECORD_WORDS: dict[str, RecordWords] = {
    "events": RecordWords("event", QT_TRANSLATE_NOOP("records", "events")),
    "interactions": RecordWords("interaction", QT_TRANSLATE_NOOP("records", "interactions")),
    "offers": RecordWords("offer", QT_TRANSLATE_NOOP("records", "offers")),
    "exchanges": RecordWords("favour", QT_TRANSLATE_NOOP("records", "favours")),
    "follow_ups": RecordWords("follow-up", QT_TRANSLATE_NOOP("records", "follow-ups")),
    "introductions": RecordWords("introduction",
                                 QT_TRANSLATE_NOOP("records", "introductions")),
    "connection_requests": RecordWords("connection request",
                                       QT_TRANSLATE_NOOP("records", "connection requests")),
}


def record_words(key: str) -> RecordWords:
    """The words for a kind of record; an unknown key stands for itself."""
    return RECORD_WORDS.get(key, RecordWords(key, key))
