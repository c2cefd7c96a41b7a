"""``netjournal print``: the one-page contact summary, as a PDF, with no display needed."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from netjournal import settings as settings_mod
from netjournal.cli import words
from netjournal.cli.common import (
    CommandError,
    add_command,
    data_dir,
    open_reader,
    print_json,
)
from netjournal.cli.messages import reword
from netjournal.cli.naming import CONTACT_HELP, resolve_contact
from netjournal.cli.words import fill, translate
from netjournal.domain.ties import Cadences
from netjournal.domain.values import Event
from netjournal.report import ReportError
from netjournal.storage.store import Store

PAGE_SIZE_NAMES = {"a4": "A4", "letter": "Letter"}


def _page_size_arg(text: str) -> str:
    return PAGE_SIZE_NAMES.get(text.strip().lower(), text)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "print", cmd_print,
                    "print a one-page summary of a contact (or of everyone met at an "
                    "event) to a PDF")
    p.add_argument("contact", nargs="?", metavar="CONTACT", help=CONTACT_HELP)
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                   help="the PDF to write (replaced if it exists)")
    p.add_argument("--all-from-event", metavar="NAME",
                   help="one page for each contact met at this event (its name or id)")
    p.add_argument("--page-size", type=_page_size_arg, choices=("A4", "Letter"),
                   help="paper size (default: the settings, else the locale's)")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")


def resolve_event(store: Store, text: str) -> Event:
    """The event named ``text`` (or with that id); the latest if several share the name."""
    text = text.strip()
    events = store.events.find(text)
    if not events and text.removeprefix("#").isdigit():
        events = [store.events.get(int(text.removeprefix("#")))]
    if not events:
        raise CommandError(fill(translate("cli", "no event is named %1"), repr(text)))
    if len(events) > 1:
        dates = words.dates()

        def when(e: Event) -> str:
            return (dates.short_date(e.starts_on) if e.starts_on
                    else translate("cli", "no date"))

        others = ", ".join(f"#{e.id} ({when(e)})" for e in events[1:])
        print("netjournal print: " + fill(translate(
            "cli", "%1 events are named %2; printing the latest, #%3 (%4). Give an id for "
                   "another: %5"), len(events), repr(text), events[0].id, when(events[0]),
            others), file=sys.stderr)
    return events[0]


def ensure_gui_application() -> object:
    """The QGuiApplication that fonts need, created offscreen if there is none yet."""
    # Nothing is shown: the offscreen platform works without a display (unless the
    # user chose a platform).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["netjournal"])
    return app


def cmd_print(args: argparse.Namespace) -> int:
    if bool(args.contact) == bool(args.all_from_event):
        raise CommandError(translate("cli", "give either a CONTACT or --all-from-event NAME"))
    output = Path(args.output).expanduser()
    if output.is_dir():
        raise CommandError(fill(translate(
            "cli", "%1 is a folder; give a file name such as summary.pdf"), output))
    if output.suffix.lower() != ".pdf":
        raise CommandError(fill(translate(
            "cli", "%1 is not a .pdf name and the summary is a PDF: nothing was written; give "
                   "a name ending in .pdf, such as %2"), output, output.with_suffix(".pdf")))
    folder = data_dir(args)
    prefs = settings_mod.load(folder.settings)
    cadences = Cadences(close=prefs.cadence_close_days, regular=prefs.cadence_regular_days,
                        weak=prefs.cadence_weak_days)
    app = ensure_gui_application()  # noqa: F841 (kept alive while painting)
    words.start_qt()  # the summary's headings and dates in the run's language
    from netjournal.report import data as report_data
    from netjournal.report import pdf

    now = dt.datetime.now(dt.UTC)
    event = None
    with open_reader(args) as store:
        if args.all_from_event:
            event = resolve_event(store, args.all_from_event)
            assert event.id is not None
            ids = store.events.contact_ids(event.id)
            if not ids:
                raise CommandError(fill(translate("cli", "nobody is recorded as met at %1"),
                                        repr(event.name)))
        else:
            ids = [resolve_contact(store, args.contact)]
        summaries = [report_data.gather(store, cid, now=now, cadences=cadences)
                     for cid in ids]
    try:
        page_size = pdf.page_size_for(args.page_size or prefs.page_size)
        pages = pdf.write_pdf(output, summaries, page_size=page_size)
    except ReportError as e:
        raise CommandError(reword(str(e))) from e
    except OSError as e:
        raise CommandError(fill(translate("cli", "%1 cannot be written: %2"), output,
                                reword(str(e.strerror or e)))) from e
    if args.json:
        print_json({
            "output": str(output), "pages": len(pages), "page_size": page_size.key(),
            "event": event.name if event else None,
            "contacts": [{"id": s.contact.id, "name": s.contact.name,
                          "left_out": page.left_out}
                         for s, page in zip(summaries, pages, strict=True)],
        })
        return 0
    if event is not None:
        written = (translate("cli", "1 page") if len(pages) == 1
                   else fill(translate("cli", "%1 pages"), len(pages)))
        print(fill(translate("cli", "wrote %1, one per contact met at %2, to %3"),
                   written, event.name, output))
    else:
        print(fill(translate("cli", "wrote the summary of %1 to %2"),
                   summaries[0].contact.name, output))
    return 0
