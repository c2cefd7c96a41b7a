"""``netjournal add "LINE"``: quick capture from a terminal, same parser as the GUI."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from netjournal.cli.common import CommandError, add_command, counted, open_writer, print_json
from netjournal.domain.capture_rules import Verdict
from netjournal.domain.followups import local_date
from netjournal.domain.hygiene import clean_text
from netjournal.domain.quickentry import LineProblem, ParsedLine, Problem, parse
from netjournal.domain.values import Contact, Event, FollowUpKind
from netjournal.storage import recognise
from netjournal.storage.capture import CaptureResult, capture
from netjournal.storage.convert import now_utc
from netjournal.storage.store import Store

PROBLEM_WORDS: dict[LineProblem, str] = {
    LineProblem.NO_NAME: "the line must start with the person's name",
    LineProblem.NAME_UNCLEAR: "where does the name end? capitalise it (Budi Santoso likes "
                              "dogs) or end it with a colon (budi santoso: likes dogs)",
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

LISTED = 10  # most candidates a question lists (the closest first)

KIND_WORDS = {FollowUpKind.THANK_YOU: "say thank you", FollowUpKind.NEXT_STEP: "next step"}

EPILOG = """\
the line: NAME (COMPANY, TITLE) @EVENT #TAG !WHEN NOTE
  name first: someone in the journal in any case (agus pangaribuan catch up), or a new
  name that ends at ( @ # ! , : or a lone dash, else after its capitalised words
  (Rina Kusuma talked about hiring); #ID in place of the name means that contact
  (company) or (company, title) right after the name
  @JakartaJS or @"PyCon ID 2026": a recent event of that or a similar name, else a new one
  #tags; the rest is the note (never the to-do)
  !WHEN: !3d !1w !2w !1mo, !today !tomorrow !nextweek, !besok !lusa !minggu-depan,
         !3h (hari) !1mg (minggu) !2bln (bulan), or a date !2026-12-01
  !WHEN: STEP states the next step: !1w: send the deck (up to the next marker)
  without !WHEN a thank-you is due the day after the meeting
a name shared by several contacts or close to one is a question: nothing is added,
the candidates are listed; answer with #ID in place of the name, or --new.
the same line for the same person within 10 minutes is refused (--again logs it).
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
                   help="a new person, even if a contact has this or a similar name")
    p.add_argument("--again", action="store_true",
                   help="log the line even if it was just logged for this person")
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
    if parse(text, met_on).blank:
        raise CommandError("the line is empty")
    session = Event(name=args.event.strip()) if args.event and args.event.strip() else None
    with open_writer(args) as store:
        line = recognise.parse_line(store, text, met_on)  # !1w counts from the meeting
        if line.problems and not (args.force and line.savable):
            for problem in line.problems:
                print(f"  {describe(problem)}", file=sys.stderr)
            hint = "" if not line.savable else "; fix the line or add --force"
            problems = counted(len(line.problems), "problem", "problems")
            raise CommandError(f"{problems} in the line{hint}")
        into = _who(store, line, new=args.new)
        if into is not None and not args.again:
            _refuse_a_repeat(store, into, line, session, met_on)
        result = capture(store, line, met_on=met_on, into=into, event=session, now=now,
                         by_date=args.date is not None)
        card = store.contacts.get(result.contact_id)
        follow_up = store.followups.get(result.follow_up_id)
    if args.json:
        print_json(as_json(result, line, card, follow_up.reason))
    else:
        print_text(result, line, card, follow_up.reason)
    return 0


