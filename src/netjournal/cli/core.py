"""``search`` and ``check``: the journal itself."""

from __future__ import annotations

import argparse

from netjournal.cli import words
from netjournal.cli.common import (
    CommandError,
    add_command,
    open_reader,
    print_json,
)
from netjournal.cli.words import fill, translate
from netjournal.domain.followups import local_date
from netjournal.storage.search import ContactFilter, searchable


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "search", cmd_search, "print contacts (and interactions) matching")
    p.add_argument("query", nargs="+", help="words to find (prefixes match; accents ignored)")
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="at most this many contacts and this many interactions (default 50); "
                        "a cut list ends with how many more matched")
    p.add_argument("--json", action="store_true", help="print JSON")

    add_command(sub, "check", cmd_check, "check the database's integrity")


def and_more(n: int) -> str:
    """The line that ends a cut list: ``and 12 more``."""
    return fill(translate("cli", "and %1 more"), n)


def cmd_search(args: argparse.Namespace) -> int:
    text = " ".join(args.query).strip()
    if not searchable(text):
        if text:
            raise CommandError(fill(translate(
                "cli", "%1 has no word or symbol to look for: give a name, a word or an "
                       "emoji to find"), repr(text)))
        raise CommandError(translate("cli", "the query is empty: give a name, a word or an "
                                            "emoji to find"))
    if args.limit < 1:
        raise CommandError(fill(translate("cli", "--limit must be 1 or more, not %1"),
                                args.limit))
    with open_reader(args) as store:
        ids = store.search.contact_ids(ContactFilter(text=text), limit=args.limit)
        more_contacts = (store.search.count(ContactFilter(text=text)) - len(ids)
                         if len(ids) == args.limit else 0)
        rows = store.contacts.summaries(ids)
        contacts = [rows[i] for i in ids if i in rows]
        all_interactions = store.search.interaction_ids(text, limit=None)
        interaction_ids = all_interactions[:args.limit]
        more_interactions = len(all_interactions) - len(interaction_ids)
        interactions = store.interactions.many(interaction_ids)
        names = store.contacts.summaries(
            sorted({p for i in interactions.values() for p in i.participant_ids}))
    if args.json:
        print_json([{"id": c.id, "name": c.name, "company": c.company, "title": c.title,
                     "tags": list(c.tags), "tie_strength": c.tie_strength.value,
                     "last_contact": c.last_interaction_at.isoformat()
                     if c.last_interaction_at else None,
                     "last_contact_on": local_date(c.last_interaction_at).isoformat()
                     if c.last_interaction_at else None} for c in contacts])
        return 0
    if not contacts and not interactions:
        print(fill(translate("cli", "nothing matches “%1”"), text))
        return 0
    for c in contacts:
        where = ", ".join(x for x in (c.title, c.company) if x)
        tags = " ".join(f"#{t}" for t in c.tags)
        print(f"{c.id:>7}  {c.name}" + (f" ({where})" if where else "")
              + (f"  {tags}" if tags else ""))
    if more_contacts > 0:
        print(f"{'':>7}  {and_more(more_contacts)}")
    if interactions:
        print("\n" + translate("cli", "interactions:"))
        dates = words.dates()
        from netjournal.wording import label  # the app's words for channels (needs QtCore)
        width = max(len(label(it.channel)) for it in interactions.values())
        for iid in interaction_ids:
            it = interactions.get(iid)
            if it is None:
                continue
            who = ", ".join(names[p].name for p in it.participant_ids if p in names)
            text_line = (it.summary or it.goal or it.learned).replace("\n", " ")
            day = local_date(it.occurred_at)  # the reader's day (a day-only meeting: its own)
            print(f"{dates.short_date(day)}  {label(it.channel):<{width}}  {who}: "
                  f"{text_line[:80]}")
        if more_interactions > 0:
            print(and_more(more_interactions))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_reader(args, full_check=True) as store:
        problems = store.check()
        contacts = 0 if problems else store.contacts.count()
    if problems:
        for p in problems:
            print(p)
        raise CommandError(fill(translate("cli", "%1 problems found in %2 (listed above)"),
                                len(problems), store.where), details=problems)
    print(fill(translate("cli", "ok: %1 is healthy (%2 contacts)"), store.where, contacts))
    if store.on_server:
        print(translate("cli", "checked on the server: the schema steps, the search index "
                               "against its rows, the foreign keys and the last-contact "
                               "dates (the server looks after its own pages)"))
    return 0

