"""The lower layers' English messages, worded in the run's language for the command line.

Storage and interop are Qt-free and write their messages (errors, an import's rejection
reasons and places) in English, which JSON output keeps. Human output passes them through
:func:`reword`: each message of :data:`MESSAGES` is both the English template (``%1``...
stand for the values) and, through lupdate's marker, the source of its translation. A
message that no template matches is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from netjournal.cli import words

CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate (which looks for this name) and return it unchanged.

    The English command line never loads Qt, so Qt's own marker is not imported here.
    """
    return text


# Most specific first: the first template that matches the whole message wins.
MESSAGES: tuple[str, ...] = (
    # where a record is in the file
    QT_TRANSLATE_NOOP("messages", "card %1 (line %2)"),
    QT_TRANSLATE_NOOP("messages", "line %1"),
    QT_TRANSLATE_NOOP("messages", "column %1"),
    QT_TRANSLATE_NOOP("messages", "the full export"),
    # why a record was rejected, or a part of it left out
    QT_TRANSLATE_NOOP("messages", "it has no name, organisation, email or phone"),
    QT_TRANSLATE_NOOP("messages", "it has no name"),
    QT_TRANSLATE_NOOP("messages", "the card never ends (END:VCARD is missing); the file may "
                                  "be cut short"),
    QT_TRANSLATE_NOOP("messages", "the birthday %1 is not a date; it was left out"),
    QT_TRANSLATE_NOOP("messages", "the date %1 is not a date; it was left out"),
    QT_TRANSLATE_NOOP("messages", "the %1 %2 is not a date; it was left out"),
    QT_TRANSLATE_NOOP("messages", "the photo on line %1 was left out: %2"),
    QT_TRANSLATE_NOOP("messages", "not a column NetJournal reads in this kind of file: its "
                                  "values (%1) were left out"),
    QT_TRANSLATE_NOOP("messages", "the name is %1 characters long; a name holds at most %2"),
    QT_TRANSLATE_NOOP("messages", "none of its participants is in the journal"),
    QT_TRANSLATE_NOOP("messages", "its contact is not in the journal"),
    QT_TRANSLATE_NOOP("messages", "1 row"),
    QT_TRANSLATE_NOOP("messages", "%1 rows"),
    # why a record was merged, and what it adds
    QT_TRANSLATE_NOOP("messages", "same name, and nothing on either side contradicts it"),
    QT_TRANSLATE_NOOP("messages", "same name but a different %1"),
    QT_TRANSLATE_NOOP("messages", "nothing new"),
    QT_TRANSLATE_NOOP("messages", "adds %1"),
    QT_TRANSLATE_NOOP("messages", "same UID %1"),
    QT_TRANSLATE_NOOP("messages", "same LinkedIn profile %1"),
    QT_TRANSLATE_NOOP("messages", "same email %1"),
    QT_TRANSLATE_NOOP("messages", "same phone %1"),
    QT_TRANSLATE_NOOP("messages", "1 detail"),
    QT_TRANSLATE_NOOP("messages", "%1 details"),
    QT_TRANSLATE_NOOP("messages", "1 tag"),
    QT_TRANSLATE_NOOP("messages", "%1 tags"),
    # the card's fields a merge fills in, as the import report names them
    QT_TRANSLATE_NOOP("messages", "company"),
    QT_TRANSLATE_NOOP("messages", "title"),
    QT_TRANSLATE_NOOP("messages", "photo"),
    QT_TRANSLATE_NOOP("messages", "how met"),
    QT_TRANSLATE_NOOP("messages", "met on"),
    QT_TRANSLATE_NOOP("messages", "met at event"),
    QT_TRANSLATE_NOOP("messages", "introduced by"),
    QT_TRANSLATE_NOOP("messages", "interests"),
    QT_TRANSLATE_NOOP("messages", "family"),
    QT_TRANSLATE_NOOP("messages", "remember"),
    QT_TRANSLATE_NOOP("messages", "notes"),
    QT_TRANSLATE_NOOP("messages", "birthday"),
    QT_TRANSLATE_NOOP("messages", "email"),
    QT_TRANSLATE_NOOP("messages", "phone"),
    # the file as a whole
    QT_TRANSLATE_NOOP("messages", "the file does not exist"),
    QT_TRANSLATE_NOOP("messages", "it is a folder, not a file"),
    QT_TRANSLATE_NOOP("messages", "the file is empty"),
    QT_TRANSLATE_NOOP("messages", "the file cannot be read: %1"),
    QT_TRANSLATE_NOOP("messages", "the file has no header row"),
    QT_TRANSLATE_NOOP("messages", "this is not a vCard file: it has no BEGIN:VCARD line"),
    QT_TRANSLATE_NOOP("messages", "this JSON file is not a NetJournal full export"),
    QT_TRANSLATE_NOOP("messages", "cannot tell what kind of file this is: it is not a vCard, "
                                  "a LinkedIn, Google or Outlook contacts CSV, a NetJournal "
                                  "CSV export or full export (name the format with --format)"),
    QT_TRANSLATE_NOOP("messages", "%1 cannot be written: %2"),
    # the journal
    QT_TRANSLATE_NOOP("messages", "there is no contact #%1"),
    QT_TRANSLATE_NOOP("messages", "NetJournal is already open on this data folder (%1)"),
    QT_TRANSLATE_NOOP("messages", "another NetJournal (%1) kept the journal busy for %2 s; "
                                  "try again when it has finished"),
    QT_TRANSLATE_NOOP("messages", "the disk holding the journal is full (%1): the change was "
                                  "not saved; free some space and try again"),
    QT_TRANSLATE_NOOP("messages", "the journal %1 is read-only (its file or folder does not "
                                  "allow writing): nothing was saved; reading it still works"),
    QT_TRANSLATE_NOOP("messages", "the journal in %1 is read-only (%2 does not allow "
                                  "writing): nothing was changed; commands that only read "
                                  "still work"),
    QT_TRANSLATE_NOOP("messages", "%1 was written by a newer version of NetJournal (it has "
                                  "schema steps %2); update NetJournal to open it"),
    QT_TRANSLATE_NOOP("messages", "could not read the journal: %1"),
    QT_TRANSLATE_NOOP("messages", "demo data only goes into an empty journal; choose a new "
                                  "folder with --data-dir"),
    QT_TRANSLATE_NOOP("messages", "--contacts must be at least 1"),
    # a backup given to restore
    QT_TRANSLATE_NOOP("messages", "%1 is not a file"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a NetJournal journal (SQLite file of another "
                                  "program)"),
    QT_TRANSLATE_NOOP("messages", "%1 was written by a newer version of NetJournal; update "
                                  "NetJournal to restore it"),
    QT_TRANSLATE_NOOP("messages", "%1 cannot be read as a journal: %2"),
    QT_TRANSLATE_NOOP("messages", "%1 is damaged: %2"),
    QT_TRANSLATE_NOOP("messages", "%1 fails its checks: %2"),
    QT_TRANSLATE_NOOP("messages", "No space left on device"),
    QT_TRANSLATE_NOOP("messages", "Permission denied"),
    QT_TRANSLATE_NOOP("messages", "No such file or directory"),
    QT_TRANSLATE_NOOP("messages", "Read-only file system"),
)

_VALUE = re.compile(r"%(\d)")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a pattern matching a whole message, its values as groups."""
    out = []
    for template in MESSAGES:
        parts = _VALUE.split(template)  # text, digit, text, digit, ...
        pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)"
                          for i, p in enumerate(parts))
        out.append((re.compile(pattern, re.DOTALL), template))
    return tuple(out)


def reword(text: str) -> str:
    """``text`` in the run's language when it is one of :data:`MESSAGES` (its values
    reworded too: a file error inside "nothing was imported", each item of a list such as
    "title, 2 details"), else as it is."""
    if words.current() == "en" or not text:
        return text
    for pattern, template in _patterns():
        match = pattern.fullmatch(text)
        if match is not None:
            values = [", ".join(reword(part) for part in v.split(", ")) if ", " in v
                      else reword(v) for v in match.groups()]
            return words.fill(words.translate(CONTEXT, template), *values)
    return text
