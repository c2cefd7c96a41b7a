"""The quick-entry line parser and its canonical re-rendering."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from netjournal.domain.linerender import render, with_name
from netjournal.domain.quickentry import (
    LineProblem,
    ParsedLine,
    When,
    add_months,
    parse,
    resolve_when,
)

TODAY = dt.date(2026, 3, 10)


def codes(line: ParsedLine) -> list[LineProblem]:
    return [p.code for p in line.problems]


def test_the_example_line() -> None:
    line = parse("Budi Santoso (Tokopedia, PM) @JakartaJS #fintech !1w "
                 "likes dogs, wants intro to VC", TODAY)
    assert line.name == "Budi Santoso"
    assert (line.company, line.title) == ("Tokopedia", "PM")
    assert line.event == "JakartaJS"
    assert line.tags == ("fintech",)
    assert line.when == When("1w", dt.date(2026, 3, 17))
    assert line.note == "likes dogs, wants intro to VC"
    assert line.problems == ()
    assert line.ok
    assert line.name_span == (0, len("Budi Santoso"))


@pytest.mark.parametrize(("text", "name"), [
    ("Seán O'Brien-Smith #ai", "Seán O'Brien-Smith"),
    ("佐藤 健 (トヨタ)", "佐藤 健"),
    ("Nguyễn Văn An @DevFest", "Nguyễn Văn An"),
    ("Dr. Budi Santoso, M.Sc. (UI)", "Dr. Budi Santoso"),  # a comma ends a new name
    ("Rina Kusuma talked about hiring", "Rina Kusuma"),
    ("Siti binti Ahmad likes tea", "Siti binti Ahmad"),
    ("Ludwig van der Rohe van gogh", "Ludwig van der Rohe"),
    ("Budi \\santoso likes dogs", "Budi santoso"),
    ("budi santoso: likes dogs", "budi santoso"),
    ("Fatima Al-Sayed: met her at lunch", "Fatima Al-Sayed"),
    ("Budi Santoso - likes dogs", "Budi Santoso"),
    ("Budi Santoso — likes dogs", "Budi Santoso"),
    ("  Budi   Santoso   ", "Budi Santoso"),
    ("budi@tokopedia.com", "budi@tokopedia.com"),
    ("\\@budi (X)", "@budi"),
    ("Budi(Tokopedia)", "Budi"),
])
def test_names(text: str, name: str) -> None:
    assert parse(text, TODAY).name == name


def test_a_new_name_ends_after_its_capitalised_words() -> None:
    line = parse("Rina Kusuma talked about hiring, then (coffee)", TODAY)
    assert (line.name, line.note) == ("Rina Kusuma", "talked about hiring, then (coffee)")
    assert line.problems == ()
    assert line.name_span == (0, len("Rina Kusuma"))


def test_a_known_name_in_any_case_is_the_name() -> None:
    known = ["Agus Pangaribuan", "Zoë Ådahl", "Agus"]
    line = parse("agus pangaribuan catch up #ai", TODAY, known)
    assert (line.name, line.note, line.tags) == ("agus pangaribuan", "catch up", ("ai",))
    assert parse("ZOE ADAHL, likes dogs", TODAY, known).name == "ZOE ADAHL"
    assert parse("Agustina Lee", TODAY, known).name == "Agustina Lee"  # not "Agus"
    # a longer capitalised name is not cut to the known one
    assert parse("Agus Pangaribuan Jr hello", TODAY, known).name == "Agus Pangaribuan Jr"


def test_a_long_lower_case_name_without_a_mark_is_unclear() -> None:
    line = parse("budi likes dogs", TODAY)
    assert codes(line) == [LineProblem.NAME_UNCLEAR]
    assert line.name == "budi likes dogs" and line.savable
    assert parse("budi santoso", TODAY).problems == ()
    assert parse("budi likes dogs", TODAY, ["Budi"]).note == "likes dogs"


def test_a_contact_id_in_place_of_the_name() -> None:
    line = parse("#12 (Gojek) likes dogs", TODAY)
    assert (line.contact_ref, line.name, line.company, line.note) == (
        12, "", "Gojek", "likes dogs")
    assert line.ok
    assert parse("#12a likes", TODAY).contact_ref is None


def test_a_next_step_is_stated_with_a_colon() -> None:
    line = parse("Rina (Gojek) !1w: send the deck #ai likes dogs", TODAY)
    assert (line.step, line.note, line.tags) == ("send the deck", "likes dogs", ("ai",))
    plain = parse("Rina (Gojek, PM) !1w likes dogs", TODAY)
    assert (plain.step, plain.note) == ("", "likes dogs")
    assert parse("Rina !xyz: send", TODAY).step == ""  # not a when: all in the note


@pytest.mark.parametrize(("text", "company", "title", "note"), [
    ("Budi (Tokopedia)", "Tokopedia", "", ""),
    ("Budi (Tokopedia, PM)", "Tokopedia", "PM", ""),
    ("Budi (, PM)", "", "PM", ""),
    ("Budi ( Bank  Central Asia ,  Head of  Marketing )", "Bank Central Asia",
     "Head of Marketing", ""),
    ("Budi (Foo, CEO, payments)", "Foo", "CEO, payments", ""),
    ("Budi (Foo (Asia), CEO)", "Foo (Asia)", "CEO", ""),
    ("Budi @X (Foo, CEO)", "", "", "(Foo, CEO)"),  # only right after the name
    ("Budi (A) (B)", "A", "", "(B)"),
])
def test_company_and_title(text: str, company: str, title: str, note: str) -> None:
    line = parse(text, TODAY)
    assert (line.company, line.title, line.note) == (company, title, note)
    assert line.problems == ()


def test_events_quoted_and_trailing_punctuation() -> None:
    assert parse('Budi @"PyCon  ID 2026" likes', TODAY).event == "PyCon ID 2026"
    line = parse("Budi @JakartaJS, #fintech; likes dogs", TODAY)
    assert (line.event, line.tags, line.note) == ("JakartaJS", ("fintech",), "likes dogs")
    assert parse('Budi @"PyCon ID", met', TODAY).note == "met"


def test_tags_are_lower_case_and_unique() -> None:
    line = parse('Budi #FinTech #fintech #"Machine  Learning" #ai', TODAY)
    assert line.tags == ("fintech", "machine learning", "ai")


@pytest.mark.parametrize(("token", "due"), [
    ("3d", dt.date(2026, 3, 13)), ("3h", dt.date(2026, 3, 13)),
    ("1w", dt.date(2026, 3, 17)), ("2w", dt.date(2026, 3, 24)),
    ("1mg", dt.date(2026, 3, 17)), ("0d", TODAY),
    ("1mo", dt.date(2026, 4, 10)), ("2bln", dt.date(2026, 5, 10)),
    ("today", TODAY), ("hari-ini", TODAY),
    ("tomorrow", dt.date(2026, 3, 11)), ("besok", dt.date(2026, 3, 11)),
    ("BESOK", dt.date(2026, 3, 11)), ("lusa", dt.date(2026, 3, 12)),
    ("nextweek", dt.date(2026, 3, 17)), ("minggu-depan", dt.date(2026, 3, 17)),
    ("mingdep", dt.date(2026, 3, 17)), ("bulan-depan", dt.date(2026, 4, 10)),
    ("2026-12-01", dt.date(2026, 12, 1)),
])
def test_when(token: str, due: dt.date) -> None:
    line = parse(f"Budi !{token}", TODAY)
    assert line.when == When(token.lower(), due)
    assert line.problems == ()


def test_months_clamp_to_the_end_of_the_month() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert resolve_when("1mo", dt.date(2024, 1, 31)) == (dt.date(2024, 2, 29), None)


@pytest.mark.parametrize(("text", "code", "bad", "note"), [
    ("Budi !xyz likes", LineProblem.UNKNOWN_WHEN, "!xyz", "!xyz likes"),
    ("Budi !2026-02-30", LineProblem.BAD_DATE, "!2026-02-30", "!2026-02-30"),
    ("Budi !99999d", LineProblem.WHEN_TOO_FAR, "!99999d", "!99999d"),
    ("Budi !3000-01-01", LineProblem.WHEN_TOO_FAR, "!3000-01-01", "!3000-01-01"),
    ("Budi !1w !2w", LineProblem.SECOND_WHEN, "!2w", "!2w"),
    ("Budi @A @B", LineProblem.SECOND_EVENT, "@B", "@B"),
    ("Budi (Tokopedia, PM @JakartaJS likes", LineProblem.UNCLOSED_PARENTHESIS,
     "(Tokopedia, PM", "(Tokopedia, PM likes"),
    ('Budi @"PyCon ID #ai', LineProblem.UNCLOSED_QUOTE, '@"PyCon ID', '@"PyCon ID'),
    ('Budi #"" x', LineProblem.EMPTY_QUOTE, '#""', '#"" x'),
])
def test_problems_are_reported_and_kept_in_the_note(text: str, code: LineProblem,
                                                    bad: str, note: str) -> None:
    line = parse(text, TODAY)
    assert codes(line) == [code]
    problem = line.problems[0]
    assert problem.text == bad
    assert text[problem.start:problem.end] == bad
    assert line.note == note
    assert not line.ok
    assert line.savable


def test_unclosed_parenthesis_keeps_the_parts_after_it() -> None:
    line = parse("Budi (Tokopedia, PM @JakartaJS #fintech !1w likes", TODAY)
    assert (line.company, line.event, line.tags) == ("", "JakartaJS", ("fintech",))
    assert line.when is not None


def test_a_date_in_the_past_is_kept_but_reported() -> None:
    line = parse("Budi !2026-01-01", TODAY)
    assert line.when == When("2026-01-01", dt.date(2026, 1, 1))
    assert codes(line) == [LineProblem.WHEN_IN_PAST]


def test_no_name() -> None:
    line = parse("@JakartaJS #fintech", TODAY)
    assert codes(line) == [LineProblem.NO_NAME]
    assert not line.savable
    assert parse("(Tokopedia) likes", TODAY).name == ""


def test_blank_lines_have_no_problems() -> None:
    for text in ("", "   ", "\t"):
        line = parse(text, TODAY)
        assert line.blank and line.problems == () and not line.savable
    assert not parse("x", TODAY).blank


def test_markers_without_a_body_and_escapes_are_text() -> None:
    line = parse("Budi: wow ! @ # \\#1 fan \\!important \\\\@x", TODAY)
    assert line.note == "wow ! @ # #1 fan !important \\@x"
    assert line.problems == ()


def test_problems_are_in_line_order() -> None:
    line = parse("@A !x Budi !y", TODAY)
    assert [p.start for p in line.problems] == sorted(p.start for p in line.problems)


def test_render_is_canonical() -> None:
    line = parse("  budi  santoso #B  likes dogs @\"Py Con\" !BESOK #a (x)", TODAY)
    assert render(line) == 'budi santoso @"Py Con" #b #a !besok likes dogs (x)'
    assert render(parse("Budi - likes (dogs)", TODAY)) == "Budi: likes (dogs)"
    assert render(parse("Budi !xyz", TODAY)) == "Budi: \\!xyz"
    assert render(ParsedLine()) == ""


def test_with_name_completes_the_name_part() -> None:
    text = "Budi S (Tokopedia) #x"
    line = parse(text, TODAY)
    done = with_name(text, line, "Budi Santoso")
    assert done == "Budi Santoso (Tokopedia) #x"
    assert parse(done, TODAY).name == "Budi Santoso"
    assert with_name("#x", parse("#x", TODAY), "Budi") == "Budi #x"


# Property tests ----------------------------------------------------------------------------

PIECES = st.sampled_from([
    "Budi", "Santoso", "O'Brien", "佐藤", "Zoë", "(", ")", ",", ":", "-", "—", "\\", '"',
    "@", "#", "!", "@JakartaJS", '@"PyCon ID"', "#fintech", "#FinTech", "!1w", "!besok",
    "!2026-02-30", "!2026-12-01", "!2020-01-01", "!xyz", "!99999d", "(Tokopedia, PM)",
    "(Tokopedia", "likes", "dogs,", "\\#1", "\\\\", '@"', '#""', ".", "!!", " ", "\t",
    "#12", "!1w:", "!besok:", "budi", "van", "bin", "\\santoso", "agus", "–",
])
LINES = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=14).map(
    lambda parts: " ".join(parts)) | st.lists(PIECES, max_size=14).map("".join)
DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))


@settings(max_examples=400)
@given(text=st.text() | LINES, today=DATES)
@example(text="Budi -(X)", today=TODAY)
@example(text='@"x"abc', today=TODAY)
@example(text="\\(Budi", today=TODAY)
@example(text=",#0(", today=TODAY)
def test_parsing_never_raises_and_rerenders_to_the_same_fields(
        text: str, today: dt.date) -> None:
    line = parse(text, today)
    for problem in line.problems:
        assert 0 <= problem.start <= problem.end <= len(text)
        assert text[problem.start:problem.end] == problem.text
    again = parse(render(line), today)
    assert again.fields == line.fields
    assert render(again) == render(line)


@given(text=st.text() | LINES)
def test_only_a_past_date_keeps_its_part(text: str) -> None:
    """Every other problem's text ends up in the note: nothing dropped silently."""
    line = parse(text, TODAY)
    for problem in line.problems:
        if problem.code in (LineProblem.NO_NAME, LineProblem.WHEN_IN_PAST,
                            LineProblem.NAME_UNCLEAR):
            continue
        for word in problem.text.split():
            assert word in line.note.split()
