"""Fixtures for the summary tests: a QGuiApplication, a realistic card, a PDF renderer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netjournal.storage.store import Store
from tests.report.helpers import NOW, make_budi


@pytest.fixture
def budi(store: Store) -> int:
    return make_budi(store)


@pytest.fixture(autouse=True)
def _gui(qapp):  # type: ignore[no-untyped-def]
    """Fonts need a QGuiApplication; pytest-qt's is shared by the session."""
    return qapp


@pytest.fixture
def words():  # type: ignore[no-untyped-def]
    """British English, UTC: dates read "12 Mar 2026" whatever the machine's locale."""
    from PySide6.QtCore import QLocale

    from netjournal.report.words import Words

    return Words(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), dt.UTC)


@pytest.fixture
def render(store: Store, words, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Render contacts to a real PDF; return (path, pages as laid out)."""
    from netjournal.report import data, pdf

    def run(*ids: int, page_size: str = "A4", name: str = "summary.pdf",
            now: dt.datetime = NOW):  # type: ignore[no-untyped-def]
        summaries = [data.gather(store, cid, now=now) for cid in ids]
        path = tmp_path / name
        pages = pdf.write_pdf(path, summaries, page_size=pdf.page_size_for(page_size),
                              words=words)
        return path, pages

    return run
