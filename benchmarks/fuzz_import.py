"""Feed mutated files to every reader and importer; count tracebacks and rejections.

Seeds: the real vCards (2.1, 3.0, 4.0) of ``../shared/interop``, LinkedIn, Google and
Outlook CSVs, LinkedIn's invitations and messages (``tests/interop/data``) and a
NetJournal JSON full export made from a small demo journal, and
quick-entry lines. Each input is a seed mutated a few times (bytes flipped, inserted,
deleted, duplicated, cut; lines swapped; separators, quotes, NUL, BOM, huge runs,
surrogates and numbers spliced in; JSON values replaced by other types). Each is read
for its format, then imported as a dry run into a real journal (rolled back), or parsed
as a quick-entry line.

Prints the inputs, the tracebacks (must be 0, each with its seed and mutation), and the
rejections by reason, each with an example file and record.

Run: ``.venv/bin/python benchmarks/fuzz_import.py [N] [--seed S]`` (default 100,000).
"""

from __future__ import annotations

import argparse
import collections
import copy
import datetime as dt
import json
import random
import re
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from netjournal import demo
from netjournal.domain import linerender, quickentry
from netjournal.interop import InteropError, engine
from netjournal.interop import fullexport as full_export
from netjournal.interop.files import detect_format, import_data, read
from netjournal.interop.model import Format
from netjournal.paths import DataDir
from netjournal.storage import StorageError
from netjournal.storage.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "interop"
LINKEDIN_DATA = Path(__file__).resolve().parents[1] / "tests" / "interop" / "data"
TODAY = dt.date(2026, 3, 8)

LINKEDIN = (
    "Notes:\n\"When exporting your connection data, you may notice that some of the email "
    "addresses are missing.\"\n\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Budi,Santoso,https://www.linkedin.com/in/budisantoso,budi@tokopedia.com,Tokopedia,"
    "Product Manager,08 Mar 2026\n"
    "Dewi,Lestari,https://www.linkedin.com/in/dewil,,\"Traveloka, Inc.\",Data Analyst,"
    "14 Jul 2021\n"
    "Łukasz,Kowalski,https://www.linkedin.com/in/lk,lk@x.pl,Allegro,CTO,01 Jan 2020\n")
GOOGLE = (
    "First Name,Middle Name,Last Name,Organization Name,Organization Title,Birthday,Notes,"
    "Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Website 1 - Label,Website 1 - Value\n"
    "Dewi,Ayu,Lestari,Traveloka,Data Analyst,1991-07-14,\"Met at JakartaJS.\nLikes kopi.\","
    "* myContacts ::: Fintech,* Work,dewi@traveloka.com ::: dewi.l@traveloka.com,Mobile,"
    "+62 812-1111-2222,Profile,https://www.linkedin.com/in/dewial\n"
    ",,,PT Maju Jaya,,--03-22,,,,,Work,021-555-0000,,\n"
    "Agus,,Utami,Gojek,PM,,,* myContacts,Home,agus@gojek.com,,,,\n")
OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,E-mail Address,E-mail 2 Address,Mobile Phone,"
    "Business Phone,Job Title,Company,Business Street,Business City,Birthday,Notes,"
    "Categories\n"
    "Michael,,Müller,Dr.,m.mueller@firma.de,/o=ExchangeLabs/ou=x/cn=y,+49 151 1234567,,"
    "Einkaufsleiter,Firma GmbH,Hauptstr. 1,Berlin,3/22/1980,Trifft sich gern,Lieferant; VIP\n"
    "Wulan,,,,wulan@im.example,,,,,,,,0/0/00,,\n")
