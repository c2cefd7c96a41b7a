"""The command line speaks the app's language: ``--lang`` anywhere, else the locale."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from netjournal import dates
from tests.conftest import run_netjournal

pytest.importorskip("netjournal.ui.resources_rc", reason="run `make resources` first")

TODAY = dt.date.today()


def _env(**values: str) -> dict[str, str]:
    """The test's environment with only the locale variables given."""
    return {**{k: "" for k in os.environ if k.startswith(("LC_", "LANG"))},
            "LC_ALL": "", "LC_MESSAGES": "", "LANG": "", **values}


@pytest.fixture(scope="module")
def journal(tmp_path_factory) -> Path:
    """A journal with one person, a follow-up due tomorrow and a note."""
    folder = tmp_path_factory.mktemp("lang") / "data"
    line = "Budi Santoso (Tokopedia, PM) #fintech !1d likes dogs, wants an intro to a VC"
    proc = run_netjournal("add", line, "--data-dir", str(folder), env=_env(LANG="C.UTF-8"))
    assert proc.returncode == 0, proc.stderr
    return folder


def due(folder: Path, *args: str, **env: str) -> str:
    proc = run_netjournal(*args, "--data-dir", str(folder), env=_env(**env))
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    return proc.stdout


def test_due_answers_in_the_language_of_the_locale_or_the_flag(journal):
    english = due(journal, "due", LANG="en_US.UTF-8")
    headline = dates.long_date(TODAY, QLocale("id_ID"))
    assert not re.search(r"(?<!\d)0\d", headline)  # "Sabtu, 5 Desember 2026": no "05"
    for out in (due(journal, "due", LANG="id_ID.UTF-8"),
                due(journal, "due", "--lang", "id", LANG="en_US.UTF-8"),
                due(journal, "--lang", "id", "due", LANG="en_US.UTF-8"),
                due(journal, "due", LC_MESSAGES="id_ID.UTF-8", LANG="en_US.UTF-8")):
        assert out.splitlines()[0].startswith(f"{headline}: ")
        assert "\nSisa minggu ini (1)\n  besok  Budi Santoso (#1): langkah berikutnya: " in out
        assert "Later this week" not in out and "tomorrow" not in out
        assert out != english
    assert english.splitlines()[0].startswith(dates.long_date(TODAY, QLocale("en_US")))
    assert "\nLater this week (1)\n  tomorrow  Budi Santoso (#1): next step: " in english
    # the flag wins over the locale, before or after the command
    assert due(journal, "due", "--lang", "en", LANG="id_ID.UTF-8") == english
    assert due(journal, "--lang", "en", "due", LANG="id_ID.UTF-8") == english
    # LC_ALL comes first (C.UTF-8: English)
    assert due(journal, "due", LC_ALL="C.UTF-8", LANG="id_ID.UTF-8") == english


def test_json_stays_english_and_iso(journal):
    english = json.loads(due(journal, "due", "--json", LANG="C"))
    indonesian = json.loads(due(journal, "due", "--json", "--lang", "id"))
    assert indonesian == english
    assert indonesian[0]["due"] == (TODAY + dt.timedelta(days=1)).isoformat()


def test_search_and_errors_in_indonesian(journal):
    out = due(journal, "search", "nothing-like-this", "--lang", "id")
    assert out.startswith("tidak ada yang cocok")


def _pdf_lines(path: Path) -> list[str]:
    """The PDF's text, line by line, spaces folded."""
    pypdf = pytest.importorskip("pypdf")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_print_in_indonesian_holds_no_english_heading(journal, tmp_path):
    en_pdf, id_pdf = tmp_path / "en.pdf", tmp_path / "id.pdf"
    assert "wrote the summary" in due(journal, "print", "1", "-o", str(en_pdf), LANG="C")
    out = due(journal, "print", "1", "--lang", "id", "-o", str(id_pdf), LANG="C")
    assert out.startswith("ringkasan Budi Santoso ditulis ke")
    english, indonesian = _pdf_lines(en_pdf), _pdf_lines(id_pdf)
    # the headings are the English page's lines in capitals
    headings = [line for line in english if line.isupper() and len(line) > 3]
    assert {"RECENT CONVERSATIONS", "HOW WE MET", "GIVE AND TAKE"} <= set(headings), english
    text = "\n".join(indonesian)
    assert not [h for h in headings if h in text.upper()], indonesian
    assert "Budi Santoso" in text and "Dicetak" in text
