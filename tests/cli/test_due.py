"""``netjournal due``: today's list on the command line, the same as the Today view's."""

import datetime as dt
import json

import pytest

from netjournal.cli import main
from netjournal.domain.followups import Section
from netjournal.domain.values import Channel, Introduction, IntroductionOutcome
from netjournal.settings import Settings
from netjournal.storage import journal
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.today import TodayView
from netjournal.ui.today.model import DueRole, RowKind
from tests.conftest import run_netjournal

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """``netjournal demo --contacts 300``, plus chains, a meetup and a declined intro."""
    folder = tmp_path_factory.mktemp("due") / "data"
    proc = run_netjournal("demo", "--contacts", "300", "--data-dir", str(folder))
    assert proc.returncode == 0, proc.stderr
    now = dt.datetime.combine(TODAY, dt.time(9)).astimezone(dt.UTC)
    with Store(folder / "netjournal.sqlite3") as store:
        chain = journal.log_outreach(store, 12, "Hi, could I ask two questions?",
                                     when=now - 17 * DAY, channel=Channel.EMAIL)
        journal.mark_done(store, chain.follow_ups[0].id, when=now - 9 * DAY)
        journal.log_outreach(store, 41, "Coffee next week?", when=now - 7 * DAY)
        event = store.events.find_or_create("JakartaJS Meetup", TODAY - DAY)
        journal.log_meeting(store, [50, 51], when=now - DAY, event_id=event.id,
                            next_step="Send the hiring playbook")
        intro = store.introductions.save(Introduction(person_id=70, introducer_id=71))
        journal.record_introduction_outcome(store, intro.id, IntroductionOutcome.DECLINED,
                                            when=now - DAY)
    return folder


def due(capsys, folder, *args):
    capsys.readouterr()
    code = main(["due", *args, "--data-dir", str(folder)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_due_json_matches_the_today_view(qtbot, capsys, demo_dir):
    code, out, _ = due(capsys, demo_dir, "--json", "--today", TODAY.isoformat())
    assert code == 0
    items = json.loads(out)
    assert items, "the demo journal has something due"
    for key in ("contact_id", "contact", "due", "kind", "reason", "overdue", "attempt"):
        assert all(key in i for i in items), key
    assert [i["due"] for i in items] == sorted(i["due"] for i in items)
    assert all(i["overdue"] == (i["due"] < TODAY.isoformat()) for i in items)
    assert {i["kind"] for i in items} >= {"outreach", "thank_you", "next_step", "reconnect",
                                          "introducer"}
    outreach = [i for i in items if i["kind"] == "outreach"]
    assert {i["attempt"] for i in outreach} >= {1, 2}  # the demo adds chains at try 3 too
    assert all(i["first_message"] for i in outreach)
    assert all(i["attempt"] is None for i in items if i["kind"] != "outreach")
    assert sum(1 for i in items if i["section"] == "reconnect") == 5

    with Store(demo_dir / "netjournal.sqlite3") as store:
        clock = dt.datetime.combine(TODAY, dt.time(12)).astimezone(dt.UTC)
        view = TodayView(store, JournalEvents(), Settings(), clock=lambda: clock)
        qtbot.addWidget(view)
        model = view.model
        for section in Section:  # open every "show more"
            while model.hidden_in(section):
                model.fetch_more_in(section)
        shown = [(model.item_at(r), model.index(r, 0).data(DueRole.SECTION))
                 for r in range(model.rowCount()) if model.kind_at(r) == RowKind.ITEM]
    from_view = sorted((i.contact_id, i.follow_up_id or 0, i.due_on.isoformat(),
                        i.kind.value, str(s)) for i, s in shown)
    from_cli = sorted((i["contact_id"], i["follow_up_id"] or 0, i["due"], i["kind"],
                       i["section"]) for i in items)
    assert from_view == from_cli


def test_due_prints_sections(capsys, demo_dir):
    code, out, err = due(capsys, demo_dir, "--today", TODAY.isoformat())
    assert code == 0 and err == ""
    from netjournal import dates

    assert out.splitlines()[0].startswith(f"{dates.long_date(TODAY)}: ")
    for title in ("Overdue (", "Due today (", "Thank-yous still owed (", "Reconnect (5)"):
        assert title in out
    assert 'first message: "Hi, could I ask two questions?"' in out
    assert "say thank you after JakartaJS Meetup" in out


def test_due_on_an_empty_journal(cli, store):
    result = cli("due")
    assert result.code == 0 and "nothing due, all caught up" in result.out
    assert cli("due", "--json").json() == []


def test_due_rejects_a_bad_date(cli):
    with pytest.raises(SystemExit) as exc:
        cli("due", "--today", "31-01-2026")
    assert exc.value.code == 2
