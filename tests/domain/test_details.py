"""Normalised contact details recognise the same person twice."""

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.details import fold, normalize, normalize_link, normalize_phone
from netjournal.domain.values import DetailKind


def test_indonesian_phone_forms_are_one_number():
    forms = ["+62 812-3456-789", "0812 3456 789", "62812 3456 789", "0062 812 3456 789",
             "tel:+62-812-3456-789"]
    assert {normalize_phone(f) for f in forms} == {"628123456789"}


def test_phone_extension_is_ignored():
    assert normalize_phone("+1 (555) 010-0000 ext 12") == "15550100000"
    assert normalize_phone("555-0100 p 12") == "5550100"


def test_linkedin_urls_match_however_written():
    forms = ["https://www.linkedin.com/in/Budi-Santoso/", "linkedin.com/in/budi-santoso",
             "http://id.linkedin.com/in/budi-santoso?trk=x", "www.linkedin.com/in/budi-santoso#a"]
    assert {normalize_link(f) for f in forms} == {"linkedin.com/in/budi-santoso"}


def test_email_case_and_mailto():
    assert normalize(DetailKind.EMAIL, " mailto:Budi@Example.COM ") == "budi@example.com"


def test_fold_removes_accents_and_case():
    assert fold("Nguyễn  Văn An") == "nguyen van an"
    assert fold("Zoë MÜLLER") == "zoe muller"


@given(st.text())
def test_normalize_never_raises_and_is_idempotent_for_phones(text):
    for kind in DetailKind:
        normalize(kind, text)
    once = normalize_phone(text)
    assert normalize_phone("+" + once) == once if once else True
