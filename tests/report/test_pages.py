"""Page sizes, locale wording and the text helpers of the summary."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from netjournal.domain.reciprocity import Balance
from netjournal.report import ReportError
from netjournal.report.html import ELLIPSIS, esc, shorten
from netjournal.report.pdf import page_size_for
from netjournal.report.words import Words, fill
from tests.report.helpers import pdf_pages

A4, LETTER = QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter
L, C = QLocale.Language, QLocale.Country


@pytest.mark.parametrize(("language", "country", "expected"), [
    (L.English, C.UnitedStates, LETTER), (L.English, C.Canada, LETTER),
    (L.French, C.Canada, LETTER), (L.Spanish, C.Mexico, LETTER),
    (L.Filipino, C.Philippines, LETTER), (L.Indonesian, C.Indonesia, A4),
    (L.English, C.UnitedKingdom, A4), (L.German, C.Germany, A4), (L.Japanese, C.Japan, A4),
])
def test_the_page_size_follows_the_locale(language, country, expected):
    assert page_size_for("", QLocale(language, country)).id() == expected


def test_a_chosen_page_size_wins():
    us = QLocale(L.English, C.UnitedStates)
    assert page_size_for("A4", us).id() == A4
    assert page_size_for("letter", QLocale(L.Indonesian, C.Indonesia)).id() == LETTER
    with pytest.raises(ReportError, match="unknown page size 'A5'"):
        page_size_for("A5")


def test_letter_pages(store, budi, render):
    path, _ = render(budi, page_size="Letter")
    assert pdf_pages(path) == 1


def test_dates_and_numbers_in_the_users_locale():
    day = dt.date(2026, 3, 3)
    moment = dt.datetime(2026, 3, 3, 14, 5, tzinfo=dt.UTC)
    us = Words(QLocale(L.English, C.UnitedStates), dt.UTC)
    assert (us.date(day), us.number(1000), us.moment(moment)) == (
        "Mar 3, 2026", "1,000", "Mar 3, 2026, 2:05\u202fPM")
    indonesian = Words(QLocale(L.Indonesian, C.Indonesia), dt.UTC)
    assert (indonesian.date(day), indonesian.number(1000)) == ("3 Mar 2026", "1.000")
    german = Words(QLocale(L.German, C.Germany), dt.UTC)
    assert german.date(day) == "3. März 2026"
    # Dates are the local day of a UTC moment.
    jakarta = Words(QLocale(L.Indonesian, C.Indonesia), dt.timezone(dt.timedelta(hours=7)))
    assert jakarta.date(dt.datetime(2026, 3, 3, 20, 0, tzinfo=dt.UTC)) == "4 Mar 2026"
    assert us.count(1000, "%n interaction", "and %n earlier interactions") == (
        "and 1,000 earlier interactions")


def test_ago_and_due_in_words():
    w = Words(QLocale.c(), dt.UTC)
    now = dt.datetime(2026, 3, 12, 9, tzinfo=dt.UTC)
    days = [0, 1, 5, 20, 45, 200, 900]
    assert [w.ago(now - dt.timedelta(days=d), now) for d in days] == [
        "today", "yesterday", "5 days ago", "2 weeks ago", "6 weeks ago", "6 months ago",
        "2 years ago"]
    today = now.date()
    assert [w.due(today + dt.timedelta(days=d), today) for d in (-1, -3, 0, 1, 9)] == [
        "1 day overdue", "3 days overdue", "due today", "due tomorrow", "due 21 Mar 2026"]


def test_the_balance_in_words():
    w = Words(QLocale.c(), dt.UTC)
    assert w.balance(Balance(0, 0, 0, 0)).startswith("No favours exchanged yet")
    assert w.balance(Balance(3, 0, 0, 0)) == "I have given more than I received (3 " \
                                             "favours given, 0 received)."
    assert w.balance(Balance(0, 2, 1, 0)) == (
        "I have received more than I gave (0 favours given, 2 received, 1 open ask). "
        "Offer something before asking again.")
    # one favour received and nothing given is said as it is, never "about even"
    assert w.balance(Balance(0, 1, 0, 0)).startswith("I have received more than I gave")
    assert w.balance(Balance(1, 1, 0, 0)) == ("As many favours given as received (1 favour "
                                              "given, 1 received).")


def test_fill_is_one_pass():
    assert fill("%1 met %2", "100%2 sure", "Budi") == "100%2 sure met Budi"
    assert fill("at %1", "%1") == "at %1"


@given(st.text(), st.integers(min_value=0, max_value=300))
def test_shorten_cuts_at_most_to_the_limit(text, limit):
    out, cut = shorten(text, limit)
    assert cut == (len(text.strip()) > limit)
    if not cut:
        assert out == text.strip()
    else:
        assert out.endswith(ELLIPSIS)
        assert len(out) <= max(limit, 1)
        assert text.strip().startswith(out[:-1])


@given(st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=12), min_size=2),
       st.integers(min_value=10, max_value=120))
def test_shorten_cuts_between_words(words, limit):
    text = " ".join(words)
    out, cut = shorten(text, limit)
    if cut:
        kept = out[:-1].split(" ")
        n = len(kept)
        assert kept[:-1] == words[:n - 1]  # whole words...
        assert words[n - 1].startswith(kept[-1])
        if kept[-1] != words[n - 1]:  # ...unless no space was near enough to cut at
            assert len(" ".join(kept[:-1])) < (limit - 1) * 0.6


@given(st.text())
def test_escaped_text_is_never_markup(text):
    escaped = esc(text)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped


def test_a_page_too_small_for_anything_is_an_error(store, budi, words):
    from PySide6.QtCore import QBuffer, QSizeF
    from PySide6.QtGui import QPdfWriter

    from netjournal.report import data
    from netjournal.report.document import fit
    from tests.report.helpers import NOW

    writer = QPdfWriter(QBuffer())
    with pytest.raises(ReportError, match="too small"):
        fit(data.gather(store, budi, now=NOW), words, writer, QSizeF(300, 200))
