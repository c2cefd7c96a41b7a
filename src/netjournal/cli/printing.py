"""``netjournal print``: the one-page contact summary, as a PDF, with no display needed."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from netjournal import settings as settings_mod
from netjournal.cli.common import (
    CommandError,
    add_command,
    counted,
    data_dir,
    open_reader,
    print_json,
)
from netjournal.domain.details import fold
from netjournal.domain.ties import Cadences
from netjournal.domain.values import Event
from netjournal.report import ReportError
from netjournal.storage.search import ContactFilter
from netjournal.storage.store import Store

LISTED = 15  # matches listed for an ambiguous name
SEARCHED = 500  # search results looked at when no name matches exactly
PAGE_SIZE_NAMES = {"a4": "A4", "letter": "Letter"}


def _page_size_arg(text: str) -> str:
    return PAGE_SIZE_NAMES.get(text.strip().lower(), text)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "print", cmd_print,
                    "print a one-page summary of a contact (or of everyone met at an "
                    "event) to a PDF")
    p.add_argument("contact", nargs="?", metavar="CONTACT",
                   help="the contact's id, or their name (or the start of it)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                   help="the PDF to write (replaced if it exists)")
    p.add_argument("--all-from-event", metavar="NAME",
                   help="one page for each contact met at this event (its name or id)")
    p.add_argument("--page-size", type=_page_size_arg, choices=("A4", "Letter"),
                   help="paper size (default: the settings, else the locale's)")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")


def _describe(store: Store, ids: list[int]) -> str:
    rows = store.contacts.summaries(ids)
    lines = []
    for cid in ids[:LISTED]:
        c = rows.get(cid)
        if c is None:
            continue
        where = ", ".join(x for x in (c.title, c.company) if x)
        lines.append(f"  {cid:>6}  {c.name}" + (f" ({where})" if where else ""))
    if len(ids) > LISTED:
        lines.append(f"  ... and {len(ids) - LISTED} more")
    return "\n".join(lines)


def _name_matches(name: str, words: list[str]) -> bool:
    """Every word typed starts a word of the name (case and accents ignored)."""
    parts = fold(name).split()
    return all(any(p.startswith(w) for p in parts) for w in words)


def resolve_contact(store: Store, text: str) -> int:
    """The one live contact ``text`` names: an id (``12`` or ``#12``), or a name.

    A name is first matched exactly (case-insensitive); failing that, each word typed
    must start a word of the name, accents ignored (``budi san`` finds Budi Santoso).
    Raises ``CommandError`` when there is no such contact or several.
    """
    text = text.strip()
    if not text:
        raise CommandError("give a contact's id or name")
    if text.removeprefix("#").isdigit():
        cid = int(text.removeprefix("#"))
        if not store.contacts.exists(cid):
            raise CommandError(f"there is no contact #{cid}")
        return cid
    ids = store.contacts.find_by_name(text)
    if not ids:
        words = fold(text).split()
        found = store.search.contact_ids(ContactFilter(text=text), limit=SEARCHED)
        rows = store.contacts.summaries(found)
        ids = [i for i in found if i in rows and _name_matches(rows[i].name, words)]
    if not ids:
        raise CommandError(f"no contact is named {text!r}")
    if len(ids) > 1:
        raise CommandError(f"{text!r} matches {len(ids)} contacts; give the id of the one "
                           f"to print:\n{_describe(store, ids)}")
    return ids[0]


def resolve_event(store: Store, text: str) -> Event:
    """The event named ``text`` (or with that id); the latest if several share the name."""
    text = text.strip()
    events = store.events.find(text)
    if not events and text.removeprefix("#").isdigit():
        events = [store.events.get(int(text.removeprefix("#")))]
    if not events:
        raise CommandError(f"no event is named {text!r}")
    if len(events) > 1:
        others = ", ".join(f"#{e.id} ({e.starts_on or 'no date'})" for e in events[1:])
        print(f"netjournal print: {len(events)} events are named {text!r}; printing the "
              f"latest, #{events[0].id} ({events[0].starts_on or 'no date'}). Give an id "
              f"for another: {others}", file=sys.stderr)
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
        raise CommandError("give either a CONTACT or --all-from-event NAME")
    output = Path(args.output).expanduser()
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give a file name such as summary.pdf")
    folder = data_dir(args)
    prefs = settings_mod.load(folder.settings)
    cadences = Cadences(close=prefs.cadence_close_days, regular=prefs.cadence_regular_days,
                        weak=prefs.cadence_weak_days)
    app = ensure_gui_application()  # noqa: F841 (kept alive while painting)
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
                raise CommandError(f"nobody is recorded as met at {event.name!r}")
        else:
            ids = [resolve_contact(store, args.contact)]
        summaries = [report_data.gather(store, cid, now=now, cadences=cadences)
                     for cid in ids]
    try:
        page_size = pdf.page_size_for(args.page_size or prefs.page_size)
        pages = pdf.write_pdf(output, summaries, page_size=page_size)
    except ReportError as e:
        raise CommandError(str(e)) from e
    except OSError as e:
        raise CommandError(f"{output} cannot be written: {e.strerror or e}") from e
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
        print(f"wrote {counted(len(pages), 'page', 'pages')}, one per contact met at "
              f"{event.name}, "
              f"to {output}")
    else:
        print(f"wrote the summary of {summaries[0].contact.name} to {output}")
    return 0
