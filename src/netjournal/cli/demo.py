"""``netjournal demo``: fill a data folder with realistic generated data."""

from __future__ import annotations

import argparse
import sys
import time

from netjournal import demo
from netjournal.cli.common import add_command, open_writer
from netjournal.cli.words import fill, translate


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "demo", cmd_demo,
                    "fill an empty data folder with realistic, deterministic demo data")
    p.add_argument("--contacts", type=int, default=500, metavar="N",
                   help="how many contacts (default 500)")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="random seed: the same seed gives the same journal (default 1)")
    p.add_argument("--quiet", "-q", action="store_true", help="print only the summary")


def cmd_demo(args: argparse.Namespace) -> int:
    started = time.monotonic()

    def progress(done: int) -> None:
        if not args.quiet and sys.stderr.isatty():
            print(f"\r{done}/{args.contacts} contacts", end="", file=sys.stderr, flush=True)

    # Exclusive: the app must not have the folder open while thousands of rows go in.
    # One transaction: a full disk or an interruption leaves the folder as it was.
    with open_writer(args) as store, store.atomic():
        report = demo.generate(store, args.contacts, args.seed, progress=progress)
        path = store.where
    if not args.quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    # The counts are the journal's own, read back after writing.
    print(fill(translate("cli", "created %1 contacts, %2 interactions, %3 events and %4 open "
                                "follow-ups in %5 (%6 s)"),
               report.contacts, report.interactions, report.events, report.follow_ups, path,
               f"{time.monotonic() - started:.1f}"))
    return 0
