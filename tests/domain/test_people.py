"""How the card speaks of a person: initials, first name, tags typed as text."""

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.people import first_name, initials, join_tags, split_tags


def test_initials():
    assert initials("Budi Santoso") == "BS"
    assert initials("Sukarno") == "S"
    assert initials("Pak Budi Santoso") == "BS"
    assert initials("Dr. Ségolène Royal") == "SR"
    assert initials("Maria de la Cruz Pérez") == "MP"
    assert initials("  ") == ""
    assert initials("<b>Evil</b>") == "B"  # first alphanumeric of each word


def test_an_honorific_alone_is_still_a_name():
    assert initials("Pak") == "P"
    assert first_name("Bu") == "Bu"


def test_first_name():
    assert first_name("Pak Budi Santoso") == "Budi"
    assert first_name("Sari Wijaya") == "Sari"
    assert first_name("") == ""


def test_split_tags():
    assert split_tags("fintech, #Jakarta ,, mentor ") == ("fintech", "Jakarta", "mentor")
    assert split_tags("AI, ai, Ai") == ("AI",)
    assert split_tags("data   science") == ("data science",)
    assert split_tags("") == ()


_TAG = st.text(st.characters(blacklist_characters=",#", blacklist_categories=("Cs",)),
               min_size=1).map(lambda t: " ".join(t.split())).filter(bool)


@given(st.lists(_TAG, unique_by=str.casefold, max_size=8))
def test_tags_round_trip(tags):
    assert split_tags(join_tags(tags)) == tuple(tags)


@given(st.text())
def test_initials_are_short_capitals(name):
    result = initials(name)
    assert len(result) <= 2
    assert result == result.upper()
