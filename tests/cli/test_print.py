"""``netjournal print``: a summary PDF by id, by name, or for everyone met at an event."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import stat
import subprocess
import sys

import pytest

from netjournal.domain.values import Interaction
from tests.report.helpers import flat, make_budi, pdf_pages, pdf_paper, pdf_text


@pytest.fixture(autouse=True)
def _gui(qapp):  # type: ignore[no-untyped-def]
    """The session's QApplication, so the command finds one and creates none."""
    return qapp


@pytest.fixture
def people(store):  # type: ignore[no-untyped-def]
    budi = make_budi(store)
    dewi_a = store.contacts.create("Dewi Lestari", company="Gojek").id
    dewi_b = store.contacts.create("Dewi Lestari", company="Traveloka").id
    return {"budi": budi, "dewi_a": dewi_a, "dewi_b": dewi_b}


def test_print_by_id(cli, people, tmp_path):
    out = tmp_path / "budi.pdf"
    result = cli("print", str(people["budi"]), "-o", str(out))
    assert result.code == 0, result.err
    assert result.out.strip() == f"wrote the summary of Budi Santoso to {out}"
    assert pdf_pages(out) == 1
    text = flat(pdf_text(out))
    assert "Budi Santoso" in text and "Send him the revised case study" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # private notes stay private


def test_print_by_a_unique_name_or_the_start_of_it(cli, people, tmp_path):
    for given in ("budi santoso", "Budi San", "#" + str(people["budi"])):
        out = tmp_path / "b.pdf"
        out.unlink(missing_ok=True)
        result = cli("print", given, "-o", str(out))
        assert result.code == 0, (given, result.err)
        assert "Budi Santoso" in pdf_text(out)


def test_an_ambiguous_name_lists_the_matches_on_one_line(cli, people, tmp_path):
    out = tmp_path / "dewi.pdf"
    result = cli("print", "dewi lestari", "-o", str(out))
    assert (result.code, result.err) == (
        1, f"netjournal print: 2 contacts are named 'dewi lestari': #{people['dewi_a']} Dewi "
           f"Lestari (Gojek), #{people['dewi_b']} Dewi Lestari (Traveloka) — give "
           "the id\n")
    assert not out.exists()
    assert cli("print", f"#{people['dewi_b']}", "-o", str(out)).code == 0


def test_several_search_hits_are_listed_with_how_many_more(cli, store, tmp_path):
    ids = [store.contacts.create(f"Budi {n}", company="Gojek" if n == "Halim" else "").id
           for n in ("Halim", "Hartono", "Santoso", "Wijaya", "Gunawan", "Sutrisno",
                     "Pratama", "Kusuma", "Setiawan", "Nugroho")]
    result = cli("print", "budi", "-o", str(tmp_path / "x.pdf"))
    assert result.code == 1 and result.err.count("\n") == 1
    assert result.err.startswith("netjournal print: 10 contacts match 'budi': ")
    assert f"#{ids[0]} Budi Halim (Gojek), " in result.err
    assert result.err.endswith(", and 2 more — give the id\n")


def test_an_unknown_contact_is_an_error(cli, people, tmp_path):
    out = tmp_path / "x.pdf"
    result = cli("print", "Nobody Here", "-o", str(out))
    assert (result.code, result.err.strip()) == (
        1, "netjournal print: no contact matches 'Nobody Here'")
    result = cli("print", "99999", "-o", str(out))
    assert (result.code, result.err.strip()) == (1, "netjournal print: there is no contact "
                                                    "#99999")
    assert not out.exists()


def test_a_vcard_contact_is_printed_by_the_word_search_finds(cli, tmp_path):
    """The name is markup: search finds it by a word, print takes the same word, and the
    page shows the markup as the characters it is."""
    fn = '<b>Evil</b><img src="file:///etc/hostname">'
    card = tmp_path / "evil.vcf"
    card.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{fn}\r\nN:;Evil;;;\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    assert cli("import", str(card)).code == 0
    found = cli("search", "Evil", "--json").json()
    assert [c["name"] for c in found] == [fn]
    out = tmp_path / "x.pdf"
    result = cli("print", "Evil", "-o", str(out))
    assert result.code == 0, result.err
    assert result.out.strip() == f"wrote the summary of {fn} to {out}"
    assert pdf_pages(out) == 1
    assert fn in flat(pdf_text(out))


def test_all_from_event_prints_one_page_per_contact(cli, store, tmp_path):
    event = store.events.find_or_create("Startup Grind Jakarta", dt.date(2026, 2, 5))
    names = ("Ayu Pratiwi", "Bambang Sutrisno", "Citra Kirana")
    ids = [store.contacts.create(n).id for n in names]
    store.interactions.save(Interaction(occurred_at=dt.datetime(2026, 2, 5, 12, tzinfo=dt.UTC),
                                        participant_ids=tuple(ids[:2]), event_id=event.id,
                                        summary="Panel on fundraising"))
    store.contacts.save(dataclasses.replace(store.contacts.get(ids[2]),
                                            met_at_event_id=event.id))
    store.contacts.create("Not There")
    out = tmp_path / "event.pdf"
    result = cli("print", "--all-from-event", "startup grind jakarta", "-o", str(out),
                 "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["pages"] == 3 and report["event"] == "Startup Grind Jakarta"
    assert [c["name"] for c in report["contacts"]] == list(names)
    assert pdf_pages(out) == 3
    for page, name in enumerate(names, start=1):
        assert name in pdf_text(out, page=page)
    assert "Not There" not in pdf_text(out)


def test_event_errors(cli, store, tmp_path):
    out = tmp_path / "e.pdf"
    result = cli("print", "--all-from-event", "Nowhere", "-o", str(out))
    assert (result.code, result.err.strip()) == (1, "netjournal print: no event is named "
                                                    "'Nowhere'")
    store.events.find_or_create("Empty Meetup")
    result = cli("print", "--all-from-event", "Empty Meetup", "-o", str(out))
    assert result.code == 1 and "nobody is recorded as met at 'Empty Meetup'" in result.err
    result = cli("print", "-o", str(out))
    assert result.code == 1 and "give either a CONTACT or --all-from-event" in result.err


def test_page_size_from_the_flag_then_the_settings(cli, people, data_dir, tmp_path):
    out = tmp_path / "p.pdf"
    assert cli("print", str(people["budi"]), "-o", str(out), "--page-size", "letter").code == 0
    assert pdf_paper(out) == "Letter"
    data_dir.settings.write_text(json.dumps({"page_size": "Letter"}))
    assert cli("print", str(people["budi"]), "-o", str(out)).code == 0
    assert pdf_paper(out) == "Letter"
    assert cli("print", str(people["budi"]), "-o", str(out), "--page-size", "A4").code == 0
    assert pdf_paper(out) == "A4"


def test_headless_without_a_display(store, tmp_path):
    """The real command, with no display and no Qt platform chosen, still prints."""
    store.contacts.create("Putu Wirawan", company="Gojek")
    folder = store.path.parent
    store.close()
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "putu.pdf"
    proc = subprocess.run([sys.executable, "-m", "netjournal", "print", "Putu", "-o", str(out),
                           "--data-dir", str(folder)], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "Putu Wirawan" in pdf_text(out)
