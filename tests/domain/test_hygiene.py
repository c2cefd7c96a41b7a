"""Input hygiene: no control character is stored, none reaches a terminal."""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.hygiene import (
    MAX_NAME,
    clean_record,
    clean_text,
    escape_for_json,
    for_terminal,
    name_problem,
)
from netjournal.domain.values import Contact, Detail, DetailKind

DANGEROUS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b"
                       "\u200e\u200f\u061c\u2060\ufeff]")
HOSTILE = "A\x00B\x1b[31mC\x1b]0;title\x07D\u202eE\u200bF\x9bG\rH"
text = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)


@given(text)
def test_a_one_line_field_keeps_no_control_character_and_no_line_break(value):
    out = clean_text(value)
    assert not any(unicodedata.category(c) == "Cc" for c in out)
    assert clean_text(out) == out


@given(text)
def test_free_text_keeps_its_tabs_and_lines_and_nothing_else_of_the_controls(value):
    out = clean_text(value, multiline=True)
    assert all(c in "\t\n" for c in out if unicodedata.category(c) == "Cc")
    assert out.count("\n") == len(re.findall(r"\r\n?|[\n\x85\u2028\u2029]", value))
    assert clean_text(out, multiline=True) == out


@given(st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs", "So"]), max_size=60))
def test_ordinary_text_is_left_exactly_as_it_is(value):
    assert clean_text(value) == value
    assert clean_text(value, multiline=True) == value


@given(text)
def test_nothing_that_hides_or_reorders_text_reaches_a_terminal(value):
    out = for_terminal(value)
    assert DANGEROUS.search(out) is None
    assert for_terminal(out) == out


@given(text)
def test_json_for_a_terminal_is_the_same_data(value):
    escaped = escape_for_json(json.dumps({"v": value}, ensure_ascii=False))
    assert json.loads(escaped) == {"v": value}
    assert DANGEROUS.search(escaped) is None


def test_the_hostile_sample():
    assert clean_text(HOSTILE) == "AB[31mC]0;titleD\u202eE\u200bFG H"
    assert for_terminal(HOSTILE) == "AB[31mC]0;titleDEFG\nH"


def test_joiners_stay_inside_emoji_and_scripts_but_not_next_to_ascii():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert for_terminal(family) == family
    assert for_terminal("ad\u200dmin") == "admin"


def test_a_record_is_cleaned_field_by_field_keeping_the_lines_of_its_notes():
    card = Contact(name="Budi\x00 Santoso\x1b", notes="line one\r\nline\ttwo\x00",
                   tags=("fin\x07tech",), details=(Detail(DetailKind.EMAIL, "b\x00@x.id"),))
    clean = clean_record(card)
    assert clean.name == "Budi Santoso"
    assert clean.notes == "line one\nline\ttwo"
    assert clean.tags == ("fintech",)
    assert clean.details[0].value == "b@x.id"
    assert clean_record(clean) is clean
    assert dataclasses.replace(clean) == clean


def test_names_are_limited_in_words():
    assert name_problem("x" * MAX_NAME) is None
    problem = name_problem("x" * 100_000)
    assert problem == ("the name is 100,000 characters long; a name holds at most 200 "
                       "(put the rest in the notes)")