LINES = (
    "Budi Santoso (Tokopedia, PM) @JakartaJS #fintech !1w likes dogs, wants intro to VC",
    "Rina Kusuma !besok", "Dewi (Gojek) #ai #ml !2026-12-01 kopi", "@Event only #tag",
    "Agus \"the PM\" Utami (Acme, Inc., CTO) !3d", "名前 #タグ !2w 話した", "x !lusa !1w",
    "Zoë O'Brien (Grab, \\(not\\) a title) @\"Big Conf\" #a-b_c", "((( !!! ### @@@",
)
SPLICES = ("\x00", "\ufeff", "\r", "\n", "\r\n", ",", ";", "\t", "\"", "'", "\\", ":", "=",
           "BEGIN:VCARD\r\n", "END:VCARD\r\n", "VERSION:4.0\r\n", "=\r\n", "=C3=",
           "ENCODING=QUOTED-PRINTABLE:", "ENCODING=b:", "CHARSET=Shift_JIS:", "\ud800",
           "\u202e", "\u200b", "\x1b[31m", "9" * 40, "-1", "1e999", "NaN", "0/0/00",
           "--02-29", "2026-02-30", "A" * 5000, "(" * 50, "#" * 30, "!" * 10, "@" * 10,
           "é", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "null", "[]", "{}", "true")
ODD_VALUES = (None, True, -1, 2 ** 70, 1.5, "", "x" * 300, [], {}, [1, 2], {"a": 1},
              "2026-02-30", "not a date", "\x00", "9999-99-99T99:99:99Z")


@dataclass(frozen=True)
class Seed:
    name: str  # the file it came from, for the report
    kind: str  # vcard, linkedin, google, outlook, json, line
    data: bytes


@dataclass
class Results:
    cases: int = 0
    tracebacks: list[str] = field(default_factory=list)
    rejections: collections.Counter[str] = field(default_factory=collections.Counter)
    examples: dict[str, str] = field(default_factory=dict)
    accepted: int = 0

    def reject(self, reason: str, where: str) -> None:
        key = _reason_key(reason)
        self.rejections[key] += 1
        self.examples.setdefault(key, where)


def _reason_key(reason: str) -> str:
    """A reason with its particulars (numbers, quoted text) folded, for counting."""
    reason = re.sub(r"'[^']*'|\"[^\"]*\"|«[^»]*»", "'…'", reason)
    reason = re.sub(r"\d+", "N", reason)
    return reason[:140]


def seeds(folder: DataDir) -> list[Seed]:
    """Every seed input: the corpus's vCards, three CSVs, a full export, quick lines."""
    out = [Seed(f"{p.parent.name}/{p.name}", "vcard", p.read_bytes())
           for p in sorted((CORPUS / "vcard").rglob("*.vcf"))]
    out += [Seed("linkedin.csv", "linkedin", LINKEDIN.encode()),
            Seed("google.csv", "google", GOOGLE.encode()),
            Seed("outlook.csv", "outlook", OUTLOOK.encode())]
    out += [Seed(name, "linkedin", (LINKEDIN_DATA / name).read_bytes())
            for name in ("Invitations.csv", "messages.csv")]
    with Store.open(folder) as store:
        demo.generate(store, 12, seed=5)
        content = full_export.build(store, dt.datetime(2026, 3, 8, tzinfo=dt.UTC))
    out.append(Seed("full-export.json", "json", json.dumps(content).encode()))
    out += [Seed(f"line {i + 1}", "line", line.encode()) for i, line in enumerate(LINES)]
    return out


