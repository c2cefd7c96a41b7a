"""``netjournal due``: what needs doing today, the same list as the app's Today view."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from netjournal import settings as settings_mod
from netjournal.cli.common import add_command, data_dir, open_reader, print_json
from netjournal.domain.birthdays import has_year
from netjournal.domain.followups import DueItem, Section, TodayList
from netjournal.interop.ics import describe
from netjournal.storage import journal

_TITLES = {
    Section.OVERDUE: "Overdue",
    Section.TODAY: "Due today",
    Section.THANK_YOUS: "Thank-yous still owed",
    Section.THIS_WEEK: "Later this week",
    Section.RECONNECT: "Reconnect",
}
_COUNTS = {
    Section.OVERDUE: "overdue",
    Section.TODAY: "due today",
    Section.THANK_YOUS: "thank-yous",
    Section.THIS_WEEK: "later this week",
    Section.RECONNECT: "to reconnect",
}
QUOTE_WIDTH = 72


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "due", cmd_due,
                    "what needs doing today: follow-ups overdue and due, thank-yous owed, "
                    "the week ahead, and dormant ties to reconnect")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of items sorted by due date")
    p.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="take this date as today (default: today's local date)")


def item_json(item: DueItem, today: dt.date, section: Section) -> dict[str, Any]:
    """One item as a JSON object (stable keys for scripts)."""
    out: dict[str, Any] = {
        "contact_id": item.contact_id, "contact": item.contact_name,
        "due": item.due_on.isoformat(), "kind": item.kind.value, "reason": describe(item),
        "overdue": item.is_overdue(today), "attempt": item.attempt,
        "follow_up_id": item.follow_up_id, "section": section.value, "step": item.step.value,
        "snoozed": item.snoozed, "note": item.reason,
    }
    if item.birthday is not None:
        out["birthday"] = item.birthday.strftime("--%m-%d") if not has_year(item.birthday) \
            else item.birthday.isoformat()
    if item.first_message:
        out["first_message"] = item.first_message
    if item.event_name:
        out["event"] = item.event_name
    if item.starter is not None:
        out["starter"] = {"kind": item.starter.kind.value, "interest": item.starter.interest,
                          "tag": item.starter.tag}
        out["last_contact"] = item.last_contact_on.isoformat() if item.last_contact_on else None
        out["cadence_days"] = item.cadence_days
    return out


def due_json(result: TodayList) -> list[dict[str, Any]]:
    """The whole list, sorted by due date."""
    section_of = {item.key: s for s in Section for item in result.section(s)}
    return [item_json(i, result.today, section_of[i.key]) for i in result.items()]


def _quote(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= QUOTE_WIDTH else line[:QUOTE_WIDTH - 1] + "…"


def print_list(result: TodayList) -> None:
    counts = result.counts()
    summary = ", ".join(f"{n} {_COUNTS[s]}" for s, n in counts.items() if n)
    print(f"{result.today:%A %d %B %Y}: {summary or 'nothing due, all caught up'}")
    for section in Section:
        items = result.section(section)
        if not items:
            continue
        print(f"\n{_TITLES[section]} ({len(items)})")
        for item in items:
            when = "" if item.is_suggestion else f"{item.due_on.isoformat()}  "
            print(f"  {when}{item.contact_name} (#{item.contact_id}): {describe(item)}")
            if item.first_message:
                print(f'      first message: "{_quote(item.first_message)}"')


def cmd_due(args: argparse.Namespace) -> int:
    prefs = settings_mod.load(data_dir(args).settings)
    with open_reader(args) as store:
        result = journal.today_list(store, args.today, settings=prefs)
    if args.json:
        print_json(due_json(result))
    else:
        print_list(result)
    return 0
