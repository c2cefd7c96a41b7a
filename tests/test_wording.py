"""The words shared by the UI and the report: one table of codes, one ``%1`` filler."""

from __future__ import annotations

import pytest

from netjournal import wording
from netjournal.domain.values import (
    Channel,
    ExchangeDirection,
    FollowUpStatus,
    IntroductionOutcome,
    OfferStatus,
    RequestDecision,
    TieStrength,
)
from netjournal.wording import choices, fill, label


def test_fill_is_one_pass():
    assert fill("%1 met %2", "100%2 sure", "Budi") == "100%2 sure met Budi"
    assert fill("at %1", "%1") == "at %1"


def test_fill_keeps_placeholders_it_has_no_argument_for():
    assert fill("%0 %1 %3", "a", "b") == "%0 a %3"
    assert fill("%1%", "50") == "50%"


def test_fill_writes_other_values_with_str(tmp_path):
    assert fill("%1 new, %2 left", 3, 0) == "3 new, 0 left"
    assert fill("in %1", tmp_path) == f"in {tmp_path}"


@pytest.mark.parametrize("enum", sorted({type(code) for code, _ in wording._PAIRS},
                                        key=lambda e: e.__name__))
def test_every_member_of_a_worded_enum_has_a_word(enum):
    assert [code for _, code in choices(enum)] == list(enum)


def test_codes_that_share_a_value_keep_their_own_words():
    assert OfferStatus.GIVEN.value == ExchangeDirection.GIVEN.value
    assert label(OfferStatus.GIVEN) == "Given"
    assert label(ExchangeDirection.GIVEN) == "I gave"
    assert label(IntroductionOutcome.PENDING) == label(RequestDecision.PENDING) == "Pending"
    assert label(FollowUpStatus.LET_GO) == "Let go"
    assert (label(Channel.IN_PERSON), label(TieStrength.DORMANT)) == ("In person", "Dormant")


def test_the_ui_and_the_report_use_the_one_table_and_filler():
    from netjournal.report import words
    from netjournal.ui import labels, style
    from netjournal.ui.contact import formatting

    assert labels.label is words.label is label
    assert labels.choices is choices
    assert style.fill is formatting.fill is words.fill is fill
