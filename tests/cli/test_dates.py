"""Dates mean days: a meeting entered by its date is that day everywhere; !when counts
from it; year-less birthdays are kept and come up in `due`."""

from __future__ import annotations

import datetime as dt
import json

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
        assert "2026-03-08  in_person" in text.stdout, (zone, text.stdout)


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
