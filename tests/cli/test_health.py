"""``netjournal health``: the weekly numbers as JSON and as a short table."""

import collections
import datetime as dt
import json
import time

import pytest

from netjournal.domain.values import Channel, Interaction, day_only
from netjournal.storage.store import Store
from tests.conftest import run_netjournal

KEYS = {"week_start", "face_to_face", "voice_video", "written", "given", "received",
        "follow_ups_done", "follow_ups_let_go"}


@pytest.fixture
def jakarta(monkeypatch):
    """The local zone of this test: UTC+7, as most of the app's users."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _local_midnight(day):
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _week_of(text: str) -> dt.date:
    """The local Monday of an exported interaction's moment (a whole day: its own day)."""
    if text.endswith("T12:00:00"):
        day = dt.date.fromisoformat(text[:10])
    else:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        day = moment.astimezone().date()  # the test's local zone
    return day - dt.timedelta(days=day.weekday())


def test_touches_equal_the_journals_interactions_week_by_week(cli, data_dir, jakarta,
                                                              tmp_path):
    assert cli("demo", "--contacts", "300", "--seed", "8").code == 0
    with Store.open(data_dir) as store:  # day-only meetings on a Sunday and a Monday
        today = dt.date.today()
        sunday = today - dt.timedelta(days=today.weekday() + 1)
        for day in (sunday, sunday + dt.timedelta(days=1)):
            store.interactions.save(Interaction(occurred_at=day_only(day),
                                                participant_ids=(1,), channel=Channel.EVENT))
        store.interactions.delete(2)  # in the bin: not a touch
    result = cli("health", "--json")
    assert result.code == 0, result.err
    weeks = result.json()["weeks"]
    assert len(weeks) >= 26
    starts = [dt.date.fromisoformat(w["week_start"]) for w in weeks]
    assert all(d.weekday() == 0 for d in starts)
    assert starts == sorted(starts) and starts[-1] <= dt.date.today() < starts[-1] + \
        dt.timedelta(days=7)
    assert all(set(w) >= KEYS for w in weeks)

    out = tmp_path / "journal.json"
    assert cli("export", "--format", "json", "-o", str(out)).code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))["interactions"]
    by_week = collections.Counter(_week_of(i["occurred_at"]) for i in exported
                                  if i["deleted_at"] is None)
    touches = [w["face_to_face"] + w["voice_video"] + w["written"] for w in weeks]
    assert touches == [by_week[d] for d in starts]
    assert sum(touches) > 1000
    assert weeks[-1]["face_to_face"] >= 2  # the two day-only meetings of this week and last
    assert sum(w["given"] for w in weeks) > 0 and sum(w["follow_ups_done"] for w in weeks) > 0


@pytest.mark.postgresql
def test_the_same_numbers_on_a_server_as_on_the_file(cli, pg_url, jakarta):
    server = ("--database", pg_url)
    for where in ((), server):
        assert cli("demo", "--contacts", "300", "--seed", "21", *where).code == 0
    on_file = cli("health", "--json")
    on_server = cli("health", "--json", *server)
    assert on_file.code == on_server.code == 0, on_server.err
    assert on_server.json() == on_file.json()
    weeks = on_file.json()["weeks"]
    assert sum(w["reconnected"] for w in weeks) > 10 and sum(w["gone_dormant"] for w in weeks)
    assert sum(w["given"] + w["follow_ups_late"] for w in weeks) > 0


def test_human_summary_in_indonesian(cli, data_dir):
    assert cli("demo", "--contacts", "30", "--seed", "2").code == 0
    # in its own process: the translator it loads stays out of this session's Qt
    proc = run_netjournal("health", "--lang", "id", "--weeks", "8",
                          "--data-dir", str(data_dir.root))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    lines = out.splitlines()
    assert "8" in lines[0] and "pekan" in lines[0].lower()
    assert "tatap muka" in out
    assert len([x for x in lines if x[:1].isdigit()]) == 8  # one row a week


def test_bad_week_count_is_refused_in_one_line(cli, data_dir):
    assert cli("demo", "--contacts", "5").code == 0
    result = cli("health", "--weeks", "0")
    assert result.code == 1
    assert result.err.strip().count("\n") == 0 and "--weeks" in result.err


def test_no_journal_is_refused_and_nothing_is_made(cli, data_dir):
    data_dir.database.unlink(missing_ok=True)
    result = cli("health", "--json")
    assert result.code == 1 and not data_dir.database.exists()
