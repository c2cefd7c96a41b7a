"""How long one contact summary PDF takes, next to a floor measured in the same run.

The floor is the least any PDF costs here: a one-line text document painted into a
PDF writer. The summary is the real thing for a demo contact given 1,000 interactions
and long notes (so the page has to be trimmed to fit): read from the store, laid out
until it fits one page, painted, written to a file. Medians of several runs.

Run: ``.venv/bin/python benchmarks/bench_summary.py`` (aim: under 300 ms a summary).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter, QTextDocument

from netjournal import demo
from netjournal.domain.values import Interaction
from netjournal.paths import DataDir
from netjournal.report import data, pdf
from netjournal.report.document import base_font
from netjournal.storage.store import Store

RUNS = 9
AIM_MS = 300.0


def median_ms(func: Callable[[], object], runs: int = RUNS) -> float:
    func()  # warm up: fonts, caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def floor_pdf() -> bytes:
    """A one-line document painted into a PDF: the least a PDF costs."""
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(pdf.RESOLUTION)
    writer.setPageLayout(pdf.page_layout(pdf.page_size_for("A4")))
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(base_font())
    doc.setPlainText("Budi Santoso")
    painter = QPainter(writer)
    doc.drawContents(painter)
    painter.end()
    return bytes(out.data())


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    with tempfile.TemporaryDirectory() as tmp:
        folder = DataDir(Path(tmp) / "data").ensure()
        with Store.open(folder) as store:
            demo.generate(store, 200, seed=7)
            cid = max(range(1, 201), key=store.interactions.count_for_contact)
            now = dt.datetime.now(dt.UTC)
            with store.atomic():
                for k in range(1000):
                    store.interactions.save(Interaction(
                        occurred_at=now - dt.timedelta(hours=7 * k + 1),
                        participant_ids=(cid,), summary=f"Check-in number {k} about the "
                        "Bandung move, hiring and product discovery.", goal="Keep in touch"))
                card = store.contacts.get(cid)
                store.contacts.save(dataclasses.replace(
                    card, notes="\n".join(f"Paragraph {k}: a long note about what matters "
                                          "to them and what I promised." for k in range(80))))
            out = Path(tmp) / "summary.pdf"
            size = pdf.page_size_for("A4")
            pages: list[pdf.FittedPage] = []

            def summary() -> None:
                summaries = [data.gather(store, cid, now=dt.datetime.now(dt.UTC))]
                pages[:] = pdf.write_pdf(out, summaries, page_size=size)

            floor = median_ms(floor_pdf)
            full = median_ms(summary)
            interactions = store.interactions.count_for_contact(cid)
    print(f"one-line PDF (floor):         {floor:7.1f} ms  (median of {RUNS})")
    print(f"contact summary PDF:          {full:7.1f} ms  (median of {RUNS}; "
          f"{interactions} interactions, trimmed: {'; '.join(pages[0].left_out)})")
    print(f"ratio to the floor:           {full / floor:7.1f} x")
    print(f"aim:                          {AIM_MS:7.1f} ms  "
          f"{'met' if full < AIM_MS else 'MISSED'}")
    return 0 if full < AIM_MS else 1


if __name__ == "__main__":
    sys.exit(main())
