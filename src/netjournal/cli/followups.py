"""``netjournal due``: what needs doing today, the same list as the app's Today view."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from netjournal import settings as settings_mod
from netjournal.cli import words
from netjournal.cli.common import add_command, data_dir, open_reader, print_json
from netjournal.cli.words import fill, translate
from netjournal.domain.birthdays import has_year
from netjournal.domain.followups import MAX_ATTEMPTS, DueItem, Section, StarterKind, Step, TodayList
from netjournal.interop.ics import describe
from netjournal.storage import journal

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


def _title(section: Section) -> str:
    # The Today view's own words (the "today" context): one translation for both.
    if section == Section.OVERDUE:
        return translate("today", "Overdue")
    if section == Section.TODAY:
        return translate("today", "Due today")
    if section == Section.THANK_YOUS:
        return translate("today", "Thank-yous still owed")
    if section == Section.THIS_WEEK:
        return translate("today", "Later this week")
    return translate("today", "Reconnect")


def _count(section: Section, n: int) -> str:
    if section == Section.OVERDUE:
        return fill(translate("cli", "%1 overdue"), n)
    if section == Section.TODAY:
        return fill(translate("cli", "%1 due today"), n)
    if section == Section.THANK_YOUS:
        return fill(translate("cli", "%1 thank-yous"), n)
    if section == Section.THIS_WEEK:
        return fill(translate("cli", "%1 later this week"), n)
    return fill(translate("cli", "%1 to reconnect"), n)


def _starter(item: DueItem) -> str:
    s = item.starter
    if s is None or s.kind == StarterKind.CHECK_IN:
        return translate("cli", 'a short "how are you?" is enough')
    if s.kind == StarterKind.INTEREST_AND_TAG:
        return fill(translate("cli", "ask about %1, or share something about #%2"),
                    s.interest, s.tag)
    if s.kind == StarterKind.INTEREST:
        return fill(translate("cli", "ask about %1"), s.interest)
    return fill(translate("cli", "share something about #%1"), s.tag)


def describe_human(item: DueItem, today: dt.date) -> str:
    """What an item asks, in one line of the run's language (user text kept as written)."""
    step = item.step
    if step == Step.FOLLOW_UP:
        return fill(translate("cli", "no reply yet: follow up (try %1 of %2), quoting your "
                                     "first message"), item.attempt, MAX_ATTEMPTS)
    if step == Step.LAST_TRY:
        return fill(translate("cli", "no reply yet: last follow-up (try %1 of %2)"),
                    MAX_ATTEMPTS, MAX_ATTEMPTS)
    if step == Step.LET_GO:
        return fill(translate("cli", "no reply after %1 tries: let go?"), MAX_ATTEMPTS)
    if step == Step.THANK_YOU:
        return (fill(translate("cli", "say thank you after %1"), item.event_name)
                if item.event_name else translate("cli", "say thank you for the meeting"))
    if step == Step.NEXT_STEP:
        return (fill(translate("cli", "next step: %1"), item.reason) if item.reason
                else translate("cli", "the next step you agreed"))
    if step == Step.THANK_INTRODUCER:
        back = translate("cli", "thank them for the introduction and go back to them "
                                "rather than pressing")
        return fill(translate("cli", "%1 (%2)"), back, item.reason) if item.reason else back
    if step == Step.RECONNECT:
        if item.birthday is not None:
            return fill(translate("cli", "birthday on %1: a reason to reach out"),
                        words.dates().short_date(item.due_on))
        if not item.is_suggestion:
            return (fill(translate("cli", "reconnect: %1"), item.reason) if item.reason
                    else translate("cli", "reconnect"))
        if item.last_contact_on is not None:
            since = fill(translate("cli", "last in touch %1"),
                         words.dates().near_date(item.last_contact_on, today,
                                                 words.dates().short_date))
        else:
            since = translate("cli", "never in touch since you added them")
        return fill(translate("cli", "reconnect (%1, every %2 days): %3"), since,
                    item.cadence_days, _starter(item))
    return item.reason or translate("cli", "reminder")


def print_list(result: TodayList) -> None:
    counts = result.counts()
    summary = ", ".join(_count(s, n) for s, n in counts.items() if n)
    dates = words.dates()
    print(fill(translate("cli", "%1: %2"), dates.long_date(result.today),
               summary or translate("cli", "nothing due, all caught up")))
    for section in Section:
        items = result.section(section)
        if not items:
            continue
        print(f"\n{_title(section)} ({len(items)})")
        for item in items:
            when = ("" if item.is_suggestion
                    else f"{dates.near_date(item.due_on, result.today, dates.short_date)}  ")
            print(f"  {when}{item.contact_name} (#{item.contact_id}): "
                  f"{describe_human(item, result.today)}")
            if item.first_message:
                print("      " + fill(translate("cli", 'first message: "%1"'),
                                      _quote(item.first_message)))


def cmd_due(args: argparse.Namespace) -> int:
    prefs = settings_mod.load(data_dir(args).settings)
    with open_reader(args) as store:
        result = journal.today_list(store, args.today, settings=prefs)
    if args.json:
        print_json(due_json(result))
    else:
        print_list(result)
    return 0