def mutate(data: bytes, rng: random.Random) -> bytes:
    """``data`` changed one to four times at random places."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(8)
        at = rng.randrange(len(buf) + 1)
        if op == 0 and buf:  # flip bytes
            for _ in range(rng.randint(1, 8)):
                buf[rng.randrange(len(buf))] = rng.randrange(256)
        elif op == 1:  # random bytes
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2 and buf:  # delete a stretch
            buf[at:at + rng.randint(1, 200)] = b""
        elif op == 3 and buf:  # duplicate a stretch
            end = min(len(buf), at + rng.randint(1, 400))
            buf[at:at] = buf[at:end] * rng.randint(1, 3)
        elif op == 4:  # cut
            del buf[at:]
        elif op == 5:  # splice a token
            buf[at:at] = rng.choice(SPLICES).encode("utf-8", "surrogatepass")
        elif op == 6:  # swap two lines
            lines = bytes(buf).split(b"\n")
            if len(lines) > 2:
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
                buf = bytearray(b"\n".join(lines))
        else:  # change the line endings
            buf = bytearray(bytes(buf).replace(b"\n", rng.choice((b"\r\n", b"\r", b"\n\n"))))
    return bytes(buf)


def mutate_json(data: bytes, rng: random.Random) -> bytes:
    """A full export with values swapped for other types (half the time), else bytes."""
    if rng.random() < 0.5:
        return mutate(data, rng)
    content = copy.deepcopy(json.loads(data))
    for _ in range(rng.randint(1, 5)):
        target = content
        path: list[object] = []
        while isinstance(target, (dict, list)) and target and rng.random() < 0.8:
            key = rng.choice(list(target)) if isinstance(target, dict) else \
                rng.randrange(len(target))
            path.append(key)
            parent, target = target, target[key]  # type: ignore[index]
        if path:
            parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))  # type: ignore[index]
    return json.dumps(content).encode()


def run_one(store: Store, seed: Seed, data: bytes, case: int, results: Results) -> None:
    """Read (and dry-run import) one input; count rejections, record tracebacks."""
    results.cases += 1
    where = f"{seed.name} (case {case})"
    try:
        if seed.kind == "line":
            text = data.decode("utf-8", "replace")
            line = quickentry.parse(text, TODAY)
            linerender.render(line)
            for problem in line.problems:
                results.reject(f"quick entry: {problem.code}", where)
            results.accepted += not line.problems
            return
        try:
            fmt = detect_format(data)
        except InteropError as e:
            results.reject(str(e), where)
            return
        if fmt == Format.JSON:
            report = full_export.import_full_export(store, data, dry_run=True)
        elif fmt in (Format.LINKEDIN_INVITATIONS, Format.LINKEDIN_MESSAGES,
                     Format.LINKEDIN_EXPORT):
            report = import_data(store, data, fmt, dry_run=True)
        else:
            report = engine.run_import(store, read(data, fmt), dry_run=True)
        for problem in report.rejected:
            results.reject(problem.reason, f"{seed.name} {problem.where} (case {case})")
        results.accepted += report.imported + report.merged
    except (InteropError, StorageError) as e:  # refused in words: a rejection
        results.reject(str(e), where)
    except Exception:  # a crash: what this benchmark hunts
        results.tracebacks.append(f"{where}:\n{traceback.format_exc()}")


def fuzz(n: int, seed: int, folder: DataDir) -> Results:
    """``n`` mutated inputs against a real journal in ``folder``."""
    rng = random.Random(seed)
    pool = seeds(DataDir(folder.root / "seed").ensure())
    results = Results()
    with Store.open(folder) as store:
        for case in range(n):
            s = rng.choice(pool)
            data = mutate_json(s.data, rng) if s.kind == "json" else mutate(s.data, rng)
            run_one(store, s, data, case, results)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        results = fuzz(args.n, args.seed, DataDir(Path(tmp) / "data").ensure())
        took = time.perf_counter() - started
    print(f"inputs: {results.cases} in {took:.0f} s ({results.cases / took:.0f}/s); "
          f"records or lines accepted: {results.accepted}")
    print(f"tracebacks: {len(results.tracebacks)}")
    for tb in results.tracebacks[:5]:
        print(tb)
    total = sum(results.rejections.values())
    print(f"rejections: {total} by reason ({len(results.rejections)} reasons):")
    for reason, count in results.rejections.most_common():
        print(f"  {count:>7}  {reason}  [e.g. {results.examples[reason]}]")
    return 1 if results.tracebacks else 0


if __name__ == "__main__":
    sys.exit(main())
