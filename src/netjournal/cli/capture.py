"""``netjournal add "LINE"``: quick capture from a terminal, same parser as the GUI."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from netjournal.cli.common import CommandError, add_command, counted, open_writer, print_json
from netjournal.domain.followups import local_date
from netjournal.domain.hygiene import clean_text
from netjournal.domain.quickentry import LineProblem, ParsedLine, Problem, parse
from netjournal.domain.values import Contact, Event, FollowUpKind
from netjournal.storage.capture import CaptureResult, capture, merge_target
from netjournal.storage.convert import now_utc

PROBLEM_WORDS: dict[LineProblem, str] = {
    LineProblem.NO_NAME: "the line must start with the person's name",
    LineProblem.UNCLOSED_PARENTHESIS: "the parenthesis is not closed",
    LineProblem.UNCLOSED_QUOTE: "the quote is not closed",
    LineProblem.EMPTY_QUOTE: "the quotes are empty",
    LineProblem.SECOND_EVENT: "only one @event per line",
    LineProblem.UNKNOWN_WHEN: "not a follow-up date (try !3d, !1w, !besok or !2026-12-01)",
    LineProblem.BAD_DATE: "there is no such date",
    LineProblem.WHEN_IN_PAST: "the follow-up date is in the past",
    LineProblem.WHEN_TOO_FAR: "the follow-up date is too far ahead",
    LineProblem.SECOND_WHEN: "only one !when per line",
}

KIND_WORDS = {FollowUpKind.THANK_YOU: "say thank you", FollowUpKind.NEXT_STEP: "next step"}

EPILOG = """\
the line: NAME (COMPANY, TITLE) @EVENT #TAG !WHEN NOTE
  name first; (company) or (company, title) right after it
  @JakartaJS or @"PyCon ID 2026"; #tags; the rest is the note
  !WHEN: !3d !1w !2w !1mo, !today !tomorrow !nextweek, !besok !lusa !minggu-depan,
         !3h (hari) !1mg (minggu) !2bln (bulan), or a date !2026-12-01
  without !WHEN a thank-you is due the day after the meeting
quote the line: the shell treats # and ! specially.
"""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "add", cmd_add,
                    "quick capture: one line about someone you just met",
                    epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("line", nargs="+", help='e.g. "Budi Santoso (Tokopedia, PM) @JakartaJS '
                                           '#fintech !1w likes dogs"')
    p.add_argument("--event", metavar="NAME",
                   help="where you met, when the line has no @event (found or created)")
    p.add_argument("--date", metavar="YYYY-MM-DD", type=_date,
                   help="the day you met (default today); !WHEN counts from it, and the "
                        "meeting stays on that day in every time zone")
    p.add_argument("--new", action="store_true",
                   help="always make a new card, even if a contact has this name")
    p.add_argument("--force", action="store_true",
                   help="save a line with problems anyway (what was not understood goes "
                        "into the note)")
    p.add_argument("--json", action="store_true", help="print JSON")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def describe(problem: Problem) -> str:
    """One problem in words, with where it is (1-based column) and what was typed."""
    words = PROBLEM_WORDS[problem.code]
    if problem.text:
        return f"column {problem.start + 1}: {words}: {problem.text!r}"
    return f"column {problem.start + 1}: {words}"


def cmd_add(args: argparse.Namespace) -> int:
    text = clean_text(" ".join(args.line))  # no NUL, ESC or line break gets stored
    now = now_utc()
    today = local_date(now)
    met_on = args.date or today
    line = parse(text, met_on)  # !1w counts from the day of the meeting
    if line.blank:
        raise CommandError("the line is empty")
    if line.problems and not (args.force and line.savable):
        for problem in line.problems:
            print(f"  {describe(problem)}", file=sys.stderr)
        hint = "" if not line.savable else "; fix the line or add --force"
        problems = counted(len(line.problems), "problem", "problems")
        raise CommandError(f"{problems} in the line{hint}")
    session = Event(name=args.event.strip()) if args.event and args.event.strip() else None
    with open_writer(args) as store:
        into = None if args.new else merge_target(store, line)
        result = capture(store, line, met_on=met_on, into=into, event=session,
                         now=now, by_date=args.date is not None)
        card = store.contacts.get(result.contact_id)
    if args.json:
        print_json(as_json(result, line, card))
    else:
        print_text(result, line, card)
    return 0


def as_json(result: CaptureResult, line: ParsedLine, card: Contact) -> dict[str, object]:
    """What ``add --json`` prints: what was saved, and the card as it is now."""
    return {
        "contact_id": result.contact_id, "contact": result.contact_name,
        "created": result.created, "company": card.company, "title": card.title,
        "tags": list(card.tags), "interaction_id": result.interaction_id,
        "met_on": result.met_on.isoformat(), "event_id": result.event_id,
        "event": result.event_name or None, "event_created": result.event_created,
        "follow_up_id": result.follow_up_id, "follow_up_due": result.follow_up_due.isoformat(),
        "follow_up_kind": result.follow_up_kind.value, "note": result.note,
        "problems": [{"code": p.code.value, "start": p.start, "end": p.end, "text": p.text,
                      "message": PROBLEM_WORDS[p.code]} for p in line.problems],
    }


def print_text(result: CaptureResult, line: ParsedLine, card: Contact) -> None:
    where = ", ".join(x for x in (card.title, card.company) if x)
    who = result.contact_name + (f" ({where})" if where else "")
    verb = "created contact" if result.created else "added to contact"
    print(f"{verb} #{result.contact_id}: {who}")
    if card.tags:
        print(f"  tags: {' '.join('#' + t for t in card.tags)}")
    at = f" at {result.event_name}" if result.event_name else ""
    print(f"logged meeting #{result.interaction_id}: in person{at} on {result.met_on}")
    if result.note:
        print(f"  note: {result.note}")
    kind = KIND_WORDS.get(result.follow_up_kind, result.follow_up_kind.value)
    print(f"follow-up #{result.follow_up_id}: {kind} by {result.follow_up_due}")
    for problem in line.problems:
        print(f"  kept despite: {describe(problem)}")
