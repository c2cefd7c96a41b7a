"""One table words the kinds of record a backup brings, for the CLI and the UI alike."""

from netjournal.interop.fullexport import SECTIONS
from netjournal.interop.records import RECORD_WORDS, RecordWords, record_words


def test_every_section_of_a_backup_but_people_has_its_words():
    assert set(RECORD_WORDS) == set(SECTIONS) - {"contacts"}
    for key, words in RECORD_WORDS.items():
        assert words.one and words.many and words.one != words.many, key
    assert record_words("exchanges") == RecordWords("favour", "favours")
    assert record_words("a_new_kind") == RecordWords("a_new_kind", "a_new_kind")
