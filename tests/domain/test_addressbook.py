"""The three-way merge of a synced card: properties over generated books, and examples."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain import addressbook as ab
from netjournal.domain.addressbook import Book, merge
from netjournal.domain.values import Contact, Detail, DetailKind

# Few distinct values, so that sides often agree, collide and differ.
_text = st.sampled_from(["", "Gojek", "Tokopedia", "PM", "Budi Santoso", "Budi  Santoso"])
_labels = st.sampled_from(["", "work", "home"])
_lists = {
    "emails": st.sampled_from(["budi@x.id", "BUDI@x.id", "dewi@y.id", "sari@z.id"]),
    "phones": st.sampled_from(["+62 812-3456-789", "0812 3456 789", "0813 1111 2222",
                               "+62 21 555 0100"]),
    "addresses": st.sampled_from(["Jl. Sudirman 1", "jl.  sudirman 1", "Jl. Thamrin 9"]),
    "urls": st.sampled_from(["https://www.linkedin.com/in/budi/", "linkedin.com/in/budi",
                             "https://example.id", "https://linkedin.com/in/dewi"]),
}


@st.composite
def books(draw):
    values = {f: draw(_text) for f in ("name", "company", "title")}
    for f, items in _lists.items():
        values[f] = ab._unique(f, draw(st.lists(st.tuples(items, _labels), max_size=3)))
    values["birthday"] = draw(st.sampled_from(["", "1990-05-17", "--02-29", "1988-01-01"]))
    values["photo"] = draw(st.sampled_from(["", "aaa", "bbb"]))
    values["tags"] = tuple(sorted(set(draw(st.lists(
        st.sampled_from(["fintech", "ai", "jakarta"]), max_size=3)))))
    return Book(**values)


def _changed(a, b, f):
    return a.key(f) != b.key(f)


@given(books(), books())
def test_nothing_changed_on_either_side_changes_nothing(base, journal):
    result = merge(base, journal, journal)
    assert result.book.same(journal)
    assert result.from_card == () and not result.to_card and result.conflicts == ()


@given(books(), books())
def test_a_card_changed_alone_is_taken_whole(base, card):
    result = merge(base, base, card)
    for f in ab.FIELDS:
        if f != "name" or card.name:
            assert result.book.key(f) == card.key(f), f
    assert result.conflicts == ()


@given(books(), books())
def test_a_journal_changed_alone_is_kept_and_written_to_the_card(base, journal):
    result = merge(base, journal, base)
    assert result.book.same(journal)
    assert result.from_card == ()
    assert result.to_card == (not journal.same(base) or any(
        ab._labels(journal, f) != ab._labels(base, f) for f in ab.LISTS))


@given(books(), books(), books())
def test_a_field_changed_on_both_sides_keeps_the_journal_and_reports_the_card(
        base, journal, card):
    result = merge(base, journal, card)
    expected = {f for f in ab.SCALARS if _changed(journal, base, f)
                and _changed(card, base, f) and _changed(journal, card, f)}
    assert {c.field for c in result.conflicts} == expected
    for c in result.conflicts:
        assert getattr(result.book, c.field) == getattr(journal, c.field)
        assert c.other == getattr(card, c.field)
    for f in ab.SCALARS:
        if f not in expected and _changed(card, base, f) and (f != "name" or card.name):
            assert result.book.key(f) == card.key(f)
        elif f not in expected:
            assert result.book.key(f) == journal.key(f)


@given(books(), books(), books())
def test_lists_merge_item_by_item(base, journal, card):
    result = merge(base, journal, card)
    for f in (*ab.LISTS, "tags"):
        b, j, c = base.key(f), journal.key(f), card.key(f)
        assert result.book.key(f) == (j - (b - c)) | (c - b), f


@given(books(), books())
def test_without_a_base_nothing_the_journal_holds_is_lost(journal, card):
    result = merge(None, journal, card)
    for f in ab.SCALARS:
        if getattr(journal, f):
            assert getattr(result.book, f) == getattr(journal, f)
        elif f != "name":
            assert getattr(result.book, f) == getattr(card, f)
    for f in (*ab.LISTS, "tags"):
        assert result.book.key(f) == journal.key(f) | card.key(f)


@given(books(), books(), books())
def test_a_second_sync_after_a_merge_has_nothing_to_do(base, journal, card):
    first = merge(base, journal, card).book
    again = merge(first, first, first)
    assert again.from_card == () and not again.to_card and again.conflicts == ()


@given(books())
def test_a_book_survives_its_json(book):
    assert Book.from_json(book.to_json()) == book


def test_a_contact_and_back():
    contact = Contact(
        name="Budi  Santoso", company="Gojek", title="PM", birthday=dt.date(1604, 2, 29),
        details=(Detail(DetailKind.EMAIL, "budi@x.id", "work"),
                 Detail(DetailKind.PHONE, "0812 3456 789", "mobile"),
                 Detail(DetailKind.LINK, "https://linkedin.com/in/budi", "linkedin")),
        tags=("#FinTech",), notes="likes kopi", photo=b"\x89PNG...")
    book = Book.of(contact)
    assert book.name == "Budi Santoso" and book.birthday == "--02-29"
    assert book.tags == ("fintech",) and book.photo == ab.photo_digest(b"\x89PNG...")
    card = Book.from_json({**book.to_json(), "company": "Grab",
                           "phones": [["+62 813 1111 2222", "mobile"]]})
    result = merge(book, book, card)
    assert result.from_card == ("company", "phones") and not result.to_card
    updated = ab.apply(contact, card, result.from_card)
    assert updated.company == "Grab" and updated.notes == "likes kopi"
    assert [d.value for d in updated.details_of(DetailKind.PHONE)] == ["+62 813 1111 2222"]
    assert [d.value for d in updated.details_of(DetailKind.EMAIL)] == ["budi@x.id"]
    assert ab.apply(contact, book, ["birthday"]).birthday == dt.date(1604, 2, 29)


def test_a_card_that_clears_its_name_never_leaves_the_contact_nameless():
    journal = Book(name="Dewi")
    result = merge(journal, journal, Book(name=""))
    assert result.book.name == "Dewi" and result.to_card
