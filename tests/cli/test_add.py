"""``netjournal add``: quick capture from the command line."""

from __future__ import annotations

import datetime as dt

import pytest

from netjournal.cli import build_parser
from netjournal.paths import DataDir
from netjournal.storage.store import Store
from tests.conftest import run_netjournal

LINE = "Budi Santoso (Tokopedia, PM) @JakartaJS #fintech !1w likes dogs"


def test_add_then_search(cli) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    r = cli("add", LINE, "--json")
    assert r.code == 0, r.err
    out = r.json()
    assert out["contact"] == "Budi Santoso" and out["created"] is True
    assert isinstance(out["contact_id"], int) and isinstance(out["interaction_id"], int)
    assert out["follow_up_due"] == (today + dt.timedelta(days=7)).isoformat()
    assert out["follow_up_kind"] == "next_step"
    assert (out["event"], out["note"], out["problems"]) == ("JakartaJS", "likes dogs", [])
    found = cli("search", "Budi", "--json").json()
    assert [(c["name"], c["company"], c["tags"]) for c in found] == [
        ("Budi Santoso", "Tokopedia", ["fintech"])]


def test_due_lists_the_follow_up_if_the_command_exists(cli) -> None:  # type: ignore[no-untyped-def]
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    if "due" not in commands:
        pytest.skip("the due command is not there yet")
    assert cli("add", LINE).code == 0
    due = cli("due", "--json")
    assert due.code == 0, due.err
    items = [i for i in due.json() if i["contact"] == "Budi Santoso"]
    assert [(i["due"], i["kind"]) for i in items] == [
        ((dt.date.today() + dt.timedelta(days=7)).isoformat(), "next_step")]


