"""``netjournal add "LINE"``: quick capture from a terminal, same parser as the GUI."""

from __future__ import annotations

import argparse
import datetime as dt

from netjournal.cli import words
from netjournal.cli.common import CommandError, add_command, open_writer, print_json
from netjournal.cli.messages import QT_TRANSLATE_NOOP
from netjournal.cli.words import fill, translate
from netjournal.domain.capture_rules import Verdict
from netjournal.domain.followups import local_date
from netjournal.domain.hygiene import clean_text
from netjournal.domain.quickentry import LineProblem, ParsedLine, Problem, parse
from netjournal.domain.values import Channel, Contact, Event
from netjournal.storage import recognise
from netjournal.storage.capture import CaptureResult, capture
from netjournal.storage.convert import now_utc
from netjournal.storage.store import Store

# English in JSON ("message"); human output translates them in the "cli" context.
PROBLEM_WORDS: dict[LineProblem, str] = {
    LineProblem.NO_NAME: QT_TRANSLATE_NOOP("cli", "the line must start with the person's name"),
    LineProblem.NAME_UNCLEAR: QT_TRANSLATE_NOOP(
        "cli", "where does the name end? capitalise it (Budi Santoso likes dogs) or end it "
               "with a colon (budi santoso: likes dogs)"),
    LineProblem.UNCLOSED_PARENTHESIS: QT_TRANSLATE_NOOP("cli", "the parenthesis is not closed"),
    LineProblem.UNCLOSED_QUOTE: QT_TRANSLATE_NOOP("cli", "the quote is not closed"),
    LineProblem.EMPTY_QUOTE: QT_TRANSLATE_NOOP("cli", "the quotes are empty"),
    LineProblem.SECOND_EVENT: QT_TRANSLATE_NOOP("cli", "only one @event per line"),
    LineProblem.UNKNOWN_WHEN: QT_TRANSLATE_NOOP(
        "cli", "not a follow-up date (try !3d, !1w, !besok or !2026-12-01)"),
    LineProblem.BAD_DATE: QT_TRANSLATE_NOOP("cli", "there is no such date"),
    LineProblem.WHEN_IN_PAST: QT_TRANSLATE_NOOP("cli", "the follow-up date is in the past"),
    LineProblem.WHEN_TOO_FAR: QT_TRANSLATE_NOOP("cli", "the follow-up date is too far ahead"),
    LineProblem.SECOND_WHEN: QT_TRANSLATE_NOOP("cli", "only one !when per line"),
}

LISTED = 10  # most candidates a question lists (the closest first)

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
    what = translate("cli", PROBLEM_WORDS[problem.code])
    if problem.text:
        return fill(translate("cli", "column %1: %2: %3"), problem.start + 1, what,
                    repr(problem.text))
    return fill(translate("cli", "column %1: %2"), problem.start + 1, what)


