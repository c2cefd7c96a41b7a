"""Outgoing request notes: fields from the card, template filling, the 300 limit."""

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.composer import (
    NOTE_LIMIT,
    NoteFields,
    NoteVariant,
    check_note,
    fill,
    first_name,
    note_fields,
    note_length,
    topic_choices,
    variant,
)
from netjournal.domain.values import Contact


def test_fields_come_from_the_card():
    card = Contact(name="Budi Santoso", company="Tokopedia", title="PM",
                   interests="payments; dogs, kopi", tags=("fintech",))
    fields = note_fields(card)
    assert fields == NoteFields(first_name="Budi", company="Tokopedia", title="PM")
    assert variant(fields) == NoteVariant.COMPANY
    assert variant(note_fields(card, topic="  fintech ")) == NoteVariant.TOPIC
    assert note_fields(card, topic="  open   source ").topic == "open source"


def test_topics_to_choose_from_are_the_tags_then_the_interests():
    card = Contact(name="Sari", tags=("design systems", "ux"),
                   interests="UX, kopi;\nhiking / jazz")
    assert topic_choices(card) == ("design systems", "ux", "kopi", "hiking", "jazz")
    assert topic_choices(Contact(name="Ana")) == ()


def test_variants_follow_what_the_card_knows():
    assert variant(NoteFields("Ana", company="Gojek")) == NoteVariant.COMPANY
    assert variant(NoteFields("Ana")) == NoteVariant.PLAIN


def test_first_name_skips_honorifics():
    assert first_name("Dr. Ratna Sari") == "Ratna"
    assert first_name("Pak Agus Halim") == "Agus"
    assert first_name("Ibu") == "Ibu"
    assert first_name("") == ""


def test_fill_puts_fields_in_and_leaves_other_braces():
    fields = NoteFields("Budi", company="Tokopedia", topic="payments")
    text = "Hi {first_name}, I liked your work on {topic} at {company}. {unknown} {0}"
    assert fill(text, fields) == ("Hi Budi, I liked your work on payments at Tokopedia."
                                  " {unknown} {0}")


def test_fill_closes_up_gaps_left_by_empty_fields():
    assert fill("Hi {first_name} , I work in {topic} too.", NoteFields("Ana")) == \
        "Hi Ana, I work in too."


def test_length_counts_like_the_network():
    assert note_length("halo") == 4
    assert note_length("é") == 1
    assert note_length("🚀") == 2  # outside the BMP: two UTF-16 units
    assert note_length("a\r\nb") == 3


def test_the_limit():
    assert check_note("x" * NOTE_LIMIT).can_send
    over = check_note("x" * (NOTE_LIMIT + 5))
    assert over.is_over and over.over_by == 5 and over.remaining == -5
    assert not over.can_send
    assert check_note("   \n ").is_empty
    assert check_note("  hi  ").length == 2
    assert check_note("🚀" * 150).length == 300 and check_note("🚀" * 151).is_over


@given(st.text(max_size=400))
def test_check_never_raises_and_agrees_with_length(text):
    check = check_note(text)
    assert check.is_over == (check.length > NOTE_LIMIT)
    assert check.length >= len(text.strip().replace("\r\n", "\n"))


@given(st.text(max_size=100), st.text(max_size=30), st.text(max_size=30))
def test_fill_never_raises(template, name, company):
    fill(template, NoteFields(first_name=name, company=company))