def test_add_prints_what_it_did(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("add", LINE)
    assert r.code == 0, r.err
    assert "created contact #1: Budi Santoso (PM, Tokopedia)" in r.out
    assert "at JakartaJS" in r.out and "#fintech" in r.out and "Next step by" in r.out


def test_a_known_name_gets_a_new_meeting(cli, data_dir: DataDir) -> None:  # type: ignore[no-untyped-def]
    first = cli("add", "Budi Santoso (Tokopedia)", "--json").json()
    again = cli("add", "budi santoso", "#ai", "met", "again", "--event", "PyCon ID",
                "--json").json()
    assert again["contact_id"] == first["contact_id"] and again["created"] is False
    assert (again["company"], again["tags"], again["event"]) == ("Tokopedia", ["ai"],
                                                                 "PyCon ID")
    assert again["follow_up_kind"] == "thank_you"
    other = cli("add", "Budi Santoso (Gojek)", "--json")  # another company: a question
    assert other.code == 1 and "works at 'Tokopedia', not 'Gojek'" in other.err
    forced = cli("add", "Budi Santoso", "--new", "--json").json()
    assert forced["created"] is True
    with Store.open(data_dir) as store:
        assert store.contacts.count() == 2
        assert store.interactions.count_for_contact(first["contact_id"]) == 2


def contacts_and_meetings(data_dir: DataDir) -> tuple[int, int]:
    with Store.open(data_dir) as store:
        meetings = store.db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
        return store.contacts.count(), meetings


def test_a_shared_name_is_a_question_and_adds_nothing(cli, data_dir: DataDir) -> None:  # type: ignore[no-untyped-def]
    ids = [cli("add", "Agus Utami", "--new", "--json").json()["contact_id"] for _ in range(2)]
    before = contacts_and_meetings(data_dir)
    r = cli("add", "Agus Utami #ai coffee")
    assert r.code != 0 and r.out == ""
    assert "2 contacts are named 'Agus Utami'" in r.err
    assert "#ID in place of the name" in r.err and "--new" in r.err
    for cid in ids:
        assert f"#{cid} Agus Utami" in r.err
    assert contacts_and_meetings(data_dir) == before
    chosen = cli("add", f"#{ids[1]} #ai coffee", "--json")
    assert chosen.code == 0, chosen.err
    assert (chosen.json()["contact_id"], chosen.json()["note"]) == (ids[1], "coffee")
    assert cli("add", "#999 coffee").err.strip() == "netjournal add: there is no contact #999"


@pytest.mark.parametrize("typed", ["Budi Santos", "Budi Santsoo", "Bdi Santoso",
                                   "Budi Santoso Jr", "Budi", "BudiSantoso"])
def test_a_name_close_to_someone_is_a_question(cli, data_dir: DataDir, typed: str) -> None:  # type: ignore[no-untyped-def]
    budi = cli("add", "Budi Santoso (Tokopedia)", "--json").json()["contact_id"]
    before = contacts_and_meetings(data_dir)
    r = cli("add", f"{typed} @JakartaJS likes dogs")
    assert r.code != 0, r.out
    assert f"#{budi} Budi Santoso (Tokopedia)" in r.err and "is close to 1 contact" in r.err
    assert contacts_and_meetings(data_dir) == before
    new = cli("add", f"{typed} @JakartaJS likes dogs", "--new", "--json")
    assert new.json()["created"] is True and new.json()["contact"] == typed


def test_an_existing_name_in_lower_case_then_a_note(cli, data_dir: DataDir) -> None:  # type: ignore[no-untyped-def]
    agus = cli("add", "Agus Pangaribuan (Grab)", "--json").json()["contact_id"]
    zoe = cli("add", "Zoë Ådahl", "--json").json()["contact_id"]
    r = cli("add", "agus pangaribuan catch up about the new role", "--json")
    assert r.code == 0, r.err
    assert (r.json()["contact_id"], r.json()["created"]) == (agus, False)
    assert r.json()["note"] == "catch up about the new role"
    accents = cli("add", "zoe adahl likes dogs", "--json").json()
    assert (accents["contact_id"], accents["note"]) == (zoe, "likes dogs")
    assert contacts_and_meetings(data_dir) == (2, 4)


def test_a_new_name_ends_after_its_capitalised_words(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("add", "Rina Kusuma talked about hiring")
    assert r.code == 0, r.err
    assert "created contact #1: Rina Kusuma\n" in r.out
    assert "note: talked about hiring" in r.out
    unclear = cli("add", "rina likes dogs")
    assert unclear.code == 1 and "where does the name end?" in unclear.err
    # forced, its first words are still checked against the journal
    forced = cli("add", "rina kusma likes dogs", "--force")
    assert forced.code == 1 and "#1 Rina Kusuma" in forced.err
    assert cli("add", "mira wants an intro", "--force").code == 0


def test_the_same_line_twice_logs_once(cli, data_dir: DataDir) -> None:  # type: ignore[no-untyped-def]
    line = "Budi Santoso (Tokopedia) @JakartaJS #ai !1w likes dogs"
    assert cli("add", line).code == 0
    again = cli("add", line)
    assert again.code != 0 and again.out == ""
    assert "the same line was logged for Budi Santoso (#1)" in again.err
    assert "--again" in again.err
    assert contacts_and_meetings(data_dir) == (1, 1)
    with Store.open(data_dir) as store:
        assert len(store.followups.for_contact(1)) == 1
    assert cli("add", "Budi Santoso @JakartaJS met his boss").code == 0  # another note
    assert cli("add", line, "--again").code == 0
    assert contacts_and_meetings(data_dir) == (1, 3)


def test_the_note_is_not_the_next_step(cli, data_dir: DataDir) -> None:  # type: ignore[no-untyped-def]
    r = cli("add", "Rina Kusuma (Gojek, PM) !1w likes dogs", "--json").json()
    assert (r["note"], r["step"]) == ("likes dogs", "")
    assert r["follow_up_reason"] == "Follow up with Rina after meeting"
    stated = cli("add", "Ana (X) !1w: send the deck #ai likes tea", "--json").json()
    assert (stated["follow_up_reason"], stated["note"]) == ("send the deck", "likes tea")
    with Store.open(data_dir) as store:
        reasons = [f.reason for c in (r["contact_id"], stated["contact_id"])
                   for f in store.followups.for_contact(c)]
    assert "likes dogs" not in reasons and reasons[1] == "send the deck"


def test_an_event_joins_the_recent_one_of_a_similar_name(cli, data_dir: DataDir) -> None:  # type: ignore[no-untyped-def]
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    first = cli("add", 'Ana @"JakartaJS Meetup"', "--date", yesterday, "--json").json()
    r = cli("add", "Budi @JakartaJS likes dogs")
    assert r.code == 0, r.err
    assert f"at JakartaJS Meetup (event #{first['event_id']})" in r.out
    new = cli("add", "Citra @DevFest")
    assert "at DevFest (new event)" in new.out
    with Store.open(data_dir) as store:
        assert sorted(e.name for e in store.events.find("JakartaJS Meetup")) == [
            "JakartaJS Meetup"]
        assert store.events.find("JakartaJS") == []


def test_date_option(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("add", "Ana @Meetup", "--date", "2026-01-05", "--json").json()
    assert (out["met_on"], out["follow_up_due"]) == ("2026-01-05", "2026-01-06")
    with pytest.raises(SystemExit) as exit_info:  # argparse's own usage error
        cli("add", "Ana", "--date", "5/1/2026")
    assert exit_info.value.code == 2


def test_a_line_with_problems_is_refused_unless_forced(cli, data_dir: DataDir) -> None:  # type: ignore[no-untyped-def]
    r = cli("add", "Budi (Tokopedia !xyz likes")
    assert r.code == 1
    assert "column 6: the parenthesis is not closed: '(Tokopedia'" in r.err
    assert "column 17: not a follow-up date" in r.err
    assert r.err.splitlines()[-1].startswith("netjournal add: 2 problems in the line, nothing "
                                             "added (column 6: ")
    assert r.err.endswith("; fix the line or add --force\n")
    assert "Traceback" not in r.err
    with Store.open(data_dir) as store:
        assert store.contacts.count() == 0
    forced = cli("add", "Budi (Tokopedia !xyz likes", "--force", "--json")
    assert forced.code == 0, forced.err
    out = forced.json()
    assert out["note"] == "(Tokopedia !xyz likes"
    assert [p["code"] for p in out["problems"]] == ["unclosed_parenthesis", "unknown_when"]


def test_no_name_cannot_be_forced(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("add", "@JakartaJS #x", "--force")
    assert r.code == 1
    assert "must start with the person's name" in r.err
    assert "fix the line or add --force" not in r.err
    empty = cli("add", "   ")
    assert (empty.code, empty.err.strip()) == (1, "netjournal add: the line is empty")


def test_real_process(tmp_path) -> None:  # type: ignore[no-untyped-def]
    proc = run_netjournal("add", "佐藤 健 (トヨタ) #ai 会った", "--data-dir", str(tmp_path / "d"))
    assert proc.returncode == 0, proc.stderr
    assert "佐藤 健" in proc.stdout
