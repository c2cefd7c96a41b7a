"""NetJournal's own CSV export comes back whole: every field it holds, namesakes apart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netjournal.domain.values import Contact, Detail, DetailKind, TieStrength
from netjournal.interop import csv_write
from netjournal.interop.csv_read import read_netjournal, split_items
from netjournal.interop.files import detect_format
from netjournal.interop.model import Format

# The fields of the JSON backup's contacts that the CSV holds ("Last contact" is derived
# from the timeline, which a CSV does not hold: the import names it as left out).
CSV_FIELDS = ("name", "company", "title", "tie_strength", "how_met", "met_on", "birthday",
              "interests", "family", "remember", "notes")


def _comparable(contact: dict[str, Any]) -> tuple[Any, ...]:
    by_kind = {kind: [(d["value"], d["label"]) for d in contact["details"] if d["kind"] == kind]
               for kind in ("email", "phone", "link", "address")}
    return (*(contact[f] for f in CSV_FIELDS), contact["created_at"][:10],
            tuple(sorted(contact["tags"])), tuple(tuple(v) for v in by_kind.values()))


def _contacts(cli, folder: Path, out: Path) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    assert cli("export", "--format", "json", "-o", str(out), "--data-dir", str(folder),
               data=False).code == 0
    return sorted(_comparable(c) for c in json.loads(out.read_text("utf-8"))["contacts"])


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A 300-person demo journal (it has namesakes) and its CSV export."""
    from netjournal.cli import main

    root = tmp_path_factory.mktemp("roundtrip")
    assert main(["demo", "--contacts", "300", "--seed", "3", "--data-dir",
                 str(root / "demo")]) == 0
    assert main(["export", "--format", "csv", "-o", str(root / "all.csv"), "--data-dir",
                 str(root / "demo")]) == 0
    return root


def test_the_csv_export_imports_back_with_every_field_and_namesakes_apart(cli, tmp_path,
                                                                           demo_export):
    source = demo_export / "demo"
    before = _contacts(cli, source, tmp_path / "before.json")
    names = [c[0] for c in before]
    assert len(set(names)) < len(names), "the demo has namesakes"
    result = cli("import", str(demo_export / "all.csv"), "--json", "--data-dir",
                 str(tmp_path / "empty"), data=False)
    assert result.code == 0, result.err
    report = result.json()
    assert (report["imported"], report["merged"], report["rejected"]) == (300, 0, [])
    assert [w["where"] for w in report["warnings"]] == ["column 'last contact'"]
    assert _contacts(cli, tmp_path / "empty", tmp_path / "after.json") == before


def test_the_csv_export_is_recognised_and_a_second_import_merges_each_into_itself(
        cli, tmp_path, demo_export):
    csv_file = demo_export / "all.csv"
    assert detect_format(csv_file.read_bytes()) == Format.CSV
    folder = str(tmp_path / "j")
    cli("import", str(csv_file), "--data-dir", folder, data=False)
    again = cli("import", str(csv_file), "--json", "--data-dir", folder, data=False).json()
    assert (again["imported"], again["merged"], again["unchanged"]) == (0, 300, 300)
    assert all(m["reason"] for m in again["merges"])
    ids = [m["contact_id"] for m in again["merges"]]
    assert len(set(ids)) == 300  # each journal contact took exactly one row


@pytest.mark.parametrize("fmt", ["google", "outlook"])
def test_read_as_another_format_it_merges_nobody_and_names_what_it_left_out(
        cli, tmp_path, demo_export, fmt):
    result = cli("import", str(demo_export / "all.csv"), "--format", fmt, "--json",
                 "--data-dir", str(tmp_path / "j"), data=False)
    assert result.code == 0, result.err
    report = result.json()
    assert report["merged"] == 0 and report["imported"] + len(report["rejected"]) == 300
    left_out = {w["where"] for w in report["warnings"]}
    assert {"column 'emails'", "column 'phones'", "column 'tags'"} <= left_out


# -- the cells, property-based -----------------------------------------------------------------

texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20).map(str.strip)
labels = st.one_of(st.just(""), texts)


@given(st.lists(st.tuples(texts.filter(bool), labels), max_size=4))
def test_several_values_in_one_cell_read_back_exactly(items):
    cell = csv_write.MULTI.join(csv_write.item(v, lab) for v, lab in items)
    assert split_items(cell) == [(v, lab.strip()) for v, lab in items]


@settings(max_examples=60)
@given(name=texts.filter(bool), notes=st.lists(texts, max_size=3).map("\n".join).map(str.strip),
       company=texts,
       value=texts.filter(bool), label=labels,
       tags=st.lists(texts.filter(bool), max_size=3))
def test_a_contact_written_as_csv_reads_back_the_same(name, notes, company, value, label,
                                                       tags):
    contact = Contact(name=" ".join(name.split()), notes=notes, company=company,
                      tie_strength=TieStrength.REGULAR,
                      details=(Detail(DetailKind.ADDRESS, value, label),
                               Detail(DetailKind.EMAIL, "a@b.id")), tags=tuple(tags))
    text, _ = csv_write.text([contact])
    (candidate,) = read_netjournal(text).candidates
    back = candidate.contact
    assert (back.name, back.notes, back.company, back.tie_strength) == (
        contact.name, notes, company, TieStrength.REGULAR)
    assert [(d.kind, d.value, d.label) for d in back.details] == [
        (DetailKind.EMAIL, "a@b.id", ""), (DetailKind.ADDRESS, value, label.strip())]
    assert back.tags == tuple(tags)
