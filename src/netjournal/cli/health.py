"""``netjournal health``: network health week by week, the same numbers as the app's page."""

from __future__ import annotations

import argparse
import datetime as dt

from netjournal import settings as settings_mod
from netjournal.cli import words
from netjournal.cli.common import (
    CommandError,
    add_command,
    data_dir,
    open_reader,
    print_json,
)
from netjournal.cli.words import fill, translate
from netjournal.domain import health as rules
from netjournal.domain.health import WeekHealth
from netjournal.storage import health
from netjournal.storage.journal import cadences_of, local_today

TABLE_WEEKS = 12  # the human table shows the latest weeks; the summary counts them all
MAX_WEEKS = 520


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "health", cmd_health,
                    "network health by week: touches by kind, give and take, follow-up "
                    "discipline, ties reconnected and gone dormant")
    p.add_argument("--json", action="store_true",
                   help='print JSON: {"weeks": [{"week_start": "YYYY-MM-DD", ...}, ...]}, '
                        "oldest first")
    p.add_argument("--weeks", type=int, default=rules.WEEKS, metavar="N",
                   help=f"how many weeks up to this one (default {rules.WEEKS})")
    p.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="take this date as today (default: today's local date)")


def cmd_health(args: argparse.Namespace) -> int:
    if not 1 <= args.weeks <= MAX_WEEKS:
        raise CommandError(f"--weeks must be between 1 and {MAX_WEEKS}, not {args.weeks}")
    prefs = settings_mod.load(data_dir(args).settings)
    today = args.today or local_today()
    with open_reader(args) as store:
        rows = health.last_weeks(store, today=today, count=args.weeks,
                                 cadences=cadences_of(prefs))
    if args.json:
        print_json({"weeks": [r.as_json() for r in rows]})
    else:
        print_summary(rows)
    return 0


def _headers() -> list[str]:
    return [translate("cli", "week of"), translate("cli", "face"), translate("cli", "voice"),
            translate("cli", "written"), translate("cli", "given"),
            translate("cli", "received"), translate("cli", "done"), translate("cli", "late"),
            translate("cli", "let go"), translate("cli", "back"),
            translate("cli", "dormant")]


def print_summary(rows: tuple[WeekHealth, ...]) -> None:
    """A few lines of totals, then the latest weeks as a table."""
    dates = words.dates()
    t = rules.totals(rows)
    print(fill(translate("cli", "Network health, %1 weeks from %2"), t.weeks,
               dates.short_date(rows[0].week_start)))
    print("  " + fill(translate("cli", "touches: %1 (%2% face to face, %3 by voice or video, "
                                       "%4 written)"),
                      t.touches, t.face_to_face_percent, t.voice_video, t.written))
    print("  " + fill(translate("cli", "favours: %1 given, %2 received"), t.given, t.received))
    print("  " + fill(translate("cli", "follow-ups: %1 done, %2 late, %3 let go"),
                      t.follow_ups_done, t.follow_ups_late, t.follow_ups_let_go))
    print("  " + fill(translate("cli", "ties: %1 reconnected, %2 gone dormant"),
                      t.reconnected, t.gone_dormant))
    latest = rows[-TABLE_WEEKS:]
    cells = [[dates.short_date(r.week_start), *(str(getattr(r, k)) for k in rules.COUNT_KEYS)]
             for r in latest]
    head = _headers()
    widths = [max(len(head[i]), *(len(c[i]) for c in cells)) for i in range(len(head))]
    print()
    print("  ".join(h.ljust(widths[0]) if i == 0 else h.rjust(widths[i])
                    for i, h in enumerate(head)).rstrip())
    for c in cells:
        print("  ".join(v.ljust(widths[0]) if i == 0 else v.rjust(widths[i])
                        for i, v in enumerate(c)).rstrip())
    print(translate("cli", "face: in person and events; voice: calls and video; written: "
                           "messages, email and social; back: ties reconnected"))
