"""``search``, ``check``, ``backup`` and ``restore``: the journal itself."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from netjournal.cli import words
from netjournal.cli.common import (
    CommandError,
    add_command,
    counted,
    data_dir,
    open_reader,
    print_json,
)
from netjournal.cli.words import fill, translate
from netjournal.domain.followups import local_date
from netjournal.paths import DataDir, ensure_private_dir, make_private
from netjournal.storage import StorageError
from netjournal.storage.lock import WriterLock, print_waiting
from netjournal.storage.search import ContactFilter, searchable
from netjournal.storage.store import Store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "search", cmd_search, "print contacts (and interactions) matching")
    p.add_argument("query", nargs="+", help="words to find (prefixes match; accents ignored)")
    p.add_argument("--limit", type=int, default=50, help="at most this many contacts")
    p.add_argument("--json", action="store_true", help="print JSON")

    add_command(sub, "check", cmd_check, "check the database's integrity")

    p = add_command(sub, "backup", cmd_backup, "copy the journal to a backup file")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write (default: backups/)")

    p = add_command(sub, "restore", cmd_restore,
                    "replace the journal with a backup (the current one is backed up first)")
    p.add_argument("file", help="a backup made by 'netjournal backup'")


def cmd_search(args: argparse.Namespace) -> int:
    text = " ".join(args.query).strip()
    if not searchable(text):
        what = f"{text!r} has no word or symbol to look for" if text else "the query is empty"
        raise CommandError(f"{what}: give a name, a word or an emoji to find")
    with open_reader(args) as store:
        ids = store.search.contact_ids(ContactFilter(text=text), limit=args.limit)
        rows = store.contacts.summaries(ids)
        contacts = [rows[i] for i in ids if i in rows]
        interaction_ids = store.search.interaction_ids(text, limit=args.limit)
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
    if interactions:
        print("\n" + translate("cli", "interactions:"))
        dates = words.dates()
        from netjournal.wording import label
        for iid in interaction_ids:
            it = interactions.get(iid)
            if it is None:
                continue
            who = ", ".join(names[p].name for p in it.participant_ids if p in names)
            text_line = (it.summary or it.goal or it.learned).replace("\n", " ")
            day = local_date(it.occurred_at)  # the reader's day (a day-only meeting: its own)
            print(f"{dates.short_date(day)}  {label(it.channel):<9} {who}: {text_line[:80]}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_reader(args) as store:
        problems = store.check()
        contacts = 0 if problems else store.contacts.count()
    if problems:
        for p in problems:
            print(p)
        raise CommandError(f"{counted(len(problems), 'problem', 'problems')} found in {store.path}")
    print(f"ok: {store.path} is healthy ({contacts} contacts)")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_reader(args) as store:
        dest = store.backup(Path(args.output) if args.output else None)
    print(f"backed up to {dest}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise CommandError(f"{source} is not a file")
    try:
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as con:
            status = con.execute("PRAGMA integrity_check").fetchone()[0]
            con.execute("SELECT count(*) FROM contact").fetchone()
    except sqlite3.Error as e:
        raise CommandError(f"{source} is not a NetJournal backup: {e}") from e
    if status != "ok":
        raise CommandError(f"{source} is damaged: {status}")
    folder = data_dir(args).ensure()
    # The app's lock keeps the app from having the journal open meanwhile; the writer
    # lock waits for a command that is writing (an import) to finish.
    with WriterLock(folder.app_lock), WriterLock(folder.lock).held_while(on_wait=print_waiting):
        safety = _keep_current(folder)
        for suffix in ("-wal", "-shm"):
            Path(str(folder.database) + suffix).unlink(missing_ok=True)
        tmp = folder.database.with_name(folder.database.name + ".restoring")
        shutil.copyfile(source, tmp)
        make_private(tmp)
        tmp.replace(folder.database)
        with Store.open(folder) as store:  # migrates an older backup
            problems = store.check()
    if problems:
        raise CommandError(f"the restored journal has problems: {problems[0]}")
    if safety is None:
        print(f"restored {source}")
    else:
        print(f"restored {source}; the journal as it was is in {safety}")
    return 0


def _keep_current(folder: DataDir) -> Path | None:
    """Copy the journal about to be replaced into the backups folder, damaged or not."""
    if not folder.database.exists():
        return None
    try:
        with Store(folder.database, backup_dir=folder.backups, migrate=False) as store:
            return store.backup()
    except StorageError:
        pass  # too damaged to open: keep its files exactly as they are
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = folder.backups / f"damaged-{stamp}.sqlite3"
    ensure_private_dir(folder.backups)
    for suffix in ("", "-wal"):
        current = Path(str(folder.database) + suffix)
        if current.exists() and current.stat().st_size:
            shutil.copyfile(current, Path(str(dest) + suffix))
            make_private(Path(str(dest) + suffix))
    return dest
