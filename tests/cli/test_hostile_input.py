"""Hostile input from a file or a command line: nothing hidden is stored or printed."""

from __future__ import annotations

import re

from netjournal.domain.values import Contact

HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Budi\x00 Santoso\x1b[31m\r\n"
        "ORG:Evil\u202eCorp\r\nNOTE:first\\nsecond\x00\x1b]0;pwned\x07\r\nEND:VCARD\r\n")


def test_control_characters_from_a_vcard_are_not_stored(cli, store, tmp_path):
    path = tmp_path / "hostile.vcf"
    path.write_text(CARD, encoding="utf-8")
    result = cli("import", str(path))
    assert result.code == 0, result.err
    (cid,) = store.search.contact_ids(limit=10)
    card = store.contacts.get(cid)
    assert card.name == "Budi Santoso[31m"
    assert card.notes == "first\nsecond]0;pwned"
    assert "\x00" not in card.company and "\x1b" not in card.company


def test_search_prints_nothing_that_hides_or_reorders_text(cli, store):
    # written straight into the journal, as an older version (or another tool) could have
    store.db.execute_sql("INSERT INTO contact (name, company, notes, tie_strength, "
                         "created_at, updated_at) VALUES (?, ?, '', 'weak', "
                         "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
                         ("Rina\x1b[2J Kusuma\u202e", "Go\u200bjek\x00"))
    result = cli("search", "rina")
    assert result.code == 0, result.err
    assert "Rina[2J Kusuma" in result.out
    assert HIDDEN.search(result.out) is None
    as_json = cli("search", "rina", "--json")
    assert HIDDEN.search(as_json.out) is None
    assert as_json.json()[0]["name"] == "Rina\x1b[2J Kusuma\u202e"  # same data, escaped


def test_a_name_of_a_hundred_thousand_characters_is_refused_in_words(cli, store):
    result = cli("add", "x" * 100_000)
    assert result.code == 1
    assert result.err == ("netjournal add: the name is 100,000 characters long; a name "
                          "holds at most 200 (put the rest in the notes)\n")
    assert store.contacts.count() == 0
    assert cli("add", "Budi\x00 Santoso\x1b[31m #fin\x07tech").code == 0
    (cid,) = store.search.contact_ids(limit=10)
    saved: Contact = store.contacts.get(cid)
    assert (saved.name, saved.tags) == ("Budi Santoso[31m", ("fintech",))


def test_an_imported_name_that_is_too_long_is_rejected_with_its_place(cli, store, tmp_path):
    path = tmp_path / "long.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sari\r\nEND:VCARD\r\n"
                    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{'y' * 5000}\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    result = cli("import", str(path))
    assert result.code == 2
    assert "imported 1, merged 0, rejected 1" in result.out
    assert "rejected card 2 (line 5): the name is 5,000 characters long" in result.out


def test_an_empty_query_or_one_with_nothing_to_find_is_refused(cli, store):
    store.contacts.create("Sari Wijaya")
    for query, words in (("", "the query is empty"),
                         ('"', "'\"' has no word or symbol to look for"),
                         ("  ...  ", "'...' has no word or symbol to look for")):
        result = cli("search", query)
        assert result.code == 1 and result.out == ""
        assert result.err == (f"netjournal search: {words}: give a name, a word or an "
                              "emoji to find\n")


def test_an_emoji_is_searched_as_text(cli, store):
    store.contacts.create("Rina Kusuma", notes="loves 🚀 launches")
    store.contacts.create("Sari Wijaya", notes="coffee ☕ person")
    store.contacts.create("Budi Santoso")
    assert [c["name"] for c in cli("search", "🚀", "--json").json()] == ["Rina Kusuma"]
    assert [c["name"] for c in cli("search", "☕", "--json").json()] == ["Sari Wijaya"]
    assert cli("search", "😀").out == "nothing matches “😀”\n"
    assert [c["name"] for c in cli("search", "rina 🚀", "--json").json()] == ["Rina Kusuma"]
    assert cli("search", "sari 🚀", "--json").json() == []


def test_every_record_the_store_saves_is_cleaned(store):
    import datetime as dt

    from netjournal.domain.values import FollowUp, FollowUpKind, Offer

    cid = store.contacts.create("Sari\x00 Wijaya\x1b[0m").id
    assert cid is not None
    offer = store.offers.save(Offer(contact_id=cid, text="intro to\x07 a VC\r\nsoon\x00"))
    assert offer.text == "intro to a VC\nsoon"
    follow_up = store.followups.save(FollowUp(contact_id=cid, due_on=dt.date(2026, 3, 9),
                                              kind=FollowUpKind.MANUAL,
                                              reason="send\x1b]0;x\x07 the deck"))
    assert follow_up.reason == "send]0;x the deck"