def _who(store: Store, line: ParsedLine, *, new: bool) -> int | None:
    """The contact the line goes to (None: a new card), or a question as the error."""
    if line.contact_ref is not None:
        if not store.contacts.exists(line.contact_ref):
            raise CommandError(f"there is no contact #{line.contact_ref}")
        return line.contact_ref
    if new:
        return None
    found = recognise.resolve(store, line)
    if not found.asks:
        return found.contact_id
    shown = found.candidates[:LISTED]
    rows = store.contacts.summaries([c.id for c in shown])
    for c in shown:
        s = rows.get(c.id)
        where = ", ".join(x for x in (s.title, s.company) if x) if s else ""
        last = (f" · last met {s.last_interaction_at.date()}"
                if s is not None and s.last_interaction_at is not None else "")
        print(f"  #{c.id} {c.name}" + (f" ({where})" if where else "") + last,
              file=sys.stderr)
    if len(found.candidates) > len(shown):
        print(f"  and {len(found.candidates) - len(shown)} more", file=sys.stderr)
    choose = ("nothing added: put #ID in place of the name for one of them, "
              "or add --new for another person")
    if found.verdict == Verdict.SHARED:
        raise CommandError(f"{len(found.candidates)} contacts are named {line.name!r}; {choose}")
    if found.verdict == Verdict.OTHER_COMPANY:
        raise CommandError(f"{line.name!r} in the journal works at "
                           f"{found.candidates[0].company!r}, not {line.company!r}; {choose}")
    raise CommandError(f"{line.name!r} is not in the journal but is close to "
                       f"{counted(len(found.candidates), 'contact', 'contacts')}; {choose}")


def _refuse_a_repeat(store: Store, contact_id: int, line: ParsedLine, session: Event | None,
                     met_on: dt.date) -> None:
    typed = line.event or (session.name if session else "")
    event = recognise.matching_event(store, typed, met_on) if typed else None
    if typed and event is None:
        return  # a new event: not the line saved before
    repeat = recognise.repeat_of(store, contact_id, line, event.id if event else None)
    if repeat is not None:
        minutes = int((now_utc() - repeat.saved_at).total_seconds() // 60)
        ago = counted(minutes, "minute", "minutes") + " ago" if minutes else "just now"
        name = store.contacts.get(contact_id).name
        raise CommandError(f"the same line was logged for {name} (#{contact_id}) {ago}: "
                           "nothing added; add --again to log it anyway")


def as_json(result: CaptureResult, line: ParsedLine, card: Contact,
            reason: str) -> dict[str, object]:
    """What ``add --json`` prints: what was saved, and the card as it is now."""
    return {
        "contact_id": result.contact_id, "contact": result.contact_name,
        "created": result.created, "company": card.company, "title": card.title,
        "tags": list(card.tags), "interaction_id": result.interaction_id,
        "met_on": result.met_on.isoformat(), "event_id": result.event_id,
        "event": result.event_name or None, "event_created": result.event_created,
        "follow_up_id": result.follow_up_id, "follow_up_due": result.follow_up_due.isoformat(),
        "follow_up_kind": result.follow_up_kind.value, "follow_up_reason": reason,
        "note": result.note, "step": line.step,
        "problems": [{"code": p.code.value, "start": p.start, "end": p.end, "text": p.text,
                      "message": PROBLEM_WORDS[p.code]} for p in line.problems],
    }


def print_text(result: CaptureResult, line: ParsedLine, card: Contact, reason: str) -> None:
    where = ", ".join(x for x in (card.title, card.company) if x)
    who = result.contact_name + (f" ({where})" if where else "")
    verb = "created contact" if result.created else "added to contact"
    print(f"{verb} #{result.contact_id}: {who}")
    if line.name and line.name != result.contact_name:
        print(f"  name as typed: {line.name}")
    if card.tags:
        print(f"  tags: {' '.join('#' + t for t in card.tags)}")
    at = ""
    if result.event_name:
        which = "new event" if result.event_created else f"event #{result.event_id}"
        at = f" at {result.event_name} ({which})"
    print(f"logged meeting #{result.interaction_id}: in person{at} on {result.met_on}")
    print(f"  note: {result.note}" if result.note else "  no note")
    kind = KIND_WORDS.get(result.follow_up_kind, result.follow_up_kind.value)
    print(f"follow-up #{result.follow_up_id}: {kind} by {result.follow_up_due}"
          + (f": {reason}" if reason else ""))
    for problem in line.problems:
        print(f"  kept despite: {describe(problem)}")
