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
    assert "at JakartaJS" in r.out and "#fintech" in r.out and "next step by" in r.out


def test_a_known_name_gets_a_new_meeting(cli, data_dir: DataDir) -> None:  # type: ignore[no-untyped-def]
    first = cli("add", "Budi Santoso (Tokopedia)", "--json").json()
    again = cli("add", "budi santoso", "#ai", "met", "again", "--event", "PyCon ID",
                "--json").json()
    assert again["contact_id"] == first["contact_id"] and again["created"] is False
    assert (again["company"], again["tags"], again["event"]) == ("Tokopedia", ["ai"],
                                                                 "PyCon ID")
    assert again["follow_up_kind"] == "thank_you"
    other = cli("add", "Budi Santoso (Gojek)", "--json").json()
    assert other["created"] is True  # another company: another person
    forced = cli("add", "Budi Santoso", "--new", "--json").json()
    assert forced["created"] is True
    with Store.open(data_dir) as store:
        assert store.contacts.count() == 3
        assert store.interactions.count_for_contact(first["contact_id"]) == 2


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
    assert "netjournal add: 2 problems in the line; fix the line or add --force" in r.err
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
