"""``duplicates`` and ``merge``: find contacts entered twice and make them one."""

from __future__ import annotations

import argparse

from netjournal.cli.common import (
    CommandError,
    add_command,
    data_dir,
    open_reader,
    open_writer,
    print_json,
)
from netjournal.cli.messages import reword
from netjournal.cli.words import fill, translate
from netjournal.domain.duplicates import Group, Reason, Why
from netjournal.domain.mergecard import combine
from netjournal.domain.values import ContactSummary
from netjournal.interop import InteropError, serverbackups
from netjournal.storage import NotFoundError, backups
from netjournal.storage.merge import MergeRecord

BACKUP_PREFIX = "before-merge-"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "duplicates", cmd_duplicates,
                    "list contacts that look like one person entered twice, and why "
                    "(the same email, LinkedIn profile or phone, or a similar name at the "
                    "same company)")
    p.add_argument("--json", action="store_true",
                   help="print JSON: a list of groups, each with its contacts (id, name, "
                        "company) and reasons (why, value)")

    p = add_command(sub, "merge", cmd_merge,
                    "merge the second contact into the first: the first keeps its values "
                    "and gets the second's where it has none, both sets of details and "
                    "tags, and the second's timeline, offers, favours, follow-ups and "
                    "introductions; the second goes to the bin. A backup is taken first.")
    p.add_argument("keep", type=_contact_id, metavar="ID", help="the contact to keep")
    p.add_argument("gone", type=_contact_id, metavar="ID",
                   help="the contact merged into it")


def _contact_id(text: str) -> int:
    try:
        value = int(text.strip().lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a contact id: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a contact id: {text!r}")
    return value


def reason_words(reason: Reason) -> str:
    """One reason in the run's language."""
    if reason.why == Why.EMAIL:
        return fill(translate("cli", "the same email %1"), reason.value)
    if reason.why == Why.PROFILE:
        return fill(translate("cli", "the same LinkedIn profile %1"), reason.value)
    if reason.why == Why.PHONE:
        return fill(translate("cli", "the same phone +%1"), reason.value)
    if reason.why == Why.NAME:
        return translate("cli", "the same name")
    return translate("cli", "a similar name at the same company")


def _group_json(group: Group, names: dict[int, ContactSummary]) -> dict[str, object]:
    return {"ids": list(group.ids),
            "contacts": [{"id": i, "name": names[i].name, "company": names[i].company}
                         for i in group.ids if i in names],
            "reasons": [{"why": r.why.value, "value": r.value} for r in group.reasons]}


def cmd_duplicates(args: argparse.Namespace) -> int:
    with open_reader(args) as store:
        groups = store.merges.duplicate_groups()
        names = store.contacts.summaries(sorted({i for g in groups for i in g.ids}))
    if args.json:
        print_json([_group_json(g, names) for g in groups])
        return 0
    if not groups:
        print(translate("cli", "no duplicates found"))
        return 0
    for n, group in enumerate(groups):
        if n:
            print()
        for i in group.ids:
            c = names.get(i)
            if c is not None:
                print(f"{i:>7}  {c.name}" + (f" ({c.company})" if c.company else ""))
        print("         " + "; ".join(reason_words(r) for r in group.reasons))
    found = (translate("cli", "1 group") if len(groups) == 1
             else fill(translate("cli", "%1 groups"), len(groups)))
    print("\n" + fill(translate("cli", "%1; `netjournal merge ID ID` merges the second "
                                       "contact into the first"), found))
    return 0


def _moved_words(record: MergeRecord) -> str:
    counts = record.counts
    parts = [
        (counts.get("participant", 0), translate("cli", "1 interaction"),
         translate("cli", "%1 interactions")),
        (counts.get("offer", 0), translate("cli", "1 offer"), translate("cli", "%1 offers")),
        (counts.get("exchange", 0), translate("cli", "1 favour"),
         translate("cli", "%1 favours")),
        (counts.get("follow_up", 0), translate("cli", "1 follow-up"),
         translate("cli", "%1 follow-ups")),
        (counts.get("introduction", 0), translate("cli", "1 introduction"),
         translate("cli", "%1 introductions")),
    ]
    said = [one if n == 1 else fill(many, n) for n, one, many in parts if n]
    return ", ".join(said) if said else translate("cli", "nothing else")


def cmd_merge(args: argparse.Namespace) -> int:
    if args.keep == args.gone:
        raise CommandError(fill(translate(
            "cli", "both ids are contact #%1: give two different contacts; nothing was "
                   "merged"), args.keep))
    folder = data_dir(args)
    with open_writer(args) as store:
        try:
            first = store.contacts.get(args.keep)
            second = store.contacts.get(args.gone)
        except NotFoundError as e:
            missing = args.keep if not store.contacts.exists(args.keep) else args.gone
            raise CommandError(fill(translate(
                "cli", "there is no contact #%1 (`netjournal search` finds ids); nothing "
                       "was merged"), missing)) from e
        if store.on_server:
            try:
                backup = serverbackups.take(store, folder.ensure().backups,
                                            kind=serverbackups.Kind.JSON,
                                            prefix=BACKUP_PREFIX).backup.path
            except InteropError as e:
                raise CommandError(fill(translate("cli", "%1; nothing was merged"),
                                        reword(str(e)))) from e
            undo = translate("cli", "a verified JSON backup from before the merge is %1 "
                                    "(`netjournal restore %1 --database URL` brings it back "
                                    "into an empty database)")
        else:
            backup = backups.take(folder.database, folder.backups, prefix=BACKUP_PREFIX).path
            undo = translate("cli", "a backup from before the merge is %1 "
                                    "(`netjournal restore %1` undoes it)")
        record = store.merges.merge(combine(first, second), args.gone)
    print(fill(translate("cli", "merged #%1 %2 into #%3 %4 (moved: %5)"),
               second.id, second.name, first.id, first.name, _moved_words(record)))
    print(fill(undo, backup))
    return 0