def cmd_add(args: argparse.Namespace) -> int:
    text = clean_text(" ".join(args.line))  # no NUL, ESC or line break gets stored
    now = now_utc()
    today = local_date(now)
    met_on = args.date or today
    if parse(text, met_on).blank:
        raise CommandError(translate("cli", "the line is empty"))
    session = Event(name=args.event.strip()) if args.event and args.event.strip() else None
    with open_writer(args) as store:
        line = recognise.parse_line(store, text, met_on)  # !1w counts from the meeting
        if line.problems and not (args.force and line.savable):
            found = "; ".join(describe(p) for p in line.problems)
            if line.savable:
                text = translate("cli", "%1 problems in the line, nothing added (%2); fix "
                                        "the line or add --force")
            else:
                text = translate("cli", "%1 problems in the line, nothing added (%2)")
            raise CommandError(fill(text, len(line.problems), found))
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
            raise CommandError(fill(translate("cli", "there is no contact #%1"),
                                    line.contact_ref))
        return line.contact_ref
    if new:
        return None
    found = recognise.resolve(store, line)
    if not found.asks:
        return found.contact_id
    shown = found.candidates[:LISTED]
    rows = store.contacts.summaries([c.id for c in shown])
    listed, details = [], []
    for c in shown:
        s = rows.get(c.id)
        where = ", ".join(x for x in (s.title, s.company) if x) if s else ""
        listed.append(f"#{c.id} {c.name}" + (f" ({where})" if where else ""))
        if s is not None and s.last_interaction_at is not None:
            details.append(fill(translate("cli", "%1: last met %2"), listed[-1],
                                words.dates().short_date(local_date(s.last_interaction_at))))
        else:
            details.append(listed[-1])
    if len(found.candidates) > len(shown):
        listed.append(fill(translate("cli", "and %1 more"), len(found.candidates) - len(shown)))
    choose = fill(translate("cli", "nothing added: put #ID in place of the name for one of "
                                   "them (%1), or add --new for another person"),
                  ", ".join(listed))
    if found.verdict == Verdict.SHARED:
        why = fill(translate("cli", "%1 contacts are named %2"), len(found.candidates),
                   repr(line.name))
    elif found.verdict == Verdict.OTHER_COMPANY:
        why = fill(translate("cli", "%1 in the journal works at %2, not %3"), repr(line.name),
                   repr(found.candidates[0].company), repr(line.company))
    else:
        why = fill(translate("cli", "%1 is not in the journal but is close to %2 contacts"),
                   repr(line.name), len(found.candidates))
    raise CommandError(fill(translate("cli", "%1; %2"), why, choose), details=details)


def _refuse_a_repeat(store: Store, contact_id: int, line: ParsedLine, session: Event | None,
                     met_on: dt.date) -> None:
    typed = line.event or (session.name if session else "")
    event = recognise.matching_event(store, typed, met_on) if typed else None
    if typed and event is None:
        return  # a new event: not the line saved before
    repeat = recognise.repeat_of(store, contact_id, line, event.id if event else None)
    if repeat is not None:
        minutes = int((now_utc() - repeat.saved_at).total_seconds() // 60)
        ago = (fill(translate("cli", "%1 minutes ago"), minutes) if minutes
               else translate("cli", "just now"))
        name = store.contacts.get(contact_id).name
        raise CommandError(fill(translate(
            "cli", "the same line was logged for %1 (#%2) %3: nothing added; add --again to "
                   "log it anyway"), name, contact_id, ago))


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
    """What ``add`` did, in the run's language (the UI's words for the channel and kind)."""
    where = ", ".join(x for x in (card.title, card.company) if x)
    who = result.contact_name + (f" ({where})" if where else "")
    verb = (translate("cli", "created contact #%1: %2") if result.created
            else translate("cli", "added to contact #%1: %2"))
    print(fill(verb, result.contact_id, who))
    if line.name and line.name != result.contact_name:
        print("  " + fill(translate("cli", "name as typed: %1"), line.name))
    if card.tags:
        print("  " + fill(translate("cli", "tags: %1"), " ".join("#" + t for t in card.tags)))
    dates = words.dates()
    met = dates.short_date(result.met_on)
    channel = words.label(Channel.IN_PERSON)
    if result.event_name and result.event_created:
        text = fill(translate("cli", "logged meeting #%1: %2 at %3 (new event) on %4"),
                    result.interaction_id, channel, result.event_name, met)
    elif result.event_name:
        text = fill(translate("cli", "logged meeting #%1: %2 at %3 (event #%4) on %5"),
                    result.interaction_id, channel, result.event_name, result.event_id, met)
    else:
        text = fill(translate("cli", "logged meeting #%1: %2 on %3"),
                    result.interaction_id, channel, met)
    print(text)
    print("  " + (fill(translate("cli", "note: %1"), result.note) if result.note
                  else translate("cli", "no note")))
    kind = words.label(result.follow_up_kind)
    due = dates.short_date(result.follow_up_due)
    print(fill(translate("cli", "follow-up #%1: %2 by %3: %4"), result.follow_up_id, kind, due,
               reason) if reason else
          fill(translate("cli", "follow-up #%1: %2 by %3"), result.follow_up_id, kind, due))
    for problem in line.problems:
        print("  " + fill(translate("cli", "kept despite: %1"), describe(problem)))
