"""Dates mean days: a meeting entered by its date is that day everywhere; !when counts
from it; year-less birthdays are kept and come up in `due`."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from netjournal.domain.followups import local_date
from netjournal.domain.values import DayOnly, day_only
from netjournal.storage.convert import from_db
from tests.conftest import run_netjournal

ZONES = ("Pacific/Kiritimati", "America/Los_Angeles", "Pacific/Pago_Pago", "Asia/Jakarta")


@pytest.mark.parametrize("writer_zone", ["Pacific/Kiritimati", "America/Los_Angeles"])
def test_a_meeting_entered_by_date_keeps_its_day_in_every_time_zone(tmp_path, writer_zone):
    folder = str(tmp_path / "data")
    added = run_netjournal("add", "Rina Kusuma (Gojek, PM) !1w send the deck", "--date",
                           "2026-03-08", "--json", "--data-dir", folder,
                           env={"TZ": writer_zone})
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["met_on"] == "2026-03-08"
    for zone in ZONES:
        found = run_netjournal("search", "rina", "--json", "--data-dir", folder,
                               env={"TZ": zone})
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)[0]["last_contact_on"] == "2026-03-08", zone
        text = run_netjournal("search", "deck", "--data-dir", folder, env={"TZ": zone})
        assert "Mar 8, 2026  In person" in text.stdout, (zone, text.stdout)


def test_when_counts_from_the_day_of_the_meeting(cli, store):
    result = cli("add", "Rina Kusuma !1w send the deck", "--date", "2026-01-05", "--json")
    assert result.code == 0, result.err
    assert result.json()["follow_up_due"] == "2026-01-12"
    result = cli("add", "Budi Santoso !3d", "--date", "2026-01-05", "--json")
    assert result.json()["follow_up_due"] == "2026-01-08"


def test_a_day_only_moment_is_its_day_whatever_the_zone():
    moment = day_only(dt.date(2026, 3, 8))
    for offset in (-12, -10, -8, 0, 7, 12, 13, 14):
        zone = dt.timezone(dt.timedelta(hours=offset))
        assert local_date(moment, zone) == dt.date(2026, 3, 8)
        assert moment.astimezone(zone).date() == dt.date(2026, 3, 8)
    assert isinstance(from_db("2026-03-08T12:00:00"), DayOnly)
    assert not isinstance(from_db("2026-03-08 12:00:00"), DayOnly)
    timed = dt.datetime(2026, 3, 8, 23, 30, tzinfo=dt.UTC)
    assert local_date(timed, dt.timezone(dt.timedelta(hours=7))) == dt.date(2026, 3, 9)


LEAP_CARD = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Leap Person\r\nBDAY:--0229\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Later Person\r\nBDAY:19900315\r\nEND:VCARD\r\n")


def test_a_birthday_without_a_year_survives_import_and_export(cli, store, tmp_path):
    (tmp_path / "leap.vcf").write_text(LEAP_CARD, encoding="utf-8")
    result = cli("import", str(tmp_path / "leap.vcf"))
    assert result.code == 0 and not result.out.count("note"), result.out
    for version, line in (("4.0", "BDAY:--0229"),
                          ("3.0", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29")):
        out = tmp_path / f"out{version}.vcf"
        assert cli("export", "--format", "vcard", "--vcard-version", version,
                   "-o", str(out)).code == 0
        assert line in out.read_text(encoding="utf-8").splitlines()


def test_birthdays_of_the_coming_week_are_a_reason_to_reach_out(cli, store, tmp_path):
    (tmp_path / "leap.vcf").write_text(LEAP_CARD, encoding="utf-8")
    assert cli("import", str(tmp_path / "leap.vcf")).code == 0
    in_2027 = cli("due", "--today", "2027-02-22", "--json").json()
    leap = [i for i in in_2027 if i["contact"] == "Leap Person"]
    assert [(i["due"], i["birthday"], i["section"]) for i in leap] == [
        ("2027-02-28", "--02-29", "reconnect")]  # the 28th in a year with no 29th
    in_2028 = cli("due", "--today", "2028-02-23", "--json").json()
    assert [i["due"] for i in in_2028 if "birthday" in i] == ["2028-02-29"]
    week_before = cli("due", "--today", "2027-03-09", "--json").json()
    assert [i["contact"] for i in week_before if "birthday" in i] == ["Later Person"]
    assert not [i for i in cli("due", "--today", "2027-03-16", "--json").json()
                if "birthday" in i]
    text = cli("due", "--today", "2027-02-22").out
    assert "Leap Person (#1): birthday on Feb 28, 2027: a reason to reach out" in text


def test_a_day_only_meeting_survives_a_backup_round_trip(cli, store, tmp_path):
    assert cli("add", "Rina Kusuma", "--date", "2026-03-08").code == 0
    backup = tmp_path / "all.json"
    assert cli("export", "--format", "json", "-o", str(backup)).code == 0
    for other, seed in (("empty", None), ("busy", "Sari Wijaya")):
        folder = tmp_path / other
        if seed:
            assert cli("add", seed, "--data-dir", str(folder), data=False).code == 0
        result = cli("import", str(backup), "--data-dir", str(folder), data=False)
        assert result.code == 0, result.out + result.err
        found = cli("search", "rina", "--json", "--data-dir", str(folder), data=False)
        assert found.json()[0]["last_contact"] == "2026-03-08T12:00:00+00:00"
        assert found.json()[0]["last_contact_on"] == "2026-03-08"
        with sqlite3.connect(folder / "netjournal.sqlite3") as con:  # still a whole day
            assert con.execute("SELECT occurred_at FROM interaction WHERE occurred_at"
                               " LIKE '2026-03-08%'").fetchall() == [("2026-03-08T12:00:00",)]
